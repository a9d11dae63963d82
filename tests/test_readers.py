"""Reading WARC archives and feed files, alone and inside folders, through the one registry."""

from __future__ import annotations

import io
import json

import pytest
from archive_fixtures import FLOOD_1, TRADE_1
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.cli import cli
from crosswire.ingest import (
    NO_FETCH,
    READERS,
    RawInput,
    feed,
    html,
    jsonl,
    read_inputs,
    read_raw,
    select_reader,
    text,
    warc,
)
from crosswire.models import Document, InputError


def write_warc(path, pages: dict[str, tuple[str, ...]]) -> None:
    """Each page is (content type, body) or (content type, body, HTTP status line)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, (content_type, body, *status) in pages.items():
            headers = StatusAndHeaders(status[0] if status else "200 OK",
                                       [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response",
                                               payload=io.BytesIO(body.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)


def test_warc_pages_become_documents(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, {
        "https://courier.example/barrier": ("text/html", f"<html><body><p>{FLOOD_1}</p></body></html>"),
        "https://courier.example/logo.png": ("image/png", "PNG"),
        "https://herald.example/fish": ("text/html; charset=utf-8", f"<p>{TRADE_1}</p>"),
    })
    items = list(read_inputs([str(warc)]))
    assert all(isinstance(item, Document) for item in items)
    assert [item.url for item in items] == ["https://courier.example/barrier",
                                            "https://herald.example/fish"]
    assert items[0].source_path == str(warc) and "Aske estuary" in items[0].content


def test_warc_pages_answered_without_200_are_named_in_one_line(tmp_path):
    warc = tmp_path / "crawl.warc"
    write_warc(warc, {
        "https://courier.example/barrier": ("text/html", f"<p>{FLOOD_1}</p>"),
        "https://courier.example/gone": ("text/html", "<p>Not found</p>", "404 Not Found"),
        "https://courier.example/old": ("text/html", "<p>Moved</p>", "301 Moved Permanently"),
        "https://courier.example/lost": ("text/html", "<p>Not found</p>", "404 Not Found"),
        "https://courier.example/pixel.gif": ("image/gif", "GIF", "404 Not Found"),
    })
    items = list(read_inputs([str(warc)]))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [d.url for d in documents] == ["https://courier.example/barrier"]
    assert len(errors) == 1 and errors[0].source == str(warc)
    assert "3 archived pages not read" in errors[0].message
    assert "1 x HTTP 301, 2 x HTTP 404" in errors[0].message


def test_broken_warc_is_one_error(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file at all\n")
    items = list(read_inputs([str(bad)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].source == str(bad)


def test_feed_file_and_folder_mix(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "wire.atom").write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Post</title>
<entry><title>Licences suspended</title><id>urn:post:1</id>
<link href="https://post.example/licences"/><updated>2031-03-04T08:00:00Z</updated>
<content type="html">&lt;p&gt;{TRADE_1}&lt;/p&gt;</content></entry></feed>""", "utf-8")
    (folder / "note.txt").write_text(FLOOD_1, "utf-8")
    write_warc(folder / "crawl.warc", {
        "https://courier.example/barrier": ("text/html", f"<p>{FLOOD_1}</p><p>More.</p>"),
    })
    items = list(read_inputs([str(folder)]))
    assert not [item for item in items if isinstance(item, InputError)]
    by_url = {item.url: item for item in items}
    entry = by_url["https://post.example/licences"]
    assert entry.id == "urn:post:1" and entry.outlet == "Island Post"
    assert entry.published.startswith("2031-03-04")
    assert "https://courier.example/barrier" in by_url
    assert by_url[None].source_path.endswith("note.txt")
    assert len(items) == 3


def test_truncated_warc_record_is_skipped_with_a_warning(tmp_path):
    for name in ("cut.warc", "cut.warc.gz"):
        whole = tmp_path / f"whole-{name}"
        write_warc(whole, {"https://courier.example/barrier": ("text/html", f"<p>{FLOOD_1}</p>"),
                           "https://herald.example/fish": ("text/html", f"<p>{TRADE_1}</p>" * 3)})
        cut = tmp_path / name
        cut.write_bytes(whole.read_bytes()[:-60])  # the file ends inside the last record
        items = list(read_inputs([str(cut)]))
        assert [item.url for item in items if isinstance(item, Document)] == [
            "https://courier.example/barrier"]
        (error,) = [item for item in items if isinstance(item, InputError)]
        assert error.source == f"{cut} (https://herald.example/fish)"
        assert error.message.startswith("record truncated, ") and error.message.endswith(
            "bytes missing: skipped")


@pytest.mark.parametrize("name", ["mid.warc", "mid.warc.gz"])
def test_a_broken_record_between_good_ones_is_one_line_naming_the_archive(tmp_path, capfd, name):
    import gzip

    pages = []
    for url, body in (("https://courier.example/barrier", FLOOD_1),
                      ("https://herald.example/fish", TRADE_1)):
        write_warc(tmp_path / f"one-{name}", {url: ("text/html", f"<p>{body}</p>")})
        pages.append((tmp_path / f"one-{name}").read_bytes())
    # a record whose Content-Length is no number, its body running on past what it declares
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nstray bytes\r\n\r\n"
    archive = tmp_path / name
    archive.write_bytes(pages[0] + (gzip.compress(broken) if name.endswith(".gz") else broken)
                        + pages[1])
    items = list(read_inputs([str(archive)]))
    assert [item.url for item in items if isinstance(item, Document)] == [
        "https://courier.example/barrier", "https://herald.example/fish"]
    assert [(item.source, item.message) for item in items if isinstance(item, InputError)] == [
        (str(archive), "1 malformed record: a Content-Length that does not match what follows, "
                       "the rest read on")]
    assert capfd.readouterr().err == ""  # warcio's own three-line warning, naming no file


# --- every format through every command ---------------------------------------------

GOOD = ("The harbour master said on Monday that the ferry would sail again. \"The storm has "
        "passed,\" she said.")


def write_input(folder, kind: str):
    """One small article in the format ``kind``, as a file of that format."""
    if kind == "text":
        path = folder / "article.txt"
        path.write_text(GOOD + "\n", "utf-8")
    elif kind == "html":
        path = folder / "article.html"
        path.write_text(f"<html><head><title>Ferry</title></head><body><h1>Ferry sails</h1>"
                        f"<p>{GOOD}</p></body></html>", "utf-8")
    elif kind == "jsonl":
        path = folder / "articles.jsonl"
        path.write_text(json.dumps({"id": "ferry", "text": GOOD}) + "\n", "utf-8")
    elif kind == "rss":
        path = folder / "wire.rss"
        path.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Post</title>
<item><title>Ferry sails</title><link>https://post.example/ferry</link>
<description>{GOOD}</description></item></channel></rss>""", "utf-8")
    elif kind == "atom":
        path = folder / "wire.xml"  # no suffix claims .xml: found by its content
        path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Post</title>
<entry><title>Ferry sails</title><id>urn:post:ferry</id><updated>2031-03-04T08:00:00Z</updated>
<content type="text">{GOOD}</content></entry></feed>""", "utf-8")
    else:
        path = folder / "crawl.warc.gz"
        write_warc(path, {"https://post.example/ferry": ("text/html", f"<p>{GOOD}</p>")})
    return path


FORMATS = ("text", "html", "jsonl", "rss", "atom", "warc")


@pytest.fixture
def use_test_nlp(nlp, monkeypatch):
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    monkeypatch.setattr("crosswire.sentence_events.load_nlp", lambda: nlp)


@pytest.mark.parametrize("kind", FORMATS)
def test_every_format_through_brief_ingest_and_events(kind, tmp_path, use_test_nlp):
    path = write_input(tmp_path, kind)
    runner = CliRunner()

    result = runner.invoke(cli, ["brief", "-q", "--workers", "1", str(path),
                                 "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and not result.stderr, result.output
    articles = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))["articles"]
    assert len(articles) == 1

    result = runner.invoke(cli, ["ingest", "-q", str(path), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0 and not result.stderr, result.output
    assert result.stdout.startswith("1 articles added")

    out = tmp_path / "events.jsonl"
    result = runner.invoke(cli, ["events", "-q", str(path), "-o", str(out)])
    assert result.exit_code == 0 and not result.stderr, result.output
    (answer,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert "error" not in answer and answer["events"]


BROKEN = {
    "bad.warc": (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
                 "unreadable WARC: a malformed record"),
    "empty.rss": (b"<rss><channel><title>Nothing</title></channel></rss>", "no feed entries"),
    "scan.jsonl": (b"%PDF-1.7 \x00\x01\x02", "binary file (PDF document)"),
    "blank.html": (b"   \n", "empty file"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_bad_input_is_the_same_one_line_in_every_command(name, tmp_path, use_test_nlp):
    data, reason = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(data)
    runs = {
        "brief": ["brief", "-q", str(path), "-o", str(tmp_path / "out")],
        "ingest": ["ingest", "-q", str(path), "--db", str(tmp_path / "a.db")],
        "events": ["events", "-q", str(path), "-o", str(tmp_path / "events.jsonl")],
    }
    for command, args in runs.items():
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, (command, result.output)
        first = result.stderr.splitlines()[0]
        assert f"{path}: {reason}" in first, (command, result.stderr)


def test_brief_names_a_url_it_does_not_fetch(tmp_path, use_test_nlp):
    url = "https://post.example/ferry"
    result = CliRunner().invoke(cli, ["brief", "-q", url, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"crosswire: {url}: {NO_FETCH}"


# --- each reader's decoder on arbitrary bytes ---------------------------------------

# Bytes that make each reader take the input whatever follows (by its name, or its start).
OPENINGS = {warc: b"WARC/1.0\r\n", feed: b"<?xml version='1.0'?><rss>", jsonl: b'{"text": ',
            html: b"<!doctype html><p>", text: b""}


@pytest.mark.parametrize("reader", READERS, ids=lambda reader: reader.NAME)
@given(data=st.binary(max_size=600), named=st.booleans())
@settings(max_examples=60, deadline=None)
def test_each_reader_turns_any_bytes_into_records_or_one_line_errors(reader, data, named):
    source = f"input{reader.SUFFIXES[0]}" if named else "input"
    raw = RawInput(source=source, data=OPENINGS[reader] + data)
    items = list(read_raw(raw))
    for item in items:
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert item.message and "\n" not in item.message and "Traceback" not in item.message
        else:
            item.content.encode("utf-8")  # no lone surrogate reaches the output
    if named:
        chosen, _ = select_reader(raw)
        assert chosen in (reader, None)
