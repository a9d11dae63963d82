"""Cut an article text into pieces so overlapping highlight spans render as nested marks.

Statement, speaker and cue spans may overlap in any way (a speaker inside a quote, two
statements sharing a sentence). HTML elements must nest, so the text is split at every
span boundary; each piece carries the spans that cover it, outermost first, and the
template wraps the piece in one ``<mark>`` per span. Only a span's first piece gets the
element id (the scroll target); every piece carries ``data-span`` so all of it can flash.
"""

from __future__ import annotations

from dataclasses import dataclass

# Nesting order inside a piece: statements outside, then evidence the analysis sections
# point at (conditions, terms, event sentences), then speakers, then cues.
LAYERS = ("statement", "evidence", "speaker", "cue")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    layer: str
    key: str  # the HTML id of the span, unique in the page
    css: str = ""
    title: str = ""


@dataclass(frozen=True)
class Opened:
    """One mark around a piece; ``first`` when the piece starts the span."""

    span: Span
    first: bool


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[Opened, ...]


def split_marked(text: str, spans: list[Span]) -> list[Piece]:
    """The text as consecutive pieces, each with the spans covering it (outermost first).

    Spans outside the text or empty are ignored, so a bad offset cannot break the page.
    Linear in len(spans) log len(spans) plus the number of pieces.
    """
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not valid:
        return [Piece(text, ())] if text else []
    rank = {layer: n for n, layer in enumerate(LAYERS)}
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in valid:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    boundaries = sorted({0, len(text), *starts, *ends})
    active: dict[str, Span] = {}
    started: set[str] = set()
    pieces: list[Piece] = []
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        for span in ends.get(left, ()):
            active.pop(span.key, None)
        for span in starts.get(left, ()):
            active[span.key] = span
        ordered = sorted(
            active.values(), key=lambda s: (rank.get(s.layer, len(rank)), s.start, -s.end)
        )
        marks = []
        for span in ordered:
            marks.append(Opened(span, span.key not in started))
            started.add(span.key)
        pieces.append(Piece(text[left:right], tuple(marks)))
    return pieces
