"""Article metadata: outlet, title, language and publication date, with evidence."""

from __future__ import annotations

import hashlib
from pathlib import Path

from crosswire.models import Article, Cleaned, DateEstimate, Document


def describe(document: Document, *, cleaned: Cleaned, date_hint: str | None = None) -> Article:
    """STUB (metadata helper replaces)."""
    digest = hashlib.sha1(cleaned.text.encode("utf-8")).hexdigest()[:12]
    return Article(
        id=document.id or Path(document.source_path).stem or digest,
        source_path=document.source_path,
        outlet=document.outlet,
        title=document.title or cleaned.title,
        published=DateEstimate(document.published, "day" if document.published else "unknown", "input metadata" if document.published else "", 1.0 if document.published else 0.0),
        language=document.language or "en",
        text=cleaned.text,
        removed=cleaned.removed,
        segments=cleaned.segments,
        url=document.url,
        input_id=document.id,
    )
