"""Where a statement's content ends, on sentences written for the tests."""

from __future__ import annotations

from crosswire.models import Article, DateEstimate, Statement
from crosswire.nlp import analyse

PUBLISHED = DateEstimate("2024-03-13", "day", "test", 1.0)


def statements(nlp, text: str) -> list[Statement]:
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=PUBLISHED, language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    return result.statements


def test_a_no_break_space_before_an_according_to_phrase_is_trimmed(nlp):
    found = statements(nlp, "Ferry crossings on the lake were also down,\u00a0according to a "
                            "harbour group.")
    assert [s.span.text for s in found] == ["Ferry crossings on the lake were also down"]



def test_a_place_word_after_an_according_to_source_is_no_content(nlp):
    found = statements(nlp, "Valdoria's shelling of the border towns has led to at least 31 "
                            "civilian deaths, according to authorities there.")
    assert [s.span.text for s in found] == [
        "Valdoria's shelling of the border towns has led to at least 31 civilian deaths"]


def test_a_clause_after_an_according_to_source_is_content(nlp):
    found = statements(nlp, "Prices, according to the bureau, rose by 3% in June.")
    assert [s.span.text for s in found] == ["Prices, according to the bureau, rose by 3% in June"]
