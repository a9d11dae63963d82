"""PLOVER modes of a coded event and the contexts of its sentence.

A cue may carry its mode; otherwise the mode comes from signal words
(``data/plover_modes.jsonl``) nearest the trigger. REQUEST/REJECT and THREATEN take
their mode from what is asked, refused or threatened.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from functools import cache

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.events.parse import Trigger, neighbour_words, token_keys

# What is asked for or refused, by the act's type; a coercive act or a sanction asked of
# someone ("asked the mayor to close the plant") changes a policy (manual, REQUEST 'change').
REQUEST_MODE_OF = {
    "CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
    "COERCE": "change", "SANCTION": "change",
}
# ASSAULT modes that name a weapon rather than the act.
WEAPON_MODES = frozenset({"firearms", "explosives", "heavy-weapons", "aerial", "drone", "crowd-control",
                          "unconventional", "primitive"})
THREAT_MODE_OF = {"ASSAULT": "violence", "MOBILIZE": "violence", "PROTEST": "restrict",
                  "REJECT": "relations"}


def asked_mode(cue: plover.Cue) -> str | None:
    """REQUEST/REJECT mode from what is asked for; a call to resign asks for change (manual)."""
    if cue.mode == "resign":
        return "change"
    return REQUEST_MODE_OF.get(cue.event or "")


def threat_mode(cue: plover.Cue) -> str | None:
    """THREATEN's mode is the content of the threat (manual, THREATEN modes)."""
    if cue.event == "COERCE":
        return {"arrest": "arrest", "deport": "expel", "seize": "territory"}.get(cue.mode or "", "restrict")
    if cue.event == "SANCTION":
        return "expel" if cue.mode == "expel" else "relations"
    return THREAT_MODE_OF.get(cue.event or "")


def mode_for(event: str, cue_mode: str | None, words: Set[str], *, trigger: Trigger | None = None
             ) -> str | None:
    """The cue's own mode, else the first mode whose signal words occur nearest the trigger:
    the act the trigger itself names ("assassinated"), then among its phrase and subject
    ("warplanes bombed", "fired tear gas"), then the trigger's own weapon ("shelled"), then
    anywhere in the sentence."""
    if cue_mode:
        return cue_mode
    table = plover.modes().get(event, ())
    if not table:
        return None
    if trigger is None:
        return _first_mode(table, words)
    own = {key for token in trigger.tokens for key in token_keys(token)}
    # a verb names the act ("assassinated"), rarely the weapon ("fired tear gas")
    act = _first_mode(table, own, skip=WEAPON_MODES)
    if act is not None:
        return act
    # two-word signals both of whose words the sentence has: the only pairs worth finding
    pairs = frozenset(signal for signal in _pair_signals(event)
                      if all(word in words for word in signal.split()))
    near = neighbour_words(trigger.anchor) | _pairs(trigger.anchor, pairs)
    return (_first_mode(table, near) or _first_mode(table, own)
            or _first_mode(table, words | _pairs(trigger.anchor.sent.root, pairs)))


def _first_mode(table: Iterable[tuple[str, frozenset[str]]], scope: Set[str], *,
                skip: frozenset[str] = frozenset()) -> str | None:
    return next((mode for mode, signals in table if mode not in skip and not signals.isdisjoint(scope)),
                None)


@cache
def _pair_signals(event: str) -> frozenset[str]:
    """The two-word signals ("tear gas") among the modes of ``event``."""
    return frozenset(signal for _, signals in plover.modes().get(event, ())
                     for signal in signals if len(signal.split()) == 2)


def _pairs(token: Token, wanted: frozenset[str]) -> set[str]:
    """Those of the ``wanted`` two-word signals that are adjacent words of a token's
    subtree: no other pair can match a signal, so the subtree is walked only when one
    may."""
    if not wanted:
        return set()
    lowered = [t.lower_ for t in token.subtree]
    return {f"{a} {b}" for a, b in zip(lowered, lowered[1:])} & wanted


@cache
def _context_signals() -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """Each context's signals split once into single words and phrases (a phrase is
    looked for in the sentence's text, a word among its words)."""
    return [(context, frozenset(w for w in signals if " " not in w), tuple(w for w in signals if " " in w))
            for context, signals in plover.contexts()]


@cache
def _contexts_of_word() -> dict[str, tuple[int, ...]]:
    """Each single-word signal -> the contexts (by place in ``_context_signals``) it signals."""
    found: dict[str, list[int]] = {}
    for number, (_, single, _) in enumerate(_context_signals()):
        for word in single:
            found.setdefault(word, []).append(number)
    return {word: tuple(numbers) for word, numbers in found.items()}


def context_for(words: Set[str], text: str) -> list[str]:
    lowered = text.lower()
    # the sentence's words counted against every context at once, not one set
    # intersection per context
    word_hits = [0] * len(_context_signals())
    contexts_of = _contexts_of_word()
    for word in words:
        for number in contexts_of.get(word, ()):
            word_hits[number] += 1
    scored = []
    for number, (context, _, phrases) in enumerate(_context_signals()):
        hits = word_hits[number] + sum(1 for w in phrases if w in lowered or w in words)
        if hits:
            scored.append((hits, context))
    return [context for _, context in sorted(scored, key=lambda pair: -pair[0])[:2]]


