"""Where strict claim recall is lost: each gold claim not found told as the gold tells it,
counted under the first kind of miss that fits it.

Not found (no one claim of ours holds its members in two articles):
- "not covered": our claims hold its members in fewer than two articles;
- "split": they hold them in two or more articles, but in different claims: "split, no
  speaker's" where one of those claims has no speaker (unnamed or unresolved sources, a fact
  of no actor), else "split, one speaker's" where all have one speaker (our likeness of one
  speaker's wordings fell short) and "split, two speakers'" (their speakers differ).
Found, but told otherwise (by the found claim telling it nearest to the gold, in this order):
- "body or its voice": the gold's speaker is a body and ours one who speaks for it, or the
  reverse ("the ministry" / its "ministry spokeswoman"; ``one_voice``);
- "fact or speech": the gold tells a fact and we a speaker's words, or the reverse;
- "no speaker": the gold names a speaker and we name none;
- "other speaker": we credit another actor.
"""

from __future__ import annotations

from crosswire.compare.claim_conflicts import one_voice
from crosswire.measure.eval_story_gold_align import FACT, GoldSpans, gold_names, name_matches
from crosswire.measure.eval_story_gold_claim_match import ClaimMatch
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing, Claim

# The kinds of found-but-told-otherwise misses, nearest to the gold's telling first.
TOLD_OTHERWISE = ("body or its voice", "fact or speech", "no speaker", "other speaker")
SPLIT = ("split, no speaker's", "split, one speaker's", "split, two speakers'")
MISS_KINDS = ("not covered", *SPLIT, *TOLD_OTHERWISE)
CLAIM_MISS_MEASURES = tuple(f"strict claim miss: {kind}" for kind in MISS_KINDS)


def score_claim_misses(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """One tally per kind of miss, each over the gold claims strict claim recall misses:
    its hits are the misses of that kind."""
    match = ClaimMatch(gold, briefing, spans)
    emitted = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]
    tallies = {measure: Tally() for measure in CLAIM_MISS_MEASURES}
    for item in gold.get("claims", []):
        found = [c for c in emitted if match.hits(c, item)]
        if any(match.told_alike(c, item) for c in found):
            continue
        if found:
            told = {c.id: _told_otherwise(match, c, item) for c in found}
            kind = min(told.values(), key=TOLD_OTHERWISE.index)
            note = (f"{item['id']} ({item['desc']}): "
                    + ", ".join(f"{c.id} {c.kind} of {match.speaker_name(c) or 'no one'}" for c in found)
                    + f"; gold speakers {', '.join(_gold_speakers(match, item['members']))}")
        else:
            holders = [c for c in match.briefing.claims if match.articles_hit(c, item["members"])]
            held = {article for c in holders for article in match.articles_hit(c, item["members"])}
            kind = _split_kind(holders) if len(held) >= 2 else "not covered"
            note = (f"{item['id']} ({item['desc']}): held in {', '.join(sorted(held)) or 'no claim'}"
                    + "".join(f"; {c.id} {c.kind} of {match.speaker_name(c) or 'no one'}" for c in holders))
        for other in MISS_KINDS:
            tallies[f"strict claim miss: {other}"].count(other == kind, note)
    return tallies


def _split_kind(holders: list[Claim]) -> str:
    """Which ``SPLIT`` kind a gold claim held by several of our claims is."""
    speakers = {claim.speaker for claim in holders}
    if None in speakers:
        return SPLIT[0]
    return SPLIT[1] if len(speakers) == 1 else SPLIT[2]


def _gold_speakers(match: ClaimMatch, members: list[str]) -> list[str]:
    speakers = match.gold_speakers
    return sorted({speakers[m] for m in members})


def _told_otherwise(match: ClaimMatch, claim: Claim, item: dict) -> str:
    """How a found claim tells a gold claim otherwise (``TOLD_OTHERWISE``), read against the
    gold speakers of the members it holds."""
    gold = _gold_speakers(match, match.members_hit(claim, item["members"]))
    named = [g for g in gold if g != FACT]
    if not named:  # the gold tells a fact, and we credit someone's words
        return "fact or speech"
    if claim.speaker is not None and any(_speaks_for(match, claim.speaker, g) for g in named):
        return "body or its voice"
    if claim.kind == "fact":
        return "fact or speech"
    # a claim's speaker is an actor of ours or None; None is right for an unnamed gold speaker
    return "no speaker" if claim.speaker is None else "other speaker"


def _speaks_for(match: ClaimMatch, ours: str, gold_speaker: str) -> bool:
    """Whether our speaker and the gold's are a body and one who speaks for it: the gold's
    name as a body's within our person's roles, or an actor of ours the gold names one voice
    with ours."""
    actors = {a.id: a for a in match.briefing.actors}
    parts = gold_names(gold_speaker)
    theirs = [a.id for a in match.briefing.actors
              if a.id != ours and any(name_matches(match.gold, part, a.name) for part in parts)]
    return any(one_voice(ours, who, actors) for who in [*parts, *theirs])
