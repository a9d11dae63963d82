"""Condition, hedge and stance markers from ``data/stance_markers.jsonl`` (loaded once)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from crosswire.data import read_jsonl

# "distrust" marks the speaker doubting another side's motive ("a ploy", "to buy time"); a
# "negator" turns the stance marker after it ("not", "refused to"); a "label" before a
# quoted term puts it in scare quotes ("a campaign called 'talks'"); a "hypothetical" is a
# condition marker that also opens mere consequences ("will run out unless Congress acts");
# a "modal" ("should", "must") supports only where it governs no other stance marker, and a
# "call" ("urged", "welcomed"; "opposed", which turns it) takes the side of the marker it
# governs in its clause; an "announcing" cue ("announced", "unveiled") is for the issue
# where what it reports opens naming it; an
# "outcome" verb makes its subject what brings the issue about ("will not bring peace"), so
# a negated one judges the subject, not the issue; a "prediction" ("would", "will") says
# what the issue would bring about, which asserts nothing of it ("would swallow the park");
# an "attack" names another side's attack ("allegations", "fears"): judged wrong, it defends;
# an "averting" verb turns the marker after it as a negator does ("to avoid a ruinous
# shutdown" wants the shutdown averted), but never negates the issue on its own ("avoid
# breaching the debt limit" is no "not"); a "particle" is a stance verb that is also an
# adverb ("back"), a marker only where it takes an object ("back the plan", not "sent
# back to the queue"); a "measure" is a noun of a measure people take sides on, against
# what the word before it names ("the abortion ban"): it may name an issue, and a side
# taken on it is the other side on what it is against; an "inquiry" word names information
# asked for ("answers", "to know", "explain"): a call for it asks a question and takes no side;
# an "undoing" word ("end", "lift") is against only what it takes as its object, and so is a
# "discarding" one, also an "against" marker ("cancel", "scrap"), however long its object runs;
# a "volition" marker ("want", "ready") tells the wish of its clause's subject; a "limit" noun
# ("ceiling", "cap") bounds a quantity: undoing it is for the quantity as much as against it.
MARKER_KINDS = ("condition", "hedge", "for", "against", "distrust", "negator", "label",
                "hypothetical", "modal", "call", "announcing", "outcome", "prediction", "attack", "averting",
                "particle", "measure", "inquiry", "undoing", "discarding", "volition", "limit")


class _Markers(NamedTuple):
    by_kind: dict[str, tuple[str, ...]]
    reporting: frozenset[str]  # hedge markers whose row says ``"reports": true``


@cache
def _markers() -> _Markers:
    name = "stance_markers.jsonl"
    table: dict[str, list[str]] = {kind: [] for kind in MARKER_KINDS}
    reporting: set[str] = set()
    for row in read_jsonl(name):
        marker, kind = row.get("marker"), row.get("kind")
        if not isinstance(marker, str) or not marker.strip() or kind not in MARKER_KINDS:
            raise ValueError(f"{name}: marker and kind ({', '.join(MARKER_KINDS)}): {row}")
        table[kind].append(marker.lower())
        if kind == "hedge" and row.get("reports") is True:
            reporting.add(marker.lower())
    # longest first so "only if" wins over "if"
    return _Markers({kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in table.items()},
                    frozenset(reporting))


def condition_markers() -> tuple[str, ...]:
    return _markers().by_kind["condition"]


def hedge_markers() -> tuple[str, ...]:
    return _markers().by_kind["hedge"]


def reporting_hedges() -> frozenset[str]:
    """Hedge markers that are words of reporting ("claimed", "claims"): they hold at a
    distance only what they report, never the thing they take ("claimed the lives of",
    "claimed victory", "jobless claims")."""
    return _markers().reporting


def stance_markers(kind: str) -> tuple[str, ...]:
    return _markers().by_kind[kind]
