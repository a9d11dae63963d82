"""A side taken on a court's decision is a side on what it decided, on hand-made stories."""

from __future__ import annotations

import pytest

from crosswire.compare.decision_stances import decision_named, makers_side, makes, on_issue
from crosswire.compare.issues import find_issues
from crosswire.compare.positions import find_positions
from crosswire.models import Actor, Article, DateEstimate, MergedAnalysis, Resolution, Statement
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
JUDGE = Actor("ode", "Lena Ode", "person", ["Lena Ode"], ["Judge"])
QUARRY = Actor("tarn", "Tarn Stone", "organisation", ["Tarn Stone"], [])
FARMERS = Actor("union", "Valley Growers Union", "organisation", ["Valley Growers Union"], [])


@pytest.mark.parametrize("text, name", [
    ("the ruling", "ruling"),
    ("it was dismayed by the ruling and would appeal", "ruling"),
    ("the court's decision was long overdue", "decision"),
    ("the verdicts were fair", "verdict"),
    ("the quarry expansion must go ahead despite the ruling", None),  # names the issue itself
    ("a long and careful reading of the evidence led to the ruling", None),  # too far in
    ("the plan was a mistake", None),  # no court's decision
])
def test_a_statement_takes_its_side_on_the_decision_it_opens_with(text, name):
    assert decision_named(text, topic=frozenset({"quarry", "expansion"})) == name


def test_the_maker_of_a_ruling_is_a_judge_or_a_court():
    assert makes(JUDGE, "ruling")
    assert makes(Actor("c", "Supreme Court", "organisation", ["Supreme Court"], []), "verdict")
    assert not makes(QUARRY, "ruling")
    assert not makes(JUDGE, "plan")  # no decision noun: no maker


def test_the_makers_side_is_the_one_side_their_words_take():
    assert makers_side("ruling", sides=[(JUDGE, "against"), (QUARRY, "for")]) == "against"
    assert makers_side("ruling", sides=[(JUDGE, "against"), (JUDGE, "for")]) is None  # both sides
    assert makers_side("ruling", sides=[(QUARRY, "for")]) is None  # no maker speaks
    assert makers_side("ruling", sides=[(JUDGE, "conditional")]) is None


def test_praising_a_ruling_against_the_issue_is_against_it():
    assert on_issue("for", maker="against") == "against"
    assert on_issue("against", maker="against") == "for"
    assert on_issue("for", maker="for") == "for"
    assert on_issue("conditional", maker="against") == "conditional"


def _said(id_: str, article: Article, quote: str, speaker: str, cue: str) -> Statement:
    return Statement(id_, words_in(article.text, quote, article.id), "indirect",
                     words_in(article.text, cue, article.id), None, Resolution("named", 1.0), speaker=speaker)


def _quarry_story(*, judge_speaks: bool = True) -> MergedAnalysis:
    texts = [
        ("Judge halts quarry expansion", "Judge Lena Ode said the quarry expansion was unlawful. "
         "Tarn Stone said the quarry expansion was vital and condemned the ruling."),
        ("Quarry expansion frozen by court", "The Valley Growers Union welcomed the ruling. "
         "Tarn Stone said the quarry expansion was vital."),
    ]
    articles = [Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en", text)
                for n, (title, text) in enumerate(texts)]
    a0, a1 = articles
    statements = [
        _said("s1", a0, "the quarry expansion was vital", "tarn", "said"),
        _said("s2", a0, "the ruling", "tarn", "condemned"),
        _said("s3", a1, "the ruling", "union", "welcomed"),
        _said("s4", a1, "the quarry expansion was vital", "tarn", "said"),
    ]
    if judge_speaks:
        statements.insert(0, _said("s0", a0, "the quarry expansion was unlawful", "ode", "said"))
    return MergedAnalysis(articles=articles, actors=[JUDGE, QUARRY, FARMERS], statements=statements)


def test_welcoming_a_ruling_that_halts_the_issue_is_against_it():
    story = _quarry_story()
    [issue] = find_issues(story)
    assert issue.label == "quarry expansion"
    _, positions = find_positions(story, issues=[issue])
    held = {p.actor_name: (p.stance, sorted(p.statements)) for p in positions}
    assert held["Lena Ode"] == ("against", ["s0"])
    # welcoming the judge's ruling takes the judge's side; condemning it, the other
    assert held["Valley Growers Union"] == ("against", ["s3"])
    assert held["Tarn Stone"] == ("for", ["s1", "s2", "s4"])


def test_a_ruling_whose_maker_takes_no_side_is_read_as_said():
    story = _quarry_story(judge_speaks=False)
    _, positions = find_positions(story, issues=find_issues(story))
    held = {p.actor_name: p.stance for p in positions}
    assert held["Valley Growers Union"] == "for"  # on the ruling, as before: nothing to turn it by
