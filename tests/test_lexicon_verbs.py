"""How kgraph reads PETRARCH2's verb dictionary: synonym sets, verb blocks, verbs, patterns.

Every dictionary here is a few lines written for the test, read through ``io.StringIO``.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.errors import ReadError
from kgraph.lexicon.petrarch.patterns import (
    MARKERS,
    PARTICLES,
    Element,
    Kind,
    PatternError,
    expand_pattern,
    format_elements,
    parse_elements,
)
from kgraph.lexicon.petrarch.source import DictionaryError
from kgraph.lexicon.petrarch.verbs import EventCode, read_verbs

SYNSETS = {
    "ARMY": ("troops", "armed forces"),
    "TIES": ("military", "economic"),
    "FIGHT": ("war", "combat"),
    "FIGHT_OF_WORDS": ("war of words",),
}


def readings(pattern: str) -> list[tuple[str, str]]:
    """Each reading of ``pattern`` as (before, after) in the generated files' compact form."""
    return [
        (format_elements(before), format_elements(after))
        for before, after in expand_pattern(pattern, SYNSETS)
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a noun after the verb: "halted aid"
        ("* AID", [("", "aid")]),
        # a noun before it: "aid was stopped"
        ("AID *", [("aid", "")]),
        # a noun phrase in braces, its head last
        ("* {FINANCIAL AID}", [("", "financial_aid")]),
        # words joined by _ follow each other
        ("* {AIR_STRIKE}", [("", "air_strike")]),
        # a prepositional phrase with a noun phrase
        ("* (FOR {FINANCIAL AID})", [("", "for(financial_aid)")]),
        # a bare particle right after the verb, then a preposition governing nothing
        ("* OFF (FOR)", [("", "prt:off for()")]),
        ("* UP BARRICADE", [("", "prt:up barricade")]),
        # the target and source markers, alone and inside a prepositional phrase
        ("* CLAIM (AGAINST) +", [("", "claim against() +")]),
        ("$ TROOP * (TO + BORDER)", [("$ troop", "to(+,border)")]),
        # any noun phrase
        ("* OFF (FROM ^)", [("", "prt:off from(^)")]),
        # TABARI joined the verb to its neighbours
        ("IN_*", [("in", "")]),
        ("SPY_*_DEAL", [("spy", "deal")]),
        # a synonym set stands for each member; a member of two words is a noun phrase
        ("&ARMY * (INTO +)", [("troops", "into(+)"), ("armed_forces", "into(+)")]),
        # a set inside a noun phrase gives its words to the phrase
        ("* {&TIES AID}", [("", "military_aid"), ("", "economic_aid")]),
        # TABARI joins a set to the next word; the longest set named wins
        ("* NEW_&TIES_RELATIONS", [("", "new_military_relations"), ("", "new_economic_relations")]),
        ("* (IN &FIGHT_OF_WORDS)", [("", "in(war_of_words)")]),
        ("* &FIGHT_GAMES", [("", "war_games"), ("", "combat_games")]),
        # A/B is either word
        ("* (BY/WITH FORCE)", [("", "by(force)"), ("", "with(force)")]),
    ],
)
def test_a_pattern_reads_into_elements(pattern: str, expected: list[tuple[str, str]]) -> None:
    assert readings(pattern) == expected


def test_a_phrase_head_and_a_prepositions_objects() -> None:
    [(_, after)] = expand_pattern("* (TO {BANNED PARTIES}) $", {})
    prep, source = after
    assert (prep.kind, prep.head, source.kind) == (Kind.PREP, "to", Kind.SOURCE)
    assert prep.objects == (Element(Kind.NOUN, ("banned", "parties")),)
    assert prep.objects[0].head == "parties"


def test_the_same_reading_twice_is_kept_once() -> None:
    assert readings("* &FIGHT") == [("", "war"), ("", "combat")]
    assert len(expand_pattern("* (BY/BY FORCE)", {})) == 1


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("AID", "a pattern needs exactly one * for the verb"),
        ("* AID *", "a pattern needs exactly one * for the verb"),
        ("* (FOR AID", "a ( is not closed"),
        ("* {FINANCIAL AID", "a { is not closed"),
        ("* AID)", "a ) closes nothing"),
        ("* {}", "an empty noun phrase {}"),
        ("* ({AID} FOR)", "a prepositional phrase must start with its one preposition"),
        ("* &WEATHER", "the synonym set &WEATHER is not defined before it"),
        ("* (BY/ FORCE)", "the alternatives BY/ have an empty choice"),
    ],
)
def test_a_malformed_pattern_says_why(pattern: str, message: str) -> None:
    with pytest.raises(PatternError) as raised:
        expand_pattern(pattern, SYNSETS)
    assert str(raised.value) == message


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-'.", min_size=1, max_size=8).filter(
    lambda word: word not in MARKERS
)
NOUNS = st.lists(WORDS, min_size=1, max_size=3).map(lambda words: Element(Kind.NOUN, tuple(words)))
MARKER_ELEMENTS = st.sampled_from([Element(kind) for kind in MARKERS.values()])
PREPS = st.builds(
    lambda word, objects: Element(Kind.PREP, (word,), tuple(objects)),
    WORDS,
    st.lists(NOUNS | MARKER_ELEMENTS, max_size=2),
)
PARTICLE_ELEMENTS = st.sampled_from(sorted(PARTICLES)).map(
    lambda word: Element(Kind.PARTICLE, (word,))
)
ELEMENTS = st.lists(NOUNS | MARKER_ELEMENTS | PREPS | PARTICLE_ELEMENTS, max_size=5)


@given(ELEMENTS)
def test_the_compact_form_reads_back(elements: list[Element]) -> None:
    assert parse_elements(format_elements(elements)) == tuple(elements)


def in_dictionary_syntax(element: Element) -> str:
    """``element`` as a CAMEO verb dictionary writes it (the reader's input)."""
    if element.kind in MARKERS.values():
        return next(mark for mark, kind in MARKERS.items() if kind is element.kind)
    if element.kind is Kind.PREP:
        objects = " ".join(in_dictionary_syntax(item) for item in element.objects)
        return f"({element.head.upper()} {objects})".replace(" )", ")")
    if len(element.words) > 1:
        return "{" + " ".join(word.upper() for word in element.words) + "}"
    return element.words[0].upper()


LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda word: word not in PARTICLES
)
PLAIN_NOUNS = st.lists(LETTERS, min_size=1, max_size=3).map(
    lambda words: Element(Kind.NOUN, tuple(words))
)
PLAIN_PREPS = st.builds(
    lambda word, objects: Element(Kind.PREP, (word,), tuple(objects)),
    LETTERS,
    st.lists(PLAIN_NOUNS | MARKER_ELEMENTS, max_size=2),
)
BEFORE = st.lists(PLAIN_NOUNS | MARKER_ELEMENTS | PLAIN_PREPS, max_size=3)
AFTER = st.lists(PLAIN_NOUNS | MARKER_ELEMENTS | PLAIN_PREPS | PARTICLE_ELEMENTS, max_size=3)
CODES = st.sampled_from(["162", "0871", "042:043", ":173", "---"])


@given(BEFORE, AFTER, CODES)
def test_a_written_pattern_reads_back(
    before: list[Element], after: list[Element], code: str
) -> None:
    line = " ".join(["-", *map(in_dictionary_syntax, before), "*"])
    line = " ".join([line, *map(in_dictionary_syntax, after), f"[{code}]  # WRITTEN"])
    dictionary = read_verbs(io.StringIO(f"--- HALT [---] ---\nHALT\n{line}\n"))
    [pattern] = dictionary.patterns
    assert (pattern.before, pattern.after) == (tuple(before), tuple(after))
    assert pattern.code == EventCode.parse(code)


CANCEL = """\
# a verb dictionary written for the test
&CASH_
+MONEY

&AID
+AID
+HUMANITARIAN_ASSISTANCE_
+&CASH

--- CANCEL [---] ---
+CALL_OFF [160]
HALT  # oy 2006
STOP {STOPS STOPPING STOPPED}
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}
- * &AID [162] # HALT
- * TALKS [164:164]
- * SEARCH [---]
~ a (a b ATTACK) SAY = a b 015
"""


def test_verbs_take_their_block_code_unless_they_have_their_own() -> None:
    dictionary = read_verbs(io.StringIO(CANCEL))
    codes = {verb.lemma: verb.code for verb in dictionary.verbs}
    assert codes == {
        "call off": EventCode("160"),
        "halt": EventCode(None),
        "stop": EventCode(None),
        "wire tap": EventCode(None),
    }
    assert {verb.block for verb in dictionary.verbs} == {"cancel"}


def test_a_verb_of_several_words_marks_the_word_that_inflects() -> None:
    verbs = {verb.lemma: verb for verb in read_verbs(io.StringIO(CANCEL)).verbs}
    call_off, wire_tap = verbs["call off"], verbs["wire tap"]
    assert (call_off.before, call_off.verb, call_off.after) == ((), "call", ("off",))
    assert call_off.forms == ("call off", "calls off", "called off", "calling off")
    assert (wire_tap.before, wire_tap.verb) == (("wire",), "tap")
    assert wire_tap.forms == ("wire tap", "wire taps", "wire tapped")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("HALT", ("halt", "halts", "halted", "halting")),
        ("RACE", ("race", "races", "raced", "racing")),
        ("HURRY", ("hurry", "hurries", "hurried", "hurrying")),
        ("DELAY", ("delay", "delays", "delayed", "delaying")),
        ("FAX", ("fax", "faxes", "faxed", "faxing")),
        ("AGREE", ("agree", "agrees", "agreed", "agreeing")),
        ("SPEED {SPEEDING SPEEDS SPED}", ("speed", "speeding", "speeds", "sped")),
    ],
)
def test_a_verb_without_irregular_forms_gets_the_regular_ones(
    verb: str, forms: tuple[str, ...]
) -> None:
    [entry] = read_verbs(io.StringIO(f"--- GO [---] ---\n{verb}\n")).verbs
    assert entry.forms == forms


def test_a_pattern_belongs_to_its_block_with_its_synonyms_expanded() -> None:
    dictionary = read_verbs(io.StringIO(CANCEL))
    after = [(format_elements(p.after), p.code) for p in dictionary.patterns]
    assert after == [
        ("aid", EventCode("162")),
        ("humanitarian_assistance", EventCode("162")),
        ("money", EventCode("162")),
        ("talks", EventCode("164", "164")),
        ("search", EventCode(None)),
    ]
    assert [synset.name for synset in dictionary.synsets] == ["CASH", "AID"]
    assert dictionary.synsets[1].members == ("aid", "humanitarian assistance", "money")


def test_a_set_may_only_name_a_set_defined_before_it() -> None:
    text = "&AID\n+AID\n+&CASH\n&CASH\n+MONEY\n--- HALT [---] ---\n- * &AID [162]\n"
    errors: list[DictionaryError] = []
    dictionary = read_verbs(io.StringIO(text), on_error=errors.append)
    assert [str(error) for error in errors] == [
        "<stream>:1: the synonym set &CASH is not defined before it is used",
        "<stream>:7: the synonym set &AID is not defined before it",
    ]
    assert [synset.name for synset in dictionary.synsets] == ["CASH"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("162", EventCode("162")),
        ("042:043", EventCode("042", "043")),
        (":173", EventCode(None, "173")),
        ("---", EventCode(None)),
        ("050:---", EventCode("050")),
    ],
)
def test_an_event_code_has_an_active_and_a_passive_part(code: str, expected: EventCode) -> None:
    assert EventCode.parse(code) == expected


BLOCK = "--- HALT [---] ---\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("HALT\n", "1: a verb before the first --- NAME [CODE] --- block line"),
        ("- * AID [162]\n", "1: a pattern before the first --- NAME [CODE] --- block line"),
        (BLOCK + "- * AID\n", "2: a pattern needs its code in [...] at the end"),
        (BLOCK + "- * AID [08!]\n", "2: 08! is not a CAMEO event code (2 to 4 digits, or ---)"),
        (BLOCK + "- * AID [16] [17]\n", "2: a line holds one code in [...], at its end"),
        (BLOCK + "LASH OUT\n", "2: a verb line holds one verb, not LASH OUT"),
        (BLOCK + "CALL_OFF\n", "2: CALL_OFF joins words with _ and must mark its verb with one +"),
        ("--- HALT [12] [13] ---\n", "1: a block line reads --- NAME [CODE] ---"),
        ("&EMPTY\n" + BLOCK, "1: the synonym set &EMPTY has no members"),
    ],
)
def test_a_malformed_line_is_an_error_naming_its_line(text: str, message: str) -> None:
    with pytest.raises(DictionaryError) as raised:
        read_verbs(io.StringIO(text))
    assert str(raised.value) == f"<stream>:{message}"


def test_lenient_reading_reports_each_bad_line_and_reads_on(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("--- HALT [---] ---\nHALT\n- * AID [08!]\n- * AID [162]\nSTOP\n")
    errors: list[DictionaryError] = []
    dictionary = read_verbs(path, on_error=errors.append)
    assert [str(error) for error in errors] == [
        f"{path}:3: 08! is not a CAMEO event code (2 to 4 digits, or ---)"
    ]
    assert [verb.lemma for verb in dictionary.verbs] == ["halt", "stop"]
    assert [pattern.line for pattern in dictionary.patterns] == [4]


def test_a_missing_dictionary_is_a_read_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as raised:
        read_verbs(tmp_path / "none.txt")
    assert str(raised.value) == f"{tmp_path / 'none.txt'}: no such dictionary file"
