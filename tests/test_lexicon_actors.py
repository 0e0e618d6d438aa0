"""How kgraph reads PETRARCH2's actor and agent dictionaries and what their codes say.

The dictionaries are a few lines written for the test, read through ``io.StringIO``; the
people and groups in them are made up.
"""

from __future__ import annotations

import datetime
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.lexicon.petrarch.actors import (
    Actor,
    Role,
    format_role,
    iso_date,
    parse_role,
    read_actors,
)
from kgraph.lexicon.petrarch.agents import read_agents
from kgraph.lexicon.petrarch.codes import actor_code_meaning
from kgraph.lexicon.petrarch.names import readable_name
from kgraph.lexicon.petrarch.source import DictionaryError


def actors(text: str) -> list[Actor]:
    return list(read_actors(io.StringIO(text)))


def roles(actor: Actor) -> list[tuple[str, str | None, str | None]]:
    return [(role.code, role.start, role.end) for role in actor.roles]


NORTHLAND = """\
# an actor dictionary written for the test
NORTHLAND_  [NLD]
+NORTHLANDER_
+PORT_ARTHUR_

ANNA_BERGSTROM_  # CountryInfo.txt
+PRESIDENT_BERGSTROM_
\t[NLDELI 620101-991231]
\t[NLDGOV >000101]
\t[NLDELI]

NORTHERN_LIBERATION_FRONT_(NLF)_ [NLDREB]

HANS_OLSEN_\t[NLDGOV 010101-041231] [IGOUNO >050101]
"""


def test_an_actor_has_its_names_type_and_dated_roles() -> None:
    country, president, front, envoy = actors(NORTHLAND)
    assert (country.name, country.synonyms, country.type) == (
        "Northland",
        ("Northlander", "Port Arthur"),
        "GPE",
    )
    assert (president.name, president.synonyms, president.type) == (
        "Anna Bergstrom",
        ("President Bergstrom",),
        "PERSON",
    )
    assert roles(president) == [
        ("NLDELI", "1962-01-01", "1999-12-31"),
        ("NLDGOV", "2000-01-01", None),
        ("NLDELI", None, None),
    ]
    assert [role.dated for role in president.roles] == [True, True, False]
    # an acronym in parentheses is another name of the group
    assert (front.name, front.synonyms, front.type) == (
        "Northern Liberation Front",
        ("NLF",),
        "ORG",
    )
    # several codes may follow the name on its own line
    assert roles(envoy) == [("NLDGOV", "2001-01-01", "2004-12-31"), ("IGOUNO", "2005-01-01", None)]


def test_each_role_gives_a_country_and_a_sector() -> None:
    envoy = actors(NORTHLAND)[3]
    assert [(role.country, role.sector) for role in envoy.roles] == [("NLD", "GOV"), (None, "IGO")]


@pytest.mark.parametrize(
    ("restriction", "start", "end"),
    [
        ("[NLDGOV 991231-080507]", "1999-12-31", "2008-05-07"),
        ("[NLDGOV 19450101-19501231]", "1945-01-01", "1950-12-31"),
        ("[NLDGOV <061231]", None, "2006-12-31"),
        ("[NLDGOV >20140608]", "2014-06-08", None),
        ("[NLDGOV > 140608]", "2014-06-08", None),
        ("[NLDGOV 19950601 - 19990815]", "1995-06-01", "1999-08-15"),
        # a date with no sign starts the role, as the Phoenix files use it
        ("[NLDGOV 20121204]", "2012-12-04", None),
    ],
)
def test_a_date_restriction(restriction: str, start: str | None, end: str | None) -> None:
    [actor] = actors(f"KARL_NILSSON_\n\t{restriction}\n")
    assert roles(actor) == [("NLDGOV", start, end)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("300101", "2030-01-01"),  # 00 to 30 are this century
        ("310101", "1931-01-01"),
        ("20120229", "2012-02-29"),
        ("201005011", "2010-05-01"),  # a longer run of digits is read by its first eight
    ],
)
def test_a_dictionary_date_is_an_iso_date(text: str, iso: str) -> None:
    assert iso_date(text) == iso


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("\t[NLDGOV 2004017-20061201]", "2: 2004017 is not a date (YYMMDD or YYYYMMDD)"),
        ("\t[NLDGOV 20130229-20140101]", "2: 20130229 is not a date (YYMMDD or YYYYMMDD)"),
        ("\t[NLDGOV 20121207-20120802]", "2: the range 20121207-20120802 ends before it starts"),
        ("\t[NLDGOV >20100101-20120802]", "2: > cannot go with a range of two dates"),
        ("\t[NLD+GOV]", "2: NLD+GOV is not a CAMEO actor code (three-letter codes run together)"),
        (
            "\t[NLDGOV] Oil and gas $3,000",
            "2: codes are [CODE] or [CODE DATES], with nothing around them",
        ),
        ("+NILSSON]_", "2: NILSSON]_ is not an actor's phrase"),
    ],
)
def test_a_bad_line_of_an_actor_is_an_error(line: str, message: str) -> None:
    with pytest.raises(DictionaryError) as raised:
        actors(f"KARL_NILSSON_\n{line}\n\t[NLDGOV]\n")
    assert str(raised.value) == f"<stream>:{message}"


def test_lenient_reading_drops_only_the_bad_restriction() -> None:
    errors: list[DictionaryError] = []
    text = "KARL_NILSSON_\n\t[NLDGOV 2004017-20061201]\n\t[NLDELI]\n"
    [actor] = read_actors(io.StringIO(text), on_error=errors.append)
    assert roles(actor) == [("NLDELI", None, None)]
    assert [str(error) for error in errors] == [
        "<stream>:2: 2004017 is not a date (YYMMDD or YYYYMMDD)"
    ]


def test_an_actor_whose_own_line_is_bad_is_skipped_with_its_synonyms() -> None:
    errors: list[DictionaryError] = []
    text = "KARL_NILSSON_ [NLD+GOV]\n+NILSSON_\n\t[NLDELI]\nANNA_BERG_ [NLDGOV]\n"
    assert [actor.name for actor in read_actors(io.StringIO(text), errors.append)] == ["Anna Berg"]
    assert [str(error) for error in errors] == [
        "<stream>:1: NLD+GOV is not a CAMEO actor code (three-letter codes run together); "
        "the actor is skipped with its synonyms and dates"
    ]


def test_the_null_code_and_alternatives() -> None:
    [actor] = actors("KARL_NILSSON_\n\t[NLDGOV 010101-051231]\n\t[---]\n\t[NLDELI/NLDBUS]\n")
    assert roles(actor) == [
        ("NLDGOV", "2001-01-01", "2005-12-31"),
        ("NLDELI", None, None),
        ("NLDBUS", None, None),
    ]


def test_a_synonym_that_lost_its_plus_names_the_actor_after_it() -> None:
    # the Phoenix files do this: the last line of the run carries the dates
    text = "OLAF_STRAND_\nOLAF_K._STRAND\nPREMIER_STRAND\n\t[NLDGOV 800101-891231]\n"
    [actor] = actors(text)
    assert (actor.name, actor.synonyms) == ("Olaf Strand", ("Olaf K. Strand", "Premier Strand"))
    assert roles(actor) == [("NLDGOV", "1980-01-01", "1989-12-31")]


def test_a_list_of_different_actors_is_not_joined() -> None:
    # names that share no word, or a blank line between them, are different actors
    text = (
        "RED_HAND_BRIGADE\nSONS_OF_THE_VALLEY\n\t[NLDREB]\n\n"
        "NORTH_COUNCIL\n\nNORTH_PARTY [NLDOPP]\n"
    )
    red_hand, sons, council, party = actors(text)
    assert (red_hand.roles, council.roles) == ((), ())
    assert (sons.name, party.name, party.synonyms) == ("Sons of the Valley", "North Party", ())


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("NORTHLAND_ [NLD]", "GPE"),
        ("OLD_NORTHLAND_ [USR]", "GPE"),  # a former state is a place too
        ("EUROPE_ [EUR]", "ORG"),  # a region gives no country
        ("NORTHERN_ARMY_ [NLDMIL]", "ORG"),
        ("KARL_NILSSON_ [NLDELI]", "PERSON"),  # an elite is a person
        ("KARL_NILSSON_\n\t[NLDGOV 010101-051231]", "PERSON"),  # so is who holds a dated role
        ("NORTH_PARTY_\n\t[NLDGOV 010101-051231]", "ORG"),  # unless the name says otherwise
    ],
)
def test_the_type_of_an_actor(entry: str, kind: str) -> None:
    [actor] = actors(entry + "\n")
    assert actor.type == kind


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("RUSGOV", "RUS", "GOV"),
        ("USAGOVMIL", "USA", "GOV"),
        ("TMP", "TLS", None),  # an old code becomes today's
        ("KSVGOV", "XKX", "GOV"),
        ("MNCUSABUS", "USA", "BUS"),  # a company takes the country after MNC
        ("USRARM", "ARM", None),  # and a Soviet republic that after USR
        ("IGOUNOKID", None, "IGO"),
        ("IMGMUSALQ", None, "REB"),  # MUS after IMG is Muslim, not Mauritius
        ("MUS", "MUS", None),  # first, it is Mauritius
        ("IRQMUSSHIREB", "IRQ", "REB"),  # a role wins over a religion
        ("IRQMUSSHI", "IRQ", "REL"),
        ("---GOV", None, "GOV"),
        ("MED", None, "MED"),  # a role alone: no country
        ("MEAREB", None, "REB"),  # a region: no country
        ("ARN", "ARN", None),  # a user's own state is kept as it is
    ],
)
def test_what_an_actor_code_says(code: str, country: str | None, sector: str | None) -> None:
    meaning = actor_code_meaning(code)
    assert (meaning.country, meaning.sector) == (country, sector)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("VLADIMIR_PUTIN_", "Vladimir Putin"),
        ("B._LYNN_PASCOE_", "B. Lynn Pascoe"),
        ("OSAMA_BIN_LADEN", "Osama bin Laden"),
        ("LORD'S_RESISTANCE_ARMY", "Lord's Resistance Army"),
        ("O'BRIEN", "O'Brien"),
        ("ISLAMIC_REPUBLIC_OF_AFGHANISTAN", "Islamic Republic of Afghanistan"),
        ("U.S._DEPARTMENT_OF_STATE", "U.S. Department of State"),
        ("AL-QAEDA_IN_IRAQ", "Al-Qaeda in Iraq"),
        ("F-16", "F-16"),
        ("20TH_BRIGADE", "20th Brigade"),
        ("ABDULLAH_II", "Abdullah II"),
        ("XI_JINPING", "Xi Jinping"),
        ("ICJ_", "ICJ"),
        ("PKK", "PKK"),
        ("NATO", "Nato"),  # an acronym with vowels cannot be told from a name
        ("ST._PETERSBURG_", "St. Petersburg"),
    ],
)
def test_a_readable_name(phrase: str, name: str) -> None:
    assert readable_name(phrase) == name


CODES = st.sampled_from(["NLD", "NLDGOV", "NLDMILSPY", "IGOUNO", "MNCUSA", "USRARM"])
DATES = st.dates(datetime.date(1931, 1, 1), datetime.date(2030, 12, 31))
NAME_WORDS = st.lists(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=9), min_size=1, max_size=4
)


@st.composite
def dated_roles(draw: st.DrawFn) -> tuple[str, str | None, str | None]:
    code, first, last = draw(CODES), draw(DATES), draw(DATES)
    first, last = sorted((first, last))
    shape = draw(st.sampled_from(["range", "before", "after", "none"]))
    start = None if shape in ("before", "none") else first.isoformat()
    end = None if shape in ("after", "none") else last.isoformat()
    return code, start, end


def restriction(code: str, start: str | None, end: str | None) -> str:
    """A date restriction as the actor dictionaries write it, in YYYYMMDD."""
    compact = {"start": (start or "").replace("-", ""), "end": (end or "").replace("-", "")}
    if start and end:
        return f"\t[{code} {compact['start']}-{compact['end']}]"
    if start:
        return f"\t[{code} >{compact['start']}]"
    if end:
        return f"\t[{code} <{compact['end']}]"
    return f"\t[{code}]"


@given(
    NAME_WORDS, st.lists(NAME_WORDS, max_size=3), st.lists(dated_roles(), min_size=1, max_size=4)
)
def test_a_written_actor_reads_back(
    name: list[str], synonyms: list[list[str]], written: list[tuple[str, str | None, str | None]]
) -> None:
    lines = ["_".join(name) + "_", *("+" + "_".join(words) for words in synonyms)]
    lines += [restriction(*role) for role in written]
    [actor] = actors("\n".join(lines) + "\n")
    assert actor.name == readable_name("_".join(name))
    assert roles(actor) == list(dict.fromkeys(written))


@given(dated_roles())
def test_a_role_reads_back_from_the_generated_form(
    written: tuple[str, str | None, str | None],
) -> None:
    code, start, end = written
    meaning = actor_code_meaning(code)
    role = Role(
        code, start, end, meaning.country, meaning.sector, start is not None or end is not None
    )
    assert parse_role(format_role(role)) == role


AGENTS = """\
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
DEPUTY [~GOV]  # an ordinary plural
STATE_MEDIA {} [~GOVMED]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY [NGO~]
"""


def test_agents_with_their_plurals_and_codes() -> None:
    found = [
        (a.noun, a.plurals, a.code, a.roles, a.prefix) for a in read_agents(io.StringIO(AGENTS))
    ]
    assert found == [
        ("police", (), "COP", ("COP",), False),
        ("attorney general", ("attorneys general",), "GOVJUD", ("GOV", "JUD"), False),
        ("deputy", ("deputies",), "GOV", ("GOV",), False),
        ("state media", (), "GOVMED", ("GOV", "MED"), False),
        ("congressman", (), "LEG", ("LEG",), False),
        ("congresswoman", (), "LEG", ("LEG",), False),
        ("human rights body", ("human rights bodies",), "NGO", ("NGO",), True),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ISLAMIC_EXTREMIST", "an agent line reads PHRASE {PLURAL} [CODE]; its [CODE] is required"),
        ("SOLDIER [MIL]", "the code [MIL] is not ~ROLES or ROLES~ (three letters each)"),
        ("SOLDIER [~MI]", "the code [~MI] is not ~ROLES or ROLES~ (three letters each)"),
        (
            "SOLDIER {SOLDIERS [~MIL]",
            "an agent line reads PHRASE {PLURAL} [CODE]; its [CODE] is required",
        ),
        (
            "!MINIST!_OF_DEFENCE [~GOVMIL]",
            "the substitution set !MINIST! is not defined before it is used",
        ),
    ],
)
def test_a_malformed_agent_line_is_an_error(line: str, message: str) -> None:
    with pytest.raises(DictionaryError) as raised:
        list(read_agents(io.StringIO(f"SOLDIER [~MIL]\n{line}\n")))
    assert str(raised.value) == f"<stream>:2: {message}"


ROLE_CODES = st.lists(st.sampled_from(["GOV", "MIL", "MED", "OPP", "NGO"]), min_size=1, max_size=3)


@given(NAME_WORDS, st.none() | NAME_WORDS, ROLE_CODES, st.booleans())
def test_a_written_agent_reads_back(
    words: list[str], plural: list[str] | None, codes: list[str], prefix: bool
) -> None:
    code = "".join(codes)
    written = f"{code}~" if prefix else f"~{code}"
    braces = "" if plural is None else "{" + "_".join(plural) + "} "
    [agent] = read_agents(io.StringIO(f"{'_'.join(words)} {braces}[{written}]\n"))
    assert (agent.noun, agent.code, agent.prefix) == (" ".join(words).lower(), code, prefix)
    if plural is not None:
        assert agent.plurals == (" ".join(plural).lower(),)
