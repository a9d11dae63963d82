"""Timeline order, dates and sources."""

from __future__ import annotations

from dataclasses import replace

from crosswire.compare.timeline import build_timeline
from crosswire.models import (
    Article,
    Claim,
    ClaimVersion,
    DateEstimate,
    Event,
    EventParticipant,
    MergedAnalysis,
    Resolution,
    Statement,
    TextSpan,
)
from text_spans import words_in


def _doer(text: str, words: str, article: str) -> EventParticipant:
    """An event's doer: ``words`` where they first stand in ``text``."""
    return EventParticipant(words_in(text, words, article), None)


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
    event = Event("a:e0.0", "ASSAULT", None, [], [_doer(text, "rebels", "a")], [],
                  TextSpan("attacked", 18, 26, "a"),
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
    events = [Event(f"{art.id}:e0.0", "RETREAT", None, [], [_doer(art.text, "Troops", art.id)], [],
                    TextSpan("left", 7, 11, art.id),
                    TextSpan("Troops left.", 0, 12, art.id)) for art in (a, b)]
    entries = build_timeline(MergedAnalysis([a, b], [], []), claims=[], events=events)
    assert [(e.ref, e.date.value, e.date.precision) for e in entries] == [
        ("b:e0.0", "2023-01", "month"), ("a:e0.0", None, "unknown")]


def _article(id_, text, published):
    return Article(id_, f"{id_}.txt", f"Outlet {id_}", None, published, "en", text)


def _event(article, sentence, trigger, *, status="asserted", n=0, kind="ASSAULT", doer=None):
    """An event of ``sentence`` (its first word its doer, unless ``doer`` names it)."""
    start = article.text.index(sentence)
    at = article.text.index(trigger, start)
    doer_at = article.text.index(doer, start) if doer else start
    doer_words = doer or sentence.split()[0]
    doers = [EventParticipant(TextSpan(doer_words, doer_at, doer_at + len(doer_words), article.id),
                              None)]
    return Event(f"{article.id}:e{n}.0", kind, None, [], doers, [],
                 TextSpan(trigger, at, at + len(trigger), article.id),
                 TextSpan(sentence, start, start + len(sentence), article.id), status=status)


WEDNESDAY = DateEstimate("2025-12-31", "day", "dateline: Dec. 31, 2025", 0.85)


def test_a_datelines_date_is_the_articles_not_the_events():
    text = "MARLOW, Dec. 31, 2025 (Tolven Daily) - Floodwater reached the mill on Monday."
    article = _article("a", text, WEDNESDAY)
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "reached")])
    assert (entry.date.value, entry.date.evidence, entry.date.basis) == (
        "2025-12-29", "on Monday", "relative")


def test_the_phrase_nearest_the_event_dates_it_and_a_plan_looks_forward():
    text = "Engineer Ansel Brede said on Friday that the pier would be rebuilt by March 14."
    article = _article("a", text, DateEstimate("2026-01-02", "day", "dateline", 0.85))
    said = _event(article, text, "said")
    rebuilt = _event(article, text, "rebuilt", status="future", n=1)
    entries = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[said])
    assert entries[0].date.value == "2026-01-02"
    entries = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[rebuilt])
    assert (entries[0].date.value, entries[0].date.basis) == ("2026-03-14", "year inferred")


def test_a_date_inside_a_quote_does_not_date_the_saying():
    text = '"We will know more by Monday," Brede said.'
    article = _article("a", text, DateEstimate("2026-01-02", "day", "dateline", 0.85))
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "said")])
    assert (entry.date.value, entry.date.basis) == ("2026-01-02", "publication")


def test_a_recap_moves_its_own_last_date():
    first = "On December 29, divers found a breach in the sea wall."
    second = "The next day the harbour was closed."
    article = _article("a", f"{first} {second}",
                       DateEstimate("2026-01-08", "day", "stated on the page", 0.95))
    entries = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, first, "found"),
                                     _event(article, second, "closed", n=1)])
    assert [(e.date.value, e.date.basis) for e in entries] == [
        ("2025-12-29", "year inferred"), ("2025-12-30", "relative")]
    assert "after On December 29" in entries[1].date.evidence


def test_the_publication_alone_dates_with_less_confidence_and_after_stated_dates():
    text = "Crews cleared the road. On Wednesday the council met."
    article = _article("a", text, WEDNESDAY)
    entries = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[
        _event(article, "Crews cleared the road.", "cleared"),
        _event(article, "On Wednesday the council met.", "met", n=1)])
    assert [e.date.basis for e in entries] == ["relative", "publication"]
    assert entries[0].date.value == entries[1].date.value == "2025-12-31"
    assert entries[1].date.confidence == round(0.85 * 0.5, 3)
    assert entries[1].date.evidence == "published 2025-12-31 (dateline: Dec. 31, 2025)"


def test_a_week_across_new_year_still_takes_its_place():
    text = "Rain fell all last week. The levee broke on Monday."
    article = _article("a", text, DateEstimate("2026-01-07", "day", "dateline", 0.85))
    entries = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[
        _event(article, "The levee broke on Monday.", "broke"),
        _event(article, "Rain fell all last week.", "fell", n=1)])
    week, monday = entries
    assert (week.date.value, week.date.earliest, week.date.latest) == (
        None, "2025-12-29", "2026-01-04")
    assert monday.date.value == "2026-01-05"


def test_a_weekday_read_against_a_bare_year_places_nothing():
    text = "Crews cleared the road on Sunday."
    article = _article("a", text, DateEstimate("2022", "year", "date given by the user", 0.9))
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "cleared")])
    assert (entry.date.value, entry.date.basis) == ("2022", "publication")


def test_a_date_outside_a_scare_quote_still_dates_the_act():
    text = 'The army began its "special operation" on February 24.'
    article = _article("a", text, DateEstimate("2022-11-22", "day", "metadata", 1.0))
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "operation")])
    assert entry.date.value == "2022-02-24"


def test_a_plan_told_in_a_past_report_reads_its_date_forward():
    text = "Mayor Ilse Korr said on Wednesday that the sea wall would be rebuilt by March 14."
    article = _article("a", text, DateEstimate("2026-01-08", "day", "dateline", 0.85))
    said = _event(article, text, "said")
    rebuilt = _event(article, text, "rebuilt", n=1)  # coded as asserted: the words tell the plan
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[said])
    assert entry.date.value == "2026-01-07"
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[rebuilt])
    assert entry.date.value == "2026-03-14"


def test_an_act_denied_or_only_supposed_has_no_place_in_the_chronology():
    # the sentence's main act is denied: the talks inside it do not stand in for it
    text = "Tolvania was not pressing the rebels to hold talks, and no envoy had visited since May."
    article = _article("a", text, DateEstimate("2026-02-04", "day", "dateline", 0.85))
    denied = _event(article, text, "pressing", status="negated")
    inside = _event(article, text, "talks", n=1)
    supposed = _event(article, text, "pressing", status="hypothetical", n=2)
    assert build_timeline(MergedAnalysis([article], [], []), claims=[], events=[denied, inside]) == []
    assert build_timeline(MergedAnalysis([article], [], []), claims=[], events=[supposed]) == []
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[], events=[inside])
    assert entry.ref == inside.id


def test_an_act_told_in_a_claimed_statement_is_the_claims_row_alone():
    text = "In March the ministry announced that ferries would carry guards."
    article = _article("a", text, DateEstimate("2026-06-04", "day", "dateline", 0.85))
    words = words_in(text, "ferries would carry guards", "a")
    statement = Statement("a:s0", words, "indirect", words_in(text, "announced", "a"),
                          words_in(text, "the ministry", "a"), Resolution("named", 1.0))
    claim = Claim("c0", None, [ClaimVersion("a:s0", "Outlet a", words, "indirect")],
                  ["Outlet a"], 1, [["a"]])
    merged = MergedAnalysis([article], [], [statement])
    told = replace(_event(article, text, "carry", doer="ferries"), statement="a:s0")
    denied = replace(told, status="negated")
    for event in (told, denied):
        [entry] = build_timeline(merged, claims=[claim], events=[event])
        assert (entry.kind, entry.ref) == ("statement", "c0")
    # a statement no claim tells leaves its act a row of the outlet's
    [entry] = build_timeline(merged, claims=[], events=[told])
    assert entry.ref == told.id


def _told_on_friday(when: str) -> list:
    text = f"On Friday the ministry announced that the ferry stopped {when}."
    article = _article("a", text, DateEstimate("2026-06-04", "day", "dateline", 0.85))
    words = words_in(text, f"the ferry stopped {when}", "a")
    statement = Statement("a:s0", words, "indirect", words_in(text, "announced", "a"),
                          words_in(text, "the ministry", "a"), Resolution("named", 1.0),
                          said_on=DateEstimate("2026-05-29", "day", "On Friday", 0.8))
    claim = Claim("c0", None, [ClaimVersion("a:s0", "Outlet a", words, "indirect")],
                  ["Outlet a"], 1, [["a"]])
    stopped = replace(_event(article, text, "stopped", kind="RETREAT", doer="the ferry"),
                      statement="a:s0")
    return build_timeline(MergedAnalysis([article], [], [statement]), claims=[claim],
                          events=[stopped])


def test_an_act_a_claim_tells_keeps_its_row_at_its_own_date():
    assert [(e.kind, e.date.value) for e in _told_on_friday("on March 3")] == [
        ("event", "2026-03-03"), ("statement", "2026-05-29")]
    # "this year" holds the claim's day and tells no more than it
    assert [e.kind for e in _told_on_friday("this year")] == ["statement"]


def test_a_fact_a_claim_tells_by_its_event_is_the_claims_row_alone():
    text = "The ministry closed the ferry route on Friday."
    article = _article("a", text, DateEstimate("2026-06-04", "day", "dateline", 0.85))
    closed = _event(article, text, "closed", kind="SANCTION", doer="The ministry")
    fact = Claim("c0", None, [ClaimVersion("", "Outlet a", words_in(text, text, "a"), "indirect",
                                           event=closed.id)], ["Outlet a"], 1, [["a"]])
    merged = MergedAnalysis([article], [], [])
    [entry] = build_timeline(merged, claims=[fact], events=[closed])
    assert (entry.kind, entry.ref) == ("statement", "c0")
    # dated by its act, as the event's row was, not by the publication alone
    assert (entry.date.value, entry.date.basis) == ("2026-05-29", "relative")


def test_an_event_naming_no_doer_and_no_one_done_to_has_no_row():
    # "funding" is a word the sentence uses, not an act it tells
    text = "Harbour talks stalled amid a quarrel over ferry funding."
    article = _article("a", text, DateEstimate("2026-02-04", "day", "dateline", 0.85))
    mention = replace(_event(article, text, "funding", kind="AID"), actor=[])
    assert build_timeline(MergedAnalysis([article], [], []), claims=[], events=[mention]) == []
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "stalled", kind="REJECT")])
    assert entry.kind == "event"


def test_a_date_naming_another_occasion_does_not_date_the_act():
    text = "The board upheld the ban in the wake of the March 2 flood at the mill."
    article = _article("a", text, DateEstimate("2026-05-06", "day", "metadata", 1.0))
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "upheld")])
    assert (entry.date.value, entry.date.basis) == ("2026-05-06", "publication")
    # the occasion the date names is the act itself
    text = "The March 2 vote removed the harbour master."
    article = _article("a", text, DateEstimate("2026-05-06", "day", "metadata", 1.0))
    [entry] = build_timeline(MergedAnalysis([article], [], []), claims=[],
                             events=[_event(article, text, "vote")])
    assert entry.date.value == "2026-03-02"
