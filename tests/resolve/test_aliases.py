"""Short names to the full name the document gives."""

from __future__ import annotations

from tests.coding import triples


def test_an_arabic_article_is_no_part_of_the_name_it_joins(nlp):
    text = ("Egyptian President Abdel-Fattah el-Sissi arrived in Doha. "
            "Sissi met Qatar's emir on Monday.")
    assert "Abdel-Fattah el-Sissi" in {t.subject.name for t in triples(nlp, text)}
