"""Acts told through a plain reporting verb and its content (``nlp/events/said_content.py``):
harm held out in what is said is a threat; an act only supposed by a condition comes after
the act it conditions; "needs to" obliges as "must" does.

``tests/fixtures/plover_said_dev.jsonl`` (42 sentences) and ``plover_said_measure.jsonl`` (40)
were written in session 20, before any change, as invented wire copy; the measure set is only
scored (29/40 on main's coder before the change); the dev set is for tuning.
"""

from __future__ import annotations

import json

import pytest
from coded_events import events_of, first_type

from crosswire.knowledge import plover
from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_said_dev.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_said_measure.jsonl")


def test_both_sets_code_plover_types_or_a_plain_statement():
    for path in (DEV_PATH, MEASURE_PATH):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert rows and all(row["event"] in plover.EVENT_TYPES or row["event"] == "COMMENT" for row in rows)
        assert len({row["id"] for row in rows}) == len(rows)


@pytest.mark.parametrize("text", [
    # an outcome held out for whoever crosses the speaker
    "The Pelka cabinet said there would be consequences if Vesk recognised the breakaway region.",
    "The Pelka army said its gunners would flatten the rebel depots should the shelling go on.",
    # the parse takes "any trawler that ..." for a clause's subject: still what is sunk
    "The Pelka navy said it would sink any trawler that entered the bay without a permit.",
    # the speaker's answer to any act of force, which no one has done
    "Norland's navy chief said his ships would answer any blockade with every means at hand.",
])
def test_harm_held_out_in_what_is_said_is_a_threat(nlp, text):
    events = events_of(nlp, text)
    assert events[0].event == "THREATEN"
    assert [e.event for e in events].count("THREATEN") == 1


@pytest.mark.parametrize("text", [
    # no one holds the harm out: a storm, a boat that sinks, a cause, prices, a debt to be paid
    "Forecasters in Vesk said the storm would flatten crops across the plain.",
    "The ferry operator said the old boat would sink within a year without repairs.",
    "The minister said the shortages would be a consequence of the drought.",
    "The central bank said prices would rise in the spring.",
    "The mayor said the city would pay the contractors by Friday.",
])
def test_a_statement_of_what_will_come_holds_out_no_harm(nlp, text):
    assert first_type(nlp, text) == "COMMENT"


@pytest.mark.parametrize("text, supposed", [
    ("Norland's leader said the harvest would be lost should the raids on the farms continue.", "COERCE"),
    ("The Vesk minister said coal exports would suffer if the walkout at the pits went on.", "PROTEST"),
])
def test_an_act_supposed_by_a_condition_comes_after_the_statement_holding_it(nlp, text, supposed):
    events = [e.event for e in events_of(nlp, text)]
    assert events[0] == "COMMENT"
    assert supposed in events[1:]


def test_the_threat_a_cue_tells_is_not_told_twice(nlp):
    events = events_of(nlp, "Vesk's president said the smugglers would pay a heavy price for the raid on the depot.")
    assert [e.event for e in events].count("THREATEN") == 1


@pytest.mark.parametrize("text", [
    "The Vesk delegation told the mediators that both armies needed to pull back from the ridge.",
    "Norland's premier said the militias needed to withdraw their fighters from the town.",
])
def test_what_someone_needs_to_do_is_asked_of_them(nlp, text):
    assert first_type(nlp, text) == "REQUEST"


def test_needing_something_obliges_no_one(nlp):
    assert first_type(nlp, "The Vesk army said it needed more trucks to carry food to the villages.") != "REQUEST"


def test_said_dev_floor():
    # 24/42 on main's coder before session 20's change, 30/42 after; floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.71
