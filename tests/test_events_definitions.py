"""PLOVER coding read from the manual's definitions of the kinds weakest on kept-back text
(COOPERATE, THREATEN, PROTEST, RETREAT, SANCTION, CONSULT): each act is decided by its
predicate and what it is done to, so hosting is a meeting only with a visitor or a meeting
to host, a release is RETREAT only of captives, not of a product, and trade expanded is
mutual cooperation.

``tests/fixtures/plover_definitions_measure.jsonl`` (54 sentences) and
``plover_definitions_dev.jsonl`` (123) were written in session 33 from the manual's
definitions, modes and ambiguities, type by type, invented wire copy with a few sentences
that tell no act (an awards show hosted, a neighbour's help); the measure set was written and
scored before any change to the coder and is only scored; the dev set is for tuning.
"""

from __future__ import annotations

import json

import pytest
from coded_events import events_of, first_type

from crosswire.knowledge import plover
from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_definitions_dev.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_definitions_measure.jsonl")


def test_both_sets_code_only_plover_types():
    for path in (DEV_PATH, MEASURE_PATH):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert rows and all(row["event"] in (*plover.EVENT_TYPES, "NONE") for row in rows)
        assert len({row["id"] for row in rows}) == len(rows)


@pytest.mark.parametrize("text", [
    "The port city of Sarnow hosted the regional chess championship last week.",
    "Velmor television hosted a two-hour telethon for the hospital on Saturday.",
    "The Tarsen pavilion was hosted by a popular comedian.",
])
def test_hosting_no_visitor_is_no_meeting(nlp, text):
    # the manual's CONSULT 'visit': one side visits, the other hosts it; a show, a contest
    # or a broadcast hosted is no meeting
    assert "CONSULT" not in {event.event for event in events_of(nlp, text)}


@pytest.mark.parametrize("text", [
    "Chancellor Imre Dalos hosted the Sarnow foreign minister at his residence on Monday.",
    "Velmor hosted a summit of the five lake states on Thursday.",
])
def test_hosting_a_visitor_or_a_meeting_is_a_consultation(nlp, text):
    assert first_type(nlp, text) == "CONSULT"


@pytest.mark.parametrize("text, event", [
    # exchange between two parties expanded (manual, COOPERATE: expand economic exchange)
    ("Sarnow and Velmor have boosted their trade in timber this year.", "COOPERATE"),
    ("Kelmark deepened its exports of wheat to Sarnow over the winter.", "COOPERATE"),
    # a member thrown out of a body (manual, SANCTION 'expel')
    ("The farmers' league threw out two members who had sided with the mill owners.", "SANCTION"),
    # windows smashed in anger are damage as a protest (manual, PROTEST 'vandalize')
    ("Striking dockers smashed the windows of the harbour office on Tuesday.", "PROTEST"),
    # a blockade that citizens form obstructs in protest (manual, PROTEST 'obstruct')
    ("Taxi drivers formed a blockade across the airport road on Friday.", "PROTEST"),
    # a state's grant to another country's carriers revoked (manual, SANCTION 'discontinue')
    ("Sarnow revoked the landing rights of two Kelmark cargo carriers.", "SANCTION"),
    # access given to outsiders (manual, RETREAT 'access')
    ("The army gave foreign reporters access to the flooded valley on Sunday.", "RETREAT"),
])
def test_acts_read_from_their_definitions(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a release is of captives (manual, RETREAT 'release'); a product released frees no one
    ("The games studio released an update for its racing title on Thursday.", None),
    ("The Sarnow militia released four kidnapped engineers on Thursday.", "RETREAT"),
    # treating something as something else gives no aid (manual, AID)
    ("Investigators are treating the warehouse blaze as deliberate.", None),
])
def test_a_sense_needs_what_the_definition_acts_on(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event, mode", [
    # bargaining between sides is negotiation (CAMEO 046, CONSULT)
    ("Trade envoys from Sarnow and Kelmark bargained over fishing quotas until dawn.", "CONSULT", None),
    # a court finding its own critics guilty still convicts (manual, SANCTION 'convict'):
    # only what a state cuts off from its people's groups represses them (COERCE)
    ("A Sarnow tribunal convicted four opposition activists of sedition.", "SANCTION", "convict"),
])
def test_negotiation_and_conviction(nlp, text, event, mode):
    first = events_of(nlp, text)[0]
    assert (first.event, first.mode) == (event, mode)


def test_a_resignation_handed_in_is_no_disarming(nlp):
    # weapons handed in disarm; a resignation handed in is the official's (RETREAT 'resign')
    first = events_of(nlp, "The Sarnow harbour master handed in his resignation on Monday.")[0]
    assert (first.event, first.mode) == ("RETREAT", "resign")


def test_access_to_information_is_no_retreat(nlp):
    # access to records is information shared, never outsiders let in (RETREAT 'access')
    events = events_of(nlp, "The Sarnow customs office gave Velmor access to its shipping records.")
    assert "RETREAT" not in {event.event for event in events}


def test_definitions_measure_floor():
    # 51/54 on main's coder when written (session 33, before any change), 52/54 (96.3%) after
    # session 33's changes (never tuned on); floors only go up
    assert evaluate(MEASURE_PATH)["all"].accuracy() >= 0.962


def test_definitions_dev_floor():
    # 105/123 on main's coder, 116/123 (94.3%) after session 33's changes (tuned on); floors
    # only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.943
