"""An attribution candidate, and the character ranges it is built from.

Every finder (``clauses``, ``nominal_cues``, ``phrases``, ``quote_attribution``) returns
``Candidate``s; their content ranges are trimmed of clause punctuation and kept inside the
cue's paragraph here, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crosswire.knowledge.places import dateline_length
from crosswire.nlp.cues import CueType

TRIM_CHARACTERS = " \t\n\u00a0,;:.\u2014\u2013-"
# How far into a paragraph a dateline may reach ("KYIV, Ukraine, March 5 (Reuters) - ").
DATELINE_CHARS = 120


@dataclass
class Candidate:
    start: int
    end: int
    cue_start: int
    cue_end: int
    cue_type: CueType
    cue_token: Token | None
    speaker_head: Token | None
    speaker_span: Span | None = None
    origin: str = "clause"
    via_hint: str | None = None
    governor: Token | None = None  # for "according to": the word the phrase modifies


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and clause punctuation, keeping a closing quote mark."""
    while start < end and text[start] in TRIM_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARACTERS:
        end -= 1
    return start, end


def within_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """A clause never leaves the cue's paragraph (quotations extend it later), nor takes
    in the dateline that opens it ("TOWN, March 14 (Wire) - Residents must ...")."""
    paragraph_start = text.rfind("\n", 0, anchor) + 1
    dateline = dateline_length(text[paragraph_start : paragraph_start + DATELINE_CHARS])
    if paragraph_start + dateline <= anchor:
        paragraph_start += dateline
    paragraph_end = text.find("\n", anchor)
    if paragraph_end == -1:
        paragraph_end = len(text)
    return max(start, paragraph_start), min(end, paragraph_end)


def char_range(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last)
