"""Where the story gold's positions are lost, and where ours go wrong: each gold position,
and each position of ours, in one outcome, a measure of its own (its share of all gold
positions, or of all ours).

Position recall says how many gold positions we find, not why the others are missed, and
the held-out batch's errors are not for reading; these counts are. Each gold position
takes the first outcome of POSITION_OUTCOMES that holds for it:

- right: a strict hit (same holder, side and evidence, on the issue the gold issue is
  aligned with; ``score_positions``);
- on another issue: a lenient hit only, on an issue of ours the gold issue is not aligned with;
- unclear in the gold: the gold gives no side ("unclear"), which no cell of ours says;
- wrong side: a position of the holder on the gold evidence, taking another side;
- other evidence: a position of the holder on the aligned issue, same side, drawn from
  other sentences than the gold's;
- told of the holder: none of the gold evidence is the holder's own words (a side told
  as fact or by someone else: "opponents of the levy", "the council backs the plan");
- statement missed: no statement of ours overlaps the holder's own evidence;
- speaker missed: our statements on it are given to someone else;
- issue missing: the holder's words are found and theirs, but the gold issue is aligned
  with no issue of ours;
- on no issue: the holder's statements on the evidence are on none of our issues;
- said on another issue: they are on an issue of ours, not the aligned one;
- no side in their words: they are on the aligned issue, and none of them takes a side on
  it by its words and cue (``statement_stance``; a side an event gives is not read here);
- side read, not placed: one of them takes a side, and no position of the holder on the
  aligned issue comes of it (its words do not name the issue, or its sides split evenly).

Each position of ours takes the first of OUR_OUTCOMES that holds: right (a strict hit), on
another issue (a lenient hit only), wrong side (a gold position of its holder on its
evidence takes the other side), other evidence (its holder has a gold position, on other
sentences), no gold holder (its holder has no gold position in the story).
"""

from __future__ import annotations

from crosswire.compare.stance import statement_stance
from crosswire.measure.eval_story_gold_align import (
    GoldSpans,
    gold_names,
    holder_matches,
    name_matches,
)
from crosswire.measure.eval_story_gold_sides import align_issues, on_gold_evidence
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing, Position, Statement

# The outcomes, in the order they are tested and printed; each a measure of its own whose
# hits are the gold positions it holds, out of all gold positions.
POSITION_OUTCOMES = (
    "right", "on another issue", "unclear in the gold", "wrong side", "other evidence",
    "told of the holder", "statement missed", "speaker missed", "issue missing", "on no issue",
    "said on another issue", "no side in their words", "side read, not placed",
)
OUR_OUTCOMES = ("right", "on another issue", "wrong side", "other evidence", "no gold holder")
# The prefixes the outcomes' measures carry in a story's scores and in the table.
PREFIX = "gold positions: "
OUR_PREFIX = "our positions: "
POSITION_OUTCOME_MEASURES = (*(PREFIX + outcome for outcome in POSITION_OUTCOMES),
                             *(OUR_PREFIX + outcome for outcome in OUR_OUTCOMES))
# The outcome measures whose items are right positions, not errors to list.
RIGHT_MEASURES = (PREFIX + "right", OUR_PREFIX + "right")
OUR_STANCES = frozenset({"for", "against", "conditional"})


def score_position_outcomes(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """One Tally per outcome: every gold position (or position of ours) counted in each of
    its outcomes, a hit in its own."""
    tallies = {name: Tally() for name in POSITION_OUTCOME_MEASURES}

    def tally(prefix: str, outcomes: tuple[str, ...], outcome: str, note: str) -> None:
        for name in (prefix + o for o in outcomes):
            tallies[name].count(name == prefix + outcome, note)

    aligned = align_issues(gold, briefing, spans)
    for item in gold.get("positions", []):
        tally(PREFIX, POSITION_OUTCOMES,
              position_outcome(gold, item, briefing=briefing, spans=spans, aligned=aligned),
              f"{item['actor']} {item['stance']} on \"{item['issue']}\" (evidence {', '.join(item['evidence'])})")
    for position in briefing.positions:
        tally(OUR_PREFIX, OUR_OUTCOMES,
              our_outcome(gold, position, briefing=briefing, spans=spans, aligned=aligned),
              f"{position.actor_name} {position.stance} on {position.issue} "
              f"(statements {', '.join(position.statements[:4]) or 'none'})")
    return tallies


def our_outcome(gold: dict, position: Position, *, briefing: Briefing, spans: GoldSpans,
                aligned: dict[str, str] | None = None) -> str:
    """The first outcome of OUR_OUTCOMES that holds for a position of ours (``aligned``:
    the story's ``align_issues``, computed here when not given)."""
    statements = {s.id: s for s in briefing.statements}
    aligned = align_issues(gold, briefing, spans) if aligned is None else aligned
    names = {actor.id: actor.name for actor in briefing.actors}
    held = [item for item in gold.get("positions", []) if holder_matches(gold, item["actor"], position, names)]
    on_evidence = [item for item in held
                   if on_gold_evidence(position, item["evidence"], statements=statements, spans=spans)]
    same_side = [item for item in on_evidence if item["stance"] == position.stance]
    if any(aligned.get(item["issue"]) == position.issue for item in same_side):
        return "right"
    if same_side:
        return "on another issue"
    if on_evidence:
        return "wrong side"
    return "other evidence" if held else "no gold holder"


def position_outcome(gold: dict, item: dict, *, briefing: Briefing, spans: GoldSpans,
                     aligned: dict[str, str] | None = None) -> str:
    """The first outcome of POSITION_OUTCOMES that holds for the gold position ``item``
    (``aligned``: the story's ``align_issues``, computed here when not given)."""
    statements = {s.id: s for s in briefing.statements}
    aligned_issue = (align_issues(gold, briefing, spans) if aligned is None else aligned).get(item["issue"])
    names = {actor.id: actor.name for actor in briefing.actors}
    held = [p for p in briefing.positions if holder_matches(gold, item["actor"], p, names)]
    taken = [p for p in held
             if on_gold_evidence(p, item["evidence"], statements=statements, spans=spans)]
    same_side = [p for p in taken if p.stance == item["stance"]]
    if any(p.issue == aligned_issue for p in same_side):
        return "right"
    if same_side:
        return "on another issue"
    if item["stance"] not in OUR_STANCES:
        return "unclear in the gold"
    if taken:
        return "wrong side"
    if any(p.issue == aligned_issue and p.stance == item["stance"] for p in held):
        return "other evidence"
    own = _own_words(gold, item)
    if not own:
        return "told of the holder"
    said = _statements_on(own, briefing=briefing, spans=spans)
    if not said:
        return "statement missed"
    theirs = [s for s in said if _said_by_holder(gold, item, s, briefing=briefing)]
    if not theirs:
        return "speaker missed"
    if aligned_issue is None:
        return "issue missing"
    issues_of = {s.id: issue.id for issue in briefing.issues for s in map(statements.get, issue.statements)
                 if s is not None}
    placed = {issues_of.get(s.id) for s in theirs}
    if placed == {None}:
        return "on no issue"
    if aligned_issue not in placed:
        return "said on another issue"
    terms = next(frozenset(issue.terms) for issue in briefing.issues if issue.id == aligned_issue)
    if all(statement_stance(s.span.text, terms=[], topic=terms, cue=s.cue.text if s.cue else None)[0] == "unclear"
           for s in theirs if issues_of.get(s.id) == aligned_issue):
        return "no side in their words"
    return "side read, not placed"


def _own_words(gold: dict, item: dict) -> list[str]:
    """The gold evidence of ``item`` its holder said (a joint holder, "A; B": either)."""
    holder = set(gold_names(item["actor"]))
    speakers = {s["id"]: s["speaker"] for s in gold["statements"]}
    return [key for key in item["evidence"] if holder & set(gold_names(speakers.get(key, "")))]


def _statements_on(keys: list[str], *, briefing: Briefing, spans: GoldSpans) -> list[Statement]:
    """Our statements overlapping any of the gold statement ``keys``."""
    return [s for s in briefing.statements
            if any(spans.hit(key, s.span.article, (s.span.start, s.span.end)) for key in keys)]


def _said_by_holder(gold: dict, item: dict, statement: Statement, *, briefing: Briefing) -> bool:
    """Whether our statement's speaker is the gold holder (an unnamed gold group: a
    statement we resolve to no one)."""
    name = next((a.name for a in briefing.actors if a.id == statement.speaker), None)
    return name_matches(gold, item["actor"], name)
