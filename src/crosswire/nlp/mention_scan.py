"""Mentions the tagger missed or mistyped, found from what the article itself names.

The small English model tags one spelling of a name as PERSON and the next as ORG, or
not at all ("Janukowytsch rejects talks"). A capitalised word that spells the surname of a
person the article names in full is that person; capitalised words right after a title
("Majority Leader Steny Hoyer") are a person; a known speaking institution ("the
Kremlin", "Downing Street") is an organisation wherever it stands.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

import re

from spacy.tokens import Span, Token

from crosswire.knowledge.names import (
    PARTICLES,
    given_compatible,
    is_given_name,
    is_honorific,
    may_end_title,
    title_length,
)
from crosswire.knowledge.places import (
    fold,
    is_firm_place,
    organisation_names,
    place_named,
    resolve_institution,
    resolve_place,
)
from crosswire.knowledge.transliterate import words_match
from crosswire.data import read_jsonl
from crosswire.models import ActorKind
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.doc_view import text_of, tokens_of, view_of
from crosswire.nlp.mention_kinds import is_organisation_name, speech_lemmas
from crosswire.nlp.person_evidence import matches_surname
from crosswire.nlp.mention_roles import is_role_noun, office_of_complement, person_role

# Most words of a person's name after a title ("Mary Beth Smith").
_MAX_NAME_TOKENS = 3
# Entity labels of a place or a people: a name set off with one of these is no person's.
_PLACE_OR_PEOPLE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Most nouns a speaking subject's appositions and conjuncts are looked through for names.
_MAX_SET_OFF = 6
# Longest institution name, in tokens, to look for ("No. 10 Downing Street").
_MAX_INSTITUTION_TOKENS = 4


def _given_before(doc: Doc, index: int, surnames: dict[str, set[str]], covered: set[int]) -> bool:
    """The word before a found surname is that person's given name ("Mara" Ostrel),
    unless the tagger read it as a date ("Last June Marsh said")."""
    if index == 0:
        return False
    before, surname = doc[index - 1], doc[index].text
    if before.idx in covered or not before.is_title or not before.is_alpha or (
            before.ent_type_ in DATE_ENTITIES):
        return False
    givens = {g for s, gs in surnames.items() if words_match(surname, s, any_vowel=True) for g in gs}
    return any(given_compatible(before.text, given) for given in givens)


@cache
def _institution_names() -> frozenset[str]:
    names = set()
    for row in read_jsonl("institutions.jsonl", required=("name", "country", "aliases")):
        for name in (row["name"], *row["aliases"]):
            if any(ch.isupper() for ch in name):
                names.add(fold(name))
    return frozenset(names)


def extra_mentions(
    doc: Doc, *, taken: list[tuple[int, int]], surnames: dict[str, set[str]]
) -> list[tuple[int, int, ActorKind, str | None]]:
    """(start, end, kind, role) of names outside the tagger's entities."""
    covered = set()
    for start, end in taken:
        covered.update(range(start, end))
    found: list[tuple[int, int, ActorKind, str | None]] = []
    view = view_of(doc)
    tokens, starts, text = view.tokens, view.starts, view.text
    surname_words: dict[str, bool] = {}
    index = 0
    while index < len(tokens):
        # most words are passed over here: read off the text, not the Token
        if starts[index] in covered or not text[starts[index]].isupper():
            index += 1
            continue
        token = tokens[index]
        size = _institution_at(doc, index, covered)
        if size:
            span = doc[index : index + size]
            found.append((span.start_char, span.end_char, "organisation", None))
            covered.update(range(span.start_char, span.end_char))
            index += size
            continue
        size, title = _titled_name_at(doc, index, covered)
        if size:
            span = doc[index : index + size]
            found.append((span.start_char, span.end_char, "person", title))
            covered.update(range(span.start_char, span.end_char))
            index += size
            continue
        # a title is no one's surname spelled another way ("Sens." is not "Sanz"), only
        # as written ("Rep. Ada Dean ... Dean said")
        if token.is_alpha and (token.text in surnames or not title_length([token.text])) and (
                _matches_surname(token.text, surnames, seen=surname_words)):
            start = doc[index - 1].idx if _given_before(doc, index, surnames, covered) else token.idx
            found.append((start, token.idx + len(token.text), "person", None))
        index += 1
    return found


def _matches_surname(word: str, surnames: dict[str, set[str]], *, seen: dict[str, bool]) -> bool:
    """``matches_surname``, asked once per word of the article ("The", "But" recur)."""
    if word not in seen:
        seen[word] = matches_surname(word, surnames)
    return seen[word]


def _titled_name_at(doc: Doc, index: int, covered: set[int]) -> tuple[int, str | None]:
    """(length, title) of a name the tagger missed right after a title ("House Majority
    Leader Steny Hoyer", often behind a no-break space); (0, None) where there is none."""
    tokens = tokens_of(doc)
    before = [t for t in tokens[max(0, index - 4) : index] if not t.is_space]
    if not before or before[-1].idx in covered or not may_end_title(before[-1].text):
        return 0, None
    titled = [n for n in range(1, len(before) + 1)
              if title_length([t.text for t in before[-n:]]) == n]
    if not titled:
        return 0, None
    size = 0
    while size < _MAX_NAME_TOKENS and index + size < len(tokens):
        token = tokens[index + size]
        if token.idx in covered or not (token.is_alpha and token.is_title and token.pos_ == "PROPN"):
            break
        size += 1
    name = doc[index : index + size].text if size else ""
    if not size or place_named(name) or resolve_institution(name) or (
            is_honorific(name) or title_length(name.split())) or is_role_noun(tokens[index].text):
        # "Deputy Prime Minister Ana X": "Prime Minister" goes on the title, and so does
        # an office the titles list lacks ("Deputy Inspector Ana X")
        return 0, None
    if any(title_length([t.text for t in before[-n:]] + [tokens[index].text]) == n + 1
           for n in range(1, len(before) + 1)):
        return 0, None  # "Chief Executive Paul X": "Executive" ends the title, not a name
    start = len(before) - max(titled)
    while start > 0 and before[start - 1].is_title and before[start - 1].is_alpha:
        start -= 1  # the office's own words: "House Majority" Leader
    return size, " ".join(t.text for t in before[start:])


def _institution_at(doc: Doc, index: int, covered: set[int]) -> int:
    names = _institution_names()
    tokens, text = tokens_of(doc), text_of(doc)
    for size in range(_MAX_INSTITUTION_TOKENS, 0, -1):
        if index + size > len(tokens):
            continue
        words = tokens[index : index + size]
        if any(t.idx in covered for t in words) or words[-1].is_punct:
            continue  # folding drops a closing comma or quote mark: the name must end on a word
        if fold(text[words[0].idx : words[-1].idx + len(words[-1])]) in names:
            return size
    return 0


# A word of a name as written in any romanisation: a capital, then letters, apostrophes
# (Ol'ga) or hyphens; an initial is one to three letters before a full stop ("Yu.").
_LETTER = r"[^\W\d_]"
_MARKS = "\u0300-\u036f"  # combining marks: ALA-LC ties (Li͡udmila), breves, carons
_NAME_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|[{_MARKS}'’ʹ-])*")
_INITIAL = re.compile(rf"{_LETTER}[{_MARKS}]?(?:{_LETTER}[{_MARKS}]?){{0,2}}")
# Marks that join the parts of one name word the tokenizer split (Igor’, al-Islam).
_JOINERS = frozenset({"'", "’", "ʹ", "-"})
# Tags a name word never has, however odd its spelling ("Later" of "Later Ivanov said").
_NOT_NAME_TAGS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT",
                            "ADV", "NUM", "SYM"})
# Fine tags of quantifiers that open a sentence capitalised ("Most Republicans declined",
# "All Senators voted"): a share of a group, never a name's first word.
_QUANTIFIER_TAGS = frozenset({"JJS", "PDT"})
# Most words in one name (given names, patronymic or initials, particles, surname, titles).
_MAX_RUN = 6


def speaking_names(
    doc: Doc, found: list[tuple[int, int, ActorKind, str | None]]
) -> list[tuple[int, int, ActorKind, str | None]]:
    """The subject of a speech verb, or the one "according to" names, that is a run of
    capitalised words is a person or an organisation, whatever the tagger made of it:
    unusual romanisations ("Mykhaïlo Ju. Ščerbyna") are often left untagged, cut at an
    initial or called a place."""
    verbs = speech_lemmas()
    view = view_of(doc)
    for i, part in enumerate(view.pos):
        if part not in ("VERB", "AUX"):
            continue
        token = view.tokens[i]
        if token.lemma_.lower() in verbs:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.lower_ == "according":  # "according to X": X speaks
            subjects = [c for to in token.children if to.lower_ == "to"
                        for c in to.children if c.dep_ == "pobj"]
        else:
            continue
        for subject in [*subjects, *(name for s in subjects for name in _set_off_names(s))]:
            run = _name_run(doc, subject)
            if run is None:
                continue
            kind = _run_kind(run)
            if kind is None:
                continue
            start, role = person_role(run) if kind == "person" else (run.start, None)
            while start < run.end and not doc[start].text[:1].isalpha():
                start += 1  # the full stop of a title cut off ("Col." of "Col. X")
            name = doc[start : run.end]
            if not len(name):
                continue
            begin, end = name.start_char, name.end_char
            same = [k for s, e, k, _ in found if s == begin and e == end]
            overlapping = [k for s, e, k, _ in found if s < end and begin < e]
            # "A restive House Liberty Caucus is urging": a body's whole name beats
            # the tagger's shorter organisation inside it ("House")
            whole_body = kind == "organisation" and all(
                begin <= s and e <= end and e - s < end - begin
                for s, e, _, _ in found if s < end and begin < e)
            if "person" in same or ("organisation" in overlapping and not whole_body
                                    and not _person_evidence(name)):
                continue  # the tagger's organisation stands unless the name says person
            kept_role = next((r for s, e, _, r in found if s < end and begin < e and r), None)
            found = [item for item in found if not (item[0] < end and begin < item[1])]
            found.append((begin, end, kind, role or kept_role))
    return found


def _set_off_names(subject: Token) -> list[Token]:
    """The proper nouns set off in apposition after a speaking subject, its conjuncts' or
    its complement's: "the harbor master, Ana Ruiz, said", "the engineer, X, and the
    harbor master, Ana Ruiz, said", "the senator from Ohio, Ana Ruiz, said" each name
    whoever the noun before them is (``_name_run`` then asks that they look like a name)."""
    found: list[Token] = []
    heads = [subject]
    for head in heads:
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i and (
                    _set_off_name(child)):
                found.append(child)
            if child.dep_ in ("appos", "conj") and child.i > head.i and len(heads) < _MAX_SET_OFF:
                heads.append(child)  # the next conjunct, or the name its own conjunct hangs on
            if child.dep_ == "prep":
                found.extend(c for body in child.children for c in body.children
                             if c.pos_ == "PROPN" and office_of_complement(c) == head
                             and _set_off_name(c))
    return found


def _set_off_name(name: Token) -> bool:
    """Set off by a comma, as a name in apposition is, and not read as a place or people:
    a party and state in brackets after a name ("(D-Md.)") is none, and "the mayor of the
    capital, Port Louis" names where, not who (the tagger's reading of a person's name as
    a work of art or nothing at all is the misreading this scan is for)."""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text == "," and (
        name.ent_type_ not in _PLACE_OR_PEOPLE_LABELS)


def _is_name_word(token: Token) -> bool:
    """A capitalised word of a name; a month or weekday the tagger read as a date is none
    ("Last April Kolb said", "In March Oyelaran said": the date opens the sentence), nor is
    a quantifier ("Most Republicans declined")."""
    return bool(_NAME_WORD.fullmatch(token.text)) and token.text[:1].isupper() and \
        token.pos_ not in _NOT_NAME_TAGS and token.tag_ not in _QUANTIFIER_TAGS and \
        token.ent_type_ not in DATE_ENTITIES


def _is_initial_stop(doc: Doc, index: int) -> bool:
    """A full stop closing an initial ("Ju" "." of "Mykhailo Ju. Shcherbyna")."""
    return doc[index].text == "." and index > 0 and \
        bool(_INITIAL.fullmatch(doc[index - 1].text)) and doc[index - 1].text[:1].isupper()


def _name_run(doc: Doc, subject: Token) -> Span | None:
    """The capitalised words ending at ``subject`` (the head of the subject phrase), with
    the initials and particles between them; None when that is no multi-word name."""
    if not _is_name_word(subject) and not subject.text[:1].isupper() or subject.pos_ == "PRON":
        return None  # "... told the broadcaster OTV. He said": a pronoun ends no name
    end = subject.i + 1
    start = subject.i
    words = 1
    index = subject.i - 1
    while index >= 0 and end - index <= _MAX_RUN + 2:
        token = doc[index]
        if _is_initial_stop(doc, index):
            index -= 1
            continue
        if token.text in _JOINERS and index > 0 and not doc[index - 1].whitespace_ \
                and (token.text != "-" or not token.whitespace_):
            index -= 1  # "Igor" "’" or "al" "-" "Islam": one word
            continue
        if token.text.endswith(".") and _INITIAL.fullmatch(token.text[:-1] or "-") and token.text[:1].isupper():
            start, words, index = index, words + 1, index - 1  # "Yu." as one token
            continue
        if _is_name_word(token) or (token.lower_ in PARTICLES and start - index == 1 and words):
            start, words, index = index, words + 1, index - 1
            continue
        break
    while doc[start].lower_ in PARTICLES:
        start += 1
    if start > 0 and doc[start - 1].pos_ == "ADP":
        # "Secretary of Defense Ana Ruiz": the title's complement is no part of the name
        start = next((t.i for t in doc[start + 1 : end - 1] if is_given_name(t.text)), start)
    span = doc[start:end]
    if sum(1 for t in span if t.text[:1].isupper()) < 2 or words > _MAX_RUN:
        return None
    # "the Vermont Republican", "The Prime Minister of Norway": a description, not a name;
    # but "The Norsk Timber Group": a body's name, ending in a body's head word, takes "the"
    if (any(child.dep_ == "det" for child in subject.children) or (
            start > 0 and doc[start - 1].pos_ == "DET")) and not is_organisation_name(span):
        return None
    if title_length([t.text for t in span]) == len(span):
        return None
    return span


def _person_evidence(span: Span) -> bool:
    """A known given name or an initial first: "Galina X" and "S. X" are people."""
    first = span[0].text
    return is_given_name(first) or bool(_INITIAL.fullmatch(first.rstrip("."))) and (
        first.endswith(".") or (len(span) > 1 and span[1].text == "."))


def _run_kind(span: Span) -> ActorKind | None:
    text = span.text
    if resolve_institution(text) or fold(text) in organisation_names() or is_organisation_name(span):
        return "organisation"
    if resolve_place(text) and is_firm_place(text):
        return None  # "New Delhi said": the tagger's place stands
    return "person"
