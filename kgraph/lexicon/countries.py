"""The states of the world as country_converter knows them, read without pandas, and fast.

country_converter (https://github.com/IndEcol/country_converter, GPL-3.0) matches a name to a
state with one regular expression per state, over a table it reads with pandas: importing it
costs a command half a second, and each name it does not know costs a search with each of its
250 expressions, most of them many times over, since news names are mostly not states'.
`Countries` reads the same table (``country_data.tsv``, from the installed package, which is
not imported) with the standard library and answers as `CountryConverter.convert` does, but
tries an expression only where the name holds a word the expression cannot match without
(`required_words`): "afghan" for Afghanistan's, "korea" for both Koreas'. A name that holds
none of those words, as most names do, is one pass over a short list of words.

tests/test_lexicon_countries.py checks every answer against country_converter itself.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cached_property
from pathlib import Path

try:  # the parser of regular expressions: re._parser from Python 3.11
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser  # type: ignore[no-redef]

__all__ = ["Countries", "required_words"]

# country_converter cuts a name at these before converting it ("Asia excluding China")
_EXCLUDED = re.compile(r"excl\w.*|without|w/o")
_COLUMNS = ("name_short", "name_official", "regex", "ISO2", "ISO3", "ISOnumeric",
            "continent", "UNregion", "obsolete")
_UNIQUE = ("name_short", "name_official", "regex")
_START = 3  # letters by which the words that expressions need are looked up


def _data_file() -> Path:
    """country_converter's table, found without importing the package (and pandas)."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("country_converter is not installed: pip install kgraph")
    return Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"


def _table(path: Path) -> list[dict[str, str]]:
    """The states of the table as country_converter keeps them: obsolete ones left out, and
    of rows that share a name or an expression, the last."""
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    names = header.split("\t")
    states = [dict(zip(names, line.split("\t"), strict=False)) for line in lines if line]
    states = [state for state in states if not state.get("obsolete")]
    for column in _UNIQUE:
        last = {state[column]: index for index, state in enumerate(states)}
        states = [state for index, state in enumerate(states) if last[state[column]] == index]
    return [{column: state.get(column, "") for column in _COLUMNS} for state in states]


def _iso3(value: str) -> str:
    """An ISO3 cell as country_converter outputs it: its first alternative, letters only."""
    return "".join(c for c in value.split("|")[0] if c.isalnum()).upper()


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of words either of which a match needs, the one that rules out more."""
    if first is None or second is None:
        return first if second is None else second
    return max(first, second, key=lambda words: (min(map(len, words)), -len(words)))


def _required(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """Words one of which every string that the parsed pattern ``items`` matches holds, in
    lower case, or None when the pattern needs no word that can be told."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        kind = str(op)
        if kind == "LITERAL" and value < 128:
            run.append(chr(value).lower())
            continue
        if run:  # letters in a row are a word that a match holds
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if kind == "SUBPATTERN":
            best = _better(best, _required(value[-1]))
        elif kind == "ASSERT":  # what a lookahead sees is in the string too
            best = _better(best, _required(value[1]))
        elif kind in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
            best = _better(best, _required(value[2]))
        elif kind == "BRANCH":
            branches = [_required(branch) for branch in value[1]]
            if all(branch is not None for branch in branches):
                best = _better(best, frozenset().union(*branches))
    return best


def required_words(pattern: str) -> frozenset[str] | None:
    """Words one of which any string ``pattern`` finds a match in holds (ignoring case),
    in lower case; None where there are none to tell (then the pattern must be tried).

    >>> sorted(required_words(r"^(?=.*americ).*samoa"))
    ['americ']
    >>> sorted(required_words(r"bangladesh|^(?=.*east).*paki?stan"))
    ['bangladesh', 'east']
    >>> required_words(r"^(?!.*islands).*") is None
    True
    >>> required_words(r"\\b(a|å)land") == frozenset({"land"})
    True
    """
    return _required(list(_regex_parser.parse(pattern)))


class Countries:
    """country_converter's states: codes, names, regions, and its conversion of names to ISO3.

    >>> countries = Countries()
    >>> countries.convert("North Korean"), countries.convert("Lavrov")
    ('PRK', 'Lavrov')
    >>> countries.name_short("PRK"), "PRK" in countries.codes
    ('North Korea', True)
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    @cached_property
    def _states(self) -> list[dict[str, str]]:
        return _table(self._path or _data_file())

    @cached_property
    def codes(self) -> frozenset[str]:
        """The ISO3 codes of the states."""
        return frozenset(state["ISO3"] for state in self._states)

    @cached_property
    def _regexes(self) -> list[re.Pattern[str]]:
        return [re.compile(state["regex"], re.IGNORECASE) for state in self._states]

    @cached_property
    def _iso2_regexes(self) -> list[re.Pattern[str]]:
        return [re.compile(state["ISO2"], re.IGNORECASE) for state in self._states]

    @cached_property
    def _by_word(self) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """The expressions by the first three letters of a word one of which they need,
        with that word; and the words shorter than three letters (an expression that needs
        no word at all is listed under the empty word)."""
        by_start: dict[str, list[tuple[str, int]]] = {}
        short = []
        for index, state in enumerate(self._states):
            words = required_words(state["regex"])
            for word in sorted(words) if words is not None else [""]:
                if len(word) < _START:
                    short.append((word, index))
                else:
                    by_start.setdefault(word[:_START], []).append((word, index))
        return by_start, short

    def _searched(self, name: str) -> list[int]:
        """The states whose expressions find ``name``, in the table's order."""
        if not name.isascii():  # case-folding beyond ASCII: no word can be ruled out
            candidates: set[int] = set(range(len(self._states)))
        else:
            by_start, short = self._by_word
            lowered = name.lower()
            candidates = {index for word, index in short if word in lowered}
            for at in range(len(lowered) - _START + 1):
                for word, index in by_start.get(lowered[at : at + _START], ()):
                    if lowered.startswith(word, at):
                        candidates.add(index)
        return [i for i in sorted(candidates) if self._regexes[i].search(name)]

    def _found(self, name: str) -> list[int]:
        """The states ``name`` converts to, found as country_converter finds them: a number
        is an ISO numeric code, two letters an ISO2 code, three an ISO3 code, else a name."""
        try:
            int(name)
        except ValueError:
            pass
        else:  # matched as written: "004" is no state's code, "4" is Afghanistan's
            exact = re.compile(f"^{re.escape(name)}$", re.IGNORECASE)
            numbers = [state["ISOnumeric"].partition(".")[0] for state in self._states]
            return [i for i, number in enumerate(numbers) if exact.search(number)]
        if len(name) == 2:
            return [i for i, regex in enumerate(self._iso2_regexes) if regex.search(name)]
        if len(name) == 3:
            return self._with_iso3(name)
        return self._searched(name)

    def convert(self, name: str) -> str | None:
        """What ``CountryConverter().convert(name, to="ISO3", not_found=None)`` returns where
        that is one string, else None (where several states match).

        As there, a name that no state matches comes back as it is (cut at "excluding").
        """
        clean = _EXCLUDED.split(name)[0]
        found = self._found(clean)
        if not found:
            return clean
        return _iso3(self._states[found[0]]["ISO3"]) if len(found) == 1 else None

    def name_short(self, code: str) -> str | None:
        """The short English name of the state with ISO3 ``code`` as
        ``convert(code, src="ISO3", to="name_short", not_found=None)`` answers: ``code``
        itself where no state has it, None where several do."""
        clean = _EXCLUDED.split(code)[0]
        found = [self._states[i]["name_short"] for i in self._with_iso3(clean)]
        if not found:
            return clean
        return found[0] if len(found) == 1 else None

    def _with_iso3(self, code: str) -> list[int]:
        exact = re.compile(f"^{re.escape(code)}$", re.IGNORECASE)
        return [i for i, state in enumerate(self._states) if exact.search(state["ISO3"])]

    def in_regions(self, regions: tuple[str, ...]) -> frozenset[str]:
        """The ISO3 codes of the states in any of ``regions`` (UN regions or continents)."""
        return frozenset(
            state["ISO3"]
            for state in self._states
            if state["UNregion"] in regions or state["continent"] in regions
        )
