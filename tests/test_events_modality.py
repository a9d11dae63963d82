"""PLOVER coding of acts that the clause says did not, or not yet, take place: acts a word
undoes or weighs, what a meeting went without, and a warning that only forecasts.

Every sentence is invented (names of places and people included); each group contrasts
one mechanism with the plain act, not one word.
"""

from __future__ import annotations

import pytest

from coded_events import events_of, first_type


def status_of(nlp, text: str, trigger: str) -> str:
    return next(e.status for e in events_of(nlp, text) if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger, status", [
    # an act inside what is cancelled, suspended or scrapped does not take place
    ("Pelkan cancelled a visit by its foreign minister to Ostrel.", "visit", "negated"),
    ("The miners' union suspended its talks with the owners on Thursday.", "talks", "negated"),
    # a "to" clause right after the cancelled phrase is part of it, wherever the parse hangs it
    ("The row led to the cancellation of contracts for Varn to build and buy four ferries.",
     "buy", "negated"),
    # ... though not what a relative clause says of what is abandoned
    ("Varn abandoned its bid to join the bloc, which Pelkan had long opposed.", "join", "negated"),
    ("Varn abandoned its bid to join the bloc, which Pelkan had long opposed.", "opposed", "asserted"),
    # what a meeting went without was not made
    ("The two delegations parted without an accord late on Friday.", "accord", "negated"),
    # what a party failed to do did not come about, though what set the attempt in time did
    ("The Varn mediators failed to reach an accord on the river border.", "accord", "negated"),
    ("The Ostrel militia failed to seize the ridge after two days of shelling.", "seize", "negated"),
    ("The Ostrel militia failed to seize the ridge after two days of shelling.", "shelling", "asserted"),
    # the plain acts are asserted
    ("Pelkan confirmed a visit by its foreign minister to Ostrel.", "visit", "asserted"),
    ("The miners' union resumed its talks with the owners on Thursday.", "talks", "asserted"),
])
def test_an_undone_act(nlp, text, trigger, status):
    assert status_of(nlp, text, trigger) == status


@pytest.mark.parametrize("text, event", [
    # force or sanctions weighed in the open are held out: a threat (the manual's THREATEN)
    ("The Ostrel cabinet is weighing sanctions on Pelkan's shipping lines.", "THREATEN"),
    ("Varn is mulling whether to expel the Pelkan consul over the spying affair.", "THREATEN"),
    # imposed, they are the acts
    ("The Ostrel cabinet imposed sanctions on Pelkan's shipping lines.", "SANCTION"),
    ("Varn expelled the Pelkan consul over the spying affair.", "SANCTION"),
])
def test_a_weighed_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a verb that only tells how the talks went leaves the talks the event
    ("Talks between the Varn port authority and the pilots broke up without a settlement.", "CONSULT"),
    ("The negotiations on the water treaty broke up on Friday evening.", "CONSULT"),
    # a meeting that acts on something is that act
    ("The regional summit condemned the shelling of the Pelkan border posts.", "ACCUSE"),
    ("The Varn bishops' conference appealed for calm after the harbour riots.", "REQUEST"),
])
def test_how_a_meeting_went(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text", [
    # a threat holds out an act, or an outcome on a condition
    "The Ostrel navy warned that it would board any trawler in the closed zone.",
    "Varn warned that trade would suffer unless the tolls were scrapped.",
])
def test_a_warning_that_holds_out_an_act(nlp, text):
    assert first_type(nlp, text) == "THREATEN"


def test_a_warning_that_only_forecasts(nlp):
    text = "The Varn treasury warned that prices could climb again over the winter."
    assert "THREATEN" not in {e.event for e in events_of(nlp, text)}



@pytest.mark.parametrize("text, asked", [
    # a question put to a speaker is no act, nor is what it is about: the answer is the news
    ("Asked about the border closure, the governor of Kell said he had not been told.", {"Asked", "closure"}),
    ("Asked whether Ostrel would expel the envoy, the minister said only that he was shocked.",
     {"Asked", "expel"}),
    ("Questioned about the raids, the interior minister of Vardu praised the police.", {"Questioned", "raids"}),
    ("When pressed on whether the blockade would end, the admiral declined to comment.", {"pressed", "end"}),
])
def test_a_question_put_to_the_speaker_is_no_event(nlp, text, asked):
    events = events_of(nlp, text)
    assert events and not {event.trigger.text for event in events} & asked


def test_asking_with_a_subject_of_its_own_is_a_request(nlp):
    assert first_type(nlp, "The dockers' union asked the port authority to reopen the northern quay.") == "REQUEST"


@pytest.mark.parametrize("text, event", [
    # a rate or a state that falls rejects or concedes nothing: no one acts
    ("The mortality rate in the northern valleys dropped to four percent last spring.", None),
    ("Inflation in the Ostrel republic declined for a third month in a row.", None),
    # a verb of giving up or refusing with nothing given up or refused tells how its
    # subject changed, whatever the subject is
    ("Hospital admissions in the Tessel valley are dropping for the first time since spring.", None),
    ("Tensions along the Varn border eased after the weekend.", None),
    ("Admissions in the Tessel valley are expected to decline further next month.", None),
    # the same verbs with a doer who can act stay events
    ("The Varn delegation dropped its demand for a toll cut on Tuesday.", "CONCEDE"),
    ("The ferry union declined an offer of arbitration from the port board.", "REJECT"),
    ("The ferry union declined to comment on the port board's offer.", "REJECT"),
    ("The Varn night curfew was eased on Tuesday.", "CONCEDE"),
])
def test_a_doer_that_cannot_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # talking is a meeting only with a partner or among several doers
    ("The Varn harbour master talked at length about the dredging budget on a morning podcast.", None),
    ("The Varn harbour master talked to reporters about the dredging budget.", None),
    ("The Varn harbour master talked with her Ostrel counterpart about the dredging budget.", "CONSULT"),
    ("The envoys of Varn and Ostrel talked late into the night.", "CONSULT"),
])
def test_talking_needs_a_partner(nlp, text, event):
    assert first_type(nlp, text) == event


def types_of(nlp, text: str) -> set[str]:
    return {event.event for event in events_of(nlp, text)}


@pytest.mark.parametrize("text, agreed", [
    # an aim or a forecast is no commitment: with no act after it nothing is agreed
    ("The canal board hopes to finish the new lock before the spring floods.", False),
    ("Harbour managers planned to reopen the north quay next month.", False),
    # a promise commits its subject whatever it promises
    ("The canal board promised to finish the new lock before the spring floods.", True),
    ("The mayor of Tessel vowed that the north quay would reopen next month.", True),
])
def test_an_aim_is_not_an_agreement(nlp, text, agreed):
    assert ("AGREE" in types_of(nlp, text)) == agreed


@pytest.mark.parametrize("text, event", [
    # failing to do something refuses nothing: what was not done is no event
    ("The two Tessel councillors failed to win enough votes from the harbour party.", None),
    ("The Pelkan memo fails to show that the mayor knew of the payments.", None),
    # a refusal is one
    ("The two Tessel councillors refused to back the harbour levy.", "REJECT"),
])
def test_failing_is_no_refusal(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event, status", [
    # an agreement not reached is no one's refusal: coded as the agreement, negated
    ("The Varn ferry owners and the dockers could not strike a deal over the night shifts.",
     "AGREE", "negated"),
    ("The Tessel council and the fishers did not reach an agreement on the quotas.", "AGREE", "negated"),
    # ... where one side will not make it, or will not take it, the refusal is the event
    ("The Ostrel rebels said they would not make a deal with the port authority.", "REJECT", "asserted"),
    ("The Varn cabinet will not accept the dockers' deal.", "REJECT", "asserted"),
])
def test_an_agreement_not_reached_is_no_refusal(nlp, text, event, status):
    first = events_of(nlp, text)[0]
    assert (first.event, first.status) == (event, status)
