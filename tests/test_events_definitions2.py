"""PLOVER coding read from the manual's definitions of the remaining kinds (AGREE, REQUEST,
ACCUSE, REJECT, SUPPORT, CONCEDE, MOBILIZE, AID, ASSAULT, COERCE) and from its treatment of
negation and modality: what a refusal's clause tells is not done, an act a party "has yet to"
do is pending (neither done, refused nor demanded), and REJECT takes the modes it shares with
REQUEST from what is refused.

``tests/fixtures/plover_definitions_measure_2.jsonl`` (75 sentences) and
``plover_definitions_dev_2.jsonl`` (162) were written in session 34 from the manual's
definitions, modes and ambiguities, type by type, and its auxiliary modes (refused to, did
not, would, threatened to, agreed to, called for), invented wire copy with a few sentences
that tell no act; the measure set was written and scored before any change to the coder and
is only scored; the dev set is for tuning.
"""

from __future__ import annotations

import pytest
from coded_events import events_of, first_type

from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_definitions_dev_2.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_definitions_measure_2.jsonl")


def _by_trigger(nlp, text: str) -> dict[str, tuple[str, str | None, str]]:
    return {event.trigger.text: (event.event, event.mode, event.status) for event in events_of(nlp, text)}


@pytest.mark.parametrize("text, trigger", [
    ("The Halvik militia refused to free the two Orlan surveyors.", "free"),
    ("The Halvik court declined to release the two fishermen on bail.", "release"),
])
def test_what_a_refusal_holds_back_is_not_done(nlp, text, trigger):
    # the manual's REJECT: the refusal is the act; the freeing it refuses never happened
    events = _by_trigger(nlp, text)
    assert events[trigger][2] == "negated"
    assert first_type(nlp, text) == "REJECT"


def test_a_refusal_noun_leads_before_the_act_it_refuses(nlp):
    text = "Orlan's refusal to hand back the impounded barges angered the river guild."
    first = events_of(nlp, text)[0]
    assert (first.event, first.mode) == ("REJECT", "yield")


@pytest.mark.parametrize("text, trigger, event", [
    # pending: no demand on anyone ("has to" obliges, "has yet to" does not)
    ("The Tessaly council has yet to respond to the ferry operators' letters.", "respond", "COMMENT"),
    # pending: not a refusal, as "has not approved" is read
    ("The Orlan cabinet has yet to approve the grain accord.", "approve", "SUPPORT"),
    # pending: no withdrawal announced ("is to withdraw" would announce one)
    ("The army is yet to withdraw from the northern ridge.", "withdraw", "RETREAT"),
])
def test_an_act_not_yet_done_is_pending(nlp, text, trigger, event):
    coded, _, status = _by_trigger(nlp, text)[trigger]
    assert (coded, status) == (event, "negated")


@pytest.mark.parametrize("text, mode", [
    # the manual's REJECT modes are shared with REQUEST: what is refused names them
    ("Velmar rejected the envoy's plea for emergency food supplies.", "assist"),
    # a refused call takes the mode of the act it called for (help: an extradition)
    ("Orlan rebuffed calls from the guild to extradite the smuggler Tomas Verhoek.", "assist"),
])
def test_a_rejection_takes_the_mode_of_what_it_refuses(nlp, text, mode):
    first = events_of(nlp, text)[0]
    assert (first.event, first.mode) == ("REJECT", mode)


def test_asking_for_a_coercive_act_asks_for_a_change(nlp):
    # manual, REQUEST 'change': any change of policy that is no concession
    first = events_of(nlp, "The harbour master was asked by traders to close the old bridge.")[0]
    assert (first.event, first.mode) == ("REQUEST", "change")


@pytest.mark.parametrize("text, event, mode", [
    # assets unfrozen ease a sanction (CAMEO 085; the fixtures' convention: CONCEDE)
    ("Orlan unfroze the bank accounts of the Velmar shipping line on Monday.", "CONCEDE", None),
    # money paid out by a fund is aid, whatever currency names it
    ("The donor fund disbursed 12 million euros to the Halvik water board.", "AID", None),
    # a militia formed is a non-state force made ready (manual, MOBILIZE 'militia')
    ("Farmers in the Tessaly hills formed an armed militia to guard their herds.", "MOBILIZE", "militia"),
])
def test_acts_read_from_their_definitions(nlp, text, event, mode):
    first = events_of(nlp, text)[0]
    assert (first.event, first.mode) == (event, mode)


@pytest.mark.parametrize("text", [
    # a person fired from a post is dismissed, not shot at (manual, ASSAULT: deliberate
    # actions that can cause physical harm)
    "Anselm Rudd was fired on Friday as manager of the Velmar dockyard.",
    # a plan carried out harms no one
    "Engineers executed the new strategy across the Velmar plants this spring.",
    # a market, a deal or a shop that closes is closed by no one
    "Velmar Steel shares fell 40 cents to close at 12.10 on Thursday.",
    "Until the merger closes, the two banks remain rivals.",
])
def test_senses_that_harm_or_restrict_no_one(nlp, text):
    assert {event.event for event in events_of(nlp, text)}.isdisjoint({"ASSAULT", "COERCE", "SANCTION"})


@pytest.mark.parametrize("text, event", [
    ("Gunmen fired on a Velmar border patrol near the ford at dawn.", "ASSAULT"),
    ("The Tessaly junta executed three officers convicted of mutiny.", "ASSAULT"),
    ("Riot police closed off the harbour road before the march.", "COERCE"),
    # an organisation banned (manual, COERCE 'restrict')
    ("The Orlan cabinet proscribed the Free Shore Movement on Tuesday.", "COERCE"),
])
def test_the_harmful_senses_stay(nlp, text, event):
    assert first_type(nlp, text) == event


def test_definitions_measure_floor():
    # 72/75 on main's coder when written (session 34, before any change), 72/75 (96.0%) after
    # session 34's changes (never tuned on); floors only go up
    assert evaluate(MEASURE_PATH)["all"].accuracy() >= 0.959


def test_definitions_dev_floor():
    # 149/162 on main's coder, 153/162 (94.4%) after session 34's changes (tuned on); floors
    # only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.944
