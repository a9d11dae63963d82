"""Speaker phrases and their resolution to named mentions.

A speaker phrase is the noun phrase an attribution hangs on ("Harper", "he", "the
diplomat", "sources in Kyiv"). It resolves to a named ``Mention``: directly when it is
one, through the nearest fitting person for pronouns, through a matching role or
apposition for descriptions (``speaker_descriptions``); unnamed sources ("officials", "a
diplomat") stay unnamed.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.firms import is_organisation_noun, is_wide_body_noun
from crosswire.knowledge.places import resolve_group
from crosswire.models import Mention, Resolution
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.cues import Lexicon
from crosswire.nlp.doc_view import text_of, tokens_of
from crosswire.nlp.layout import MAX_HEADING_CHARS, ends_heading, heading_starts
from crosswire.nlp.mention_kinds import person_staff
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.speaker_heads import age_start, is_age
from crosswire.nlp.speaker_descriptions import (
    DESCRIPTION_CONFIDENCE,
    DESCRIPTION_FALLBACK_CONFIDENCE,
    LEDE_CONFIDENCE,
    DescriptionResolution,
)
from crosswire.nlp.speaker_documents import DocumentResolution
from crosswire.nlp.speaker_pronouns import (
    PERSON_PRONOUNS,
    PRONOUN_SUBJECT_CONFIDENCE,
    PRONOUN_WINDOW_CHARS,
    PronounResolution,
    Speaker,
    UNNAMED_CONFIDENCE,
)

# Confidences are rough priors set by reading resolved seed and PolNeAR speakers: a name
# in the subject is nearly always right, a pronoun's nearest fitting antecedent usually.
NAMED_CONFIDENCE = 0.95
APPOSITION_CONFIDENCE = 0.9
SURNAME_CONFIDENCE = 0.75
# "They" just after a joint statement goes on with its speakers.
JOINT_PRONOUNS = {"they"}
JOINT_PRONOUN_CONFIDENCE = 0.75
# An interview's answers are its interviewee's, the one person its introduction names.
INTERVIEWEE_CONFIDENCE = 0.75

RELATIVE_PRONOUNS = {"who", "that", "which"}
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
                end = max(end, child.right_edge.i + 1)
    return head.doc[start:end]


def _determiners(span: Span) -> set[str]:
    """The determiners, numbers and adjectives of a speaker phrase ("a", "two", "senior")."""
    return {t.lower_ for t in tokens_of(span.doc)[span.start : span.end]
            if t.dep_ in ("det", "nummod", "amod")}


class SpeakerResolver(PronounResolution, DescriptionResolution, DocumentResolution):
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
            antecedent = self.resolve(speaker_phrase(noun, lexicon=self.lexicon))
            return Speaker(span, antecedent.mention, antecedent.resolution)
        issuer = self._document_issuer(head)
        if issuer is not None:
            # "according to a statement from the union": the statement speaks for the union
            found = self.resolve(speaker_phrase(issuer, lexicon=self.lexicon))
            return Speaker(span, found.mention, found.resolution)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in PERSON_PRONOUNS and (
                head.lower_ in person_staff()):
            return self._pronoun(span, owner.lower_)  # "her office said": her staff, for her
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

    def bind_co_speakers(self, head: Token, first: str | None) -> list[str]:
        """The mentions of the other speakers of a joint statement, in text order: "the
        mayor, X, and the governor, Y, said" gives Y beside X, and a "they" just after
        goes on with both. Only conjuncts the text names or describes by a role it gave
        them count; a guess stays out. Binds them as the joint statement a following
        "they" goes on with, so it is called once per statement, in text order."""
        if head.lower_ in JOINT_PRONOUNS:
            offset, speakers = self.joint
            if speakers and first == speakers[0] and (
                    head.idx - offset <= PRONOUN_WINDOW_CHARS // 3):
                return speakers[1:]
            return []
        found: list[str] = []
        own = self.mention_of_token.get(head.i)
        if own is not None and first is not None and own.id != first and own.kind == "person" and (
                any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in head.subtree)):
            found.append(own.id)  # "MP X and council leader Y said", X read as Y's modifier
        for conjunct in [*_conjuncts(head), *self._named_members(head)[1:]]:
            speaker = self.resolve(speaker_phrase(conjunct, lexicon=self.lexicon))
            if speaker.mention is None or speaker.mention == first or speaker.mention in found:
                continue
            mention = next(m for m in self.mentions if m.id == speaker.mention)
            resolution = speaker.resolution
            if mention.kind != "place" and resolution.method in ("named", "description") and (
                    resolution.confidence > DESCRIPTION_FALLBACK_CONFIDENCE):
                found.append(speaker.mention)
        # "they" goes on with a joint statement only until someone else speaks
        self.joint = (head.idx, [first, *found]) if found and first is not None else (0, [])
        return found

    def _joint_pronoun(self, span: Span) -> Speaker | None:
        """"They" just after a joint statement: its speakers again, the first named."""
        offset, speakers = self.joint
        if span.root.lower_ not in JOINT_PRONOUNS or not speakers or (
                span.start_char - offset > PRONOUN_WINDOW_CHARS // 3):
            return None
        return Speaker(span, speakers[0], Resolution("pronoun", JOINT_PRONOUN_CONFIDENCE))

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
            if after_comma and token.dep_ in ("appos", "conj") and token.pos_ == "PROPN" and (
                    mention is not None and mention.kind != "place"):
                names.append(token)
        return names

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
        return Speaker(span, None, Resolution("unnamed", UNNAMED_CONFIDENCE))

    def _found(self, span: Span, mention: Mention, method: str, confidence: float) -> Speaker:
        if mention.kind == "person":
            self.speakers.append((span.start_char, mention))
        elif mention.kind == "organisation":
            self.organisations_speaking.append((span.start_char, mention))
        return Speaker(span, mention.id, Resolution(method, confidence))

    def _named(self, span: Span) -> tuple[Mention, float] | None:
        head = span.root
        joint = self._first_of_joint(span)
        if joint is not None:  # "X and partner Y said": one speaker field, the first named
            return joint, NAMED_CONFIDENCE
        mention = self.mention_of_token.get(head.i)
        if mention is not None and mention.kind == "organisation":
            holder = self._office_holder_apposed(head)
            if holder is not None:  # "the X Committee (XC) Chairwoman Ada Y warned"
                return holder, NAMED_CONFIDENCE
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
        for child in _appositions(head):  # "a spokesman for the mission, Anna Petrova, said"
            appositive = self.mention_of_token.get(child.i)
            if appositive is not None and appositive.kind == "person":
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
        return bool(self._named_members(span.root)) or any(
            (m := self.mention_of_token.get(child.i)) is not None and m.kind == "person"
            for child in _appositions(span.root))

    def _first_of_joint(self, span: Span) -> Mention | None:
        """The first named speaker of coordinated ones ("Norsk Hydro and partner Brevik SE")."""
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in span):
            return None
        for token in span:  # "Local MP X and council leader Y": the first name before "and"
            if token.dep_ == "cc":
                return None
            first = self.mention_of_token.get(token.i)
            if first is not None:
                return first if first.kind != "place" else None
        return None

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
        if head.tag_ in ("NNS", "NNPS"):
            # "prosecutors" of a court case are one party the text names by its role
            mention = self.mention_of_token.get(head.i)
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


def _conjuncts(head: Token) -> list[Token]:
    """The nouns coordinated with a speaker's head by "and" ("X, Y and Z"), also those the
    parser hung on the head's apposition ("the mayor, X, and the governor")."""
    appositions = [c for c in head.children if c.dep_ == "appos"]
    chain = [head, *appositions]
    # "the director, X, and its secretary-general, Y": the parse may hang Y on the head too
    conjuncts: list[Token] = appositions[1:]
    while chain:
        token = chain.pop(0)
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                conjuncts.append(child)
                chain.append(child)
    coordinators = {t.lower_ for t in head.subtree if t.dep_ == "cc"}
    if not coordinators or not coordinators <= {"and", "&"}:  # "X or Y said": not both
        return []
    return sorted(conjuncts, key=lambda t: t.i)


def _appositions(head: Token) -> list[Token]:
    """The appositions of a speaker's head, and those the parser hung on the body its noun
    serves: "a spokesman for the mission, Tomasz X, said" names the spokesman."""
    found = [c for c in head.children if c.dep_ == "appos"]
    if not is_role_word(head):
        return found
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for body in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
            found.extend(c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return found
