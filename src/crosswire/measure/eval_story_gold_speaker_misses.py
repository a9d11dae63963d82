"""Story-gold speaker misses by kind: which way a found statement's speaker went wrong.

Each kind is a line of the table over the same judged statements as "speaker accuracy"
(lower is better), so the held-out batch shows which kind it loses without its errors
being read. A miss takes the first kind that fits, in this order:

- "no one named", where the gold names a speaker and we resolved no actor, split by why:
  "no words" (the statement holds no speaker's words), "unnamed source" (we read the words
  as an unnamed source: "officials said") or "unresolved" (a pronoun or description we
  bound to no one);
- "named, gold unnamed": the gold's speaker is an unnamed source, we named an actor;
- "body for person": ours is an organisation or place where the gold's is a person, or
  the reverse (the gold's kind is that of our actor bearing the gold's name, else a
  body when the name ends in a body's noun, "the Tolvik administration", else unknown);
- "split person": ours is another actor that shares a name word with the gold speaker
  ("Halvard J. Oskeby" for "Per Oskeby"): the person split into two actors, or a
  namesake;
- "other actor": any other named actor.
"""

from __future__ import annotations

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.places import fold
from crosswire.measure.eval_story_gold_align import UNNAMED, gold_names, name_matches, spellings
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Actor, Statement

MISS_KINDS = ("no one named: no words", "no one named: unnamed source", "no one named: unresolved",
              "named, gold unnamed", "body for person", "split person", "other actor")
MISS_MEASURES = tuple(f"speaker miss: {kind}" for kind in MISS_KINDS)

# Words too short to tell a person by ("Jr", initials).
_NAME_WORD_MIN = 3


def _is_person(actor: Actor) -> bool:
    return actor.kind == "person"


def _gold_kind_is_person(gold: dict, gold_speaker: str, actors: list[Actor]) -> bool | None:
    """Whether the gold speaker is a person, by the kind of our actor bearing its name,
    else no person when its name ends in a body's noun; None when neither tells."""
    bearers = [a for a in actors if name_matches(gold, gold_speaker, a.name)]
    if bearers:
        return _is_person(bearers[0])
    words = fold(gold_speaker).split()
    return False if words and is_organisation_noun(words[-1]) else None


def _name_words(text: str) -> set[str]:
    return {word for word in fold(text).split() if len(word) >= _NAME_WORD_MIN}


def _gold_name_words(gold: dict, gold_speaker: str) -> set[str]:
    """The name words of the gold speaker (each of a joint one) in any of its spellings."""
    return {word for part in gold_names(gold_speaker) for form in spellings(gold, part)
            for word in _name_words(form)}


def miss_kind(gold: dict, gold_speaker: str, statement: Statement, ours: Actor | None,
              actors: list[Actor]) -> str | None:
    """The kind of a speaker miss (one of ``MISS_KINDS``), None when the speaker is right."""
    if name_matches(gold, gold_speaker, ours.name if ours else None):
        return None
    if ours is None:
        if statement.speaker_words is None:
            return "no one named: no words"
        if statement.resolution.method == "unnamed":
            return "no one named: unnamed source"
        return "no one named: unresolved"
    if UNNAMED in gold_speaker:
        return "named, gold unnamed"
    gold_person = _gold_kind_is_person(gold, gold_speaker, actors)
    if gold_person is not None and gold_person != _is_person(ours):
        return "body for person"
    if _is_person(ours) and _name_words(ours.name) & _gold_name_words(gold, gold_speaker):
        return "split person"
    return "other actor"


def score_speaker_misses(gold: dict, judged: list[tuple[str, str, Statement]],
                         actors: list[Actor]) -> dict[str, Tally]:
    """One tally per miss kind over the judged statements, given as (gold id, gold speaker,
    our statement on its key)."""
    tallies = {measure: Tally() for measure in MISS_MEASURES}
    by_id = {actor.id: actor for actor in actors}
    for gold_id, gold_speaker, statement in judged:
        ours = by_id.get(statement.speaker) if statement.speaker else None
        kind = miss_kind(gold, gold_speaker, statement, ours, actors)
        for measure_kind, measure in zip(MISS_KINDS, MISS_MEASURES):
            tallies[measure].count(kind == measure_kind,
                                   f"{gold_id}: gold {gold_speaker}, ours {ours.name if ours else 'none'}")
    return tallies
