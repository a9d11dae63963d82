"""A report's findings are facts told: they give their issuer no side on their own."""

from __future__ import annotations

from dataclasses import replace

from crosswire.compare.positions import find_positions
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    Issue,
    MergedAnalysis,
    Resolution,
    Statement,
)
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
TEXT = ("The tram levy funds a depot that blockaded the old quarry, according to a survey by "
        "the Ostrava Trust. The tram levy is unfair to riders, the Ostrava Trust's audit found. "
        "The tram levy raised fares, according to the Ostrava Trust.")


def _said(id_: str, article: Article, words: str, cue: str, cue_type: str) -> Statement:
    return Statement(id_, words_in(article.text, words, article.id), "indirect",
                     found_in(article.text, cue, article.id), None, Resolution("named", 1.0),
                     speaker="trust", cue_type=cue_type)


def _story(*statements: Statement, article: Article) -> tuple[MergedAnalysis, list[Issue]]:
    merged = MergedAnalysis(articles=[article], statements=list(statements),
                            actors=[Actor("trust", "Ostrava Trust", "organization", ["Ostrava Trust"], [])])
    issue = Issue(id="issue:tram levy", label="tram levy", terms=["tram", "levy"],
                  statements=[s.id for s in statements])
    return merged, [issue]


def _blockade(article: Article) -> Event:
    span = words_in(article.text, "blockaded", article.id)
    return Event(id="e1", event="SANCTION", mode=None, context=[], trigger=span, evidence=span,
                 actor=[EventParticipant(span, None, "trust")], recipient=[], status="asserted",
                 statement="s1")


def test_a_survey_s_finding_takes_no_side_by_the_events_it_reports_or_by_asserting():
    article = Article("a", "a.txt", "One", "Tram levy", UNDATED, "en", TEXT)
    finding = _said("s1", article, "The tram levy funds a depot that blockaded the old quarry",
                    "according to", "evidence")
    merged, issues = _story(finding, article=article)
    _, positions = find_positions(merged, issues=issues, events=[_blockade(article)])
    assert positions == []
    # the same words spoken as the trust's own take the side their event does
    spoken = replace(finding, cue_type="speech")
    merged, issues = _story(spoken, article=article)
    _, positions = find_positions(merged, issues=issues, events=[_blockade(article)])
    assert [(p.actor, p.stance) for p in positions] == [("trust", "against")]


def test_a_finding_with_a_stance_marker_still_takes_its_side():
    article = Article("a", "a.txt", "One", "Tram levy", UNDATED, "en", TEXT)
    judged = _said("s2", article, "The tram levy is unfair to riders", "found", "evidence")
    plain = _said("s3", article, "The tram levy raised fares", "according to", "evidence")
    merged, issues = _story(judged, plain, article=article)
    _, positions = find_positions(merged, issues=issues)
    assert [(p.actor, p.stance, p.statements) for p in positions] == [("trust", "against", ["s2", "s3"])]
