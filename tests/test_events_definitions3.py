"""PLOVER coding read from the manual's definitions of the kinds weakest on kept-back text
(THREATEN, ACCUSE, AID, MOBILIZE, SANCTION, RETREAT, COERCE, COOPERATE, CONSULT, PROTEST)
and their look-alikes, and of acts asked for or threatened: the manual's REQUEST is the
demand, so an act someone urges, demands or calls for is not done by being asked (status
``requested``, ranked after the demand), and THREATEN is the threat, so what it holds out is
``hypothetical``; a threat something poses is a danger, no threat made.

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


@pytest.mark.parametrize("text, threat, held", [
    ("The Harl Ridge militia threatened to storm the provincial treasury.", "threatened", "storm"),
    ("The Harl Ridge militia's threat to storm the provincial treasury alarmed the envoys.",
     "threat", "storm"),
    ("Kelmar issued a threat of air strikes on the Velde supply depots.", "threat", "air strikes"),
])
def test_what_a_threat_holds_out_is_not_done(nlp, text, threat, held):
    # the manual's THREATEN is ASSAULT (or another act) held out: the threat is the event,
    # what it holds out has not happened
    events = events_of(nlp, text)
    assert (events[0].event, events[0].trigger.text) == ("THREATEN", threat)
    assert _by_trigger(nlp, text)[held][1] == "hypothetical"


@pytest.mark.parametrize("text", [
    "The Velde smuggling rings pose a serious threat to the harbour towns.",
    "Ostmark's navy has emerged as a major threat to shipping in the Kelmar narrows.",
    "The drought remains the biggest threat to the barley harvest, the ministry said.",
    "Ministers met to weigh the threat posed by the rising floodwaters.",
])
def test_a_threat_that_names_a_danger_is_no_threat_made(nlp, text):
    # the manual's THREATEN is a threat someone makes, not a danger something poses
    assert "THREATEN" not in {event.event for event in events_of(nlp, text)}


def test_taking_over_an_office_seizes_nothing(nlp):
    # COERCE 'seize' takes something: succeeding to a post with no object is no seizure
    events = events_of(nlp, "Deputy Mayor Elsa Brandt will take over when the mayor retires in June.")
    assert "COERCE" not in {event.event for event in events}
    first = events_of(nlp, "Soldiers took over the Velde state broadcaster on Tuesday.")[0]
    assert (first.event, first.mode) == ("COERCE", "seize")


@pytest.mark.parametrize("text, trigger", [
    ("Hackers breached the email systems of the Ostmark foreign ministry.", "breached"),
    ("Hackers took down the websites of three Kelmar ministries on Sunday.", "took down"),
    ("The Velde grid operator was crippled by a ransomware attack on Monday.", "ransomware attack"),
])
def test_cyber_attacks_are_coerce_cyber(nlp, text, trigger):
    # the manual's COERCE 'cyber': hacking, security breaches, website attacks
    assert _by_trigger(nlp, text)[trigger][0] == "COERCE"
    assert "REJECT" not in {event.event for event in events_of(nlp, text)}


@pytest.mark.parametrize("text, kind", [
    ("Two Velde aid workers were abducted near the border on Sunday.", "AID"),
    ("Protest leaders met the Kelmar governor on Tuesday afternoon.", "PROTEST"),
])
def test_an_event_noun_naming_people_is_no_act(nlp, text, kind):
    # "aid workers" are people, not aid given (manual, AID: material aid provided)
    assert kind not in {event.event for event in events_of(nlp, text)}


def test_an_event_noun_naming_a_thing_keeps_its_act(nlp):
    assert "AID" in {event.event for event in events_of(nlp, "An aid convoy reached the flooded villages of Harl Ridge.")}


def test_definitions_measure_3_floor():
    # 62/69 on main's coder when written (session 35, before any change); never tuned on;
    # floors only go up
    assert evaluate(MEASURE_PATH)["all"].accuracy() >= 0.898


def test_definitions_dev_3_floor():
    # 99/116 on main's coder, 102/116 (87.9%) after session 35's changes and two labels set
    # to the manual (tuned on); floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.879
