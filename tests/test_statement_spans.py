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

