"""Texts that speak for whoever issued them: "a statement from X", "the agency's report".

``DocumentResolution`` is the part of ``speakers.SpeakerResolver`` that reads a statement,
report or survey in a speaker's place: "according to a statement from the union", "X's
monthly report shows", "The statement said" (the issuer named with the text before) and
an "it" that goes on with such a text. It relies on the resolver's state (the parse, the
lexicon, speakers so far) and its ``resolve_head``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.knowledge.outlets import load_registry, paper_name
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
        statement (issued) by X", "X's statement", "the agency's monthly report". A verb
        between the text and a party decides whether the party issued it: "figures
        released by X" are X's, but "records obtained (seen, leaked) by X" are not."""
        if not self._names_a_text(head):
            return None
        issued = [c for c in head.children if c.dep_ == "acl" and self._is_issuing(c)]
        for child in [*head.children, *(c for verb in issued for c in verb.children)]:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return child
            if child.dep_ == "compound" and child.i in self.mention_of_token and (
                    self.mention_of_token[child.i].kind == "organisation"):
                # "official Norbank statistics"; a person's name compounded with an
                # inquiry or a suit is more often its target ("the Holt indictment")
                return child
            if child.dep_ == "prep" and child.lower_ == "in":
                # "a report in the Harbor Tribune": a paper's piece is the paper's word,
                # where "a statement in parliament" is no body's
                papers = [c for c in child.children if c.dep_ == "pobj" and self._is_publication(c)]
                if papers:
                    return papers[0]
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                issuers = [c for c in child.children
                           if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
                if issuers:
                    return issuers[0]
                named = self._name_right_after(child)
                if named is not None:
                    return named
        restated = self._subject_restated(head)
        return self._document_issuer(restated) if restated is not None else None

    def _is_publication(self, token: Token) -> bool:
        """Does the token name a paper or news outlet: an organisation whose name has a
        paper's word ("Herald", "Times") or the outlet registry knows?"""
        mention = self.mention_of_token.get(token.i)
        return mention is not None and mention.kind == "organisation" and (
            paper_name(mention.span.text, load_registry()) is not None)

    def _name_right_after(self, preposition: Token) -> Token | None:
        """"an order from Port Commissioner X seen by a paper": where the parser made the
        name after "from" the subject of the next verb, leaving the preposition no object,
        the person (else the body) named in the capitalised words right after it is its
        object."""
        named: list[Mention] = []
        for token in preposition.doc[preposition.i + 1 :]:
            if not (token.is_title and token.pos_ == "PROPN"):
                break
            mention = self.mention_of_token.get(token.i)
            if mention is not None and mention.kind in ("person", "organisation") and (
                    mention not in named):
                named.append(mention)
        if not named:
            return None
        person = next((m for m in named if m.kind == "person"), named[0])
        return self.mention_head[person.id]

    @staticmethod
    def _subject_restated(head: Token) -> Token | None:
        """"The monthly survey from X, the freshest figures on Y, showed": the parser may
        make an apposition set off by commas the subject of the verb and hang the noun it
        restates on that verb too (as a second subject, or as a clause where it read
        "report" as a verb); that phrase, next to the subject but for the comma, is the
        text it restates."""
        if head.dep_ not in SUBJECT_DEPS:
            return None
        start = head.left_edge.i
        if start == 0 or head.doc[start - 1].text != ",":
            return None
        earlier = [c for c in head.head.children
                   if c.i < head.i and c.right_edge.i + 1 == start - 1]
        return earlier[0] if earlier else None

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
                # "X issued a statement ... The statement said ... It said": the issuer of the
                # text named before, as for the text itself
                earlier = self._issuer(token.doc[token.left_edge.i : token.i + 1])
                if earlier is not None and earlier.mention is not None:
                    return Speaker(span, earlier.mention, Resolution("pronoun",
                                                                     GROUP_PRONOUN_CONFIDENCE))
                return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))
            found = self.resolve_head(issuer)
            if found.mention is None:
                return Speaker(span, None, found.resolution)
            return Speaker(span, found.mention, Resolution("pronoun", GROUP_PRONOUN_CONFIDENCE))
        return None

    def _names_a_text(self, head: Token) -> bool:
        """A statement, report or survey: words someone issued, who speaks through them;
        also by the noun with the one before it ("a press release", where "the release
        of the hostages" is no text)."""
        compounds = [f"{c.lower_} {head.lower_}" for c in head.children if c.dep_ == "compound"]
        return self.lexicon.text_noun(head.lower_, head.lemma_, *compounds) is not None

    def _issuer(self, span: Span) -> Speaker | None:
        """"The statement said", "According to the order": a text named again speaks for
        whoever issued it where the article named it before. A statement is the word of
        the one speaker of that sentence ("X said in a statement"); any other document
        is the word only of an issuer bound to it ("the agency's audit", "X signed an
        order"), never of someone who merely talks about it in that sentence. An earlier
        mention that binds no one looks further back ("The order, released Friday, ...")."""
        head = span.root
        text_kind = self.lexicon.text_noun(head.lower_, head.lemma_)
        if text_kind is None or not any(t.lower_ == "the" for t in span):
            return None
        statement = text_kind == "speech"
        doc = head.doc
        for token in reversed(doc[max(0, span.start - ISSUER_WINDOW_TOKENS) : span.start]):
            if token.lemma_ != head.lemma_ or self.in_quote[token.i]:
                continue
            issuer = self._document_issuer(token)
            if issuer is not None:  # "the agency's report", "its audit": whoever that is
                found = self.resolve_head(issuer)
                return Speaker(span, found.mention, found.resolution) if (
                    found.mention is not None) else None
            issuers = self._subject_issuing(token) or self._subject_reporting(token)
            if not issuers and statement:
                sentence = token.sent
                issuers = [m.id for offset, m in self.speakers + self.organisations_speaking
                           if sentence.start_char <= offset < sentence.end_char]
            if len(set(issuers)) == 1:
                return Speaker(span, issuers[0], Resolution("description",
                                                            GROUP_PRONOUN_CONFIDENCE))
            if issuers:
                return None  # two issuers: the text does not say whose
        return None

    def _subject_issuing(self, document: Token) -> list[str]:
        """The person or organisation named as the subject of a verb of issuing whose
        object is ``document`` ("X signed an executive order", "Y filed a suit"), not of
        one that only talks about it ("X criticised the order")."""
        verb = document.head
        if document.dep_ != "dobj" or not self._is_issuing(verb):
            return []
        return self._named_subjects(verb)

    def _subject_reporting(self, verb: Token) -> list[str]:
        """"X reported on Monday that ... the report says": the verb of the text's own
        word has its issuer for subject."""
        return self._named_subjects(verb) if verb.pos_ == "VERB" else []

    def _named_subjects(self, verb: Token) -> list[str]:
        """The people and organisations named as the verb's subject."""
        subjects = [self.mention_of_token.get(c.i) for c in verb.children if c.dep_ == "nsubj"]
        return [m.id for m in subjects if m is not None and m.kind in ("person", "organisation")]

    def _is_issuing(self, verb: Token) -> bool:
        """A verb of issuing a text ("signed", "released", "put out"), by its lemma or
        its lemma with a particle."""
        lemma = verb.lemma_.lower()
        particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
        return bool({lemma, *particles} & self.lexicon.issuing_verbs)
