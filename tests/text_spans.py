"""Spans for hand-made records: the words where they occur in a text."""

from __future__ import annotations

from crosswire.models import TextSpan


def words_in(text: str, words: str, article: str | None, *, after: int = 0) -> TextSpan:
    """The first occurrence of ``words`` in ``text`` at or after ``after``."""
    start = text.index(words, after)
    return TextSpan(words, start, start + len(words), article)


def found_in(text: str, words: str | None, article: str | None) -> TextSpan | None:
    """``words`` where they first occur in ``text``; None when they do not occur."""
    if not words or words not in text:
        return None
    return words_in(text, words, article)
