"""Speaker phrases and their resolution to named mentions.

A speaker phrase is the noun phrase an attribution hangs on ("Harper", "he", "the
diplomat", "sources in Kyiv"). It resolves to a named ``Mention``: directly when it is
one or sets one off (``speaker_names``), through the nearest fitting person for pronouns
(``speaker_pronouns``), through a matching role for descriptions (``speaker_descriptions``),
through its issuer for a document (``speaker_documents``); a joint statement keeps its other
speakers (``speaker_joint``); unnamed sources ("officials", "a diplomat") stay unnamed,
with whom their words say they speak for (``speaker_affiliations``: "Harbour Board officials").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.firms import is_organisation_noun, is_wide_body_noun
from crosswire.knowledge.places import resolve_group
from crosswire.knowledge.text import RELATIVE_PRONOUNS
from crosswire.models import Mention, Resolution
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.cues import Lexicon
from crosswire.nlp.doc_view import text_of, tokens_of
from crosswire.nlp.layout import MAX_HEADING_CHARS, ends_heading, heading_starts
from crosswire.nlp.mention_kinds import person_staff
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.speaker_affiliations import AffiliationResolution
from crosswire.nlp.speaker_heads import age_start, is_age
from crosswire.nlp.speaker_bodies import BodyResolution
from crosswire.nlp.speaker_descriptions import (
    DESCRIPTION_CONFIDENCE,
    LEDE_CONFIDENCE,
    DescriptionResolution,
)
from crosswire.nlp.speaker_documents import DocumentResolution
from crosswire.nlp.speaker_joint import JointResolution
from crosswire.nlp.speaker_names import NameResolution
from crosswire.nlp.speaker_pronouns import (
    PERSON_PRONOUNS,
    PRONOUN_SUBJECT_CONFIDENCE,
    PronounResolution,
    Speaker,
    UNNAMED_CONFIDENCE,
)

# An interview's answers are its interviewee's, the one person its introduction names.
INTERVIEWEE_CONFIDENCE = 0.75

INDEFINITE_DETERMINERS = {"a", "an", "some", "several", "many", "two", "three", "other",
                          "another", "one", "few", "most", "any", "no"}
NAME_DEPS = {"compound", "flat", "nmod", "amod", "det", "poss", "case", "nummod", "quantmod"}


def speaker_phrase(head: Token, *, lexicon: Lexicon) -> Span:
    """The words a speaker is named by: the head with its left modifiers; for unnamed
    source nouns also their place ("sources in Kyiv")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in NAME_DEPS or child.dep_ == "punct" and child.text in "-'’":
            start = min(start, child.left_edge.i)
    verbs = [t.i for t in head.doc[start : head.i] if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"]
    if verbs:  # "AFP quoted adviser X": a verb read as a modifier is not part of the name
        start = verbs[-1] + 1
    breaks = [t.i for t in head.doc[start : head.i] if ends_heading(t)]
    if breaks:  # "Security\nHe said": a subheading the parser glued on is not the name
        start = breaks[-1] + 1
    while start < head.i and head.doc[start].ent_type_ in DATE_ENTITIES:
        start += 1  # "In March Spokeswoman X said": the date the parse hung on the name opens no name
    if is_age(head):
        start = min(start, age_start(head))
    end = head.i + 1
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.source_nouns:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "from", "close", "with",
                                                         "familiar", "within", "of"}:
                # up to a comma: "a release from the agency, which named the crew" is
                # named by the release and its issuer, not by what the clause adds
                edge = child.right_edge.i + 1
                end = max(end, next((t.i for t in head.doc[child.i : edge] if t.text == ","),
                                    edge))
    return head.doc[start:end]


def with_its_whole(span: Span) -> Span:
    """An unnamed speaker's words with the "of" phrase that says whom they are part of or
    stand for ("a large faction [of the harbour workers]", "more than half [of the
    councillors]", "a national association [of ferry operators]"): the head alone tells an
    analyst nothing. Only the phrase's own noun is taken, never a clause hanging on it."""
    head = span.root
    if head.i != span.end - 1 or head.pos_ == "PROPN":
        return span
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    # up to the noun of the "of" phrase: "half of those who voted" is named by "those"
    return span if whole is None else span.doc[span.start : whole.i + 1]


def _determiners(span: Span) -> set[str]:
    """The determiners, numbers and adjectives of a speaker phrase ("a", "two", "senior")."""
    return {t.lower_ for t in tokens_of(span.doc)[span.start : span.end]
            if t.dep_ in ("det", "nummod", "amod")}


class SpeakerResolver(NameResolution, JointResolution, PronounResolution, DescriptionResolution,
                      BodyResolution, DocumentResolution, AffiliationResolution):
    """Resolves speaker phrases of one article, in text order (it remembers speakers)."""

    def __init__(self, doc: Doc, *, mentions: list[Mention], lexicon: Lexicon,
                 in_quote: list[bool]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lexicon = lexicon
        self.in_quote = in_quote
        self.mentions = mentions
        self.mention_of_token: dict[int, Mention] = {}
        self.mention_head: dict[str, Token] = {}
        # mention id -> its first token, kept from the one char_span each mention takes
        self.mention_start: dict[str, int] = {}
        for mention in mentions:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            for token in span:
                self.mention_of_token.setdefault(token.i, mention)
            self.mention_head[mention.id] = span.root
            self.mention_start[mention.id] = span.start
        self.persons = [m for m in mentions if m.kind == "person" and m.id in self.mention_head]
        self.heading_starts = heading_starts(self.text)
        self.person_starts = [m.span.start for m in self.persons]
        self.groups = [m for m in mentions if m.kind != "person" and m.id in self.mention_head]
        self.group_starts = [m.span.start for m in self.groups]
        self.gender: dict[str, str] = {}  # surname -> "m"/"f", learned as we go
        self.speakers: list[tuple[int, Mention]] = []  # (char offset, mention) in order
        self.organisations_speaking: list[tuple[int, Mention]] = []
        self.reported: list[tuple[int, int]] = []  # contents of statements seen so far
        self.unnamed_sources: list[tuple[int, str]] = []  # (char offset, head lemma) in order
        # where the last plural unnamed source with no name in it spoke ("officials said",
        # not "Guild leaders said"), for a "they" after it
        self.unnamed_group_at: int | None = None
        # where the last single unnamed person spoke, and its noun ("a naval officer said",
        # "the officer said"), for a "he" or "she" after it
        self.unnamed_person: tuple[int, str] | None = None
        # the last joint statement's speakers, first named first, and where they spoke
        self.joint: tuple[int, list[str]] = (0, [])
        # mention id -> its role words: each description weighs every person named before it
        self.role_words: dict[str, frozenset[str]] = {}
        # (surname, offset) -> the role words of the people of that surname named before it
        self.words_by_surname: dict[tuple[str, int], frozenset[str]] = {}
        for mention in self.persons:
            self._learn_gender_from_context(mention)

    def note_content(self, start: int, end: int) -> None:
        """Names inside reported words are not narrative antecedents for a later "he"."""
        self.reported.append((start, end))

    def _inside_reported(self, mention: Mention) -> bool:
        return any(start <= mention.span.start < end for start, end in self.reported[-4:])

    def resolve(self, span: Span) -> Speaker:
        head = span.root
        if head.pos_ not in ("NOUN", "PROPN", "PRON") and any(is_age(t) for t in span):
            # '"...," the 62-year-old said': the parser hung the age's words on the verb
            return self._aged_person(span) or Speaker(span, None, Resolution("unresolved", 0.0))
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "X, who replaced Y, said": "who" stands for the noun the clause hangs on, and
            # in "the Y Union, a group that argues", for the name the noun describes; but in
            # "Democrats, especially Senator X, who argues" the apposition is a name itself
            noun = head.head.head
            if noun.dep_ == "appos" and noun.head.i in self.mention_of_token and (
                    noun.i not in self.mention_of_token):
                noun = noun.head
            phrase = speaker_phrase(noun, lexicon=self.lexicon)
            antecedent = self.resolve(phrase)
            # a person bound to no one ("her landlord, who said", "the same officials who
            # insist"): the noun's words, up to the pronoun, tell the reader who spoke,
            # where "who" alone tells nothing ("that" and "which" mostly stand for a thing,
            # "a decree that says", which is no voice)
            words = span if antecedent.mention is not None or head.lower_ != "who" or (
                phrase.start > span.start) else self.doc[phrase.start : span.end]
            return Speaker(words, antecedent.mention, antecedent.resolution)
        issuer = self._document_issuer(head)
        if issuer is not None:
            # "according to a statement from the union": the statement speaks for the union
            found = self.resolve(speaker_phrase(issuer, lexicon=self.lexicon))
            return Speaker(span, found.mention, found.resolution)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in PERSON_PRONOUNS and (
                head.lower_ in person_staff()):
            return self._pronoun(span, owner.lower_)  # "her office said": her staff, for her
        titled = self._titled_name(span)
        if titled is not None:
            return titled
        if self._is_member(span):
            return self._description(span, person=True)
        joint = self._joint_pronoun(span)
        if joint is not None:
            return joint
        named = None if self._is_unnamed(span) and not self._named_in_apposition(span) else (
            self._named(span))
        if named is not None:
            mention, confidence = named
            return self._found(span, mention, "named", confidence)
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS:
            return self._pronoun(span, lower)
        if head.pos_ in ("NOUN", "PROPN", "ADJ"):
            if self._is_unnamed(span):
                introduced = self._named_after_lede(span) or self._body_named_before(span)
                if introduced is not None:
                    return self._found(span, introduced, "description", LEDE_CONFIDENCE)
                return self._unnamed(span)
            return self._issuer(span) or self._description(span)
        if self._is_unnamed(span):
            return self._unnamed(span)
        return Speaker(span, None, Resolution("unresolved", 0.0))

    def resolve_head(self, head: Token) -> Speaker:
        """The speaker a noun or pronoun in the parse stands for, by the words it heads."""
        return self.resolve(speaker_phrase(head, lexicon=self.lexicon))

    def interviewee(self, span: Span) -> Speaker:
        """The "A" of an interview transcript's turns stands for the one person named in
        the last paragraph before the first turn that names anyone ("The Gazette spoke to
        X, the engineer ..." or "In an interview after the session, X said ..."); with
        several there, the answer stays unresolved."""
        first_turn = self.text.find("\n" + span.text + ":")
        before = self._persons_before(span.start_char if first_turn < 0 else first_turn)
        if not before:
            return Speaker(span, None, Resolution("unresolved", 0.0))
        paragraph = self.text.rfind("\n", 0, before[-1].span.start) + 1
        people = {person.span.text.split()[-1] for person in before
                  if person.span.start >= paragraph}
        if len(people) != 1:
            return Speaker(span, None, Resolution("unresolved", 0.0))
        return self._found(span, before[-1], "description", INTERVIEWEE_CONFIDENCE)

    def _person_asked(self, span: Span, gender: str) -> Speaker | None:
        """'X asked the director whether ... "Not to my knowledge," he replied': the one
        who answers is the one asked, named or described as the question's object, never
        the questioner; unresolved when the text does not say who that is. None when the
        cue answers no question put to someone in its sentence or the one before."""
        cue = span.root.head
        if self.lexicon.turns.get(cue.lemma_.lower()) != "answer":
            return None
        sentence = span.sent
        start = sentence.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for verb in reversed(self.doc[start : span.start]):
            if (self.lexicon.turns.get(verb.lemma_.lower()) != "question" or verb.pos_ != "VERB"
                    or self.in_quote[verb.i]):
                continue
            asked = [c for c in verb.children
                     if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")]
            if not asked:
                return None  # "Asked whether ..., he replied": the one asked is the answerer
            named = self.mention_of_token.get(asked[0].i)
            if named is None:
                described = self._description(speaker_phrase(asked[0], lexicon=self.lexicon),
                                              person=True)
                if described.resolution.confidence >= DESCRIPTION_CONFIDENCE:
                    named = next(m for m in self.persons if m.id == described.mention)
            if named is not None and named.kind == "person" and self._gender_fits(named, gender):
                self._remember_gender(named, gender)
                return self._found(span, named, "pronoun", PRONOUN_SUBJECT_CONFIDENCE)
            return Speaker(span, None, Resolution("unresolved", 0.0))
        return None

    def _body_named_before(self, span: Span) -> Mention | None:
        """"The Orvand Fishers Federation said ... A regional federation said": a body's
        noun, in the singular, that only one organisation named before holds in its name is
        that organisation, though the text says "a"; never a wide noun ("a group")."""
        head = span.root
        if head.tag_ != "NN" or not is_organisation_noun(head.lemma_) or (
                is_wide_body_noun(head.lemma_)):
            return None
        before = self.groups[: bisect.bisect_left(self.group_starts, span.start_char)]
        holders = {m.span.text for m in before
                   if m.kind == "organisation" and head.lower_ in m.span.text.lower().split()}
        if len(holders) != 1:
            return None
        [name] = holders
        return next(m for m in reversed(before) if m.span.text == name)

    def _unnamed(self, span: Span) -> Speaker:
        self.unnamed_sources.append((span.start_char, span.root.lemma_.lower()))
        if span.root.tag_ == "NNS" and not any(t.i in self.mention_of_token for t in span):
            self.unnamed_group_at = span.start_char
        self.note_unnamed_person(span)
        return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))

    def note_unnamed_person(self, span: Span) -> None:
        """Remember where a single unnamed person spoke ("a diplomat", "the officer"): a
        "he" or "she" just after goes on with them."""
        if span.root.tag_ == "NN" and is_role_word(span.root):
            self.unnamed_person = (span.start_char, span.root.lower_)

    def _found(self, span: Span, mention: Mention, method: str, confidence: float) -> Speaker:
        if mention.kind == "person":
            self.speakers.append((span.start_char, mention))
        elif mention.kind == "organisation":
            self.organisations_speaking.append((span.start_char, mention))
        return Speaker(span, mention.id, Resolution(method, confidence))

    def _persons_before(self, offset: int) -> list[Mention]:
        return self.persons[: bisect.bisect_left(self.person_starts, offset)]

    def _is_unnamed(self, span: Span) -> bool:
        """"officials", "a diplomat", "another New Hampshire Republican", "one of them":
        no one named."""
        head = span.root
        if (head.like_num or head.lower_ in INDEFINITE_DETERMINERS) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return True  # "one of them", "two of the officials": some of a group
        if head.pos_ == "PROPN" or head.pos_ == "PRON":
            mention = self.mention_of_token.get(head.i)
            return mention is not None and mention.kind == "group" and bool(
                _determiners(span) & INDEFINITE_DETERMINERS)
        mention = self.mention_of_token.get(head.i)
        if mention is not None and mention.kind == "organisation" and head.pos_ == "NOUN":
            return False  # "Ukraine's military": a state body, though its name is a noun
        if mention is not None and mention.kind == "person" and head.is_title:
            return False  # "Hodges said": a surname ending in s the tagger read as a plural
        if head.tag_ in ("NNS", "NNPS"):
            # "prosecutors" of a court case are one party the text names by its role
            return mention is None or mention.kind != "group" or head.pos_ != "NOUN"
        determiners = _determiners(span)
        return bool(determiners & INDEFINITE_DETERMINERS) or (
            head.lemma_.lower() in self.lexicon.source_nouns and not determiners)

    def _is_member(self, span: Span) -> bool:
        """"the Vermont Republican said", "the Kenyan said": one member of a party or
        people, not the group."""
        head = span.root
        mention = self.mention_of_token.get(head.i)
        return (mention is not None and mention.kind == "group" and head.tag_ in ("NN", "NNP")
                and (is_role_word(head) or resolve_group(head.text) is not None)
                and any(t.lower_ == "the" for t in span))

    def _in_heading(self, mention: Mention) -> bool:
        line = bisect.bisect_right(self.heading_starts, mention.span.start) - 1
        return line >= 0 and mention.span.start < self.heading_starts[line] + MAX_HEADING_CHARS and (
            "\n" not in self.text[self.heading_starts[line] : mention.span.start])
