"""crosswire serve in a real browser: what an analyst clicks through, keyboard only too,
with every request checked to go to the server itself and nothing in stored text run.

Needs Debian's chromium and the playwright package (not its downloaded browsers):
    apt-get install -y chromium && pip install playwright
Screenshots of each page go to the test's temporary folder (printed with -s).
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from browser import browser, needs_chromium  # noqa: F401 (browser is a fixture)
from serve_fixtures import HOSTILE_TITLE, build_archive

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (pip install playwright)"
)
uvicorn = pytest.importorskip("uvicorn", reason="crosswire serve needs the serve extra")
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """The app on a free loopback port, one per module."""
    from crosswire.serve.app import create_app
    from crosswire.serve.db import prepare

    db = build_archive(tmp_path_factory.mktemp("archive"), nlp)
    prepare(db)
    with pytest.MonkeyPatch.context() as patch:
        # small pages, so the few fixture hits need a second page
        patch.setattr("crosswire.serve.search.PAGE_SIZE", 2)
        server = uvicorn.Server(uvicorn.Config(create_app(db=db), host="127.0.0.1", port=0,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "the server did not start"
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def page(browser, server):
    """A page whose every request must go to the server, with no console error, no
    uncaught exception and no dialog (an alert from injected script)."""
    problems: list[str] = []
    page = browser.new_page(viewport={"width": 1200, "height": 900})

    def only_the_server(route):
        if route.request.url.startswith(server + "/"):
            route.continue_()
        else:
            problems.append(f"request outside the server: {route.request.url}")
            route.abort()

    page.route("**/*", only_the_server)
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    yield page
    page.close()
    assert problems == []


def test_from_the_list_open_a_story_a_claim_and_its_source(page, server, shots):
    page.goto(server + "/")
    page.screenshot(path=shots / "index.png", full_page=True)
    page.get_by_role("link", name="Port Mirren to build estuary flood barrier").first.click()
    sync_api.expect(page.locator("h1")).to_have_text("Port Mirren to build estuary flood barrier")
    page.screenshot(path=shots / "story.png")
    claim = page.locator("#claims a[data-target]").first
    target = claim.get_attribute("data-target").split()[0]
    claim.click()
    span = page.locator(f"#{target}")
    sync_api.expect(span).to_have_class(re.compile(r"\bcurrent\b"))
    sync_api.expect(span).to_be_in_viewport()
    # the coverage table's tick opens the same kind of span
    tick = page.locator("table.coverage td.carried a").first
    tick.click()
    sync_api.expect(page.locator("#" + tick.get_attribute("data-target"))).to_be_in_viewport()


def test_a_citation_opens_the_article_at_its_span(page, server, shots):
    page.goto(server + "/")
    page.get_by_role("link", name="Irena Vask").first.click()
    sync_api.expect(page.locator("h1")).to_contain_text("Vask")
    page.screenshot(path=shots / "actor.png", full_page=True)
    quote = page.locator("a.quote").first
    words = quote.inner_text().rstrip(".…")
    quote.click()
    sync_api.expect(page).to_have_url(re.compile(r"/articles/[^?#]+\?hl=\d+-\d+#s-\d+-\d+$"))
    key = page.url.rsplit("#", 1)[1]
    span = page.locator(f"#{key}")
    sync_api.expect(span).to_have_class(re.compile(r"\bcurrent\b"))
    sync_api.expect(span).to_be_in_viewport()
    assert words[:40] in page.locator(f'[data-span="{key}"]').all_inner_texts()[0] + \
        "".join(page.locator(f'[data-span="{key}"]').all_inner_texts())
    page.screenshot(path=shots / "article.png")


def test_search_facet_and_page(page, server, shots):
    page.goto(server + "/")
    page.locator("#site-q").fill("barrier")
    page.locator("#site-q").press("Enter")
    sync_api.expect(page.locator("h1")).to_have_text("Search")
    sync_api.expect(page.locator(".snippet mark").first).to_have_text(re.compile("barrier", re.I))
    page.screenshot(path=shots / "search.png", full_page=True)
    page.locator(".facets a", has_text="Mirren Courier").click()
    sync_api.expect(page.locator(".active-filters")).to_contain_text("outlet")
    outlets = page.locator("ol.hits .facts").all_inner_texts()
    assert outlets and all("Mirren Courier" in text for text in outlets)
    page.locator(".active-filters a").first.click()
    page.locator("a[rel=next]").click()
    sync_api.expect(page.locator(".pager")).to_contain_text("Page 2")
    # a query SQLite cannot parse is answered on the page
    page.goto(server + '/search?q=%22cod+AND+(')
    sync_api.expect(page.locator(".error")).to_contain_text("syntax")


def test_outlet_and_comparison(page, server, shots):
    page.goto(server + "/outlets/mirren-courier")
    sync_api.expect(page.locator("h1")).to_have_text("Mirren Courier")
    page.screenshot(path=shots / "outlet.png", full_page=True)
    page.locator("select[name=b]").select_option(label="Coastal Wire")
    page.get_by_role("button", name="Compare").click()
    sync_api.expect(page.locator(".count")).to_contain_text("1 story covered by both")
    sync_api.expect(page.locator(".shared h3")).to_contain_text("flood barrier")
    page.screenshot(path=shots / "compare.png", full_page=True)


def test_keyboard_reaches_every_link(page, server):
    for path in ("/", "/outlets/mirren-courier"):
        page.goto(server + path)
        links = set(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"))
        reached: set[str] = set()
        # a date field takes three tabs (day, month, year): press until the focus leaves
        # the page's last element or every link was reached
        for _ in range(400):
            page.keyboard.press("Tab")
            reached.add(page.evaluate("document.activeElement.href || ''"))
            if links <= reached:
                break
        assert links <= reached, links - reached


def test_markup_in_a_title_and_text_shows_as_text(page, server, shots):
    page.goto(server + "/search?q=pier+gate")
    page.locator("ol.hits a", has_text="Pier gate").first.click()
    sync_api.expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    sync_api.expect(page.locator(".article-text")).to_contain_text('<img src=x onerror="window.pwned = 2">')
    assert page.evaluate("window.pwned") is None
    assert page.locator("main img, main b, h1 script").count() == 0
    page.screenshot(path=shots / "hostile.png")
