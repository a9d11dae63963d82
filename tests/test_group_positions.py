"""Unnamed groups hold positions ("critics said"), on hand-made statements."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.compare.group_holders import group_name
from crosswire.compare.issues import find_issues
from crosswire.compare.positions import find_positions
from crosswire.knowledge.text import crude_lemma, plural
from crosswire.measure.eval_story_gold_align import holder_matches
from crosswire.models import Actor, Article, DateEstimate, MergedAnalysis, Position, Resolution, Statement
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


@pytest.mark.parametrize("words, name", [
    ("Critics", "critics"),
    ("Some critics", "critics"),
    ("Environmental groups", "environmental groups"),
    ("Fishermen", "fishermen"),
    ("critics of the toll", "critics of the toll"),  # what follows the head tells groups apart
    ("Brask city officials", "brask city officials"),
    ("U.S. port officials", "U.S. port officials"),
    ("officials in the three northern harbour towns", "officials"),  # a long tail is cut
    ("A harbour spokesman", None),  # one person
    ("Sources close to the board", None),  # informants take no side as a group
    ("Witnesses", None),
    ("Posts on the union's page", None),  # what someone wrote, not who
    ("many", None),
])
def test_a_group_is_named_by_its_words_up_to_a_plural_head(words, name):
    assert group_name(words) == name


def _unnamed(id_: str, article: Article, quote: str, speaker_words: str, cue: str = "said") -> Statement:
    return Statement(id_, words_in(article.text, quote, article.id), "indirect",
                     words_in(article.text, cue, article.id), words_in(article.text, speaker_words, article.id),
                     Resolution("unnamed", 0.9))


def _named(id_: str, article: Article, quote: str, speaker: str) -> Statement:
    return Statement(id_, words_in(article.text, quote, article.id), "indirect",
                     words_in(article.text, "said", article.id), None, Resolution("named", 1.0), speaker=speaker)


def _toll_story() -> MergedAnalysis:
    texts = [
        ("Harbour toll approved", "Mayor Ana Brisk said the harbour toll was vital. "
         "Critics said the harbour toll was a mistake."),
        ("Harbour toll splits the coast", "Ilo Varn said the harbour toll would ruin small boats. "
         "Some critics said the harbour toll was unfair. Sources said the harbour toll starts in May."),
        ("Anger over harbour toll", "Residents said the harbour toll was unacceptable. "
         "Fishermen said the harbour toll takes effect in May."),
    ]
    articles = [Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en", text)
                for n, (title, text) in enumerate(texts)]
    a0, a1, a2 = articles
    statements = [
        _named("s0", a0, "the harbour toll was vital", "brisk"),
        _unnamed("s1", a0, "the harbour toll was a mistake", "Critics"),
        _named("s2", a1, "the harbour toll would ruin small boats", "varn"),
        _unnamed("s3", a1, "the harbour toll was unfair", "Some critics"),
        _unnamed("s4", a1, "the harbour toll starts in May", "Sources"),
        _unnamed("s5", a2, "the harbour toll was unacceptable", "Residents"),
        _unnamed("s6", a2, "the harbour toll takes effect in May", "Fishermen"),
    ]
    actors = [Actor("brisk", "Ana Brisk", "person", ["Ana Brisk"], []),
              Actor("varn", "Ilo Varn", "person", ["Ilo Varn"], [])]
    return MergedAnalysis(articles=articles, actors=actors, statements=statements)


def test_an_unnamed_group_holds_a_position_one_group_across_articles():
    story = _toll_story()
    [issue] = find_issues(story)
    assert issue.label == "harbour toll"
    _, positions = find_positions(story, issues=[issue])
    held = {p.actor_name: p for p in positions}
    # "Critics" and "Some critics" in two articles are one group, against, on both statements
    critics = held["critics"]
    assert critics.unnamed and critics.stance == "against" and sorted(critics.statements) == ["s1", "s3"]
    assert held["residents"].unnamed and held["residents"].stance == "against"
    assert not held["Ana Brisk"].unnamed and held["Ana Brisk"].stance == "for"
    # informants take no side, and a group's plain assertion is what it knows, no side
    assert "sources" not in held and "fishermen" not in held


def test_an_unnamed_group_speaking_for_one_body_holds_its_position_for_it():
    story = _toll_story()
    # the residents (invented: of a harbour board the story names) speak for that board
    board = Actor("board", "Tolvik Harbour Board", "organisation", ["Tolvik Harbour Board"], [])
    statements = [replace(s, affiliation="board") if s.id == "s5" else s for s in story.statements]
    story = MergedAnalysis(articles=story.articles, actors=[*story.actors, board], statements=statements)
    _, positions = find_positions(story, issues=find_issues(story))
    held = {p.actor_name: p for p in positions}
    assert held["residents"].unnamed and held["residents"].affiliation == "board"
    assert held["critics"].affiliation is None


def test_unnamed_groups_neither_choose_the_main_issue_nor_make_a_column():
    story = _toll_story()
    without_groups = MergedAnalysis(articles=story.articles, actors=story.actors,
                                    statements=[s for s in story.statements if s.resolution.method == "named"])
    [issue] = find_issues(story)
    [alone] = find_issues(without_groups)
    assert issue.label == alone.label and set(alone.statements) < set(issue.statements)


def _position(name: str, *, unnamed: bool) -> Position:
    return Position(actor="x", actor_name=name, issue="i", stance="against", statements=[], unnamed=unnamed)


def test_an_unnamed_gold_holder_is_matched_by_an_unnamed_group_with_its_noun():
    gold = {"people": [{"name": "Ann Lee", "spellings": ["Ann Lee"]}]}
    assert holder_matches(gold, "cross-party critics (unnamed)", _position("critics", unnamed=True), {})
    assert holder_matches(gold, "critics (unnamed)", _position("critics of the toll", unnamed=True), {})
    assert not holder_matches(gold, "critics (unnamed)", _position("residents", unnamed=True), {})
    assert not holder_matches(gold, "critics (unnamed)", _position("critics", unnamed=False), {})
    assert holder_matches(gold, "Ann Lee", _position("Ann Lee", unnamed=False), {})
    assert not holder_matches(gold, "Ann Lee", _position("Ann Lee", unnamed=True), {})


def test_a_named_gold_holder_is_matched_by_an_unnamed_group_speaking_for_it():
    gold = {"people": [{"name": "Tolvik Harbour Authority", "spellings": ["the harbour authority"]}]}
    officials = replace(_position("harbour officials", unnamed=True), affiliation="a3")
    names = {"a3": "Tolvik Harbour Authority", "a4": "Ferry Board"}
    assert holder_matches(gold, "Tolvik Harbour Authority", officials, names)
    assert not holder_matches(gold, "Tolvik Harbour Authority", replace(officials, affiliation="a4"), names)
    # still the unnamed group the gold's unnamed holder may be
    assert holder_matches(gold, "harbour officials (unnamed)", officials, names)


def test_a_group_someone_else_says_something_of_takes_no_side_by_it():
    text = 'Ana Brisk said residents were against the harbour toll. "The harbour toll, residents said, is unfair."'
    article = Article("a", "a.txt", "One", "Harbour toll", UNDATED, "en", text)
    outer = _named("s0", article, "residents were against the harbour toll", "brisk")
    inner = Statement("s1", words_in(text, "were against the harbour toll", "a"), "indirect",
                      words_in(text, "were", "a"), words_in(text, "residents", "a"), Resolution("unnamed", 0.9))
    # a group whose words interrupt its own quotation speaks for itself
    own = Statement("s2", words_in(text, "The harbour toll, residents said, is unfair", "a"), "direct",
                    words_in(text, "said, is", "a"), words_in(text, "residents", "a", after=text.index("toll,")),
                    Resolution("unnamed", 0.9))
    story = MergedAnalysis(articles=[article], actors=[Actor("brisk", "Ana Brisk", "person", ["Ana Brisk"], [])],
                           statements=[outer, inner, own])
    _, positions = find_positions(story, issues=find_issues(story))
    residents = [p for p in positions if p.unnamed]
    assert [(p.actor_name, p.stance, p.statements) for p in residents] == [("residents", "against", ["s2"])]


@pytest.mark.parametrize("words", ["Studies", "Witnesses", "Surveys", "Memos",
                                   # papers and pictures hold what their issuer asks or shows
                                   "subpoenas", "the lawsuits", "Videos"])
def test_informants_in_their_regular_plurals_are_no_group(words):
    # the plural was the lemma plus "s" or "es": "studys", never "studies"
    assert group_name(words) is None


def test_regular_plurals():
    assert [plural(n) for n in ("study", "witness", "survey", "rebuke", "box")] == [
        "studies", "witnesses", "surveys", "rebukes", "boxes"]


def test_a_regular_plural_lemmatises_back_to_its_noun():
    nouns = ("study", "witness", "survey", "rebuke", "box", "speech", "clash")
    assert [crude_lemma(plural(n)) for n in nouns] == list(nouns)
