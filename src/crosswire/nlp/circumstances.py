"""The circumstances of a statement read off its cue: to whom, through whom, when.

``via`` is a carrier (news agency, broadcaster) from the outlet registry or the small
list of generic carriers ("state television"); ``addressee`` is whom the words were
addressed to ("told the French news agency", "in a speech to the forum");
``said_on`` the date phrase attached to the cue, normalised by ``crosswire.knowledge.dates``
and located by its span, so the date can be checked in the text like every other item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from crosswire.knowledge.dates import resolve_phrase_at
from crosswire.models import DateEstimate, TextSpan
from crosswire.nlp.cues import Lexicon
from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.speaking import addressing_words

# A date or time is never a speaker nor a word of a name ("..., said Tuesday", "Last June
# Marsh said"): every stage that reads dates, names or speakers knows them by these types.
DATE_ENTITIES = {"DATE", "TIME"}
RECIPIENT_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
OBJECT_PRONOUNS = {"me", "you", "him", "her", "us", "them"}
DATE_WINDOW_TOKENS = 8


@dataclass(frozen=True)
class Circumstances:
    via: str | None = None
    addressee: str | None = None
    date_phrase: Span | None = None


@cache
def _carrier_pattern(carriers: tuple[str, ...]) -> re.Pattern[str]:
    names = sorted(carriers, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def read_circumstances(cue: Token | None, *, speaker: Span | None, via_hint: str | None,
                       lexicon: Lexicon) -> Circumstances:
    if cue is None:
        places = [via_hint] if via_hint else []
        return Circumstances(via=_carrier(places + ([speaker.text] if speaker else []), lexicon))
    addressee = _addressee(cue, lexicon.recipients)
    places = [via_hint] if via_hint else []
    if addressee:
        places.append(addressee)
    places.extend(_phrase(c) for c in _channel_objects(cue))
    if speaker is not None:
        places.append(speaker.text)
    return Circumstances(via=_carrier(places, lexicon), addressee=addressee,
                         date_phrase=_date_phrase(cue))


def resolve_date(phrase: TextSpan | None, *, anchor: DateEstimate) -> DateEstimate | None:
    """The date of the phrase, which it carries as its span; a phrase it cannot read
    alone ("the next day") is kept as evidence with no value, for the story to settle
    (``compare.story_dates``)."""
    if phrase is None:
        return None
    return resolve_phrase_at(phrase, anchor=anchor) or DateEstimate(
        None, "unknown", phrase.text, 0.0, span=phrase)


def _phrase(head: Token) -> str:
    tokens = [t for t in head.subtree if t.i <= head.i or t.dep_ in ("compound", "flat")]
    start = min(t.i for t in tokens)
    return head.doc[start : head.i + 1].text


def _addressee(cue: Token, recipients: frozenset[str]) -> str | None:
    if cue.lemma_ in addressing_words()["verb"]:
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and is_recipient(child, recipients):
                return _phrase_with_prep(child)
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and is_recipient(objects[0], recipients):
                return _phrase_with_prep(objects[0])
        if child.dep_ == "prep" and child.lower_ in addressing_words()["occasion_preposition"]:
            for event in child.children:
                if event.dep_ == "pobj" and event.lemma_.lower() in addressing_words()["occasion"]:
                    for prep in event.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "before"):
                            objects = [c for c in prep.children if c.dep_ == "pobj"]
                            if objects:
                                return _phrase_with_prep(objects[0])
    return None


def is_recipient(head: Token, recipients: frozenset[str]) -> bool:
    """Words can be addressed to a person, an organisation, a forum or an audience ("told
    him", "told Reuters", "a speech to the assembly"), never to what was asked ("asked
    whether it was a sign of weakness")."""
    if head.pos_ == "PRON":
        return head.lower_ in OBJECT_PRONOUNS
    if head.ent_type_ in RECIPIENT_ENTITY_TYPES:
        return True
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in recipients


def _phrase_with_prep(head: Token) -> str:
    """The object with its own "of"/"for" tail ("the Halifax International Security Forum")."""
    start = min(t.i for t in head.subtree if t.i <= head.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (
                child.dep_ == "prep" and child.lower_ in ("of", "for")):
            end = child.right_edge.i + 1
    return head.doc[start:end].text


def _channel_objects(cue: Token) -> list[Token]:
    """"confirmed on state television", "said in an interview with the BBC"."""
    found = []
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "in", "via", "through"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _carrier(places: list[str], lexicon: Lexicon) -> str | None:
    registry = load_registry()
    for place in places:
        found = registry.find_in_text(place)
        if found:
            return found[0].outlet.name
        match = _carrier_pattern(lexicon.carriers).search(place)
        if match:
            return match.group()
    return None


def _date_phrase(cue: Token) -> Span | None:
    """"said on Sunday", "said Sunday"; else "on <date>" just before the cue ("AFP on
    November 20 quoted X as saying", where the parse hangs the date elsewhere), in the
    cue's sentence and clause: a date told of another event is not the statement's."""
    found = _attached_date(cue)
    if found:
        return found
    doc = cue.doc
    window = doc[max(cue.sent.start, cue.i - DATE_WINDOW_TOKENS) : cue.i]
    for token in window:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "on" and following is not None and following.ent_type_ == "DATE" and (
                not _in_other_clause(token, cue)):
            end = following.i
            while end + 1 < len(doc) and doc[end + 1].ent_type_ == "DATE" and (
                    doc[end + 1].ent_iob_ == "I"):
                end += 1
            return doc[token.i : end + 1]
    return None


def _in_other_clause(token: Token, cue: Token) -> bool:
    """Whether ``token`` belongs to a clause of its own between it and the cue: a relative
    clause ("X, who is to meet Y on Wednesday, has said") or a clause with its own subject
    tells another event's date. A participle without one ("X, speaking on Monday, said")
    tells the speaking's, and so does the clause the cue hangs in ("Reuters on Monday
    quoted X as saying")."""
    governing = {cue, *cue.ancestors}
    for ancestor in token.ancestors:
        if ancestor in governing:
            return False
        if ancestor.dep_ == "relcl" or (ancestor.pos_ in ("VERB", "AUX") and any(
                child.dep_ in ("nsubj", "nsubjpass") for child in ancestor.children)):
            return True
    return False


def _attached_date(cue: Token) -> Span | None:
    for child in cue.children:
        if child.ent_type_ in DATE_ENTITIES and child.dep_ in ("npadvmod", "tmod", "obl"):
            return cue.doc[child.left_edge.i : child.right_edge.i + 1]
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "last"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in DATE_ENTITIES:
                return cue.doc[child.i : child.right_edge.i + 1]
    return None
