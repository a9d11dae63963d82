"""Which stance markers count where one governs another, or names the issue's measure."""

from __future__ import annotations

import pytest

from crosswire.compare.stance import statement_stance

FERRY = frozenset({"ferry"})


@pytest.mark.parametrize("text, stance", [
    # a call takes the side of the act it asks for: after "to", "be", a relative pronoun
    ("urged the council to block funding for the ferry", "against"),
    ("called for the ferry contracts to be cancelled", "against"),
    ("backed wording that repeals the ferry charter", "against"),
    ("supports scrapping the ferry", "against"),
    # an opposing word that only qualifies the next word is no act the call asks for: the
    # call and the word weigh one each, and no side is read against the grant
    ("backed a grant for hundreds of illegal ferry crews", "unclear"),
])
def test_a_call_governs_the_act_it_asks_for_not_a_qualifying_word(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # "the ferry ban" names a measure against the ferry: judging it is the side taken
    ("asked the judge to quickly block the enforcement of the ferry ban", "for"),
    ("backed the ferry ban", "against"),
    ("the council condemned the ferry ban", "for"),
    # named alone it takes no side
    ("the ferry ban came into force on Sunday", "unclear"),
    # a ban of the issue asked for is against it
    ("we must ban the ferry", "against"),
])
def test_a_measure_against_the_issue_takes_the_side_of_what_judges_it(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("asked the judge to quickly block the enforcement of the ferry ban", "against"),
    ("backed the ferry ban", "for"),
    ("the council condemned the ferry ban", "against"),
])
def test_where_the_issue_is_the_measure_itself_a_side_on_it_is_not_turned(text, stance):
    # on an issue named "ferry ban", blocking the ban is against the issue, not for the ferry
    assert statement_stance(text, terms=[], topic=FERRY | {"ban"})[0] == stance


@pytest.mark.parametrize("text, stance", [
    ("members should boycott the ferry", "against"),
    ("called for a boycott of the ferry", "against"),
    ("told its crews it would advise against joining the ferry", "against"),
    ("told its crews it would advise against joining the ferry if the fares stay high",
     "conditional"),
])
def test_refusing_to_take_part_is_against(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a negator of two words turns the marker within reach of its last word
    ("the board's repeated missteps show it no longer offers a fair service on the ferry", "against"),
    # the bare noun names a thing; judged a failure, it takes a side
    ("the captain of the ferry died of kidney failure", "unclear"),
    ("the new ferry is a failure", "against"),
])
def test_a_failure_judged_takes_a_side_a_failure_named_none(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("text, stance", [
    # acting beyond one's powers, or a court undoing an order, is a side against it
    ("the harbour board exceeded its authority when it licensed the ferry", "against"),
    ("the appeals panel invalidated the order that licensed the ferry", "against"),
    ("the licence for the ferry must be invalidated", "against"),
])
def test_overstepping_and_undoing_are_against(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("text, cue, stance", [
    # a call for information asks a question of the issue: no side, nor what it governs
    ("a note to the harbour master seeking answers about the ferry timetable", "sent", "unclear"),
    ("demanding to know whether the port had rejected the ferry operator", "said", "unclear"),
    ("the harbour board explain its ferry contracts", "demanded", "unclear"),
    # a call for the thing itself still takes its side
    ("the harbour board restore the ferry", "demanded", "for"),
    ("seeking a new ferry for the island", "said", "for"),
])
def test_a_call_for_information_takes_no_side(text, cue, stance):
    assert statement_stance(text, terms=[], topic=FERRY, cue=cue)[0] == stance


@pytest.mark.parametrize("text, cue, stance", [
    # a commitment cue whose report opens with "to" commits the speaker to the act
    ("to restore the ferry within a month", "vowed", "for"),
    ("to restore the ferry within a month", "pledged", "for"),
    # what the act itself reads still decides where it takes a side
    ("to scrap the ferry within a month", "vowed", "against"),
    # no "to" after the cue: the cue alone is no commitment
    ("the ferry would be restored", "vowed", "unclear"),
])
def test_a_commitment_cue_is_for_the_act_it_reports(text, cue, stance):
    assert statement_stance(text, terms=[], topic=FERRY, cue=cue)[0] == stance


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_typographic_apostrophe_hides_no_negator(apostrophe):
    from crosswire.compare.assertions import affirms_issue

    text = f"the council doesn{apostrophe}t foresee another ferry this winter"
    assert statement_stance(text, terms=[], topic=FERRY)[0] == "against"
    assert not affirms_issue(text, topic=FERRY)


@pytest.mark.parametrize("text, stance", [
    # a limit a side will not let pass is against what it limits
    ("higher ferry tolls were a red line for the island", "against"),
    ("the guild drew the line at new ferry tolls", "against"),
    # wanting something is for it, and its negator turns it
    ("the guild is interested in lower ferry tolls", "for"),
    ("the guild isn't interested in “any talk of ferry tolls”", "against"),
])
def test_idioms_of_limits_and_wants_take_sides(text, stance):
    assert statement_stance(text, terms=[], topic=frozenset({"ferry", "toll"}))[0] == stance


@pytest.mark.parametrize("text, stance", [
    # a "who" clause on a noun tells the stance of those the noun names, not the speaker's
    ("the letters were sent by boatmen who oppose the ferry", "unclear"),
    ("a rally by residents who strongly support the ferry", "unclear"),
    # auxiliaries, negators and adverbs between "who" and the stance word are still theirs
    ("the letters were sent by boatmen who also oppose the ferry", "unclear"),
    ("the letters were sent by boatmen who still oppose the ferry", "unclear"),
    ("a rally by residents who do not support the ferry", "unclear"),
    ("a rally by residents who have long opposed the ferry", "unclear"),
    # the speaker's own words still count
    ("the threats must stop, and we oppose the ferry", "against"),
])
def test_a_stance_in_a_who_clause_is_that_of_those_it_describes(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance
