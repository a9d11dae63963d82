"""Withholding words takes no side: a negator or a negative wish governing a verb of
speaking ("would not discuss", "did not want to comment") says nothing on the issue."""

from __future__ import annotations

import pytest

from crosswire.compare.stance import statement_stance

TOPIC = frozenset({"toll", "bridge", "truce"})


@pytest.mark.parametrize("text, stance", [
    # words withheld: no side on what they would have been about
    ("she would not discuss what the bridge crews had told her", "unclear"),
    ("I do not want to comment on the toll", "unclear"),
    ("I am not willing to discuss the toll at this point", "unclear"),
    ("he was unwilling to elaborate on the toll", "unclear"),
    ("the mayor would not say whether the toll stays", "unclear"),
    # a negated side, and a wish to discuss a thing, still take one
    ("we will not accept the toll", "against"),
    ("she did not want the toll", "against"),
    ("we are ready to discuss a truce", "for"),
])
def test_withheld_words_take_no_side(text: str, stance: str) -> None:
    assert statement_stance(text, terms=[], topic=TOPIC, cue="said")[0] == stance
