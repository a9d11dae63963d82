"""Page-unique HTML ids for records, and the extra spans the analysis sections point at.

Statements are always marked in their article (``st-N``). A section that points at other
words (a condition, a contested term, an event's sentence) asks for an evidence anchor:
words that are exactly a statement reuse the statement's anchor, others get an ``ev-N``
mark added to the article. Anchors are handed out while the sections' views are built,
before any article is rendered, so only the spans something links to cost markup.
"""

from __future__ import annotations

from crosswire.briefing.marks import Span
from crosswire.models import TITLE, Briefing, Statement


class Anchors:
    """Page-unique HTML ids from record ids (which may hold any character)."""

    def __init__(self, briefing: Briefing) -> None:
        # Keyed by object, not record id: two statements sharing an id still get two anchors.
        self._statement = {id(s): n for n, s in enumerate(briefing.statements)}
        self._statement_by_id: dict[str, int] = {}
        self._statement_at: dict[tuple[str, int, int], int] = {}
        for n, statement in enumerate(briefing.statements):
            self._statement_by_id.setdefault(statement.id, n)
            self._statement_at.setdefault((statement.span.article, statement.span.start, statement.span.end), n)
        self._article = {a.id: n for n, a in enumerate(briefing.articles)}
        self._text_length = {a.id: len(a.text) for a in briefing.articles}
        self._title_length = {a.id: len(a.title or "") for a in briefing.articles}
        self._actor = {a.id: n for n, a in enumerate(briefing.actors)}
        self._claim = {c.id: n for n, c in enumerate(briefing.claims)}
        self._evidence: dict[tuple[str, int, int, str | None], str] = {}
        self._spans: dict[tuple[str, str | None], list[Span]] = {}

    def statement(self, statement: Statement) -> str:
        return f"st-{self._statement[id(statement)]}"

    def statement_id(self, statement_id: str) -> str | None:
        """The anchor of the (first) statement with this record id, if there is one."""
        n = self._statement_by_id.get(statement_id)
        return None if n is None else f"st-{n}"

    def entry(self, statement: Statement) -> str:
        """The statement's entry in the by-actor list."""
        return f"ref-{self._statement[id(statement)]}"

    def article(self, article_id: str) -> str:
        return f"art-{self._article.get(article_id, 'unknown')}"

    def actor(self, actor_id: str | None) -> str:
        return f"actor-{self._actor[actor_id]}" if actor_id in self._actor else "actor-none"

    def claim(self, claim_id: str) -> str:
        return f"claim-{self._claim.get(claim_id, 'unknown')}"

    def evidence(self, article_id: str | None, start: int, end: int, *, css: str = "ev",
                 title: str = "", part: str | None = None) -> str | None:
        """An anchor on ``article.text[start:end]`` (``article.title[start:end]`` with
        ``part`` "title"); None when the span is not in a known text."""
        if article_id is None or article_id not in self._article:
            return None
        length = self._title_length if part == TITLE else self._text_length
        if not 0 <= start < end <= length[article_id]:
            return None
        statement = self._statement_at.get((article_id, start, end)) if part is None else None
        if statement is not None:
            return f"st-{statement}"
        key = self._evidence.get((article_id, start, end, part))
        if key is None:
            key = f"ev-{len(self._evidence)}"
            self._evidence[(article_id, start, end, part)] = key
            self._spans.setdefault((article_id, part), []).append(
                Span(start, end, "evidence", key, css=f"ev {css}", title=title))
        return key

    def evidence_spans(self, article_id: str, *, part: str | None = None) -> list[Span]:
        return self._spans.get((article_id, part), [])
