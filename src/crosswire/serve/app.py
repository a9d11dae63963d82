"""The web application: routes, templates, JSON twins, exports and security headers.

Every page is rendered on the server from one dict, and ``<page>.json`` returns that dict.
Routes are GET only: nothing here writes. Every response carries a Content-Security-Policy
(scripts and styles from this server only; the story page, which extends brief.html, may
run exactly its inline style and script, named by hash), nosniff and a referrer policy.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from crosswire.archive.query import QueryTooLong, find_actors
from crosswire.briefing.render_html import Section, inline_assets, page_context, template_globals
from crosswire.briefing.render_html import SECTIONS as BRIEF_SECTIONS
from crosswire.briefing.render_json import briefing_to_json
from crosswire.briefing.render_plover import write_plover_jsonl
from crosswire.serve import pages
from crosswire.serve.db import Connections, archive_outlets, outlet_ref
from crosswire.serve.search import SearchFilters, search_page, snippet_html
from crosswire.serve.stories import (
    BriefingCache,
    StoryEntry,
    StoryFilters,
    claim_coverage,
    coverage_bars,
    story_json,
    story_list,
    story_outlets,
)

STATIC = Path(__file__).parent / "static"
POLICY = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
          "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
           "x-frame-options": "DENY", "cross-origin-opener-policy": "same-origin"}
STORY_SECTIONS = (Section("coverage", "Coverage", "_coverage.html.j2"), *BRIEF_SECTIONS)
DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def create_app(*, db: Path) -> Starlette:
    """The application over the archive at ``db`` (its schema already up to date)."""
    connections = Connections(db)
    briefings = BriefingCache()

    def render(request: Request, template: str, data: dict[str, Any], **extra: Any) -> Response:
        html = _environment().get_template(template).render(data=data, request=request, **extra)
        return HTMLResponse(html)

    def twin(request: Request) -> bool:
        return request.url.path.endswith(".json")

    def respond(request: Request, template: str, data: dict[str, Any], **extra: Any) -> Response:
        return JSONResponse(data) if twin(request) else render(request, template, data, **extra)

    def index(request: Request) -> Response:
        params = request.query_params
        filters = StoryFilters(since=_day(params.get("since")), until=_day(params.get("until")),
                               outlet=params.get("outlet") or None,
                               actor=(params.get("actor") or "").strip() or None,
                               issue=params.get("issue") or None, page=_page(params))
        conn = connections.get()
        error, actor_ids = None, None
        if filters.actor:
            try:
                actor_ids = [row["id"] for row in find_actors(conn, filters.actor)]
            except QueryTooLong as exc:
                error, actor_ids = str(exc), []
        data = story_list(conn, filters, actor_ids)
        data["filters"] = filters.query()
        data["error"] = error
        return respond(request, "index.html.j2", data, filters=filters,
                       outlets=_outlet_choices(conn))

    def story(request: Request) -> Response:
        conn = connections.get()
        entry = _story(conn, briefings, request.path_params["story_id"])
        if twin(request):
            # serialised once per story version: a large briefing's JSON costs tens of ms
            body = entry.render("json", lambda: JSONResponse(story_json(
                entry.row, entry.briefing, briefing_to_json(entry.briefing))).body)
            return Response(body, media_type="application/json")
        html = entry.render("html", lambda: _story_html(conn, entry))
        # frame-ancestors works only in the header (a <meta> policy ignores it)
        return HTMLResponse(html, headers={
            "content-security-policy": f"{story_policy()}; frame-ancestors 'none'"})

    def story_events(request: Request) -> Response:
        entry = _story(connections.get(), briefings, request.path_params["story_id"])
        stream = io.StringIO()
        write_plover_jsonl(entry.briefing, output=stream)
        return _download(stream.getvalue(), f"{entry.row['id']}.events.plover.jsonl",
                         "application/x-ndjson")

    def story_statements(request: Request) -> Response:
        entry = _story(connections.get(), briefings, request.path_params["story_id"])
        return _download(_statements_csv(entry.briefing), f"{entry.row['id']}.statements.csv",
                         "text/csv")

    def article(request: Request) -> Response:
        data = pages.article_page(connections.get(), request.path_params["article_id"],
                                  request.query_params.get("hl"))
        if data is None:
            raise HTTPException(404, "no such article in the archive")
        return respond(request, "article.html.j2", data,
                       pieces=None if twin(request) else pages.article_pieces(data))

    def actor(request: Request) -> Response:
        actor_id = request.path_params["actor_id"]
        data = pages.actor_page(connections.get(), actor_id,
                                lambda story_id: _positions(briefings, actor_id, story_id))
        if data is None:
            raise HTTPException(404, "no such actor in the archive")
        return respond(request, "actor.html.j2", data)

    def outlet(request: Request) -> Response:
        data = pages.outlet_page(connections.get(), request.path_params["key"])
        if data is None:
            raise HTTPException(404, "no such outlet in the archive")
        conn = connections.get()
        return respond(request, "outlet.html.j2", data, outlets=_outlet_choices(conn))

    def compare(request: Request) -> Response:
        a, b = request.query_params.get("a", ""), request.query_params.get("b", "")
        conn = connections.get()
        data = pages.compare_page(conn, a, b) if a and b else None
        if data is None and twin(request):
            raise HTTPException(404, "give two outlets of the archive as ?a=KEY&b=KEY")
        return respond(request, "compare.html.j2", data or {}, a=a, b=b,
                       outlets=_outlet_choices(conn))

    def search(request: Request) -> Response:
        params = request.query_params
        filters = SearchFilters(q=params.get("q", ""), outlet=params.get("outlet") or None,
                                actor=params.get("actor") or None,
                                since=_day(params.get("since")), until=_day(params.get("until")),
                                page=_page(params))
        data = search_page(connections.get(), filters)
        data["filters"] = filters.query()
        return respond(request, "search.html.j2", data, filters=filters)

    def error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "the server failed on this page"
        if twin(request):
            return JSONResponse({"error": detail}, status_code=status)
        html = _environment().get_template("error.html.j2").render(
            request=request, status=status, detail=detail)
        return HTMLResponse(html, status_code=status)

    routes = [
        Route("/", index), Route("/index.json", index),
        Route("/stories/{story_id}.json", story),
        Route("/stories/{story_id}/events.plover.jsonl", story_events),
        Route("/stories/{story_id}/statements.csv", story_statements),
        Route("/stories/{story_id}", story),
        Route("/articles/{article_id}.json", article), Route("/articles/{article_id}", article),
        Route("/actors/{actor_id}.json", actor), Route("/actors/{actor_id}", actor),
        Route("/outlets/{key}.json", outlet), Route("/outlets/{key}", outlet),
        Route("/compare.json", compare), Route("/compare", compare),
        Route("/search.json", search), Route("/search", search),
        Route("/favicon.ico", favicon),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: error, Exception: error})
    return SecurityHeaders(app)


@cache
def story_policy() -> str:
    """brief.html's policy (its inline style and script by hash, nothing else) with this
    server's story.css and icon allowed."""
    policy = str(inline_assets().policy)  # Markup.replace would escape the quotes
    for directive in ("style-src", "img-src"):
        policy = policy.replace(f"{directive} ", f"{directive} 'self' ")
    return policy


def favicon(request: Request) -> Response:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


class SecurityHeaders:
    """ASGI middleware: the security headers on every response (a page that sets its own
    policy keeps it)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                wanted = {"content-security-policy": POLICY, **HEADERS}
                headers += [(name.encode(), value.encode()) for name, value in wanted.items()
                            if name.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _outlet_choices(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(key, name) of every outlet in the archive, by name: the outlet pickers."""
    return sorted(((key, outlet_ref(names[0]).name) for key, names in archive_outlets(conn).items()),
                  key=lambda choice: choice[1].lower())


def _story_html(conn: sqlite3.Connection, entry: StoryEntry) -> str:
    """The story page: brief.html's sections, coverage first, and the story's links."""
    briefing = entry.briefing
    context = page_context(briefing)
    outlets = story_outlets(conn, entry.row["id"])
    context.update(sections=STORY_SECTIONS, story=dict(entry.row), policy=story_policy(),
                   coverage=claim_coverage(briefing, context["anchors"]),
                   outlets=outlets, outlets_bars=coverage_bars(outlets))
    return _environment().get_template("story.html.j2").render(context)


def _story(conn: sqlite3.Connection, briefings: BriefingCache, story_id: str) -> StoryEntry:
    try:
        return briefings.get(conn, story_id)
    except KeyError:
        raise HTTPException(404, "no such story in the archive") from None


def _positions(briefings: BriefingCache, actor_id: str, story_id: str) -> list | None:
    """An actor's positions in a story, when the story's briefing is built (None if not)."""
    briefing = briefings.built(story_id)
    if briefing is None:
        return None
    issues = {issue.id: issue.label for issue in briefing.issues}
    return [{"issue": issues.get(p.issue, p.issue), "stance": p.stance}
            for p in briefing.positions if p.actor == actor_id]


def _statements_csv(briefing) -> str:
    outlets = {article.id: article.outlet for article in briefing.articles}
    names = {actor.id: actor.name for actor in briefing.actors}
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(["id", "article", "outlet", "speaker", "speaker_text", "kind", "cue",
                     "start", "end", "text"])
    for s in briefing.statements:
        writer.writerow([s.id, s.span.article, outlets.get(s.span.article),
                         names.get(s.speaker or ""), s.speaker_words.text if s.speaker_words
                         else None, s.kind, s.cue.text if s.cue else None, s.span.start,
                         s.span.end, s.span.text])
    return stream.getvalue()


def _download(body: str, filename: str, media_type: str) -> Response:
    return Response(body, media_type=media_type,
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


def _day(value: str | None) -> str | None:
    return value if value and DAY.fullmatch(value) else None


def _page(params) -> int:
    value = params.get("page", "1")
    return max(1, min(int(value), 10_000)) if value.isdigit() else 1


def _query(params: dict[str, str], **changes: Any) -> str:
    merged = {key: value for key, value in {**params, **changes}.items()
              if value not in (None, "")}
    merged = {key: value for key, value in merged.items() if not (key == "page" and value == 1)}
    return "?" + urlencode(merged) if merged else "?"


@cache
def _environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader("crosswire.serve", "templates"),
                             PackageLoader("crosswire.briefing", "templates")]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined)
    env.globals.update(template_globals(), span_link=pages.span_link, span_key=pages.span_key,
                       outlet_ref=outlet_ref, query=_query)
    env.filters["snippet"] = snippet_html
    return env
