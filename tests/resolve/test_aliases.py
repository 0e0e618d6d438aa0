"""Short names to the full name the document gives."""

from __future__ import annotations

from tests.coding import triples


def test_an_arabic_article_is_no_part_of_the_name_it_joins(nlp):
    text = ("Egyptian President Abdel-Fattah el-Sissi arrived in Doha. "
            "Sissi met Qatar's emir on Monday.")
    assert "Abdel-Fattah el-Sissi" in {t.subject.name for t in triples(nlp, text)}


def test_a_short_name_is_the_longest_of_the_names_that_hold_it(nlp):
    text = ("Sheikh Tamim bin Hamad Al-Thani arrived in Cairo. Sheikh Tamim met Egypt's "
            "president. Tamim left on Monday after he met Jordan's king.")
    names = {t.subject.name for t in triples(nlp, text)}
    assert names <= {"Tamim bin Hamad Al-Thani", "Sheikh Tamim bin Hamad Al-Thani"}


def test_a_word_any_body_is_named_by_is_no_listed_body(nlp):
    text = "Chile appealed to the Organization for the Andes and the Senate."
    assert "Tanzim" not in {t.object.name for t in triples(nlp, text)}


def test_a_body_of_a_states_government_no_list_places_is_of_the_storys_country(nlp):
    text = "ACCRA, Ghana - The Department of Ports criticized Togo on Monday."
    subjects = {(t.subject.name, t.subject.country) for t in triples(nlp, text)}
    assert ("Department of Ports", "GHA") in subjects


def test_the_government_of_the_storys_country_is_named_as_the_story_names_it(nlp):
    text = ("QUITO, Ecuador - The World Bank voiced concern over certain government policies. "
            "The Ecuadorian government plans to raise fuel prices.")
    targets = {(t.object.name, t.object.country) for t in triples(nlp, text)}
    assert targets == {("Ecuadorian government", "ECU")}
