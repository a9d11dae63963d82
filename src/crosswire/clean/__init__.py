"""Cleaning: article body from scraped text or HTML, removed pieces kept with reasons."""

from __future__ import annotations

from dataclasses import replace

from crosswire.clean.text import clean_text
from crosswire.models import Cleaned, Document

__all__ = ["NO_BREAK_SPACE", "clean"]


# A no-break space between words ("Senator\u00a0Jane Roe") is a token of its own to the
# parser: it splits the name from its title and breaks the parse around it. Read as a
# plain space it keeps every offset (one character for one).
NO_BREAK_SPACE = "\u00a0"


def clean(document: Document) -> Cleaned:
    """The article body of a document, what was removed and why, and offsets back to it."""
    if document.format == "html":
        from crosswire.clean.html import clean_html

        cleaned = clean_html(document.content, known_title=document.title, url=document.url)
    else:
        cleaned = clean_text(document.content, known_title=document.title)
    if NO_BREAK_SPACE not in cleaned.text:
        return cleaned
    return replace(cleaned, text=cleaned.text.replace(NO_BREAK_SPACE, " "))
