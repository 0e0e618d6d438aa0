"""CAMEO's verb patterns, matched against the words of a clause.

A pattern of the CAMEO verb dictionary says which words around a verb make which event:
"halted aid" is CAMEO 162 (SANCTION), "halted attacks" 0874 (RETREAT), "called off talks"
REJECT. The generated ``patterns.tsv`` holds every pattern with its synonym sets expanded; this
module indexes them by the verb's block and by the words they need, and finds the most specific
pattern whose words the clause has: its objects (head noun, with the words before it), its
particle, its prepositions with their objects, and the noun before the verb (its subject).
The clause comes as plain words (`Clause`), so the lexicon never sees a parse.

kgraph's own patterns (``data/verb_patterns.tsv``: a lemma, the words after it as the
generated file writes them, a category) come first and apply to every verb, kgraph's own
verbs too, which CAMEO's patterns leave to kgraph's own table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..datafiles import rows
from .petrarch.patterns import Element, Kind, parse_elements
from .tables import block_patterns, category_of, verbs

if TYPE_CHECKING:
    from .dictionaries import UserDictionaries

__all__ = ["Clause", "Phrase", "VerbPatterns"]


@dataclass(frozen=True)
class Phrase:
    """A noun phrase as words: the forms of its head (lemma, lower-case text) and the other
    words written before it."""

    heads: frozenset[str]
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Clause:
    """What a clause has around its verb, as patterns read it."""

    objects: tuple[Phrase, ...] = ()
    subjects: tuple[Phrase, ...] = ()
    particles: frozenset[str] = frozenset()
    preps: tuple[tuple[str, tuple[Phrase, ...]], ...] = ()
    passive: bool = False

    def words(self) -> set[str]:
        """Every word a pattern could be indexed under."""
        found = set(self.particles)
        for phrase in (*self.objects, *self.subjects):
            found |= phrase.heads
        for prep, objects in self.preps:
            found.add(prep)
            for phrase in objects:
                found |= phrase.heads
        return found


@dataclass(frozen=True)
class _Pattern:
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    size: int
    category: str | None
    passive_category: str | None


class VerbPatterns:
    """CAMEO's patterns by verb block, the most specific first; their categories as kgraph
    reviewed PLOVER's table (``data/cameo_categories.tsv``). A user's own patterns
    (``user``) come before them."""

    def __init__(self, user: UserDictionaries | None = None) -> None:
        self._user = user

    @cached_property
    def _user_index(self) -> dict[tuple[str, str], list[_Pattern]]:
        index: dict[tuple[str, str], list[_Pattern]] = defaultdict(list)
        for block, entries in (self._user.patterns if self._user else {}).items():
            for entry in entries:
                content = [e for e in (*entry.before, *entry.after) if e.words]
                if content:
                    category = category_of(entry.code.active)
                    passive = category_of(entry.code.passive) if entry.code.passive else None
                    pattern = _Pattern(entry.before, entry.after, _size(content), category,
                                       passive)
                    index[block, content[0].head].append(pattern)
        return _most_specific_first(index)

    @cached_property
    def reviewed(self) -> dict[str, str]:
        """CAMEO codes whose PLOVER category kgraph gives otherwise than PLOVER's table."""
        return {code: category for code, category, _ in rows("kgraph.lexicon",
                                                              "cameo_categories.tsv")}

    def _reviewed(self, code: str | None, category: str | None) -> str | None:
        return self.reviewed.get(code, category) if code else category

    @cached_property
    def _blocks(self) -> dict[str, tuple[str, ...]]:
        blocks: dict[str, list[str]] = defaultdict(list)
        for lemma, entries in verbs().items():
            blocks[lemma] = list(dict.fromkeys(entry.block for entry in entries))
        return {lemma: tuple(names) for lemma, names in blocks.items()}

    @cached_property
    def _own(self) -> dict[tuple[str, str], list[_Pattern]]:
        """kgraph's own patterns (``data/verb_patterns.tsv``), by lemma and first word."""
        index: dict[tuple[str, str], list[_Pattern]] = defaultdict(list)
        for lemma, after, category in rows("kgraph.lexicon", "verb_patterns.tsv"):
            elements = parse_elements(after)
            content = [e for e in elements if e.words]
            pattern = _Pattern((), elements, _size(content), None if category == "-" else category,
                               None)
            index[lemma, content[0].head].append(pattern)
        return _most_specific_first(index)

    @cached_property
    def _index(self) -> _BlockIndex:
        return _BlockIndex(self._block_index)

    def _block_index(self, block: str) -> dict[tuple[str, str], list[_Pattern]]:
        """CAMEO's patterns of one block by block and first word, the most specific first."""
        index: dict[tuple[str, str], list[_Pattern]] = defaultdict(list)
        for entry in block_patterns(block):
            content = [e for e in (*entry.before, *entry.after) if e.words]
            if not content:
                continue  # actors alone ("$ * +"): the verb's own category says it
            pattern = _Pattern(
                entry.before,
                entry.after,
                _size(content),
                self._reviewed(entry.code, entry.category),
                self._reviewed(entry.passive_code, entry.passive_category),
            )
            index[block, content[0].head].append(pattern)
        return _most_specific_first(index)

    def match(
        self, lemma: str, clause: Clause, *, cameo: bool = True
    ) -> tuple[str | None] | None:
        """The category the most specific pattern of ``lemma`` that fits ``clause`` gives,
        as a one-item tuple (its category may be None: the words make no event), or None
        when no pattern fits. kgraph's own patterns come first; CAMEO's only with ``cameo``.

        >>> aid, talks = Phrase(frozenset({"aid"})), Phrase(frozenset({"talks"}))
        >>> VerbPatterns().match("halt", Clause(objects=(aid,)))
        ('SANCTION',)
        >>> VerbPatterns().match("call off", Clause(objects=(talks,)), cameo=False)
        ('REJECT',)
        >>> VerbPatterns().match("halt", Clause()) is None
        True
        """
        words = clause.words()
        best = _best(self._own, [lemma], words, clause)
        if best is None and self._user is not None:
            best = _best(self._user_index, self._user.blocks.get(lemma, ()), words, clause)
        if best is None and cameo:
            best = _best(self._index, self._blocks.get(lemma, ()), words, clause)
        if best is None:
            return None
        if clause.passive and best.passive_category:
            return (best.passive_category,)
        return (best.category,)


class _BlockIndex:
    """CAMEO's patterns by block and first word, each block's indexed when first asked for:
    a run meets a few hundred of the verbs' blocks, and reading all of them costs seconds."""

    def __init__(self, build: Callable[[str], dict[tuple[str, str], list[_Pattern]]]) -> None:
        self._build = build
        self._blocks: dict[str, dict[tuple[str, str], list[_Pattern]]] = {}

    def get(self, key: tuple[str, str], default: Iterable[_Pattern] = ()) -> Iterable[_Pattern]:
        block = key[0]
        if block not in self._blocks:
            self._blocks[block] = self._build(block)
        return self._blocks[block].get(key, default)


def _best(
    index: dict[tuple[str, str], list[_Pattern]] | _BlockIndex,
    keys: Iterable[str],
    words: set[str],
    clause: Clause,
) -> _Pattern | None:
    """The pattern of the most elements under ``keys`` (lemmas or blocks) that fits."""
    best: _Pattern | None = None
    for key in keys:
        for word in words:
            for pattern in index.get((key, word), ()):
                if best is not None and pattern.size <= best.size:
                    break
                if _fits(pattern, clause):
                    best = pattern
                    break
    return best


def _most_specific_first(
    index: dict[tuple[str, str], list[_Pattern]],
) -> dict[tuple[str, str], list[_Pattern]]:
    for candidates in index.values():
        candidates.sort(key=lambda p: -p.size)
    return dict(index)


def _size(elements: Iterable[Element]) -> int:
    """How much a pattern asks for: the words of its elements and of their objects."""
    return sum(len(e.words) + sum(len(o.words) for o in e.objects) for e in elements)


def _fits(pattern: _Pattern, clause: Clause) -> bool:
    after = all(_has(element, clause.objects, clause) for element in pattern.after)
    return after and all(
        _has(element, clause.subjects, clause) for element in pattern.before
    )


def _has(element: Element, phrases: tuple[Phrase, ...], clause: Clause) -> bool:
    if element.kind is Kind.NOUN:
        return any(_is(element, phrase) for phrase in phrases)
    if element.kind is Kind.PARTICLE:
        return element.head in clause.particles
    if element.kind is Kind.PREP:
        nouns = [o for o in element.objects if o.kind is Kind.NOUN]
        return any(
            prep == element.head and all(any(_is(n, p) for p in objects) for n in nouns)
            for prep, objects in clause.preps
        )
    return True  # an actor marker: the clause rules find the actors


def _is(element: Element, phrase: Phrase) -> bool:
    """Whether a noun element is the phrase: its head, with its other words before it."""
    *before, head = element.words
    return head in phrase.heads and all(word in phrase.words for word in before)
