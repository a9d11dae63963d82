"""Who takes part in an event: who does it and to whom, from the parse; the words naming
a participant and its PLOVER code; and where it happened (a named place, else the
sentence's country)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Span, Token

from crosswire.knowledge import plover
from crosswire.models import EventParticipant, TextSpan
from crosswire.nlp.doc_view import kept_per_doc, span_text, view_of
from crosswire.nlp.events.main_clause import (
    misread_main_clause,
    predicate_of_relative_subject,
    verb_of_noun_root,
)
from crosswire.nlp.events.parse import SUBJECT_DEPS, Trigger

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "attr", "oprd"})
RECIPIENT_PREPOSITIONS = frozenset({"against", "on", "to", "with", "at", "toward", "towards",
                                    "from", "into", "upon", "over"})


def phrase_of(token: Token) -> Span:
    """The words naming a participant: the noun with its modifiers, not its clauses."""
    doc = token.doc
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod"):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in ("flat", "compound") or (child.dep_ == "appos" and child.ent_type_):
            right = max(right, child.right_edge, key=lambda t: t.i)
    return doc[left.i : right.i + 1]


# Pronouns that stand for an actor named elsewhere in the sentence.
ACTOR_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
# Clauses inside a participant's subtree that describe something else.
DETACHED_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "appos"})


def antecedent(pronoun: Token) -> Token | None:
    """The named subject a pronoun most likely stands for: the nearest governing clause's
    subject that is not itself a pronoun ("Syria says it ...", "Serbs said their forces")."""
    head = pronoun
    while head.head.i != head.i:
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON" and child.i < pronoun.i:
                return child
    return None


def _scope_words(token: Token) -> list[Token]:
    """The participant's words without the clauses hanging off it."""
    detached: set[int] = set()
    subtree = list(token.subtree)
    for t in subtree:
        if t.dep_ in DETACHED_DEPS and t.i != token.i and t.i not in detached:
            detached.update(x.i for x in t.subtree)
    return [t for t in subtree if t.i not in detached]


def code_for(token: Token) -> str | None:
    """A PLOVER country or entity code for a participant, from the words around it; kept
    per Doc, as one participant takes part in several of a sentence's events."""
    return kept_per_doc(token.doc, ("plover code", token.i), lambda: _code_for(token))


def _code_for(token: Token) -> str | None:
    codes = plover.entity_codes()
    longest = plover.max_entity_words()
    words = [t.text for t in _scope_words(token)]
    for size in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            text = " ".join(words[i : i + size]).lower()
            if text.endswith("'s"):
                text = text[:-2].strip()
            code = codes.get(text) or codes.get(text.replace("the ", "", 1))
            if code is None and size == 1 and text.endswith("s"):
                code = codes.get(text[:-1])  # "Nigerians"
            if code:
                return code
    return None


def governing_verb(token: Token) -> Token | None:
    head = token
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb, inherited through xcomp/conj chains; (token, is_passive_subject)."""
    current = verb
    if verb.dep_ in ("acomp", "attr") and verb.head.i != verb.i:
        current = verb.head  # "Syria is willing to ...": the copula holds the subject
    misread = misread_main_clause(verb.head) if verb.dep_ in ("ccomp", "conj", "advcl") else None
    if misread is not None and misread.i == verb.i:
        # "[journalists] held for months [were released]": the described noun is the subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return subject, any(c.dep_ == "auxpass" for c in verb.children)
    if verb_of_noun_root(verb):
        # the root noun is the predicate's subject: its doer when the verb has an object
        # ("Militiamen handed over nine officers"), else what it was done to ("Three guards
        # killed in ambush")
        return verb.head, not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    hung = predicate_of_relative_subject(verb)
    if hung is not None:
        # "Strikers who had held the mill for a week [left]": the relative clause's noun
        return hung, False
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.pos_ != "PRON" or child.dep_ == "nsubj":
                return child, False
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return child, True
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            # "X agreed to hold talks": the controller's subject is the actor
            if current.dep_ == "xcomp":
                obj = next((c for c in current.head.children if c.dep_ in ("dobj", "iobj")), None)
                if obj is not None:
                    return obj, False
            current = current.head
            continue
        break
    return None, False


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def recipients_of(anchor: Token, *, exclude: set[int]) -> list[Token]:
    found: list[Token] = []
    for child in anchor.children:
        if child.i in exclude:
            continue
        if child.dep_ in OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPOSITIONS:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def noun_owner(noun: Token) -> Token | None:
    """Who performs a nominal event: its possessor, a national modifier, or "by" agent."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
            return child
    return None


# Verbs whose subject is to undergo their object ("would face fines", "or face arrest",
# "risks expulsion"): the one who faces a penalty is its recipient, not its doer.
PENALTY_VERBS = frozenset({"face", "risk"})
# "attack on X", "talks with X", "aid to X"
NOUN_TARGET_PREPOSITIONS = frozenset({"against", "on", "with", "to", "at"})


def actors_and_recipients(trigger: Trigger) -> tuple[list[Token], list[Token]]:
    """Who does a trigger's act and to whom, from its parse (a noun's owner, a verb's subject,
    a passive's agent)."""
    anchor = trigger.anchor
    covered = {t.i for t in trigger.tokens}
    if trigger.cue.pos == "NOUN":
        owner = noun_owner(anchor)
        recipients = [c for p in anchor.children if p.dep_ == "prep" and p.lower_ in NOUN_TARGET_PREPOSITIONS
                      for c in p.children if c.dep_ == "pobj"]
        if owner is None and anchor.head.pos_ in ("VERB", "AUX") and anchor.dep_ in ("dobj", "attr"):
            subject, passive = subject_of(anchor.head)
            owner = None if passive else subject
            if owner is not None and anchor.head.lemma_ in PENALTY_VERBS:
                owner, recipients = None, [subject, *recipients]
            recipients += recipients_of(anchor.head, exclude=covered | {anchor.i})
        elif owner is None and anchor.dep_ not in ("nsubj", "nsubjpass"):
            # "youths threw stones during demonstrations": the clause's subject took part
            verb = governing_verb(anchor)
            subject, passive = subject_of(verb) if verb is not None else (None, False)
            owner = None if passive else subject
        return ([owner] if owner is not None else []), recipients
    subject, passive = subject_of(anchor)
    agent = agent_of(anchor)
    recipients = recipients_of(anchor, exclude=covered)
    if passive:
        actors = [agent] if agent is not None else []
        if subject is not None:
            recipients.insert(0, subject)
        return actors, recipients
    return ([subject] if subject is not None else []), recipients


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
# Entity types that are never an actor or recipient (dates, amounts).
NOT_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY", "PERCENT", "ORDINAL"})


def participant(token: Token, *, offset: int, place_code: str | SentenceCountry | None = None
                 ) -> EventParticipant:
    text, start, end, code = _named(token)
    if code is None:
        # "police arrested protesters in Minsk", "rebel factions in Mali want the governor
        # to resign": uncoded participants are domestic actors of the place or country
        code = place_code.code if isinstance(place_code, SentenceCountry) else place_code
    return EventParticipant(span=TextSpan(text, start - offset, end - offset), code=code)


def _named(token: Token) -> tuple[str, int, int, str | None]:
    """The words naming a participant, where they stand, and its own code; kept per Doc,
    as one participant takes part in several of a sentence's events."""
    return kept_per_doc(token.doc, ("participant", token.i), lambda: _name_of(token))


def _name_of(token: Token) -> tuple[str, int, int, str | None]:
    if token.lower_ in ACTOR_PRONOUNS:
        token = antecedent(token) or token
    phrase = phrase_of(token)
    code = code_for(token)
    if code is None:
        # "Bosnian Serbs said their forces ...": the owner's code
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ACTOR_PRONOUNS),
                     None)
        referent = antecedent(owner) if owner is not None else None
        code = code_for(referent) if referent is not None else None
    return (span_text(phrase), phrase.start_char, phrase.end_char, code)


def participants(tokens: Iterable[Token], *, offset: int,
                  place_code: str | SentenceCountry | None = None) -> list[EventParticipant]:
    found, seen = [], set()
    for head in tokens:
        for token in with_conjuncts(head):
            if token.i not in seen and token.ent_type_ not in NOT_PARTICIPANT_ENTS:
                seen.add(token.i)
                found.append(participant(token, offset=offset, place_code=place_code))
    return found


class SentenceCountry:
    """The sentence's country, looked up only when a participant needs it, once for all
    the sentence's events."""

    def __init__(self, sent: Span) -> None:
        self._sent = sent

    @cached_property
    def code(self) -> str | None:
        return _sentence_country(self._sent)


def _sentence_country(sent: Span) -> str | None:
    """The first country the sentence names (a place or a nationality)."""
    # Read the entity tags off the Doc's columns: Span.ents rescans the whole Doc, and a
    # Token made for each word only to read its tag costs more than the rest.
    doc = sent.doc
    view = view_of(doc)
    iob, types = view.entity_iob, view.entity_types
    country_types = {doc.vocab.strings[label] for label in ("GPE", "NORP")}
    start = sent.start
    while start < sent.end:
        end = start + 1
        if iob[start] == ENTITY_BEGINS and types[start] in country_types:
            while end < sent.end and iob[end] == ENTITY_CONTINUES:
                end += 1
            code = code_for(doc[start:end].root)
            if code is not None and code not in plover.NONSTATE_CODES:
                return code
        start = end
    return None


# ``token.ent_iob``: an entity's first word, and its following words.
ENTITY_BEGINS, ENTITY_CONTINUES = 3, 1


def location_of(anchor: Token) -> Token | None:
    """A named place the event happened in ("in Minsk", "near the border town of X")."""
    heads = [anchor]
    verb = governing_verb(anchor) if anchor.pos_ != "VERB" else None
    if verb is not None:
        heads.append(verb)
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                        return pobj
    return None
