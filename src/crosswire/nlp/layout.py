"""Positions in one parsed article, precomputed once: token starts, sentences,
paragraph breaks, which tokens stand inside quotation marks.

(``Token.is_sent_start`` re-checks the whole document on every call, so sentence
boundaries are read here once.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.places import dateline_length, dateline_place_end
from crosswire.nlp.doc_view import kept_per_doc, tokens_of, view_of
from crosswire.nlp.quotes import QuoteSpan

# A dateline opens its paragraph within this many tokens ("KYIV, Ukraine, March 5 (AP) —").
DATELINE_TOKENS = 16
# A heading is a line this short that ends without one of these marks.
MAX_HEADING_CHARS = 60
MAX_HEADING_TOKENS = 15
HEADING_ENDS = ".!?:;,\"”’')]…"
_LINE_BREAK = re.compile("\n")


@dataclass(frozen=True)
class Layout:
    text: str
    tokens: list[Token]
    token_starts: list[int]
    breaks: list[int]
    sentences: list[Span]
    sentence_of: list[int]
    sentence_start: list[bool]
    sentence_end: list[bool]
    in_quote: list[bool]

    @classmethod
    def of(cls, doc: Doc, *, quotes: list[QuoteSpan]) -> Layout:
        view = view_of(doc)
        tokens, starts, text = view.tokens, view.starts, view.text
        sentences = list(doc.sents)
        sentence_of = [0] * len(doc)
        sentence_start = [False] * len(doc)
        sentence_end = [False] * len(doc)
        for number, sentence in enumerate(sentences):
            sentence_start[sentence.start] = True
            sentence_end[sentence.end - 1] = True
            sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        in_quote = [False] * len(doc)
        for quote in quotes:
            first, end = bisect.bisect_left(starts, quote.start), bisect.bisect_left(starts, quote.end)
            in_quote[first:end] = [True] * (end - first)
        breaks = [match.start() for match in _LINE_BREAK.finditer(text)]
        return cls(text, tokens, starts, breaks, sentences, sentence_of, sentence_start,
                   sentence_end, in_quote)

    def paragraph(self, position: int) -> int:
        return bisect.bisect_right(self.breaks, position)

    def first_token_at_or_after(self, position: int) -> int:
        return bisect.bisect_left(self.token_starts, position)


def in_dateline(token: Token) -> bool:
    """Is the token part of a dateline opening its paragraph ("NAIROBI (Reuters) —",
    "Nairobi:")? The parse often makes the town the sentence's subject."""
    return _within_dateline(token, dateline_length)


def in_dateline_place(token: Token) -> bool:
    """Is the token one of the place words of a dateline ("NAIROBI" or "Kyiv, Ukraine"
    before the date and credit)?"""
    return _within_dateline(token, dateline_place_end)


def _within_dateline(token: Token, length: Callable[[str], int]) -> bool:
    start = _line_start(token, within=DATELINE_TOKENS)
    if start is None:
        return False
    view = view_of(token.doc)
    tokens = view.tokens
    while start < token.i and tokens[start].is_space:
        start += 1

    def dateline_end() -> int:
        first, last = tokens[start], tokens[min(start + DATELINE_TOKENS, len(tokens)) - 1]
        opening = view.text[first.idx : last.idx + len(last)]  # Span.text, without the join
        return first.idx + length(opening)

    # where the line's dateline ends, read once per line: every mention on it asks
    return token.idx < kept_per_doc(token.doc, ("dateline end", length, start), dateline_end)


def is_heading(line: str) -> bool:
    """A headline or subheading: a short capitalised line that ends without a full stop
    or other closing mark. (A hard-wrapped paragraph's lines run longer.)"""
    line = line.strip()
    return bool(line) and len(line) <= MAX_HEADING_CHARS and line[0].isupper() and (
        line[-1] not in HEADING_ENDS)


def ends_heading(token: Token) -> bool:
    """Is the token the last of a heading line?"""
    if "\n" not in token.text_with_ws:
        return False
    start = _line_start(token, within=MAX_HEADING_TOKENS)
    return start is not None and is_heading(token.doc[start : token.i + 1].text)


def _line_start(token: Token, *, within: int) -> int | None:
    """The index of the first token on the token's line, or None when the line began more
    than ``within`` tokens before it."""
    view = view_of(token.doc)
    # The line begins after the token holding the last line break before this one (a
    # break is a whitespace token's text: a token's own trailing space never holds one).
    newline = view.text.rfind("\n", 0, token.idx)
    start = 0 if newline < 0 else bisect.bisect_right(view.starts, newline)
    return None if token.i - start > within else start


def paragraph_break(first: Token, second: Token) -> bool:
    """Does a heading end between two tokens of one parsed sentence (a subheading the
    parser glued onto the paragraph after it)?"""
    low, high = sorted((first.i, second.i))
    return any(ends_heading(token) for token in tokens_of(first.doc)[low:high])


def heading_starts(text: str) -> list[int]:
    """Where the article's headings (headline, subheadings) begin."""
    starts, position = [], 0
    for line in text.split("\n"):
        if is_heading(line):
            starts.append(position)
        position += len(line) + 1
    return starts
