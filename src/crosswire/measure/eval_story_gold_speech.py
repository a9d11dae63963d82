"""Story-gold scores of what was said: statements, their speakers, and claims across outlets."""

from __future__ import annotations

from collections import defaultdict

from crosswire.measure.eval_story_gold_align import FACT, GoldSpans, speaker_matches, words_of
from crosswire.measure.eval_story_gold_claim_match import ClaimMatch
from crosswire.measure.eval_story_gold_speaker_misses import score_speaker_misses
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.measure.excerpt import clipped
from crosswire.models import Briefing, Statement


def score_statements(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Statement recall over core gold statements, precision, speaker accuracy and its
    misses by kind."""
    actors = {a.id: a for a in briefing.actors}
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in briefing.statements:
        by_article[statement.span.article].append(statement)
    recall, precision, speaker = Tally(), Tally(), Tally()
    judged = []
    attributed = [s for s in gold["statements"] if s["speaker"] != FACT]
    for item in attributed:
        if not item.get("core"):
            continue
        found = [s for s in by_article[item["article"]]
                 if spans.hit(item["id"], s.span.article, (s.span.start, s.span.end))]
        where = " (cleaning dropped it)" if item["id"] in spans.missing else ""
        recall.add(bool(found), f"{item['id']} {item['speaker']}: missed \"{item['key']}\"{where}")
        if not found:
            continue
        key = spans.keys[item["id"]][1]
        best = max(found, key=lambda s: min(s.span.end, key[1]) - max(s.span.start, key[0]))
        ours = actors[best.speaker].name if best.speaker in actors else None
        affiliation = actors[best.affiliation].name if best.affiliation in actors else None
        judged.append((item["id"], item["speaker"], best))
        speaker.add(speaker_matches(gold, item["speaker"], ours, affiliation),
                    f"{item['id']} \"{item['key']}\": gold {item['speaker']}, ours "
                    f"{ours or 'unresolved'} (speaker words: {words_of(best.speaker_words)!r}"
                    + (f", for {affiliation}" if affiliation else "") + ")")
    for statement in briefing.statements:
        right = any(spans.hit(item["id"], statement.span.article, (statement.span.start, statement.span.end))
                    for item in attributed)
        precision.add(right, f"{statement.span.article} [{statement.span.start}:{statement.span.end}] "
                             f"{words_of(statement.speaker_words) or '?'}: \"{clipped(statement.span.text, 80)}\"")
    return {"statement recall": recall, "statement precision": precision,
            "speaker accuracy": speaker, **score_speaker_misses(gold, judged, briefing.actors, briefing.articles)}


def score_claims(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """A gold claim is found when one emitted claim covers its members in two articles; on
    the strict line that claim must also tell it as the gold does (``told_alike``)."""
    emitted = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]
    match = ClaimMatch(gold, briefing, spans)
    speakers = match.gold_speakers
    hits, told_alike = match.hits, match.told_alike

    def where_members_went(members: list[str]) -> str:
        """Which of our claims (single-article ones too) hold each member."""
        held = {m: sorted({c.id for c in briefing.claims for v in c.versions
                           if spans.hit(m, v.span.article, (v.span.start, v.span.end))}) for m in members}
        return ", ".join(f"{m} in {'/'.join(ids) if ids else 'no claim'}"
                         for m, ids in held.items())

    def told_by(claim) -> str:
        return f"{claim.kind} of {match.speaker_name(claim) or 'no one'}"

    recall, precision, strict_recall, strict_precision = Tally(), Tally(), Tally(), Tally()
    gold_claims = gold.get("claims", [])
    for item in gold_claims:
        found = [c for c in emitted if hits(c, item)]
        missed = f"{item['id']} missed: {item['desc']} ({where_members_went(item['members'])})"
        recall.add(bool(found), missed)
        strict_recall.add(any(told_alike(c, item) for c in found), missed if not found else
                          f"{item['id']} ({item['desc']}) found told otherwise: "
                          f"{', '.join(f'{c.id} as {told_by(c)}' for c in found)}; gold speakers "
                          f"{', '.join(sorted({speakers[m] for m in item['members']}))}")
    for claim in emitted:
        matched = [item for item in gold_claims if hits(claim, item)]
        versions = "; ".join(f"{v.span.article}: \"{clipped(v.span.text, 60)}\"" for v in claim.versions[:3])
        wrong = f"{claim.id} matches no gold claim: {versions}"
        precision.add(bool(matched), wrong)
        strict_precision.add(any(told_alike(claim, item) for item in matched), wrong if not matched else
                             f"{claim.id}, a {told_by(claim)}, matches {', '.join(i['id'] for i in matched)} "
                             f"told otherwise: {versions}")
    return {"claim recall": recall, "claim precision": precision,
            "strict claim recall": strict_recall, "strict claim precision": strict_precision}
