"""Every date of a statement or event carries the span of the phrase it was read from:
its text is the clean text's slice there, that slice maps back to the original input, and
the span reaches brief.json, brief.md, the HTML timeline and the archive."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from crosswire.archive.db import connect
from crosswire.archive.export import TABLES
from crosswire.archive.ingest import ingest
from crosswire.briefing import write_briefing
from crosswire.ingest import read_inputs
from crosswire.models import Article, Briefing, DateEstimate, TextSpan
from crosswire.pipeline import run

PAGE = """<!DOCTYPE html>
<html><head><title>Harbour gates jam at Tolvik</title></head>
<body><nav>Home &middot; Ports &middot; Weather</nav>
<article><h1>Harbour gates jam at Tolvik</h1>
<p>TOLVIK, March 9, 2024 (Tolven Daily) - The harbour gates at Tolvik&nbsp;jammed on March 3,
stranding twelve fishing boats &amp; a ferry.</p>
<p>The next day, the port authority closed the northern quay to all traffic.</p>
<p>Harbour master Ilse Korr said on Tuesday that engineers would free the gates within a week.</p>
<p>&ldquo;We have asked the ministry for help,&rdquo; Korr told reporters on Wednesday.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dates") / "harbour.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def briefing(nlp, page) -> Briefing:
    return run(read_inputs([str(page)]), nlp=nlp, workers=1)


def _dates(briefing: Briefing) -> list[DateEstimate]:
    return ([s.said_on for s in briefing.statements if s.said_on is not None]
            + [e.date for e in briefing.events if e.date is not None]
            + [entry.date for entry in briefing.timeline])


def _maps_back(article: Article, span: TextSpan) -> bool:
    """The span's words are in the input where the article's segments say its clean text
    came from: the same characters for an exact segment, the same words once entities are
    read for a normalised one."""
    source = Path(article.source_path).read_text("utf-8")
    for segment in article.segments:
        if segment.text_start <= span.start and span.end <= segment.text_start + segment.length:
            if segment.exact:
                at = segment.source_start + span.start - segment.text_start
                return source[at:at + span.end - span.start].replace("\u00a0", " ") == span.text
            piece = source[segment.source_start:segment.source_start + segment.source_length]
            return span.text in html.unescape(piece).replace("\u00a0", " ")
    return False


def test_every_date_read_from_the_text_names_its_phrase(briefing):
    (article,) = briefing.articles
    located = [d for d in _dates(briefing) if d.span is not None]
    phrases = {d.span.text for d in located}
    assert {"on Tuesday", "The next day", "on Wednesday"} <= phrases, phrases
    for found in located:
        assert found.span.article == article.id
        assert article.text[found.span.start:found.span.end] == found.span.text
        assert _maps_back(article, found.span), found.span
        assert found.basis != "publication"


def test_a_date_the_publication_gives_has_no_span(briefing):
    for found in _dates(briefing):
        assert (found.span is None) == (found.basis == "publication"), found


def test_a_statements_date_names_the_phrase_after_its_cue(briefing):
    said = next(s for s in briefing.statements if "free the gates" in s.span.text)
    assert said.said_on.span.text == "on Tuesday"
    assert said.said_on.span.start > said.cue.start
    assert said.said_on.value == "2024-03-05"


def test_a_moved_date_names_the_phrase_that_moves_it(briefing):
    closed = next(e for e in briefing.events if e.evidence.text.startswith("The next day"))
    assert closed.date.value == "2024-03-04"
    assert closed.date.span.text == "The next day"
    assert "after on March 3" in closed.date.evidence


def test_the_spans_reach_every_output_and_the_archive(briefing, nlp, page, tmp_path):
    write_briefing(briefing, outdir=tmp_path)
    brief = json.loads((tmp_path / "brief.json").read_text("utf-8"))
    text = brief["articles"][0]["text"]
    said = next(s for s in brief["statements"] if s["said_on_start"] is not None)
    assert text[said["said_on_start"]:said["said_on_end"]] == said["said_on_evidence"]
    timeline_spans = [t["date"]["span"] for t in brief["timeline"] if t["date"]["span"]]
    assert timeline_spans and all(text[s["start"]:s["end"]] == s["text"] for s in timeline_spans)
    markdown = (tmp_path / "brief.md").read_text("utf-8")
    first = timeline_spans[0]
    assert f"§{first['start']}–{first['end']}" in markdown
    html = (tmp_path / "brief.html").read_text("utf-8")
    assert "title=\"read from “on Tuesday”\"" in html and 'class="ev date"' in html

    conn = connect(tmp_path / "archive.sqlite")
    ingest(read_inputs([str(page)]), conn=conn, nlp=nlp)
    rows = conn.execute(
        "SELECT a.text, s.record FROM statements s JOIN articles a ON a.id = s.article_id").fetchall()
    stored = [(text, json.loads(record)["said_on"]) for text, record in rows]
    located = [(text, said_on["span"]) for text, said_on in stored if said_on and said_on["span"]]
    assert located
    for text, span in located:
        assert text[span["start"]:span["end"]] == span["text"]
    exported = conn.execute(f"SELECT said_on_start, said_on_end FROM ({TABLES['statements']})")
    assert {tuple(row) for row in exported if row[0] is not None} == {
        (span["start"], span["end"]) for _, span in located}
