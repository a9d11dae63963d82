"""Short quotations read from the article's own parse, and the framing taking that reading
instead of parsing their paragraphs again, on sentences written here."""

from __future__ import annotations

from crosswire.compare.distance_marks import names_things
from crosswire.models import Article, DateEstimate
from crosswire.nlp import analyse

UNDATED = DateEstimate(None, "unknown", "", 0.0)
TEXT = ('The council of Varnholt approved the "harbour renewal" on Tuesday.\n'
        'Mayor Edda Lindqvist said the plan was "going ahead regardless" of the vote.')


def test_an_articles_analysis_reads_its_short_quotations_from_its_own_parse(nlp):
    article = Article("v1", "v1.txt", "Varnholt Courier", None, UNDATED, "en", TEXT)
    (analysis,) = analyse([article], nlp=nlp)
    read = {q.span.text: q.names_thing for q in analysis.short_quotations}
    assert read == {'"harbour renewal"': True, '"going ahead regardless"': False}
    assert all(q.span.article == "v1" and TEXT[q.span.start:q.span.end] == q.span.text
               for q in analysis.short_quotations)


def test_the_framing_takes_a_quotations_recorded_reading_and_parses_only_the_others(nlp):
    article = Article("v1", "v1.txt", "Varnholt Courier", None, UNDATED, "en", TEXT)
    (analysis,) = analyse([article], nlp=nlp)
    naming, acting = sorted((q.span for q in analysis.short_quotations), key=lambda span: span.start)
    quoted = [(TEXT, naming), (TEXT, acting)]
    # a paragraph's parse, where nothing is recorded (an article from the archive)
    assert names_things(quoted, read={}) == [True, False]
    # the recorded reading wins: no paragraph is parsed for it
    assert names_things(quoted, read={naming: False}) == [False, False]
    assert names_things(quoted, read={naming: False, acting: True}) == [False, True]
