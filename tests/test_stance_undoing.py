"""Reading a side from what the words govern: undoing a thing is against it, a call takes the
side of what it calls for, and a word inside a hyphenated one is no act."""

from __future__ import annotations

import pytest

from crosswire.compare.event_stance import event_stance
from crosswire.compare.stance import statement_stance
from crosswire.models import Event, Resolution, Statement
from text_spans import words_in

TOPIC = frozenset({"ferry", "contract"})


@pytest.mark.parametrize("text, cue, stance", [
    # the undoing noun or verb is against what it undoes, whatever act its object names
    ("the decision led to the cancellation of deals to lease and run two ferries", "said", "against"),
    ("the board is revoking the ferry contracts it signed last spring", "said", "against"),
    ("the council rescinded its order for new ferries", "said", "against"),
    ("we urge the cancellation of the ferry contracts", "said", "against"),
    # an opposing cue taking the undoing as its object is against the undoing: for the thing
    ("the cancellation of the ferry contracts", "criticised", "for"),
])
def test_undoing_a_thing_is_against_it(text, cue, stance):
    assert statement_stance(text, terms=[], cue=cue, topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # opposing the undoing of a thing is being for the thing: two negations
    ("Mayor Ilse Dorrany opposed the repeal of the ferry contracts", "for"),
    ("the dockers' guild fought the lifting of the ferry contracts", "for"),
    ("Senator Ruvik Anstell condemned the scrapping of the ferry contracts", "for"),
    ("we oppose ending the ferry contracts before the summer", "for"),
    ("the harbour board refused to back the cancellation of the ferry contracts", "for"),
    # welcoming it is against the thing, and so is opposing the thing itself
    ("Mayor Ilse Dorrany welcomed the repeal of the ferry contracts", "against"),
    ("Mayor Ilse Dorrany opposed the ferry contracts", "against"),
    # a negated opposing call takes the side of the undoing it governs: against the thing
    ("Mayor Ilse Dorrany did not oppose the repeal of the ferry contracts", "against"),
    ("the guild has never opposed scrapping the ferry contracts", "against"),
    # being or speaking against an undoing is opposing it too
    ("Councillor Brenna Vasko is against an end to the ferry contracts", "for"),
    ("Councillor Brenna Vasko warned against the repeal of the ferry contracts", "for"),
    ("the guild campaigned against scrapping the ferry contracts", "for"),
    ("Councillor Brenna Vasko argued against the plan to cancel the ferry contracts", "for"),
    ("Councillor Brenna Vasko is against the ferry contracts", "against"),
])
def test_an_opposing_call_turns_an_undoing_of_the_issue(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a call, a welcome or backing takes the side of the marker it governs
    ("we urge the port to reject the ferry tender", "against"),
    ("the union welcomed the board's decision to scrap the ferry levy", "against"),
    ("they urged the council not to block the ferry", "for"),
    ("we called for the ferry contracts to be cancelled", "against"),
    # not across its clause: what else the sentence holds is another side
    ("we support the crews, but the ferry tender is unacceptable", "unclear"),
    ("we back the crews who opposed the new ferry timetable", "unclear"),
    ("they back a ferry plan that critics call reckless", "unclear"),
    # what the thing called for does, told in a relative clause, is what is called for
    ("the chamber voted in support of a ballot measure that repeals the ferry levy", "against"),
])
def test_a_call_takes_the_side_of_the_marker_it_governs(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance


def test_an_event_coded_inside_a_hyphenated_word_is_no_act_of_the_speaker():
    text = "Dr. Oyelaran said the second ferry could spare crews from life-threatening crossings."
    said = words_in(text, "the second ferry could spare crews from life-threatening crossings", "a")
    statement = Statement("s1", said, "indirect", words_in(text, "said", "a"), None,
                          Resolution("named", 1.0), speaker="oye")

    def threat(trigger: str) -> Event:
        span = words_in(text, trigger, "a")
        return Event(id="e1", event="THREATEN", mode=None, context=[], actor=[], recipient=[],
                     trigger=span, evidence=said, status="asserted")
    assert event_stance(statement, [threat("threatening")], topic=TOPIC) == "unclear"
    assert event_stance(statement, [threat("spare")], topic=TOPIC) == "against"  # a plain word still speaks


@pytest.mark.parametrize("text, cue, stance", [
    # one announces what one does: the issue announced is one's side
    ("a ferry inquiry into the crash", "announced", "for"),
    ("new ferry contracts worth two million", "unveiled", "for"),
    # news announced, no act of one's own
    ("that ferry talks had collapsed", "announced", "unclear"),
    # announcing the end of the issue is no side for it, but against it: the end is its object
    ("they would end the ferry service", "announced", "against"),
    ("the end of the ferry service", "announced", "against"),
    ("the creation of a ferry inquiry", "reported", "unclear"),
])
def test_announcing_the_issue_is_for_it(text, cue, stance):
    assert statement_stance(text, terms=[], cue=cue, topic=TOPIC | {"inquiry"})[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a marker inside a hyphenated word tells who backs the thing, not the speaker's side
    ("their rejection of a harbour-backed ferry contract", "against"),
    ("the mayor-backed ferry contract", "unclear"),
    ("we backed the ferry contract", "for"),
])
def test_a_marker_inside_a_hyphenated_word_is_no_side_of_the_speaker(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("a second ferry could help prevent deadly crossings", "for"),
])
def test_helping_is_for(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance


def test_a_call_turned_by_a_negator_turns_what_it_governs():
    assert statement_stance("we are not willing to help the ferry contracts through", terms=[],
                            topic=TOPIC)[0] == "against"
    assert statement_stance("we never urged the port to cancel the ferry contracts", terms=[],
                            topic=TOPIC)[0] == "for"


@pytest.mark.parametrize("text, stance", [
    # opposing what undoes a thing is for the thing
    ("we opposed the plan to scrap the ferry contracts", "for"),
    ("the mayor condemned the move to cancel the ferry service", "for"),
    ("we opposed the ferry contracts", "against"),
    # not across a clause: a reason given is no object of the opposing
    ("we opposed the ferry contracts because they are dangerous", "against"),
    # what it turns is an act opposed, not a word of its clause
    ("we would oppose the ferry contracts absent more details", "against"),
])
def test_an_opposing_call_turns_what_it_governs(text, stance):
    assert statement_stance(text, terms=[], topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # ending, lifting, easing or leaving the thing the issue names is against it
    ("the port will end its ferry contracts by spring", "against"),
    ("the minister moved to lift the ferry contracts freeze", "against"),
    ("we called for an end to the ferry contracts", "against"),
    ("the town withdrew from the ferry contract last week", "against"),
    # a negator or an opposing call turns it as it turns any marker
    ("the port refused to lift the ferry contracts", "for"),
    ("the crews opposed the plan to end the ferry contracts", "for"),
    # what the word ends is something else: no side on the issue
    ("the ferry contracts run to the end of the decade", "unclear"),
    ("the ferry contract would lift wages on the quay", "unclear"),
    ("the board ended talks, and the ferry contract stands", "unclear"),
])
def test_undoing_words_count_only_where_the_issue_is_their_object(text, stance):
    assert statement_stance(text, terms=[], cue="said", topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a passive's subject is what the undoing word takes
    ("the ferry contracts will be partially lifted in the storm year", "against"),
    ("the ferry contracts will not be eased before the summer", "for"),
    # the passive's subject in another clause is no object of it
    ("the ferry contracts stand, but the night tolls will be lifted", "unclear"),
    # nor is an issue word earlier in the sentence than the passive's own subject
    ("the ferry contracts stand but the night tolls will be lifted", "unclear"),
    ("the port hopes the ferry contracts go ahead once the curfew is lifted", "unclear"),
])
def test_undoing_a_passive_takes_its_subject(text, stance):
    assert statement_stance(text, terms=[], cue="said", topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # the object ends at its first preposition: the curbs are lifted, not the contracts
    ("the port will lift curbs on ferry contracts", "unclear"),
    # undoing a side's own marker turns it, as a negator does
    ("the port ended its support for the ferry contracts", "against"),
    ("officials plan relaxing the bans on ferry contracts", "for"),
])
def test_undoing_turns_the_marker_it_takes_as_object(text, stance):
    assert statement_stance(text, terms=[], cue="said", topic=TOPIC)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a discarding word is against the issue where the issue is what it discards
    ("the ferry contracts must be scrapped before winter", "against"),
    ("we were told the ferry contracts have not been quietly revoked", "for"),
    ("the council vowed to scrap the plan by spring", "against"),
    # a pronoun that may stand for the issue, as its object or its passive's subject
    ("we will scrap it on the first day", "against"),
    ("it must be repealed before the ferry season", "against"),
    # where it discards another thing, the issue named later in the sentence takes no side
    ("the mayor cancelled a trip to the coast, amid stalled talks on the ferry contracts", "unclear"),
    ("the mayor scrapped her visit to the quay before the ferry vote", "unclear"),
    # nor does a modal or a call governing it: they govern that discarding, no other side
    ("the islands should abandon the old habit of waiting, and the ferry contracts can stay", "unclear"),
    ("the union urged the mayor to cancel her trip as the ferry contracts lapse", "unclear"),
])
def test_discarding_words_count_only_where_the_issue_is_what_they_discard(text, stance):
    assert statement_stance(text, terms=[], cue="said", topic=TOPIC)[0] == stance


def test_a_discarding_word_beside_the_issue_term_counts_only_on_it():
    assert statement_stance("the mayor cancelled a trip to the coast, amid talks on the ferry",
                            terms=["ferry"])[0] == "unclear"
    assert statement_stance("the mayor will cancel the ferry next week", terms=["ferry"])[0] == "against"


@pytest.mark.parametrize("text, stance", [
    # lifting a bound is for what it bounds as much as against it: no side on either
    ("a short lifting of the borrowing ceiling is a relief for the port", "unclear"),
    ("the council will lift the borrowing cap", "unclear"),
    # undoing a thing that bounds nothing keeps its side
    ("the council will lift the harbour curfew", "against"),
])
def test_undoing_a_limit_takes_no_side(text, stance):
    topic = frozenset({"harbour", "borrowing", "ceiling", "cap", "curfew"})
    assert statement_stance(text, terms=[], topic=topic, cue="said")[0] == stance
