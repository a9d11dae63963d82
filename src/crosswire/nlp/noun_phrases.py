"""Noun phrases of one parsed article: what framing compares when outlets describe one
thing with different words ("rebel" / "separatist fighters")."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from crosswire.models import NounPhrase, TextSpan
from crosswire.nlp.doc_view import view_of

# Tokens a description starts after: determiners, possessors, numbers, prepositions.
DETERMINING = frozenset({"det", "poss", "nummod", "predet", "case", "punct", "prep"})
# Quoted passages longer than a scare quote are someone's words, not the outlet's. A
# quotation left open at the end of its paragraph runs to that end: news style opens each
# paragraph of a long quotation and closes only the last, and a text cut short (an excerpt,
# a teaser) may end inside one.
QUOTATION = re.compile(r"[\"“][^\"“”\n]*(?:[\"”]|(?=\n)|\Z)")
SCARE_QUOTE_MAX_WORDS = 3
# A modifier word, hyphenated ones whole ("Republican-led").
MODIFIER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def quotations(text: str, *, min_words: int = 0) -> list[tuple[int, int]]:
    """Spans of the text's quotations (``QUOTATION``) of at least ``min_words`` words, in
    text order, never overlapping."""
    return [(m.start(), m.end()) for m in QUOTATION.finditer(text)
            if len(m.group().split()) >= min_words]


def long_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations too long to be scare quotes."""
    return quotations(text, min_words=SCARE_QUOTE_MAX_WORDS + 1)


def find_noun_phrases(doc: Doc, *, article: str, offset: int = 0) -> list[NounPhrase]:
    """Noun phrases headed by a noun, with a modifier before the head, outside long
    quotations; offsets are ``offset`` plus their place in ``doc``."""
    view = view_of(doc)
    text, tokens, deps = view.text, view.tokens, view.deps
    quoted = long_quotations(text)  # in text order, never overlapping
    quote_starts = [start for start, _ in quoted]
    found = []
    for chunk in doc.noun_chunks:
        last_quote = bisect.bisect_right(quote_starts, chunk.start_char) - 1
        if last_quote >= 0 and chunk.start_char < quoted[last_quote][1]:
            continue
        head = chunk.root
        if head.pos_ not in {"NOUN", "PROPN"}:
            continue
        # a parenthesis before the head is its possessor's ("Lee's (D-Ore.) new bill"):
        # the description starts after it
        closed = max((i + 1 for i in range(chunk.start, head.i) if tokens[i].text == ")"),
                     default=chunk.start)
        first = next((i for i in range(closed, chunk.end)
                      if deps[i] not in DETERMINING and not tokens[i].is_punct), None)
        if first is None or first > head.i:
            continue
        start, end = tokens[first].idx, chunk.end_char
        found.append(NounPhrase(
            span=TextSpan(text[start:end], offset + start, offset + end, article),
            head=head.lemma_.lower(), modifiers=MODIFIER_WORD.findall(text[start:head.idx])))
    return found
