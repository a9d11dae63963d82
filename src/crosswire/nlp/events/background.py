"""Event nouns that only point back at an event the reader already knows of.

A noun with a definite or possessive determiner presupposes its event ("the attacks", "its
investigation"); hung on another noun ("the anniversary of the attacks", "the scope of its
investigation") or dating a clause's act ("released twenty years after the attacks") in a
sentence that tells an act of its own, it names the event to say something else, and reports
none."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.events.parse import Trigger

# Determiners that present their noun as already known (function words, not a lexicon).
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions by which a known event dates another act.
DATING_PREPOSITIONS = frozenset({"after", "since", "before", "following", "until"})


def background_noun(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a noun cue names a known event only to describe another noun or to date an
    act. A noun hung on another event noun ("condemnation of the attack") is left to it, and
    one that frames its clause's act ("as part of its inquiry", ``plover_frames.jsonl``) is
    read as that frame before this."""
    noun = trigger.anchor
    # a noun of intent or offer ("the plan to meet") names no event of its own
    if trigger.cue.pos != "NOUN" or trigger.cue.role is not None or noun.dep_ != "pobj" \
            or not _presupposed(noun):
        return False
    preposition = noun.head
    holder = preposition.head
    if preposition.dep_ != "prep" or holder.i == preposition.i:
        return False
    # it is background to the sentence's own act: where the sentence tells no other act
    # ("gave no reason for the overnight arrests"), the known event is what it is about
    if not any(other.anchor.i != noun.i and other.cue.event and other.cue.role not in ("light", "report")
               and other.cue.event not in plover.EXTENSION_TYPES for other in by_anchor.values()):
        return False
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder.i not in by_anchor
    return holder.pos_ in ("VERB", "AUX") and preposition.lower_ in DATING_PREPOSITIONS


def _presupposed(noun: Token) -> bool:
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
               for c in noun.children)
