"""Statements read through the frame around the cue: whom it tells and where, a question
put to the speaker, a cue the tagger misread, a cue that reports nothing. Invented
sentences, one construction per test."""

from __future__ import annotations

from tests.test_attribution import only, statements


def test_that_clause_after_an_audience_and_its_place_is_what_was_told(nlp):
    # the parse hangs the clause on "capital" with "that" as the object of "won", though
    # "won" has an object of its own
    text = ("The board's chairman, Oren Vasquel-Tarmo, told a news conference in the capital "
            "that Tilbury had won 58.4 percent of the vote against 36.9 percent for the "
            "runner-up.")
    told = only(statements(nlp, text), "told")
    assert told.span.text.startswith("that Tilbury had won 58.4 percent")
    assert told.speaker_words.text == "The board's chairman"


def test_relative_clause_on_a_place_after_the_audience_stays_a_relative(nlp):
    # "that" is the object "founded" lacks: a relative clause, not what was told
    text = "Ada Rimsky told the pupils at the school that she founded about her travels."
    assert not [s for s in statements(nlp, text) if s.span.text.startswith("that she founded")]
