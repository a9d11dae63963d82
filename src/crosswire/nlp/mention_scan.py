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

from crosswire.knowledge.names import given_compatible, is_honorific, title_length
from crosswire.knowledge.places import fold, resolve_institution, resolve_place
from crosswire.knowledge.transliterate import words_match
from crosswire.data import read_jsonl
from crosswire.models import ActorKind
from crosswire.nlp.mention_kinds import matches_surname

# Most words of a person's name after a title ("Mary Beth Smith").
_MAX_NAME_TOKENS = 3
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
) -> list[tuple[int, int, ActorKind, str | None]]:
    """(start, end, kind, role) of names outside the tagger's entities."""
    covered = set()
    for start, end in taken:
        covered.update(range(start, end))
    found: list[tuple[int, int, ActorKind, str | None]] = []
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
        size, title = _titled_name_at(doc, index, covered)
        if size:
            span = doc[index : index + size]
            found.append((span.start_char, span.end_char, "person", title))
            covered.update(range(span.start_char, span.end_char))
            index += size
            continue
        if token.is_alpha and matches_surname(token.text, surnames):
            start = doc[index - 1].idx if _given_before(doc, index, surnames, covered) else token.idx
            found.append((start, token.idx + len(token.text), "person", None))
        index += 1
    return found


def _titled_name_at(doc: Doc, index: int, covered: set[int]) -> tuple[int, str | None]:
    """(length, title) of a name the tagger missed right after a title ("House Majority
    Leader Steny Hoyer", often behind a no-break space); (0, None) where there is none."""
    before = [t for t in doc[max(0, index - 4) : index] if not t.is_space]
    if not before or before[-1].idx in covered:
        return 0, None
    titled = [n for n in range(1, len(before) + 1)
              if title_length([t.text for t in before[-n:]]) == n]
    if not titled:
        return 0, None
    size = 0
    while size < _MAX_NAME_TOKENS and index + size < len(doc):
        token = doc[index + size]
        if token.idx in covered or not (token.is_alpha and token.is_title and token.pos_ == "PROPN"):
            break
        size += 1
    name = doc[index : index + size].text if size else ""
    if not size or resolve_place(name) or resolve_institution(name) or is_honorific(name):
        return 0, None
    start = len(before) - max(titled)
    while start > 0 and before[start - 1].is_title and before[start - 1].is_alpha:
        start -= 1  # the office's own words: "House Majority" Leader
    return size, " ".join(t.text for t in before[start:])


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
