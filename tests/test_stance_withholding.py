"""Withholding words takes no side: a negator or a negative wish governing a verb of
speaking (a cue verb that is no stance marker: "would not discuss", "did not want to
comment") says nothing on the issue."""

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
    ("the council would not reject the toll", "for"),  # a cue verb that takes a side
    ("this will not cast the toll in doubt", "against"),  # a verb that casts, not one of words
    ("she did not want the toll", "against"),
    ("we are ready to discuss a truce", "for"),
])
def test_withheld_words_take_no_side(text: str, stance: str) -> None:
    assert statement_stance(text, terms=[], topic=TOPIC, cue="said")[0] == stance


def test_an_act_coded_from_withheld_words_takes_no_side() -> None:
    from dataclasses import replace

    from test_position_acts import _act, _story

    from crosswire.compare.issues import find_issues
    from crosswire.compare.positions import find_positions

    said = "she would not discuss the river dam"
    article, story = _story(f"Ana Mayor said {said}. Crews said the river dam was vital.")
    story = replace(story, statements=[replace(story.statements[0], span=replace(
        story.statements[0].span, text=said, start=article.text.index(said),
        end=article.text.index(said) + len(said))), *story.statements[1:]])
    # the coder may file "would not discuss" as a rejection: still no side of the mayor's
    refusal = replace(_act("REJECT", article, said, "discuss", doer="she", doer_id="mayor"), statement="s0")
    _, positions = find_positions(story, issues=find_issues(story), events=[refusal])
    assert "mayor" not in {p.actor for p in positions}
    rejection = replace(_act("REJECT", article, said, "would", doer="she", doer_id="mayor"), statement="s0")
    _, positions = find_positions(story, issues=find_issues(story), events=[rejection])
    assert ("mayor", "against") in {(p.actor, p.stance) for p in positions}


def test_a_negated_belief_withholds_nothing() -> None:
    from crosswire.compare.stance import withheld_speech

    assert withheld_speech("she would not discuss the toll", len("she would not "))
    assert not withheld_speech("I don't think we will see a toll", len("I don't "))


def test_withheld_speech_reads_as_the_stance_reading_does() -> None:
    """One reading of withheld words for markers and for coded events: a two-word negator
    ("no longer") and a wish a negator turns from a few words back ("not yet ready to")
    withhold the verb of speaking they govern."""
    from crosswire.compare.stance import withheld_speech

    said = "Warden Pilo Astrand will no longer comment on the quarry"
    assert withheld_speech(said, said.index("comment"))
    assert statement_stance(said, terms=[], topic=frozenset({"quarry"}), cue="said")[0] == "unclear"
    said = "the guild was not yet ready to discuss the quarry"
    assert withheld_speech(said, said.index("discuss"))
    assert statement_stance(said, terms=[], topic=frozenset({"quarry"}), cue="said")[0] == "unclear"
    assert not withheld_speech("the guild was ready to discuss the quarry", len("the guild was ready to "))
