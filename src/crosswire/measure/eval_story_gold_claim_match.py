"""Which gold claim members an emitted claim holds, and whether it tells them as the gold
does: the matching both the claim lines (``eval_story_gold_speech``) and the breakdown of
strict misses (``eval_story_gold_claim_misses``) count with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from crosswire.measure.eval_story_gold_align import FACT, GoldSpans, name_matches
from crosswire.models import Briefing, Claim


@dataclass(frozen=True)
class ClaimMatch:
    """A gold story's claim members located in one briefing."""

    gold: dict
    briefing: Briefing
    spans: GoldSpans

    @cached_property
    def gold_speakers(self) -> dict[str, str]:
        """Gold statement id -> its gold speaker ("(fact)" for a fact)."""
        return {s["id"]: s["speaker"] for s in self.gold["statements"]}

    @cached_property
    def _names(self) -> dict[str, str]:
        return {a.id: a.name for a in self.briefing.actors}

    def speaker_name(self, claim: Claim) -> str | None:
        """The claim's speaker's name as the gold is compared with it, or None."""
        return self._names.get(claim.speaker, claim.speaker) if claim.speaker else None

    def members_hit(self, claim: Claim, members: list[str]) -> list[str]:
        return [m for m in members if any(self.spans.hit(m, v.span.article, (v.span.start, v.span.end))
                                          for v in claim.versions)]

    def articles_hit(self, claim: Claim, members: list[str]) -> set[str]:
        return {v.span.article for v in claim.versions for m in members
                if self.spans.hit(m, v.span.article, (v.span.start, v.span.end))}

    def hits(self, claim: Claim, item: dict) -> bool:
        """Whether the claim holds the gold claim's members in two articles."""
        return len(self.articles_hit(claim, item["members"])) >= 2

    def told_alike(self, claim: Claim, item: dict) -> bool:
        """Whether the claim's speaker is the gold speaker of one of the members it covers:
        its name among the gold speaker's spellings, no speaker for an unnamed one; a gold
        "(fact)" is told alike by a claim we also tell as fact ("fact", or no speaker),
        whoever's act it reports, since the gold names no doer."""
        ours, speakers = self.speaker_name(claim), self.gold_speakers
        return any(claim.kind == "fact" or ours is None if speakers[m] == FACT
                   else name_matches(self.gold, speakers[m], ours)
                   for m in self.members_hit(claim, item["members"]))
