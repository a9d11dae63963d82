"""The archive: many stories in one SQLite file, deduplicated, grouped and searchable."""

from __future__ import annotations

from crosswire.archive.query import briefing_for_story

__all__ = ["briefing_for_story"]
