"""PLOVER coding read from the manual's definitions of the kinds weakest on kept-back text
(THREATEN, ACCUSE, AID, MOBILIZE, SANCTION, RETREAT, COERCE, COOPERATE, CONSULT, PROTEST)
and their look-alikes, and of acts asked for: the manual's REQUEST is the demand, so an act
someone urges, demands or calls for is not done by being asked; it keeps the status
``requested`` and ranks after the demand.

``tests/fixtures/plover_definitions_measure_3.jsonl`` (69 sentences) and
``plover_definitions_dev_3.jsonl`` (116) were written in session 35 from the manual's
definitions, modes and ambiguities, each kind with a look-alike of another, invented wire
copy with acts asked for and a few negated acts; the measure set was written and scored
before any change to the coder and is only scored; the dev set is for tuning.
"""

from __future__ import annotations

import json

import pytest
from coded_events import events_of

from crosswire.knowledge import plover
from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_definitions_dev_3.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_definitions_measure_3.jsonl")


def _by_trigger(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {event.trigger.text: (event.event, event.status) for event in events_of(nlp, text)}


def test_both_sets_code_only_plover_types():
    for path in (DEV_PATH, MEASURE_PATH):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert rows and all(row["event"] in (*plover.EVENT_TYPES, "NONE") for row in rows)
        assert len({row["id"] for row in rows}) == len(rows)


@pytest.mark.parametrize("text, demand, asked", [
    ("The Brisk Bay fishermen's guild urged the harbour board to release the impounded boats.",
     "urged", "release"),
    ("Deputy Marit Sunvald called on the Ostmark garrison to withdraw from the river forts.",
     "called on", "withdraw"),
    ("Farmers' leaders demanded that the customs office seize the smuggled grain.",
     "demanded", "seize"),
    ("Two Velde senators pressed the cabinet to expel the Norrland envoy.", "pressed", "expel"),
    ("The Kelmar dockers' union urged sanctions against the Ostmark shipping line.",
     "urged", "sanctions"),
    ("Tenants appealed to the council to evict the absentee landlord.", "appealed", "evict"),
])
def test_an_act_asked_for_is_requested_not_done(nlp, text, demand, asked):
    # the manual's REQUEST is the demand; what it asks of another has not taken place
    events = events_of(nlp, text)
    assert (events[0].event, events[0].trigger.text) == ("REQUEST", demand)
    assert _by_trigger(nlp, text)[asked][1] == "requested"


def test_an_aim_sought_is_no_demand_of_another(nlp):
    # "sought to" with no one asked is the seeker's own aim: held open, not requested of anyone
    events = _by_trigger(nlp, "The Velde rebels are seeking to seize the mountain airstrip.")
    assert events["seize"][1] == "hypothetical"


@pytest.mark.parametrize("text, act", [
    # an order imposes the act; a refusal denies it; neither is merely asked
    ("The Ostmark court ordered the arrest of the harbour master.", "arrest"),
    ("The Kelmar militia refused to free the two surveyors.", "free"),
])
def test_ordered_and_refused_acts_keep_their_status(nlp, text, act):
    assert _by_trigger(nlp, text)[act][1] != "requested"


def test_definitions_measure_3_floor():
    # 62/69 on main's coder when written (session 35, before any change); never tuned on;
    # floors only go up
    assert evaluate(MEASURE_PATH)["all"].accuracy() >= 0.898


def test_definitions_dev_3_floor():
    # 99/116 on main's coder (tuned on); floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.853
