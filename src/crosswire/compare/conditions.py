"""Conditions a statement sets ("only if", "a precondition", "no talks without a ceasefire"),
from a condition marker of ``data/stance_markers.jsonl`` to the end of its clause."""

from __future__ import annotations

import re

from crosswire.compare.marker_scope import marker_set
from crosswire.compare.marker_search import whole_word
from crosswire.knowledge.markers import condition_markers
from crosswire.knowledge.text import caseless_haystack, may_occur

# "asked if", "determine if": an embedded question, not a condition.
EMBEDDED_QUESTION = re.compile(
    r"\b(?:ask|asked|asks|wonder|wondered|whether|see|determine|determines|decide|decides|know|knows|"
    r"check)\s*$", re.IGNORECASE)
# "will only negotiate if": "only" a few words before a hypothetical makes it a condition.
ONLY_BEFORE = re.compile(r"\bonly(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
# A quotation closing next to a comma ("...,” he said", "...”, including") ends the clause too;
# a point or colon before a digit ("$2.5 billion", "at 10:30") is inside a number and does not.
CONDITION_END = re.compile(r"[;!?]|[.:](?!\d)|,\s+(?:but|and|while|although|though)\b|\s[—–]\s|,[\"”]|[\"”],")
# "no peace plan that does not take into account X", "no talks without X": a negated demand
# for something lacking a property is a condition (X), not a rejection.
NEGATED_REQUIREMENT = re.compile(
    r"\b(?:no|not|cannot|can't|never)\b(?:\W+\w+){0,10}?\W+"
    r"(?P<marker>without|(?:that|which) (?:does|do|did) not|(?:that|which) (?:doesn't|don't|didn't))\b",
    re.IGNORECASE)


def find_conditions(text: str) -> list[tuple[str, int, int]]:
    """Condition clauses: from a marker to the end of its clause."""
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def take(marker: str, start: int, after: int) -> None:
        if any(s <= start < e for s, e in taken):
            return
        end_match = CONDITION_END.search(text, after)
        end = end_match.start() if end_match else len(text.rstrip(" \"'”’"))
        found.append((marker, start, end))
        taken.append((start, end))

    for hit in NEGATED_REQUIREMENT.finditer(text):
        take(hit.group("marker").lower(), hit.start("marker"), hit.end("marker"))
    haystack = caseless_haystack(text)
    for marker in condition_markers():  # longest first, so "only if" claims its "if"
        if not may_occur(marker, haystack):
            continue
        for hit in whole_word(marker, caseless=True).finditer(text):
            if marker == "if" and EMBEDDED_QUESTION.search(text[: hit.start()]):
                continue  # "asked if" introduces a question, not a condition
            take(marker, hit.start(), hit.end())
    return sorted(found, key=lambda c: c[1])


def firm_condition(text: str, conditions: list[tuple[str, int, int]]) -> bool:
    """One of ``text``'s ``conditions`` binds the speaker: a condition marker that is no
    plain hypothetical ("a precondition"), or a hypothetical with "only" a few words before
    it ("will only negotiate if"). A bare "if" sets a condition only on a side taken."""
    return any(marker not in marker_set("hypothetical") or ONLY_BEFORE.search(text, 0, start)
               for marker, start, _ in conditions)
