"""Cleaning: article body from scraped text or HTML, removed pieces kept with reasons."""

from __future__ import annotations

from crosswire.clean.text import clean_text
from crosswire.models import Cleaned, Document

__all__ = ["clean"]


def clean(document: Document) -> Cleaned:
    """The article body of a document, what was removed and why, and offsets back to it."""
    if document.format == "html":
        from crosswire.clean.html import clean_html

        return clean_html(document.content, known_title=document.title, url=document.url)
    return clean_text(document.content, known_title=document.title)
