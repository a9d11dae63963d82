"""Which events become timeline rows: one act per sentence, where no claim tells it.

A sentence's act is its most salient event (the coder ranks a sentence's events). It has a
row only when a reader can see an act in it, told by the outlet itself:
- not denied, only supposed or only asked for ("there have been no talks since ...", "if
  talks fail, ...", "urged the council to resign");
  its lesser events mostly sit inside that act;
- not told by a claim of the timeline, in a statement ("the ferry will stop, the mayor
  said") or as a fact whose event is one of the sentence's: the claim's row has those words
  already, dated by their saying, with every outlet telling them; unless the act's own
  words date it to other days than the claim's row, and no less precisely ("the agency
  announced on Friday that the ferry stopped on March 3"): then the act has its row at its
  own date;
- naming who did it or to whom. An event with neither is a word the sentence only uses
  ("amid a quarrel over ferry funding", "the sitting closes on Friday", "the accord is
  mostly for show"): a row of it tells no act, and the sentence's own words rarely
  carry one the coder missed.

One act several outlets report is one claim's row: the claims join the outlets' versions,
facts told in an outlet's own voice among them.
"""

from __future__ import annotations

from crosswire.knowledge.dates import placed_days
from crosswire.models import Claim, DateEstimate, Event

UNREAL_STATUSES = frozenset({"negated", "hypothetical", "requested"})


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
