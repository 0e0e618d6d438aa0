"""PETRARCH2 verb patterns: the words around a verb that give it its event code.

A pattern line of the CAMEO verb dictionary (``- * (FOR {FINANCIAL AID}) [0231] # ASK``)
holds what comes before the verb, ``*`` for the verb, then what comes after it. Its pieces,
in the syntax of PETRARCH2's ``dictionaries.rst``:

- a bare word is the head of a noun phrase (``AID``); ``{FINANCIAL AID}`` is a noun phrase whose
  last word is its head; words joined by ``_`` must follow each other (``AIR_STRIKE``);
- ``(FOR AID)`` is a prepositional phrase: the preposition, then the nouns it governs, if any;
- ``+`` marks the target actor, ``$`` the source, ``%`` a compound actor and ``^`` any noun
  phrase;
- ``&NAME`` stands for each member of the synonym set ``NAME``; ``A/B`` (a TABARI leftover) for
  either word.

`expand_pattern` turns one pattern into its `Element` sequences, one pair (before, after) per
combination of synonyms. kgraph adds one distinction PETRARCH leaves to its parser: a bare word
after the verb that is a verb particle ("set *off*", "crack *down*") is a `Kind.PARTICLE`, so
a dependency parse can match it against the verb's ``prt`` child.

`format_elements` and `parse_elements` write and read back the compact form of a sequence
that the generated lexicon files use (``prt:off for(financial_aid) +``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache

__all__ = [
    "PARTICLES",
    "Element",
    "Kind",
    "PatternError",
    "expand_pattern",
    "format_elements",
    "parse_elements",
]


class Kind(str, Enum):
    """What one element of a pattern stands for."""

    NOUN = "noun"
    PARTICLE = "particle"
    PREP = "prep"
    SOURCE = "source"
    TARGET = "target"
    COMPOUND = "compound"
    ANY = "any"


MARKERS = {"+": Kind.TARGET, "$": Kind.SOURCE, "%": Kind.COMPOUND, "^": Kind.ANY}
_MARKER_OF = {kind: mark for mark, kind in MARKERS.items()}

PARTICLES = frozenset(
    "about ahead along apart around aside away back down forward in off on out over "
    "through together up".split()
)
"""The words that, standing bare right after a verb in a pattern, are its particle."""

_SYNSET = re.compile(r"&([A-Za-z0-9_]+)")
_ALTERNATIVES = re.compile(r"[^\s(){}]*/[^\s(){}]*")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_WORD = re.compile(r"[^\s(){},_:]+")


class PatternError(ValueError):
    """A pattern that cannot be read; the message says what is wrong with it."""


@dataclass(frozen=True)
class Element:
    """One piece of a pattern.

    ``words`` are a noun phrase's words, head last (``("financial", "aid")``), or the one word
    of a particle or preposition; ``objects`` are what a preposition governs.

    >>> Element(Kind.NOUN, ("financial", "aid")).head
    'aid'
    """

    kind: Kind
    words: tuple[str, ...] = ()
    objects: tuple[Element, ...] = ()

    @property
    def head(self) -> str | None:
        """A noun phrase's head word, a particle's or preposition's word; None for a marker."""
        return self.words[-1] if self.words else None


Expansion = tuple[tuple[Element, ...], tuple[Element, ...]]
"""One reading of a pattern: the elements before the verb and those after it."""


def expand_pattern(text: str, synsets: Mapping[str, Sequence[str]]) -> list[Expansion]:
    """Every reading of the pattern ``text`` (without its ``-`` and code), synonyms expanded.

    ``synsets`` maps a set's name (without ``&`` and a trailing ``_``) to its members, each a
    phrase whose words are joined by spaces or ``_``.

    >>> [(before, after)] = expand_pattern("* OFF (FOR {FINANCIAL AID})", {})
    >>> format_elements(after)
    'prt:off for(financial_aid)'
    >>> readings = expand_pattern("&ARMY * (INTO +)", {"ARMY": ["TROOPS", "ARMED FORCES"]})
    >>> [format_elements(before) for before, _ in readings]
    ['troops', 'armed_forces']
    """
    readings = []
    for variant in _variants(_join_verb(text), synsets):
        before, star, after = variant.partition("*")
        if not star or "*" in after:
            raise PatternError("a pattern needs exactly one * for the verb")
        after_elements = _particles(_parse_side(after))
        readings.append((_parse_side(before), after_elements))
    return list(dict.fromkeys(readings))


def _join_verb(text: str) -> str:
    """Undo TABARI's joining of the verb to its neighbours (``IN_*``, ``*_OUT``)."""
    return text.replace("_*", " *").replace("*_", "* ")


def _variants(text: str, synsets: Mapping[str, Sequence[str]]) -> Iterator[str]:
    """``text`` with each synonym set and ``A/B`` alternation replaced by each choice."""
    found = _SYNSET.search(text)
    if found:
        name, rest = _synset_name(found.group(1), synsets)
        for member in synsets[name]:
            replaced = member.replace(" ", "_") + rest
            yield from _variants(text[: found.start()] + replaced + text[found.end() :], synsets)
        return
    found = _ALTERNATIVES.search(text)
    if found:
        for choice in found.group().split("/"):
            if not choice:
                raise PatternError(f"the alternatives {found.group()} have an empty choice")
            yield from _variants(text[: found.start()] + choice + text[found.end() :], synsets)
        return
    yield text


def _synset_name(reference: str, synsets: Mapping[str, Sequence[str]]) -> tuple[str, str]:
    """The longest defined set that ``reference`` starts with, at a ``_``, and what follows.

    TABARI joins a set to the next word with ``_`` (``&TIETYPES_RELATIONS``), yet some set
    names contain ``_`` themselves (``&FIGHT_OF_WORDS``): the longest name defined wins.
    """
    parts = reference.rstrip("_").split("_")
    for size in range(len(parts), 0, -1):
        name = "_".join(parts[:size])
        if name in synsets:
            rest = "_".join(parts[size:])
            return name, f"_{rest}" if rest else ""
    raise PatternError(f"the synonym set &{reference.rstrip('_')} is not defined before it")


def _parse_side(text: str) -> tuple[Element, ...]:
    tokens = _TOKEN.findall(text)
    elements: list[Element] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token == "(":
            element, position = _prepositional(tokens, position + 1)
        elif token == "{":
            element, position = _noun_phrase(tokens, position + 1)
        elif token in (")", "}"):
            raise PatternError(f"a {token} closes nothing")
        else:
            elements.extend(_bare(token))
            position += 1
            continue
        elements.append(element)
    return tuple(elements)


def _prepositional(tokens: Sequence[str], position: int) -> tuple[Element, int]:
    """The phrase that starts after ``(`` at ``position``, and the position after its ``)``."""
    start = "a prepositional phrase must start with its one preposition"
    if position == len(tokens) or tokens[position] in ("(", ")", "{", "}"):
        raise PatternError(start)
    words = _words(tokens[position])
    if len(words) != 1:
        raise PatternError(start)
    position += 1
    objects: list[Element] = []
    while position < len(tokens) and tokens[position] != ")":
        token = tokens[position]
        if token == "{":
            element, position = _noun_phrase(tokens, position + 1)
            objects.append(element)
            continue
        if token in ("(", "}"):
            raise PatternError(f"a {token} inside a prepositional phrase")
        objects.extend(_bare(token))
        position += 1
    if position == len(tokens):
        raise PatternError("a ( is not closed")
    return Element(Kind.PREP, tuple(words), tuple(objects)), position + 1


def _noun_phrase(tokens: Sequence[str], position: int) -> tuple[Element, int]:
    """The phrase that starts after ``{`` at ``position``, and the position after its ``}``."""
    words: list[str] = []
    while position < len(tokens) and tokens[position] != "}":
        if tokens[position] in ("(", ")", "{"):
            raise PatternError(f"a {tokens[position]} inside a noun phrase")
        words.extend(_words(tokens[position]))
        position += 1
    if position == len(tokens):
        raise PatternError("a { is not closed")
    if not words:
        raise PatternError("an empty noun phrase {}")
    return Element(Kind.NOUN, tuple(words)), position + 1


def _bare(token: str) -> list[Element]:
    """A bare token: a marker, or words joined by ``_``, one of which may be a marker."""
    elements: list[Element] = []
    words: list[str] = []
    for piece in token.split("_"):
        if piece in MARKERS:
            if words:
                elements.append(Element(Kind.NOUN, tuple(words)))
                words = []
            elements.append(Element(MARKERS[piece]))
        elif piece:
            words.extend(_words(piece))
    if words:
        elements.append(Element(Kind.NOUN, tuple(words)))
    return elements


def _words(token: str) -> list[str]:
    words = [word.lower() for word in token.split("_") if word]
    for word in words:
        if not _WORD.fullmatch(word) or word in MARKERS:
            raise PatternError(f"{token!r} is not a word")
    return words


def _particles(elements: tuple[Element, ...]) -> tuple[Element, ...]:
    """After the verb, a bare one-word noun that is a verb particle becomes a particle."""
    return tuple(
        Element(Kind.PARTICLE, element.words)
        if element.kind is Kind.NOUN and len(element.words) == 1 and element.head in PARTICLES
        else element
        for element in elements
    )


def format_elements(elements: Sequence[Element]) -> str:
    """The compact form of ``elements`` that the generated files use, one token each.

    A noun phrase's words are joined by ``_`` (head last), a particle is ``prt:WORD``, a
    prepositional phrase ``PREP(OBJECT,...)``, a marker its sign (``+ $ % ^``).

    >>> format_elements([Element(Kind.PARTICLE, ("off",)),
    ...                  Element(Kind.PREP, ("to",), (Element(Kind.TARGET),))])
    'prt:off to(+)'
    """
    return " ".join(_format(element) for element in elements)


def _format(element: Element) -> str:
    if element.kind in _MARKER_OF:
        return _MARKER_OF[element.kind]
    if element.kind is Kind.PARTICLE:
        return f"prt:{element.head}"
    if element.kind is Kind.PREP:
        return f"{element.head}({','.join(_format(item) for item in element.objects)})"
    return "_".join(element.words)


_FORMATTED = re.compile(r"(?P<prep>[^\s(),_:]+)\((?P<objects>[^()\s]*)\)|(?P<other>[^\s()]+)")


def parse_elements(text: str) -> tuple[Element, ...]:
    """Read back what `format_elements` wrote.

    >>> [(_, after)] = expand_pattern("* OFF (FOR {FINANCIAL AID})", {})
    >>> parse_elements("prt:off for(financial_aid)") == after
    True
    """
    elements = []
    for found in _FORMATTED.finditer(text):
        if found["prep"]:
            objects = found["objects"]
            parts = objects.split(",") if objects else []
            elements.append(
                Element(Kind.PREP, (found["prep"],), tuple(_parse_one(part) for part in parts))
            )
        else:
            elements.append(_parse_one(found["other"]))
    return tuple(elements)


@cache
def _parse_one(token: str) -> Element:
    if token in MARKERS:
        return Element(MARKERS[token])
    if token.startswith("prt:"):
        return Element(Kind.PARTICLE, (token[4:],))
    return Element(Kind.NOUN, tuple(token.split("_")))
