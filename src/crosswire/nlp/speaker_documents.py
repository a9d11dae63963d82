"""Texts that speak for whoever issued them: "a statement from X", "the agency's report".

``DocumentResolution`` is the part of ``speakers.SpeakerResolver`` that reads a statement,
report or survey in a speaker's place: "according to a statement from the union", "X's
monthly report shows", "The statement said" (the issuer named with the text before) and
an "it" that goes on with such a text. It relies on the resolver's state (the parse, the
lexicon, speakers so far) and its ``resolve_head``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.models import Mention, Resolution
from crosswire.nlp.speaker_pronouns import (
    GROUP_PRONOUN_CONFIDENCE,
    SUBJECT_DEPS,
    UNNAMED_CONFIDENCE,
    Speaker,
    tokens_back_to_sentence_before,
)

# "The statement said" looks this many tokens back for the statement's issuer.
ISSUER_WINDOW_TOKENS = 300


class DocumentResolution:
    """Statements, reports and surveys in a speaker's place (a mixin of SpeakerResolver)."""

    def _document_issuer(self, head: Token) -> Token | None:
        """Who issued the statement a speaker phrase names: "a statement from X", "a
        statement (issued) by X", "X's statement", "the agency's monthly report"."""
        if not self._names_a_text(head):
            return None
        issued = [c for c in head.children if c.dep_ == "acl"]
        for child in [*head.children, *(c for verb in issued for c in verb.children)]:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return child
            if child.dep_ == "compound" and child.i in self.mention_of_token and (
                    self.mention_of_token[child.i].kind in ("person", "organisation")):
                return child  # "official Norbank statistics", "the Halden Board review"
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                issuers = [c for c in child.children
                           if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
                if issuers:
                    return issuers[0]
        return None

    def _document_just_before(self, span: Span) -> Speaker | None:
        """"A report by the agency came out on Monday. It suggests ...": an "it" whose
        sentence or the one before has a report or statement as its main subject, nearer
        than any other, goes on with that text: its issuer speaks, and without one the
        text is an unnamed source. None when the nearest main subject is something else."""
        for token in reversed(tokens_back_to_sentence_before(span)):
            if token.dep_ not in SUBJECT_DEPS or token.head != token.sent.root or (
                    self.in_quote[token.i]):
                continue
            if not self._names_a_text(token):
                return None
            issuer = self._document_issuer(token)
            if issuer is None:
                return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))
            found = self.resolve_head(issuer)
            if found.mention is None:
                return Speaker(span, None, found.resolution)
            return Speaker(span, found.mention, Resolution("pronoun", GROUP_PRONOUN_CONFIDENCE))
        return None

    def _names_a_text(self, head: Token) -> bool:
        """A statement, report or survey: words someone issued, who speaks through them."""
        lemma = head.lemma_.lower()
        return self.lexicon.nouns.get(lemma) == "speech" or lemma in self.lexicon.documents

    def _issuer(self, span: Span) -> Speaker | None:
        """"X said in a statement ... The statement said", "X signed an order on Friday
        ... According to the order": a document speaks for whoever the article last named
        issuing one, in the sentence that mentions it: its one speaker, else the named
        subject of the verb the document is the object of."""
        head = span.root
        if not self._names_a_text(head) or not any(t.lower_ == "the" for t in span):
            return None
        doc = head.doc
        for token in reversed(doc[max(0, span.start - ISSUER_WINDOW_TOKENS) : span.start]):
            if token.lemma_ == head.lemma_ and not self.in_quote[token.i]:
                sentence = token.sent
                issuers = [m for offset, m in self.speakers + self.organisations_speaking
                           if sentence.start_char <= offset < sentence.end_char]
                if not issuers:
                    issuers = self._subject_issuing(token)
                if len(issuers) == 1:
                    return Speaker(span, issuers[0].id, Resolution("description",
                                                                   GROUP_PRONOUN_CONFIDENCE))
                if issuers:
                    return None  # two issuers: the text does not say whose
                # "The order, released Friday, is ...": no issuer here, look further back
        return None

    def _subject_issuing(self, document: Token) -> list[Mention]:
        """The person or organisation named as the subject of the verb whose object is
        ``document`` ("X signed an executive order", "the agency released a report")."""
        if document.dep_ != "dobj":
            return []
        subjects = [c for c in document.head.children if c.dep_ == "nsubj"]
        named = [self.mention_of_token.get(s.i) for s in subjects]
        return [m for m in named if m is not None and m.kind in ("person", "organisation")]
