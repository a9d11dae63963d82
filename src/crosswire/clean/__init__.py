"""Cleaning: article body from scraped text or HTML, removed pieces kept with reasons."""

from __future__ import annotations

from crosswire.models import Cleaned, Document, Segment


def clean(document: Document) -> Cleaned:
    """STUB (cleaning helper replaces): keep everything."""
    text = document.content
    return Cleaned(text=text, removed=[], segments=[Segment(0, 0, len(text), len(text))])
