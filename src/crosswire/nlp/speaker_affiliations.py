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

``AffiliationResolution`` is the part of ``speakers.SpeakerResolver`` that finds it; it
relies on the resolver's mention map.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge.speaking import affiliation_prepositions
from crosswire.models import Mention
from crosswire.nlp.speaker_pronouns import OWNER_DEPS

# Kinds of actor a source may speak for when named after a preposition; a place also
# when it owns or modifies the noun ("Norvian officials").
EMPLOYER_KINDS = frozenset({"organisation", "person"})
OWNER_KINDS = EMPLOYER_KINDS | {"place"}
# The words "and" or "or" join: a source of two owners has no one affiliation.
JOINED_DEPS = frozenset({"conj", "cc"})


class AffiliationResolution:
    """The affiliation of an unnamed source (a mixin of SpeakerResolver)."""

    mention_of_token: dict[int, Mention]

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
