"""Where gold positions are lost: each in the first outcome that holds, on the invented gold
and records of ``test_eval_story_gold``."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from test_eval_story_gold import CLEAN_A, GOLD, SOURCES, briefing, statement

from crosswire.measure.eval_story_gold_align import locate_keys
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.measure.eval_story_gold import measure_rows
from crosswire.measure.eval_story_gold_position_misses import (
    our_outcome,
    position_outcome,
    score_position_outcomes,
)
from crosswire.models import Briefing, Issue, Position, TextSpan

# The gold's second position: Bo Kim for "plan", on S2 ("plan passed", Kim's own words).
KIM = GOLD["positions"][1]
# Ann Lee's side on the levy, right on the gold's "taxes", so that issue is aligned.
LEE_TAXES = [statement("l1", "s-left", "taxes would rise", "a1"),
             statement("r1", "s-right", "Taxes will rise", "a1")]
LEVY = Issue("issue:levy", "levy", ["levy"], ["l1", "r1"])
LEE = Position("a1", "Ann Lee", "issue:levy", "for", ["r1"])


def outcome(item: dict = KIM, *, gold: dict = GOLD, **records) -> str:
    b = briefing(**records)
    return position_outcome(gold, item, briefing=b, spans=locate_keys(gold, briefing=b, sources=SOURCES))


def kims(speaker: str = "a2") -> list:
    return [*LEE_TAXES, statement("l2", "s-left", "plan passed", speaker)]


def plan_issue(*statement_ids: str) -> Issue:
    return Issue("issue:plan", "plan", ["plan"], list(statement_ids))


def test_hits_strict_and_on_another_issue() -> None:
    assert outcome(GOLD["positions"][0], statements=LEE_TAXES, issues=[LEVY], positions=[LEE]) == "right"
    kim_on_levy = Position("a2", "Bo Kim", "issue:levy", "for", ["l2"])
    assert outcome(statements=kims(), issues=[LEVY, plan_issue("l2")], positions=[kim_on_levy]) == "on another issue"
    kim_on_plan = Position("a2", "Bo Kim", "issue:plan", "for", ["l2"])
    assert outcome(statements=kims(), issues=[LEVY, plan_issue("l2")], positions=[kim_on_plan]) == "right"


def test_sides_the_holder_takes_otherwise() -> None:
    against = Position("a2", "Bo Kim", "issue:plan", "against", ["l2"])
    assert outcome(statements=kims(), issues=[plan_issue("l2")], positions=[against]) == "wrong side"
    # the holder's same side on the aligned issue, from another sentence than the gold's
    elsewhere = Position("a2", "Bo Kim", "issue:plan", "for", [],
                         evidence=[TextSpan("Ann Lee", 0, 7, "s-left")])
    assert outcome(statements=kims("a1"), issues=[plan_issue("l2")], positions=[elsewhere]) == "other evidence"
    unclear = {**KIM, "stance": "unclear"}
    assert outcome(unclear, statements=kims(), issues=[plan_issue("l2")]) == "unclear in the gold"


def test_misses_before_a_side_is_read() -> None:
    # the gold tells Kim's side only in a fact (S5, "reporters"): no words of Kim's to read
    told = {**KIM, "evidence": ["S5"]}
    assert outcome(told, gold={**GOLD, "positions": [GOLD["positions"][0], told]}) == "told of the holder"
    assert outcome(statements=LEE_TAXES) == "statement missed"
    assert outcome(statements=kims("a1"), issues=[plan_issue("l2")]) == "speaker missed"
    assert outcome(statements=kims(), issues=[LEVY]) == "issue missing"
    assert outcome(statements=kims(), issues=[plan_issue("l2")]) == "no side in their words"
    # "Bo Kim welcomed: the plan passed" takes a side, and no position came of it
    welcomed = [*LEE_TAXES, dataclasses.replace(kims()[-1], cue=TextSpan("welcomed", 0, 8, "s-left"))]
    assert outcome(statements=welcomed, issues=[plan_issue("l2")]) == "side read, not placed"


def test_where_the_holders_words_went() -> None:
    # the gold "plan" is aligned by Lee's position on Kim's sentence, Kim's words on no issue
    lee_on_plan = Position("a1", "Ann Lee", "issue:plan", "against", [],
                           evidence=[TextSpan("plan", CLEAN_A.index("plan"), CLEAN_A.index("plan") + 4, "s-left")])
    assert outcome(statements=kims(), issues=[LEVY, plan_issue()], positions=[lee_on_plan]) == "on no issue"
    levy_too = Issue("issue:levy", "levy", ["levy"], ["l1", "r1", "l2"])
    assert outcome(statements=kims(), issues=[levy_too, plan_issue()],
                   positions=[lee_on_plan]) == "said on another issue"


def test_every_gold_position_counts_once_and_rows_print_per_column() -> None:
    b: Briefing = briefing(statements=kims(), issues=[LEVY, plan_issue("l2")], positions=[LEE])
    scores = score_position_outcomes(GOLD, b, locate_keys(GOLD, briefing=b, sources=SOURCES))
    gold_side = {name: tally for name, tally in scores.items() if name.startswith("gold positions: ")}
    assert sum(tally.hits for tally in gold_side.values()) == 2
    assert all(tally.total == 2 for tally in gold_side.values())
    assert scores["gold positions: right"].hits == 1
    assert scores["gold positions: no side in their words"].errors == ['Bo Kim for on "plan" (evidence S2)']
    assert scores["our positions: right"].hits == scores["our positions: right"].total == 1
    # rows of the measure table as every breakdown's: the share, and the count behind it
    rows = [row.split() for row in measure_rows({"all": defaultdict(Tally, scores)}, ["all"])]
    assert ["gold", "positions:", "right", "0.50", "(1/2)"] in rows
    assert ["gold", "positions:", "no", "side", "in", "their", "words", "0.50", "(1/2)"] in rows
    assert ["our", "positions:", "right", "1.00", "(1/1)"] in rows


def test_our_positions_by_outcome() -> None:
    def ours(position: Position, *, statements: list = kims(), issues: list = (LEVY, plan_issue("l2"))) -> str:
        b = briefing(statements=statements, issues=list(issues), positions=[LEE, position])
        return our_outcome(GOLD, position, briefing=b, spans=locate_keys(GOLD, briefing=b, sources=SOURCES))

    assert ours(Position("a2", "Bo Kim", "issue:plan", "for", ["l2"])) == "right"
    assert ours(Position("a2", "Bo Kim", "issue:levy", "for", ["l2"])) == "on another issue"
    assert ours(Position("a2", "Bo Kim", "issue:plan", "against", ["l2"])) == "wrong side"
    # Kim's side drawn from Lee's words, and a side of someone the gold gives none
    assert ours(Position("a2", "Bo Kim", "issue:plan", "for", ["l1"])) == "other evidence"
    assert ours(Position("a9", "Cy Dunn", "issue:plan", "for", ["l2"])) == "no gold holder"
