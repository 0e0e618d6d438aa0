"""Clause rules, one construction a row: sentence in, (subject, lemma, category, object) out.

Sentences are written for the tests; each names the construction it pins.
"""

from __future__ import annotations

import pytest

from kgraph.pipeline import triples_of
from kgraph.records import Document
from tests.coding import rows, triples


def subjects(nlp, text: str, attribute: str) -> set[tuple[str, str | None]]:
    """Each subject's name with one of its attributes ("country", "sector")."""
    return {(t.subject.name, getattr(t.subject, attribute)) for t in triples(nlp, text)}


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    [
        ("nominal subject and direct object",
         "Japanese Prime Minister Kenji Morita met Indian Prime Minister Arjun Mehta.",
         ("Kenji Morita", "meet", "CONSULT", "Arjun Mehta")),
        ("prepositional target",
         "The Brazilian government delivered vaccines to Angola on Monday.",
         ("Brazilian government", "deliver", "AID", "Angola")),
        ("light verb with event noun and target",
         "Poland held talks with Lithuania about the border.",
         ("Poland", "hold talk", "CONSULT", "Lithuania")),
        ("light verb of sanctions",
         "Canada imposed sanctions on Iran after the vote.",
         ("Canada", "impose sanction", "SANCTION", "Iran")),
        ("passive with a by-agent",
         "The Malian army was attacked by Tuareg rebels.",
         ("Tuareg rebels", "attack", "ASSAULT", "Malian army")),
        ("infinitive of a threat",
         "Iran threatened to attack Kurdish fighters in Iraq.",
         ("Iran", "attack", "THREATEN", "Kurdish fighters")),
        ("refusal of an act",
         "Serbia refused to recognize Kosovo.",
         ("Serbia", "recognize", "REJECT", "Kosovo")),
        ("announced intent of cooperation",
         "Norway will provide emergency aid to Ethiopia.",
         ("Norway", "provide aid", "AGREE", "Ethiopia")),
        ("demand with a clausal target",
         "China demanded that the United States cancel the arms sale.",
         ("China", "demand", "REQUEST", "United States")),
        ("possessor acting through a thing",
         "Spain will support Morocco's bid to host the summit.",
         ("Spain", "support", "AGREE", "Morocco")),
        ("owner of the thing acted on",
         "Ethiopian troops burned Somali villages near the border.",
         ("Ethiopian troops", "burn", "ASSAULT", "Somalia")),
        ("actor of the thing's by-phrase",
         "Yemen rejected calls by Kenya for new talks.",
         ("Yemen", "reject call", "REJECT", "Kenya")),
        ("the subject's own thing is no target",
         "Syria offered its troops to Lebanon.",
         ("Syria", "offer", "AGREE", "Lebanon")),
        ("obligation in reported speech is a demand",
         "The European Union declared that Serbia must withdraw its troops.",
         ("European Union", "declare", "REQUEST", "Serbia")),
        ("adjective of readiness governing an infinitive",
         "Norway is ready to send engineers to Chad.",
         ("Norway", "send", "AGREE", "Chad")),
        ("recipient over the thing given",
         "Kenya contributed troops to Somalia.",
         ("Kenya", "contribute", "AID", "Somalia")),
        ("own forces of a deployment, and the place deployed to",
         "Venezuela deployed troops near Guyana.",
         ("Venezuela", "deploy", "MOBILIZE", "Guyana")),
        ("place withdrawn from",
         "Nigeria withdrew its peacekeepers from Chad.",
         ("Nigeria", "withdraw", "RETREAT", "Chad")),
        ("prepositional verb and an event noun of purpose",
         "The archbishop called for sanctions against Nigeria.",
         ("archbishop", "call for", "REQUEST", "Nigeria")),
        ("gerund of means shares the subject",
         "Russia broke the embargo by arming Syria.",
         ("Russia", "arm", "AID", "Syria")),
        ("participle on a noun made by the subject",
         "The rebels issued a statement demanding that Uganda release prisoners.",
         ("rebels", "demand", "REQUEST", "Uganda")),
        ("part of a group acts as the group",
         "A group of Chechen refugees accused the Russian government of neglect.",
         ("Chechen refugees", "accuse", "ACCUSE", "Russian government")),
        ("dative given as a preposition",
         "Chirac issued a warning to Iraq.",
         ("Chirac", "issue warning", "THREATEN", "Iraq")),
        ("abbreviated state",
         "Yemen rejected a U.S. request.",
         ("Yemen", "reject request", "REJECT", "United States")),
        ("a thing acts for its owner",
         "Israeli army bulldozers demolished Palestinian homes.",
         ("Israeli army", "demolish", "COERCE", "Palestine")),
        ("owner through a part of a thing",
         "Burmese troops captured part of a Karen guerrilla stronghold.",
         ("Burmese troops", "capture", "COERCE", "Karen guerrilla")),
        ("mediation between two sides",
         "The Arab League launched a mediation effort between Qatar and Bahrain.",
         ("Arab League", "launch mediation", "CONSULT", "Qatar")),
        ("owner of a thing coordinated with an actor",
         "The rebels demanded the removal of President Paul Kagame and his party.",
         ("rebels", "demand", "REQUEST", "Paul Kagame")),
        ("place of a material act with no other target",
         "Serbia eased emergency measures in Kosovo on Wednesday.",
         ("Serbia", "ease", "CONCEDE", "Kosovo")),
        ("capital standing for its state",
         "Warsaw accused Minsk of staging the crisis.",
         ("Poland", "accuse", "ACCUSE", "Belarus")),
        ("coordinated things acted on lead to their target",
         "Ethiopian forces launched artillery and rocket fire against Eritrean positions.",
         ("Ethiopian forces", "launch fire", "ASSAULT", "Eritrea")),
        ("the name beside the place of a material act",
         "Separatists detonated two bombs in the capital Colombo.",
         ("Separatists", "detonate", "ASSAULT", "Sri Lanka")),
        ("a state the model took for no entity, owning the thing that acts",
         "Recent US drone strikes killed three Taliban commanders.",
         ("United States", "kill", "ASSAULT", "Taliban commanders")),
        ("whom a thing is taken from",
         "Malian police confiscated weapons from Tuareg militias.",
         ("Malian police", "confiscate", "COERCE", "Tuareg militias")),
        ("who made the thing acted on",
         "Kenyan police broke up a rally organised by opposition supporters.",
         ("Kenyan police", "break up", "COERCE", "opposition supporters")),
        ("agents of a body",
         "Canadian border agents detained two Haitian migrants.",
         ("Canadian border agents", "detain", "COERCE", "Haitian migrants")),
        ("an event noun carried by a verb of aspect, and the place its force leaves",
         "Moscow completed the pullout of its troops from Moldova.",
         ("Russia", "complete pullout", "RETREAT", "Moldova")),
        ("a decision is the act, and an object the parser made its infinitive's subject",
         "Kenya's Supreme Court decided to allow candidate Peter Kamau to run in the election.",
         ("Kenya's Supreme Court", "allow", "CONCEDE", "Peter Kamau")),
        ("a demand made by demonstrating is the protest",
         "Students staged rallies in Jakarta to demand reforms from the Indonesian government.",
         ("Students", "demand", "PROTEST", "Indonesian government")),
    ],
)
def test_construction(nlp, construction, text, expected):
    assert expected in rows(nlp, text), construction


def test_coordinated_subjects_both_act(nlp):
    found = rows(nlp, "Egypt and Jordan condemned the attack on Lebanon.") | rows(
        nlp, "Chile and Peru accused Bolivia of smuggling."
    )
    assert ("Chile", "accuse", "ACCUSE", "Bolivia") in found
    assert ("Peru", "accuse", "ACCUSE", "Bolivia") in found


def test_coordinated_objects_are_each_targets(nlp):
    found = rows(nlp, "Germany sanctioned Iran and Syria.")
    assert {("Germany", "sanction", "SANCTION", "Iran"),
            ("Germany", "sanction", "SANCTION", "Syria")} <= found


def test_reciprocal_verb_with_coordinated_subjects(nlp):
    found = rows(nlp, "Kenji Morita and Arjun Mehta discussed trade.")
    assert ("Kenji Morita", "discuss", "CONSULT", "Arjun Mehta") in found
    assert ("Arjun Mehta", "discuss", "CONSULT", "Kenji Morita") in found


def test_negation_is_recorded(nlp):
    (triple,) = [t for t in triples(nlp, "France did not sanction Mali.")
                 if t.object.name == "Mali"]
    assert triple.action.negated


def test_reported_speech_is_attributed_and_not_a_triple_of_saying(nlp):
    found = triples(nlp, "Britain said Iran had delivered drones to Russia.")
    assert [(t.subject.name, t.object.name, t.attributed_to) for t in found] == [
        ("Iran", "Russia", "United Kingdom")
    ]


def test_title_and_name_split(nlp):
    text = "Russian Foreign Minister Sergei Lavrov met Chinese President Xi Jinping."
    (triple,) = triples(nlp, text)
    assert (triple.subject.name, triple.subject.text) == (
        "Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov")
    assert (triple.subject.country, triple.subject.sector) == ("RUS", "GOV")
    assert (triple.object.name, triple.object.country) == ("Xi Jinping", "CHN")


def test_alias_resolved_to_the_full_name_in_the_document(nlp):
    text = ("Kenyan President Grace Otieno arrived in Addis Ababa on Monday. "
            "Otieno met Ethiopia's prime minister on Tuesday.")
    (triple,) = triples(nlp, text)
    assert (triple.subject.name, triple.subject.text) == ("Grace Otieno", "Otieno")
    assert triple.subject.id == "grace-otieno"


def test_pronoun_in_reported_clause_is_the_speaker(nlp):
    found = rows(nlp, "Hungary has said it will support Serbia's bid.")
    assert ("Hungary", "support", "AGREE", "Serbia") in found


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted about an hour on Thursday.",
        "Ministers met for two days in March 2024.",
        "The delegation arrived at the stopover.",
    ],
)
def test_dates_durations_and_things_are_no_actors(nlp, text):
    for triple in triples(nlp, text):
        for actor in (triple.subject, triple.object):
            assert actor.type in {"PERSON", "ORG", "GPE", "GROUP"}
            assert not any(ch.isdigit() for ch in actor.name)
            assert actor.name.lower() not in {"thursday", "hour", "two days", "stopover"}


@pytest.mark.parametrize(
    ("construction", "text"),
    [
        ("condition", "Iran will attack if Israel bombs Syria."),
        ("what another is asked to do", "Greece demanded that Italy expel Turkey's envoy."),
        ("obligation", "Officials said Libya must surrender the suspects to Britain."),
    ],
)
def test_unrealised_clauses_are_no_events(nlp, construction, text):
    pairs = {(t.subject.name, t.object.name) for t in triples(nlp, text)}
    assert not pairs & {("Israel", "Syria"), ("Italy", "Turkey"), ("Libya", "United Kingdom")}


def test_nameless_group_takes_the_country_of_the_actor_it_acts_with(nlp):
    (triple,) = triples(nlp, "Egyptian police dispersed fundamentalist demonstrators.")
    assert (triple.object.name, triple.object.country) == ("fundamentalist demonstrators", "EGY")


@pytest.mark.parametrize(
    "text",
    ["Beijing deployed six more coast guard ships to the area.",
     "Latvia said it was ready to send border guards to help."],
)
def test_the_forces_one_deploys_or_sends_are_no_target(nlp, text):
    assert not triples(nlp, text)


def test_a_participle_of_no_known_act_makes_nothing(nlp):
    found = rows(nlp, "Angry Dutch farmers blocked the bridge spanning the Rhine.")
    assert not {lemma for _, lemma, _, _ in found} & {"span"}


def test_unknown_person_is_given_no_guessed_country(nlp):
    (triple,) = triples(nlp, "President Tamsin Arkwright criticized Kenya.")
    assert (triple.subject.name, triple.subject.country) == ("Tamsin Arkwright", None)


def test_listed_person_named_without_country_is_given_theirs(nlp):
    (triple,) = triples(nlp, "President Museveni criticized Kenya.")
    assert (triple.subject.name, triple.subject.country, triple.subject.sector) == (
        "Museveni", "UGA", "GOV")


@pytest.mark.parametrize(
    ("text", "subject", "sector"),
    [
        ("Hamas leaders rejected the Egyptian proposal.", "Hamas leaders", "REB"),
        ("The UN envoy met Houthi officials in Sanaa.", "UN envoy", "IGO"),
        ("Pentagon officials criticized China.", "Pentagon officials", "MIL"),
        ("Egyptian officials criticized Israel.", "Egyptian officials", "GOV"),
    ],
)
def test_an_office_in_a_body_takes_the_body_s_sector(nlp, text, subject, sector):
    assert subjects(nlp, text, "sector") == {(subject, sector)}


def test_a_name_the_model_took_for_a_noun_is_still_a_name(nlp):
    (triple,) = triples(nlp, "Zelenskyy thanked Germany for air defence systems.")
    assert (triple.subject.name, triple.subject.type, triple.subject.country) == (
        "Zelenskyy", "PERSON", "UKR")


def test_a_leader_modifying_a_body_gives_it_their_country(nlp):
    (triple,) = triples(nlp, "The Bush administration criticized Cuba.")
    assert (triple.subject.name, triple.subject.country) == ("Bush administration", "USA")


@pytest.mark.parametrize(
    ("text", "subject", "country"),
    [
        ("Police in Basra arrested two British journalists.", "Police", "IRQ"),
        ("Chechen rebels attacked a Russian convoy.", "Chechen rebels", "RUS"),
        ("Rebels in Darfur attacked Sudanese troops.", "Rebels", "SDN"),
    ],
)
def test_a_city_or_region_gives_its_country(nlp, text, subject, country):
    assert subjects(nlp, text, "country") == {(subject, country)}


def test_a_city_stays_an_actor_of_its_own(nlp):
    (triple,) = triples(nlp, "Taliban fighters shelled Kandahar on Monday.")
    assert (triple.object.name, triple.object.country) == ("Kandahar", "AFG")


def test_non_state_group_carries_its_country(nlp):
    (triple,) = triples(nlp, "Hezbollah guerrillas attacked an army post.")
    assert (triple.subject.name, triple.subject.country) == ("Hezbollah guerrillas", "LBN")


def test_a_dateline_is_no_subject(nlp):
    from kgraph.pipeline import extract_documents

    text = "BAMAKO — Tuareg rebels attacked the Malian army on Thursday."
    ((_, found),) = extract_documents([Document("wire", text)], nlp)
    assert [(t.subject.name, t.object.name) for t in found] == [("Tuareg rebels", "Malian army")]


def test_a_title_alone_is_the_one_person_holding_it(nlp):
    text = ("Kenyan Foreign Minister Grace Otieno arrived in Addis Ababa. "
            "The foreign minister met Ethiopian officials on Tuesday.")
    (triple,) = triples(nlp, text)
    assert (triple.subject.name, triple.subject.text) == ("Grace Otieno", "foreign minister")


def test_nameless_actors_are_told_apart_by_country_or_article(nlp):
    def subject_id(text: str, doc_id: str) -> str:
        (triple,) = triples_of(nlp(text), Document(doc_id, text))
        return triple.subject.id

    national = "The Sudanese government accused Chad."
    assert subject_id(national, "a") == subject_id(national, "b") == "sudanese-government-sdn"
    unknown = "Rebels praised Chad."
    assert subject_id(unknown, "a") != subject_id(unknown, "b")


def test_a_bare_government_of_no_country_is_no_actor(nlp):
    """"The government" that the text gives no country names nobody (issue 10)."""
    assert triples(nlp, "The government praised Chad.") == []


def test_a_body_named_again_by_its_role_is_the_same_body(nlp):
    text = "The Sudanese government accused the rebels. The government praised Chad."
    assert {t.subject.id for t in triples(nlp, text)} == {"sudanese-government-sdn"}


def test_a_body_is_not_another_of_the_same_role(nlp):
    text = "Ukrainian forces shot down Russian drones. The air force praised Poland."
    assert {t.subject.name for t in triples(nlp, text)} == {"Ukrainian forces", "air force"}


def test_cooperation_refused_is_a_rejection(nlp):
    found = rows(nlp, "Chile has not agreed to restore the rights of Bolivian traders.")
    assert ("Chile", "restore", "REJECT", "Bolivian traders") in found
