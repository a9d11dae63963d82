"""Timeline order, dates and sources."""

from __future__ import annotations

from crosswire.compare.timeline import build_timeline
from crosswire.models import (
    Article,
    Claim,
    ClaimVersion,
    DateEstimate,
    Event,
    MergedAnalysis,
    Resolution,
    Statement,
    TextSpan,
)
from text_spans import words_in


def test_claims_and_events_in_date_order_with_sources():
    text = "On Monday, rebels attacked the depot. The governor said the roads were open."
    published = DateEstimate("2023-03-08", "day", "metadata", 1.0)
    article = Article("a", "a.txt", "Daily", None, published, "en", text)
    quote = "the roads were open"
    span = words_in(text, quote, "a")
    statement = Statement("s1", span, "indirect", words_in(text, "said", "a"),
                          words_in(text, "The governor", "a"), Resolution("named", 1.0),
                          said_on=DateEstimate("2023-03-07", "day", "on Tuesday", 0.8))
    claim = Claim("c0", None, [ClaimVersion("s1", "Daily", span, "indirect")],
                  ["Daily"], 1, [["a"]])
    sentence = "On Monday, rebels attacked the depot."
    event = Event("a:e0.0", "ASSAULT", None, [], [], [], TextSpan("attacked", 18, 26, "a"),
                  TextSpan(sentence, 0, len(sentence), "a"))
    entries = build_timeline(MergedAnalysis([article], [], [statement]), claims=[claim], events=[event])
    assert [(e.kind, e.ref, e.date.value) for e in entries] == [
        ("event", "a:e0.0", "2023-03-06"), ("statement", "c0", "2023-03-07")]
    assert entries[0].outlets == ["Daily"] and entries[1].articles == ["a"]
    assert entries[0].date.precision == "day"


def test_undated_entries_fall_back_to_publication_or_go_last():
    undated = DateEstimate(None, "unknown", "", 0.0)
    a = Article("a", "a.txt", "X", None, undated, "en", "Troops left.")
    b = Article("b", "b.txt", "Y", None, DateEstimate("2023-01", "month", "text", 0.5), "en", "Troops left.")
    events = [Event(f"{art.id}:e0.0", "RETREAT", None, [], [], [], TextSpan("left", 7, 11, art.id),
                    TextSpan("Troops left.", 0, 12, art.id)) for art in (a, b)]
    entries = build_timeline(MergedAnalysis([a, b], [], []), claims=[], events=events)
    assert [(e.ref, e.date.value, e.date.precision) for e in entries] == [
        ("b:e0.0", "2023-01", "month"), ("a:e0.0", None, "unknown")]
