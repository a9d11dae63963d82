"""How salient each reading of a sentence is: the sentence's main event is the reading
nearest its main predicate once reporting and light verbs are stepped through, offset by
its cue's weight, with negated acts, extension types and meetings that only set the
scene pushed back (``coding.py`` sorts a sentence's events by it)."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.events.main_clause import clause_cost
from crosswire.nlp.events.parse import NOUN_COST, noun_events
from crosswire.nlp.events.held_out import reports
from crosswire.nlp.events.reading import Reading
from crosswire.nlp.events.said_content import supposed

# Salience penalties, calibrated by hand on the tune half of gsr_dev.jsonl.
NEGATED_COST = 1.0  # a negated event is rarely the sentence's news
# An act only asked for or threatened ("urged the army to withdraw", "its threat to storm
# the port") comes after the demand or the threat, the news.
HELD_COST = 1.0
# An act only supposed by a condition ("would strike back if the offensive went on") comes
# after the act it conditions and after the statement that holds it out (beyond any
# extension type with the heaviest cue weight).
SUPPOSED_COST = 8.0
EXTENSION_COST = 6.0  # APPEAL/COMMENT only when no PLOVER cue is found
WEIGHT_SCALE = 1.0  # how much a cue's lexicon weight offsets its clause distance
# A meeting that is only where or when something else was said or done ("told a news
# conference", "after a four-hour meeting", "at a late session") is the act's setting: the
# manual codes the act; the meeting is coded only when nothing else is.
SETTING_COST = 3.0
SETTING_PREPOSITIONS = frozenset({"after", "at", "during", "before", "following", "ahead", "amid",
                                  "throughout"})
# Verbs a meeting ends with an act by ("the talks ended with an accord"); one that opens
# "with X on the agenda" names its topic, no outcome.
FRAMING_VERBS = frozenset({"end", "close", "conclude", "wrap"})


def salience(reading: Reading, *, skip: frozenset[int]) -> float:
    """Lower is more salient: distance from the main predicate, offset by the cue's weight."""
    trigger = reading.trigger
    cost = clause_cost(trigger.anchor, skip=skip)
    if trigger.cue.pos == "NOUN":
        cost += NOUN_COST
    if reading.status == "negated":
        cost += NEGATED_COST
    if reading.held:
        cost += HELD_COST
    if supposed(trigger.anchor):
        cost += SUPPOSED_COST
    if reading.event in plover.EXTENSION_TYPES:
        cost += EXTENSION_COST
    if reading.event == "CONSULT" and trigger.cue.pos == "NOUN" and _is_setting(trigger.anchor):
        cost += SETTING_COST
    # a verb that carries its complement's act ("told X to withdraw") weighs what the act does
    weight = max(trigger.cue.weight, reading.inner.cue.weight) if reading.inner is not None else trigger.cue.weight
    return cost - WEIGHT_SCALE * weight


def _is_setting(noun: Token) -> bool:
    """Whether a meeting noun is a circumstance of its clause's act (a time or place
    adjunct), the audience of a reporting verb ("told a news conference"), or what ended
    with the act ("the summit ended with a pledge")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in SETTING_PREPOSITIONS:
        return head.head.pos_ in ("VERB", "AUX")
    if noun.dep_ == "nsubj" and head.lemma_ in FRAMING_VERBS:
        # "ended with a pledge", not "ended with both sides saying ..."
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            o.dep_ == "pobj" and _event_noun(o) for o in c.children) for c in head.children)
    return noun.dep_ in ("dobj", "dative") and reports(head)


def _event_noun(noun: Token) -> bool:
    """The noun is one of the lexicon's event nouns ("pledge", "agreement")."""
    return any(noun_events(noun))
