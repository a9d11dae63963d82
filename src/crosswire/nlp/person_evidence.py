"""Whether a name is a person's, read from the text around it, whatever the tagger labelled it.

The evidence: the surname of a person the article names in full, a given name first, a title
before the name, a noun only people have after it ("X administration"), an age apposition
("X, 60,"), and - weaker - being the subject of a speech verb with he/she soon after.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosswire.knowledge.names import is_given_name, longest_title, title_length, title_length_before
from crosswire.knowledge.places import resolve_place
from crosswire.knowledge.text import LETTER_WORD, PERSON_PRONOUNS, straight_apostrophes
from crosswire.knowledge.transliterate import words_match
from crosswire.nlp.mention_kinds import is_organisation_name, person_context, speech_lemmas
from crosswire.nlp.mention_roles import is_role_noun

# He/she this many tokens after a name that is a speech verb's subject makes it a person's;
# a sentence and a half of news prose, so the pronoun usually takes up the same subject.
PRONOUN_WINDOW = 25
_AGE = re.compile(r"^\d{2,3}$")
_MIN_AGE, _MAX_AGE = 16, 110


def is_name_word(token: Token) -> bool:
    """A word a name is written with: letters, also joined by an apostrophe or a hyphen
    ("O'Neill" is one token, no less a surname than "Neill"), but not the "n't" the
    tokeniser splits off a verb."""
    return token.is_alpha or (LETTER_WORD.fullmatch(token.text) is not None
                              and not straight_apostrophes(token.lower_).endswith("n't"))


def matches_surname(word: str, surnames: dict[str, set[str]]) -> bool:
    """``word`` spells the surname of a person the article names in full."""
    return len(word) > 2 and any(words_match(word, surname, any_vowel=True) for surname in surnames)


def person_evidence(span: Span, *, surnames: dict[str, set[str]], label: str) -> bool:
    """The text says this name is a person's, whatever the tagger labelled it."""
    words = [t for t in span if is_name_word(t)]
    if not words:
        return False
    if len(words) <= 3 and matches_surname(words[-1].text, surnames):
        return True
    if _given_name_first(span, words[0].text, label=label):
        return True
    lead = title_length([t.text for t in words]) or int(is_role_noun(words[0].text))
    if 0 < lead and len(words) - lead in (2, 3) and all(t.is_title for t in words[lead:]) and (
            not is_organisation_name(span)):
        return True  # "Councillor Ines Ramos" tagged as a body: a title, then a name
    return _title_before(span) or _person_noun_after(span) or _age_after(span)


def _given_name_first(span: Span, first: str, *, label: str) -> bool:
    """The name starts with a given name. The name tables also hold words that are places
    ("Arizona", "West"), so against a place the tagger's PERSON label must agree."""
    if not is_given_name(first) or is_organisation_name(span):
        return False
    if label == "PERSON":
        return True
    if len(span) == 1 and label not in ("ORG", "FAC"):
        return False
    return resolve_place(span.text) is None and resolve_place(first) is None


def weak_person_evidence(span: Span) -> bool:
    """Subject of a speech verb, with he/she soon after ("X said he would ...")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ not in speech_lemmas():
        return False
    doc = span.doc
    window = doc[span.end : min(len(doc), span.end + PRONOUN_WINDOW)]
    return any(t.lower_ in PERSON_PRONOUNS for t in window)


def _title_before(span: Span) -> bool:
    doc, start = span.doc, span.start
    return bool(title_length_before([t.text for t in doc[max(0, start - longest_title()) : start]]))


def _person_noun_after(span: Span) -> bool:
    doc, end = span.doc, span.end
    return end < len(doc) and doc[end].lower_ in person_context()


def _age_after(span: Span) -> bool:
    """ "X, 60, ..." """
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return bool(_AGE.match(age)) and _MIN_AGE <= int(age) <= _MAX_AGE
