"""The records' fixed sets of values: string Enums that read, compare and write as strings.

A record may hold a member (``Category.CONSULT``) or its plain string (``"CONSULT"``): both are
the same record, with the same id and the same JSON. The sets are those kgraph's own data
files and lexicon use, so that what extraction writes is always a member.
"""

from __future__ import annotations

import json

import pytest

from kgraph.datafiles import rows
from kgraph.ontology import CATEGORIES, load_lexicon
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


def test_the_sets_hold_plovers_16_categories_and_4_quad_classes() -> None:
    assert len(Category) == 16
    assert Category.CONSULT == "CONSULT" and Category.ASSAULT == "ASSAULT"
    assert [quad.value for quad in Quad] == [
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    ]
    assert tuple(Category) == CATEGORIES


def test_each_category_has_its_quad_class_from_the_lexicon() -> None:
    lexicon = load_lexicon()
    assert lexicon.quad(Category.CONSULT) is not None
    assert {lexicon.quad(category) for category in Category} == set(Quad)


@pytest.mark.parametrize(
    ("package", "name", "column"),
    [
        ("kgraph.resolve", "roles.tsv", 1),
        ("kgraph.resolve", "organisations.tsv", 2),
        ("kgraph.resolve", "people.tsv", 2),
    ],
)
def test_every_sector_in_the_data_files_is_a_sector(package: str, name: str, column: int) -> None:
    sectors = {row[column] for row in rows(package, name)} - {"-", ""}
    assert sectors <= set(Sector), sorted(sectors - set(Sector))


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
