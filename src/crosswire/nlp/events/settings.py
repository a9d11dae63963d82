"""Whether a meeting noun is only where or when another act happened ("said at a news
conference", "approved the plan during the board meeting"): the sentence reports the act,
and the meeting is its setting, not a consultation it reports (the manual's CONSULT needs
the meeting to be what is told)."""

from __future__ import annotations

from crosswire.nlp.events.parse import CIRCUMSTANCE_PREPOSITIONS, Trigger

# what a speaking verb reports: a clause, a quotation or a thing said
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "dobj"})


def meeting_as_setting(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a CONSULT noun is the object of a setting preposition ("at", "during",
    "after") that hangs on a verb coded for an act or a statement of its own: that act is
    what the sentence tells. Being "in talks", "locked in talks" names no other act: there
    the meeting is the event."""
    anchor = trigger.anchor
    # a gerund with a determiner is the noun the parse missed ("during the board meeting");
    # without one it is a meeting someone held ("after meeting the envoy")
    as_noun = trigger.cue.pos == "NOUN" or any(c.dep_ in ("det", "poss") for c in anchor.children)
    if not as_noun or trigger.cue.event != "CONSULT" or anchor.dep_ not in ("pobj", "pcomp"):
        return False
    preposition = anchor.head
    verb = preposition.head
    other = by_anchor.get(verb.i)
    if preposition.lower_ not in CIRCUMSTANCE_PREPOSITIONS or other is None \
            or other.cue.event is None or other.cue.role == "light":
        return False
    # a speaking verb that reports nothing ("the two envoys spoke for an hour at a meeting")
    # tells the meeting itself; one that reports words ("said at a news conference that ...")
    # is a statement made there
    return other.cue.role != "report" or any(c.dep_ in REPORTED_DEPS for c in verb.children)
