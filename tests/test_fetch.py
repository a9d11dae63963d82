"""Safe URL fetching, against a local HTTP server started by the tests (no network)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from archive_fixtures import FLOOD_1, TRADE_1
from click.testing import CliRunner

from crosswire.archive.commands import ingest
from crosswire.archive.fetch import Fetcher, FetchError
from crosswire.ingest import read_url
from crosswire.models import Document, InputError

PAGE = f"<html><head><title>Flood barrier</title></head><body><article><p>{FLOOD_1}</p>" \
       "</article></body></html>"
TRADE_PAGE = f"<html><head><title>Fishing dispute</title></head><body><article><p>{TRADE_1}" \
             "</p></article></body></html>"


def feed(base: str) -> str:
    return f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coastal Wire</title>
<item><title>Barrier approved</title><link>{base}/article.html</link>
<description>Short teaser.</description><pubDate>Mon, 03 Mar 2031 09:00:00 GMT</pubDate></item>
<item><title>Fishing dispute</title><link>{base}/missing.html</link>
<description><![CDATA[<p>{TRADE_1}</p>]]></description>
<pubDate>Tue, 04 Mar 2031 09:00:00 GMT</pubDate></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/article.html": ("text/html; charset=utf-8", PAGE),
            "/trade.html": ("text/html", TRADE_PAGE),
            "/private/page.html": ("text/html", PAGE),
            "/big.html": ("text/html", "<p>" + "x" * 50_000 + "</p>"),
            "/image.png": ("image/png", "\x89PNG"),
            "/feed.rss": ("application/rss+xml", feed(base)),
        }
        if self.path == "/trickle.html":  # a byte at a time, each well within the timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:  # the client gave up, as it should
                pass
            return
        if self.path.startswith("/loop/"):
            hop = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/loop/{hop + 1}" if hop < 9 else "/article.html")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        content_type, body = routes[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page_when_private_addresses_allowed(server):
    with Fetcher(allow_private=True) as fetcher:
        fetched = fetcher.fetch(f"{server}/article.html")
    assert fetched.content_type == "text/html" and b"Aske estuary" in fetched.data


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/a", "http://localhost/a", "http://10.1.2.3/a", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data", "http://[::1]/a", "http://0.0.0.0/",
])
def test_private_loopback_and_link_local_refused_by_default(url):
    with pytest.raises(FetchError, match="non-public address"):
        Fetcher().check_address(url)


def test_loopback_server_refused_without_allow_private(server):
    with Fetcher() as fetcher, pytest.raises(FetchError, match="--allow-private"):
        fetcher.fetch(f"{server}/article.html")


def test_only_http_schemes():
    with pytest.raises(FetchError, match="http"):
        Fetcher(allow_private=True).check_address("file:///etc/passwd")


@pytest.mark.parametrize("url", ["https://", "http:///path/only", "http://:8080/"])
def test_an_http_url_without_a_host_is_called_malformed_not_another_scheme(url):
    with pytest.raises(FetchError, match="^malformed URL: no host$"):
        Fetcher(allow_private=True).check_address(url)


def test_robots_txt_respected(server):
    with Fetcher(allow_private=True) as fetcher, pytest.raises(FetchError, match="robots"):
        fetcher.fetch(f"{server}/private/page.html")


def test_size_cap(server):
    with Fetcher(allow_private=True, max_bytes=10_000) as fetcher, \
            pytest.raises(FetchError, match="larger than"):
        fetcher.fetch(f"{server}/big.html")


def test_content_type_checked(server):
    with Fetcher(allow_private=True) as fetcher, pytest.raises(FetchError, match="image/png"):
        fetcher.fetch(f"{server}/image.png")


def test_redirects_limited(server):
    with Fetcher(allow_private=True) as fetcher:
        with pytest.raises(FetchError, match="redirects"):
            fetcher.fetch(f"{server}/loop/0")
        assert fetcher.fetch(f"{server}/loop/6").url.endswith("/article.html")


def test_feed_entries_become_documents(server):
    with Fetcher(allow_private=True) as fetcher:
        items = list(read_url(f"{server}/feed.rss", fetch=fetcher.page))
    documents = [item for item in items if isinstance(item, Document)]
    assert len(documents) == 2
    teaser, full = documents
    # the teaser entry is replaced by the page it links to, keeping the entry's date
    assert "forty thousand homes" in teaser.content and teaser.url.endswith("/article.html")
    assert teaser.published.startswith("2031-03-03") and teaser.outlet == "Coastal Wire"
    assert "cod quotas" in full.content and full.title == "Fishing dispute"


def test_ingest_url_command(server, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    db = tmp_path / "web.db"
    refused = CliRunner().invoke(ingest, [f"{server}/article.html", "--db", str(db), "-q"])
    assert refused.exit_code != 0 and "non-public" in refused.output
    result = CliRunner().invoke(ingest, [f"{server}/article.html", f"{server}/trade.html",
                                         f"{server}/image.png", "--db", str(db), "-q",
                                         "--allow-private"])
    assert result.exit_code == 0, result.output
    assert "image.png: unsupported content type" in result.output
    import sqlite3

    urls = sorted(url for (url,) in sqlite3.connect(db).execute("SELECT url FROM articles"))
    assert urls == [f"{server}/article.html", f"{server}/trade.html"]


def test_unresolvable_host_is_an_input_error():
    items = list(read_url("http://no-such-host.invalid/a", fetch=Fetcher().page))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].source == "http://no-such-host.invalid/a"


def test_a_server_trickling_bytes_is_given_up_at_the_overall_deadline(server):
    started = time.monotonic()
    with Fetcher(allow_private=True, timeout=5, deadline=1.5, respect_robots=False) as fetcher, \
            pytest.raises(FetchError, match=r"not done after 1.5 s in all, given up"):
        fetcher.fetch(f"{server}/trickle.html")
    assert time.monotonic() - started < 4


def resolver(*answers: str):
    """A DNS stand-in answering each lookup of a name with the next of ``answers``."""
    remaining = list(answers)

    def resolve(host: str, port: int) -> list[str]:
        if host[0].isdigit():
            return [host]
        return [remaining.pop(0) if len(remaining) > 1 else remaining[0]]

    return resolve


def test_dns_rebinding_between_check_and_connection_is_refused(server):
    """The name is public when checked, private when connected: the connection itself
    must check the address it connects to."""
    port = server.rsplit(":", 1)[1]
    with Fetcher(respect_robots=False, resolve=resolver("93.184.216.34", "127.0.0.1")) \
            as fetcher, pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        fetcher.fetch(f"http://rebind.example:{port}/article.html")


def test_connections_go_to_the_address_checked(server):
    """A name only the fetcher's resolver knows is reached through the address it gave,
    for the page and for each redirect hop."""
    port = server.rsplit(":", 1)[1]
    with Fetcher(allow_private=True, resolve=resolver("127.0.0.1")) as fetcher:
        fetched = fetcher.fetch(f"http://news.example:{port}/loop/6")
    assert fetched.url == f"http://news.example:{port}/article.html"
    assert b"Flood barrier" in fetched.data


def test_malformed_url_is_one_line():
    with Fetcher() as fetcher, pytest.raises(FetchError, match="malformed URL"):
        fetcher.fetch("http://[bad/")
