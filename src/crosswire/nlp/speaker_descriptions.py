"""Description speakers: whom "the diplomat", "the ministry" or "the company" stands for.

``DescriptionResolution`` is the part of ``speakers.SpeakerResolver`` that binds a speaker
described by a role or a body's noun to the person or organisation the article named
before (or, in its first sentence, right after); it relies on the resolver's state
(persons and groups in text order, mention heads, speakers so far) and its ``_found``,
``_persons_before``, ``_group_pronoun`` and ``_inside_reported``; which organisation a
body's noun stands for is ``speaker_bodies``' part.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from crosswire.knowledge.firms import is_firm_noun, is_organisation_noun, may_stand_for
from crosswire.knowledge.names import LOWER_RANKS, rank_words, title_kinds, title_words
from crosswire.models import Mention, Resolution
from crosswire.nlp.layout import in_dateline
from crosswire.nlp.mention_kinds import is_place_noun
from crosswire.nlp.mention_roles import (
    INDEFINITE_ARTICLES,
    is_general_role_noun,
    is_role_noun,
    is_role_word,
)
from crosswire.nlp.speaker_heads import is_age
from crosswire.nlp.state_bodies import UMBRELLA
from crosswire.nlp.speaker_pronouns import (
    GROUP_PRONOUN_CONFIDENCE,
    NEAR_WINDOW_CHARS,
    PRONOUN_WINDOW_CHARS,
    SUBJECT_DEPS,
    Speaker,
    names_the_subject,
)

DESCRIPTION_CONFIDENCE = 0.75
DESCRIPTION_FALLBACK_CONFIDENCE = 0.4
# how far back a description's noun is looked for where the article used it before
# (someone brought in by "a guard", a body named with its noun, "the Tessel board")
NOUN_LOOKBACK_TOKENS = 120
# "the diplomat" after "a diplomat" said something: as sure as an unnamed source itself is.
UNNAMED_SOURCE_CONFIDENCE = 0.75
# "A federal judge ruled ..." opening an article is the person the next paragraph or so
# names ("Judge X wrote ..."): this far ahead, and only a guess that the story-wide pass
# (actors.speakers) may correct with the one actor the story gives that role.
LEDE_WINDOW_CHARS = 600
LEDE_CONFIDENCE = DESCRIPTION_FALLBACK_CONFIDENCE
MILITARY = "military"  # the title kind of ranks (data/titles.jsonl)
# A person's age as a role gives it ("a 61-year-old farmer") or as a name is followed by it.
_ROLE_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b")
_AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:an?\s+)?(\d{1,3})(?:[- ]years?[- ]old\b|\s*[,.;)])")
# Words that make a role a past or future one ("former", "ex-", "then-").
TENSE_WORDS = {"former", "ex", "then", "late", "incoming", "outgoing", "elect", "previous"}


def earlier_uses(head: Token) -> Iterator[Token]:
    """The nouns of ``head``'s lemma in the ``NOUN_LOOKBACK_TOKENS`` before it, nearest
    first: where the article used a description's noun before ("a guard", "the Tessel
    board")."""
    lemma = head.lemma_.lower()
    for token in reversed(head.doc[max(0, head.i - NOUN_LOOKBACK_TOKENS) : head.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            yield token


class DescriptionResolution:
    """Description speakers (a mixin of SpeakerResolver)."""

    def _heads_an_organisation_named(self, head: Token, *, before: int) -> bool:
        """"the Halden Water Board ... the board said": the noun that ends an organisation's
        name met before is that organisation again, never the person whose role names it
        ("the board's chair")."""
        index = bisect.bisect_left(self.group_starts, before)
        return not is_role_word(head) and any(
            self.mention_head[group.id].lower_ == head.lower_ for group in self.groups[:index])

    def _named_after_lede(self, span: Span) -> Mention | None:
        """"A federal judge ruled ..." or "..., the president has said" in the article's
        first sentence, no one named before: the person named next, as a subject, soon
        after (news introduces its protagonist so). Never an unnamed source ("an
        official"), a group or a plural."""
        head = span.root
        if (span.sent.start != 0 or head.tag_ != "NN" or not is_role_word(head)
                or self._persons_before(span.start_char)
                or not any(c.dep_ in ("det", "poss") for c in head.children)):
            return None
        for person in self.persons[bisect.bisect_left(self.person_starts, span.end_char):]:
            if person.span.start - span.end_char > LEDE_WINDOW_CHARS:
                return None
            person_head = self.mention_head[person.id]
            if not self.in_quote[person_head.i]:
                if not names_the_subject(person_head):
                    continue  # "In a letter to Secretary Y, ..., X said": X, the subject
                if not (self._tells(person_head) or _holds_role(person, head)
                        or _apposed_to_lemma(person_head, head.lemma_)):
                    continue  # "X was wounded", "the clerk, X, was dead", "X had not
                    # recovered": whom the lede tells of, not who told it
                # "an official said" is an unnamed source, whoever speaks next; "a
                # veteran army commander" is the "Lt. Col. X" the next lines name, and so
                # is an office someone owns ("the county's health officer"): it has one holder
                anonymous = head.lemma_.lower() in self.lexicon.source_nouns and not any(
                    c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)
                return person if not anonymous or _holds_role(person, head) else None
        return None

    def _tells(self, head: Token) -> bool:
        """Is the named subject (or the noun it restates) the subject of a verb of speech
        ("X told reporters", "X testified")?"""
        subject = head.head if head.dep_ == "appos" else head
        return subject.dep_ == "nsubj" and self.lexicon.is_speech(subject.head.lemma_)

    def _description(self, span: Span, *, person: bool = False) -> Speaker:
        """"the diplomat": the last person whose role or apposition holds the same noun."""
        head = span.root
        # "the foreign ministry said" is never the minister named before it
        # and "the county's health officer" never the county
        organisational = not person and (
            head.pos_ == "PROPN" or is_organisation_noun(head.lemma_) or (
                not self._persons_before(span.start_char) and not is_role_word(head))
            or self._heads_an_organisation_named(head, before=span.start_char))
        aged = None if organisational or not is_age(head) else self._aged_person(span)
        if aged is not None:
            return aged
        # "the president's office": the body of whoever its owner names
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        candidates = self.groups if organisational else self.persons
        starts = self.group_starts if organisational else self.person_starts
        index = bisect.bisect_left(starts, span.start_char)
        tense = {t.lower_ for t in span} & TENSE_WORDS
        said = {t.lower_ for t in span}
        ranks = said & rank_words()  # "deputy", "vice", "prime"
        fitting: list[Mention] = []
        for mention in reversed(candidates[:index]):
            if in_dateline(self.mention_head[mention.id]):
                continue  # "NAIROBI, June 3 - The man whose ...": the town speaks for no one
            words = self._context_words(mention) if organisational else self._person_words(
                mention, before=span.start_char)
            if not organisational and (tense != words & TENSE_WORDS or not ranks <= words
                                       or not words & LOWER_RANKS <= said):
                continue  # "the former president" is not the president, nor the reverse;
                # "the deputy prime minister" not the prime minister, nor the reverse
            named = set(mention.span.text.lower().split())
            if organisational and owner is not None and owner.lower_ not in named:
                continue  # "the president's office" is not "X's office"
            # an organisation's own name must hold the head ("the association"; "the
            # Spanish newspaper" is not "Spanish"), a name be its head ("Norvik" is not
            # "the Ethics Board of Norvik")
            if head.lemma_.lower() in words or organisational and (
                    head.lower_ == self.mention_head[mention.id].lower_
                    or head.pos_ != "PROPN" and head.lower_ in named):
                fitting.append(mention)
        if fitting:
            # of two presidents, the one just speaking ("Mr. X continued ... the president said")
            recent = {m.span.text.split()[-1] for _, m in self.speakers[-2:]}
            speaking = [m for m in fitting if m.kind == "person" and m.span.text.split()[-1] in recent]
            return self._found(span, (speaking or fitting)[0], "description",
                               DESCRIPTION_CONFIDENCE)
        prosecution = self._prosecution_named_before(span) if organisational else None
        if prosecution is not None:
            return self._found(span, prosecution, "description", DESCRIPTION_CONFIDENCE)
        if organisational and is_firm_noun(head.lemma_) and any(
                t.lower_ == "the" for t in span):
            firm = self._group_pronoun(span, noun=head.lemma_)
            if firm.mention is None:
                firm = self._firm_named_as_person(span) or firm
            if firm.mention is not None:
                return Speaker(span, firm.mention, Resolution("description",
                                                              GROUP_PRONOUN_CONFIDENCE))
        introduced = (self._organisation_after_lede(span) or self._sole_organisation_of_lede(span)
                      if organisational else self._named_after_lede(span))
        if introduced is not None:
            return self._found(span, introduced, "description", LEDE_CONFIDENCE)
        if organisational and self.organisations_speaking and any(
                t.lower_ == "the" for t in span):
            # "the Capitol Police said ... The department said": the body just speaking
            offset, last = self.organisations_speaking[-1]
            # but "the council" is no federation: a body whose head names another kind
            other_kind = not may_stand_for(head.lemma_, self.mention_head[last.id].lemma_)
            if span.start_char - offset <= NEAR_WINDOW_CHARS and not other_kind and (
                    owner is None or owner.lower_ in last.span.text.lower().split()) and (
                    not self._noun_of_another_name(head, last)):
                return Speaker(span, last.id, Resolution("description",
                                                         GROUP_PRONOUN_CONFIDENCE))
        if organisational:
            body = self._body_named_just_before(span)
            if body is not None:
                return Speaker(span, body.id, Resolution("description", GROUP_PRONOUN_CONFIDENCE))
        if self._owned_by_person(head):
            # "her lawyer said", "X's legal team says": someone the person has, never the
            # person, so neither the last speaker nor the story's protagonist is a guess
            # for it; an unnamed source who speaks for that person (its affiliation)
            return self._unnamed(span)
        if organisational or not is_role_word(head) or any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            # "its spokesman said", "their lawyer said": someone a body or a group has, whom
            # the words bind to no one
            return Speaker(span, None, Resolution("unresolved", 0.0))
        if any(lemma == head.lemma_.lower() and span.start_char - offset <= PRONOUN_WINDOW_CHARS
               for offset, lemma in self.unnamed_sources[-3:]):
            # "a Western diplomat said ... the diplomat said": the same unnamed source
            self.note_unnamed_person(span)
            return Speaker(span, None, Resolution("unnamed", UNNAMED_SOURCE_CONFIDENCE))
        if self._introduced_unnamed(head):
            # "a guard opened the gate ... the guard told him": someone this article never
            # names, never the last one speaking (another article may name the holder)
            return Speaker(span, None, Resolution("unresolved", 0.0))
        if self.speakers and not self._holds_another_office(self.speakers[-1][1], span) and (
                self._may_stand_for(self.speakers[-1][1], span)):
            # "the president" with no president named: the last speaker, as a guess the
            # story-wide pass (actors.speakers) may correct
            return self._found(span, self.speakers[-1][1], "description",
                               DESCRIPTION_FALLBACK_CONFIDENCE)
        body = self._body_owning(head)
        protagonist = None if self.speakers or body is not None else self._last_person_named(
            span.start_char, as_subject=True)
        if protagonist is not None and is_general_role_noun(head.lemma_) and (
                not self._holds_another_office(protagonist, span)):
            # "Mayor X shut the pools on Tuesday. The city's chief executive said ...": a wide
            # role noun before anyone has spoken is the person the story is about, the
            # subject named last, as a guess again; never for a body's ("the union's leader")
            return self._found(span, protagonist, "description", DESCRIPTION_FALLBACK_CONFIDENCE)
        if person:
            # "Senator X's reply ... the Ohio Republican said": a party
            # member's epithet goes on with the person just named, as a guess again
            named = self._last_person_named(span.start_char)
            if named is not None:
                return self._found(span, named, "description", DESCRIPTION_FALLBACK_CONFIDENCE)
        return Speaker(span, None, Resolution("unresolved", 0.0))

    def _introduced_unnamed(self, head: Token) -> bool:
        """Did the article, not long before, introduce someone by the description's noun
        with "a" and no name ("a guard opened the gate")? The nearest use of the noun that
        brings someone in decides: "a guard", or one with a name set off by it or said of a
        name ("X, a guard", "X is a guard"), who is that person, whom the role words already
        weigh. A "the guard" between goes back to one of those, so it is passed over."""
        for token in earlier_uses(head):
            if self.in_quote[token.i]:
                continue
            if token.i in self.mention_of_token or token.dep_ in ("appos", "attr") or any(
                    c.dep_ == "appos" for c in token.children):
                return False
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children):
                return True
        return False

    def _aged_person(self, span: Span) -> Speaker | None:
        """"The 54-year-old said": the person the article gave that age ("X, 54,", "a
        54-year-old farmer"), else, as a guess, the last person speaking or named as a
        subject whom the article gave no other age."""
        age = next((t.text for t in span if t.like_num), None)
        before = [p for p in self._persons_before(span.start_char)
                  if not self.in_quote[self.mention_head[p.id].i]]
        ages = {person.id: self._age_of(person) for person in before}
        same = [p for p in before if ages[p.id] == age]
        if age is not None and same:
            return self._found(span, same[-1], "description", DESCRIPTION_CONFIDENCE)
        named = [p for p in before if _heads_a_subject(self.mention_head[p.id])]
        recent = [m for _, m in self.speakers[-1:]] + named[-1:]
        guess = next((m for m in recent if ages.get(m.id) is None and m.id in ages), None)
        if guess is None:
            return None
        return self._found(span, guess, "description", DESCRIPTION_FALLBACK_CONFIDENCE)

    def _age_of(self, person: Mention) -> str | None:
        """The age the article gives a person where it names them: in their role or right
        after the name ("X, 61, said", "X, a 61-year-old farmer, said")."""
        found = _ROLE_AGE.search(person.role or "") or _AGE_AFTER_NAME.match(
            self.text, person.span.end)
        return found.group(1) if found else None

    def _holds_another_office(self, person: Mention, span: Span) -> bool:
        """"the president" after Vice President X spoke: the article has given X the
        office's word in another rank or tense, so the description means someone else.
        (A wider noun, "the diplomat" for a ministry's spokesman, may still be X.)"""
        return span.root.lemma_.lower() in self._person_words(person, before=span.start_char)

    def _may_stand_for(self, person: Mention, span: Span) -> bool:
        """Can a description no one holds be a guess for ``person``? Only if the article
        gives them no role, or the description is wide enough for theirs ("the official"
        for a mayor; never "the engineer" for one), and, for a description owned by a
        body ("the union's leader"), only if their words name that body too."""
        words = self._person_words(person, before=span.start_char)
        # a place's name ("Peru's foreign minister") may be another country's office, so it
        # must be in their words; the story's own setting needs not be (``_names_setting``)
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      and not _names_setting(c)), None) or self._body_owning(span.root)
        if owner is not None and not {owner.lower_, owner.lemma_.lower()} & words:
            return False
        roles = {w for w in words if is_role_noun(w)}
        return not roles or is_general_role_noun(span.root.lemma_)

    def _body_owning(self, head: Token) -> Token | None:
        """The body a role belongs to, by its owner ("the union's leader") or its "of"
        phrase ("the head of the Norland Health Agency"): a role of a body someone is
        not said to serve is no guess for them."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        for owner in owners:
            named = self.mention_of_token.get(owner.i)
            if _names_setting(owner):
                continue
            if is_organisation_noun(owner.lemma_) or (
                    named is not None and named.kind == "organisation"):
                return owner
        return None

    def _last_person_named(self, offset: int, *, as_subject: bool = False) -> Mention | None:
        """The last person named outside quotations and reported words, close before
        ``offset``; with ``as_subject``, the last named as a sentence's subject (or as its
        root, where an odd space left the parse no verb to hang the name on)."""
        for person in reversed(self._persons_before(offset)):
            if offset - person.span.start > NEAR_WINDOW_CHARS:
                return None
            head = self.mention_head[person.id]
            if as_subject and not (_heads_a_subject(head) or head.dep_ == "ROOT"):
                continue
            if not self.in_quote[head.i] and not self._inside_reported(person):
                return person
        return None

    def _person_words(self, mention: Mention, *, before: int) -> frozenset[str]:
        """Role words of a person as the article has named them so far, under any of its
        mentions ("President X" early, "Mr. X" just before)."""
        surname = mention.span.text.split()[-1]
        # a description weighs every person named before it, and namesakes share the answer
        if (surname, before) not in self.words_by_surname:
            words: set[str] = set()
            for other in self._persons_before(before):
                if other.span.text.split()[-1] == surname:
                    words |= self._context_words(other)
            self.words_by_surname[(surname, before)] = frozenset(words)
        return self.words_by_surname[(surname, before)]

    def _context_words(self, mention: Mention) -> frozenset[str]:
        """Lemmas of a mention's title, role and appositions ("Kremlin spokesman")."""
        if mention.id not in self.role_words:
            self.role_words[mention.id] = frozenset(self._read_context_words(mention))
        return self.role_words[mention.id]

    def _read_context_words(self, mention: Mention) -> set[str]:
        head = self.mention_head[mention.id]
        tokens: list[Token] = [t for t in head.lefts if t.dep_ in ("compound", "amod")]
        for child in head.children:
            if child.dep_ == "appos":
                tokens.extend(child.subtree)
        if head.dep_ == "appos":
            tokens.extend(t for t in head.head.subtree if t.i < head.i)
        words = {t.lemma_.lower() for t in tokens}
        if mention.role:
            words.update(w.strip(",;()") for w in mention.role.lower().split())
        # "Sen. X ... the senator said": an abbreviated title holds the word it stands for
        spelled_out = title_words()
        return words | {spelled_out[w.strip(".")] for w in words if w.strip(".") in spelled_out}


def with_the(noun: Token) -> bool:
    """Does "the" open the noun's phrase ("the agency", "the lawmakers"): a description
    that points back at someone named before?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _apposed_to_lemma(head: Token, lemma: str) -> bool:
    """"The official, X, had led ...": the name restates a noun of the description's own."""
    return head.dep_ == "appos" and head.head.lemma_.lower() == lemma.lower()


def _holds_role(person: Mention, noun: Token) -> bool:
    """Does the person's role hold ``noun`` itself, or a military rank where ``noun`` is a
    military title ("a commander" and "Lt. Col. X")? An office is too wide a class for
    this: "an official" is no minister."""
    words = (person.role or "").replace(".", ". ").split()
    if noun.lemma_.lower() in {w.lower().strip(",;()") for w in words}:
        return True
    return MILITARY in title_kinds(noun.lemma_) and any(
        MILITARY in title_kinds(" ".join(words[start:end]))
        for start in range(len(words)) for end in range(start + 1, len(words) + 1))


def _names_setting(owner: Token) -> bool:
    """Does an office's owner say only where it is held, the story's own setting, not whom
    its holder serves: a place's noun ("the nation's top adviser") or the government no
    country is named for ("the federal government's chief scientist")?"""
    return owner.pos_ == "NOUN" and (is_place_noun(owner.lower_) or (
        owner.lemma_.lower() == UMBRELLA
        and not any(c.ent_type_ in ("NORP", "GPE") for c in owner.children)))


def _heads_a_subject(head: Token) -> bool:
    """The name is a sentence's subject, or in apposition to one ("the chairman, X, told"),
    not that of a clause inside it ("... that Y had won")."""
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJECT_DEPS and head.head.dep_ in ("ROOT", "conj")

