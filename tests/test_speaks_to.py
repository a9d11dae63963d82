"""Whether a side a statement takes is on an issue: a statement told in a relative clause
speaks to what its pronoun stands for, not to what the headline names."""

from __future__ import annotations

from crosswire.compare.positions import find_positions
from crosswire.compare.speaks_to import relative_antecedents
from crosswire.models import Actor, Article, DateEstimate, Issue, MergedAnalysis, Resolution, Statement
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
LEVY = Issue(id="issue:harbour levy", label="harbour levy", terms=["harbour", "levy"], statements=["s1"])


def _story(text: str, said: str, speaker_words: str) -> MergedAnalysis:
    article = Article("a", "a.txt", "Outlet", "Port board votes on harbour levy", UNDATED, "en", text)
    statement = Statement("s1", words_in(text, said, "a"), "indirect", words_in(text, "said", "a"),
                          words_in(text, speaker_words, "a"), Resolution("named", 1.0), speaker="wardens")
    actors = [Actor("wardens", "Quay Wardens", "organisation", ["Quay Wardens"], [])]
    return MergedAnalysis(articles=[article], actors=actors, statements=[statement])


def test_a_statement_in_a_relative_clause_speaks_to_what_its_pronoun_stands_for():
    text = "The bill also carried an extension of the dock curfew, which the Quay Wardens said they oppose."
    story = _story(text, "they oppose", "the Quay Wardens")
    assert relative_antecedents(story.statements, story.articles) == {"s1": "an extension of the dock curfew"}
    # the curfew is not the levy the headline names: no side on the levy
    assert find_positions(story, issues=[LEVY])[1] == []


def test_one_whose_pronoun_stands_for_the_issue_speaks_to_it():
    text = "The board tabled a new harbour levy, which the Quay Wardens said they oppose."
    [position] = find_positions(_story(text, "they oppose", "the Quay Wardens"), issues=[LEVY])[1]
    assert (position.actor, position.stance) == ("wardens", "against")


def test_a_statement_outside_a_relative_clause_still_stands_under_its_headline():
    text = "The bill also carried an extension of the dock curfew. The Quay Wardens said they oppose it."
    story = _story(text, "they oppose it", "The Quay Wardens")
    assert relative_antecedents(story.statements, story.articles) == {}
    [position] = find_positions(story, issues=[LEVY])[1]
    assert position.stance == "against"


def test_a_statement_far_below_the_headline_no_longer_stands_under_it():
    filler = ("Stall holders at the Korrin fish market set out their crates before dawn. "
              "A brass band from the upper town rehearsed on the quay until noon. ") * 6
    text = f"{filler}\nOld skipper Nils Varga told of a winter storm. The Quay Wardens said they oppose it."
    story = _story(text, "they oppose it", "The Quay Wardens")
    assert text.index("they oppose it") > 800
    # deep in the article the side is on what its own paragraph tells of, not the levy
    assert find_positions(story, issues=[LEVY])[1] == []


def test_a_side_against_the_main_one_names_no_aspect_where_the_main_one_is_on_something_else():
    filler = ("Stall holders at the Korrin fish market set out their crates before dawn. "
              "A brass band from the upper town rehearsed on the quay until noon. ") * 6
    text = (f"{filler}\nThe Quay Wardens said they back the night ferry. "
            "The Quay Wardens said they welcome the night ferry. "
            "The Quay Wardens said they oppose the dredging contract.")
    article = Article("a", "a.txt", "Outlet", "Port board votes on harbour levy", UNDATED, "en", text)
    said = ["they back the night ferry", "they welcome the night ferry", "they oppose the dredging contract"]
    statements = [Statement(f"s{n}", words_in(text, words, "a"), "indirect",
                            words_in(text, "said", "a", after=text.index(words) - 10), None,
                            Resolution("named", 1.0), speaker="wardens") for n, words in enumerate(said, 1)]
    actors = [Actor("wardens", "Quay Wardens", "organisation", ["Quay Wardens"], [])]
    story = MergedAnalysis(articles=[article], actors=actors, statements=statements)
    levy = Issue(id="issue:harbour levy", label="harbour levy", terms=["harbour", "levy"],
                 statements=["s1", "s2", "s3"])
    # the wardens' sides are on the ferry and the contract, deep below the headline: neither
    # is the levy, so the one against is no other aspect of it
    issues, positions = find_positions(story, issues=[levy])
    assert positions == [] and [issue.id for issue in issues] == [levy.id]
