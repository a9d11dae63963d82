"""PLOVER coding by the path between a sentence's cues, pattern by pattern: a report, a
demand, a threat or an accusation over an act, an act held on a condition, a purpose or a
relative clause, an event noun as an argument, "after X, Y did Z", coordinated acts.

``tests/fixtures/plover_structure2_dev.jsonl`` (105 sentences, each with its ``pattern``) and
``plover_structure2_measure.jsonl`` (42) were written in session 18 before any change to the
coder, invented wire copy (names and places included), coded by hand from the PLOVER manual
and the conventions in ``tests/fixtures/README.md``. The dev set is for tuning; the measure set
is only scored.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from coded_events import events_of, first_type

from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_structure2_dev.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_structure2_measure.jsonl")
PATTERNS = {"report", "demand", "threat", "accuse", "conditional", "purpose", "relative", "nominal",
            "after", "coordinated", "negation"}


def test_every_pattern_has_sentences_in_both_sets():
    for path, least in ((DEV_PATH, 5), (MEASURE_PATH, 2)):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        counts = Counter(row["pattern"] for row in rows)
        assert set(counts) == PATTERNS
        assert min(counts.values()) >= least


@pytest.mark.parametrize("text, event", [
    # cooperation offered on a condition of its own is a promise (manual, AGREE)
    ("Brisk said it would fly food to the valley only if both armies agreed.", "AGREE"),
    ("The Harlan council would back the ring road plan if the state paid half of it.", "AGREE"),
    # without the condition, "would" only forecasts, and the act keeps its type
    ("Brisk flew food to the valley on Friday.", "AID"),
    # a protest held out on a condition is a threat (CAMEO 13); announced, it is the protest
    ("If the pay offer is not improved, dockers will stage a walkout on Monday.", "THREATEN"),
    ("Dockers will stage a walkout on Monday, their union said.", "PROTEST"),
])
def test_an_act_held_on_a_condition(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # the parse hangs the subject's predicate on the relative clause's last noun ("for a
    # month [withdrew]"): it is still the predicate
    ("Marchers who had blocked the Harlan bridge for a week left quietly on Sunday.", "RETREAT"),
    ("Strikers who had occupied the Brisk mill for a fortnight left peacefully on Sunday.", "RETREAT"),
    # where the subject has a predicate of its own, the participle only describes the noun
    ("Squatters who had held the mill for a month spent in the cold were evicted by police.", "COERCE"),
])
def test_a_predicate_hung_in_the_subjects_relative_clause(nlp, text, event):
    assert first_type(nlp, text) == event


def test_structure2_dev_floor():
    # 96/105 on main's coder before session 18's changes, 100/105 after, 101/105 after
    # session 19's (a foreign ministry's protest is ACCUSE); floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.961


@pytest.mark.parametrize("text, event", [
    # a cancelling verb over an act of conflict gives it up (manual, CONCEDE: ending a strike)
    ("The Harlan dockers' union suspended its go-slow on Wednesday.", "CONCEDE"),
    # offered, that is no threat but an offer
    ("The Harlan dockers are ready to suspend the go-slow if the port reopens talks.", "AGREE"),
    # over anything else the verb keeps its own sense
    ("The Brisk league suspended the Harlan club for two seasons.", "SANCTION"),
])
def test_an_act_of_conflict_given_up(nlp, text, event):
    assert first_type(nlp, text) == event


def test_the_hung_predicates_doer_is_the_relative_clauses_noun(nlp):
    events = events_of(nlp, "Strikers who had occupied the Brisk mill for a fortnight left peacefully on Sunday.")
    assert events[0].trigger.text == "left"
    assert [actor.span.text for actor in events[0].actor] == ["Strikers"]


@pytest.mark.parametrize("text, trigger", [
    ("The Brisk guard vowed to hit back with force if its posts were shelled again.", "shelled"),
    ("Harlan dockers will return to work if the port releases the detained crane drivers.", "releases"),
])
def test_the_act_a_condition_supposes_is_hypothetical(nlp, text, trigger):
    supposed = [event for event in events_of(nlp, text) if event.trigger.text == trigger]
    assert supposed and supposed[0].status == "hypothetical"


def test_an_act_after_which_another_came_is_still_told_as_done(nlp):
    events = events_of(nlp, "Harlan police detained four men after they shelled a Brisk guard post.")
    assert [event.status for event in events if event.trigger.text == "shelled"] == ["asserted"]
