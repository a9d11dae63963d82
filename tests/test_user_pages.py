"""A user's own material through the CLI, as a new user met it: what a saved page says
about itself is what the briefing shows, a URL of another scheme is named as such, a lone
surrogate costs one character, a story keeps a title of its own."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosswire.cli import cli

OTHER = "The mayor said on Monday that the bridge would reopen in May.\n"
BODY = ("<p>The harbour board said on Tuesday that the pier would close for repairs. "
        "\"We have no choice,\" board chair Ilse Mardal said.</p>"
        "<p>Fishermen said the closure would cost them a season.</p>")


def page(head: str, headline: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<article><h1>{headline}</h1>{BODY}</article></body></html>")


@pytest.fixture(scope="module")
def runner(nlp):
    """A CliRunner, once the model is loaded (and cached) by the session fixture."""
    return CliRunner()


def brief_articles(runner: CliRunner, folder, out) -> dict[str, dict]:
    result = runner.invoke(cli, ["brief", "-q", "--workers", "1", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = json.loads((out / "brief.json").read_text("utf-8"))
    return {article["id"]: article for article in written["articles"]}


def test_the_publisher_a_page_declares_is_its_outlet(runner, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "graph.html").write_text(page(
        "<meta property='og:site_name' content='Skerry Gazette'>", "Pier to close"), "utf-8")
    record = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pier shut",
              "publisher": {"@type": "Organization", "name": "The Fjordside Tribune"}}
    (folder / "ld.html").write_text(page(
        f"<script type='application/ld+json'>{json.dumps(record)}</script>", "Pier shut"),
        "utf-8")

    articles = brief_articles(runner, folder, tmp_path / "out")

    assert articles["graph"]["outlet"] == "Skerry Gazette"
    assert articles["graph"]["outlet_evidence"] == "page metadata: Skerry Gazette"
    assert articles["ld"]["outlet"] == "The Fjordside Tribune"


def test_a_saved_page_keeps_the_address_it_declares(runner, tmp_path):
    """A page saved to disk has no URL but its canonical link: that is its address, and
    its host names the outlet when the page names no publisher."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "saved.html").write_text(page(
        "<link rel='canonical' href='https://www.pierwatch.example/2031/04/pier-to-close'>",
        "Pier to close"), "utf-8")
    (folder / "relative.html").write_text(page(
        "<link rel='canonical' href='/2031/04/pier-to-close'>", "Pier shut"), "utf-8")

    articles = brief_articles(runner, folder, tmp_path / "out")

    assert articles["saved"]["url"] == "https://www.pierwatch.example/2031/04/pier-to-close"
    assert articles["saved"]["outlet"] == "pierwatch.example"
    assert articles["relative"]["url"] is None


def test_the_archive_shows_and_exports_the_address_a_saved_page_declares(runner, tmp_path,
                                                                         nlp, monkeypatch):
    """Ingested from disk, a saved page has no URL of its own to key on; its article page
    and exports still give the canonical address it declares, an input read from a URL
    keeps that URL."""
    from crosswire.serve.pages import article_page

    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "saved.html").write_text(page(
        "<link rel='canonical' href='https://www.pierwatch.example/2031/04/pier-to-close'>",
        "Pier to close"), "utf-8")
    (folder / "plain.txt").write_text(OTHER, "utf-8")
    db = tmp_path / "news.db"
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(cli, ["export", "--db", str(db), "--table", "articles"])
    assert exported.exit_code == 0, exported.output
    urls = {Path(row["source_path"]).name: row["url"]
            for row in json.loads(exported.stdout)["articles"]}
    assert urls == {"saved.html": "https://www.pierwatch.example/2031/04/pier-to-close",
                    "plain.txt": None}
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        (saved,) = conn.execute("SELECT id FROM articles WHERE source_path LIKE '%saved.html'")
        shown = article_page(conn, saved["id"])
    finally:
        conn.close()
    assert shown["url"] == "https://www.pierwatch.example/2031/04/pier-to-close"


def test_a_story_that_lets_an_article_go_is_not_titled_after_it(runner, tmp_path, nlp,
                                                                 monkeypatch):
    """A later ingest moves a stored article to the story of its copy: the story it left
    was still titled after it, so two stories carried the one headline."""
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    fixtures = Path(__file__).parent / "fixtures"
    db = tmp_path / "news.db"
    for source in ("user_quarry_story.jsonl", "user_quarry_later.jsonl"):
        result = runner.invoke(cli, ["ingest", str(fixtures / source), "--db", str(db), "-q"])
        assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    try:
        stories = conn.execute("SELECT id, title FROM stories").fetchall()
        held = {story: {title for (title,) in conn.execute(
            "SELECT title FROM articles WHERE story_id = ?", (story,))} for story, _ in stories}
        moved = conn.execute("SELECT count(*) FROM story_members WHERE via = 'moved'").fetchone()[0]
    finally:
        conn.close()
    assert moved  # the case this test is about happened
    assert all(title in held[story] for story, title in stories), stories


def test_a_lone_surrogate_written_into_a_text_file_is_one_replacement(tmp_path, runner):
    """An ASCII text with one surrogate in UTF-8's shape stays UTF-8 with one U+FFFD; it
    was once read in a guessed 8-bit table, the surrogate three Cyrillic-table letters."""
    source = tmp_path / "copy.txt"
    source.write_bytes(OTHER.replace("bridge", "bridge \ud800").encode("utf-8", "surrogatepass"))
    result = runner.invoke(cli, ["brief", "-q", "--workers", "1", str(source),
                                 "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (f"crosswire: {source}: 1 invalid UTF-8 byte sequences read as U+FFFD, the rest kept"
            in result.stderr)
    written = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))
    assert written["articles"][0]["text"] == OTHER.replace("bridge", "bridge \ufffd").strip()


def test_a_url_of_another_scheme_is_named_as_such_not_as_a_missing_file(runner, tmp_path):
    result = runner.invoke(cli, ["ingest", "file:///etc/passwd", "ftp://files.example/a.txt",
                                 "--db", str(tmp_path / "news.db"), "-q"])
    assert result.exit_code != 0
    assert result.stderr.splitlines()[:2] == [
        "crosswire: file:///etc/passwd: a file: URL: only http and https pages are fetched",
        "crosswire: ftp://files.example/a.txt: a ftp: URL: only http and https pages are fetched"]
