"""brief.html: one self-contained page (inline CSS and JS, no requests) to read a briefing.

The page is a list of sections, each a Jinja partial in ``templates/``: a section is one
more ``Section`` entry, one more partial, and whatever it needs added to the render
context; the layout does not change. Every article text is rendered once; every item
elsewhere links to its span in it. The analysis sections' views are built before the
page renders, so the articles carry marks for exactly the spans that are linked to.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from crosswire.briefing.anchors import Anchors
from crosswire.briefing.build import BriefingView, date_label, removed_summary
from crosswire.briefing.marks import Piece, Span, split_marked
from crosswire.briefing.summary import summarise
from crosswire.briefing.summary_view import summary_view
from crosswire.briefing.timeline import timeline_view
from crosswire.briefing.views import claims_view, framing_view, positions_matrix
from crosswire.models import TITLE, Article, Briefing

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
    Section("summary", "Summary", "_summary.html.j2"),
    Section("positions", "Positions", "_positions.html.j2"),
    Section("claims", "Claims across outlets", "_claims.html.j2"),
    Section("framing", "Framing by outlet", "_framing.html.j2"),
    Section("timeline", "Timeline", "_timeline.html.j2"),
    Section("statements", "Statements by actor", "_statements_by_actor.html.j2"),
    Section("articles", "Articles", "_articles.html.j2"),
    Section("actors", "Actors", "_actors.html.j2"),
)
ERRORS_SECTION = Section("errors", "Inputs not read", "_errors.html.j2")


def render_html(briefing: Briefing) -> str:
    return _environment().get_template("brief.html.j2").render(**page_context(briefing))


def page_context(briefing: Briefing) -> dict:
    """What brief.html.j2 renders from: a page extending it (a stored story served by
    ``crosswire serve``) renders from the same context plus its own."""
    view = BriefingView.of(briefing)
    anchors = Anchors(briefing)
    sections = SECTIONS + ((ERRORS_SECTION,) if briefing.errors else ())
    analysis = {
        "positions": positions_matrix(view, anchors),
        "claims": claims_view(view, anchors),
        "framing": framing_view(view, anchors),
        "timeline": timeline_view(view, anchors),
    }
    # Last, so a sentence citing a term or a condition reuses the mark its section made.
    analysis["summary"] = summary_view(summarise(briefing), anchors)
    return dict(
        view=view,
        briefing=briefing,
        sections=sections,
        anchors=anchors,
        **analysis,
        articles_open=len(briefing.articles) <= ARTICLES_OPEN_MAX,
        pieces=lambda article: _pieces(view, anchors, article),
        title_pieces=lambda article: split_marked(
            article.title or "", anchors.evidence_spans(article.id, part=TITLE)),
        inline=inline_assets(),
    )


@dataclass(frozen=True)
class InlineAssets:
    """The page's one style sheet and one script, and the Content-Security-Policy that
    lets exactly these run: by their hashes, not 'unsafe-inline', so markup smuggled in
    through a source's text could run nothing even if it escaped the escaping."""

    style: Markup
    script: Markup
    policy: Markup  # no double quote in it: safe in the attribute as is


@cache
def inline_assets() -> InlineAssets:
    env = _environment()
    # the newline after each opening tag is part of the element's text, so of its hash
    style = Markup("\n" + env.get_template("brief.css").render())
    script = Markup("\n" + env.get_template("brief.js").render())
    policy = Markup(f"default-src 'none'; style-src {_sha256(style)}; "
                    f"script-src {_sha256(script)}; img-src data:; base-uri 'none'; "
                    "form-action 'none'")
    return InlineAssets(style=style, script=script, policy=policy)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def write_html(briefing: Briefing, *, path: Path) -> Path:
    path.write_text(render_html(briefing), "utf-8")
    return path


def template_globals() -> dict:
    """The helpers the briefing templates call, for any environment that renders them."""
    return {"date_label": date_label, "removed_summary": removed_summary}


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("crosswire.briefing", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.globals.update(template_globals())
    return env


def _pieces(view: BriefingView, anchors: Anchors, article: Article) -> list[Piece]:
    spans: list[Span] = list(anchors.evidence_spans(article.id))
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
        add(Span(statement.span.start, statement.span.end, "statement", key,
                 css=f"st {statement.kind}", title=f"{speaker} ({statement.kind})"))
        if statement.speaker_words is not None:
            add(Span(statement.speaker_words.start, statement.speaker_words.end, "speaker",
                     key.replace("st-", "sp-"), css="sp", title=f"speaker: {speaker}"))
        if statement.cue is not None:
            add(Span(statement.cue.start, statement.cue.end, "cue",
                     key.replace("st-", "cue-"), css="cue", title="cue"))
    return split_marked(article.text, spans)
