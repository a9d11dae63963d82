"""Finding an issue's terms and the stance markers of ``data/stance_markers.jsonl`` as whole
words in a statement (``crosswire.compare.stance``, ``crosswire.compare.conditions``)."""

from __future__ import annotations

import re
from functools import cache

from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import WORD_CHARS


def markers_among(kind: str, runs: frozenset[str]) -> list[str]:
    """The markers of ``kind``, in their order, that a text whose runs of word characters
    are ``runs`` may hold as whole words: a whole-word match starts a run of the text, so
    the marker's first run is one of them (a marker opening with no word character may
    match anywhere). Hundreds of markers, few of them possible in one statement."""
    markers = stance_markers(kind)
    by_run, anywhere = _markers_by_first_run(kind)
    return [markers[n] for n in sorted({*anywhere, *(n for run in runs for n in by_run.get(run, ()))})]


@cache
def _markers_by_first_run(kind: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Positions in ``stance_markers(kind)`` by each marker's first run of word characters,
    and those of the markers opening with none."""
    by_run: dict[str, list[int]] = {}
    anywhere = []
    for n, marker in enumerate(stance_markers(kind)):
        run = WORD_CHARS.match(marker)
        if run:
            by_run.setdefault(run.group(), []).append(n)
        else:
            anywhere.append(n)
    return {run: tuple(found) for run, found in by_run.items()}, tuple(anywhere)


def first_outside(pattern: re.Pattern, text: str, spans: list[tuple[int, int]]) -> re.Match | None:
    """The first match outside ``spans``, else the first match."""
    first = None
    for match in pattern.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            return match
        first = first or match
    return first


@cache
def term_pattern(terms: tuple[str, ...]) -> re.Pattern:
    """Any of an issue's ``terms`` (or its plural in "s") as whole words, case-blind, the
    longest first."""
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in ordered) + r")s?(?!\w)", re.IGNORECASE)


@cache
def whole_word(marker: str, *, caseless: bool = False) -> re.Pattern[str]:
    """``marker`` as a whole word (case-blind with ``caseless``), compiled once a marker:
    markers run to hundreds, more than ``re`` keeps compiled."""
    return re.compile(r"(?<!\w)" + re.escape(marker) + r"(?!\w)", re.IGNORECASE if caseless else 0)
