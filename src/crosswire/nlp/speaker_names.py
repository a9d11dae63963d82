"""Speakers named in their own phrase: the name itself, an apposition, a title's complement.

``NameResolution`` is the part of ``speakers.SpeakerResolver`` that finds the named mention
a speaker phrase holds: "Harper", "the spokesman, Anna Petrova", "Special Envoy for Sudan
Peter Haldane", "the chairs of the commission, X and Y", a surname the recogniser missed.
It relies on the resolver's state (the parse, mentions by token) and its
``_first_of_joint`` and ``_persons_before``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.names import title_length
from crosswire.models import Mention
from crosswire.nlp.mention_roles import is_role_word, office_of_complement

# Confidences are rough priors set by reading resolved seed and PolNeAR speakers: a name
# in the subject is nearly always right, an apposition or a bare surname a little less.
NAMED_CONFIDENCE = 0.95
APPOSITION_CONFIDENCE = 0.9
SURNAME_CONFIDENCE = 0.75


class NameResolution:
    """Names a speaker phrase holds or sets off (a mixin of SpeakerResolver)."""

    def _named(self, span: Span) -> tuple[Mention, float] | None:
        head = span.root
        joint = self._first_of_joint(span)
        if joint is not None:  # "X and partner Y said": one speaker field, the first named
            return joint, NAMED_CONFIDENCE
        split = self._named_past_title_stop(head)
        if split is not None:
            return split, NAMED_CONFIDENCE
        mention = self.mention_of_token.get(head.i)
        if mention is not None and mention.kind == "organisation":
            holder = self._office_holder_apposed(head)
            if holder is not None:  # "the X Committee (XC) Chairwoman Ada Y warned"
                return holder, NAMED_CONFIDENCE
            if is_role_word(head):
                # "Norvex VP of Public Affairs, Ada Y, announced": the tagger took the
                # office for a body; the person set off after it holds it and speaks
                holder = self._apposed_person(head)
                if holder is not None:
                    return holder, APPOSITION_CONFIDENCE
        if mention is not None and mention.kind != "place" or mention and head.pos_ == "PROPN":
            return mention, NAMED_CONFIDENCE
        if is_organisation_noun(head.lemma_):  # "the Interfax news agency said"
            for token in span:
                inner = self.mention_of_token.get(token.i)
                if inner is not None and inner.kind == "organisation" and token.dep_ == "compound":
                    return inner, NAMED_CONFIDENCE
        for child in head.children:  # "the spokesman, Anna Petrova, said"
            if child.dep_ == "appos":
                appositive = self.mention_of_token.get(child.i)
                # or "the newspaper El Pais", "the ferry's operator, X Lines": a name of an
                # organisation apposed to anything but a person's office is the speaker
                if appositive is not None and (appositive.kind == "person" or (
                        appositive.kind == "organisation" and (
                            is_organisation_noun(head.lemma_) or not is_role_word(head)))):
                    return appositive, APPOSITION_CONFIDENCE
        appositive = self._apposed_person(head)  # "a spokesman for the mission, Anna Petrova, said"
        if appositive is not None:
            return appositive, APPOSITION_CONFIDENCE
        members = self._named_members(head)
        if members:  # "the chairs of the commission, X and Y, said": X first
            return self.mention_of_token[members[0].i], APPOSITION_CONFIDENCE
        titled = self._named_after_title(head)
        if titled is not None:
            return titled, APPOSITION_CONFIDENCE
        if head.pos_ == "PROPN":
            # A surname the entity recogniser missed: the last person with that surname.
            for person in reversed(self._persons_before(span.start_char)):
                if person.span.text.split()[-1] == head.text:
                    return person, SURNAME_CONFIDENCE
        return None

    def _named_past_title_stop(self, head: Token) -> Mention | None:
        """"..., said harbour police Sgt. Ada Y.": the parser ended the sentence at the full
        stop of a title's abbreviation and left the title as the subject; the person named
        right after the stop (and any further ranks), opening a sentence, is the speaker."""
        doc = head.doc
        after = head.i + 1
        if after < len(doc) and doc[after].text == ".":
            after += 1
        if after >= len(doc) or after == head.i + 1 and not head.text.endswith("."):
            return None
        # "Det. Sgt. Ada Y": ranks written one after another, each with its stop
        while after < len(doc) and after not in self.mention_of_token and title_length(
                [doc[after].text]):
            after += 1
            if after < len(doc) and doc[after].text == ".":
                after += 1
        if after >= len(doc):
            return None
        person = self.mention_of_token.get(after)
        if person is None or person.kind != "person" or not doc[after].is_sent_start or (
                not title_length([head.text])) or person.span.start != doc[after].idx:
            return None
        return person

    def _office_holder_apposed(self, head: Token) -> Mention | None:
        """"The X Committee Chairwoman Ada Y said", parsed with the person in apposition to
        the body: the person whose title the body's name opens speaks, not the body. Only
        with no comma between them ("the board, its chair Ada Y" stays the body's)."""
        for child in head.children:
            person = self.mention_of_token.get(child.i)
            if child.dep_ != "appos" or person is None or person.kind != "person":
                continue
            titled = any(is_role_word(t) for t in self.doc[child.left_edge.i : child.i])
            if titled and not any(t.text == "," for t in self.doc[head.i : child.i]):
                return person
        return None

    def _named_after_title(self, head: Token) -> Mention | None:
        """"Special Envoy for Sudan Peter Haldane": the parser made the title the head and
        hung the name on its complement; the person named there, touching the title's
        words, is the speaker."""
        if not is_role_word(head):
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                person = self.mention_of_token.get(noun.i)
                # "the mayor of Corbel": a name that is the whole complement is where the
                # office is, not who holds it; the holder's name follows the office's words
                if person is not None and person.kind == "person" and (
                        noun.left_edge.i == prep.i + 1 and noun.right_edge.i == noun.i
                        and person.span.start > noun.left_edge.idx):
                    return person
        return None

    def _named_in_apposition(self, span: Span) -> bool:
        """"A department spokesperson, Rita Vance, said": the source is unnamed no more."""
        return bool(self._named_members(span.root)) or self._apposed_person(span.root) is not None

    def _apposed_person(self, head: Token) -> Mention | None:
        """The first person named in an apposition to ``head`` (``_appositions``)."""
        return next((m for child in _appositions(head)
                     if (m := self.mention_of_token.get(child.i)) is not None and m.kind == "person"), None)

    def _named_members(self, head: Token) -> list[Token]:
        """"The chairs of the commission, X and Y, said": the names a plural role noun's
        phrase sets off after a comma, however the parse hung them."""
        if head.tag_ != "NNS" or not is_role_word(head):
            return []
        after_comma = False
        names: list[Token] = []
        for token in head.subtree:
            if token.i <= head.i:
                continue
            after_comma = after_comma or token.text == ","
            mention = self.mention_of_token.get(token.i)
            # "Two senators, one Democrat and one Republican": a party's or people's word
            # tells what each member is, and names no one
            if after_comma and token.dep_ in ("appos", "conj") and token.pos_ == "PROPN" and (
                    mention is not None and mention.kind not in ("place", "group")):
                names.append(token)
        return names


def _appositions(head: Token) -> list[Token]:
    """The appositions of a speaker's head, and those the parser hung on its complement
    (``office_of_complement``): "a spokesman for the mission, Tomasz X, said" and "the
    senator from Ohio, Ray X, said" name the spokesman and the senator."""
    found = [c for c in head.children if c.dep_ == "appos"]
    if not is_role_word(head):
        return found
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for body in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
            found.extend(c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and office_of_complement(c) is not None)
    return found
