"""Whose act a statement's event is: one another act keeps its recipient from doing is the
recipient's, not the speaker's."""

from __future__ import annotations

from crosswire.compare.event_stance import event_stance
from crosswire.models import Event, EventParticipant, Resolution, Statement
from text_spans import words_in

TEXT = "The agency said it was reviewing two towns barring ferry crews from joining unions."
SAID = words_in(TEXT, "it was reviewing two towns barring ferry crews from joining unions", "a")


def _event(kind: str, trigger: str, *, recipient: str | None = None) -> Event:
    recipients = [EventParticipant(words_in(TEXT, recipient, "a"), None)] if recipient else []
    return Event(id=f"e-{trigger}", event=kind, mode=None, context=[], actor=[], recipient=recipients,
                 trigger=words_in(TEXT, trigger, "a"), evidence=SAID, status="asserted", statement="s1")


def test_an_act_another_keeps_its_recipient_from_doing_is_no_act_of_the_speaker():
    statement = Statement("s1", SAID, "indirect", words_in(TEXT, "said", "a"), None,
                          Resolution("named", 1.0), speaker="agency")
    joining = _event("COOPERATE", "joining", recipient="unions")
    barring = _event("COERCE", "barring", recipient="ferry crews")
    topic = frozenset({"union"})
    # the crews would join, not the agency: no side of the agency's
    assert event_stance(statement, [barring, joining], topic=topic) != "for"
    assert event_stance(statement, [joining], topic=topic) == "for"  # told alone, it is the speaker's


SOURCED = "The harbour master said the closure came at a request from Governor Tilda Brenn."
CLOSURE = words_in(SOURCED, "the closure came at a request from Governor Tilda Brenn", "a")


def _request(text: str, said) -> Event:
    # the coder makes the sentence's speaker the doer of a noun's event
    master = EventParticipant(words_in(text, "The harbour master", "a"), None, actor="master")
    return Event(id="e-request", event="REQUEST", mode=None, context=[], actor=[master], recipient=[],
                 trigger=words_in(text, "request", "a"), evidence=said, status="asserted",
                 statement="s1")


def test_a_stance_noun_from_another_source_is_no_act_of_the_speaker():
    statement = Statement("s1", CLOSURE, "indirect", words_in(SOURCED, "said", "a"), None,
                          Resolution("named", 1.0), speaker="master")
    # the request is the governor's: the harbour master asks nothing by telling of it
    assert event_stance(statement, [_request(SOURCED, CLOSURE)]) == "unclear"
    own = "The harbour master said the closure came at a request from us."
    said = words_in(own, "the closure came at a request from us", "a")
    statement = Statement("s1", said, "indirect", words_in(own, "said", "a"), None,
                          Resolution("named", 1.0), speaker="master")
    assert event_stance(statement, [_request(own, said)]) == "for"
