"""An aspect column is named like an issue: by words of the statements that read as a noun
phrase of the story (``compare.aspects``)."""

from __future__ import annotations

from collections import Counter

from crosswire.compare.aspects import aspect_of
from crosswire.compare.issue_labels import PhraseWords
from crosswire.models import Article, DateEstimate, Issue, Resolution, Statement
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)

TEXT = "Dr Vane said the antiviral pills cut the risk of a stay in hospital by half."


def _said() -> list[Statement]:
    article = Article("a", "a.txt", "One", "Pills cut risk", UNDATED, "en", TEXT)
    span = words_in(TEXT, "the antiviral pills cut the risk of a stay in hospital by half", "a")
    return [Statement("s1", span, "indirect", found_in(TEXT, "said", "a"), None,
                      Resolution("named", 1.0), speaker="vane")]


def _aspect(phrases: PhraseWords | None) -> Issue | None:
    issue = Issue(id="issue:pills", label="pills", terms=["pill"], statements=["s1"])
    return aspect_of(_said(), issue=issue, issues=[issue], excluded=frozenset(), known={},
                     nominal=lambda s: "antiviral", story=Counter({"antiviral": 3}), phrases=phrases)


def test_an_aspect_must_read_as_a_noun_phrase_of_the_story():
    # the parse saw "antiviral" only before a noun, never heading a noun phrase
    adjective = PhraseWords(parsed=frozenset({"antiviral", "pill", "risk"}),
                            held=frozenset({"antiviral", "pill", "risk"}),
                            heads=frozenset({"pill", "risk"}))
    assert _aspect(adjective) is None
    noun = PhraseWords(parsed=adjective.parsed, held=adjective.held,
                       heads=adjective.heads | {"antiviral"})
    assert _aspect(noun).label == "antiviral"
    assert _aspect(None).label == "antiviral"  # no noun phrases recorded: taken as found
