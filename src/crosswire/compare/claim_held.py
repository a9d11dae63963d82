"""Statements told in another unit's words: a claim whose every version another claim's
versions hold (a lead holding it as a fragment, a statement holding its words) is that
claim, shown in the holding versions (``claims``)."""

from __future__ import annotations

from collections import defaultdict

from crosswire.compare.claim_terms import actor_ids
from crosswire.compare.claim_units import Unit, is_lead
from crosswire.knowledge.text import UnionFind


def join_held_words(units: list[Unit], groups: UnionFind) -> None:
    """Joins to a claim of several articles the claim whose every version is a statement that
    a unit of it holds in its article: a lead holding it as a fragment of it (``claim_units``'
    leads), or a statement holding its words where it is that statement's speaker's or
    credited to no known speaker ("..., all of which showed their plan to board the ferry"): the
    holding versions show those words already, and a claim of them apart would tell them
    again. A claim with a version nothing of that claim holds is told apart from it, and
    stays apart; so is another speaker's remark the words hold in passing."""
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        if is_lead(unit) or unit.statement is not None:
            by_article[unit.article].append(unit)
    held: dict[str, list[Unit]] = {}  # statement id -> the units holding its words
    for unit in units:
        if unit.statement is not None:
            held[unit.id] = [h for h in by_article[unit.article] if h is not unit and _holds(h, unit)]
    # the claims as they stand before any join here: a join below makes a new root, and
    # reading the roots afresh would make what joins depend on the order of the ids
    root = {unit.id: groups.find(unit.id) for unit in units}
    members: dict[str, list[Unit]] = defaultdict(list)
    for unit in units:
        members[root[unit.id]].append(unit)
    for group in list(members.values()):
        if not all(held.get(u.id) for u in group):
            continue
        holders = {root[h.id] for u in group for h in held[u.id]}
        if len(holders) == 1 and len({u.article for u in members[next(iter(holders))]}) > 1:
            groups.union(next(iter(holders)), group[0].id)


def _holds(holder: Unit, unit: Unit) -> bool:
    """``holder`` holds the words of the statement ``unit``: a lead, or a statement of its
    speaker's where it is credited to a known one (of two with the same words, the first
    holds the second)."""
    span = unit.statement.span
    if is_lead(holder):
        return holder.start <= span.start and span.end <= holder.end
    outer = holder.statement.span
    if not (outer.start <= span.start and span.end <= outer.end) or (
            (outer.start, outer.end) == (span.start, span.end) and holder.order >= unit.order):
        return False
    return not any(actor_ids(unit.keys)) or unit.keys <= holder.keys
