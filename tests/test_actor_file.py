"""An analyst's actor file (CSV or YAML): its actors' countries, aliases and names win.

The people, their names, aliases and countries are fictional, written for these tests.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.errors import ReadError
from kgraph.lexicon import load_lexicon
from kgraph.lexicon.actor_file import read_actor_file
from kgraph.pipeline import triples_of
from kgraph.records import Document

CSV = """\
name,aliases,country,sector,type
Tamsin Arkwright,Arkwright;Tam Arkwright,GBR,GOV,PERSON
Oskar Veldhuis,Veldhuis,NLD,,PERSON
Ferrow Cooperative,the Ferrow Co-op,NOR,BUS,ORG
"""
YAML = """\
- name: Tamsin Arkwright
  aliases: [Arkwright, Tam Arkwright]
  country: GBR
  sector: GOV
- name: Oskar Veldhuis
  aliases: Veldhuis
  country: NLD
"""
TEXT = "Arkwright met Veldhuis in Geneva on Tuesday."


def _pairs(text: str, nlp, lexicon) -> set[tuple[str, str | None, str, str, str | None]]:
    triples = triples_of(nlp(text), Document("talks", text), lexicon)
    return {
        (t.subject.name, t.subject.country, t.action.lemma, t.object.name, t.object.country)
        for t in triples
    }


@pytest.mark.parametrize("name, text", [("people.csv", CSV), ("people.yaml", YAML)])
def test_an_actor_file_gives_its_people_their_countries_and_aliases(nlp, tmp_path, name, text):
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    assert _pairs(TEXT, nlp, load_lexicon()) == {("Arkwright", None, "meet", "Veldhuis", None)}
    assert _pairs(TEXT, nlp, load_lexicon(actors=[file])) == {
        ("Tamsin Arkwright", "GBR", "meet", "Oskar Veldhuis", "NLD")
    }


def test_a_listed_name_is_never_merged_into_a_longer_one(nlp, tmp_path):
    text = ("David Osei Mensah met Kwame Boateng in Accra on Monday. "
            "Osei Mensah accused Boateng of fraud.")
    file = tmp_path / "actors.csv"
    file.write_text("name,country\nOsei Mensah,TGO\n", encoding="utf-8")
    assert {(s, o) for s, _, _, o, _ in _pairs(text, nlp, load_lexicon())} == {
        ("David Osei Mensah", "Kwame Boateng")
    }
    listed = _pairs(text, nlp, load_lexicon(actors=[file]))
    assert ("Osei Mensah", "TGO", "accuse", "Kwame Boateng", None) in listed
    assert ("David Osei Mensah", None, "meet", "Kwame Boateng", None) in listed


BAD = """\
name,aliases,country,sector,type
Tamsin Arkwright,Arkwright,GBR,GOV,PERSON
,Nobody,FRA,,
Brannoch Hale,,XQZ,GOV,PERSON
Idris Mabaso,,ZAF,WIZ,
Lune Order,,,,TRIBE
Oskar Veldhuis,Veldhuis,NLD,,
"""


def test_bad_rows_are_reported_by_file_and_line_and_the_rest_is_used(tmp_path):
    file = tmp_path / "actors.csv"
    file.write_text(BAD, encoding="utf-8")
    errors: list[ReadError] = []
    actors = read_actor_file(file, errors.append)
    assert [a.name for a in actors] == ["Tamsin Arkwright", "Oskar Veldhuis"]
    assert [(e.path, e.line) for e in errors] == [(str(file), n) for n in (3, 4, 5, 6)]
    assert "XQZ" in str(errors[1]) and "WIZ" in str(errors[2]) and "TRIBE" in str(errors[3])
    with pytest.raises(ReadError, match=r"actors.csv:3: an actor without a name"):
        read_actor_file(file)


def test_a_yaml_row_is_reported_by_its_line(tmp_path):
    file = tmp_path / "actors.yml"
    file.write_text("- name: Tamsin Arkwright\n  country: GBR\n- aliases: [Nobody]\n",
                    encoding="utf-8")
    errors: list[ReadError] = []
    assert [a.name for a in read_actor_file(file, errors.append)] == ["Tamsin Arkwright"]
    assert [e.line for e in errors] == [3]


@pytest.mark.parametrize("name, text, says", [
    ("actors.csv", "who,country\nX,GBR\n", "names a name column"),
    ("actors.yaml", "- name: [unclosed\n", "invalid YAML"),
    ("actors.yaml", "name: Tamsin\n", "a list of actors"),
])
def test_a_file_that_is_no_actor_file_is_one_error(tmp_path, name, text, says):
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError, match=says):
        read_actor_file(file, lambda error: None)


def test_a_state_row_may_make_up_its_code(tmp_path):
    file = tmp_path / "actors.csv"
    file.write_text("name,country,type\nArnor,ARN,GPE\nEarendur,ARN,PERSON\n", encoding="utf-8")
    assert [(a.name, a.country) for a in read_actor_file(file)] == [
        ("Arnor", "ARN"), ("Earendur", "ARN")
    ]


def test_extract_takes_actors_and_reports_a_bad_row_in_one_line(tmp_path):
    file = tmp_path / "actors.csv"
    file.write_text(BAD, encoding="utf-8")
    article = tmp_path / "talks.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--actors", str(file)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["subject"]["name"], r["subject"]["country"]) for r in lines} == {
        ("Tamsin Arkwright", "GBR")
    }
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    no_name = "an actor without a name; give it one in the name column"
    assert skipped[0] == f"skipped: {file}:3: {no_name}"
    assert len(skipped) == 4
