"""The PETRARCH2 verb dictionary (``CAMEO.2.0.txt``): synonym sets, verbs and their patterns.

The format, from PETRARCH2's ``dictionaries.rst``:

- ``&NAME`` starts a synonym set; the ``+WORD`` lines after it are its members (a member may
  name another set, ``+&OTHER``). A ``_`` ending the name or a member only switches off
  PETRARCH's plurals, which kgraph does not make (it matches lemmas).
- ``--- NAME [CODE] ---`` starts a verb block; ``CODE`` is the code of its verbs that have
  none of their own (``---``, the null code, when there is none).
- A verb line is the verb (``HALT``), optionally its irregular forms in braces
  (``SPEED {SPEEDING SPEEDS SPED}``) and its own code (``ABORT [160]``). Without braces,
  kgraph makes the regular English forms ("hurries", "hurried", where PETRARCH2 makes
  "hurryed"). A verb of several words joins them with ``_`` and marks the word that
  inflects with ``+`` (``+CALL_OFF``, ``WIRE_+TAP``).
- A pattern line ``- BEFORE * AFTER [CODE]`` belongs to the block and all its verbs (see
  `kgraph.lexicon.petrarch.patterns`).
- A code is a CAMEO event code; ``A:B`` gives ``A`` for the active verb and ``B`` for the
  passive one (``[042:043]``: "visit" and "be visited"), ``[:173]`` a passive-only code.
- ``~`` lines are PETRARCH's verb transformations, which kgraph does not read.

>>> import io
>>> text = "&AID\\n+AID\\n+ASSISTANCE\\n--- CANCEL [---] ---\\nHALT\\n- * &AID [162] # HALT\\n"
>>> dictionary = read_verbs(io.StringIO(text))
>>> [verb.lemma for verb in dictionary.verbs], [p.code.active for p in dictionary.patterns]
(['halt'], ['162', '162'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .patterns import Element, PatternError, expand_pattern
from .source import (
    DictionaryError,
    ErrorHandler,
    Line,
    Source,
    dictionary_lines,
    report,
    source_name,
)

__all__ = ["EventCode", "Pattern", "Synset", "Verb", "VerbDictionary", "read_verbs", "verb_records"]

_BLOCK = re.compile(r"---\s+(?P<name>[^\s\[]+)\s*(?:\[(?P<code>[^\]]*)\])?[\s-]*")
_CODE_AT_END = re.compile(r"\[(?P<code>[^\]]*)\]$")
_FORMS = re.compile(r"\{(?P<forms>[^}]*)\}")
_CAMEO = re.compile(r"[0-9]{2,4}")
_NULL_CODE = "---"


@dataclass(frozen=True)
class EventCode:
    """A CAMEO event code for the active and the passive verb; None where there is none.

    >>> EventCode.parse("042:043"), EventCode.parse("---").active
    (EventCode(active='042', passive='043'), None)
    """

    active: str | None
    passive: str | None = None

    @classmethod
    def parse(cls, text: str) -> EventCode:
        """Read ``042``, ``042:043``, ``:173`` or the null code ``---``; `ValueError` else."""
        active, _, passive = text.strip().partition(":")
        return cls(_one_code(active), _one_code(passive))


def _one_code(text: str) -> str | None:
    text = text.strip()
    if text in ("", _NULL_CODE):
        return None
    if not _CAMEO.fullmatch(text):
        raise ValueError(f"{text} is not a CAMEO event code (2 to 4 digits, or ---)")
    return text


@dataclass(frozen=True)
class Synset:
    """A synonym set: its name (without ``&`` and a trailing ``_``) and member phrases."""

    name: str
    members: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Verb:
    """One verb of a block: ``lemma`` as words (``"call off"``), ``verb`` the word that
    inflects, the words before and after it, its forms and its code (its own or the block's).
    """

    lemma: str
    verb: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    forms: tuple[str, ...]
    code: EventCode
    block: str
    line: int


@dataclass(frozen=True)
class Pattern:
    """One reading of a pattern line of ``block``, synonym sets expanded."""

    block: str
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: EventCode
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    """Everything one verb dictionary defines, in file order."""

    synsets: tuple[Synset, ...]
    verbs: tuple[Verb, ...]
    patterns: tuple[Pattern, ...]


def read_verbs(source: Source, on_error: ErrorHandler | None = None) -> VerbDictionary:
    """Read a whole verb dictionary (see the module's docstring for the format).

    Strict by default: a malformed line raises `DictionaryError`. With ``on_error``, the
    error is passed to it and the line skipped.
    """
    records = list(verb_records(source, on_error))
    return VerbDictionary(
        synsets=tuple(record for record in records if isinstance(record, Synset)),
        verbs=tuple(record for record in records if isinstance(record, Verb)),
        patterns=tuple(record for record in records if isinstance(record, Pattern)),
    )


def verb_records(
    source: Source, on_error: ErrorHandler | None = None
) -> Iterator[Synset | Verb | Pattern]:
    """The synonym sets, verbs and pattern readings of a verb dictionary, in file order.

    >>> import io
    >>> [type(record).__name__ for record in verb_records(io.StringIO("--- GO [---] ---\\nGO\\n"))]
    ['Verb']
    """
    reader = _VerbReader(source_name(source), on_error)
    for line in dictionary_lines(source):
        yield from reader.read(line)
    yield from reader.finish()


class _VerbReader:
    """The state of reading one verb dictionary: the open synonym set and verb block."""

    def __init__(self, path: str, on_error: ErrorHandler | None) -> None:
        self.path = path
        self.on_error = on_error
        self.synsets: dict[str, tuple[str, ...]] = {}
        self.open_set: tuple[str, int, list[str]] | None = None
        self.block: tuple[str, EventCode] | None = None

    def read(self, line: Line) -> Iterator[Synset | Verb | Pattern]:
        """The records ``line`` completes; a malformed line is reported and skipped."""
        text = line.text.strip()
        if text.startswith("+") and self.open_set is not None:
            self.open_set[2].append(text[1:].strip().rstrip("_").strip())
            return
        yield from self.finish()
        try:
            yield from self._records(text, line.number)
        except (ValueError, PatternError) as error:
            report(DictionaryError(self.path, str(error), line.number), self.on_error)

    def _records(self, text: str, number: int) -> list[Synset | Verb | Pattern]:
        if text.startswith("&"):
            self.open_set = (_set_name(text), number, [])
        elif text.startswith("---"):
            self.block = _block(text)
        elif text.startswith("-"):
            return list(self._patterns(text[1:], number))
        elif not text.startswith("~"):
            return [self._verb(text, number)]
        return []

    def finish(self) -> Iterator[Synset]:
        """The synonym set being read, now that a line that is not its member came."""
        if self.open_set is None:
            return
        name, number, members = self.open_set
        self.open_set = None
        try:
            flat = tuple(dict.fromkeys(word for item in members for word in self._member(item)))
            if not flat:
                raise ValueError(f"the synonym set &{name} has no members")
        except ValueError as error:
            report(DictionaryError(self.path, str(error), number), self.on_error)
            return
        self.synsets[name] = flat
        yield Synset(name, flat, number)

    def _member(self, member: str) -> tuple[str, ...]:
        if not member.startswith("&"):
            return (" ".join(member.replace("_", " ").lower().split()),)
        name = member[1:].rstrip("_")
        if name not in self.synsets:
            raise ValueError(f"the synonym set {member} is not defined before it is used")
        return self.synsets[name]

    def _current_block(self, what: str) -> tuple[str, EventCode]:
        if self.block is None:
            raise ValueError(f"a {what} before the first --- NAME [CODE] --- block line")
        return self.block

    def _patterns(self, text: str, number: int) -> Iterator[Pattern]:
        block, _ = self._current_block("pattern")
        body, code = _split_code(text)
        if code is None:
            raise ValueError("a pattern needs its code in [...] at the end")
        for before, after in expand_pattern(body, self.synsets):
            yield Pattern(block, before, after, code, number)

    def _verb(self, text: str, number: int) -> Verb:
        block, block_code = self._current_block("verb")
        body, code = _split_code(text)
        forms_found = _FORMS.search(body)
        head = _FORMS.sub(" ", body).split()
        if len(head) != 1:
            raise ValueError(f"a verb line holds one verb, not {' '.join(head) or 'nothing'}")
        before, verb, after = _verb_words(head[0])
        lemma = " ".join((*before, verb, *after))
        if forms_found is None:
            forms = _regular_forms(before, verb, after)
        else:
            given = forms_found["forms"].replace(",", " ").split()
            forms = tuple(dict.fromkeys((lemma, *map(_form, given))))
        return Verb(lemma, verb, before, after, forms, code or block_code, block, number)


def _set_name(text: str) -> str:
    name = text[1:].split()[0].rstrip("_") if len(text) > 1 else ""
    if not name:
        raise ValueError("a synonym set needs a name after &")
    return name


def _block(text: str) -> tuple[str, EventCode]:
    found = _BLOCK.fullmatch(text)
    if found is None:
        raise ValueError("a block line reads --- NAME [CODE] ---")
    code = found["code"]
    return found["name"].lower(), EventCode.parse(code) if code else EventCode(None)


def _split_code(text: str) -> tuple[str, EventCode | None]:
    """The text before a closing ``[CODE]``, and the code (None when there is none)."""
    found = _CODE_AT_END.search(text)
    if found is None:
        if "[" in text or "]" in text:
            raise ValueError("a code must be one [...] at the end of the line")
        return text, None
    body = text[: found.start()]
    if "[" in body or "]" in body:
        raise ValueError("a line holds one code in [...], at its end")
    return body, EventCode.parse(found["code"])


def _verb_words(word: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """The words before the verb, the verb and the words after it, of ``WIRE_+TAP``."""
    parts = [part for part in word.lower().split("_") if part]
    marked = [index for index, part in enumerate(parts) if part.startswith("+")]
    if len(parts) == 1 and len(marked) <= 1:
        return (), parts[0].lstrip("+"), ()
    if len(marked) != 1:
        raise ValueError(f"{word} joins words with _ and must mark its verb with one +")
    index = marked[0]
    return tuple(parts[:index]), parts[index][1:], tuple(parts[index + 1 :])


def _form(word: str) -> str:
    before, verb, after = _verb_words(word)
    return " ".join((*before, verb, *after))


def _regular_forms(before: tuple[str, ...], verb: str, after: tuple[str, ...]) -> tuple[str, ...]:
    """The base form and the regular English forms of a verb given no irregular ones."""
    consonant_y = verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u", "")
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        third = verb + "es"
    elif consonant_y:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past = verb + "d"
    elif consonant_y:
        past = verb[:-1] + "ied"
    else:
        past = verb + "ed"
    gerund = verb[:-1] + "ing" if verb.endswith("e") and not verb.endswith("ee") else verb + "ing"
    return tuple(" ".join((*before, form, *after)) for form in (verb, third, past, gerund))
