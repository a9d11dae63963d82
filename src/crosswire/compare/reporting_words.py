"""How outlets tell one speaker's one utterance: the reporting verb each chose ("claimed",
"admitted", "slammed" where another wrote "said") and the judgement it wrapped around
it ("falsely said", "said without evidence").

The loads come from ``data/reporting_loads.jsonl``. Two outlets' verbs are a framing
difference only where both report the same utterance (the versions of one claim that
are statements of the claim's speaker: one thing said, or the words a fact's doer said
on that one occasion, as the leads of one occasion tell it) and the loads they put on it
differ: one speaker quoted with "claimed" in one place and "said" in another, on two
things, tells nothing of the outlets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from crosswire.data import located_rows
from crosswire.models import Actor, Article, Claim, Statement, TextSpan
from crosswire.nlp.cues import regular_forms

# The load of a cue that carries none: the outlet reports the words as said.
PLAIN = "plain"
# Punctuation that may stand between a cue and a judgement after it ("said, without
# evidence, that").
AFTER_CUE = re.compile(r"[ ,]+")


@dataclass(frozen=True)
class _Loads:
    # a verb's written form -> (the particle it needs after it, "" for none; its load)
    verbs: dict[str, tuple[tuple[str, str], ...]]
    # a judging word or phrase, lower-cased -> its load
    modifiers: dict[str, str]


@cache
def _loads() -> _Loads:
    verbs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    modifiers: dict[str, str] = {}
    for where, row in located_rows("reporting_loads.jsonl"):
        load = row.get("load")
        if not isinstance(load, str) or not load or load == PLAIN:
            raise ValueError(f"{where}: a load label other than {PLAIN!r}")
        if isinstance(row.get("verb"), str):
            verb, *particle = row["verb"].lower().split()
            if len(particle) > 1:
                raise ValueError(f"{where}: a verb is one word, or one word and its particle")
            for form in {verb, *regular_forms(verb), *row.get("forms", ())}:
                verbs[form].append((particle[0] if particle else "", load))
        elif isinstance(row.get("modifier"), str):
            modifiers[row["modifier"].lower()] = load
        else:
            raise ValueError(f"{where}: a verb or a modifier: {row}")
    return _Loads({form: tuple(found) for form, found in verbs.items()}, modifiers)


def _told(text: str, cue: TextSpan) -> tuple[TextSpan, frozenset[str]]:
    """The cue with the judging words written right before or after it ("falsely
    claimed", "said without evidence"), and the loads they put on the words reported."""
    loads = _loads()
    words = cue.text.lower().split()
    following = text[cue.end:cue.end + 12].split()
    loaded = {load for particle, load in loads.verbs.get(words[0], ())
              if not particle or particle in (words[1:2] or following[:1])} if words else set()
    start, end = cue.start, cue.end
    before = text[max(0, cue.start - 30):cue.start].lower()
    gap = AFTER_CUE.match(text, cue.end)
    after_at = gap.end() if gap else cue.end
    after = text[after_at:after_at + 30].lower()
    for modifier, load in loads.modifiers.items():
        if before.endswith(f" {modifier} ") or before == f"{modifier} ":
            loaded.add(load)
            start = min(start, cue.start - len(modifier) - 1)
        elif after.startswith(modifier) and not after[len(modifier):len(modifier) + 1].isalnum():
            loaded.add(load)
            end = max(end, after_at + len(modifier))
    return TextSpan(text[start:end], start, end, cue.article), frozenset(loaded) or frozenset({PLAIN})


def reporting_uses(claims: list[Claim], statements: list[Statement], actors: list[Actor],
                   articles: list[Article], outlet_of: dict[str, str]
                   ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence: the reporting words of each claim of one
    speaker's words that two outlets tell with different loads, one referent per speaker
    ("how Harlan Voss's words are told")."""
    by_id = {s.id: s for s in statements}
    names = {a.id: a.name for a in actors}
    texts = {a.id: a.text for a in articles}
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        # a call joins one speaker's words on an issue said in different wordings, at
        # different times: no one utterance each outlet reports
        if claim.call is not None or claim.speaker not in names:
            continue
        told: list[tuple[str, TextSpan, frozenset[str]]] = []
        for version in claim.versions:
            statement = by_id.get(version.statement)
            if statement is None or statement.cue is None or statement.speaker != claim.speaker \
                    or statement.span.article not in outlet_of:
                continue
            span, loads = _told(texts[statement.span.article], statement.cue)
            told.append((outlet_of[statement.span.article], span, loads))
        loads_of: dict[str, set[str]] = defaultdict(set)
        for outlet, _, loads in told:
            loads_of[outlet] |= loads
        if len(loads_of) < 2 or len({frozenset(found) for found in loads_of.values()}) < 2:
            continue
        referent = f"how {names[claim.speaker]}'s words are told"
        for outlet, span, _ in told:
            if span not in uses[outlet][(referent, span.text.lower())]:
                uses[outlet][(referent, span.text.lower())].append(span)
    return uses
