"""Whether a noun names no one who could speak or act: "unemployment", "the rate", "a
drought" (``data/unspeaking_nouns.jsonl``), unless a name is fastened to it or it is a
share of people. One test for the speaker of a statement and the doer of an event; and,
for a verb a thing may be the subject of as well as a speaker ("the shelling underscored
the dangers"), whether a noun names anything but someone, a body or a text."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.text import person_nouns
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.mention_roles import is_role_word


def names_no_one(head: Token) -> bool:
    """Whether a noun phrase's head names nothing that could say or do anything."""
    return (head.pos_ == "NOUN" and not head.ent_type_
            and head.lemma_.lower() in load_lexicon().unspeaking
            and not _named_owner(head) and not _share_of_people(head))


def names_no_speaker(head: Token) -> bool:
    """Whether a noun phrase's head names no one, no body and no text: "violence", "the
    move", "the incident" may underscore a risk, but only "the minister", "residents", "the
    agency" or "the report" say so."""
    lemma = head.lemma_.lower()
    return (head.pos_ == "NOUN" and not head.ent_type_ and not is_role_word(head)
            and lemma not in person_nouns() and head.lower_ not in person_nouns()
            and not is_organisation_noun(lemma) and lemma not in load_lexicon().source_nouns
            and not _named_owner(head) and not _share_of_people(head))


def _share_of_people(head: Token) -> bool:
    """"A small proportion of voters said", "the rest of them": a part speaks for the people
    it is a part of."""
    return any(child.lower_ == "of" and any(
        part.dep_ == "pobj" and (part.tag_ in ("NNS", "NNPS", "PRP") or part.ent_type_)
        for part in child.children) for child in head.children)


def _named_owner(head: Token) -> bool:
    """A name fastened to the noun makes it someone's arm ("Russian intelligence", "the
    U.S. intelligence community"), or names who it is ("her counterpart, X,"): the name
    can speak where the bare noun cannot."""
    return any(child.dep_ in ("compound", "amod", "nmod", "appos") and (
        child.pos_ == "PROPN" or child.ent_type_) for child in head.children)
