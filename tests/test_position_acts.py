"""Positions from what holders did outside any statement, on hand-made events."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.compare.issues import find_issues
from crosswire.compare.positions import find_positions, holds_positions
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    MergedAnalysis,
    Resolution,
    Statement,
    TextSpan,
)
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def _act(kind: str, article: Article, sentence: str, trigger: str, *, doer: str, doer_id: str | None,
         obj: str | None = None) -> Event:
    """``doer`` (its words, linked to ``doer_id`` or to no actor) does ``trigger`` to ``obj``."""
    start = article.text.index(sentence)

    def at(words: str) -> TextSpan:
        offset = start + sentence.index(words)
        return TextSpan(words, offset, offset + len(words), article.id)
    recipient = [EventParticipant(replace(at(obj), article=None), None, None)] if obj else []
    return Event(id=f"e-{trigger}", event=kind, mode=None, context=[],
                 actor=[EventParticipant(replace(at(doer), article=None), None, doer_id)],
                 recipient=recipient, trigger=at(trigger), evidence=words_in(article.text, sentence, article.id),
                 status="asserted")


def _story(text: str) -> tuple[Article, MergedAnalysis]:
    article = Article("a", "a.txt", "One", "River dam wins vote", UNDATED, "en", text)
    other = Article("b", "b.txt", "Two", "River dam splits the valley", UNDATED, "en",
                    "Ana Vos said the river dam would ruin the valley.")
    said = "the river dam was vital"
    statements = [Statement("s0", words_in(text, said, "a"), "indirect", words_in(text, "said", "a"), None,
                            Resolution("named", 1.0), speaker="mayor"),
                  Statement("s1", words_in(other.text, "the river dam would ruin the valley", "b"), "indirect",
                            words_in(other.text, "said", "b"), None, Resolution("named", 1.0), speaker="vos")]
    actors = [Actor(i, name, kind, [name], []) for i, name, kind in [
        ("mayor", "Ana Mayor", "person"), ("vos", "Ana Vos", "person"), ("club", "Tide Club", "organisation")]]
    return article, MergedAnalysis(articles=[article, other], actors=actors, statements=statements)


def test_a_doer_the_linking_left_open_is_the_holder_its_words_name():
    article, story = _story("The Tide Club reacted with fury. Ana Mayor said the river dam was vital.")
    outrage = _act("ACCUSE", article, "The Tide Club reacted with fury.", "fury",
                   doer="The Tide Club", doer_id=None)
    _, positions = find_positions(story, issues=find_issues(story), events=[outrage])
    assert ("club", "against") in {(p.actor, p.stance) for p in positions}


def test_what_another_act_is_done_to_is_no_act_of_its_doer():
    sentence = "The Tide Club brushed aside the protest from the farmers."
    article, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    brushed = _act("REJECT", article, sentence, "brushed aside", doer="The Tide Club", doer_id="club",
                   obj="the protest from the farmers")
    # the coder read the noun as the club's protest: it is what the club brushed aside
    protest = _act("PROTEST", article, sentence, "protest", doer="The Tide Club", doer_id="club")
    _, positions = find_positions(story, issues=find_issues(story), events=[brushed, protest])
    assert not any(p.actor == "club" for p in positions)


def test_a_paper_named_after_a_place_is_not_the_place():
    valdoria = Actor("v", "Valdoria", "organisation", ["Valdoria"], [])
    courier = Actor("c", "Courier", "organisation", ["the Courier"], [])
    assert holds_positions(valdoria, outlets=["The Valdoria Courier"])
    assert not holds_positions(courier, outlets=["The Valdoria Courier"])


def _nominal_story(sentence: str) -> MergedAnalysis:
    _, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    text = story.articles[0].text
    club = Actor("club", "Tide Club", "organisation", ["Tide Club"], [], seen=[words_in(text, "Tide Club", "a")])
    return replace(story, actors=[*story.actors[:2], club])


def test_a_noun_its_holder_owns_tells_its_side():
    # the holder's request names the issue: for it
    story = _nominal_story("The Tide Club's request for a new river dam was read out.")
    _, positions = find_positions(story, issues=find_issues(story))
    club = next(p for p in positions if p.actor == "club")
    assert club.stance == "for" and club.statements == []
    assert [e.text for e in club.evidence] == ["The Tide Club's request for a new river dam was read out."]
    # a rebuke from the holder answers what the sentence told: the story's main issue
    story = _nominal_story("The vote drew a sharp rebuke from the Tide Club.")
    _, positions = find_positions(story, issues=find_issues(story))
    assert ("club", "against") in {(p.actor, p.stance) for p in positions}


def test_a_source_named_by_two_names_at_one_word_is_the_longer_ones():
    # "Tide" is a name of its own where "Tide Club" starts: the rebuke is the club's
    story = _nominal_story("The vote drew a sharp rebuke from Tide Club.")
    text = story.articles[0].text
    tide = Actor("tide", "Tide", "organisation", ["Tide"], [], seen=[words_in(text, "Tide", "a")])
    story = replace(story, actors=[*story.actors, tide])
    _, positions = find_positions(story, issues=find_issues(story))
    assert ("club", "against") in {(p.actor, p.stance) for p in positions}
    assert not any(p.actor == "tide" for p in positions)


@pytest.mark.parametrize("source, held", [
    ("former Governor Lena Brandt", True),  # the title aside, the name is hers
    ("the former Governor Lena Brandt", True),
    ("supporters of Lena Brandt", False),  # words that are no title: someone else's
])
def test_a_source_is_named_past_its_title(source, held):
    _, story = _story(f"The vote drew a sharp rebuke from {source}. Ana Mayor said the river dam was vital.")
    text = story.articles[0].text
    brandt = Actor("brandt", "Lena Brandt", "person", ["Lena Brandt"], [], seen=[words_in(text, "Lena Brandt", "a")])
    _, positions = find_positions(replace(story, actors=[*story.actors, brandt]), issues=find_issues(story))
    assert (("brandt", "against") in {(p.actor, p.stance) for p in positions}) == held


@pytest.mark.parametrize("sentence", [
    "The Tide Club's request for a ferry was read out.",  # names no issue: what it asks may turn it round
    "The Tide Club's request was granted.",  # the noun is a subject, asking nothing here
    "The vote drew a rebuke from the Tide Club Trust.",  # the phrase names someone else
    # a request named by its source alone names nothing it asks: it may ask to stop the dam
    "The judge granted a request from the Tide Club.",
])
def test_a_noun_tells_no_side_on_the_issue_unless_its_words_name_it(sentence):
    story = _nominal_story(sentence)
    _, positions = find_positions(story, issues=find_issues(story))
    assert not any(p.actor == "club" for p in positions)


def test_undoing_the_issue_is_an_act_against_it():
    sentence = "The Tide Club repealed the river dam levy."
    article, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    repealed = _act("CONCEDE", article, sentence, "repealed", doer="The Tide Club", doer_id="club",
                    obj="the river dam levy")
    _, positions = find_positions(story, issues=find_issues(story), events=[repealed])
    assert ("club", "against") in {(p.actor, p.stance) for p in positions}


@pytest.mark.parametrize("sentence, kind, trigger, stance", [
    # an act on what undoes the issue takes the other side: backing it is against the issue
    ("The Tide Club voted in support of a measure that repeals the river dam levy.", "SUPPORT", "support",
     "against"),
    ("The Tide Club voted in support of the river dam levy.", "SUPPORT", "support", "for"),
    # protesting what undoes it is for it; a judgement after the clause is no object of the act
    ("The Tide Club protested the plan to scrap the river dam levy.", "PROTEST", "protested", "for"),
    ("The Tide Club protested the river dam levy, calling it illegal.", "PROTEST", "protested", "against"),
    # an opposing word right before the act undoes it
    ("The Tide Club cancelled its support for the river dam levy.", "SUPPORT", "support", "against"),
    ("The Tide Club long gave its support to the river dam levy.", "SUPPORT", "support", "for"),
    # a clause a conjunction opens has a subject of its own: others' fears are no object of the act
    ("The Tide Club voted in support of the river dam levy as worried anglers voiced their opposition.",
     "SUPPORT", "support", "for"),
    ("The Tide Club voted in support of the river dam levy while critics called it a mistake.",
     "SUPPORT", "support", "for"),
])
def test_an_act_takes_the_side_its_clause_reads(sentence, kind, trigger, stance):
    article, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    act = _act(kind, article, sentence, trigger, doer="The Tide Club", doer_id="club")
    _, positions = find_positions(story, issues=find_issues(story), events=[act])
    assert ("club", stance) in {(p.actor, p.stance) for p in positions}


@pytest.mark.parametrize("mode, held", [
    # an inquiry looks into the matter: it has judged nothing yet
    ("investigate", set()),
    # an accusation judges it
    (None, {("club", "against")}),
])
def test_looking_into_the_issue_takes_no_side(mode, held):
    sentence = "The Tide Club will examine the river dam levy."
    article, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    act = replace(_act("ACCUSE", article, sentence, "examine", doer="The Tide Club", doer_id="club",
                       obj="the river dam levy"), mode=mode, status="future")
    _, positions = find_positions(story, issues=find_issues(story), events=[act])
    assert {(p.actor, p.stance) for p in positions if p.actor == "club"} == held


@pytest.mark.parametrize("sentence, kind, trigger, held", [
    # an act governing another after "to" takes the side the two read together take, else none
    ("The Tide Club declined to gather more votes on the river dam levy.", "REJECT", "declined", set()),
    ("The Tide Club tried to reach the river dam levy panel.", "ACCUSE", "tried", set()),
    ("The Tide Club refused to back the river dam levy.", "REJECT", "refused", {("club", "against")}),
    # "to" before a noun's determiner opens no act: the act's own side stands
    ("The Tide Club gave its support to the river dam levy.", "SUPPORT", "support", {("club", "for")}),
])
def test_an_act_governing_another_takes_the_side_they_read_together(sentence, kind, trigger, held):
    article, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    act = _act(kind, article, sentence, trigger, doer="The Tide Club", doer_id="club")
    _, positions = find_positions(story, issues=find_issues(story), events=[act])
    assert {(p.actor, p.stance) for p in positions if p.actor == "club"} == held


@pytest.mark.parametrize("sentence, held", [
    ("The vote drew cross-party criticism over the flooded fields.", True),  # no owner: critics'
    ("The river dam faced a fierce backlash.", True),
    ("The vote drew his criticism.", False),  # owned: his, whoever he is
    ("The vote drew the Tide Club's criticism.", False),
    ("There was no criticism of the vote.", False),  # denied
    ("The vote drew criticism from fishermen.", False),  # a source of its own
])
def test_a_stance_noun_no_one_owns_is_the_side_of_the_people_it_implies(sentence, held):
    _, story = _story(f"{sentence} Ana Mayor said the river dam was vital.")
    _, positions = find_positions(story, issues=find_issues(story))
    critics = [p for p in positions if p.actor_name == "critics"]
    assert bool(critics) == held
    if held:
        [position] = critics
        assert position.stance == "against" and position.unnamed
        assert [e.text for e in position.evidence] == [sentence]


def _strike_story(sentence: str) -> tuple[Article, MergedAnalysis]:
    """A story whose issue is a dock strike, and ``sentence`` telling what the crews' union did."""
    text = f"{sentence} Port chief Ivo Senn said the dock strike was unlawful."
    article = Article("a", "a.txt", "One", "Dock strike looms at the port", UNDATED, "en", text)
    other = Article("b", "b.txt", "Two", "Port braces for dock strike", UNDATED, "en",
                    "Crew leader Mara Toth said the dock strike would go ahead.")
    statements = [Statement("s0", words_in(text, "the dock strike was unlawful", "a"), "indirect",
                            words_in(text, "said", "a"), None, Resolution("named", 1.0), speaker="senn"),
                  Statement("s1", words_in(other.text, "the dock strike would go ahead", "b"), "indirect",
                            words_in(other.text, "said", "b"), None, Resolution("named", 1.0), speaker="toth")]
    actors = [Actor(i, name, kind, [name], []) for i, name, kind in [
        ("senn", "Ivo Senn", "person"), ("toth", "Mara Toth", "person"), ("union", "Crew Union", "organisation")]]
    return article, MergedAnalysis(articles=[article, other], actors=actors, statements=statements)


@pytest.mark.parametrize("sentence, trigger, mode, held", [
    # the act is the strike itself, by its word or the kind of act it is: no side on the strike
    ("The Crew Union threatened a walkout at the dock.", "walkout", "strike", set()),
    ("The Crew Union called a dock strike.", "strike", None, set()),
    # a protest at the strike is a side on it
    ("The Crew Union protested against the dock strike.", "protested", "demonstrate", {("union", "against")}),
])
def test_an_act_that_is_the_issue_takes_no_side_on_it(sentence, trigger, mode, held):
    article, story = _strike_story(sentence)
    act = replace(_act("PROTEST", article, sentence, trigger, doer="The Crew Union", doer_id="union"), mode=mode)
    issues = find_issues(story)
    assert "strike" in issues[0].terms
    _, positions = find_positions(story, issues=issues, events=[act])
    assert {(p.actor, p.stance) for p in positions if p.actor == "union"} == held
