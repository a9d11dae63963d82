"""PLOVER coding against the manual's decision rules between look-alike types (its
"Potential ambiguities"), each decided from the act's arguments: cooperation cut is
SANCTION, a demand given up CONCEDE, a payment imposed SANCTION, a deployment followed by
force the ASSAULT alone, people who are no force mobilised to demonstrate PROTEST, a
government's protest ACCUSE, a word naming the kind of an act no act.

``tests/fixtures/plover_manual_dev.jsonl`` (95 sentences) and ``plover_manual_measure.jsonl``
(48) were written in session 19 from the manual's rules, type by type, invented wire copy;
the measure set was written and scored (41/48) before any change to the coder and is only
scored; the dev set is for tuning.
"""

from __future__ import annotations

import json

import pytest
from coded_events import events_of, first_type

from crosswire.knowledge import plover
from crosswire.measure.eval_events import OWN_PATH, evaluate

DEV_PATH = OWN_PATH.with_name("plover_manual_dev.jsonl")
MEASURE_PATH = OWN_PATH.with_name("plover_manual_measure.jsonl")


def test_both_sets_code_only_plover_types():
    for path in (DEV_PATH, MEASURE_PATH):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert rows and all(row["event"] in plover.EVENT_TYPES for row in rows)
        assert len({row["id"] for row in rows}) == len(rows)


@pytest.mark.parametrize("text, event", [
    # material cooperation cut reduces relations (manual, REJECT: withdrawn aid is SANCTION)
    ("Valdoria cut off development aid to the Ostrian army after the coup.", "SANCTION"),
    ("The Harlan government halted its joint patrols with Brisk on Monday.", "SANCTION"),
    # a demand given up is a concession (manual, REQUEST)
    ("The Brisk dockers abandoned their call for a shorter week.", "CONCEDE"),
])
def test_an_act_cut_or_given_up_takes_the_manuals_type(nlp, text, event):
    assert first_type(nlp, text) == event


def test_a_verb_that_reduces_only_with_its_own_words_cuts_no_ties(nlp):
    # "extended" is a sanction only when sanctions are extended: here credit is given
    assert first_type(nlp, "The Harlan fund extended a loan to Brisk to buy seed.") == "AID"


@pytest.mark.parametrize("text, event", [
    # a payment someone is ordered to make is a penalty on the payer (manual, AID)
    ("A Harlan court ordered the ferry company to compensate the stranded passengers.", "SANCTION"),
    ("The tribunal ordered the Brisk mill to pay damages to its neighbours.", "SANCTION"),
    # paid of its own accord, it is aid
    ("The Brisk mill paid compensation to its neighbours after the flood.", "AID"),
])
def test_a_payment_imposed_is_a_sanction(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a deployment whose doers go on to use force is the ASSAULT alone (manual, MOBILIZE)
    ("Valdorian troops were sent into the pass and fired on the Ostrian positions.", "ASSAULT"),
    # a deployment beside someone else's force stays a deployment, and so does one beside
    # force only denied
    ("Valdorian troops gathered at the pass while Ostrian gunners shelled the village.", "MOBILIZE"),
    ("Whoever seeks a truce must not shell the villages, mobilise thousands of reservists and "
     "close the border.", "MOBILIZE"),
])
def test_a_deployment_followed_by_force(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # people who are no force, set in motion to demonstrate, protest (manual, MOBILIZE)
    ("The Harlan farmers' union mobilised its members to blockade the ring road.", "PROTEST"),
    # a force set in motion stays a deployment
    ("The Valdorian army mobilised its reservists to guard the pass.", "MOBILIZE"),
])
def test_people_mobilised_for_an_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # debt forgiven is aid (manual, AID), also where the parse leaves "forgave" unlemmatised
    ("Western creditors forgave half of the Ostrian debt.", "AID"),
    ("The Harlan bank waived the loans it had made to Brisk.", "AID"),
    # forgiving people stays a concession
    ("The Valdorian president forgave the deserters.", "CONCEDE"),
])
def test_debt_forgiven_is_aid(nlp, text, event):
    assert first_type(nlp, text) == event


def test_an_order_out_of_the_country_is_an_expulsion(nlp):
    assert first_type(nlp, "The Ostrian junta ordered the Brisk charity out of the country.") == "COERCE"


@pytest.mark.parametrize("text, event", [
    # a government's protest is a diplomatic one (manual, PROTEST: ACCUSE 'disapprove')
    ("The Valdorian foreign ministry protested the arrest of two of its sailors.", "ACCUSE"),
    # a crowd's is the protest, wherever it stands
    ("Harlan nurses protested outside the health ministry on Friday.", "PROTEST"),
])
def test_a_governments_protest_is_an_accusation(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event, kind", [
    # a cue word that only says what kind of act its noun is codes no act of its own
    ("Harlan and Brisk negotiators opened ceasefire talks on Monday.", "CONSULT", "CONCEDE"),
    ("Brisk police broke up an aid rally outside the Harlan consulate.", "COERCE", "AID"),
])
def test_a_word_naming_the_kind_of_an_act_is_no_act(nlp, text, event, kind):
    events = events_of(nlp, text)
    assert events[0].event == event
    assert kind not in {e.event for e in events}


def test_manual_dev_floor():
    # 74/95 on main's coder before session 19's changes, 86/95 after; floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.90
