"""PLOVER coding: senses of common cue words that real wire copy uses for no act.

Every sentence is invented (names of places and people included); each group contrasts
the act a word can tell with its everyday sense in news copy.
"""

from __future__ import annotations

import pytest

from coded_events import events_of, first_type


@pytest.mark.parametrize("text, event", [
    # a weapon that does its clause's act is the attack
    ("A rocket fired from the Tarnby hills hit a school in Marvella.", "ASSAULT"),
    ("Rebels fired mortars at the Pelmar garrison overnight.", "ASSAULT"),
    # what a verb is done with or to is no attack of its own
    ("Pelmar unveiled a new cruise missile at a parade in Marvella.", None),
    ("Ostravia has deployed 40 missiles along the Pelmar border.", "MOBILIZE"),
])
def test_a_weapon_attacks_only_as_the_doer(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text", [
    "Envoys of Ostravia and Pelmar met in Marvella to discuss limiting long-range missiles.",
    "Ostravia has deployed 40 missiles along the Pelmar border.",
    "The two states signed a treaty banning medium-range rockets.",
    # a passive subject has the act done to it
    "Forty missiles were deployed along the Pelmar border by Ostravia.",
    "A new cruise missile was unveiled by Pelmar at a parade in Marvella.",
])
def test_a_weapon_named_beside_another_act_adds_no_attack(nlp, text):
    assert "ASSAULT" not in {event.event for event in events_of(nlp, text)}


@pytest.mark.parametrize("text, event", [
    # a clause that tells a fact: a statement, no demand
    ("A calm President Varga insisted the pullout from Tarnby had gone to plan.", "COMMENT"),
    ("The Pelmar cabinet insisted that the new levy was lawful, a spokesman said.", "COMMENT"),
    # a bare verb, a modal of obligation or "on": what must be done
    ("The mediator insisted that both armies pull back 20 km before the next round.", "REQUEST"),
    ("The Tarnby lenders insisted that the government cut fuel subsidies first.", "REQUEST"),
    ("Ostravia insisted the reporters should leave the country within a week.", "REQUEST"),
    ("The union insisted on direct talks with the Pelmar board.", "REQUEST"),
])
def test_insisting_demands_only_what_must_be_done(nlp, text, event):
    assert [e.event for e in events_of(nlp, text) if e.trigger.text.startswith("insist")] == [event]



@pytest.mark.parametrize("text, event", [
    # wanting to do something oneself is an aim, no demand
    ("The Tarnby carmaker wants to double its sales in Pelmar by 2030.", None),
    ("The Marvella port authority wants to deepen its channel for larger ships.", None),
    # wanting something of someone else is a demand
    ("The Pelmar opposition wants the interior minister to resign over the raid.", "REQUEST"),
    ("Farmers in Marvella want a recount of the flooded acreage.", "REQUEST"),
    ("The Tarnby residents' group wants to see the speed limit on the high street cut to 20 mph.",
     "REQUEST"),
])
def test_a_wish_demands_only_of_another(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text", [
    # readiness to do what no cue names is still an offer of it (manual, AGREE)
    "The Pelmar opposition said it was ready to go back to the chamber if its three deputies "
    "were reinstated.",
    "Marvella's unions are willing to reopen the ferry depot once the levy is withdrawn.",
])
def test_an_offer_of_an_act_no_cue_names_is_agreement(nlp, text):
    assert first_type(nlp, text) == "AGREE"
