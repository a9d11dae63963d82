"""Text shown in an evaluation report: one line, clipped to a width."""

from __future__ import annotations


def clipped(text: str, width: int) -> str:
    """``text`` on one line (runs of whitespace made one space), cut to ``width``
    characters with an ellipsis where it is longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
