"""brief.html: one self-contained page (inline CSS and JS, no requests) to read a briefing.

The page is a list of sections, each a Jinja partial in ``templates/``. A later section
(claims, positions, framing, timeline, summary) is one more ``Section`` entry, one more
partial, and whatever it needs added to the render context; the layout does not change.
Every article text is rendered once; statements elsewhere link to their span in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from crosswire.briefing.build import BriefingView, date_label, removed_summary
from crosswire.briefing.marks import Piece, Span, split_marked
from crosswire.models import Article, Briefing, Statement

# Article bodies start expanded up to this many articles; beyond, a page of collapsed
# bodies is easier to scan and a click on a statement still opens its article.
ARTICLES_OPEN_MAX = 20


@dataclass(frozen=True)
class Section:
    """A top-level section of the page: anchor id, heading, partial template."""

    id: str
    title: str
    template: str


SECTIONS = (
    Section("statements", "Statements by actor", "_statements_by_actor.html.j2"),
    Section("articles", "Articles", "_articles.html.j2"),
    Section("actors", "Actors", "_actors.html.j2"),
)
ERRORS_SECTION = Section("errors", "Inputs not read", "_errors.html.j2")


def render_html(briefing: Briefing) -> str:
    view = BriefingView.of(briefing)
    anchors = _Anchors(briefing)
    sections = SECTIONS + ((ERRORS_SECTION,) if briefing.errors else ())
    template = _environment().get_template("brief.html.j2")
    return template.render(
        view=view,
        briefing=briefing,
        sections=sections,
        anchors=anchors,
        articles_open=len(briefing.articles) <= ARTICLES_OPEN_MAX,
        pieces=lambda article: _pieces(view, anchors, article),
    )


def write_html(briefing: Briefing, *, path: Path) -> Path:
    path.write_text(render_html(briefing), "utf-8")
    return path


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("crosswire.briefing", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.globals.update(date_label=date_label, removed_summary=removed_summary)
    return env


class _Anchors:
    """Page-unique HTML ids from record ids (which may hold any character)."""

    def __init__(self, briefing: Briefing) -> None:
        # Keyed by object, not record id: two statements sharing an id still get two anchors.
        self._statement = {id(s): n for n, s in enumerate(briefing.statements)}
        self._article = {a.id: n for n, a in enumerate(briefing.articles)}
        self._actor = {a.id: n for n, a in enumerate(briefing.actors)}

    def statement(self, statement: Statement) -> str:
        return f"st-{self._statement[id(statement)]}"

    def entry(self, statement: Statement) -> str:
        """The statement's entry in the by-actor list."""
        return f"ref-{self._statement[id(statement)]}"

    def article(self, article_id: str) -> str:
        return f"art-{self._article.get(article_id, 'unknown')}"

    def actor(self, actor_id: str | None) -> str:
        return f"actor-{self._actor[actor_id]}" if actor_id in self._actor else "actor-none"


def _pieces(view: BriefingView, anchors: _Anchors, article: Article) -> list[Piece]:
    spans: list[Span] = []
    # One speaker phrase or cue may serve several statements: mark it once. Statements
    # are always marked, even twice over the same words, so each has its own target.
    marked: set[tuple[str, int, int]] = set()

    def add(span: Span) -> None:
        if span.layer == "statement" or (span.layer, span.start, span.end) not in marked:
            marked.add((span.layer, span.start, span.end))
            spans.append(span)

    for statement in view.statements_by_article.get(article.id, []):
        key = anchors.statement(statement)
        speaker = view.speaker_name(statement)
        add(Span(statement.start, statement.end, "statement", key,
                 css=f"st {statement.kind}", title=f"{speaker} ({statement.kind})"))
        if statement.speaker_start is not None and statement.speaker_end is not None:
            add(Span(statement.speaker_start, statement.speaker_end, "speaker",
                     key.replace("st-", "sp-"), css="sp", title=f"speaker: {speaker}"))
        if statement.cue_start is not None and statement.cue_end is not None:
            add(Span(statement.cue_start, statement.cue_end, "cue",
                     key.replace("st-", "cue-"), css="cue", title="cue"))
    return split_marked(article.text, spans)
