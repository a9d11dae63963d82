"""Story-gold scores of who stands where: issues, aligned one to one with the gold's, and
positions on them."""

from __future__ import annotations

from collections import defaultdict

from crosswire.measure.eval_story_gold_align import GoldSpans, Span, holder_matches
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing, Position, Statement


def align_issues(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, str]:
    """Each gold issue label with the emitted issue id it matches, one to one, the pairs
    sharing most evidence keys first; a gold issue sharing no key with any is left out.

    A gold issue's evidence is that of the gold positions on it; an emitted issue's is its
    statements and the evidence of the positions on it."""
    statements = {s.id: s for s in briefing.statements}
    evidence: dict[str, list[tuple[str, Span]]] = defaultdict(list)
    for issue in briefing.issues:
        evidence[issue.id] += [(s.span.article, (s.span.start, s.span.end))
                               for s in map(statements.get, issue.statements) if s is not None]
    for position in briefing.positions:
        evidence[position.issue] += [(e.article, (e.start, e.end)) for e in position.evidence if e.article]
    gold_keys = gold_issue_keys(gold)
    shared = sorted(((sum(any(spans.hit(key, article, span) for article, span in evidence[issue.id])
                          for key in keys), n, label, issue.id)
                     for n, issue in enumerate(briefing.issues)
                     for label, keys in gold_keys.items()),
                    key=lambda pair: (-pair[0], pair[1], pair[2]))
    matched: dict[str, str] = {}
    for count, _, label, issue_id in shared:
        if count and label not in matched and issue_id not in matched.values():
            matched[label] = issue_id
    return matched


def gold_issue_keys(gold: dict) -> dict[str, set[str]]:
    """Every gold issue label (those only positions name too) with its evidence keys."""
    keys: dict[str, set[str]] = {label: set() for label in gold.get("issues", [])}
    for item in gold.get("positions", []):
        keys.setdefault(item["issue"], set()).update(item["evidence"])
    return keys


def score_issues(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Gold issues found and emitted issues right, one to one by shared evidence keys."""
    matched = align_issues(gold, briefing, spans)
    gold_labels = list(gold_issue_keys(gold))
    ours = ", ".join(f'"{issue.label}"' for issue in briefing.issues) or "none"
    recall, precision = Tally(), Tally()
    for label in gold_labels:
        recall.add(label in matched, f'missed: "{label}" (our issues: {ours})')
    for issue in briefing.issues:
        precision.add(issue.id in matched.values(),
                      f'"{issue.label}" matches no gold issue (gold: '
                      f'{", ".join(repr(g) for g in gold_labels if g not in matched) or "all matched"})')
    return {"issue recall": recall, "issue precision": precision}


def on_gold_evidence(position: Position, keys: list[str], *, statements: dict[str, Statement],
                     spans: GoldSpans) -> bool:
    """Whether a position's statements (``statements`` by id) or its other evidence overlap
    any of the gold statement ``keys``."""
    found = [s.span for s in map(statements.get, position.statements) if s is not None]
    found += [e for e in position.evidence if e.article]
    return any(spans.hit(key, span.article, (span.start, span.end)) for key in keys for span in found)


def score_positions(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Same actor, same stance, and evidence overlapping the gold evidence; on the strict
    line the same issue too: the position's issue must be the emitted issue that the gold
    position's issue was aligned with (``align_issues``, as the issue scores pair them), so
    a position on an issue aligned with no gold issue, or on the gold issue's neighbour that
    shares its evidence, is no strict hit."""
    statements = {s.id: s for s in briefing.statements}
    aligned = align_issues(gold, briefing, spans)
    labels = {issue.id: issue.label for issue in briefing.issues}
    names = {actor.id: actor.name for actor in briefing.actors}

    def hits(position, item: dict) -> bool:
        if position.stance != item["stance"] or not holder_matches(gold, item["actor"], position, names):
            return False
        return on_gold_evidence(position, item["evidence"], statements=statements, spans=spans)

    def on_its_issue(position, item: dict) -> bool:
        return aligned.get(item["issue"]) == position.issue

    def aligned_with(item: dict) -> str:
        issue_id = aligned.get(item["issue"])
        return f'"{labels.get(issue_id, issue_id)}"' if issue_id else "no issue of ours"

    recall, precision, strict_recall, strict_precision = Tally(), Tally(), Tally(), Tally()
    gold_positions = gold.get("positions", [])
    for item in gold_positions:
        found = [p for p in briefing.positions if hits(p, item)]
        missed = (f"missed: {item['actor']} {item['stance']} on \"{item['issue']}\" "
                  f"(evidence {', '.join(item['evidence'])})")
        recall.add(bool(found), missed)
        strict_recall.add(any(on_its_issue(p, item) for p in found), missed if not found else
                          f"{missed}: found on {', '.join(repr(labels.get(p.issue, p.issue)) for p in found)}, "
                          f"the gold issue is aligned with {aligned_with(item)}")
    for position in briefing.positions:
        matched = [item for item in gold_positions if hits(position, item)]
        wrong = (f"{position.actor_name} {position.stance} on {position.issue} matches no "
                 f"gold position (statements {', '.join(position.statements[:4])})")
        precision.add(bool(matched), wrong)
        strict_precision.add(any(on_its_issue(position, item) for item in matched), wrong if not matched else
                             f"{position.actor_name} {position.stance} on {position.issue} matches gold "
                             f"positions only on {', '.join(repr(item['issue']) for item in matched)}, "
                             f"aligned with {', '.join(aligned_with(item) for item in matched)}")
    return {"position recall": recall, "position precision": precision,
            "strict position recall": strict_recall, "strict position precision": strict_precision}
