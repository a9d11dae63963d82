"""The summary as brief.html shows it: each sentence with its citations as page links."""

from __future__ import annotations

from dataclasses import dataclass, field

from crosswire.briefing.anchors import Anchors
from crosswire.briefing.summary import SummarySentence
from crosswire.briefing.views import Link


@dataclass(frozen=True)
class CiteGroup:
    """An outlet a sentence cites: its name lights up all its spans; when there are several,
    ``numbered`` has one link per span, as the positions matrix numbers its sources."""

    link: Link
    numbered: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class SentenceView:
    text: str
    kind: str
    citations: list[CiteGroup]


def summary_view(sentences: list[SummarySentence], anchors: Anchors) -> list[SentenceView]:
    """Each sentence with its citations grouped by outlet, so no outlet is named twice."""
    shown = []
    for sentence in sentences:
        keys: dict[str, list[str]] = {}
        for citation in sentence.citations:
            if citation.start is None or citation.end is None:
                key = anchors.article(citation.article)
            else:
                key = anchors.evidence(citation.article, citation.start, citation.end, part=citation.part)
            if key and key not in keys.setdefault(citation.outlet, []):
                keys[citation.outlet].append(key)
        groups = []
        for outlet, targets in keys.items():
            if not targets:
                continue
            numbered = [Link(str(n), (key,), f"{outlet}, source {n}")
                        for n, key in enumerate(targets, start=1)] if len(targets) > 1 else []
            groups.append(CiteGroup(Link(outlet, tuple(targets), "show the source"), numbered))
        shown.append(SentenceView(sentence.text, sentence.kind, groups))
    return shown
