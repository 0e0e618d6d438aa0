"""Article dates: metadata made ISO, the dateline read when there is none, events dated by both."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import build_graph, extract_documents, read_documents
from kgraph.sources.dates import dateline_date, iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-19", "2023-10-19"),
        ("2023-10-19T08:30:00Z", "2023-10-19"),
        ("2023-10-19 08:30", "2023-10-19"),
        ("20231019", "2023-10-19"),
        ("2023/10/19", "2023-10-19"),
        ("2023.10.19", "2023-10-19"),
        ("Thu, 19 Oct 2023 08:30:00 +0900", "2023-10-19"),
        ("October 19, 2023", "2023-10-19"),
        ("Oct. 19, 2023", "2023-10-19"),
        ("Sept 3 2023", "2023-09-03"),
        ("19 October 2023", "2023-10-19"),
        ("3rd March 2024", "2024-03-03"),
        # not read, rather than guessed
        ("10/11/2023", None),
        ("Thursday", None),
        ("2023-02-30", None),
        ("October 19", None),
        ("2023-10", None),
        ("", None),
        (None, None),
    ],
)
def test_metadata_dates_become_iso_dates_or_nothing(value: str | None, expected: str | None):
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("PYONGYANG, Oct. 19, 2023 — Lavrov met Kim.", "2023-10-19"),
        ("PYONGYANG, Oct. 19, 2023 - Lavrov met Kim.", "2023-10-19"),
        ("NEW YORK, October 19, 2023 -- Talks resumed.", "2023-10-19"),
        ("WASHINGTON, Jan. 5, 2024 (Reuters) - Talks resumed.", "2024-01-05"),
        ("LONDON, 5 January 2024 (AFP) – Talks resumed.", "2024-01-05"),
        ("PORT-AU-PRINCE, March 2, 2024: Gangs attacked.", "2024-03-02"),
        # a dateline without a date, or without a year, dates nothing
        ("TOKYO — Japan and Korea met.", None),
        ("MOSCOW: Russia's foreign minister proposed talks.", None),
        ("MOSCOW (Reuters) Jan 5 - Talks resumed.", None),
        # a date in the story is not a dateline
        ("Lavrov met Kim on Oct. 19, 2023 — the first visit.", None),
        ("TOKYO — Japan and Korea met on Oct. 19, 2023.", None),
    ],
)
def test_the_dateline_dates_the_article(opening: str, expected: str | None):
    assert dateline_date(opening) == expected


def test_a_yearless_dateline_takes_a_year_given_to_it():
    assert dateline_date("MOSCOW (Reuters) Jan 5 - Talks resumed.", year=2024) == "2024-01-05"


def read_one(path: Path):
    [document] = read_documents([path])
    return document


def test_an_article_without_a_date_in_its_metadata_is_dated_by_its_dateline(tmp_path: Path):
    path = tmp_path / "visit.txt"
    path.write_text("PYONGYANG, Oct. 19, 2023 — Lavrov met Kim.\n", encoding="utf-8")
    assert read_one(path).date == "2023-10-19"


def test_the_metadata_date_wins_over_the_dateline(tmp_path: Path):
    path = tmp_path / "visit.md"
    path.write_text(
        "---\ndate: 20 October 2023\n---\nPYONGYANG, Oct. 19, 2023 — Lavrov met Kim.\n",
        encoding="utf-8",
    )
    assert read_one(path).date == "2023-10-20"


def test_an_unreadable_metadata_date_gives_way_to_the_dateline(tmp_path: Path):
    path = tmp_path / "visit.md"
    path.write_text(
        "---\ndate: last Thursday\n---\nPYONGYANG, Oct. 19, 2023 — Lavrov met Kim.\n",
        encoding="utf-8",
    )
    assert read_one(path).date == "2023-10-19"


def test_a_dateline_read_as_the_title_still_dates_the_article(tmp_path: Path):
    path = tmp_path / "visit.txt"
    path.write_text("PYONGYANG, Oct. 19, 2023 — The visit was short.\n\nLavrov met Kim.\n")
    document = read_one(path)
    assert (document.title, document.date) == (
        "PYONGYANG, Oct. 19, 2023 — The visit was short.",
        "2023-10-19",
    )


def test_events_take_the_date_of_their_article_and_edges_their_first_and_last(nlp, tmp_path):
    for name, dateline in [("a.txt", "Oct. 19, 2023"), ("b.txt", "Nov. 2, 2023")]:
        (tmp_path / name).write_text(
            f"PYONGYANG, {dateline} — The visit was short.\n\nSergei Lavrov met Kim Jong Un.\n",
            encoding="utf-8",
        )
    triples = [t for _, ts in extract_documents(read_documents([tmp_path]), nlp) for t in ts]
    assert [t.date for t in triples] == ["2023-10-19", "2023-11-02"]
    edge = build_graph(triples).edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2023-10-19", "2023-11-02")
