"""Mentions the tagger missed or mistyped, found from what the article itself names.

The small English model tags one spelling of a name as PERSON and the next as ORG, or
not at all ("Janukowytsch rejects talks"). A capitalised word that spells the surname of a
person the article names in full is that person; a known speaking institution ("the
Kremlin", "Downing Street") is an organisation wherever it stands.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from crosswire.knowledge.names import given_compatible
from crosswire.knowledge.places import fold
from crosswire.knowledge.transliterate import words_match
from crosswire.data import read_jsonl
from crosswire.models import ActorKind
from crosswire.nlp.mention_kinds import matches_surname

# Longest institution name, in tokens, to look for ("No. 10 Downing Street").
_MAX_INSTITUTION_TOKENS = 4


def _given_before(doc: Doc, index: int, surnames: dict[str, set[str]], covered: set[int]) -> bool:
    """The word before a found surname is that person's given name ("Viktor" Yanukovych)."""
    if index == 0:
        return False
    before, surname = doc[index - 1], doc[index].text
    if before.idx in covered or not before.is_title or not before.is_alpha:
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
) -> list[tuple[int, int, ActorKind, None]]:
    """(start, end, kind, role) of names outside the tagger's entities."""
    covered = set()
    for start, end in taken:
        covered.update(range(start, end))
    found: list[tuple[int, int, ActorKind, None]] = []
    index = 0
    while index < len(doc):
        token = doc[index]
        if token.idx in covered or not token.text[:1].isupper():
            index += 1
            continue
        size = _institution_at(doc, index, covered)
        if size:
            span = doc[index : index + size]
            found.append((span.start_char, span.end_char, "organisation", None))
            covered.update(range(span.start_char, span.end_char))
            index += size
            continue
        if token.is_alpha and matches_surname(token.text, surnames):
            start = doc[index - 1].idx if _given_before(doc, index, surnames, covered) else token.idx
            found.append((start, token.idx + len(token.text), "person", None))
        index += 1
    return found


def _institution_at(doc: Doc, index: int, covered: set[int]) -> int:
    names = _institution_names()
    for size in range(_MAX_INSTITUTION_TOKENS, 0, -1):
        if index + size > len(doc):
            continue
        span = doc[index : index + size]
        if any(t.idx in covered for t in span):
            continue
        if fold(span.text) in names:
            return size
    return 0
