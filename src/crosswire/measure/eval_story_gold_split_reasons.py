"""Why the pieces of a split gold claim did not join: for each gold claim our claims hold in
two or more articles but in different claims (a "split" strict claim miss,
``eval_story_gold_claim_misses``), the nearest pair of its pieces read as the claim step
reads them.

The pieces are the units (``claim_units``) of the versions holding the gold claim's members,
rebuilt from the briefing; a pair joins two different claims of ours in two articles. The
pair taken is the one whose likeness (``claim_meaning.Likeness``: cosine plus shared words)
comes nearest to the likeness ``claim_pairs`` asks of it (among the pairs it compares, else
the likeest), and the miss is counted, each line on its own (one miss may count on several):
- meaning: not compared (no pair among ``meaning_candidates``), short of the likeness asked
  by less than NEAR_MISS or by more, or enough (then being each other's nearest, a near tie
  or a guard of ``claim_meaning`` kept them apart);
- date or number: the pair's figures count different things (``count_apart``) or their own
  words date them apart (``dated_apart``);
- speakers (``claim_pairs.credited``): one named speaker, two different ones, a named speaker
  and an unnamed source, a named speaker and none, or no named speaker on either side;
- same outlet both sides: one article holds pieces of two of our claims.
"""

from __future__ import annotations

from itertools import combinations

from crosswire.compare.claim_apart import dated_apart
from crosswire.compare.claim_meaning import Likeness
from crosswire.compare.claim_pairs import credited, meaning_candidates
from crosswire.compare.claim_readings import count_apart
from crosswire.compare.claim_terms import actor_id
from crosswire.compare.claim_units import Unit, actor_spans, fact_units, statement_units
from crosswire.compare.sentence_model import Embedder
from crosswire.measure.eval_story_gold_align import GoldSpans
from crosswire.measure.eval_story_gold_claim_match import ClaimMatch
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing, Claim, MergedAnalysis

# A pair short of the likeness asked by less than this is short "by a little": the span of
# the thresholds ``claim_pairs`` sets by hand for one relation of speakers (0.885 to 0.91).
NEAR_MISS = 0.03
SPLIT_REASONS = ("meaning not compared", "meaning short by a little", "meaning short by a lot",
                 "meaning enough", "date or number apart", "one named speaker", "two named speakers",
                 "named and unnamed", "named and none", "no named speaker", "same outlet both sides")
SPLIT_REASON_MEASURES = tuple(f"split apart: {reason}" for reason in SPLIT_REASONS)


def score_split_reasons(gold: dict, briefing: Briefing, spans: GoldSpans, *,
                        embed: Embedder | None) -> dict[str, Tally]:
    """One tally per reason, each over the split gold claims: its hits are the split claims
    the reason holds for. Without ``embed`` the meaning lines count nothing."""
    match = ClaimMatch(gold, briefing, spans)
    emitted = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]
    tallies = {measure: Tally() for measure in SPLIT_REASON_MEASURES}
    story: _Story | None = None  # read once a story, on its first split claim
    for item in gold.get("claims", []):
        if any(match.hits(c, item) for c in emitted):
            continue
        holders = [c for c in briefing.claims if match.articles_hit(c, item["members"])]
        if len({a for c in holders for a in match.articles_hit(c, item["members"])}) < 2:
            continue  # not covered: no pieces to join
        story = story or _Story(briefing, embed=embed)
        reasons = _reasons(match, holders, item["members"], story=story)
        note = f"{item['id']} ({item['desc']}): {', '.join(sorted(reasons)) or 'no reason found'}"
        for reason in SPLIT_REASONS:
            tallies[f"split apart: {reason}"].count(reason in reasons, note)
    return tallies


class _Story:
    """What every split claim of a story is read against, worked out once a story: the claim
    step's units of the briefing's statements and facts (by id), the pairs it compares by
    meaning with the likeness each needs, and the likeness of two units, each unit embedded
    once (None without ``embed``)."""

    def __init__(self, briefing: Briefing, *, embed: Embedder | None) -> None:
        merged = MergedAnalysis(articles=briefing.articles, actors=briefing.actors,
                                statements=briefing.statements, mentions=briefing.mentions,
                                events=briefing.events)
        spans = actor_spans(merged)
        self.units: dict[str, Unit] = {u.id: u for u in statement_units(merged, spans=spans) + fact_units(merged, spans=spans)}
        self.needed: dict[tuple[str, str], float] = {}
        self.likeness: Likeness | None = None
        if embed is not None:
            self.needed = meaning_candidates(list(self.units.values()), actors={a.id: a for a in briefing.actors},
                                             articles={a.id: a for a in briefing.articles}).needed
            self.likeness = Likeness(embed, {})


def _reasons(match: ClaimMatch, holders: list[Claim], members: list[str], *, story: _Story) -> set[str]:
    units = story.units
    pieces = [[units[key] for v in claim.versions
               if (key := v.statement or v.event) in units
               and any(match.spans.hit(m, v.span.article, (v.span.start, v.span.end)) for m in members)]
              for claim in holders]
    reasons = set()
    articles = [{u.article for u in piece} for piece in pieces]
    if any(a & b for a, b in combinations(articles, 2)):
        reasons.add("same outlet both sides")
    pairs = [(a, b) for one, other in combinations(pieces, 2) for a in one for b in other
             if a.article != b.article]
    if not pairs:
        return reasons
    if story.likeness is not None:
        needed = story.needed
        scored = [(story.likeness(a, b), needed.get((a.id, b.id), needed.get((b.id, a.id))), a, b)
                  for a, b in pairs]
        compared = [row for row in scored if row[1] is not None]
        if compared:
            score, asked, a, b = max(compared, key=lambda row: row[0] - row[1])
            short = asked - score
            reasons.add("meaning enough" if short <= 0 else "meaning short by a little"
                        if short < NEAR_MISS else "meaning short by a lot")
        else:
            reasons.add("meaning not compared")
            _, _, a, b = max(scored, key=lambda row: row[0])
    else:
        a, b = pairs[0]
    if count_apart(a.text, b.text) or dated_apart(a, b):
        reasons.add("date or number apart")
    speakers = sorted((credited(a), credited(b)), key=lambda s: s is None)
    named = [s for s in speakers if s and (actor_id(s) or s.startswith("named:"))]
    if len(named) == 2:
        reasons.add("two named speakers" if named[0] != named[1] else "one named speaker")
    elif len(named) == 1:
        reasons.add("named and none" if speakers[1] is None else "named and unnamed")
    else:
        reasons.add("no named speaker")
    return reasons
