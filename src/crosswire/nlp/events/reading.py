"""Reading one cue in its sentence: the event it codes, its participants and modality.

Applies the PLOVER manual's reductions: promised cooperation is AGREE, announced
retreat is CONCEDE, threatened force is THREATEN; a clause saying what someone "must"
do is a REQUEST by whoever says so; a refused cooperative act is REJECT.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.events.modality import (
    ceased,
    is_conditional,
    is_deontic,
    not_yet_done,
    questioned,
    refused,
    status_of,
    undone,
    unreached_agreement,
    weighed,
)
from crosswire.nlp.events.modes import REQUEST_MODE_OF, asked_mode, threat_mode
from crosswire.nlp.events.participants import (
    PENALTY_VERBS,
    SentenceCountry,
    actors_and_recipients,
    location_of,
    participant,
    participants,
    subject_of,
)
from crosswire.nlp.events.background import names_no_act
from crosswire.nlp.events.doers import inanimate_doer
from crosswire.nlp.events.held_out import (
    held_out,
    modal,
    promised_form,
    speaker_of,
    threat_report,
    under_agreement,
)
from crosswire.nlp.events.lookalikes import (
    ended_ties,
    force_follows,
    imposed_payment,
    mobilizes_civilians,
    names_a_kind,
    withheld_from_a_state,
)
from crosswire.nlp.events.main_clause import clause_cost
from crosswire.nlp.events.parse import (
    LIGHT_OBJECT_DEPS,
    Trigger,
    argument_words,
    has_to_marker,
    token_keys,
)
from crosswire.nlp.events.shifts import (
    CONSEQUENCE_TYPES,
    REACTION_TYPES,
    agent_shift,
    crowd_gathering,
    ended_conflict,
    event_subject,
    forecast_warning,
    framed_act,
    joint_shift,
    meeting_fate,
    protest_voice,
    purpose_shift,
    travel_to_meeting,
)
from crosswire.models import EventParticipant

# Permissions whose realised complement is the act itself ("let the hostages leave").
PERMISSION_VERBS = frozenset({"allow", "let", "permit"})
# Commands whose material complement is imposed, not asked for.
IMPOSING_VERBS = frozenset({"order", "force", "compel", "oblige"})
# Verbs of joining another in an act ("joined X in backing Y"): the act is the event.
JOINING_VERBS = frozenset({"join"})
# Where an imposed departure sends someone out of: an expulsion.
DEPARTURES = frozenset({"country", "territory"})
# Refusals whose negation leaves the act open rather than denying it.
LEFT_OPEN_VERBS = frozenset({"rule out", "exclude"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "advcl", "acl"})
# Clauses and participles that describe an argument below the cue ("the market destroyed by
# the fire", "flood-hit towns"): what they name is no part of what is promised or asked (a
# clause of the cue's own words is its complement: "readiness to deepen", "reserved the
# right to respond").
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod"})
# "talks on ending the war": what a meeting is about, not an act that took place
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})
TOPIC_DEPTH = 4  # "talks on [ending [the blockade [of [the port]]]]"
# Prepositions that tell when or why an act is done ("vowed to act after the bombing").
OCCASION_PREPOSITIONS = frozenset({"after", "before", "following", "since", "during", "amid", "despite"})


@dataclass(frozen=True)
class Reading:
    """What one trigger codes: type, mode, auxiliary status and the words it stands on."""

    trigger: Trigger
    event: str
    mode: str | None
    status: str
    predicate: Token
    inner: Trigger | None = None
    deontic: bool = False
    # the sentence's other cues this demand asks for or this threat holds out, each with
    # the status it gives them: "requested" of another ("urged the army to withdraw"),
    # "hypothetical" for the asker's own aim ("sought to join the talks") and for what is
    # threatened ("threatened to storm the port"); none is done by being asked or threatened
    holds: tuple[tuple[int, str], ...] = ()
    # this act is what another cue of its sentence asks for or threatens (set by the coder)
    held: bool = False


def read_trigger(trigger: Trigger, *, by_anchor: dict[int, Trigger], light: frozenset[int]) -> Reading | None:
    """The event a trigger codes once its complement and modality are taken into account."""
    if _topic_of_consultation(trigger.anchor, by_anchor) or questioned(trigger.anchor):
        return None
    framed = framed_act(trigger, by_anchor)
    if framed is not None:
        if not framed.cue.event:
            return None  # the act has a type of its own: the frame is background
        trigger = framed
    elif names_no_act(trigger, by_anchor):
        return None
    turnout = crowd_gathering(trigger, by_anchor)
    if turnout is not None:
        # the demand is the turnout's message: the turnout is the protest
        trigger = Trigger(replace(trigger.cue, cue=turnout.lemma_, event="PROTEST", mode="demo"),
                          turnout, (turnout,))
    cue = trigger.cue
    event, mode = cue.event, cue.mode
    ended = ended_conflict(trigger, by_anchor) or ended_ties(trigger, by_anchor)
    if ended is not None:
        event, mode = ended
    elif withheld_from_a_state(trigger):
        event, mode = "SANCTION", "discontinue"
    if event in CONSEQUENCE_TYPES and event_subject(trigger, by_anchor) \
            or event in REACTION_TYPES and event_subject(trigger, by_anchor, passive=True) \
            or protest_voice(trigger, by_anchor) or meeting_fate(trigger, by_anchor) \
            or forecast_warning(trigger, by_anchor) or travel_to_meeting(trigger, by_anchor) \
            or inanimate_doer(trigger, by_anchor) or force_follows(trigger, by_anchor) \
            or names_a_kind(trigger, by_anchor):
        return None
    # a noun under a light verb ("must reach an agreement") takes the verb's modality, and
    # so does a penalty someone is to face ("would face heavy fines": held out, not imposed)
    predicate = trigger.anchor
    if cue.pos == "NOUN" and predicate.dep_ in LIGHT_OBJECT_DEPS and (
            predicate.head.i in light or predicate.head.lemma_ in PENALTY_VERBS):
        predicate = predicate.head
    status = status_of(predicate)
    if status == "asserted" and weighed(predicate):
        status = "hypothetical"  # "is considering sanctions": held open, not done
    takes_complement = cue.pos in ("VERB", "ADJ") or cue.role in ("intent", "offer")
    # a demand or a refusal told by a noun names what it asks or refuses as a verb does ("the
    # call for a ceasefire", "its refusal to hand back the boats"), which gives its mode only:
    # an order refused is no act imposed ("refusing orders to fire")
    names_asked = cue.event in ("REQUEST", "REJECT", "THREATEN")
    complements = _complement_triggers(trigger, by_anchor) if takes_complement or names_asked else []
    complements = [c for c in complements if c.cue.role not in ("light", "report") and c.cue.event]
    inner = complements[0] if complements and takes_complement else None
    content = trigger if cue.event in plover.MATERIAL_CONFLICT_TYPES else inner
    holds: tuple[tuple[int, str], ...] = ()
    # what is demanded or done, whose "or ..." alternative may be a penalty
    act = inner.anchor if inner is not None else trigger.anchor
    if cue.role == "intent":
        if inner is not None:
            promised = promised_form(inner.cue.event or "")
            event = promised or inner.cue.event
            mode = None if promised else inner.cue.mode
            # "vowed never to negotiate", and an intention the speaker says is not there
            # ("had no intention of ending", "has no plan to"): the light verb carries no event
            disowned = status_of(inner.anchor) == "negated" or (
                cue.pos == "NOUN" and status_of(trigger.anchor) == "negated")
            if disowned and event in ("AGREE", "CONCEDE"):
                # a committed refusal of what would have been promised
                event, mode, status = "REJECT", asked_mode(inner.cue), "asserted"
            elif disowned:
                # "no intention of invading": the act is disowned, neither threatened nor done
                event, mode, status = inner.cue.event, inner.cue.mode, "negated"
        elif not cue.commits:
            return None  # "hoped to pass the bill": an aim, nothing agreed or promised
    elif cue.role == "offer":
        if inner is None and not any(c.pos_ == "VERB" and has_to_marker(c) for c in trigger.anchor.children):
            return None
        # "ready to talks" is an offer; "ready to use force" a threat, not "ready to suspend
        # the stoppage"; readiness to do what no cue names ("ready to go back to the
        # chamber") is an offer of it (manual, AGREE: "indicate willingness")
        force = inner is not None and inner.cue.event in plover.MATERIAL_CONFLICT_TYPES \
            and ended_conflict(inner, by_anchor) is None
        event = "THREATEN" if force else event
    elif event == "REJECT" and status == "negated" and inner is not None and cue.cue in LEFT_OPEN_VERBS:
        # "did not rule out military action" holds the act out: a threat, or an offer
        event = "THREATEN" if inner.cue.event in plover.MATERIAL_CONFLICT_TYPES else "AGREE"
        mode, status = None, "asserted"
    elif cue.cue in PERMISSION_VERBS and inner is not None and inner.cue.event == "RETREAT" \
            and status == "asserted":
        # "let the hostages leave" carried out is the retreat itself; promised, a concession
        event, mode = "RETREAT", inner.cue.mode
    elif event == "MOBILIZE" and inner is not None and inner.cue.event == "PROTEST" \
            and mobilizes_civilians(trigger.anchor, inner):
        # "mobilized its supporters to rally": people who are no force set in motion to
        # demonstrate protest (manual, MOBILIZE)
        event, mode = inner.cue.event, inner.cue.mode
    elif event == "MOBILIZE" and inner is not None and inner.cue.event == "AID" \
            and not _helps_with_conflict(inner, by_anchor):
        # forces sent to help or to rebuild are aid (manual, MOBILIZE: disaster relief is AID)
        event, mode = "AID", None
    elif event == "MOBILIZE" and cue.pos == "VERB" and inner is not None and _attempted(trigger.anchor, inner):
        # "moved to ban the sale", "rushed to seal the border": a movement with no object
        # and a "to" act is an attempt at that act, which is the event
        event, mode = inner.cue.event, inner.cue.mode
    elif cue.cue in JOINING_VERBS and inner is not None and inner.anchor.dep_ == "pcomp" \
            and inner.anchor.head.lower_ == "in":
        # "joined Valdoria in condemning the test": the act joined in is the event
        event, mode = inner.cue.event, inner.cue.mode
    elif cue.cue in IMPOSING_VERBS and inner is not None and status == "asserted" \
            and inner.cue.event == "RETREAT" and DEPARTURES & argument_words(inner.anchor, subject=False):
        # "ordered the attache to leave the country": an imposed departure is an expulsion
        event, mode = "COERCE", "deport"
    elif cue.cue in IMPOSING_VERBS and inner is not None and status == "asserted" \
            and inner.cue.event in plover.MATERIAL_CONFLICT_TYPES:
        # "ordered the newspaper to suspend publication": an order imposes a material act on
        # whoever must obey it, so the act is coded (its recipient decides COERCE or SANCTION)
        event, mode = inner.cue.event, inner.cue.mode
    elif cue.cue in IMPOSING_VERBS and status == "asserted" and _ordered_out(trigger.anchor):
        # "ordered the mission out of the country": an imposed departure, as above
        event, mode = "COERCE", "deport"
    elif cue.cue in IMPOSING_VERBS and status == "asserted" and imposed_payment(inner):
        # "ordered the ministry to pay damages": a penalty on the payer (manual, AID)
        event, mode = "SANCTION", None
    elif cue.role == "report" and inner is not None and _directive(trigger.anchor, inner):
        # "told the militias to pull back": telling someone to act is demanding it (CAMEO 10)
        event, mode = "REQUEST", asked_mode(inner.cue)
    elif event in ("REQUEST", "REJECT"):
        # what is asked or refused names the mode; a refused call, the act it called for
        # ("rebuffed calls to extradite the general": help refused)
        mode = mode or next((asked_mode(c.cue) for c in complements if asked_mode(c.cue)), None)
        inner = None  # the complement is an event of its own ("urged X to withdraw")
        if event == "REQUEST" and cue.cue not in IMPOSING_VERBS:
            holds = tuple((c.anchor.i, "hypothetical" if cue.pos == "VERB" and _own_aim(trigger.anchor, c)
                           else "requested") for c in complements if _content_of(trigger, c))
    else:
        if event == "THREATEN":
            # the manual's THREATEN is the act held out: not done ("threatened to storm")
            holds = tuple((c.anchor.i, "hypothetical") for c in complements if _content_of(trigger, c))
        inner = None
    shift = agent_shift(trigger, event, mode)
    if shift is not None:
        if shift.becomes is None:
            return None  # an accident: harm with no one doing it is no PLOVER event
        event, mode = shift.becomes, shift.mode
    joint = joint_shift(trigger, predicate, event, mode)
    if joint is not None:
        event, mode = joint.becomes, None
    purpose = purpose_shift(trigger, event, mode)
    if purpose is not None:
        event, mode = purpose.becomes, purpose.mode
    deontic = is_deontic(predicate) and event not in plover.VERBAL_CONFLICT_TYPES
    if deontic:
        event, mode = "REQUEST", REQUEST_MODE_OF.get(event or "", "change")
    if event is not None and ceased(predicate):
        # an act given up from now on: a demand or a conflict act dropped is a concession
        # (manual, CONCEDE: retracting a demand, ending a strike), cooperation stopped a
        # sanction (halting talks is SANCTION 'withdraw', other ties 'discontinue')
        if event in plover.COOPERATIVE_TYPES:
            event, mode = "SANCTION", "withdraw" if event == "CONSULT" else "discontinue"
        elif event in plover.CONFLICT_TYPES:
            event, mode = "CONCEDE", None
        status = "asserted"
    elif held_out(predicate, status) and event in plover.COOPERATIVE_TYPES:
        event, status = "AGREE", "asserted"
    elif status == "future" and event in ("RETREAT", "CONCEDE") and under_agreement(predicate):
        # "will pull back under the accord": a term of a deal both sides made is agreed to
        # (the manual's AGREE, a commitment), not a concession one side announces
        event, mode, status = "AGREE", None, "asserted"
    elif status == "future" and event == "RETREAT":
        # CONCEDE has no modes: RETREAT's ('withdraw', 'ceasefire') name the act carried out
        event, mode, status = "CONCEDE", None, "asserted"
    elif (status in ("future", "hypothetical") and event in plover.MATERIAL_CONFLICT_TYPES - {"PROTEST"}
          or event == "PROTEST" and (status == "hypothetical" or status == "future" and is_conditional(predicate))) \
            and threat_report(predicate, status):
        # force announced or held out by a speaker is a threat (the manual's THREATEN = ASSAULT
        # + hypothetical), whatever its content; a protest only on a condition ("would block
        # every road if", "if talks fail, will call a strike"), as an announced one ("will
        # march on Friday") is the protest
        event, mode, status = "THREATEN", None, "asserted"
    elif status == "negated" and event in ("AGREE", "SUPPORT", "CONCEDE") \
            and not unreached_agreement(trigger.tokens, predicate, event):
        event, mode, status = "REJECT", None, "asserted"
    elif status == "negated" and event == "CONSULT" \
            and (meeting := _meeting_object(trigger, by_anchor)) is not None:
        # "did not attend the talks", "stayed away from the summit": a meeting there was,
        # declined by this party (REJECT 'meet'), the meeting's own noun no event of its own
        inner, event, mode, status = meeting, "REJECT", "meet", "asserted"
    elif status == "negated" and event in plover.COOPERATIVE_TYPES | {"RETREAT"} and modal(predicate) \
            and not unreached_agreement(trigger.tokens, predicate, event):
        # "would not negotiate", "will not lay down their arms": a refusal, not a non-event
        event, mode, status = "REJECT", REQUEST_MODE_OF.get(event or ""), "asserted"
    penalty = _penalty(act, by_anchor)
    if penalty is not None and event is not None:
        # "return to work or face dismissal", "lay down arms or be attacked": an ultimatum
        # holds out the penalty (CAMEO 13, threaten; the manual's THREATEN)
        event, status = "THREATEN", "asserted"
        content = penalty if isinstance(penalty, Trigger) else None
        mode = None
    if event is None:
        return None
    if status == "asserted" and (undone(trigger.anchor) or refused(predicate) or not_yet_done(predicate)):
        # "cancelled its purchase of jets", "refused to free the crew", "has yet to approve
        # the deal": the act does not take place (pending, it is no refusal either)
        status = "negated"
    if event == "THREATEN" and mode is None and content is not None:
        mode = threat_mode(content.cue)
    return Reading(trigger, event, mode, status, predicate, inner, deontic,
                   holds if event in ("REQUEST", "THREATEN") else ())


def _topic_of_consultation(anchor: Token, by_anchor: dict[int, Trigger]) -> bool:
    """Whether the cue lies in what talks are about ("held talks on ending the blockade"):
    the manual codes the consultation, and its subject matter is no event of its own."""
    talks = {token.i for trigger in by_anchor.values() if trigger.cue.event == "CONSULT"
             for token in trigger.tokens}
    if not talks:
        return False
    for depth, ancestor in enumerate(anchor.ancestors):
        if depth == TOPIC_DEPTH:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in TOPIC_PREPOSITIONS:
            return ancestor.head.i in talks
    return False


def _complement_triggers(trigger: Trigger, by_anchor: dict[int, Trigger]) -> list[Trigger]:
    """Cues inside the complement of a verb ("vowed to retaliate", "urged talks")."""
    found = []
    own = {t.i for t in trigger.tokens}
    # Only the sentence's other cues can be found: each is walked up to see whether the
    # anchor governs it, instead of walking the anchor's whole subtree.
    for index in sorted(by_anchor):
        token = by_anchor[index].anchor
        if index == trigger.anchor.i:
            continue
        path, head, describes = [], token, False
        while head.i != trigger.anchor.i and head.head.i != head.i:
            path.append(head.dep_)
            describes |= (head.dep_ in DESCRIBING_DEPS and head.head.i not in own) \
                or _topic_of_noun(head, by_anchor, own)
            head = head.head
        if head.i == trigger.anchor.i and path and path[-1] in COMPLEMENT_DEPS \
                and "relcl" not in path and not describes:
            found.append(by_anchor[token.i])
    if len(found) > 1:  # in the subtree's order, which a non-projective parse reorders
        order = {token.i: n for n, token in enumerate(trigger.anchor.subtree)}
        found.sort(key=lambda t: order[t.anchor.i])
    return sorted(found, key=lambda t: clause_cost(t.anchor))


def _topic_of_noun(token: Token, by_anchor: dict[int, Trigger], own: set[int]) -> bool:
    """A preposition of topic on a noun that is neither a cue nor the cue's own word ("took
    action on gun violence", not "turned its back on the loan"), or of occasion ("acted after
    the attack"): what it takes is the act's topic or occasion, not the act promised or asked."""
    if token.dep_ != "prep":
        return False
    noun = token.head
    return token.lower_ in OCCASION_PREPOSITIONS or (token.lower_ in TOPIC_PREPOSITIONS and (
        noun.pos_ == "NOUN" and noun.i not in by_anchor and noun.i not in own))


def _penalty(act: Token, by_anchor: dict[int, Trigger]) -> Trigger | bool | None:
    """The penalty an "or" alternative of the act holds out: a material conflict act in the
    passive ("or be attacked"), or what the addressee is to face ("or face arrest"; True
    when it names no act of its own, "or face the consequences")."""
    for alternative in act.children:
        if alternative.dep_ != "conj" or not any(
                c.dep_ == "cc" and c.lower_ == "or" and c.i < alternative.i for c in act.children):
            continue
        if alternative.lemma_ in PENALTY_VERBS:
            named = [by_anchor[c.i] for c in alternative.subtree if c.i in by_anchor and c.i != alternative.i]
            return next((t for t in named if t.cue.event in plover.MATERIAL_CONFLICT_TYPES), True)
        own = by_anchor.get(alternative.i)
        if own is not None and own.cue.event in plover.MATERIAL_CONFLICT_TYPES and any(
                c.dep_ == "auxpass" for c in alternative.children):
            return own
    return None


def _meeting_object(trigger: Trigger, by_anchor: dict[int, Trigger]) -> Trigger | None:
    """The meeting noun a verb of taking part acts on: its object, or a preposition's
    ("attend the talks", "take part in the summit")."""
    if trigger.cue.pos != "VERB":
        return None
    for child in trigger.anchor.children:
        nouns = [child] if child.dep_ == "dobj" else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            found = by_anchor.get(noun.i)
            if found is not None and found.cue.pos == "NOUN" and found.cue.event == "CONSULT":
                return found
    return None


def _ordered_out(verb: Token) -> bool:
    """Whether a command sends its object out of a country or territory ("ordered the
    mission out of the country")."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children) and any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
        and DEPARTURES.intersection(key for t in c.subtree for key in token_keys(t))
        for c in verb.children)


def _directive(verb: Token, inner: Trigger) -> bool:
    """Whether a reporting verb tells its object to do the inner act: an object, then the
    act as its "to" clause ("told the militias to pull back")."""
    act = inner.anchor
    return act.head.i == verb.i and act.dep_ == "xcomp" \
        and has_to_marker(act) \
        and any(c.dep_ in ("dobj", "dative") and c.i < act.i for c in verb.children)


def _helps_with_conflict(helping: Trigger, by_anchor: dict[int, Trigger]) -> bool:
    """Whether an act of help is help with a conflict act of its own complement ("called up
    reservists to help quell the revolt"): forces sent for that are deployed, no aid."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.i in by_anchor
               and by_anchor[c.i].cue.event in plover.MATERIAL_CONFLICT_TYPES
               for c in helping.anchor.children)


def _attempted(verb: Token, inner: Trigger) -> bool:
    """Whether a verb of movement only sets about its "to" act: the act is its own
    complement and nothing is moved ("moved to expel", not "moved troops to secure")."""
    act = inner.anchor
    return act.head.i == verb.i and act.dep_ == "xcomp" and has_to_marker(act) \
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


# Prepositions naming whom a demand is put to ("appealed to the council", "called on Ondra").
ADDRESSEE_PREPOSITIONS = frozenset({"to", "on", "upon"})


def _clause_under(verb: Token, act: Token) -> Token:
    """The word of ``act``'s phrase that hangs on ``verb`` itself."""
    while act.head.i != verb.i and act.head.i != act.i:
        act = act.head
    return act


def _content_of(demand: Trigger, inner: Trigger) -> bool:
    """Whether a demand or threat asks for or holds out the act: not a clause or phrase of
    when or why it was made ("as the fighting spread, ... demanded", "pressing its
    advantage, launching attacks", "urged restraint after the raid"), a purpose clause ("to
    stop ...") and a preposition of the cue ("called for", "pressed for") being its content."""
    clause = _clause_under(demand.anchor, inner.anchor)
    if clause.dep_ == "advcl":
        return has_to_marker(clause)
    return clause.dep_ != "prep" or clause.lower_ == "for" or clause.i in {t.i for t in demand.tokens} \
        or demand.cue.pos == "NOUN" and clause.lower_ == "of"  # "a threat of air strikes"


def _own_aim(verb: Token, inner: Trigger) -> bool:
    """Whether a demand's "to" clause, or an act joined to it, is its subject's own aim,
    asked of no one ("sought to join the talks and sign"), not "asked the envoy to leave"
    nor "appealed to the council to act"."""
    act = _clause_under(verb, inner.anchor)
    return act.dep_ == "xcomp" and has_to_marker(act) and not any(
        c.dep_ in ("dobj", "dative") or c.dep_ in ("prep", "prt") and c.lower_ in ADDRESSEE_PREPOSITIONS
        for c in verb.children)


@dataclass(frozen=True)
class Participants:
    actors: list[EventParticipant]
    recipients: list[EventParticipant]
    speaker: EventParticipant | None
    location: EventParticipant | None


def participants_of(reading: Reading, *, offset: int, country: SentenceCountry | None = None
                    ) -> Participants:
    """Actors, recipients, the reporting speaker and the place of a reading; ``country``
    is the sentence's (shared by its readings), looked up here when not given."""
    actors, recipients = actors_and_recipients(reading.trigger)
    if reading.inner is not None and not recipients:
        recipients = actors_and_recipients(reading.inner)[1]
    if reading.event in ("REQUEST", "REJECT") and reading.trigger.cue.pos == "VERB":
        # "demanded that Hamas renounce ...": the subject of the demanded clause is asked
        for child in reading.trigger.anchor.children:
            if child.dep_ == "ccomp":
                subject, _ = subject_of(child)
                if subject is not None and subject.i not in {t.i for t in actors}:
                    recipients.append(subject)
    speaker = speaker_of(reading.trigger.anchor)
    if reading.deontic and speaker is not None:
        actors, recipients = [speaker], actors + recipients
    elif reading.event == "THREATEN" and not actors and speaker is not None:
        # a harm held out with no doer named ("violators would face fines", "any boat that
        # enters will be seized") is held out by whoever says so
        actors = [speaker]
    place = location_of(reading.trigger.anchor)
    location = participant(place, offset=offset) if place is not None else None
    place_code = location.code if location is not None else None
    if place_code is None:
        place_code = country or SentenceCountry(reading.trigger.anchor.sent)
    return Participants(
        actors=participants(actors, offset=offset, place_code=place_code),
        recipients=participants(recipients, offset=offset, place_code=place_code),
        speaker=participant(speaker, offset=offset) if speaker is not None else None,
        location=location,
    )
