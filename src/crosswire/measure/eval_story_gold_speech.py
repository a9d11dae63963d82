"""Story-gold scores of what was said: statements, their speakers, and claims across outlets."""

from __future__ import annotations

from collections import defaultdict

from crosswire.measure.eval_story_gold_align import FACT, GoldSpans, name_matches, words_of
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.measure.excerpt import clipped
from crosswire.models import Briefing, Statement


def score_statements(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Statement recall over core gold statements, precision, and speaker accuracy."""
    actors = {a.id: a for a in briefing.actors}
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in briefing.statements:
        by_article[statement.span.article].append(statement)
    recall, precision, speaker = Tally(), Tally(), Tally()
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
        speaker.add(name_matches(gold, item["speaker"], ours),
                    f"{item['id']} \"{item['key']}\": gold {item['speaker']}, ours "
                    f"{ours or 'unresolved'} (speaker words: {words_of(best.speaker_words)!r})")
    for statement in briefing.statements:
        right = any(spans.hit(item["id"], statement.span.article, (statement.span.start, statement.span.end))
                    for item in attributed)
        precision.add(right, f"{statement.span.article} [{statement.span.start}:{statement.span.end}] "
                             f"{words_of(statement.speaker_words) or '?'}: \"{clipped(statement.span.text, 80)}\"")
    return {"statement recall": recall, "statement precision": precision,
            "speaker accuracy": speaker}


def score_claims(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """A gold claim is found when one emitted claim covers its members in two articles."""
    emitted = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]

    def articles_hit(claim, members: list[str]) -> set[str]:
        return {v.span.article for v in claim.versions for m in members
                if spans.hit(m, v.span.article, (v.span.start, v.span.end))}

    def where_members_went(members: list[str]) -> str:
        """Which of our claims (single-article ones too) hold each member."""
        held = {m: sorted({c.id for c in briefing.claims for v in c.versions
                           if spans.hit(m, v.span.article, (v.span.start, v.span.end))}) for m in members}
        return ", ".join(f"{m} in {'/'.join(ids) if ids else 'no claim'}"
                         for m, ids in held.items())

    recall, precision = Tally(), Tally()
    for item in gold.get("claims", []):
        hit = any(len(articles_hit(c, item["members"])) >= 2 for c in emitted)
        recall.add(hit, f"{item['id']} missed: {item['desc']} "
                        f"({where_members_went(item['members'])})")
    for claim in emitted:
        hit = any(len(articles_hit(claim, item["members"])) >= 2 for item in gold.get("claims", []))
        versions = "; ".join(f"{v.span.article}: \"{clipped(v.span.text, 60)}\"" for v in claim.versions[:3])
        precision.add(hit, f"{claim.id} matches no gold claim: {versions}")
    return {"claim recall": recall, "claim precision": precision}
