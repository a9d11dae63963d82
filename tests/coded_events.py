"""The events coded from one invented sentence, for the event-coding tests."""

from __future__ import annotations

from crosswire.models import Event
from crosswire.nlp import code_texts


def events_of(nlp, text: str) -> list[Event]:
    """Every event coded from ``text``, ranked as the coder ranks them."""
    return next(iter(code_texts([text], nlp=nlp)))


def first_type(nlp, text: str) -> str | None:
    """The PLOVER type of ``text``'s first event, None when it codes none."""
    events = events_of(nlp, text)
    return events[0].event if events else None
