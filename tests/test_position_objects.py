"""A side is on the issue only where its words, or the headline they stand under, name it."""

from __future__ import annotations

from crosswire.compare.positions import find_positions
from crosswire.models import Actor, Article, DateEstimate, Issue, MergedAnalysis, Resolution, Statement
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
ISSUE = Issue(id="issue:tram levy", label="tram levy", terms=["tram", "levy"], statements=[])


def _story(title: str, text: str, said: list[tuple[str, str, str]]) -> MergedAnalysis:
    """One article; ``said``: (speaker id, the words said, cue)."""
    article = Article("a", "a.txt", "One", title, UNDATED, "en", text)
    statements = [Statement(f"s{n}", words_in(text, words, "a"), "indirect", found_in(text, cue, "a"),
                            None, Resolution("named", 1.0), speaker=speaker)
                  for n, (speaker, words, cue) in enumerate(said)]
    actors = [Actor("brede", "Ina Brede", "person", ["Ina Brede"], []),
              Actor("varn", "Ola Varn", "person", ["Ola Varn"], [])]
    return MergedAnalysis(articles=[article], actors=actors, statements=statements)


def _sides(merged: MergedAnalysis) -> set[tuple[str, str]]:
    issue = Issue(**{**ISSUE.__dict__, "statements": [s.id for s in merged.statements]})
    _, positions = find_positions(merged, issues=[issue])
    return {(p.actor, p.stance) for p in positions}


def test_a_side_on_something_else_the_sentence_tells_of_is_no_side_on_the_issue():
    text = ("Ina Brede said the tram levy was unfair to night workers. Ola Varn, who once ran the "
            "depot, praised the retired drivers for their long service.")
    merged = _story("City weighs new fares", text,
                    [("brede", "the tram levy was unfair to night workers", "said"),
                     ("varn", "the retired drivers for their long service", "praised")])
    # Varn's praise is of the drivers: his words name neither the levy nor a proposal
    assert _sides(merged) == {("brede", "against")}


def test_a_proposal_named_or_a_headline_naming_the_issue_ties_the_side_to_it():
    text = "Ola Varn said he backs the plan. Ina Brede said the night workers deserve better."
    merged = _story("Council splits over the tram levy", text,
                    [("varn", "he backs the plan", "said"),
                     ("brede", "the night workers deserve better", "said")])
    # "the plan" refers to what is proposed, and the headline says what the article is about
    assert _sides(merged) == {("varn", "for"), ("brede", "for")}
    merged = _story("Night shifts grow longer", text,
                    [("varn", "he backs the plan", "said"),
                     ("brede", "the night workers deserve better", "said")])
    assert _sides(merged) == {("varn", "for")}


def test_a_synonym_of_the_issue_s_word_names_it():
    text = "Ina Brede said the envoys' negotiations were a mistake. Ola Varn praised the harbour crews."
    merged = _story("Ferry strike drags on", text,
                    [("brede", "the envoys' negotiations were a mistake", "said"),
                     ("varn", "the harbour crews", "praised")])
    issue = Issue(id="issue:talks", label="talks", terms=["talk"], statements=["s0", "s1"])
    _, positions = find_positions(merged, issues=[issue])
    assert {(p.actor, p.stance) for p in positions} == {("brede", "against")}
