"""Cross-article analysis: events linked to actors, claims, issues, positions, framing, timeline."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

from crosswire.compare.claims import find_claims
from crosswire.compare.elsewhere import Elsewhere, here
from crosswire.compare.framing import TextFraming, frame, with_claims
from crosswire.compare.issue_words import excluded_words, story_phrases
from crosswire.compare.issues import find_issues
from crosswire.compare.positions import find_positions
from crosswire.compare.sentence_model import default_embedder
from crosswire.compare.story_dates import date_story
from crosswire.compare.story_parts import statements_by_article
from crosswire.compare.timeline import build_timeline, event_date
from crosswire.gc_pause import gc_paused
from crosswire.models import (
    Actor,
    Briefing,
    Event,
    EventParticipant,
    Issue,
    MergedAnalysis,
    Position,
)

__all__ = ["Elsewhere", "compare", "here", "link_events"]

# When several actors' spans overlap a participant phrase equally, the most specific wins.
KIND_PREFERENCE = {"person": 2, "organisation": 1, "group": 0, "place": 0}


# Longer than any actor name, so that no name overlapping a phrase starts before this.
MAX_NAME_CHARS = 200


def link_events(merged: MergedAnalysis, events: list[Event]) -> list[Event]:
    """Tie events to the statement that contains them, their participants to actors,
    and date them."""
    statements_of = statements_by_article(merged.statements)
    spans_of: dict[str, list[tuple[int, int, Actor]]] = {}
    for actor in merged.actors:
        for seen in actor.seen:
            spans_of.setdefault(seen.article, []).append((seen.start, seen.end, actor))
    starts_of: dict[str, list[int]] = {}
    for article_id, spans in spans_of.items():
        spans.sort(key=lambda span: span[0])
        starts_of[article_id] = [start for start, _, _ in spans]
    statements = {s.id: s for s in merged.statements}
    articles = {a.id: a for a in merged.articles}

    def actor_for(participant: EventParticipant, article: str) -> EventParticipant:
        # Only names starting near the phrase can overlap it (names are short).
        starts = starts_of.get(article, [])
        low = bisect_left(starts, participant.span.start - MAX_NAME_CHARS)
        high = bisect_left(starts, participant.span.end)
        hit = participant_actor(participant, spans_of.get(article, [])[low:high])
        return replace(participant, actor=hit) if hit else participant

    linked = []
    for event in events:
        article = event.evidence.article
        if article is None:
            linked.append(event)
            continue
        statement = next((s for s in statements_of.get(article, ())
                          if s.span.start <= event.trigger.start
                          and event.trigger.end <= s.span.end), None)
        speaker = event.speaker
        if statement is not None and statement.speaker_words and statement.speaker_words.text:
            # participants name no article: their event's evidence does
            speaker = EventParticipant(span=replace(statement.speaker_words, article=None),
                                       code=None, actor=statement.speaker)
        statement_id = statement.id if statement else None
        # one copy of the event, dated as tied to its statement (a copy per step cost as
        # much as the dating)
        linked.append(replace(
            event,
            statement=statement_id,
            speaker=actor_for(speaker, article) if speaker and not speaker.actor else speaker,
            actor=[actor_for(p, article) for p in event.actor],
            recipient=[actor_for(p, article) for p in event.recipient],
            date=event_date(event, statement=statement_id, statements=statements, articles=articles),
        ))
    return linked


def participant_actor(participant: EventParticipant,
                      spans: Iterable[tuple[int, int, Actor]]) -> str | None:
    """The actor a participant phrase names: the one whose span ends the phrase (its head:
    "Ukrainian President X" is X, not the Ukrainians), then the longest overlap, then a
    person over an organisation over a group or place."""
    best: tuple[bool, int, int] | None = None
    chosen = None
    for start, end, actor in spans:
        overlap = min(end, participant.span.end) - max(start, participant.span.start)
        if overlap <= 0:
            continue
        key = (end >= participant.span.end, overlap, KIND_PREFERENCE.get(actor.kind, 0))
        if best is None or key > best:
            best, chosen = key, actor.id
    return chosen


def compare(merged: MergedAnalysis, *, elsewhere: Elsewhere = here,
            framing_texts: Callable[[], TextFraming] | None = None) -> Briefing:
    """The briefing of merged analyses: their claims, issues, positions, framing and
    timeline, and their events (coded per article while parsing) linked to actors and
    statements and dated.

    The events are linked here, first; the issues and positions (which read them) need no
    claims: they are handed to ``elsewhere`` (the brief pipeline passes a forked process, on
    a core the finished parse left idle) while this process finds the claims, which hand
    their word-for-word matching and their search for pairs to compare by meaning there too.
    Linked here, the events reach the forked process with the rest of its data, and only
    the issues and positions come back: linked there, thousands of events were pickled
    back (a tenth of a second of CPU on both sides), and the forked share, the longest,
    ended last while the other core waited.
    ``framing_texts`` gives the framing's share read from the texts alone (``text_framing``),
    where the caller started it already. Dates an article leaves open that the story
    settles are settled first (``date_story``)."""
    with gc_paused():
        merged = date_story(merged)
        events = link_events(merged, merged.events)
        outlook = elsewhere(functools.partial(_outlook, merged, events))
        claims = find_claims(merged, embed=default_embedder(), elsewhere=elsewhere)
        framing = frame(merged, texts=framing_texts() if framing_texts else None)
        issues, positions = outlook()
        return Briefing(
            articles=merged.articles,
            actors=merged.actors,
            statements=merged.statements,
            mentions=merged.mentions,
            errors=merged.errors,
            events=events,
            claims=claims,
            issues=issues,
            positions=positions,
            framing=with_claims(framing, merged, claims=claims),
            timeline=build_timeline(merged, claims=claims, events=events),
        )


def _outlook(merged: MergedAnalysis, events: list[Event]) -> tuple[list[Issue], list[Position]]:
    """What the speakers make of the story: issues and positions, which read its linked
    ``events`` (``link_events``)."""
    with gc_paused():
        phrases = story_phrases(merged)  # the noun phrases' words: tokenised once for both
        excluded = excluded_words(merged, phrases=phrases)  # words that name no issue: read once for both
        return find_positions(merged, issues=find_issues(merged, excluded=excluded, phrases=phrases),
                              events=events, excluded=excluded, phrases=phrases)
