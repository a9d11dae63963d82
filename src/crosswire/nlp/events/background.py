"""Cues that name an event only to say something else: no act the sentence tells.

A participle describing a noun ("the approved remedy", "inspectors approved by the board")
says what the noun is or has undergone; where the sentence tells an act in a verb of its own,
that act is its news, and the participle is, after its noun, only where it is dated ("the
suit filed on Monday").

An event noun tells an act only where something anchors it in the sentence: a verb that
does it, that it does or that frames it ("filed a suit", "the raid killed", "took into
custody"), a party ("the army's offensive", "talks between the sides", "strikes on the
port"), a named place, people or date ("Ostrelian strikes", "the May 4 riot", "protests in
Tessel"). Bare, beside an act the sentence tells in a verb, it names a kind of event
("These charges are baseless, and the council fined ...").

A weapon ("missiles", "a bomb") tells an attack only as the doer of its clause ("a rocket hit
the school"): what a verb is done with or to ("fired mortars", "deployed missiles", "talks on
counting drones") is no attack of its own; the verb tells the act, if any.

A noun with a definite or possessive determiner presupposes its event ("the attacks", "its
investigation"); hung on another noun ("the anniversary of the attacks", "the scope of its
investigation") or dating a clause's act ("released twenty years after the attacks") in a
sentence that tells an act of its own, it names the event to say something else, and reports
none."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.knowledge.text import person_nouns
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.events.parse import NAME_AND_DATE_ENTITIES, Trigger, dates_act, has_to_marker

# Determiners that present their noun as already known (function words, not a lexicon).
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions by which a known event dates another act.
DATING_PREPOSITIONS = frozenset({"after", "since", "before", "following", "until"})


# Participles (past and present) and the edges by which one describes a noun: before it
# ("the approved remedy") or after it, with no subject of its own ("inspectors approved by").
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
DESCRIBING_DEPS = frozenset({"amod", "acl"})


def names_no_act(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a cue only names an event in passing: a participle describing a noun, an
    event noun nothing anchors to an act, or a known event's noun describing another noun
    or dating an act."""
    # neither a participle nor a bare noun is dropped where it is all the sentence tells:
    # then the event it names is what the sentence is about
    in_passing = describing_participle(trigger) or unanchored_noun(trigger)
    return (in_passing and _another_act(trigger, by_anchor)) or background_noun(trigger, by_anchor) \
        or wielded_instrument(trigger, by_anchor) or names_a_danger(trigger) or names_whose_work(trigger)


def names_whose_work(trigger: Trigger) -> bool:
    """Whether an event noun only says whose work it is, as the modifier of a noun of persons
    ("aid workers", "protest leaders", "rescue volunteers": WordNet's person nouns,
    ``data/setting_nouns.jsonl``): they are people, not the act."""
    noun = trigger.anchor
    return trigger.cue.pos == "NOUN" and not trigger.cue.rest and noun.dep_ == "compound" \
        and noun.head.i != noun.i and noun.head.lemma_.lower() in person_nouns()


# Verbs whose complement says what their subject is ("is", "remains", "became a threat").
COPULAS = frozenset({"be", "remain", "become"})


def names_a_danger(trigger: Trigger) -> bool:
    """Whether a noun that also names a danger ("threat") names it: what something is, is
    seen as or poses ("the drought is the biggest threat", "emerged as a threat", "poses a
    threat", "the threat posed by wildfires"), with no act as its content ("a threat to
    storm the port", "a threat of sanctions" are made by someone: the manual's THREATEN is
    a threat someone makes)."""
    noun, verbs = trigger.anchor, trigger.cue.danger_verbs
    if trigger.cue.pos != "NOUN" or not verbs:
        return False
    if any(c.dep_ == "acl" and c.lemma_ in verbs for c in noun.children):
        return True
    if any(c.dep_ == "acl" and has_to_marker(c) or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    head = noun.head
    return noun.dep_ == "dobj" and head.lemma_ in verbs \
        or noun.dep_ == "attr" and head.lemma_ in COPULAS \
        or noun.dep_ == "pobj" and head.lower_ == "as"


def describing_participle(trigger: Trigger) -> bool:
    """Whether a verb cue is a participle describing a noun: a bare one before it ("the
    banned group"), a past one after it that nothing dates ("inspectors approved by the
    board"). A present one after its noun says what the noun does ("a letter demanding a
    recount"), the act of whoever issued it. An intent or offer ("the bill expected to
    pass") is left to its own reading, which tells whether the act after it is promised or
    only hoped for; and where the parse found no main verb (a headline's verb read as a
    participle), or the participle has a subject of its own, it is that verb misread."""
    verb = trigger.anchor
    if trigger.cue.pos != "VERB" or trigger.cue.role is not None or verb.tag_ not in PARTICIPLE_TAGS \
            or verb.dep_ not in DESCRIBING_DEPS or verb.sent.root.pos_ not in ("VERB", "AUX") \
            or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return False
    if verb.dep_ == "amod":
        # one with words of its own is a clause ("a jointly built satellite"), no adjective
        return all(child.dep_ == "punct" for child in verb.children)
    # a date of its own ("filed on Monday", "announced Monday")
    return verb.tag_ == "VBN" and not any(
        dates_act(child) or child.dep_ == "npadvmod" and child.ent_type_ in DATE_ENTITIES
        for child in verb.children)


def wielded_instrument(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a weapon noun ("missiles", "a bomb") is not the doer of its clause: what a
    verb is done with or to ("fired mortars", "deployed missiles", "unveiled a missile",
    "talks on counting drones"), no attack of its own, unless a light verb hands its act
    to it; a headline with no verb ("Rockets on the capital") is about its nouns."""
    noun = trigger.anchor
    if not trigger.cue.instrument or noun.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    first = noun
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    # the active subject does the clause's act ("a rocket hit the school"); a passive one
    # has it done to it ("missiles were deployed"), and the verb tells any attack
    if first.dep_ == "nsubj":
        return False
    governor = by_anchor.get(first.head.i)
    return governor is None or governor.cue.role != "light"


def _another_act(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether the sentence tells an act in a verb of its own, outside the cue's phrase and
    no participle describing a noun itself."""
    anchor = trigger.anchor
    return any(
        not anchor.left_edge.i <= other.anchor.i <= anchor.right_edge.i and other.cue.pos == "VERB"
        and _tells_an_act(other)
        and not (other.anchor.tag_ in PARTICIPLE_TAGS and other.anchor.dep_ in DESCRIBING_DEPS)
        for other in by_anchor.values())


def _tells_an_act(trigger: Trigger) -> bool:
    """A cue of an act of PLOVER's own, not a light or reporting verb or a statement."""
    return bool(trigger.cue.event) and trigger.cue.role not in ("light", "report") \
        and trigger.cue.event not in plover.EXTENSION_TYPES


# A noun's place in a verb's clause where the verb does it or it does the verb.
VERB_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "npadvmod", "dative"})
# Prepositions that name a party to the act, its target or its place ("by the army",
# "between the sides", "on the port", "against the firm", "in Paris").
PARTY_PREPOSITIONS = frozenset({"by", "of", "from", "between", "among", "with", "against", "on", "at",
                                "in", "to", "toward", "towards", "into"})


def unanchored_noun(trigger: Trigger) -> bool:
    """Whether an event noun stands in its sentence with nothing that anchors it to an
    act: no verb doing it, done by it or framing it ("took into custody", "were locked in
    talks"), no party, place or date. A noun shares the anchors of the first of its
    conjuncts ("sanctions and travel bans were imposed") or of the noun it stands in
    apposition to, of the noun that counts it ("a spate of raids hit ..."), and of the
    noun it is a compound of ("a relief convoy reached ...")."""
    noun = trigger.anchor
    # a headline with no verb ("Curfew across the valley") is about its nouns
    if trigger.cue.pos != "NOUN" or trigger.cue.role is not None or noun.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    first = noun
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if _told(noun) or first.i != noun.i and _told(first):
        return False
    if first.dep_ == "compound":
        return not _told(first.head)
    # the noun counting it must be what a verb does or is done by
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        return not _verb_argument(first.head.head)
    return True


def _verb_argument(noun: Token) -> bool:
    head = noun.head
    return noun.dep_ in VERB_ARGUMENT_DEPS and head.i != noun.i and head.pos_ == "VERB" and head.lemma_ != "be"


def _told(noun: Token) -> bool:
    """Whether a verb frames the noun or a party, place or date is fastened to it."""
    head = noun.head
    if head.i == noun.i:
        return _anchored(noun)
    if _verb_argument(noun):
        return True
    # an occurrence told ("there were protests") or a state it is in ("the dockers have
    # been on strike")
    if head.lemma_ == "be" and (noun.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children)
                                or noun.dep_ == "nsubj" and any(c.dep_ == "prep" for c in head.children)):
        return True
    # the frame of a verb or adjective ("put on alert", "stuck in talks", "ready for talks")
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    # a bare noun after its preposition is an idiom of the clause's act wherever the parse
    # hangs it ("resigned in protest", "were taken into custody")
    if noun.dep_ == "pobj" and noun.tag_ == "NN" and not any(noun.children):
        return True
    return _anchored(noun)


def _anchored(noun: Token) -> bool:
    """A party, place or date on the noun, or a participle telling what was done with it
    ("the lawsuit filed by the city"); a subject the parse gives it makes it a verb misread
    ("both sides' demands" read as "both sides demands")."""
    for child in noun.children:
        # its owner, or a named party, place or time (not a product or a disease)
        if child.dep_ in ("poss", "nsubj") or child.ent_type_ in NAME_AND_DATE_ENTITIES and child.dep_ != "conj":
            return True
        if child.dep_ == "prep" and child.lower_ in PARTY_PREPOSITIONS \
                and any(grand.dep_ == "pobj" for grand in child.children):
            return True
        # (a "to" infinitive says what it is for: "a proposal to raise the limit")
        if child.dep_ == "acl" and child.pos_ == "VERB" and not has_to_marker(child):
            return True
    return False


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
    if not any(other.anchor.i != noun.i and _tells_an_act(other) for other in by_anchor.values()):
        return False
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder.i not in by_anchor
    return holder.pos_ in ("VERB", "AUX") and preposition.lower_ in DATING_PREPOSITIONS


def _presupposed(noun: Token) -> bool:
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
               for c in noun.children)
