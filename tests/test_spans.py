"""Every span of a real briefing names the words it points at, and spans are stored flat."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosswire.archive.records import dumps, loads
from crosswire.ingest import read_inputs
from crosswire.models import Briefing, ClaimVersion, Condition, Event, Mention, Statement, TextSpan
from crosswire.pipeline import run

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@pytest.fixture(scope="module")
def briefing(nlp) -> Briefing:
    return run(read_inputs([str(SEEDS)]), nlp=nlp, date_hint="2022", workers=1)


def spans_in(record: Any, *, article: str | None = None,
             holder: str = "") -> Iterator[tuple[TextSpan, str | None, str]]:
    """Each span under ``record`` with the article it lies in and the field that holds it."""
    if isinstance(record, TextSpan):
        yield record, record.article or article, holder
    elif dataclasses.is_dataclass(record):
        if isinstance(record, Event):
            article = record.evidence.article  # its participants name no article
        for field in dataclasses.fields(record):
            yield from spans_in(getattr(record, field.name), article=article,
                                holder=f"{type(record).__name__}.{field.name}")
    elif isinstance(record, list | tuple):
        for item in record:
            yield from spans_in(item, article=article, holder=holder)
    elif isinstance(record, dict):
        for item in record.values():
            yield from spans_in(item, article=article, holder=holder)


def test_every_span_of_a_briefing_is_the_text_it_names(briefing):
    texts = {article.id: article.text for article in briefing.articles}
    titles = {article.id: article.title for article in briefing.articles}
    holders: Counter[str] = Counter()
    for span, article, holder in spans_in(briefing):
        assert article in texts, (holder, span)
        # a headline's words (part "title") count in the title, every other span in the text
        words = titles[article] if span.part == "title" else texts[article]
        assert words is not None and words[span.start:span.end] == span.text, (holder, span)
        holders[holder] += 1
    # every record that points into the text was among them
    assert {
        "Mention.span", "Statement.span", "Statement.cue", "Statement.speaker_words",
        "Actor.seen", "Event.trigger", "Event.evidence", "EventParticipant.span",
        "ClaimVersion.span", "Position.evidence", "TermUse.evidence", "DateEstimate.span",
        "OutletFraming.headlines",
    } <= set(holders), holders


def test_records_with_spans_are_stored_in_their_flat_shape(briefing):
    statement = next(s for s in briefing.statements if s.cue and s.speaker_words)
    assert list(json.loads(dumps(statement))) == [
        "id", "article", "start", "end", "text", "kind", "cue", "cue_start", "cue_end",
        "speaker_text", "speaker_start", "speaker_end", "resolution", "speaker_mention",
        "speaker", "via", "addressee", "said_on", "cue_type",
        # a joint statement's other speakers, added after the older keys
        "co_speaker_mentions", "co_speakers",
        # whom an unnamed source speaks for, added after those
        "affiliation_mention", "affiliation",
    ]
    event = next(e for e in briefing.events if e.actor)
    stored = json.loads(dumps(event))
    assert list(stored["actor"][0]) == ["text", "code", "start", "end", "actor"]
    assert list(stored["trigger"]) == ["text", "start", "end", "article"]
    claim = next(c for c in briefing.claims)
    assert list(json.loads(dumps(claim))["versions"][0]) == [
        "statement", "article", "outlet", "text", "start", "end", "kind", "via",
        "speaker_text", "event",
    ]


def test_flat_records_read_back_whole(briefing):
    for cls, records in ((Statement, briefing.statements), (Mention, briefing.mentions),
                         (Event, briefing.events),
                         (ClaimVersion, [v for c in briefing.claims for v in c.versions])):
        assert records, cls
        for record in records:
            assert loads(cls, dumps(record)) == record
    conditions = [c for e in briefing.events for c in e.conditions]
    conditions += [c for p in briefing.positions for c in p.conditions]
    for condition in conditions:
        assert loads(Condition, dumps(condition)) == condition


def test_a_statement_without_speaker_words_reads_back_without_them(briefing):
    statement = dataclasses.replace(briefing.statements[0], speaker_words=None, cue=None)
    stored = json.loads(dumps(statement))
    assert (stored["cue"], stored["cue_start"], stored["speaker_text"]) == (None, None, None)
    assert loads(Statement, dumps(statement)) == statement
