"""Names made comparable: accents folded, keys for looking names up, slugs for ids, pronouns.

Every part of kgraph that matches a name against another (countries and cities, listed people,
an analyst's ``kgraph show``) folds it with `fold` or keys it with `name_key`, so "Brasília"
finds "Brasilia" and "Kim Jong-un" finds "Kim Jong Un" everywhere alike; `slug` makes the
actor ids of the graph. Case folding is Unicode's (``str.casefold``): "Maaßen" and "Maassen"
are one name.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "PERSONAL_PRONOUNS",
    "PRONOUNS",
    "fold",
    "name_key",
    "name_words",
    "slug",
    "table_key",
    "without_full_stop",
]

PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})
"""The pronouns that may stand for an actor: how a sentence refers to one, never its name."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""The `PRONOUNS` that stand for a person only."""

_POSSESSIVE = re.compile(r"['’]s\b")
_NOT_WORD = re.compile(r"[\W_]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """``text`` case-folded and without accents.

    >>> fold("Brasília"), fold("São Paulo"), fold("Maaßen")
    ('brasilia', 'sao paulo', 'maassen')
    """
    if text.isascii():  # most names: nothing to decompose, and casefold is lower
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """The key two spellings of one name share: folded, possessives dropped, words only.

    >>> name_key("Kim Jong-un"), name_key("  kim-jong-un"), name_key("George W. Bush")
    ('kim jong un', 'kim jong un', 'george w bush')
    >>> name_key("Sebastián Piñera"), name_key("Putin's")
    ('sebastian pinera', 'putin')
    """
    return " ".join(_NOT_WORD.sub(" ", _POSSESSIVE.sub("", fold(name))).split())


def table_key(name: str) -> str:
    """A name as an analyst's dictionaries key it: folded, without a leading "the".

    >>> table_key("The Arnorian Guard"), table_key(" Éowyn")
    ('arnorian guard', 'eowyn')
    """
    return fold(name.strip()).removeprefix("the ")


# Arabic articles, no part of the name they join: "el-Sissi" is "Sissi"
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an"})


def name_words(name: str) -> list[str]:
    """The words of a name, to tell whether one name is part of another: hyphenated names
    stay whole ("Kim" is no part of "Kim-Putin"), but an Arabic article is dropped.

    >>> name_words("Abdel-Fattah el-Sissi"), name_words("Kim-Putin")
    (['abdel-fattah', 'sissi'], ['kim-putin'])
    """
    words = [w.strip(".,'’\"") for w in name.lower().split()]
    return [w.split("-", 1)[1] if w.split("-", 1)[0] in _ARTICLES and "-" in w else w
            for w in words]


def slug(name: str) -> str:
    """The actor id for a canonical name: ASCII letters and digits joined by hyphens.

    >>> slug("Kim Jong Un"), slug("Choe Son-hui"), slug("Lech Wałęsa"), slug("문재인")
    ('kim-jong-un', 'choe-son-hui', 'lech-waesa', 'actor')
    """
    ascii_name = fold(name).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_name).strip("-") or "actor"


def without_full_stop(name: str) -> str:
    """A name without the full stop the tokenizer leaves on its last word when a sentence
    ends on it; an initial keeps its own.

    >>> without_full_stop("Jiang Bin."), without_full_stop("George W.")
    ('Jiang Bin', 'George W.')
    """
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if last.endswith(".") and last.count(".") == 1 and len(last) > 2 else name
