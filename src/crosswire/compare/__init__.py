"""Cross-article analysis: PLOVER events, claims, positions, framing and timeline."""

from __future__ import annotations

from crosswire.models import Briefing


def compare(briefing: Briefing) -> Briefing:
    """The briefing with its events, claims, issues, positions, framing and timeline filled."""
    return briefing
