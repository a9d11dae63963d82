"""Body descriptions: which organisation "the department", "the team" or "the government"
stands for.

``BodyResolution`` is the part of ``speakers.SpeakerResolver`` that binds a body's noun
to an organisation the article named: the one a lede's close names as a subject next or
alone in its sentence, the one named just before, a court case's prosecution, or a firm
the tagger read as a person; ``speaker_descriptions`` asks it when a description is
organisational. It relies on the resolver's state (groups and persons in text order,
mention heads, the quotation map).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from crosswire.knowledge.firms import (
    is_firm_noun,
    is_organisation_noun,
    is_wide_body_noun,
    may_stand_for,
)
from crosswire.knowledge.names import is_given_name
from crosswire.knowledge.text import WORD_CHARS
from crosswire.models import Mention, Resolution
from crosswire.nlp.layout import in_dateline
from crosswire.nlp.mention_kinds import court_words, prosecution_aliases, prosecution_words
from crosswire.nlp.speaker_descriptions import LEDE_WINDOW_CHARS, earlier_uses, with_the
from crosswire.nlp.speaker_pronouns import (
    GROUP_PRONOUN_CONFIDENCE,
    NEAR_WINDOW_CHARS,
    OWNER_DEPS,
    SUBJECT_DEPS,
    Speaker,
)


class BodyResolution:
    """Organisations a body's noun stands for (a mixin of SpeakerResolver)."""

    def _organisation_after_lede(self, span: Span) -> Mention | None:
        """"..., the department said Monday." closing the article's first sentence: the
        organisation the next sentences name as a subject ("the Harbor Police said")."""
        head = span.root
        if span.sent.start != 0 or head.tag_ != "NN" or not with_the(head):
            return None
        index = bisect.bisect_left(self.group_starts, span.end_char)
        for group in self.groups[index:]:
            if group.span.start - span.end_char > LEDE_WINDOW_CHARS:
                return None
            group_head = self.mention_head[group.id]
            if (group.kind == "organisation" and group_head.dep_ in SUBJECT_DEPS
                    and not self.in_quote[group_head.i]
                    and may_stand_for(head.lemma_, group_head.lemma_)):
                return group
        return None

    def _sole_organisation_of_lede(self, span: Span) -> Mention | None:
        """"Harbor Falcons forward X will miss the season, the team said.": the noun of the
        business a report is about ("the company", "the team") closing the article's first
        sentence, no organisation named as a subject after it, is the one organisation that
        sentence names before it, if it names only one the noun may stand for (two would
        leave a guess: a wrong speaker is worse than none). A wide noun ("the group") or
        another body's ("the department") may mean a body the sentence does not name."""
        head = span.root
        if span.sent.start != 0 or head.tag_ != "NN" or not with_the(head) or (
                not is_firm_noun(head.lemma_) or is_wide_body_noun(head.lemma_)):
            return None
        fitting = {group.span.text: group for group in self.groups
                   if span.sent.start_char <= group.span.start < span.start_char
                   and group.kind == "organisation" and not self.in_quote[self.mention_head[group.id].i]
                   and may_stand_for(head.lemma_, self.mention_head[group.id].lemma_)}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _body_named_just_before(self, span: Span) -> Mention | None:
        """"Senators pressed the Harbor Board after the agency admitted ...": a definite
        body's noun that no name holds goes back to the nearest organisation named before
        it, in any role in its sentence (unlike "it", a noun carries its own sense, so it
        needs no subject to go back to), if that noun may stand for the organisation's
        kind; "the agency" is no "X Residents Association"."""
        head = span.root
        if not is_organisation_noun(head.lemma_) or is_firm_noun(head.lemma_) or not with_the(head):
            return None  # "the company", "the outlet" go on only with a subject, as "it"
        index = bisect.bisect_left(self.group_starts, span.start_char)
        for group in reversed(self.groups[max(0, index - 8) : index]):
            if span.start_char - group.span.start > NEAR_WINDOW_CHARS:
                return None
            group_head = self.mention_head[group.id]
            if group.kind != "organisation" or self.in_quote[group_head.i] or (
                    in_dateline(group_head)):
                continue
            return group if may_stand_for(head.lemma_, group_head.lemma_) and (
                not self._noun_of_another_name(head, group)) else None
        return None

    def _prosecution_named_before(self, span: Span) -> Mention | None:
        """"Prosecutors opposed the motion ... The government had asked the judge to ...":
        in a criminal case the bare "the government" is the prosecuting side the article
        named before by its role (``data/mention_rules.jsonl``), where its paragraph is
        about the case: it holds a court word ("judge", "trial") or names that side. None
        where the article named no such party or two ("federal prosecutors" and "state
        prosecutors"), or the paragraph is about another thing ("The government said it
        would raise the fuel tax")."""
        head = span.root
        if head.lemma_.lower() not in prosecution_aliases() or not with_the(head) or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None  # "the Velden government", "the federal government": a body named
        before = self.groups[: bisect.bisect_left(self.group_starts, span.start_char)]
        parties = [m for m in before if m.kind == "group"
                   and self.mention_head[m.id].lower_ in prosecution_words()]
        # "U.S. prosecutors" and later "prosecutors" are one side; two sides named apart
        # by their words are two
        sides = {m.span.text.lower() for m in parties} - prosecution_words()
        if not parties or len(sides) > 1:
            return None
        text = span.doc.text
        paragraph_start = text.rfind("\n", 0, span.start_char) + 1
        paragraph_end = text.find("\n", span.end_char)
        if paragraph_end < 0:
            paragraph_end = len(text)
        in_court = parties[-1].span.start >= paragraph_start or not court_words().isdisjoint(
            word.lower() for word in WORD_CHARS.findall(text[paragraph_start:paragraph_end]))
        return parties[-1] if in_court else None

    def _noun_of_another_name(self, head: Token, body: Mention) -> bool:
        """"ledgers held by the Tessel harbour board ... the board's request": the same noun
        written before with another name fastened to it is that name's body, so "the
        board" is not the organisation that spoke or was named last."""
        for token in earlier_uses(head):
            names = [c for c in token.children
                     if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
            if any(self.mention_of_token.get(c.i) is not body for c in names):
                return True
        return False

    def _firm_named_as_person(self, span: Span) -> Speaker | None:
        """"Norvik's trial showed ..., the drugmaker said" where the tagger read the firm's
        one-word name as a person's: when no organisation is at hand, the nearest such
        name that is a subject or owns one, if it has no title, role or given name of a
        person and no he or she has stood for it."""
        index = bisect.bisect_left(self.person_starts, span.start_char)
        for person in reversed(self.persons[max(0, index - 8) : index]):
            if span.start_char - person.span.start > NEAR_WINDOW_CHARS:
                break
            head = self.mention_head[person.id]
            if (" " in person.span.text or person.role or is_given_name(person.span.text)
                    or person.span.text in self.gender or self.in_quote[head.i]):
                continue
            if head.dep_ in SUBJECT_DEPS or (head.dep_ in OWNER_DEPS
                                            and head.head.dep_ in SUBJECT_DEPS):
                return Speaker(span, person.id, Resolution("description",
                                                           GROUP_PRONOUN_CONFIDENCE))
        return None
