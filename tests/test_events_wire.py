"""PLOVER coding of wire copy that tells no act (issue #13).

``tests/fixtures/plover_wire_measure.jsonl`` (105 sentences: 35 with no act, 25 bare
statements coded COMMENT, 45 acts) was written in session 26 before any change of the
coder, never to be tuned on; ``plover_wire_dev.jsonl`` (458 sentences, none with an act:
figures, background, markets, weather, sport, rules, wishes and statements about them, each
holding a word a cue may match in a sense that is no act) was written beside it as tuning
and training data. Session 27 added 912 more act-less sentences to it (ids after
``wiredev-0458``: economy, sport, weather, science, culture, plans, forecasts, opinions,
hypotheticals, accidents, background, negated acts, words a cue matches in another sense,
and reported speech telling no act, coded COMMENT) as negatives for a learned act gate (not
shipped: ``tests/fixtures/README.md`` says why). Both are invented; no sentence shares a
6-word run with a dataset or the unseen stories.
"""

from __future__ import annotations

import json

from crosswire.measure.eval_events import OWN_PATH, Tally, evaluate, report_lines, score_row
from crosswire.models import Event, TextSpan
from crosswire.nlp import code_texts, load_nlp

WIRE_MEASURE_PATH = OWN_PATH.with_name("plover_wire_measure.jsonl")
WIRE_DEV_PATH = OWN_PATH.with_name("plover_wire_dev.jsonl")
FIRST_WIRE_DEV_ROWS = 458  # written in session 26; the rest in session 27


def _event(event: str, *, extension: bool = False) -> Event:
    span = TextSpan("word", 0, 4, None)
    return Event(id="e0", event=event, mode=None, context=[], actor=[], recipient=[],
                 trigger=span, evidence=span, extension=extension)


def test_an_act_coded_anywhere_in_a_sentence_without_one_is_a_false_act():
    tally = Tally()
    # a statement whose second event is an act: right first type, still a false act
    score_row(tally, {"event": "COMMENT"}, [_event("COMMENT", extension=True), _event("ASSAULT")])
    score_row(tally, {"event": "NONE"}, [])
    score_row(tally, {"event": "NONE"}, [_event("SUPPORT")])
    # a sentence that tells an act is no part of the count
    score_row(tally, {"event": "AID"}, [_event("AID")])
    assert (tally.no_act_total, tally.false_acts, tally.correct) == (3, 2, 3)


def test_own_report_prints_the_false_act_share():
    lines = report_lines(path=WIRE_MEASURE_PATH, own=True)
    assert any(line.strip().startswith("false acts:") and "/60)" in line for line in lines)


def test_wire_measure_floors():
    tallies = evaluate(WIRE_MEASURE_PATH)["all"]
    # 91/105 (86.7%) and 10 of 60 act-less sentences coded with an act on the coder of
    # session 26 (never tuned on); floors only go up, false acts only down
    assert tallies.correct >= 91
    assert tallies.false_acts <= 10


def test_wire_dev_floors():
    rows = [json.loads(line) for line in WIRE_DEV_PATH.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    first, added = Tally(), Tally()
    for row, events in zip(rows, code_texts([row["text"] for row in rows], nlp=load_nlp())):
        score_row(first if int(row["id"].rsplit("-", 1)[1]) <= FIRST_WIRE_DEV_ROWS else added,
                  row, events)
    assert (first.total, added.total) == (458, 912)
    # 304/458 (66.4%), 151 of 458 coded with an act, when written (session 26); 308/458, 147
    # coded with an act, after plover28 ("want" of one's own act, "insist" on a fact)
    assert first.correct >= 308
    assert first.false_acts <= 147
    # 625/912 (68.5%), 260 of 912 coded with an act, on the coder of session 26 when written;
    # 634/912, 252 coded with an act, after plover28
    assert added.correct >= 634
    assert added.false_acts <= 252
