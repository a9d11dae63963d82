"""Which events become timeline rows: one act per sentence, one row per act across outlets.

A sentence's act is its most salient event (the coder ranks a sentence's events). It has a
row only when a reader can see an act in it:
- not denied or only supposed ("there have been no talks since ...", "if talks fail, ...")
  outside a statement; its lesser events mostly sit inside that act. Told in a statement
  ("the agency announced in May that no one was required to ..."), the telling is an act
  of its own, and keeps the row;
- naming who did it or to whom. An event with neither is a word the sentence only uses
  ("amid a divide over federal funding", "the session ends on Friday", "the agreement is
  largely symbolic"): a row of it tells no act, and the sentence's own words rarely
  carry one the coder missed.

Outlets reporting one act give one row. Two rows of different articles are one act when
they fall on the same day (one of them dated by its own words, not only by its article's
publication), are of one PLOVER type, share a doer (one story actor) or their trigger's
word ("will invest" and "is investing"), and no recipient tells them apart (both name
story actors and none is shared: a meeting with one leader is no meeting with another).
"""

from __future__ import annotations

from collections.abc import Iterable

from crosswire.compare.claim_terms import stem
from crosswire.knowledge.dates import placed_days
from crosswire.models import DateEstimate, Event, EventParticipant

UNREAL_STATUSES = frozenset({"negated", "hypothetical"})


def sentence_acts(events: Iterable[Event]) -> list[Event]:
    """Each sentence's most salient event, where it is a row's act (see the module's
    docstring); ``events`` in the coder's order, most salient first within a sentence."""
    acts = []
    seen_sentences: set[tuple[str | None, int]] = set()
    for event in events:
        key = (event.evidence.article, event.evidence.start)
        if event.extension or key in seen_sentences:
            continue
        seen_sentences.add(key)
        if event.status in UNREAL_STATUSES and event.statement is None:
            continue
        if event.actor or event.recipient:
            acts.append(event)
    return acts


def same_acts(dated: list[tuple[Event, DateEstimate]]) -> list[list[tuple[Event, DateEstimate]]]:
    """``dated`` (each act with its date) grouped by the act they report, in the order each
    group's first member comes."""
    groups: list[list[tuple[Event, DateEstimate]]] = []
    for item in dated:
        group = next((g for g in groups if any(_one_act(item, other) for other in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups


def _one_act(a: tuple[Event, DateEstimate], b: tuple[Event, DateEstimate]) -> bool:
    (first, first_date), (second, second_date) = a, b
    if first.evidence.article == second.evidence.article or first.event != second.event:
        return False
    if not _same_day(first_date, second_date):
        return False
    if _told_apart(first.recipient, second.recipient):
        return False
    return bool(_actor_ids(first.actor) & _actor_ids(second.actor)) or \
        _trigger_word(first) == _trigger_word(second)


def _same_day(first: DateEstimate, second: DateEstimate) -> bool:
    if first.basis == second.basis == "publication":
        return False  # "then or before" twice: two acts of the same week look alike
    days, other = placed_days(first), placed_days(second)
    return days is not None and days == other and days.earliest == days.latest


def _actor_ids(participants: list[EventParticipant]) -> set[str]:
    return {p.actor for p in participants if p.actor}


def _told_apart(first: list[EventParticipant], second: list[EventParticipant]) -> bool:
    named, other = _actor_ids(first), _actor_ids(second)
    return bool(named and other) and not named & other


def _trigger_word(event: Event) -> tuple[str, ...]:
    return tuple(stem(word) for word in event.trigger.text.split())
