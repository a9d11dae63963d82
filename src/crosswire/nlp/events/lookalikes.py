"""The PLOVER manual's "Potential ambiguities" between look-alike types, decided from an
act's arguments rather than its cue word: cooperation cut is SANCTION and a demand given up
CONCEDE; a payment imposed on someone is SANCTION, not AID; a deployment whose doers go on
to use force is the ASSAULT alone, and people who are no force mobilised to demonstrate
PROTEST; a cue word that only names the kind of another act ("ceasefire talks") is no act.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from crosswire.knowledge import places, plover
from crosswire.nlp.events.modality import status_of, undoes
from crosswire.nlp.events.parse import Trigger, has_to_marker, token_keys

# Material cooperation whose cutting reduces existing relations (the manual's SANCTION
# 'discontinue' mode is cutting back or ending material exchanges, and its REJECT notes send
# pulled military or other aid to SANCTION).
CUT_TIES_TYPES = frozenset({"AID", "COOPERATE"})
# What a verb's cue already codes as cutting or withholding: left as it is.
CUTTING_TYPES = frozenset({"SANCTION", "COERCE"})


def ended_ties(trigger: Trigger, by_anchor: dict[int, Trigger]) -> tuple[str, str | None] | None:
    """The type of a verb that cuts or gives up the act its object names: material
    cooperation cut ("cut off military aid", "halted the joint patrols") is SANCTION
    'discontinue', a demand given up ("abandoned their call for elections") CONCEDE (manual,
    REQUEST: withdrawing a demand). A verb cuts cooperation where it cancels acts (an
    ``undone`` governor) or has a sense of reducing relations in the lexicon ("cut")."""
    anchor = trigger.anchor
    if trigger.cue.pos != "VERB" or trigger.cue.event in CUTTING_TYPES:
        return None
    objects = [by_anchor[c.i] for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.i in by_anchor]
    act = next((t for t in objects if t.cue.event), None)
    if act is None:
        return None
    if act.cue.event in CUT_TIES_TYPES and (undoes(anchor) or _reduces_relations(anchor)):
        return "SANCTION", "discontinue"
    if act.cue.event == "REQUEST" and undoes(anchor):
        return "CONCEDE", None
    return None


# Prepositions that name whom goods or services go to ("gas deliveries to Kestany").
RECEIVER_PREPOSITIONS = frozenset({"to", "for"})


def withheld_from_a_state(trigger: Trigger) -> bool:
    """Whether a cue of withholding goods or services (COERCE 'withhold') withholds them from
    another state ("cut off gas deliveries to Kestany"): the manual's COERCE is repression of
    those under the doer's power, and curtailing material exchange with another state is
    SANCTION 'discontinue'. The state is a country named after "to" or "for" on the verb or
    on what it cuts (``knowledge/places``)."""
    if trigger.cue.event != "COERCE" or trigger.cue.mode != "withhold" or trigger.cue.pos != "VERB":
        return False
    anchor = trigger.anchor
    holders = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(p.dep_ == "prep" and p.lower_ in RECEIVER_PREPOSITIONS
               and any(o.dep_ == "pobj" and _names_a_country(o) for o in p.children)
               for holder in holders for p in holder.children)


def _names_a_country(noun: Token) -> bool:
    """The noun and the words before it that name with it ("South Korea") are a country's
    name (a district or a town is the doer's own ground)."""
    words = [t.text for t in noun.lefts if t.dep_ == "compound"] + [noun.text]
    return places.country_of(" ".join(words)) is not None


def _reduces_relations(verb: Token) -> bool:
    """The verb's plain sense in the cue lexicon, needing no words of its own around it, is
    SANCTION ("cut", "sever"; not "extend", a sanction only when sanctions are extended)."""
    return any(cue.event == "SANCTION" and not cue.requires for key in token_keys(verb)
               for cue in plover.cues().get((key, "VERB"), ()))


def imposed_payment(inner: Trigger | None) -> bool:
    """Whether what an imposing verb orders is a payment ("ordered the ministry to pay
    damages", "to compensate the victims"): a payment someone is made to make is a penalty
    on the payer (manual, AID: court-ordered payments are SANCTION, with the court as
    actor), not aid."""
    return inner is not None and inner.cue.event == "AID"


def force_follows(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a deployment's doers go on to use force in the same clause ("were rushed to
    the district and opened fire"): the manual codes only the ASSAULT ("military units were
    activated and returned fire" reports no separate MOBILIZE)."""
    if trigger.cue.event != "MOBILIZE" or trigger.cue.pos != "VERB":
        return False
    # force only held out or denied ("shouldn't shoot ..., mobilize ...") leaves the move
    return any(c.i in by_anchor and by_anchor[c.i].cue.event == "ASSAULT" and by_anchor[c.i].cue.pos == "VERB"
               and status_of(c) == "asserted" for c in trigger.anchor.conjuncts)


# A word that describes a noun rather than telling an act of its own.
KIND_DEPS = frozenset({"amod", "compound"})


def names_a_kind(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether the cue word only says what kind of act another cue noun is ("ceasefire
    talks", "a protest rally"): the noun is the act; its modifier names no act of its own."""
    anchor = trigger.anchor
    if anchor.dep_ not in KIND_DEPS or trigger.cue.rest:
        return False
    head = by_anchor.get(anchor.head.i)
    return head is not None and head.cue.pos == "NOUN" and bool(head.cue.event)


def mobilizes_civilians(verb: Token, purpose: Trigger) -> bool:
    """Whether a verb of mobilising sets people who are no armed force in motion for the act
    of its "to" clause ("mobilized its supporters to rally", "thousands of dockers to
    picket"): the manual's MOBILIZE is military or police moves, and "mobilizing supporters
    to demonstrate" is PROTEST. A force is told by the words of MOBILIZE's modes (troops,
    police, militia, weapons) in the phrase of the verb's object or subject."""
    act = purpose.anchor
    if act.head.i != verb.i or act.dep_ not in ("xcomp", "advcl") or not has_to_marker(act):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.tag_ != "NNS" or o.pos_ == "PROPN" for o in objects):
        return False
    forces = _force_words()
    doers = [*objects, *(c for c in verb.children if c.dep_ == "nsubj")]
    return not any(forces.intersection(token_keys(t)) for t in _phrase_heads(doers))


def _phrase_heads(nouns: list[Token]) -> list[Token]:
    """The nouns, the nouns and adjectives before them and their "of" phrases' nouns
    ("police officers", "thousands of riot police")."""
    found = []
    for noun in nouns:
        heads = [noun, *(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj")]
        found.extend(t for head in heads for t in (head, *(c for c in head.children
                                                          if c.dep_ in ("compound", "amod", "nmod"))))
    return found


@cache
def _force_words() -> frozenset[str]:
    """Every word of MOBILIZE's modes: what names a force (troops, police, militia, arms)."""
    return frozenset(word for _, words in plover.modes().get("MOBILIZE", ()) for word in words)
