"""Words of praise and blame take sides; an infinitive after an opposing cue is its aim,
not the thing it opposes (invented sentences)."""

from __future__ import annotations

import pytest

from crosswire.compare.stance import statement_stance

TOPIC = frozenset({"toll", "bridge"})


@pytest.mark.parametrize("text, cue, stance", [
    # verbs of public praise and blame, as "praised" and "blasted"
    ("the bridge toll", "lauded", "for"),
    ("the bridge toll as a model for the valley", "touted", "for"),
    ("the bridge toll", "faulted", "against"),
    # evaluative words about the issue itself
    ("the bridge toll was long overdue", "said", "for"),
    ("the bridge toll is a disgrace", "said", "against"),
    ("the bridge toll was a bad idea", "said", "against"),
    ("the bridge toll moves the valley in the right direction", "said", "for"),
    ("the bridge toll went too far", "said", "against"),
    ("the bridge toll was a victory for commuters", "said", "for"),
    ("the bridge toll would be a lifeline for the ferry town", "said", "for"),
    ("the bridge toll is a burden", "said", "against"),
    ("the bridge toll would devastate the market towns", "said", "against"),
    ("the bridge toll", "upheld", "for"),
])
def test_praise_and_blame_take_sides(text, cue, stance):
    assert statement_stance(text, terms=[], topic=TOPIC, cue=cue)[0] == stance


@pytest.mark.parametrize("text, cue", [
    ("to block the bridge toll", "sued"),
    ("to stop the bridge toll", "sued"),
])
def test_an_infinitive_after_an_opposing_cue_is_its_aim(text, cue):
    # suing to block the toll is against it: the suit's aim is no object it opposes
    assert statement_stance(text, terms=[], topic=TOPIC, cue=cue)[0] == "against"
