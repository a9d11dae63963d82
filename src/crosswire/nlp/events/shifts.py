"""Types an act takes from its setting rather than its cue: who does it ("protesters
clashed" riot), with whom ("a joint raid"), why ("shut their shops in protest"), under what
("under the deal, X began exporting"), whether its subject is itself an event ("the
bombing cut the line") and what it ends ("suspended the stoppage" gives a protest up).

The word lists are data (``plover_agents``, ``plover_joint``, ``plover_purposes``,
``plover_frames``); these functions read them against the parse.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from crosswire.knowledge import plover
from crosswire.nlp.doc_view import text_of, view_of
from crosswire.nlp.events.parse import (
    CIRCUMSTANCE_PREPOSITIONS,
    LIGHT_OBJECT_DEPS,
    Trigger,
    argument_words,
    dates_act,
    has_to_marker,
    sentence_keys,
    token_keys,
)
from crosswire.nlp.events.modality import CONDITION_SUBORDINATORS, undoes
from crosswire.nlp.events.participants import ACTOR_PRONOUNS, actors_and_recipients, code_for

# Material acts whose doer must be an actor: with an event for subject the verb tells what
# followed from that event ("the bombing cut the only link", "the boycott left pupils
# without results"), and the subject is the news.
CONSEQUENCE_TYPES = frozenset({"AID", "RETREAT", "SANCTION", "CONSULT", "MOBILIZE", "CONCEDE", "COOPERATE"})
# Approval told in the passive with an event for subject ("the extradition of X was hailed
# by prosecutors", "the pledge by X was welcomed"): the event approved of is the news. A
# condemnation stays ACCUSE ("the killing was condemned by rights groups"): the invented
# sets code it so, and a protest against an act is news of its own.
REACTION_TYPES = frozenset({"SUPPORT"})


# What a protest says ("a march by nurses demanded more staff") is the protest's message:
# the manual's PROTEST covers demonstrating for or against something, so the protest is coded.
VOICED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def protest_voice(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a demand or a denunciation has a protest noun for its subject."""
    if trigger.cue.pos != "VERB" or trigger.cue.event not in VOICED_TYPES:
        return False
    subject = next((c for c in trigger.anchor.children if c.dep_ == "nsubj"), None)
    said_by = by_anchor.get(subject.i) if subject is not None else None
    return said_by is not None and said_by.cue.pos == "NOUN" and said_by.cue.event == "PROTEST"


# Demands a crowd's doings voice ("gathered to demand", "..., demanding"): a call for
# something made by turning out, not by addressing anyone.
CROWD_VOICED_TYPES = frozenset({"REQUEST"})
ADDRESSING_PREPOSITIONS = frozenset({"to", "with"})


def crowd_gathering(trigger: Trigger, by_anchor: dict[int, Trigger]) -> Token | None:
    """The verb of a turnout a demand is the purpose or manner of ("veterans gathered
    outside parliament to demand their pensions", "hundreds of nurses waved placards,
    demanding more staff"): a verb of no type of its own, done by a group of people who are
    no state body, that addresses no one. The manual's PROTEST covers demonstrating for
    something, so the turnout is the event and the demand its message."""
    anchor = trigger.anchor
    if trigger.cue.pos != "VERB" or trigger.cue.event not in CROWD_VOICED_TYPES or anchor.dep_ != "advcl" \
            or not (anchor.tag_ == "VBG" or has_to_marker(anchor)):
        return None
    verb = anchor.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "waved placards and blew whistles"
        verb = verb.head
    # a verb with a type of its own, or with an act for object ("voiced support", "kept up
    # their hunger strike"), is the event whatever it is done to demand
    acts = [verb, anchor.head,
            *(c for t in (verb, anchor.head) for c in t.children if c.dep_ in LIGHT_OBJECT_DEPS)]
    if verb.pos_ != "VERB" or any(t.i in by_anchor and by_anchor[t.i].cue.event for t in acts):
        return None
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ADDRESSING_PREPOSITIONS
           for t in (verb, anchor.head) for c in t.children):
        return None  # "wrote to the minister, demanding": an appeal addressed to someone
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb if subject is not None and _crowd(subject) else None


@cache
def _state_agents() -> frozenset[str]:
    """The doers of every purpose shift that keep an act's type: a state body, no crowd."""
    return frozenset(word for shift in plover.purpose_shifts() for word in shift.state_agents)


def _crowd(subject: Token) -> bool:
    """A plural of people who are no named or state body ("veterans", "hundreds of nurses");
    a sentence's capitalised first word outside any name is often tagged a proper noun."""
    opening = subject.i == subject.sent.start and subject.tag_ == "NNPS" and not subject.ent_type_
    if not (subject.tag_ == "NNS" and subject.pos_ != "PROPN" or opening) \
            or subject.ent_type_ in ("GPE", "NORP"):
        return False
    state = _state_agents()
    heads = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")]
    return code_for(subject) is None and not any(key in state for head in heads for key in token_keys(head))


def event_subject(trigger: Trigger, by_anchor: dict[int, Trigger], *, passive: bool = False) -> bool:
    """Whether the verb's subject (``passive``: its passive subject) is itself an event noun
    ("the bombing of the line", "the militia's threat to attack", "a walkout by refinery
    workers")."""
    if trigger.cue.pos != "VERB":
        return False
    role = "nsubjpass" if passive else "nsubj"
    subject = next((c for c in trigger.anchor.children if c.dep_ == role), None)
    if subject is None or subject.i not in by_anchor or by_anchor[subject.i].cue.pos != "NOUN":
        return False
    # an event noun names its doer or its object; a body that acts ("the commission") rarely does
    return any(c.dep_ == "poss" or c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "by", "to")
               for c in subject.children)


# What a verb does to something, or says it does: a verb with none of these, and no
# preposition but one of time, place, cause or absence, only tells how its subject went ("the
# talks broke up without a deal", "broke down over pay"), where one that "called for" calm or
# "sided with" someone acts (its subject is then a body: "the bishops' conference").
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "attr", "xcomp", "ccomp", "oprd"})
SETTING_PREPOSITIONS = CIRCUMSTANCE_PREPOSITIONS | {"without"}


def meeting_fate(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether the verb only tells how a meeting went ("talks broke up without a deal",
    "the summit ended early"): its subject is a meeting noun and it acts on nothing, so
    the meeting is the event (the manual's CONSULT)."""
    if trigger.cue.pos != "VERB" or trigger.cue.event in (None, "CONSULT"):
        return False
    anchor = trigger.anchor
    # a conjoined verb shares its first verb's subject ("talks went on ... but broke up")
    clause = anchor.head if anchor.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children) else anchor
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    meeting = by_anchor.get(subject.i) if subject is not None else None
    return meeting is not None and meeting.cue.pos == "NOUN" and meeting.cue.event == "CONSULT" \
        and not any(c.dep_ in COMPLEMENT_DEPS or _names_a_party(c) for c in anchor.children)


def _names_a_party(preposition: Token) -> bool:
    """A preposition with an object that is no setting of the act ("called for restraint",
    "sided with the miners"; not "broke up on Friday", "broke down over pay")."""
    return preposition.dep_ == "prep" and preposition.lower_ not in SETTING_PREPOSITIONS \
        and not dates_act(preposition) and any(c.dep_ == "pobj" for c in preposition.children)


# Movements whose "for" phrase may name the meeting they go to ("returned to Geneva for talks").
MOVEMENT_TYPES = frozenset({"RETREAT", "MOBILIZE"})


def travel_to_meeting(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a movement is going to a meeting ("negotiators returned to Geneva for talks",
    "headed back for consultations"): the meeting is the event (the manual's CONSULT, a
    visit), not a withdrawal or a deployment."""
    if trigger.cue.pos != "VERB" or trigger.cue.event not in MOVEMENT_TYPES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.i in by_anchor and by_anchor[o.i].cue.event == "CONSULT"
        and by_anchor[o.i].cue.pos == "NOUN" for o in c.children) for c in trigger.anchor.children)


# Words that hold a warning's outcome over its addressee ("... if the ban stays",
# "... unless they leave", "leave or face arrest"): the condition subordinators, and for
# warnings also "or" and "otherwise", which join the demand to its outcome without making
# a clause conditional of its own (so ``CONDITION_SUBORDINATORS`` leaves them out).
CONDITION_WORDS = CONDITION_SUBORDINATORS | {"or", "otherwise"}


def forecast_warning(trigger: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether a warning verb only forecasts ("warned that inflation could rise"): a threat
    needs an act held out, so its "that" clause must be the warner's own act ("warned that
    it would board"), name one (any cue) or hold its outcome on a condition; a warning "of"
    something or "to" do something is left as it is."""
    anchor = trigger.anchor
    if trigger.cue.pos != "VERB" or trigger.cue.event != "THREATEN":
        return False
    clauses = [c for c in anchor.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("xcomp", "advcl") or c.dep_ == "prep" and c.lower_ == "of"
                          for c in anchor.children):
        return False
    warner = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in ACTOR_PRONOUNS
                                    or warner is not None and subject.lemma_ == warner.lemma_):
            return False
    return not any(t.i in by_anchor or t.lower_ in CONDITION_WORDS
                   for clause in clauses for t in clause.subtree)


def framed_act(trigger: Trigger, by_anchor: dict[int, Trigger]) -> Trigger | None:
    """The act an event noun frames ("under the deal, X began exporting"): the governing
    verb as a trigger of the frame's type, or that verb's own trigger (an event of its own)
    with no type, or None when the noun frames nothing."""
    cue, anchor = trigger.cue, trigger.anchor
    if cue.pos != "NOUN":
        return None
    frame = next((f for f in plover.frames() if cue.event in f.events), None)
    if frame is None:
        return None
    top = anchor
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:
        top = top.head
    if top.i == anchor.i or top.dep_ not in ("ROOT", "conj", "ccomp", "advcl") or top.pos_ not in ("VERB", "AUX"):
        return None
    doc = anchor.doc
    # the frame's words run from one of the noun's prepositions to the noun's own phrase
    # ("within the framework of [the bilateral agreement]")
    openings = {" ".join(t.lower_ for t in doc[prep.i : anchor.left_edge.i])
                for prep in anchor.ancestors if prep.dep_ == "prep" and prep.i < anchor.i}
    if not openings & set(frame.prepositions):
        return None
    own = by_anchor.get(top.i)
    if own is not None and own.cue.event:
        return Trigger(replace(own.cue, event=None), top, own.tokens)
    return Trigger(replace(cue, cue=top.lemma_, pos="VERB", event=frame.becomes, mode=None), top, (top,))


def agent_shift(trigger: Trigger, event: str | None, mode: str | None) -> plover.AgentShift | None:
    """The type an act takes from who does it ("protesters clashed with police" riot). A
    noun's doer is the subject of the verb it is the object of ("jets carried out strikes");
    the subject of a clause it only sits in is a guess ("police behaved badly during the
    protest"), so such nouns keep their type. A shift that lists modes applies only to an
    act of one of them (``mode``: diplomats deported are expelled, a raid on them is not)."""
    shifts = [shift for shift in plover.agent_shifts().get(event or "", ())
              if not shift.modes or mode in shift.modes]
    if not shifts or trigger.cue.pos == "NOUN" and not (
            trigger.anchor.dep_ in LIGHT_OBJECT_DEPS
            and plover.light_cue(token_keys(trigger.anchor.head)) is not None):
        # "police carried out a raid": the raid is the police's; "police sprayed protesters":
        # the protesters are no act of the police
        return None
    actors, _ = actors_and_recipients(trigger)
    # a word before the doer may say what it is doing ("striking miners")
    keys = {key for actor in actors
            for token in (actor, *(c for c in actor.children if c.dep_ == "amod"))
            for key in token_keys(token)}
    sides = {shift.side for shift in shifts}
    words = {
        "actor": keys,
        "recipient": argument_words(trigger.anchor, subject=False) if "recipient" in sides else set(),
        "instrument": _instrument_words(trigger.anchor) if "instrument" in sides else set(),
    }
    return next((shift for shift in shifts if shift.agents & words[shift.side]
                 and (not shift.by or shift.by & keys)), None)


def _instrument_words(anchor: Token) -> set[str]:
    """Words of what the act is done with ("broke up the sit-in with tear gas and batons"),
    however the parse hangs the "with" (on the act or on its object)."""
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    return {key for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ == "with"
            for noun in child.children if noun.dep_ == "pobj"
            for token in (noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "compound"))
            for key in token_keys(token)}


def joint_shift(trigger: Trigger, predicate: Token, event: str | None, mode: str | None
                ) -> plover.JointShift | None:
    """The type an act takes when its doers act together: a marker on the act or its
    object ("trained together", "a joint raid"), a prefix on the verb ("co-financed"), or
    doers who are each other's recipients ("opened their ports to each other's navies")."""
    shifts = [shift for shift in plover.joint_shifts()
              if event in shift.events and (not shift.modes or mode in shift.modes)]
    if not shifts:
        return None
    anchor = trigger.anchor
    near = [*anchor.children, *predicate.children,
            *(g for c in anchor.children if c.dep_ == "dobj" for g in c.children),
            *(_phrase_modifiers(anchor) if trigger.cue.pos == "NOUN" else ())]
    # "together with his driver" adds a patient ("along with"), not a second doer
    words = {key for token in near if not _along_with(token) for key in token_keys(token)}
    framed = {key for token in near if token.dep_ == "prep" and token.lower_ == "in"
              for noun in token.children if noun.dep_ == "pobj" for key in token_keys(noun)}
    start = trigger.tokens[0].idx
    # the Doc's text joined once (``Doc.text`` joins every token on each access)
    text = text_of(anchor.doc)
    before = text[max(0, start - 4) : start].lower()
    own = text[anchor.left_edge.idx : anchor.right_edge.idx + len(anchor.right_edge)].lower()
    return next((shift for shift in shifts if shift.markers & words or shift.in_frame & framed
                 or any(before.endswith(prefix) for prefix in shift.prefixes)
                 or any(phrase in own for phrase in shift.reciprocals)), None)


# Modifiers of a noun phrase that say how its act is done ("joint", "combined"), however deep
# the parse hangs them among the phrase's nouns.
PHRASE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})


# How much a verb of no event type of its own weighs once it is done jointly: as much as the
# lexicon's plain cues, which it competes with for the sentence's main event.
JOINT_ACT_WEIGHT = 0.9


def joint_acts(triggers: list[Trigger], sent: Span) -> list[Trigger]:
    """The triggers with verbs of no type of their own that are done jointly ("are jointly
    running a demining programme", "worked in tandem", "investigators worked alongside their
    colleagues"): acts two parties do together are material cooperation (manual, COOPERATE)
    whatever the act, as ``joint_shift`` codes a typed act done jointly."""
    by_anchor = {t.anchor.i: t for t in triggers}
    # only shifts with joint markers: an exchange frame ("in return") makes aid trade, not
    # any act cooperation
    shifts = [shift for shift in plover.joint_shifts() if shift.markers]
    found = list(triggers)
    if sentence_keys(sent).isdisjoint(_joint_marker_words()):
        # no word of the sentence marks a joint act, as most do not: its verbs need no test
        return sorted(found, key=lambda t: t.anchor.i)
    # the sentence's verbs from the Doc's view: iterating the Span made a Token of every word
    view = view_of(sent.doc)
    for i in range(sent.start, sent.end):
        own = by_anchor.get(i)
        if view.pos[i] != "VERB" or own is not None and (own.cue.event or own.cue.role != "light"):
            continue
        verb = view.tokens[i]
        if any(c.dep_ in LIGHT_OBJECT_DEPS and c.i in by_anchor and by_anchor[c.i].cue.event
               for c in verb.children):
            continue  # "held joint drills": the drills are the act, shifted by joint_shift
        if verb.dep_ in ("acl", "relcl") and verb.head.i in by_anchor and by_anchor[verb.head.i].cue.event:
            continue  # "a strike called jointly by three unions": how the act came about
        if any(c.dep_ == "prep" and any(o.i in by_anchor and by_anchor[o.i].cue.event == "CONSULT"
                                        for o in c.children if o.dep_ == "pobj") for c in verb.children):
            continue  # "dined together at the summit": done at a meeting, part of it
        shift = next((shift for shift in shifts if _done_jointly(verb, shift)), None)
        if shift is None:
            continue
        cue = plover.Cue(cue=verb.lemma_, pos="VERB", event=shift.becomes, mode=None, weight=JOINT_ACT_WEIGHT)
        joint = Trigger(cue, verb, (verb,))
        found = [t for t in found if t.anchor.i != verb.i] + [joint]
    return sorted(found, key=lambda t: t.anchor.i)


@cache
def _joint_marker_words() -> frozenset[str]:
    """Every word ``_done_jointly`` looks for, of the shifts ``joint_acts`` tries: a joint
    marker or the noun of an "in X" frame."""
    return frozenset(word for shift in plover.joint_shifts() if shift.markers
                     for word in shift.markers | shift.in_frame)


def _done_jointly(verb: Token, shift: plover.JointShift) -> bool:
    """A joint marker on the verb itself ("jointly", "together", not "together with"), or a
    frame it is done in ("in tandem")."""
    for child in verb.children:
        if child.dep_ in ("advmod", "prep") and not _along_with(child) \
                and shift.markers.intersection(token_keys(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                o.dep_ == "pobj" and shift.in_frame.intersection(token_keys(o)) for o in child.children):
            return True
    return False


def _phrase_modifiers(noun: Token) -> list[Token]:
    """The modifiers before the head of the noun phrase an event noun stands in: a marker
    describes the whole phrase wherever the parse hangs it ("joint river patrols" with
    "joint" on "river", "a joint inspection programme" with the act "inspection" a
    compound of "programme")."""
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    found: list[Token] = []
    frontier = [c for c in head.lefts if c.dep_ in PHRASE_MODIFIER_DEPS]
    while frontier:
        token = frontier.pop()
        found.append(token)
        frontier.extend(c for c in token.lefts if c.dep_ in PHRASE_MODIFIER_DEPS)
    return found


def _along_with(token: Token) -> bool:
    """A marker followed by "with" ("together with"), however the parse hangs the "with"."""
    following = token.i + 1
    return following < len(token.doc) and token.doc[following].lower_ == "with"


# How far below the act its purpose may sit ("shut their shops [for [the day [in [protest]]]]").
PURPOSE_DEPTH = 4
PURPOSE_DEPS = frozenset({"prep", "pobj", "advcl", "xcomp", "acl"})


# Prepositions and subordinators that set an act inside another one going on ("during a
# protest", "as they marched"): what the doers were doing at the time.
DURING_PREPOSITIONS = frozenset({"during", "amid"})
DURING_MARKERS = frozenset({"as", "while"})
# "in protest", "during a rally": the prepositions whose object is a purpose or a frame
FRAME_PREPOSITIONS = frozenset({"in"}) | DURING_PREPOSITIONS


def purpose_shift(trigger: Trigger, event: str | None, mode: str | None) -> plover.PurposeShift | None:
    """The type an act takes from its stated purpose ("in protest", "to protest") or from
    what its doers were doing at the time ("clashed with police as they protested") when
    its doers are not a state's."""
    shifts = [shift for shift in plover.purpose_shifts()
              if event in shift.events and (not shift.modes or mode in shift.modes)]
    if not shifts or trigger.cue.pos != "VERB":
        return None
    purposes = set()
    frontier = [(child, 1) for child in trigger.anchor.children if child.dep_ in PURPOSE_DEPS]
    while frontier:
        token, depth = frontier.pop()
        in_frame = (token.dep_ == "pobj" and token.head.lower_ in FRAME_PREPOSITIONS
                    or has_to_marker(token)
                    or token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in DURING_MARKERS
                                                     for c in token.children))
        if in_frame:
            purposes.update(token_keys(token))
        if depth < PURPOSE_DEPTH:
            frontier.extend((c, depth + 1) for c in token.children if c.dep_ in PURPOSE_DEPS)
    shifts = [shift for shift in shifts if shift.words & purposes]
    if not shifts:
        return None
    actors, _ = actors_and_recipients(trigger)
    # a named doer is a state, an organisation or a person of rank far more often than a crowd
    if not actors or any(actor.pos_ == "PROPN" or actor.ent_type_ in ("GPE", "NORP")
                         or code_for(actor) is not None for actor in actors):
        return None
    keys = {key for actor in actors for key in token_keys(actor)}
    return next((shift for shift in shifts if not shift.state_agents & keys), None)


# What a verb that cancels an act does to it: a verb of sanctions or restrictions in its own
# sense ("suspended the club", "halted the flights") ends a conflict act it takes
# ("suspended the stoppage", "halted the shelling"), which is a concession or, for force
# carried out, a ceasefire (manual, CONCEDE: ending a strike, lifting a curfew; RETREAT:
# observing a ceasefire).
ENDED_FORCE_TYPES = frozenset({"ASSAULT"})


def ended_conflict(trigger: Trigger, by_anchor: dict[int, Trigger]) -> tuple[str, str | None] | None:
    """The type and mode of an act of conflict ended by a cancelling verb ("suspended its
    stoppage", "halted its raids"), or None when the verb ends none."""
    anchor = trigger.anchor
    if trigger.cue.pos != "VERB" or trigger.cue.event not in plover.MATERIAL_CONFLICT_TYPES or not undoes(anchor):
        return None
    ended = [by_anchor[c.i] for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.i in by_anchor]
    act = next((t for t in ended if t.cue.event in plover.CONFLICT_TYPES), None)
    if act is None:
        return None
    return ("RETREAT", "ceasefire") if act.cue.event in ENDED_FORCE_TYPES else ("CONCEDE", None)
