"""The breakdown of strict claim misses in the story-gold evaluation, on an invented gold:
each gold claim not found told as the gold tells it counts under one kind of miss."""

from __future__ import annotations

from crosswire.measure.eval_story_gold_align import locate_keys
from crosswire.measure.eval_story_gold_claim_misses import CLAIM_MISS_MEASURES, score_claim_misses
from crosswire.models import Actor, Article, Briefing, Claim, ClaimVersion, DateEstimate, Segment, TextSpan

TEXT_A = ("The Tolvik Ministry said the bridge would close. Fares would rise, Ada Vell said. "
          "Ports reopen today. Dock workers went on strike. Tolls fell sharply, Ivo Brand said. "
          "Rain will come, Ivo Brand said. The ferry sank, Ivo Brand said.")
TEXT_B = ("Ministry spokeswoman Ada Vell said the bridge will close. Fares will rise. Ports are "
          "reopening today. Dock workers struck. Tolls fell, Ivo Brand said. Rain comes, Ivo "
          "Brand said. The ferry went down.")
TEXTS = {"a": TEXT_A, "b": TEXT_B}
ACTORS = [Actor("ministry", "Tolvik Ministry", "organisation", ["Tolvik Ministry"], []),
          Actor("vell", "Ada Vell", "person", ["Ada Vell"], ["Tolvik Ministry spokeswoman"]),
          Actor("brand", "Ivo Brand", "person", ["Ivo Brand"], [])]
# gold claim -> (speaker, key in a, key in b)
TOLD = {"C1": ("Tolvik Ministry", "the bridge would close", "the bridge will close"),
        "C2": ("Ada Vell", "Fares would rise", "Fares will rise"),
        "C3": ("(fact)", "Ports reopen today", "Ports are reopening today"),
        "C4": ("(fact)", "Dock workers went on strike", "Dock workers struck"),
        "C5": ("Ivo Brand", "Tolls fell sharply", "Tolls fell"),
        "C6": ("Ivo Brand", "Rain will come", "Rain comes"),
        "C7": ("Ivo Brand", "The ferry sank", "The ferry went down")}


def gold(told: dict[str, tuple[str, str, str]]) -> dict:
    statements = [{"id": f"{claim}{side}", "article": side, "speaker": speaker, "key": key,
                   "occ": 1, "kind": "none" if speaker == "(fact)" else "indirect", "core": True}
                  for claim, (speaker, *keys) in told.items() for side, key in zip("ab", keys)]
    return {"batch": 1, "articles": {"a": {}, "b": {}}, "statements": statements,
            "people": [{"name": a.name, "spellings": [a.name]} for a in ACTORS],
            "claims": [{"id": claim, "desc": claim, "members": [f"{claim}a", f"{claim}b"]}
                       for claim in told]}


def version(side: str, words: str) -> ClaimVersion:
    start = TEXTS[side].index(words)
    return ClaimVersion(statement=f"{side}:{words}", outlet=None,
                        span=TextSpan(words, start, start + len(words), side), kind="indirect")


def claim(claim_id: str, speaker: str | None, *versions: ClaimVersion, kind: str = "statement") -> Claim:
    return Claim(claim_id, speaker, list(versions), [], len({v.span.article for v in versions}), [],
                 kind=kind)


def both(gold_claim: str) -> list[ClaimVersion]:
    _, key_a, key_b = TOLD[gold_claim]
    return [version("a", key_a), version("b", key_b)]


def misses(story_gold: dict, claims: list[Claim]) -> dict[str, tuple[int, int]]:
    articles = [Article(id=side, source_path=side, outlet=None, title=None,
                        published=DateEstimate(None, "unknown", "", 0.0), language="en",
                        text=text, segments=[Segment(0, 0, len(text), len(text))])
                for side, text in TEXTS.items()]
    briefing = Briefing(articles=articles, actors=ACTORS, statements=[], claims=claims)
    spans = locate_keys(story_gold, briefing=briefing, sources=TEXTS)
    scores = score_claim_misses(story_gold, briefing, spans)
    return {measure.removeprefix("strict claim miss: "): (tally.hits, tally.total)
            for measure, tally in scores.items()}


def test_each_strict_miss_counts_under_one_kind() -> None:
    claims = [claim("c1", "vell", *both("C1")),  # the ministry's words, credited to its spokeswoman
              claim("c2", None, *both("C2"), kind="fact"),  # Vell's words, told as fact
              claim("c3", None, both("C3")[0]), claim("c4", None, both("C3")[1]),  # split in two
              claim("c5", "vell", *both("C5")),  # Brand's words, credited to Vell
              claim("c6", None, *both("C6")),  # Brand's words, credited to no one
              claim("c7", "brand", *both("C7"))]  # told as the gold tells it: no miss
    assert misses(gold(TOLD), claims) == {
        "not covered": (1, 6), "split, no speaker's": (1, 6), "split, one speaker's": (0, 6),
        "split, two speakers'": (0, 6), "body or its voice": (1, 6),
        "fact or speech": (1, 6), "no speaker": (1, 6), "other speaker": (1, 6)}
    assert len(CLAIM_MISS_MEASURES) == 8


def test_a_split_claim_is_told_apart_by_the_speakers_of_its_pieces() -> None:
    told = {"C5": TOLD["C5"]}
    a, b = both("C5")
    one = misses(gold(told), [claim("c1", "brand", a), claim("c2", "brand", b)])
    two = misses(gold(told), [claim("c1", "brand", a), claim("c2", "vell", b)])
    nobody = misses(gold(told), [claim("c1", "brand", a), claim("c2", None, b)])
    assert (one["split, one speaker's"], two["split, two speakers'"], nobody["split, no speaker's"]) == (
        (1, 1), (1, 1), (1, 1))
    assert one["split, two speakers'"] == two["split, one speaker's"] == (0, 1)


def test_a_body_credited_with_its_spokeswomans_words_is_one_voice_missed() -> None:
    told = {"C1": ("Ada Vell", "the bridge would close", "the bridge will close")}
    assert misses(gold(told), [claim("c1", "ministry", *both("C1"))])["body or its voice"] == (1, 1)
    # a fact the gold tells, credited to a speaker, is told otherwise as speech
    told = {"C1": ("(fact)", "the bridge would close", "the bridge will close")}
    assert misses(gold(told), [claim("c1", "brand", *both("C1"))])["fact or speech"] == (1, 1)
