"""Headlines in Title Case or ALL CAPS are coded from a recased copy's parse
(``nlp/events/recase.py``): the copy keeps the original's length, so every offset holds, and
the events' words are the original's. Every sentence is invented."""

from __future__ import annotations

import pickle

import pytest

from crosswire.nlp import code_texts
from crosswire.nlp.components import EVENTS
from crosswire.nlp.events.recase import capitalised, recased


@pytest.mark.parametrize("text", [
    "Militias Attack Hill Villages In Northern Benin",
    "CUSTOMS OFFICERS IMPOUND CARGO SHIP AT LAGOS PORT",
    "Ghana Recalls Envoy From Lome In Fishing Dispute",
])
def test_a_capitalised_headline_is_recased_in_place(nlp, text):
    copy = recased(text)
    assert len(copy) == len(text)
    assert copy.lower() == text.lower()
    assert capitalised(next(nlp(text).sents))


def test_known_names_keep_their_capitals_and_acronyms_stay_acronyms():
    assert recased("Kenya Asks UN To Extend Somalia Mission") == "Kenya asks UN to extend Somalia mission"
    assert recased("UN WARNS BELGRADE OVER TROOP BUILD-UP") == "UN warns Belgrade over troop build-up"
    assert recased("CHAD RECALLS ENVOY FROM KHARTOUM") == "Chad recalls envoy from Khartoum"


@pytest.mark.parametrize("text", [
    "Ministers from Ghana and Togo met in Accra on Thursday to discuss the fishing dispute.",
    "President Ana Lindqvist of Sweden met Prime Minister Kofi Mensah in Accra.",
    "Lindqvist Replied",  # fewer content words than a headline
])
def test_ordinary_sentences_are_not_recased(nlp, text):
    assert not capitalised(next(nlp(text).sents))


@pytest.mark.parametrize("text, event", [
    ("Militias Attack Hill Villages In Northern Benin", "ASSAULT"),
    ("CUSTOMS OFFICERS IMPOUND CARGO SHIP AT LAGOS PORT", "COERCE"),
    ("Ghana Recalls Envoy From Lome In Fishing Dispute", "SANCTION"),
    ("Kenya Asks UN To Extend Somalia Mission", "REQUEST"),
])
def test_capitalised_headlines_code_their_event_with_original_words(nlp, text, event):
    (events,) = code_texts([text], nlp=nlp)
    assert events and events[0].event == event
    for found in events:
        spans = [found.trigger, found.evidence, *(p.span for p in found.actor + found.recipient)]
        assert all(text[s.start : s.end] == s.text for s in spans)


def test_the_component_codes_a_title_run_into_its_body_line_by_line(nlp):
    text = ("Militias Attack Hill Villages In Northern Benin\n\n"
            "Fighters from two armed groups entered the villages at dawn, residents said.")
    events = nlp(text)._.get(EVENTS)
    headline = [e for e in events if e.evidence.start == 0]
    assert headline and headline[0].event == "ASSAULT"
    assert any(e.evidence.start > 0 and e.evidence.text.startswith("Fighters") for e in events)
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in events)


def test_a_pipeline_with_the_events_pipe_pickles_and_still_recases(nlp):
    # the brief sends the pipeline pickled to spawned workers
    copy = pickle.loads(pickle.dumps(nlp))
    events = copy("Kenya Asks UN To Extend Somalia Mission")._.get(EVENTS)
    assert events and events[0].event == "REQUEST"


def test_a_batch_parses_its_headlines_together_and_codes_each_text_as_alone(nlp):
    # the events pipe parses the lines of a whole batch in one call: each text's events
    # must be the ones it gets alone, its own headlines' and in its own order
    texts = [
        "Militias Attack Hill Villages In Northern Benin\n\nFighters entered two villages at dawn.",
        "The port authority said on Friday that the ferry would sail again next week.",
        "GHANA RECALLS ENVOY FROM LOME\n\nKenya Asks UN To Extend Somalia Mission\n\n"
        "The envoy left the capital late on Thursday.",
        "Customs Officers Impound Cargo Ship At Lagos Port",
    ]
    alone = [nlp(text)._.get(EVENTS) for text in texts]
    batched = [doc._.get(EVENTS) for doc in nlp.pipe(texts, batch_size=3)]
    assert batched == alone
    assert [e.event for e in alone[0] if e.evidence.start == 0] == ["ASSAULT"]
    assert {"SANCTION", "REQUEST"} <= {e.event for e in alone[2]}
    assert alone[3] and alone[3][0].event == "COERCE"
