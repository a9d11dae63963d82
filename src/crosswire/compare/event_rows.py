"""Which events become timeline rows: one act per sentence, one row per act across outlets.

A sentence's act is its most salient event (the coder ranks a sentence's events). It has a
row only when a reader can see an act in it, told by the outlet itself:
- not denied or only supposed ("there have been no talks since ...", "if talks fail, ...");
  its lesser events mostly sit inside that act;
- not told by a claim of the timeline, in a statement ("the ferry will stop, the mayor
  said") or as a fact whose event is one of the sentence's: the claim's row has those words
  already, dated by their saying, with every outlet telling them; unless the act's own
  words date it to other days than the claim's row, and no less precisely ("the agency
  announced on Friday that the ferry stopped on March 3"): then the act has its row at its
  own date;
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

from crosswire.compare.claim_terms import stem
from crosswire.knowledge.dates import placed_days
from crosswire.models import Claim, DateEstimate, Event, EventParticipant

UNREAL_STATUSES = frozenset({"negated", "hypothetical"})


def sentence_acts(events: list[Event], *, claims: list[Claim]) -> list[tuple[Event, str | None]]:
    """Each sentence's most salient event, where it may be a row's act (see the module's
    docstring), with the claim telling it, if one does (``dated_apart`` then decides);
    ``events`` in the coder's order, most salient first within a sentence."""
    by_statement = {v.statement: claim.id for claim in claims for v in claim.versions if v.statement}
    by_event = {v.event: claim.id for claim in claims for v in claim.versions if v.event}
    fact_sentences = {_sentence(event): by_event[event.id] for event in events if event.id in by_event}
    acts = []
    seen_sentences: set[tuple[str | None, int]] = set()
    for event in events:
        key = _sentence(event)
        if event.extension or key in seen_sentences:
            continue
        seen_sentences.add(key)
        if event.status in UNREAL_STATUSES or not (event.actor or event.recipient):
            continue
        acts.append((event, fact_sentences.get(key) or by_statement.get(event.statement or "")))
    return acts


def dated_apart(act: DateEstimate, claim: DateEstimate) -> bool:
    """The act's own words date it (not only its article's publication) to days other than
    its claim's row shows, and no less precisely ("this year" adds nothing to a claim of
    one day in it)."""
    own, told = placed_days(act), placed_days(claim)
    if act.basis == "publication" or own is None or own == told:
        return False
    return told is None or own.latest - own.earliest <= told.latest - told.earliest


def _sentence(event: Event) -> tuple[str | None, int]:
    return event.evidence.article, event.evidence.start


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
