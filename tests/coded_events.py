"""The PLOVER events the coder finds in one invented sentence, for the event tests."""

from __future__ import annotations

from crosswire.models import Event
from crosswire.nlp import code_texts


def events_of(nlp, text: str) -> list[Event]:
    """The events coded in ``text``, in the order the coder ranks them."""
    return next(iter(code_texts([text], nlp=nlp)))


def first_type(nlp, text: str) -> str | None:
    """The type of the first coded event, None where no event is coded."""
    events = events_of(nlp, text)
    return events[0].event if events else None
