"""Where a statement's content ends, on sentences written for the tests."""

from __future__ import annotations

from crosswire.models import Article, DateEstimate, Statement
from crosswire.nlp import analyse

PUBLISHED = DateEstimate("2024-03-13", "day", "test", 1.0)


def statements(nlp, text: str) -> list[Statement]:
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=PUBLISHED, language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    return result.statements


def contents(nlp, text: str) -> dict[str, str]:
    return {s.cue.text: s.span.text for s in statements(nlp, text)}


def test_a_no_break_space_before_an_according_to_phrase_is_trimmed(nlp):
    found = statements(nlp, "Ferry crossings on the lake were also down,\u00a0according to a "
                            "harbour group.")
    assert [s.span.text for s in found] == ["Ferry crossings on the lake were also down"]



def test_a_place_word_after_an_according_to_source_is_no_content(nlp):
    found = statements(nlp, "Valdoria's shelling of the border towns has led to at least 31 "
                            "civilian deaths, according to authorities there.")
    assert [s.span.text for s in found] == [
        "Valdoria's shelling of the border towns has led to at least 31 civilian deaths"]


def test_a_clause_after_an_according_to_source_is_content(nlp):
    found = statements(nlp, "Prices, according to the bureau, rose by 3% in June.")
    assert [s.span.text for s in found] == ["Prices, according to the bureau, rose by 3% in June"]


def test_a_participle_that_reports_ends_the_content_before_it(nlp):
    found = contents(nlp, 'Governor Elsa Marten declared on Tuesday that "it is plainly the '
                          "state's duty\" to inspect every bridge, arguing the state has a clear "
                          "stake in keeping drivers safe.")
    assert found["declared"] == "that \"it is plainly the state's duty\" to inspect every bridge"
    assert found["arguing"] == "the state has a clear stake in keeping drivers safe"


def test_an_as_clause_with_another_speaker_ends_the_content_before_it(nlp):
    found = contents(nlp, "Two weeks after the flood in Rennick, Mayor Ilse Varga said 40 homes "
                          "have been cleared of mud, as crews promised on their first day of "
                          "repairs to reach every street.")
    assert found["said"] == "40 homes have been cleared of mud"
    assert found["promised"] == "to reach every street"


def test_a_report_the_content_itself_makes_stays_in_it(nlp):
    found = contents(nlp, "The mayor's office said Ilse Varga told the ferry crews on Monday "
                          "that the pier would reopen.")
    assert found["said"] == ("Ilse Varga told the ferry crews on Monday that the pier would "
                             "reopen")


def test_a_parenthetical_cue_around_the_root_ends_the_walk(nlp):
    # the walk up from "called" meets the sentence's root inside the content and stops there
    found = contents(nlp, "The harbour board, Mayor Ilse Varga said, called the ferry plan "
                          "reckless.")
    assert found["called"] == "the ferry plan reckless"


def test_a_participle_joined_by_and_is_the_speakers_next_act(nlp):
    found = contents(nlp, "The Kelmar ministry renewed its warning on Friday, calling all street "
                          "betting illegal and vowing to shut the dens.")
    assert found["calling"] == "all street betting illegal"
    assert found["vowing"] == "to shut the dens"
    found = contents(nlp, "Norvia moved against betting on Friday, declaring all street wagers "
                          "illegal and issuing a ban on card dens.")
    assert found["declaring"] == "all street wagers illegal"


def test_a_past_verb_joined_to_a_modal_clause_is_the_speakers_next_act(nlp):
    found = contents(nlp, "The mayor said the bridge would reopen and pushed back against "
                          "critics of the plan.")
    assert found["said"] == "the bridge would reopen"


def test_verbs_of_one_form_joined_by_and_stay_in_the_content(nlp):
    assert contents(nlp, "The mayor said crews were cleaning and painting the pier.")["said"] == (
        "crews were cleaning and painting the pier")
    assert contents(nlp, "The council said the ferry sank and left two people hurt.")["said"] == (
        "the ferry sank and left two people hurt")
