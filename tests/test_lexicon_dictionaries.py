"""A user's own dictionaries, in PETRARCH2's formats, on top of the bundled lexicon."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.errors import ReadError
from kgraph.lexicon import load_lexicon
from kgraph.lexicon.dictionaries import dictionary_files
from kgraph.pipeline import triples_of
from kgraph.records import Document

ACTORS = """\
VALDORIA_ [VLD]
+VALDORIAN_
TOREN_ASK_ [VLDMIL 100101-200101]
KESTREL_FRONT_ [VLDREB]
"""
VERBS = """\
--- BLOCKADE [191] ---
EMBARGO
- * +  [191] # EMBARGO
"""
AGENTS = "WARDEN [~COP]\n"
DISCARDS = "FOOTBALL\n+HOROSCOPE\n"


@pytest.fixture()
def user_folder(tmp_path):
    for name, text in [("my.actors.txt", ACTORS), ("my.verbs.txt", VERBS),
                       ("my.agents.txt", AGENTS), ("my.discards.txt", DISCARDS),
                       ("notes.md", "not a dictionary")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def code(nlp, text, lexicon):
    return [(t.subject.name, t.subject.country, t.action.category, t.object.name)
            for t in triples_of(nlp(text), Document("d", text), lexicon)]


def test_a_folders_files_are_read_by_what_their_names_say(user_folder):
    kinds = sorted(kind for kind, _ in dictionary_files([user_folder]))
    assert kinds == ["actors", "agents", "discards", "verbs"]


def test_a_named_file_that_is_no_dictionary_is_an_error(user_folder):
    with pytest.raises(ReadError, match="notes.md: not a verb, agent, actor or discard"):
        dictionary_files([user_folder / "notes.md"])


def test_the_users_states_people_and_groups_are_known(user_folder):
    lexicon = load_lexicon([user_folder])
    assert lexicon.places.country_of("Valdoria") == "VLD"
    assert lexicon.places.country_of("Valdorian") == "VLD"
    assert lexicon.actors.organisation("Kestrel Front").country == "VLD"
    assert lexicon.actors.person("Toren Ask").sector == "MIL"


def test_the_users_verbs_and_agents_code_the_text(nlp, user_folder):
    lexicon = load_lexicon([user_folder])
    assert ("Valdoria", "VLD", "COERCE", "Chile") in code(
        nlp, "Valdoria embargoed Chile on Monday.", lexicon)
    assert lexicon.agents.role("warden").sector == "COP"


def test_discarded_sentences_and_stories_give_nothing(nlp, user_folder):
    lexicon = load_lexicon([user_folder])
    assert code(nlp, "Valdoria beat Chile at football on Monday.", lexicon) == []
    assert code(nlp, "Valdoria attacked Chile. The horoscope said so.", lexicon) == []


def test_an_unreadable_line_is_reported_with_file_and_line_and_the_rest_is_used(tmp_path):
    (tmp_path / "bad.actors.txt").write_text("VALDORIA_ [VLD]\nBROKEN_ [+++]\n", encoding="utf-8")
    errors = []
    lexicon = load_lexicon([tmp_path], on_error=errors.append)
    assert [str(e).split(": ")[0] for e in errors] == [f"{tmp_path / 'bad.actors.txt'}:2"]
    assert lexicon.places.country_of("Valdoria") == "VLD"


def test_extract_takes_the_users_dictionaries(user_folder, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Valdoria talks\n\nThe Valdorian army shelled Peru on Monday.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--dictionary", str(user_folder)])
    assert result.exit_code == 0, result.output
    (triple,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (triple["subject"]["country"], triple["object"]["name"]) == ("VLD", "Peru")
