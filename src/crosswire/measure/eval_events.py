"""Score the PLOVER event coder on gold sentences (PLOVER GSR format).

The gold file is split in two fixed halves by a hash of each sentence's text: rules are
tuned on the ``tune`` half only and the ``held`` half shows what to expect on unseen
text. The score is the accuracy of the first (most salient) event's type against the
gold PLOVER type (``event_plover_v2``, falling back to ``event``).

``OWN_PATH`` is a development set of invented sentences coded from the manual: its errors
may all be read, so it is scored whole and its confusions are shown in full.

A sentence whose gold is no act (``NO_ACT_TYPES``: NONE, or a bare statement, COMMENT or
APPEAL) is also counted as a false act where the coder gives it any PLOVER act, first or
not: every event coded lands in a briefing's events file, so on wire copy, which is mostly
made of such sentences, a false act costs wherever it ranks.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.knowledge.plover import EXTENSION_TYPES
from crosswire.measure.dataset_lines import json_lines
from crosswire.models import Event

# In the source checkout only: the set is test data, not package data.
OWN_PATH = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "plover_own.jsonl"
# Gold files code the UN and EU as generic IGOs; the manual gives them their own codes.
EQUIVALENT_CODES = {"UNO": "IGO", "EUR": "IGO", "JAP": "JPN"}
# Gold files keep an earlier draft's mode names; the manual's current name for each
# (PROTEST modes split organised and spontaneous demonstrations and riots, hunger and
# general strikes; ASSAULT 'targeted' took in assassinations; CONSULT 'visit' covers the
# host, told apart by who is actor and who recipient).
NO_ACT_TYPES = frozenset({"NONE", *EXTENSION_TYPES})
EQUIVALENT_MODES = {"demo-org": "demo", "riot-spon": "riot", "strike-hun": "hunger",
                    "strike-gen": "strike", "assassinate": "targeted", "host": "visit"}


def half_of(text: str) -> str:
    """The fixed half a sentence belongs to: 'tune' or 'held'."""
    return "tune" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "held"


@dataclass
class Tally:
    total: int = 0
    correct: int = 0
    by_type: Counter = field(default_factory=Counter)
    correct_by_type: Counter = field(default_factory=Counter)
    confusions: Counter = field(default_factory=Counter)
    mode_total: int = 0
    mode_correct: int = 0
    actor_total: int = 0
    actor_correct: int = 0
    recipient_total: int = 0
    recipient_correct: int = 0
    no_act_total: int = 0  # sentences whose gold is no act
    false_acts: int = 0  # of them, those coded with a PLOVER act anywhere in their events

    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def gold_type(row: dict) -> str:
    return row.get("event_plover_v2") or row["event"]


def _codes(value) -> set[str]:
    if not isinstance(value, list):
        return set()
    return {EQUIVALENT_CODES.get(a.get("code"), a.get("code")) for a in value
            if isinstance(a, dict) and a.get("code")}


def score_row(tally: Tally, row: dict, events: list[Event]) -> None:
    expected = gold_type(row)
    predicted = events[0].event if events else "NONE"
    tally.total += 1
    tally.by_type[expected] += 1
    if predicted == expected:
        tally.correct += 1
        tally.correct_by_type[expected] += 1
    else:
        tally.confusions[(expected, predicted)] += 1
    if expected in NO_ACT_TYPES:
        tally.no_act_total += 1
        tally.false_acts += int(any(not event.extension for event in events))
    first = events[0] if events else None
    if row.get("mode") and predicted == expected:
        tally.mode_total += 1
        tally.mode_correct += int(first is not None
                                  and first.mode == EQUIVALENT_MODES.get(row["mode"], row["mode"]))
    for side, attribute, total, correct in (("source", "actor", "actor_total", "actor_correct"),
                                             ("target", "recipient", "recipient_total", "recipient_correct")):
        gold = _codes(row.get(side))
        if not gold:
            continue
        setattr(tally, total, getattr(tally, total) + 1)
        found = {EQUIVALENT_CODES.get(p.code, p.code) for p in getattr(first, attribute, [])} if first else set()
        setattr(tally, correct, getattr(tally, correct) + int(bool(gold & found)))


def evaluate(path: Path, *, tune_only: bool = False) -> dict[str, Tally]:
    """Tallies for the whole file and each half; ``tune_only`` codes the tune half alone."""
    from crosswire.nlp import code_texts, load_nlp

    rows = [row for _, row in json_lines(path, required=("text", "event", "mode"))]
    if tune_only:
        rows = [row for row in rows if half_of(row["text"]) == "tune"]
    tallies = {"all": Tally(), "tune": Tally(), "held": Tally()}
    for row, events in zip(rows, code_texts([r["text"] for r in rows], nlp=load_nlp())):
        score_row(tallies["all"], row, events)
        score_row(tallies[half_of(row["text"])], row, events)
    return tallies


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def report_lines(*, path: Path, own: bool = False, tune_only: bool = False) -> list[str]:
    """Human-readable accuracy lines: overall, per half, per gold type, modes and actors.

    ``own`` scores a development set whole (no halves) and lists all its confusions;
    ``tune_only`` scores and shows the gold tune half alone, so tuning never sees the held one.
    """
    tallies = evaluate(path, tune_only=tune_only and not own)
    halves = ("all",) if own else ("tune",) if tune_only else ("all", "tune", "held")
    lines = [f"PLOVER first-event type accuracy on {path}"]
    for name in halves:
        tally = tallies[name]
        lines.append(f"  {name:5} type {_pct(tally.correct, tally.total)}  "
                     f"mode {_pct(tally.mode_correct, tally.mode_total)}  "
                     f"actor code {_pct(tally.actor_correct, tally.actor_total)}  "
                     f"recipient code {_pct(tally.recipient_correct, tally.recipient_total)}")
    lines.append("  per gold type (" + " | ".join(halves) + "):")
    every = tallies["all"]
    for event_type, count in every.by_type.most_common():
        parts = [_pct(tallies[h].correct_by_type[event_type], tallies[h].by_type[event_type])
                 for h in halves]
        lines.append(f"    {event_type:10} " + " | ".join(parts))
    if own:
        if every.no_act_total:
            lines.append(f"  false acts: {_pct(every.false_acts, every.no_act_total)} of the sentences "
                         "that tell no act coded with one (lower is better)")
        lines.append("  confusions (gold -> coded): " + ", ".join(
            f"{gold}->{coded} {n}" for (gold, coded), n in every.confusions.most_common()))
        return lines
    # the tune half's only: the held half's errors are not read while tuning
    lines.append("  most frequent confusions on the tune half (gold -> coded): " + ", ".join(
        f"{gold}->{coded} {n}" for (gold, coded), n in tallies["tune"].confusions.most_common(8)))
    return lines
