"""Quotation-mark spans in raw text, robust to odd marks and multi-paragraph quotes.

A span runs from its opening mark to just after its closing mark. A quote left open at
the end of a paragraph continues when the next paragraph opens with a quote mark (the
newspaper convention), or runs on to the next double mark when that mark closes it within
``MAX_RUN_ON_CHARS`` (a text laid out one sentence a line); otherwise the stray mark is
ignored, so an odd number of marks never breaks a document. A quote still open where an
excerpt is cut off ("...") runs to the cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the closing marks that end it.
DOUBLE_PAIRS: dict[str, str] = {
    "\u201c": "\u201d\u201c\"",  # “ ” (and “ “ or “ " typed by mistake)
    "\u201e": "\u201c\u201d",  # „ “ (German) or „ ”
    "\u00ab": "\u00bb",  # « »
    '"': '"',
    "''": "''",  # two apostrophes, a typewriter convention of some archives
}
SINGLE_PAIRS: dict[str, str] = {"\u2018": "\u2019"}  # ‘ ’; ’ is also the apostrophe
ANY_MARK = re.compile(r"''|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]")
OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-/:")
# Marks that can only open a quotation (the straight mark may do either).
TYPOGRAPHIC_OPENERS = "\u201c\u201e\u00ab"
DOUBLE_MARK = re.compile(r"''|[\"\u201c\u201d\u201e\u00ab\u00bb]")
# How far past a paragraph break an unclosed quotation may run to a closing mark of its
# own: about six sentences of a text written one sentence a line.
MAX_RUN_ON_CHARS = 900
# How far back a mark's context is read: past a tokeniser's spaces to the word before it.
LOOK_BACK_CHARS = 32
TERMINAL_PUNCTUATION = ".,!?;:\u2026-\u2013\u2014"
# How an excerpt shows it was cut: a quotation open at such an end ran on past it.
CUT_MARKS = ("...", "\u2026")


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Top-level quotations of ``text`` in order; inner quotes belong to their outer one."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    reopened_at = 0  # the last opening mark of the quote, for multi-paragraph quotes
    closers = ""
    resume_at = 0  # marks before this belong to a quotation already taken
    for match in ANY_MARK.finditer(text):
        mark, position = match.group(), match.start()
        if position < resume_at:
            continue
        if open_at is not None:
            newline = text.find("\n", reopened_at, position)
            if newline != -1:
                # A paragraph break inside a quote: it goes on if the next paragraph
                # starts with this opening mark, or if the next double mark closes it
                # (a text laid out one sentence a line); otherwise the opening was stray.
                if _continues_quote(text, newline, position, mark):
                    reopened_at = position
                    continue
                closing = _closer_after_break(text, newline, closers)
                if closing is not None:
                    spans.append(QuoteSpan(open_at, closing))
                    open_at, resume_at = None, closing
                    continue
                open_at = None
        if open_at is None:
            if mark in DOUBLE_PAIRS and _looks_opening(text, position, mark):
                open_at, reopened_at, closers = position, position, DOUBLE_PAIRS[mark]
            elif mark in SINGLE_PAIRS and _looks_opening(text, position, mark):
                open_at, reopened_at, closers = position, position, SINGLE_PAIRS[mark]
            continue
        if mark in closers:
            if closers == SINGLE_PAIRS["\u2018"] and _is_apostrophe(text, position):
                continue
            spans.append(QuoteSpan(open_at, position + len(mark)))
            open_at = None
    if open_at is not None and closers != SINGLE_PAIRS["\u2018"] and _cut_off(text, reopened_at):
        spans.append(QuoteSpan(open_at, len(text.rstrip())))
    return spans


def _cut_off(text: str, opened: int) -> bool:
    """The text stops inside the quotation: its last paragraph, ended by an ellipsis
    (an excerpt or a feed's first paragraphs)."""
    rest = text[opened:].rstrip()
    return "\n" not in rest and rest.endswith(CUT_MARKS)


def _continues_quote(text: str, newline: int, position: int, mark: str) -> bool:
    """Does ``mark`` open the paragraph right after the break at ``newline``?"""
    return not text[newline:position].strip() and mark in "\"\u201c\u201e\u00ab\u2018''"


def _closer_after_break(text: str, newline: int, closers: str) -> int | None:
    """Where a quotation left open at the paragraph break at ``newline`` ends, when the
    next double mark after it, within ``MAX_RUN_ON_CHARS``, is one of its ``closers`` and
    is written as a closing mark (after the quoted words, before a space, a stop or the
    end; not at the start of a line or after a colon, where it opens): '"I am glad.\nWe
    won," she said' in a text laid out one sentence a line."""
    found = DOUBLE_MARK.search(text, newline, newline + MAX_RUN_ON_CHARS)
    if found is None or found.group() not in closers:
        return None
    position, end = found.start(), found.end()
    looked_back = _text_before(text, position)
    words_before = looked_back.rstrip()
    if not words_before or "\n" in looked_back[len(words_before) :]:
        return None  # the mark opens its line: it opens a quotation of its own
    before = words_before[-1]
    if before == ":":
        return None  # 'the chair said: "...': it opens the quotation the colon announces
    after = text[end : end + 1]
    # after the quoted words, their stop, or an inner quotation's closing mark
    ends_words = before.isalnum() or before in TERMINAL_PUNCTUATION or before in "'\u2019"
    if ends_words and (not after or after.isspace() or after in TERMINAL_PUNCTUATION):
        return end
    return None


def _text_before(text: str, position: int) -> str:
    """The few characters before ``position``: enough to read the last one past the spaces
    a tokeniser's output puts before a mark, without copying the text up to it."""
    return text[max(0, position - LOOK_BACK_CHARS) : position]


def _looks_opening(text: str, position: int, mark: str) -> bool:
    before = text[position - 1] if position > 0 else " "
    after_index = position + len(mark)
    after = text[after_index] if after_index < len(text) else " "
    if after.isspace():
        # '“ Glad to be here': a typographic opening mark that starts a paragraph opens
        # it even where a tokeniser's output put a space after it
        return after != "\n" and mark in TYPOGRAPHIC_OPENERS and (
            position == 0 or text[position - 1] == "\n")
    if mark in TYPOGRAPHIC_OPENERS:
        return True
    return before in OPENING_CONTEXT or before in "\u201c\""


def _is_apostrophe(text: str, position: int) -> bool:
    """’ between letters (don’t) is an apostrophe, not a closing single quote."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isalnum() and after.isalpha()


def quote_span_at(spans: list[QuoteSpan], position: int) -> QuoteSpan | None:
    """The quote containing ``position`` (spans are sorted and disjoint)."""
    low, high = 0, len(spans)
    while low < high:
        middle = (low + high) // 2
        if spans[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    if low < len(spans) and spans[low].contains(position):
        return spans[low]
    return None
