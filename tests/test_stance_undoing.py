"""Undoing a thing is a side against it, read from the words of the statement."""

from __future__ import annotations

import pytest

from crosswire.compare.stance import statement_stance

TOPIC = frozenset({"ferry", "contract"})


@pytest.mark.parametrize("text, cue, stance", [
    # the undoing noun or verb is against what it undoes, whatever act its object names
    ("the decision led to the cancellation of deals to lease and run two ferries", "said", "against"),
    ("the board is revoking the ferry contracts it signed last spring", "said", "against"),
    ("the council rescinded its order for new ferries", "said", "against"),
    ("we urge the cancellation of the ferry contracts", "said", "against"),
    # an opposing cue taking the undoing as its object is against the undoing: for the thing
    ("the cancellation of the ferry contracts", "criticised", "for"),
])
def test_undoing_a_thing_is_against_it(text, cue, stance):
    assert statement_stance(text, terms=[], cue=cue, topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a call, a welcome or backing takes the side of the marker it governs
    ("we urge the port to reject the ferry tender", "against"),
    ("the union welcomed the board's decision to scrap the ferry levy", "against"),
    ("they urged the council not to block the ferry", "for"),
    ("we called for the ferry contracts to be cancelled", "against"),
    # not across its clause: what else the sentence holds is another side
    ("we support the crews, but the ferry tender is unacceptable", "unclear"),
    ("we back the crews who opposed the new ferry timetable", "unclear"),
    ("they back a ferry plan that critics call reckless", "unclear"),
])
def test_a_call_takes_the_side_of_the_marker_it_governs(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance
