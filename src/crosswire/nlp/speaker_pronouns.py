"""Pronoun speakers: whom a "he", "she", "they" or "it" in a speaker's place stands for.

``PronounResolution`` is the part of ``speakers.SpeakerResolver`` that reads pronouns and
the genders it learns for people as it goes; it relies on the resolver's state (persons
and groups in text order, mention heads, speakers so far) and its ``_found``,
``_persons_before``, ``_in_heading``, ``_inside_reported`` and ``_document_just_before``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span, Token

from crosswire.knowledge.firms import is_organisation_noun, may_stand_for
from crosswire.knowledge.places import resolve_place
from crosswire.knowledge.text import RELATIVE_PRONOUNS
from crosswire.models import Mention, Resolution
from crosswire.nlp.doc_view import tokens_of, view_of
from crosswire.nlp.mention_roles import is_role_word

# Confidences are rough priors, as in ``speakers``: a pronoun that is its sentence's
# subject or follows the last speaker is usually right, its nearest fitting person less so.
PRONOUN_SUBJECT_CONFIDENCE = 0.8
PRONOUN_NEAREST_CONFIDENCE = 0.6
GROUP_PRONOUN_CONFIDENCE = 0.5
# An unnamed source ("officials said", "a report found") is nearly always read right as one.
UNNAMED_CONFIDENCE = 0.9
# How far back (characters) a pronoun looks for its antecedent: about three paragraphs.
PRONOUN_WINDOW_CHARS = 1500
# The shorter reach (about one paragraph) of a weaker link than a pronoun's own: a body
# named or speaking before, or the last speaker a description or "it" goes on with.
NEAR_WINDOW_CHARS = PRONOUN_WINDOW_CHARS // 3

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "it", "its", "their", "we"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f",
                    "mrs.": "f", "miss": "f", "lady": "f", "madam": "f"}
FEMALE_ROLE_SUFFIXES = ("woman", "women")
# The personal pronouns that can open a sentence as its subject, and all of a person's own.
SUBJECT_PRONOUN_GENDER = {"he": "m", "she": "f"}
OWN_PRONOUN_GENDER = SUBJECT_PRONOUN_GENDER | {"his": "m", "him": "m", "himself": "m", "her": "f",
                                               "herself": "f"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# A name compounded with or owning the subject ("the Norvik company", "Norvik's servers").
OWNER_DEPS = {"compound", "poss"}


def names_the_subject(head: Token) -> bool:
    """The name is its clause's subject, or names it in apposition ("The firm's chief,
    Oliver X, apologised"): a later "he" goes on with it before any earlier speaker."""
    return head.dep_ in SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS)


def tokens_back_to_sentence_before(span: Span) -> Span:
    """The tokens before ``span`` in its sentence and the whole sentence before: where a
    pronoun's antecedent subject may be ("X and Y met. They said ...")."""
    sentence, doc = span.sent, span.doc
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return doc[start : span.start]


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase and the named mention it resolved to (None: unnamed or unresolved)."""

    span: Span
    mention: str | None
    resolution: Resolution


class PronounResolution:
    """Pronoun speakers and the genders learned for people (a mixin of SpeakerResolver)."""

    unnamed_person: tuple[int, str] | None

    def _pronoun(self, span: Span, lower: str) -> Speaker:
        gender = PERSON_PRONOUNS.get(lower)
        if gender is None:
            if lower == "they":
                joint = self._coordinated_subject(span) or self._plural_subject(span)
                if joint is not None:
                    return joint
                if self._goes_on_with_unnamed_group(span):
                    return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))
            if lower in GROUP_PRONOUNS and lower != "we":
                return self._group_pronoun(span)
            return Speaker(span, None, Resolution("unresolved", 0.0))
        asked = self._person_asked(span, gender)
        if asked is not None:
            return asked
        if self._goes_on_with_unnamed_person(span, gender):
            # "... he added": the same source again, where a later pronoun looks back from
            self.unnamed_person = (span.start_char, self.unnamed_person[1])
            return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))
        offset = span.start_char
        paragraph_start = self.text.rfind("\n", 0, offset) + 1
        if not any(paragraph_start <= p.span.start for p in self._persons_before(offset)[-3:]):
            ahead = self._cataphor(span, gender)
            if ahead is not None:
                self._remember_gender(ahead, gender)
                return self._found(span, ahead, "pronoun", PRONOUN_NEAREST_CONFIDENCE)
        fallback: Mention | None = None
        # "Gov. X is sending troops to the border, she announced": the subject of the
        # words this pronoun reports, taken only when no one else fits
        reporting: Mention | None = None
        last_speaker_ids = {m.id for _, m in self.speakers[-3:]}
        described = self._speaker_described_since(offset, gender)
        for person in reversed(self._persons_before(offset)):
            if offset - person.span.start > PRONOUN_WINDOW_CHARS:
                break
            head = self.mention_head[person.id]
            if self.in_quote[head.i] or not self._gender_fits(person, gender) or (
                    self._in_heading(person)):
                continue  # a headline or subheading names, it does not narrate
            if described is not None and described.id != person.id and (
                    self.speakers[-1][0] > person.span.start):
                # "B said ... The president said ... She added": the person a description
                # named as speaker after B spoke last
                self._remember_gender(described, gender)
                return self._found(span, described, "pronoun", PRONOUN_SUBJECT_CONFIDENCE)
            if self._inside_reported(person) and person.id not in last_speaker_ids:
                if reporting is None and self._subject_of_own_report(person, span):
                    reporting = person
                continue
            if names_the_subject(head) or person.id in last_speaker_ids:
                self._remember_gender(person, gender)
                return self._found(span, person, "pronoun", PRONOUN_SUBJECT_CONFIDENCE)
            fallback = fallback or person
        fallback = fallback or reporting
        if fallback is None and self.speakers:
            last_offset, last = self.speakers[-1]
            if offset - last_offset <= PRONOUN_WINDOW_CHARS and self._gender_fits(last, gender):
                fallback = last
        if fallback is not None:
            self._remember_gender(fallback, gender)
            return self._found(span, fallback, "pronoun", PRONOUN_NEAREST_CONFIDENCE)
        return Speaker(span, None, Resolution("unresolved", 0.0))

    def _speaker_described_since(self, offset: int, gender: str) -> Mention | None:
        """The last speaker, when the text called them by a description ("the president
        said") close before ``offset`` and they may be of ``gender``."""
        if not self.speakers:
            return None
        last_offset, last = self.speakers[-1]
        if offset - last_offset > NEAR_WINDOW_CHARS or not self._gender_fits(last, gender):
            return None
        # the token the last speaker's phrase opens with, found as the other resolvers find
        # a token at an offset (a bisect over token starts), not by a Span made for it
        said = bisect.bisect_right(view_of(self.doc).starts, last_offset) - 1
        if tokens_of(self.doc)[said].pos_ == "PRON":
            return None  # a "he" before goes on with whom it stood for by the usual rules
        said_by_name = self.mention_of_token.get(said)
        return last if said_by_name is None or said_by_name.kind != "person" else None

    def _coordinated_subject(self, span: Span) -> Speaker | None:
        """"X and its partner Y will seek approval, they said", "X and Y met. They said
        ...": "they" after a subject of named conjuncts in its own sentence or the one
        before is those named, the first as the speaker and the rest as a joint
        statement's co-speakers (``bind_co_speakers`` reads ``joint``)."""
        for token in reversed(tokens_back_to_sentence_before(span)):
            if token.dep_ not in SUBJECT_DEPS or self.in_quote[token.i] or not token.conjuncts:
                continue
            named = [self._named_conjunct(t) for t in (token, *token.conjuncts)]
            if any(m is None or m.kind == "place" for m in named) or len(
                    {m.id for m in named}) < 2:
                return None  # "X and the others", "Norway and Sweden": not named speakers
            return self._group_named(span, named)
        return None

    def _plural_subject(self, span: Span) -> Speaker | None:
        """"Three farm groups filed a suit against rules that they say are unlawful": "they"
        whose nearest subject before it, in its sentence or the one before, is a plural
        noun of people or bodies is that group, not a body named further back. The first
        of the names set off after the noun ("three groups, X, Y and Z") speaks, the rest
        as a joint statement's co-speakers; with none, "they" is an unnamed source."""
        for token in reversed(tokens_back_to_sentence_before(span)):
            if token.dep_ not in SUBJECT_DEPS or self.in_quote[token.i] or token.pos_ == "PRON" or (
                    token.tag_ in ("WDT", "WP") or token.lower_ in RELATIVE_PRONOUNS):
                continue  # "rules that they say": the relative's subject is the rules
            # one body or person, a thing, or a group named as an actor ("U.S. prosecutors"),
            # which the nearest-body rule finds
            if token.tag_ != "NNS" or not (is_organisation_noun(token.lemma_) or is_role_word(
                    token)) or token.i in self.mention_of_token:
                return None
            named = [self.mention_of_token[t.i] for appos in token.children if appos.dep_ == "appos"
                     for t in (appos, *appos.conjuncts) if t.i in self.mention_of_token]
            named = [m for m in named if m.kind in ("person", "organisation")]
            if not named:
                return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))
            return self._group_named(span, named)
        return None

    def _goes_on_with_unnamed_group(self, span: Span) -> bool:
        """"Traders and officials faulted the closure. They urged the board to ...":
        "they" just after a plural unnamed source spoke, with no one named speaking or
        acting as a subject since, is that source again, not a body named before it. A
        source with a name fastened to it ("Guild leaders") is not noted (``_unnamed``):
        its "they" may be that body."""
        start = self.unnamed_group_at
        if start is None or span.start_char - start > NEAR_WINDOW_CHARS:
            return False
        spoke_since = any(offset > start for offset, _ in (*self.speakers[-1:],
                                                           *self.organisations_speaking[-1:]))
        return not spoke_since and not self._subject_between(start, span.start_char)

    def _goes_on_with_unnamed_person(self, span: Span, gender: str) -> bool:
        """"'The ship turned back,' the officer said. ... he said": a "he" or "she" just
        after one unnamed person spoke, with no one named outside quotations since (so
        the source is the one person it can mean), is that source again, not whoever was
        named before it; never a "he" after "a spokeswoman"."""
        if self.unnamed_person is None:
            return False
        start, noun = self.unnamed_person
        if span.start_char - start > NEAR_WINDOW_CHARS or (
                gender == "m" and noun.endswith(FEMALE_ROLE_SUFFIXES)):
            return False
        if any(offset > start for offset, _ in (*self.speakers[-1:],
                                                *self.organisations_speaking[-1:])):
            return False
        index = bisect.bisect_left(self.person_starts, start)
        return not any(not self.in_quote[self.mention_head[person.id].i]
                       for person in self._persons_before(span.start_char)[index:])

    def _group_named(self, span: Span, named: list[Mention]) -> Speaker:
        """"they" is the group ``named``: the first speaks, and with more than one, all
        are a joint statement's co-speakers (``bind_co_speakers`` reads ``joint``)."""
        if len({m.id for m in named}) > 1:
            self.joint = (span.start_char, [m.id for m in named])
        return self._found(span, named[0], "pronoun", GROUP_PRONOUN_CONFIDENCE)

    def _named_conjunct(self, token: Token) -> Mention | None:
        """The mention a conjunct names, itself or in apposition ("its partner Y")."""
        mention = self.mention_of_token.get(token.i)
        if mention is None:
            mention = next((self.mention_of_token[c.i] for c in token.children
                            if c.dep_ == "appos" and c.i in self.mention_of_token), None)
        return mention

    def _subject_of_own_report(self, person: Mention, span: Span) -> bool:
        """Is ``person`` the subject of the words the pronoun ``span`` reports, set before
        it in its own sentence ("X is deploying troops, she announced")?"""
        if not self.reported:
            return False
        start, end = self.reported[-1]
        return (start <= person.span.start < end <= span.start_char
                and person.span.start >= span.sent.start_char
                and names_the_subject(self.mention_head[person.id]))

    def _cataphor(self, span: Span, gender: str) -> Mention | None:
        """"When he took office, President X said ...": a "he" in a clause set off before
        the sentence's subject, with no one named before it in its paragraph, stands for
        that subject (the first person named after it, a subject past a comma)."""
        sentence = span.sent
        if span.root.head == sentence.root and span.root.dep_ in SUBJECT_DEPS:
            return None  # the subject of the sentence itself points back, not ahead
        index = bisect.bisect_left(self.person_starts, span.end_char)
        if index == len(self.persons) or self.persons[index].span.start >= sentence.end_char:
            return None
        person = self.persons[index]
        head = self.mention_head[person.id]
        between = self.text[span.end_char : person.span.start]
        if ("," in between and head.dep_ in SUBJECT_DEPS and not self.in_quote[head.i]
                and self._gender_fits(person, gender)):
            return person
        return None

    def _group_pronoun(self, span: Span, *, noun: str | None = None) -> Speaker:
        """"they"/"it" said: the nearest organisation (for "they" also a group, for "it" also
        a country that acts as the subject) that is the subject or names its owner ("Norvik's
        servers were breached, it announced"); for
        "the company" (``noun``), the nearest one that noun may stand for."""
        if span.root.lower_ == "it" and noun is None:
            document = self._document_just_before(span)
            if document is not None:
                return document
        offset = span.start_char
        # the distance is counted to the speaker's sentence: a long quotation before "the
        # company said" is its own words, no text between it and the one named before
        near = span.sent.start_char
        kinds = ("organisation", "group") if span.root.lower_ in ("they", "their") else (
            "organisation",)
        index = bisect.bisect_left(self.group_starts, offset)
        # "Drugmaker X said its COVID-19 pill works. The company said ...": a name that only
        # modifies a subject's noun yields to an organisation that has just spoken
        speaking = {group.id for start, group in self.organisations_speaking
                    if near - start <= NEAR_WINDOW_CHARS and (
                        noun is None or may_stand_for(noun, self.mention_head[group.id].lemma_))}
        for group in reversed(self.groups[max(0, index - 8) : index]):
            head = self.mention_head[group.id]
            if near - group.span.start > NEAR_WINDOW_CHARS:
                break
            if noun is not None and not may_stand_for(noun, head.lemma_):
                continue
            if head.dep_ == "compound" and speaking and group.id not in speaking:
                continue
            doer = head.dep_ in SUBJECT_DEPS or self._passive_doer(head)
            # "The United States will spend ..., it said", "Canada is due to declare that it
            # will ...": a country acting as a state
            state = group.kind == "place" and doer and noun is None and (
                span.root.lower_ == "it" and (place := resolve_place(group.span.text)) is not None
                and place.key.startswith("country:"))
            if state or group.kind in kinds and (doer or (
                    head.dep_ in OWNER_DEPS and head.head.dep_ in SUBJECT_DEPS)):
                # "... the army struggles. X presented a plan. It demands ...": the plan,
                # not the army
                if self._person_subject_between(group.span.end, offset):
                    return Speaker(span, None, Resolution("unresolved", 0.0))
                return self._found(span, group, "pronoun", GROUP_PRONOUN_CONFIDENCE)
        if noun is None and span.root.lower_ == "it" and self.organisations_speaking:
            # "Troops landed at dawn, the navy said. The crew would be freed, it said": the
            # body that spoke last, named by a noun no mention holds, when no body acted since
            # ("they" may be any people the text tells of, named or not)
            start, last = self.organisations_speaking[-1]
            if near - start <= NEAR_WINDOW_CHARS and not self._subject_between(start, offset):
                return self._found(span, last, "pronoun", GROUP_PRONOUN_CONFIDENCE)
        return Speaker(span, None, Resolution("unresolved", 0.0))

    def _passive_doer(self, head: Token) -> bool:
        """"The ban was upheld by the board. But it criticised ...": the "by" of a passive
        names who acted, the clause's subject in all but form, unless the passive's own
        subject is a body or place too ("The firm was fined by the regulator. It said it
        would appeal": the firm)."""
        if head.dep_ != "pobj" or head.head.dep_ != "agent":
            return False
        verb = head.head.head
        return not any(c.dep_ in SUBJECT_DEPS and self._may_be_body(c) for c in verb.children)

    def _may_be_body(self, noun: Token) -> bool:
        """A body or place named, a name the tagger missed, or a body's noun."""
        named = self.mention_of_token.get(noun.i)
        if named is not None:
            return named.kind != "person"
        return noun.pos_ == "PROPN" or is_organisation_noun(noun.lemma_)

    def _subject_between(self, start: int, end: int) -> bool:
        """A person or a body acting as a sentence's main subject between two offsets: the
        narrative moved on from whoever spoke at ``start``."""
        return self._person_subject_between(start, end) or self._body_subject_between(start, end)

    def _person_subject_between(self, start: int, end: int) -> bool:
        """A person named as the subject of a sentence's main verb, outside quotations,
        between two offsets; the subject of a clause inside the body's own sentence ("The
        board used records to show X lied and said ...") takes the narrative from no one."""
        index = bisect.bisect_left(self.person_starts, start)
        for person in self.persons[index:]:
            if person.span.start >= end:
                return False
            if self._main_verb_subject(self.mention_head[person.id]):
                return True
        return False

    def _body_subject_between(self, start: int, end: int) -> bool:
        """A body (``_may_be_body``) as the subject of a sentence's main verb, outside
        quotations, after the sentence at ``start`` and before ``end``: "The coast guard
        towed the ship. It said ..." is the guard's word, not a body that spoke before."""
        view = view_of(self.doc)
        first = view.tokens[bisect.bisect_left(view.starts, start)].sent.end
        last = bisect.bisect_left(view.starts, end)
        return any(self._main_verb_subject(token) and self._may_be_body(token)
                   for token in view.tokens[first:last])

    def _main_verb_subject(self, head: Token) -> bool:
        """Is ``head`` the subject of its sentence's main verb (or a verb joined to it),
        outside quotations?"""
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return head.dep_ in SUBJECT_DEPS and not self.in_quote[head.i] and verb.dep_ == "ROOT"

    def _gender_fits(self, person: Mention, gender: str) -> bool:
        known = self.gender.get(person.span.text.split()[-1])
        return known is None or known == gender

    def _remember_gender(self, person: Mention, gender: str) -> None:
        self.gender.setdefault(person.span.text.split()[-1], gender)

    def _learn_gender_from_context(self, person: Mention) -> None:
        head = self.mention_head[person.id]
        start = self.mention_start[person.id]
        before = self.doc[max(0, start - 3) : start]
        for token in before:
            gender = HONORIFIC_GENDER.get(token.lower_)
            if gender:
                self._remember_gender(person, gender)
                return
        for token in self._role_tokens(head):
            if token.lower_.endswith(FEMALE_ROLE_SUFFIXES) and token.pos_ == "NOUN":
                self._remember_gender(person, "f")
                return
        if head.dep_ == "nsubj":
            # "X shouted at a journalist as his briefing ended": the first
            # personal pronoun after the subject, before anyone else is named, is X's
            for token in self.doc[head.i + 1 : head.sent.end]:
                other = self.mention_of_token.get(token.i)
                if other is not None and other.id != person.id and other.kind == "person":
                    return
                gender = OWN_PRONOUN_GENDER.get(token.lower_)
                verb = _object_of(token)
                if gender and verb is not None and verb.i == head.head.i:
                    continue  # "X assured him": an object of X's own verb is someone else
                if gender and not self.in_quote[token.i]:
                    self._remember_gender(person, gender)
                    return
            gender = self._gender_of_next_subject(person, head)
            if gender is not None:
                self._remember_gender(person, gender)

    def _gender_of_next_subject(self, person: Mention, head: Token) -> str | None:
        """"X spoke to reporters. She is a steady pick for the board": a personal pronoun
        that is the next sentence's subject goes on with ``person`` when it is the one
        person its sentence names outside quotations; None when ``person`` is named inside
        one, the sentence names anyone else, or the next one opens otherwise."""
        sentence = head.sent
        if sentence.end >= len(self.doc) or self.in_quote[head.i]:
            return None
        named = {self.mention_of_token[t.i].id for t in sentence
                 if t.i in self.mention_of_token and not self.in_quote[t.i]
                 and self.mention_of_token[t.i].kind == "person"}
        if named != {person.id}:
            return None
        following = self.doc[sentence.end].sent
        subject = next((t for t in following if t.dep_ in SUBJECT_DEPS and t.head == following.root),
                       None)
        if subject is None or self.in_quote[subject.i] or subject.i > following.start + 1:
            return None
        return SUBJECT_PRONOUN_GENDER.get(subject.lower_)

    def _role_tokens(self, head: Token) -> list[Token]:
        tokens = [t for t in head.lefts if t.dep_ == "compound"]
        tokens.extend(c for c in head.children if c.dep_ == "appos")
        return tokens


def _object_of(token: Token) -> Token | None:
    """The verb a pronoun is the object of, directly or through a preposition ("told
    him", "spoke with her"), or None."""
    if token.dep_ in ("dobj", "dative", "iobj"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None
