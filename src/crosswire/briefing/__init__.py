"""The briefing: one Briefing record rendered as JSON, Markdown and self-contained HTML, and
its events as PLOVER JSON Lines."""

from __future__ import annotations

import functools
from pathlib import Path

from crosswire.briefing.render_html import render_html, write_html
from crosswire.briefing.render_json import briefing_to_json, write_json
from crosswire.briefing.render_markdown import render_markdown, write_markdown
from crosswire.briefing.render_plover import write_plover_jsonl
from crosswire.compare import Elsewhere, here
from crosswire.gc_pause import gc_paused
from crosswire.models import Briefing, to_dict

__all__ = ["briefing_to_json", "render_html", "render_markdown", "write_briefing"]


def write_briefing(briefing: Briefing, *, outdir: Path, elsewhere: Elsewhere = here) -> dict[str, Path]:
    """Write brief.json, brief.md, brief.html and the run's PLOVER events,
    events.plover.jsonl, into ``outdir``; return them by format.

    brief.html and brief.md are handed to ``elsewhere`` (the brief command passes a forked
    process after a parse on the pool) while this process writes brief.json and the events,
    which take about as long as the other two together, from one copy of the events
    (``to_dict``) for both."""
    outdir.mkdir(parents=True, exist_ok=True)
    with gc_paused():
        html_and_markdown = elsewhere(functools.partial(_write_html_and_markdown, briefing,
                                                        outdir=outdir))
        event_records = to_dict(briefing.events)
        written = {"json": write_json(briefing, path=outdir / "brief.json", event_records=event_records),
                   "plover": outdir / "events.plover.jsonl"}
        with written["plover"].open("w", encoding="utf-8") as plover:
            write_plover_jsonl(briefing, output=plover, event_records=event_records)
        written["html"], written["markdown"] = html_and_markdown()
        return {form: written[form] for form in ("json", "markdown", "html", "plover")}


def _write_html_and_markdown(briefing: Briefing, *, outdir: Path) -> tuple[Path, Path]:
    return (write_html(briefing, path=outdir / "brief.html"),
            write_markdown(briefing, path=outdir / "brief.md"))
