"""PLOVER coding: cues that name an event in passing tell no act of the sentence
(``nlp/events/background.py``).

Every sentence is invented (names of places and people included); each group sets a cue
that only describes or names an event beside one that tells it.
"""

from __future__ import annotations

import pytest

from crosswire.nlp import code_texts


def _triggers(nlp, text: str) -> set[str]:
    return {event.trigger.text for event in next(iter(code_texts([text], nlp=nlp)))}


@pytest.mark.parametrize("text, trigger, coded", [
    # a participle before its noun says what the noun is, beside the act the sentence tells
    ("Pharmacies across Tessel began selling the approved remedy on Monday.", "approved", False),
    ("Police detained two members of a banned opposition group in Tessel.", "banned", False),
    # a past participle after its noun, beside an act told in a verb, is background ...
    ("Inspectors approved by the harbour board closed three warehouses in Tessel.", "approved", False),
    # ... unless dated of its own, or the only act the sentence tells
    ("Police in Varn questioned two men arrested on Sunday near the fuel depot.", "arrested", True),
    ("The three envoys expelled from Ostrel were back in Tessel by Friday.", "expelled", True),
    # a present participle after a text says what the text does: its issuer's act
    ("The dockers' union sent the mayor a letter demanding the reopening of the depot.", "demanding", True),
])
def test_a_participle_describing_a_noun(nlp, text, trigger, coded):
    assert (trigger in _triggers(nlp, text)) == coded


@pytest.mark.parametrize("text, trigger, coded", [
    # an event noun nothing anchors names a kind of event beside the act the sentence tells
    ("These charges are baseless, and the council has fined the harbour board.", "charges", False),
    ("Curfews are a fact of life in the valley, where soldiers detained two farmers on Monday.",
     "Curfews", False),
    # all the sentence tells, it is what the sentence is about
    ("Curfews are a fact of life in the valley.", "Curfews", True),
    # anchored by a verb that does it or frames it, by a party, or a participle on it
    ("Police took forty protesters into custody in Tessel.", "custody", True),
    ("The valley has known worry and curfews for a decade, and the council now plans a new market.",
     "curfews", True),
    ("Talks between Varn and Ostrel are due to resume.", "Talks", True),
    ("The curfew imposed by the Varn council is a blow to traders.", "curfew", True),
    # a line with no verb is about its nouns
    ("Curfew across the Tessel valley", "Curfew", True),
])
def test_an_event_noun_needs_an_anchor(nlp, text, trigger, coded):
    assert (trigger in _triggers(nlp, text)) == coded
