"""Reading WARC archives and feed files, alone and inside folders."""

from __future__ import annotations

import io

from archive_fixtures import FLOOD_1, TRADE_1

from crosswire.archive.fetch import Fetcher
from crosswire.archive.sources import read_sources
from crosswire.models import Document, InputError


def write_warc(path, pages: dict[str, tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, (content_type, body) in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
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
    items = list(read_sources([str(warc)], fetcher=Fetcher()))
    assert all(isinstance(item, Document) for item in items)
    assert [item.url for item in items] == ["https://courier.example/barrier",
                                            "https://herald.example/fish"]
    assert items[0].source_path == str(warc) and "Aske estuary" in items[0].content


def test_broken_warc_is_one_error(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file at all\n")
    items = list(read_sources([str(bad)], fetcher=Fetcher()))
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
    items = list(read_sources([str(folder)], fetcher=Fetcher()))
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
        items = list(read_sources([str(cut)], fetcher=Fetcher()))
        assert [item.url for item in items if isinstance(item, Document)] == [
            "https://courier.example/barrier"]
        (error,) = [item for item in items if isinstance(item, InputError)]
        assert error.source == f"{cut} (https://herald.example/fish)"
        assert error.message.startswith("record truncated, ") and error.message.endswith(
            "bytes missing: skipped")
