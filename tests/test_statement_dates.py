"""Which date phrase before a cue dates the statement: the cue's own clause's, never a
relative clause's or another subject's (``nlp.circumstances``)."""

from __future__ import annotations

import pytest

from crosswire.nlp.circumstances import _date_phrase


def _cue_date(nlp, sentence: str, cue: str) -> str | None:
    doc = nlp(sentence)
    found = _date_phrase(next(token for token in doc if token.text == cue))
    return None if found is None else found.text


@pytest.mark.parametrize(("sentence", "cue", "date"), [
    ("Reuters on November 20 quoted the minister as saying the plant was closed.", "quoted",
     "on November 20"),
    ("Reuters on November 20 quoted the minister as saying the plant was closed.", "saying",
     "on November 20"),
    ("The minister, speaking on Monday, said the plant was closed.", "said", "on Monday"),
    ("The premier, who is due to sit down with her rival on Wednesday in Oslo, has "
     "repeated a story about their first meeting.", "repeated", None),
    ("The mayor, whose office closed on Friday, said the plant was closed.", "said", None),
])
def test_a_statement_takes_the_date_of_its_own_clause(nlp, sentence, cue, date):
    assert _cue_date(nlp, sentence, cue) == date


def test_a_date_in_the_sentence_before_is_not_the_statements(nlp):
    sentence = ("The port reopened, the harbour master said on Friday. The mayor also told "
                "reporters that the ferries would run again.")
    assert _cue_date(nlp, sentence, "told") is None
