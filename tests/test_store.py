"""How the SQLite store keeps articles and triples: one test per promise of `kgraph.store.Store`.

Documents are keyed by the hash of their title and text, so adding the same article twice adds
nothing; triples come back exactly as they went in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kgraph.errors import NoDatabase, WriteError
from kgraph.records import Action, Actor, Document, Triple
from kgraph.store import Store, open_store

LAVROV = Actor(
    id="sergei-lavrov",
    name="Sergei Lavrov",
    text="Lavrov",
    type="PERSON",
    country="RUS",
    sector="GOV",
    start=0,
    end=6,
)
KIM = Actor(id="kim-jong-un", name="Kim Jong Un", text="Kim", type="PERSON", start=11, end=14)
MEET = Action(text="met", lemma="meet", category="CONSULT", quad="verbal_cooperation")

TALKS = Document(
    id="talks.txt",
    text="Lavrov met Kim in Pyongyang. Lavrov did not meet Moon.",
    title="Lavrov in Pyongyang",
    date="2023-10-19",
    source="Tass",
    url="https://example.org/talks",
)


def triple(document: Document, sentence_index: int = 0, **changes: object) -> Triple:
    """A Lavrov-met-Kim triple from ``document``, with any field changed."""
    fields: dict[str, object] = {
        "doc_id": document.id,
        "sentence_index": sentence_index,
        "sentence": "Lavrov met Kim in Pyongyang.",
        "subject": LAVROV,
        "action": MEET,
        "object": KIM,
        "date": document.date,
        "source": document.source,
        "url": document.url,
    }
    return Triple(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "kgraph.db"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    """A fresh database file."""
    with Store(path) as store:
        yield store


def test_adding_a_document_returns_true_then_false_for_the_same_content(store: Store) -> None:
    assert store.add(TALKS, [triple(TALKS)]) is True
    # Same title and text under another id, with other triples: the same content, not added.
    again = Document(id="copy-of-talks.txt", text=TALKS.text, title=TALKS.title)
    assert store.add(again, [triple(again, sentence_index=1)]) is False
    assert store.counts() == {"documents": 1, "triples": 1}
    assert [d.id for d in store.documents()] == ["talks.txt"]


def test_the_title_is_part_of_the_content(store: Store) -> None:
    assert store.add(TALKS, []) is True
    retitled = Document(id=TALKS.id, text=TALKS.text, title="Lavrov visits Pyongyang")
    assert store.has(retitled) is False
    assert store.add(retitled, []) is True


def test_has_tells_whether_the_content_is_stored(store: Store) -> None:
    assert store.has(TALKS) is False
    store.add(TALKS, [])
    assert store.has(TALKS) is True


def test_triples_round_trip_exactly(store: Store) -> None:
    denial = triple(
        TALKS,
        sentence_index=1,
        sentence="Lavrov did not meet Moon.",
        action=Action("meet", "meet", "CONSULT", "verbal_cooperation", negated=True),
        object=Actor("moon-jae-in", "Moon Jae-in", "Moon", "PERSON", "KOR", None, 46, 50),
        attributed_to="Tass",
        confidence=0.87,
    )
    uncategorised = triple(
        TALKS,
        sentence_index=1,
        action=Action("toured", "tour", modality="reported"),
        date=None,
        source=None,
        url=None,
    )
    triples = [triple(TALKS), denial, uncategorised]
    store.add(TALKS, triples)
    assert list(store.triples()) == triples
    assert [t.id for t in store.triples()] == [t.id for t in triples]


def test_the_same_statement_twice_in_one_document_is_stored_once(store: Store) -> None:
    store.add(TALKS, [triple(TALKS), triple(TALKS)])
    assert list(store.triples()) == [triple(TALKS)]


def test_documents_come_back_in_the_order_they_were_added(store: Store) -> None:
    documents = [
        Document(id="b.txt", text="Kim met Putin."),
        TALKS,
        Document(id="a.txt", text="Xi met Lula.", date="2024-06-19"),
    ]
    for document in documents:
        store.add(document, [])
    # Every field comes back; `origin` is not stored and not compared.
    assert list(store.documents()) == documents


def test_triples_are_grouped_by_document_in_the_order_added(store: Store) -> None:
    later = Document(id="later.txt", text="Kim met Lavrov again.")
    store.add(TALKS, [triple(TALKS, 0), triple(TALKS, 1)])
    store.add(later, [triple(later, 0)])
    assert [(t.doc_id, t.sentence_index) for t in store.triples()] == [
        ("talks.txt", 0),
        ("talks.txt", 1),
        ("later.txt", 0),
    ]


def test_counts(store: Store) -> None:
    assert store.counts() == {"documents": 0, "triples": 0}
    store.add(TALKS, [triple(TALKS, 0), triple(TALKS, 1)])
    store.add(Document(id="b.txt", text="Kim met Putin."), [])
    assert store.counts() == {"documents": 2, "triples": 2}


def test_a_document_without_triples_is_stored(store: Store) -> None:
    assert store.add(TALKS, []) is True
    assert store.counts() == {"documents": 1, "triples": 0}
    assert list(store.documents()) == [TALKS]
    assert list(store.triples()) == []
    # It counts as read: building again does not parse it again.
    assert store.add(TALKS, []) is False


def test_a_second_store_on_the_same_file_sees_the_data(path: Path) -> None:
    with Store(path) as writer, Store(path) as reader:
        writer.add(TALKS, [triple(TALKS)])
        # Another connection sees the committed write while the writer is still open (WAL).
        assert reader.has(TALKS)
        assert reader.counts() == {"documents": 1, "triples": 1}
        assert list(reader.triples()) == [triple(TALKS)]
    with Store(path) as reopened:
        assert list(reopened.documents()) == [TALKS]


def test_a_document_whose_triples_fail_is_not_stored(store: Store) -> None:
    def triples() -> Iterator[Triple]:
        yield triple(TALKS)
        raise RuntimeError("extraction crashed")

    with pytest.raises(RuntimeError, match="extraction crashed"):
        store.add(TALKS, triples())
    # The document and its first triple were rolled back together: building again retries it.
    assert store.counts() == {"documents": 0, "triples": 0}
    assert store.add(TALKS, [triple(TALKS)]) is True


def test_a_database_in_a_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "kgraph.db"
    with pytest.raises(WriteError, match=r"kgraph\.db: the folder .*missing does not exist"):
        Store(path)
    assert not path.parent.exists()


def test_a_file_that_is_not_a_database_is_a_write_error(path: Path) -> None:
    path.write_text("Lavrov met Kim.\n", encoding="utf-8")
    with pytest.raises(WriteError, match=r"kgraph\.db: cannot open the database: file is not a"):
        Store(path)


# --- opening a database to read ----------------------------------------------------------------


def test_reading_a_missing_database_names_the_fix_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kgraph.db"
    with pytest.raises(NoDatabase, match=r"kgraph\.db: no such database; create it with: kgraph"):
        open_store(path)
    assert list(tmp_path.iterdir()) == []


def test_reading_a_folder_asks_for_the_database_in_it(tmp_path: Path) -> None:
    with pytest.raises(NoDatabase, match=r": is a folder; name the database in it, such as "):
        open_store(tmp_path)


def test_reading_a_file_that_is_not_sqlite_says_so(path: Path) -> None:
    path.write_text("Lavrov met Kim.\n", encoding="utf-8")
    with pytest.raises(NoDatabase, match=r"kgraph\.db: not a kgraph database \(file is not a"):
        open_store(path)


def test_reading_another_programs_database_says_so_and_leaves_it_as_it_was(path: Path) -> None:
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE notes (text TEXT)")
        other.commit()
    with pytest.raises(NoDatabase, match=r"not a kgraph database \(it has no kgraph tables\)"):
        open_store(path)
    with closing(sqlite3.connect(path)) as other:
        assert [row[0] for row in other.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_reading_a_database_gives_what_was_stored(path: Path) -> None:
    with Store(path) as store:
        store.add(TALKS, [triple(TALKS)])
    with open_store(path) as store:
        assert list(store.triples()) == [triple(TALKS)]


def test_a_folder_is_no_database_to_build_into(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match=r": is a folder; name a database file, such as kgraph"):
        Store(tmp_path)
