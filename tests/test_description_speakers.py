"""Speakers bound only where one candidate fits: "the team" closing a lede, "the software
giant", "the pair" after two speakers, a paper's report, and "they" after an unnamed
group (invented texts)."""

from __future__ import annotations

from crosswire.knowledge.speaking import group_size
from crosswire.models import Article, DateEstimate
from crosswire.nlp import analyse

from tests.test_speakers import resolved


def _speakers(nlp, text: str) -> list[tuple[str | None, list[str]]]:
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    return [(names.get(s.speaker_mention), [names[m] for m in s.co_speaker_mentions])
            for s in result.statements]


def test_a_firm_noun_closing_the_lede_is_the_one_organisation_it_names(nlp):
    text = "Harbor City Falcons forward Tomas Brekke is out for the remaining matches, the team said on Friday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name, method) == ("the team", "Harbor City Falcons", "description")


def test_a_firm_noun_closing_a_lede_of_two_organisations_stays_unresolved(nlp):
    text = ("Harbor City Falcons forward Tomas Brekke will miss the game against the Ridgefield "
            "Rovers, the team said on Friday.")
    said = [f for f in resolved(nlp, text) if f[1] == "the team"]
    assert said and said[0][2] is None


def test_a_firm_called_a_giant_is_that_firm(nlp):
    text = ("Vantor Systems Inc. on Wednesday shipped a repair for its route planner. The Dutch "
            "software giant called the fault minor.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("The Dutch software giant", "Vantor Systems Inc.")


def test_a_noun_counting_two_goes_on_with_a_joint_statement_of_two(nlp):
    assert group_size("pair") == 2 and group_size("trio") == 3 and group_size("lawmakers") is None
    # number words count as the text's own numbers do, from two up ("the four"; "the one" no set)
    assert (group_size("two"), group_size("Four"), group_size("one")) == (2, 4, None)
    joint = ('"We are thrilled," said Laura Bennett and Michael Harlow, the new directors of '
             'the festival. ')
    assert _speakers(nlp, joint + '"She is the right choice," the pair said on Monday.')[-1] == (
        "Laura Bennett", ["Michael Harlow"])
    assert _speakers(nlp, "Laura Bennett and Michael Harlow said the festival would move to "
                          "June. The two said ticket prices would not change.")[-1] == (
        "Laura Bennett", ["Michael Harlow"])
    # a count other than the speakers' is other people
    assert _speakers(nlp, joint + '"She is the right choice," the trio said on Monday.')[-1] == (
        None, [])


def test_a_report_in_a_paper_is_the_papers_word(nlp):
    text = ("The Falcons have agreed a four-year deal with Tomas Brekke. The club made its offer "
            "to the forward last week, a report in the Harbor Tribune said.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["a report in the Harbor Tribune"] == "Harbor Tribune"


def test_they_after_a_plural_unnamed_source_is_that_source_not_a_body_named_before(nlp):
    text = ("The Halden council will reopen the harbor to ferries in May. Ferry operators and "
            "local traders have criticized the long closure. They urged the council to "
            "lower the fees.")
    they = [f for f in resolved(nlp, text) if f[1] == "They"]
    assert they and they[0][2:] == (None, "unnamed")
    # a body that spoke since is whom "they" may go on with
    text = ("Ferry operators have criticized the long closure. The Halden Harbor Board said it "
            "would study the fees. They said a decision would come in June.")
    they = [f for f in resolved(nlp, text) if f[1] == "They"]
    assert they and they[0][3] != "unnamed"
