"""Whom an unnamed source speaks for: "Harbour Board officials", "a spokeswoman for the Tolvik
ferry board", "an aide to Senator X".

The source stays unnamed (the text does not say which official spoke, and the record keeps
that anonymous sourcing); its affiliation is the one actor its own words name as owner or
employer: a name compounded with or owning its noun ("Tolvik officials", "the board's
spokesman"), or a body or person after a preposition of
``data/affiliation_prepositions.jsonl`` ("for", "at", "to"). A place only ever owns
the noun ("Norvian officials" speak for Norvia; "sources in the capital" say where they
are, not whom they serve). Two names ("Norvian and Ostrian officials"), or a name joined
to another word, tell no one affiliation, so none is given.

A person's possessive makes the source someone that person has ("his spokesman", "her
lawyer", "X's legal team"): it speaks for the person, and a "his" or "her" stands for the
one person it can mean, named outside quotations before it in its paragraph or the
sentence before, of a gender the text allows; with two such people the source speaks for
no one we can tell.

``AffiliationResolution`` is the part of ``speakers.SpeakerResolver`` that finds it; it
relies on the resolver's mention map and persons in text order, and on the pronoun
resolver's gender checks.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from crosswire.knowledge.speaking import affiliation_prepositions
from crosswire.models import Mention
from crosswire.nlp.speaker_pronouns import OWNER_DEPS, PERSON_PRONOUNS, tokens_back_to_sentence_before

# Kinds of actor a source may speak for when named after a preposition; a place also
# when it owns or modifies the noun ("Norvian officials").
EMPLOYER_KINDS = frozenset({"organisation", "person"})
OWNER_KINDS = EMPLOYER_KINDS | {"place"}
# The words "and" or "or" join: a source of two owners has no one affiliation.
JOINED_DEPS = frozenset({"conj", "cc"})


class AffiliationResolution:
    """The affiliation of an unnamed source (a mixin of SpeakerResolver)."""

    mention_of_token: dict[int, Mention]
    mention_head: dict[str, Token]
    in_quote: list[bool]
    text: str

    def affiliation(self, head: Token) -> str | None:
        """The mention id of the one actor an unnamed source's noun is owned by or named
        with ("Harbour Board officials", "an aide to Senator X"); None when its words name no
        one, or more than one."""
        found: dict[str, Mention] = {}
        for child in head.lefts:
            if child.dep_ not in OWNER_DEPS:
                continue
            owners = list(child.subtree)
            if any(token.dep_ in JOINED_DEPS for token in owners):
                return None
            if child.dep_ == "poss" and child.lower_ in PERSON_PRONOUNS:
                person = self._possessor(child)
                if person is not None:
                    found.setdefault(person.span.text.lower(), person)
                continue
            for token in owners:
                self._note(found, token, OWNER_KINDS)
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ not in affiliation_prepositions():
                continue
            for noun in child.children:
                if noun.dep_ == "pobj":
                    if any(token.dep_ in JOINED_DEPS for token in noun.children):
                        return None
                    self._note(found, noun, EMPLOYER_KINDS)
        if len(found) != 1:
            return None
        [mention] = found.values()
        return mention.id

    def _note(self, found: dict[str, Mention], token: Token, kinds: frozenset[str]) -> None:
        """Keep the actor a token names, once per name, if it is of ``kinds``."""
        mention = self.mention_of_token.get(token.i)
        if mention is not None and mention.kind in kinds:
            found.setdefault(mention.span.text.lower(), mention)

    def _owned_by_person(self, head: Token) -> bool:
        """The noun is owned by a person: "his" or "her", or a person's name ("X's team")."""
        for child in head.children:
            if child.dep_ != "poss":
                continue
            if child.lower_ in PERSON_PRONOUNS:
                return True
            mention = self.mention_of_token.get(child.i)
            if mention is not None and mention.kind == "person":
                return True
        return False

    def _possessor(self, pronoun: Token) -> Mention | None:
        """The one person a possessive "his" or "her" can stand for: named outside
        quotations and headings before it in its paragraph or the sentence before, of a
        gender the text allows; None when no one or more than one person fits (bound,
        never guessed)."""
        gender = PERSON_PRONOUNS[pronoun.lower_]
        doc = pronoun.doc
        sentence_before = tokens_back_to_sentence_before(doc[pronoun.i : pronoun.i + 1])
        start = min(self.text.rfind("\n", 0, pronoun.idx) + 1, doc[sentence_before.start].idx)
        fitting: dict[str, Mention] = {}
        for mention in self._persons_before(pronoun.idx)[bisect.bisect_left(self.person_starts, start):]:
            if self.in_quote[self.mention_head[mention.id].i] or self._in_heading(mention) or (
                    not self._gender_fits(mention, gender)):
                continue
            fitting[mention.span.text.split()[-1]] = mention
        if len(fitting) != 1:
            return None
        [person] = fitting.values()
        return person
