"""Names listed together are named as one kind: in "sites such as Quorvel, Amazon, CNN
and Zentrix" the tagger reads some items as places or people, but a list of three or more
names in which organisations outnumber each other kind lists organisations. An item with evidence of its own
keeps its kind: a place the gazetteer knows, a person with a role or the surname of a
person the article names in full.
"""

from __future__ import annotations

import re
from collections import Counter

from crosswire.knowledge.places import resolve_place
from crosswire.models import ActorKind

# What stands between two items of one list: a comma, "and", "or", or both.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
# Fewer items give no majority worth the name: "X and Y" may well be a firm and its town.
MIN_LIST_ITEMS = 3

Found = tuple[int, int, ActorKind, str | None]


def kinds_by_list(text: str, found: list[Found], *, surnames: dict[str, set[str]]) -> list[Found]:
    """``found`` (start, end, kind, role) in text order, a list's odd items retyped as the
    organisations more of the list's items are than of any other kind."""
    items = sorted(found)
    corrected: list[Found] = []
    for run in _lists(text, items):
        kinds = Counter(kind for _, _, kind, _ in run)
        organisations = kinds.pop("organisation", 0)
        if len(run) < MIN_LIST_ITEMS or organisations <= max(kinds.values(), default=0):
            corrected.extend(run)
            continue
        corrected.extend(
            (start, end, "organisation", None) if _without_evidence(
                text[start:end], kind, role, surnames=surnames) else (start, end, kind, role)
            for start, end, kind, role in run)
    return corrected


def _lists(text: str, items: list[Found]) -> list[list[Found]]:
    """The items in runs, each run joined by list separators only."""
    runs: list[list[Found]] = []
    for item in items:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1][1] : item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _without_evidence(name: str, kind: ActorKind, role: str | None, *,
                      surnames: dict[str, set[str]]) -> bool:
    """A place the gazetteer lacks, or a one-word "person" with no role who is no one's
    surname here: nothing but the tagger's label says it is not a body."""
    if kind == "place":
        return resolve_place(name) is None
    if kind == "person":
        return role is None and len(name.split()) == 1 and name not in surnames
    return False
