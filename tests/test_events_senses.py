"""PLOVER coding: which sense of a cue applies, and which predicate carries the event.

Every sentence is invented (names of places and people included); each pair or group
contrasts one mechanism, not one word.
"""

from __future__ import annotations

import pytest

from crosswire.nlp import code_texts


def first_type(nlp, text: str) -> str | None:
    events = next(iter(code_texts([text], nlp=nlp)))
    return events[0].event if events else None


@pytest.mark.parametrize("text, event", [
    # the parse often makes a permission's object the subject of its complement
    ("The junta allowed foreign observers to enter the northern districts.", "RETREAT"),
    ("The ministry granted Valdorian inspectors access to the reactor site.", "RETREAT"),
    # a light verb's event noun parsed as an adverbial or as the passive subject
    ("Farmers' groups held a march through Tarsk against the new dam.", "PROTEST"),
    ("Negotiations between the union and the mine owners were held in a hotel.", "CONSULT"),
])
def test_the_verb_argument_the_parse_misplaces(nlp, text, event):
    assert first_type(nlp, text) == event
