"""The CAMEO-to-PLOVER table, the validation suite's reader, the converter and the tables it
writes: converting ``../shared/dictionaries`` again gives the committed files byte for byte.
"""

from __future__ import annotations

import io
from pathlib import Path

import country_converter
import pytest

from kgraph.lexicon import tables
from kgraph.lexicon.convert import GENERATED, main
from kgraph.lexicon.petrarch.patterns import parse_elements
from kgraph.lexicon.petrarch.plover import (
    CATEGORIES,
    category_table,
    plover_category,
    read_cameo_to_plover,
)
from kgraph.lexicon.petrarch.source import DictionaryError
from kgraph.lexicon.petrarch.validation import Coding, read_validation

from .conftest import SHARED

DICTIONARIES = SHARED / "dictionaries"

TABLE = """\
# a CAMEO to PLOVER table written for the test
08: CONCEDE
080: CONCEDE,   ,  # Yield
081: CONCEDE,   ,   legal # Ease administrative sanctions
08: RETREAT
084: RETREAT,   ,  # Return, release
16: SANCTION
160: SANCTION,   ,  # Reduce relations
162: SANCTION, discontinue,    human_security   # Reduce or stop aid
163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
~~~~~
999: AGREE
"""


def test_the_table_gives_each_code_its_category_mode_and_context() -> None:
    entries = list(read_cameo_to_plover(io.StringIO(TABLE)))
    assert [(e.code, e.category, e.mode, e.context) for e in entries][-2:] == [
        ("162", "SANCTION", "discontinue", "human_security"),
        ("163", "COERCE", "restrict", "diplomatic"),
    ]
    assert "999" not in {entry.code for entry in entries}  # the table ends at its ~ line


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("162", "SANCTION"),  # listed
        ("163", "COERCE"),  # listed under 16, with a category of its own
        ("1621", "SANCTION"),  # not listed: its parent's
        ("165", "SANCTION"),  # not listed: its two-digit line's
        ("081", "CONCEDE"),
        ("085", None),  # not listed, and 08 heads two categories: no category
        ("020", None),  # not in the table at all: PLOVER dropped appeals
        (None, None),
    ],
)
def test_the_category_of_a_code(code: str | None, category: str | None) -> None:
    table = category_table(read_cameo_to_plover(io.StringIO(TABLE)))
    assert plover_category(code, table) == category


def test_a_malformed_table_line_names_its_line() -> None:
    with pytest.raises(DictionaryError) as raised:
        list(read_cameo_to_plover(io.StringIO("16: SANCTION\n162: SANCTIONS, discontinue\n")))
    assert str(raised.value) == "<stream>:2: a line reads CODE: CATEGORY, MODE, CONTEXT"


SUITE = """\
<Validation>
<Environment><Verbfile>PETR.Validate.verbs.txt</Verbfile></Environment>
<Sentences>
<Sentence date="19950101" id="TEST-01" category="DEMO" sentence="true">
<!-- a sentence written for the test -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>
Arnor and Gondor shared
what they knew.
</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="950102" id="TEST-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="TEST-03" category="DEMO" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>A football match.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_the_suite_gives_sentences_and_their_codings() -> None:
    suite = read_validation(io.StringIO(SUITE))
    first, second, third = suite.records
    assert suite.dictionaries == {"Verbfile": "PETR.Validate.verbs.txt"}
    assert (first.id, first.date, first.text) == (
        "TEST-01",
        "1995-01-01",
        "Arnor and Gondor shared what they knew.",
    )
    assert first.codings == (Coding("ARN", "GON", "064"), Coding("GON", "ARN", "064"))
    assert (first.options, second.options) == ((), (("require_dyad", "false"),))
    assert (second.date, second.no_events, second.codings) == ("1995-01-02", True, ())
    assert (third.error, third.no_events) == ("sentencediscard", False)


def test_a_suite_that_is_not_xml_names_its_line() -> None:
    with pytest.raises(DictionaryError) as raised:
        read_validation(io.StringIO("<Validation>\n<Sentences>\n</Validation>\n"))
    assert str(raised.value).startswith("<stream>:3: not well-formed XML: mismatched tag")


def test_the_converter_reports_a_missing_folder_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "none"), "--out", str(tmp_path / "out")]) == 1
    table = tmp_path / "none" / "plover" / "CAMEO2PLOVER-2021.txt"
    assert capsys.readouterr().err == f"error: {table}: no such dictionary file\n"
    assert not (tmp_path / "out").exists()


def generated(name: str) -> list[list[str]]:
    """The rows of a committed generated file, its header line left out."""
    lines = (GENERATED / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


def test_every_country_of_the_generated_actors_is_an_iso_code() -> None:
    iso3 = set(country_converter.CountryConverter().data["ISO3"])
    countries = {row[2] for row in generated("actors.tsv")} - {""}
    assert countries <= iso3
    assert {
        role.country
        for entries in tables.actors().values()
        for entry in entries
        for role in entry.roles
    } - {None} <= iso3


def test_every_category_of_the_generated_verbs_and_patterns_is_plovers() -> None:
    for name in ("verbs.tsv", "patterns.tsv"):
        found = {row[4] for row in generated(name)} | {row[6] for row in generated(name)}
        assert found - {""} <= set(CATEGORIES)


def test_the_tables_answer_lookups_from_a_parse() -> None:
    # "halted aid": the verb's blocks, then a pattern with "aid" after the verb
    halted_aid = [p for p in tables.patterns_for("halt") if p.after == parse_elements("aid")]
    assert [(p.code, p.category) for p in halted_aid] == [("162", "SANCTION")]
    assert [(a.sector, a.code) for a in tables.agents()["police"]] == [("COP", "~COP")]
    [putin] = tables.actors()["vladimir putin"]
    assert (putin.type, putin.country, putin.role_on("1990-06-01").sector) == (
        "PERSON",
        "RUS",
        "ELI",
    )


@pytest.mark.skipif(not DICTIONARIES.exists(), reason=f"{DICTIONARIES} is not beside the checkout")
def test_converting_the_dictionaries_again_gives_the_committed_files(tmp_path: Path) -> None:
    assert main([str(DICTIONARIES), "--out", str(tmp_path)]) == 0
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(path.name for path in GENERATED.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (GENERATED / name).read_bytes(), name


@pytest.mark.skipif(not DICTIONARIES.exists(), reason=f"{DICTIONARIES} is not beside the checkout")
def test_the_validation_suite_reads_whole() -> None:
    suite = read_validation(DICTIONARIES / "petrarch2" / "PETR.UnitTest.records.xml")
    assert suite.dictionaries["Actorfile"] == "PETR.Validate.actors.txt"
    raw = (DICTIONARIES / "petrarch2" / "PETR.UnitTest.records.xml").read_text(encoding="utf-8")
    assert len(suite.records) == raw.count("<Sentence ")
    assert sum(len(record.codings) for record in suite.records) == raw.count(
        "<EventCoding sourcecode="
    )
    assert all(record.text for record in suite.records)
