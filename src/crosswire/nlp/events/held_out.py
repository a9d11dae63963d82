"""How an act is held out rather than done: promised (the manual's AGREE or CONCEDE for
cooperation or a retreat to come), threatened (force held out on a condition, as an "or"
alternative, or by a speaker), and who the speaker holding it out is."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.events.modality import is_conditional, weighed
from crosswire.nlp.events.parse import noun_events, token_keys
from crosswire.nlp.events.participants import subject_of


def modal(token: Token) -> bool:
    """The verb has a modal of will or ability ("would not negotiate", "can strike")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "can", "ca", "could")
               for c in token.children)


def held_out(predicate: Token, status: str) -> bool:
    """Whether the act is promised: told in the future, or offered on a condition of its own
    ("would attend the talks only if", "would join the force if"), which the manual codes as
    the promise (AGREE) as it codes force held out on one as a threat. A retreat held out on
    a condition is left as it is: pulling troops back "once talks begin" is a concession,
    but leaving a joint body "if the dam goes ahead" a threat."""
    return status == "future" or status == "hypothetical" and is_conditional(predicate)


# Prepositions that put an act among the terms of an agreement ("under the accord", "as
# part of the deal", "in line with the pact", "in accordance with the treaty").
TERMS_PREPOSITIONS = frozenset({"under", "of", "with"})
TERMS_HEADS = frozenset({"under", "part", "line", "accordance", "keeping"})


def under_agreement(predicate: Token) -> bool:
    """Whether the act is told as a term of an agreement ("will withdraw under the accord",
    "will free the crew as part of a deal"): a noun the lexicon codes AGREE ("deal",
    "accord") after one of those prepositions in the act's clause."""
    for token in predicate.subtree:
        if token.dep_ == "prep" and token.lower_ in TERMS_PREPOSITIONS and (
                token.lower_ == "under" or token.head.lower_ in TERMS_HEADS):
            if any(o.dep_ == "pobj" and "AGREE" in noun_events(o) for o in token.children):
                return True
    return False


def promised_form(event: str) -> str | None:
    """The manual's code for an intended act: cooperation is AGREE, force THREATEN, and a
    retreat or concession CONCEDE ("the promise of future concessions")."""
    if event in plover.COOPERATIVE_TYPES:
        return "AGREE"
    if event in ("RETREAT", "CONCEDE"):
        return "CONCEDE"
    if event in plover.MATERIAL_CONFLICT_TYPES:
        return "THREATEN"
    return None


# Reporting verbs that announce a decision rather than hold out a threat.
DECISION_VERBS = frozenset({"announce", "decide", "confirm", "order", "approve", "rule", "vote"})


def threat_report(predicate: Token, status: str) -> bool:
    """Force held out on a condition, a reported hypothetical, or a reported future that is
    not an announced decision."""
    if is_conditional(predicate) or weighed(predicate) or or_else(predicate):
        # force held out on a condition ("would shut off ... if", "leave by Friday or they
        # would attack") or weighed in the open ("is considering sanctions") is a threat,
        # told by anyone
        return True
    # any verb of speech holds the act out, not only the lexicon's plain reports ("hinted
    # that it might cut ties", "signalled it could expel")
    speaker = speaker_of(predicate, any_speech=True)
    if speaker is None:
        return False
    return status == "hypothetical" or speaker.head.lemma_ not in DECISION_VERBS


def or_else(verb: Token) -> bool:
    """Whether the clause is the "or" alternative of another ("gave them a day to leave or
    they would attack"): what follows if the first is not done."""
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < verb.i
                                       for c in verb.head.children)


def speaker_of(anchor: Token, *, any_speech: bool = False) -> Token | None:
    """The subject of a reporting verb that governs the trigger's clause; with
    ``any_speech``, of any speech verb of the attribution lexicon (``cue_verbs.jsonl``)."""
    head = anchor
    while head.head.i != head.i:
        head = head.head
        if reports(head) or any_speech and load_lexicon().is_speech(head.lemma_):
            return subject_of(head)[0]
    return None


def reports(verb: Token) -> bool:
    """The verb is a reporting verb of the PLOVER lexicon (``role`` "report": "told", "said")."""
    return any(cue.role == "report" for key in token_keys(verb) for cue in plover.cues().get((key, "VERB"), ()))
