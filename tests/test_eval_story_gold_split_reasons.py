"""Why a split gold claim's pieces did not join, on an invented gold: the nearest pair of
pieces read against the likeness asked of it, their figures and their speakers."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.measure.eval_story_gold_align import locate_keys
from crosswire.measure.eval_story_gold_split_reasons import SPLIT_REASON_MEASURES, score_split_reasons
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    Claim,
    ClaimVersion,
    DateEstimate,
    Resolution,
    Segment,
    Statement,
    TextSpan,
)

TEXT_A = ("Ivo Brand said the harbour tolls would double next spring. "
          "Ivo Brand said forty trawlers were turned away at the quay. "
          "Ivo Brand said the new ferry pier was badly built by its contractor.")
TEXT_B = ("Ivo Brand told reporters that harbour tolls are set to double in spring. "
          "Ivo Brand said some 300 crewmen lost a week of work. "
          "The pier was shoddily made, officials said.")
TEXTS = {"a": TEXT_A, "b": TEXT_B}
ACTORS = [Actor("brand", "Ivo Brand", "person", ["Ivo Brand"], [])]
# gold claim -> (key in a, speaker words in a, key in b, speaker words in b)
TOLD = {"C1": ("the harbour tolls would double next spring", "Ivo Brand",
               "harbour tolls are set to double in spring", "Ivo Brand"),
        "C2": ("forty trawlers were turned away at the quay", "Ivo Brand",
               "some 300 crewmen lost a week of work", "Ivo Brand"),
        "C3": ("the new ferry pier was badly built by its contractor", "Ivo Brand",
               "The pier was shoddily made", "officials")}


def statement(side: str, words: str, speaker_words: str) -> Statement:
    text = TEXTS[side]
    start = text.index(words)
    said_by = text.index(speaker_words)
    named = speaker_words == "Ivo Brand"
    return Statement(id=f"{side}:{words}", span=TextSpan(words, start, start + len(words), side),
                     kind="indirect", cue=None,
                     speaker_words=TextSpan(speaker_words, said_by, said_by + len(speaker_words), side),
                     resolution=Resolution("named" if named else "unnamed", 0.9),
                     speaker="brand" if named else None)


STATEMENTS = {(claim, side): statement(side, key, said_by)
              for claim, (key_a, by_a, key_b, by_b) in TOLD.items()
              for side, key, said_by in (("a", key_a, by_a), ("b", key_b, by_b))}


def split_claims(told: list[str]) -> list[Claim]:
    """Each gold claim held in two claims of ours, one version each."""
    claims = []
    for gold_claim in told:
        for side in "ab":
            s = STATEMENTS[(gold_claim, side)]
            version = ClaimVersion(statement=s.id, outlet=None, span=s.span, kind="indirect")
            claims.append(Claim(f"c{len(claims)}", s.speaker, [version], [], 1, []))
    return claims


def gold(told: list[str]) -> dict:
    statements = [{"id": f"{claim}{side}", "article": side, "speaker": "Ivo Brand",
                   "key": STATEMENTS[(claim, side)].span.text, "occ": 1, "kind": "indirect", "core": True}
                  for claim in told for side in "ab"]
    return {"batch": 1, "articles": {"a": {}, "b": {}}, "statements": statements,
            "people": [{"name": "Ivo Brand", "spellings": ["Ivo Brand"]}],
            "claims": [{"id": claim, "desc": claim, "members": [f"{claim}a", f"{claim}b"]}
                       for claim in told]}


def alike(texts: Sequence[str]) -> list[list[float]]:
    """An embedder putting every text at one point: any pair is as alike as can be."""
    return [[1.0, 0.0] for _ in texts]


def apart(texts: Sequence[str]) -> list[list[float]]:
    """An embedder putting a text naming "next" spring far from any other."""
    return [[1.0, 0.0] if "next" in text else [0.0, 1.0] for text in texts]


def reasons(told: list[str], embed) -> dict[str, tuple[int, int]]:
    articles = [Article(id=side, source_path=side, outlet=None, title=None,
                        published=DateEstimate(None, "unknown", "", 0.0), language="en",
                        text=text, segments=[Segment(0, 0, len(text), len(text))])
                for side, text in TEXTS.items()]
    briefing = Briefing(articles=articles, actors=ACTORS, claims=split_claims(told),
                        statements=[STATEMENTS[(claim, side)] for claim in told for side in "ab"])
    story_gold = gold(told)
    spans = locate_keys(story_gold, briefing=briefing, sources=TEXTS)
    scores = score_split_reasons(story_gold, briefing, spans, embed=embed)
    assert set(scores) == set(SPLIT_REASON_MEASURES)
    return {measure.removeprefix("split apart: "): (tally.hits, tally.total)
            for measure, tally in scores.items() if tally.hits}


def test_one_speakers_pieces_are_read_against_the_likeness_asked() -> None:
    # one speaker's two statements are always compared: alike enough, or far short
    assert reasons(["C1"], alike) == {"meaning enough": (1, 1), "one named speaker": (1, 1)}
    assert reasons(["C1", "C3"], apart) == {
        "meaning short by a lot": (1, 2), "one named speaker": (1, 2),
        "meaning not compared": (1, 2), "named and unnamed": (1, 2)}


def test_figures_counting_different_things_keep_pieces_apart() -> None:
    assert reasons(["C2"], alike) == {"meaning enough": (1, 1), "date or number apart": (1, 1),
                                      "one named speaker": (1, 1)}


def test_without_a_sentence_model_only_figures_and_speakers_count() -> None:
    assert reasons(["C3"], None) == {"named and unnamed": (1, 1)}


def test_each_piece_is_embedded_once_a_story() -> None:
    # a piece of two split gold claims (C1's first statement, also in a claim with C2's
    # second) is read against both, embedded once
    embedded: list[str] = []

    def counting(texts: Sequence[str]) -> list[list[float]]:
        embedded.extend(texts)
        return alike(texts)

    articles = [Article(id=side, source_path=side, outlet=None, title=None,
                        published=DateEstimate(None, "unknown", "", 0.0), language="en",
                        text=text, segments=[Segment(0, 0, len(text), len(text))])
                for side, text in TEXTS.items()]
    told = ["C1", "C2"]
    briefing = Briefing(articles=articles, actors=ACTORS, claims=split_claims(told),
                        statements=[STATEMENTS[(claim, side)] for claim in told for side in "ab"])
    story_gold = gold(told)
    story_gold["claims"].append({"id": "C4", "desc": "C4", "members": ["C1a", "C2b"]})
    spans = locate_keys(story_gold, briefing=briefing, sources=TEXTS)
    score_split_reasons(story_gold, briefing, spans, embed=counting)
    assert embedded and len(embedded) == len(set(embedded))
