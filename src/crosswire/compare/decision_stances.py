"""Sides taken on a decision, turned into sides on the issue it decided.

News tells many sides as a reaction to a decision: "environmental groups praised the
ruling", "the company was disappointed by the ruling", "tribal leaders welcomed the
decision". Read plainly, each is a side on the ruling; but the issue is what the ruling
decided (the mine, the law, the indictment), and praising a ruling that halted a mine is
being against the mine. The decision's own side on the issue is its maker's
(``data/decision_nouns.jsonl``: a ruling or verdict is a judge's or a court's): a side
on the decision is the same side on the issue where its maker is for the issue, the
other where its maker is against it, and stays as read where the story has no maker
with one side, or where the statement names the issue itself ("the ruling keeps the
mine closed" is read on the mine).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from crosswire.compare.event_stance import OPPOSITE
from crosswire.data import read_jsonl
from crosswire.knowledge.text import WORD, crude_lemma, noun_forms
from crosswire.models import Actor, Stance

# A statement takes its side on the decision when it names it this early: what the cue
# reports opens with it ("[the] ruling", "it was disappointed by the ruling").
DECISION_REACH_WORDS = 6


@cache
def decision_nouns() -> dict[str, frozenset[str]]:
    """Each decision noun and its plural -> the words that name its makers (their
    ``crude_lemma`` forms): "ruling" -> {"judge", "court", ...}."""
    name = "decision_nouns.jsonl"
    table: dict[str, frozenset[str]] = {}
    for row in read_jsonl(name, required=("noun", "makers")):
        if not (isinstance(row["makers"], list) and row["makers"]):
            raise ValueError(f"{name}: makers is a non-empty list: {row}")
        makers = frozenset(crude_lemma(word.lower()) for word in row["makers"])
        for form in noun_forms(row, "noun"):
            table[form] = makers
    return table


def decision_named(text: str, *, topic: frozenset[str]) -> str | None:
    """The decision noun (its singular row's form) a statement's words open with, at most
    DECISION_REACH_WORDS words in, where the words name none of the issue's (``topic``,
    ``crude_lemma`` forms); None otherwise."""
    words = [word.lower() for word in WORD.findall(text)]
    if any(crude_lemma(word) in topic for word in words):
        return None  # the statement speaks to the issue itself
    nouns = decision_nouns()
    return next((crude_lemma(word) for word in words[:DECISION_REACH_WORDS] if word in nouns), None)


def makes(actor: Actor, noun: str) -> bool:
    """Whether the actor is one who makes decisions of this kind: a word of its name or of
    one of its roles names a maker ("U.S. District Judge", "Supreme Court")."""
    makers = decision_nouns().get(noun, frozenset())
    return any(crude_lemma(word.lower()) in makers
               for text in [actor.name, *actor.aliases, *actor.roles] for word in WORD.findall(text))


def makers_side(noun: str, *, sides: Iterable[tuple[Actor, Stance]]) -> Stance | None:
    """The one side (for or against) the makers of ``noun`` take on the issue, from
    (holder, side) readings of the holders' own words; None where they take none or both."""
    taken = Counter(stance for actor, stance in sides
                    if stance in OPPOSITE and makes(actor, noun))
    return next(iter(taken)) if len(taken) == 1 else None


def on_issue(stance: Stance, *, maker: Stance) -> Stance:
    """A side on a decision as a side on the issue its maker took ``maker`` on: praising a
    ruling against the mine is against the mine; a condition stays one."""
    if stance not in OPPOSITE or maker == "for":
        return stance
    return OPPOSITE[stance]
