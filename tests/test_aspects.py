"""An aspect column is named like an issue: by words of the statements that read as a noun
phrase of the story (``compare.aspects``)."""

from __future__ import annotations

from collections import Counter

from crosswire.compare.aspects import aspect_of
from crosswire.compare.issue_labels import PhraseWords
from crosswire.models import Article, DateEstimate, Issue, Resolution, Statement
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)

TEXT = "Engineer Vane said the seismic sensors cut the cost of a survey by half."


def _said() -> list[Statement]:
    article = Article("a", "a.txt", "One", "Sensors cut cost", UNDATED, "en", TEXT)
    span = words_in(TEXT, "the seismic sensors cut the cost of a survey by half", "a")
    return [Statement("s1", span, "indirect", found_in(TEXT, "said", "a"), None,
                      Resolution("named", 1.0), speaker="vane")]


def _aspect(phrases: PhraseWords | None) -> Issue | None:
    issue = Issue(id="issue:sensors", label="sensors", terms=["sensor"], statements=["s1"])
    return aspect_of(_said(), issue=issue, issues=[issue], excluded=frozenset(), known={},
                     nominal=lambda s: "seismic", story=Counter({"seismic": 3}), phrases=phrases)


def test_an_aspect_must_read_as_a_noun_phrase_of_the_story():
    # the parse saw "seismic" only before a noun, never heading a noun phrase
    adjective = PhraseWords(parsed=frozenset({"seismic", "sensor", "cost"}),
                            held=frozenset({"seismic", "sensor", "cost"}),
                            heads=frozenset({"sensor", "cost"}))
    assert _aspect(adjective) is None
    noun = PhraseWords(parsed=adjective.parsed, held=adjective.held,
                       heads=adjective.heads | {"seismic"})
    assert _aspect(noun).label == "seismic"
    assert _aspect(None).label == "seismic"  # no noun phrases recorded: taken as found
