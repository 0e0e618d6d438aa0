"""The records' fixed sets of values: string Enums that read, compare and write as strings.

A record may hold a member (``Category.CONSULT``) or its plain string (``"CONSULT"``): both are
the same record, with the same id and the same JSON. The sets are those kgraph's own data
files and lexicon use, so that what extraction writes is always a member.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from kgraph.datafiles import rows
from kgraph.lexicon.events import CATEGORIES, load_events
from kgraph.records import (
    Action,
    Actor,
    ActorType,
    Category,
    Modality,
    Quad,
    Sector,
    Triple,
)

KIM = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")


def coded(triple: Triple) -> Triple:
    """The same triple with every value of a fixed set made a member."""
    return Triple.from_dict(json.loads(json.dumps(triple.to_dict())))


def test_the_categories_are_the_lexicons_in_its_order() -> None:
    assert tuple(Category) == CATEGORIES


def test_each_category_has_its_quad_class_from_the_lexicon() -> None:
    events = load_events()
    assert {events.quad(category) for category in Category} == set(Quad)
    # the categories are written a line per quad class, in order
    quads = [events.quad(category) for category in Category]
    assert quads == sorted(quads, key=list(Quad).index)


@pytest.mark.parametrize(
    ("package", "name", "column"),
    [
        ("kgraph.lexicon", "roles.tsv", 1),
        ("kgraph.lexicon", "organisations.tsv", 2),
        ("kgraph.lexicon", "people.tsv", 2),
        ("kgraph.lexicon", "cameo_roles.tsv", 1),
        ("kgraph.lexicon", "generated/actors.tsv", 3),
        ("kgraph.lexicon", "generated/agents.tsv", 2),
    ],
)
def test_every_sector_in_the_data_files_is_a_sector(package: str, name: str, column: int) -> None:
    sectors = {row[column] for row in rows(package, name)} - {"-", ""}
    assert sectors <= set(Sector), sorted(sectors - set(Sector))


def test_every_type_of_the_listed_actors_is_an_actor_type() -> None:
    types = {row[1] for row in rows("kgraph.lexicon", "generated/actors.tsv")}
    assert types <= set(ActorType), sorted(types - set(ActorType))


def test_a_record_read_back_holds_members_and_equals_the_one_written() -> None:
    triple = Triple("d", 0, "Lavrov met Kim.", LAVROV, MEET, KIM, date="2023-10-19")
    read = coded(triple)
    assert read.subject.type is ActorType.PERSON
    assert read.subject.sector is Sector.GOV
    assert (read.action.category, read.action.quad) == (Category.CONSULT, Quad.VERBAL_COOPERATION)
    assert read.action.modality is Modality.ASSERTED
    assert read == triple
    assert read.id == triple.id
    assert hash(read) == hash(triple)
    assert json.dumps(read.to_dict()) == json.dumps(triple.to_dict())


def test_a_value_outside_the_sets_is_read_back_as_it_is() -> None:
    # a store written with a newer lexicon, or by hand, still reads
    triple = Triple("d", 0, "A toured B.", LAVROV, Action("toured", "tour", "TOUR", "x"), KIM)
    assert coded(triple).action.category == "TOUR"
    assert type(coded(triple).action.category) is str


def test_a_member_prints_as_its_value() -> None:
    assert f"{Category.CONSULT}: meet" == "CONSULT: meet"
    assert str(Modality.FUTURE) == "future"
    assert f"{Quad.MATERIAL_CONFLICT:>20}" == "   material_conflict"


@pytest.mark.parametrize(
    "triple",
    [
        Triple("d", 0, "Lavrov met Kim.", LAVROV, MEET, KIM, date="2023-10-19"),
        coded(Triple("d", 3, "Kim did not meet Lavrov.", KIM,
                     Action("meet", "meet", negated=True, modality=Modality.REFUSED), LAVROV,
                     attributed_to="Tass", confidence=0.85)),
    ],
)
def test_a_record_is_what_dataclasses_asdict_gives_in_its_order(triple: Triple) -> None:
    expected = {"id": triple.id, **dataclasses.asdict(triple)}
    assert json.dumps(triple.to_dict()) == json.dumps(expected)
