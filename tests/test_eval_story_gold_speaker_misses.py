"""Speaker misses by kind on a small invented gold: each found statement's wrong speaker
takes one kind, a right one none, and the kinds' lines share the judged total."""

from __future__ import annotations

from dataclasses import replace

from crosswire.measure.eval_story_gold_speaker_misses import (
    MISS_MEASURES,
    UNNAMED_MEASURES,
    score_speaker_misses,
)
from crosswire.models import Actor, Article, DateEstimate, Resolution, Statement, TextSpan

GOLD = {"people": [{"name": "Halvard Oskeby", "spellings": ["Minister Halvard Oskeby", "Oskeby"]},
                   {"name": "Norsk Timber Group", "spellings": ["the Norsk Timber Group"]}]}
OSKEBY = Actor("a1", "Halvard Oskeby", "person", ["Halvard Oskeby"], [])
TIMBER = Actor("a2", "Norsk Timber Group", "organisation", ["Norsk Timber Group"], [])
FERRY_BOARD = Actor("a3", "Ferry Board", "organisation", ["Ferry Board"], [])
PER_OSKEBY = Actor("a4", "Per H. Oskeby Jr.", "person", ["Per H. Oskeby Jr."], [])
INGRID = Actor("a5", "Ingrid Vatne", "person", ["Ingrid Vatne"], [])
ACTORS = [OSKEBY, TIMBER, FERRY_BOARD, PER_OSKEBY, INGRID]


def said(words: str | None, method: str, speaker: Actor | None) -> Statement:
    span = TextSpan("the toll will rise", 0, 18, "t1")
    return Statement(id=f"t1:{words}", span=span, kind="indirect", cue=None,
                     speaker_words=TextSpan(words, 20, 20 + len(words), "t1") if words else None,
                     resolution=Resolution(method, 0.9), speaker=speaker.id if speaker else None)


def test_each_wrong_speaker_takes_one_kind_over_the_judged_total() -> None:
    judged = [
        ("S1", "Halvard Oskeby", said("Oskeby", "named", OSKEBY)),  # right
        ("S2", "Halvard Oskeby", said(None, "unresolved", None)),
        ("S3", "Halvard Oskeby", said("ministry officials", "unnamed", None)),
        ("S4", "Halvard Oskeby", said("the minister", "unresolved", None)),
        ("S5", "harbour workers (unnamed)", said("Vatne", "named", INGRID)),
        ("S6", "harbour workers (unnamed)", said("the workers", "unnamed", None)),  # right
        ("S7", "Halvard Oskeby", said("the board", "description", FERRY_BOARD)),
        ("S8", "Norsk Timber Group", said("Vatne", "named", INGRID)),
        ("S9", "Halvard Oskeby", said("Oskeby", "named", PER_OSKEBY)),
        ("S10", "Halvard Oskeby", said("Vatne", "named", INGRID)),
        ("S11", "Lund harbour authority", said("Vatne", "named", INGRID)),
    ]
    scores = score_speaker_misses(GOLD, judged, ACTORS, [])
    assert list(scores) == [*MISS_MEASURES, *UNNAMED_MEASURES]
    counts = {measure.removeprefix("speaker miss: "): (tally.hits, tally.total)
              for measure, tally in scores.items() if measure in MISS_MEASURES}
    assert counts == {"no one named: no words": (1, 11), "no one named: unnamed source": (1, 11),
                      "no one named: unresolved": (1, 11), "named, gold unnamed": (1, 11),
                      "body for person": (3, 11), "split person": (1, 11), "other actor": (1, 11)}
    assert scores["speaker miss: split person"].errors == ["S9: gold Halvard Oskeby, ours Per H. Oskeby Jr."]
    # a gold body no actor of ours bears is told by its name's noun ("authority")
    assert "S11: gold Lund harbour authority, ours Ingrid Vatne" in scores["speaker miss: body for person"].errors


UNDATED = DateEstimate(None, "unknown", "", 0.0)

# Five sentences: the minister is named in the first, the board in the fourth.
STORY = ("Minister Halvard Oskeby opened the new pier on Monday. Crowds came early. "
         "The ferries ran late. The Ferry Board met in the evening. "
         "A spokeswoman said fares would hold, and Oskeby's aides said the toll would rise.")


def unnamed_at(words: str, occurrence: int = 1) -> Statement:
    start = -1
    for _ in range(occurrence):
        start = STORY.index(words, start + 1)
    span = TextSpan("fares would hold", 0, 16, "t1")
    return Statement(id=f"t1:{words}:{start}", span=span, kind="indirect", cue=None,
                     speaker_words=TextSpan(words, start, start + len(words), "t1"),
                     resolution=Resolution("unnamed", 0.5), speaker=None)


def test_unnamed_source_misses_are_split_by_where_the_gold_name_is_written() -> None:
    gold = {"people": [*GOLD["people"], {"name": "Ferry Board", "spellings": ["the Ferry Board"]}]}
    story = Article("t1", "t1.txt", None, None, UNDATED, "en", STORY)
    judged = [
        ("S1", "Halvard Oskeby", unnamed_at("Oskeby's aides")),  # named inside our words
        ("S2", "Halvard Oskeby", unnamed_at("A spokeswoman")),  # in the same sentence
        ("S3", "Ferry Board", unnamed_at("A spokeswoman")),  # the sentence before
        ("S4", "Ingrid Vatne", unnamed_at("A spokeswoman")),  # nowhere in the article
        ("S5", "harbour workers (unnamed)", unnamed_at("A spokeswoman")),  # right: no miss
        ("S6", "Halvard Oskeby", said("the minister", "unresolved", None)),  # another kind
    ]
    scores = score_speaker_misses(gold, judged, ACTORS, [story])
    counts = {measure.removeprefix("unnamed source: "): scores[measure].hits for measure in UNNAMED_MEASURES}
    assert counts == {"gold name in its phrase": 1, "gold name same sentence": 1,
                      "gold name 1-3 sentences before": 1, "gold name elsewhere in article": 0,
                      "gold name not in article": 1, "phrase with a role noun": 4}
    assert {scores[measure].total for measure in UNNAMED_MEASURES} == {6}
    # the minister, named only in the first sentence, is more than three sentences back
    far = score_speaker_misses(GOLD, [("S7", "Halvard Oskeby", unnamed_at("A spokeswoman"))], ACTORS,
                               [Article("t1", "t1.txt", None, None, UNDATED, "en",
                                        STORY.replace("and Oskeby's aides", "and the aides"))])
    assert far["unnamed source: gold name elsewhere in article"].hits == 1


def test_an_unnamed_source_is_right_where_whom_it_speaks_for_is_the_gold_speaker() -> None:
    officials = replace(said("timber group officials", "unnamed", None), affiliation=TIMBER.id)
    judged = [("S1", "Norsk Timber Group", officials),  # the body its people spoke for
              ("S2", "harbour workers (unnamed)", officials),  # still unnamed, as the gold's
              ("S3", "Halvard Oskeby", officials)]  # another speaker: a miss
    scores = score_speaker_misses(GOLD, judged, ACTORS, [])
    assert scores["speaker miss: no one named: unnamed source"].errors == [
        "S3: gold Halvard Oskeby, ours none"]
