"""Finding extracted text again in the HTML it came from.

A paragraph is first looked for verbatim (exact offsets). When entities, inline tags or
line breaks in the source break it up, it is looked for in a text view of the page (tags
dropped, entities decoded, spaces collapsed) that remembers where each piece of the view
came from; offsets found that way are approximate (``exact=False``).
"""

from __future__ import annotations

import bisect
import html as html_lib
import re

from crosswire.clean.visible import BLOCK_TAGS

_TOKEN = re.compile(
    r"(?P<skip><!--.*?-->|<(?P<raw>script|style)\b.*?</(?P=raw)\s*>)"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>)"
    r"|(?P<entity>&#?\w+;)"
    r"|(?P<text>[^<&]+|[<&])",
    re.DOTALL | re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^[-*•]\s+")
# When a paragraph is not found whole, look for shorter and shorter openings of it.
PREFIX_LENGTHS = (60, 30)


def _undecorated(text: str) -> str:
    """Text without the list bullets and table pipes an extractor writes around it."""
    if text.startswith("|") and text.endswith("|"):
        return " ".join(cell.strip() for cell in text.strip("|").split("|") if cell.strip())
    return _BULLET.sub("", text)


class SourceLocator:
    """Finds texts in the HTML source in reading order (a cursor moves forward)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self._view: str | None = None
        self._view_starts: list[int] = []
        self._source_starts: list[int] = []
        self._view_cursor = 0

    def find(self, text: str) -> tuple[int, int, bool]:
        """(start, source length, exact) of ``text`` in the source, best effort.

        Not found at all: the current cursor and a length of zero.
        """
        start = self._search_source(text)
        if start >= 0:
            self.cursor = start + len(text)
            return start, len(text), True
        needle = _undecorated(_SPACES.sub(" ", text).strip())
        for candidate in (needle, *(needle[:n] for n in PREFIX_LENGTHS if len(needle) > n)):
            view_start = self._search_view(candidate)
            if view_start >= 0:
                view_end = view_start + len(needle)
                self._view_cursor = view_start + len(candidate)
                source_start = self._to_source(view_start)
                source_end = max(source_start, self._to_source(min(view_end, len(self._view or ""))))
                self.cursor = source_end
                return source_start, source_end - source_start, False
        return self.cursor, 0, False

    def rewind(self) -> None:
        self.cursor = 0
        self._view_cursor = 0

    def _search_source(self, needle: str) -> int:
        start = self.source.find(needle, self.cursor)
        return start if start >= 0 else self.source.find(needle)

    def _search_view(self, needle: str) -> int:
        view = self._text_view()
        start = view.find(needle, self._view_cursor)
        return start if start >= 0 else view.find(needle)

    def _to_source(self, view_offset: int) -> int:
        piece = max(0, bisect.bisect_right(self._view_starts, view_offset) - 1)
        if not self._view_starts:
            return 0
        return self._source_starts[piece] + (view_offset - self._view_starts[piece])

    def _text_view(self) -> str:
        """The page as text, built once: each piece remembers its source offset."""
        if self._view is not None:
            return self._view
        parts: list[str] = []
        length = 0
        for match in _TOKEN.finditer(self.source):
            kind = match.lastgroup
            if kind == "skip":
                continue
            if kind == "tag":
                piece = " " if match.group("name").lower() in BLOCK_TAGS else ""
            elif kind == "entity":
                piece = html_lib.unescape(match.group())
            else:
                piece = _SPACES.sub(" ", match.group())
            if piece.startswith(" ") and (not parts or parts[-1].endswith(" ")):
                piece = piece[1:]
            if not piece:
                continue
            self._view_starts.append(length)
            self._source_starts.append(match.start())
            parts.append(piece)
            length += len(piece)
        self._view = "".join(parts)
        return self._view
