"""brief.html in a real browser: what a reader sees, the click-to-source, no network.

Needs Debian's chromium and the playwright package (not its downloaded browsers):
    apt-get install -y chromium && pip install playwright
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_briefing import sample_briefing

from crosswire.briefing import write_briefing

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (pip install playwright)"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium (apt-get install -y chromium)",
)


@pytest.fixture(scope="module")
def requests() -> list[str]:
    """Every URL the page asked for."""
    return []


@pytest.fixture(scope="module")
def browser():
    # One Playwright instance per module: the sync API refuses a second one alongside.
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory, requests):
    outdir = tmp_path_factory.mktemp("brief")
    html = write_briefing(sample_briefing(), outdir=outdir)["html"]
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.on("request", lambda request: requests.append(request.url))
    page.goto(html.as_uri())
    yield page
    page.close()


def test_reader_sees_counts_actors_and_statements(page):
    counts = page.locator("#counts")
    sync_api.expect(counts).to_contain_text("2 articles")
    sync_api.expect(counts).to_contain_text("5 statements")
    sync_api.expect(counts).to_contain_text("2 actors")
    speaker = page.locator("#statements .speaker h3").first
    sync_api.expect(speaker).to_contain_text("Mara Ostrova")
    sync_api.expect(page.locator("#statements a.quote").first).to_contain_text(
        "The harbour authority will close the northern pier"
    )
    # the hostile text is shown as text, not run
    sync_api.expect(page.locator("#st-1")).to_contain_text("<script>alert('x')</script>")


def test_clicking_a_statement_highlights_its_span_in_the_article(page):
    target = page.locator("#st-4")  # the second article's statement, far down the page
    assert "current" not in (target.get_attribute("class") or "")
    page.locator('a.quote[data-target="st-4"]').click()
    sync_api.expect(target).to_have_class(re.compile(r"\bcurrent\b"))
    sync_api.expect(target).to_be_in_viewport()
    sync_api.expect(target).to_have_text("the pier would reopen in spring")
    # the speaker of that statement lights up with it
    sync_api.expect(page.locator("#sp-4")).to_have_class(re.compile(r"\bcurrent\b"))


def test_filter_hides_other_speakers(page):
    page.locator("#filter").fill("gazette")
    sync_api.expect(page.locator("#statements .speaker:visible")).to_have_count(1)
    page.locator("#filter").fill("")
    sync_api.expect(page.locator("#statements .speaker:visible")).to_have_count(3)


def test_actor_table_sorts_by_a_clicked_column(page):
    first_name = page.locator("#actors tbody tr:first-child td:first-child")
    sync_api.expect(first_name).to_have_text("Mara Ostrova")  # busiest speaker first
    page.locator("#actors th", has_text="Statements").click()
    sync_api.expect(first_name).to_have_text("Tide Gazette")
    page.locator("#actors th", has_text="Statements").click()
    sync_api.expect(first_name).to_have_text("Mara Ostrova")


def test_page_makes_no_network_request(page, requests):
    assert requests, "the page itself should have been requested"
    assert all(url.startswith("file://") for url in requests), requests


def test_a_click_opens_a_collapsed_article(browser, tmp_path):
    from dataclasses import replace

    from crosswire.briefing.render_html import ARTICLES_OPEN_MAX

    sample = sample_briefing()
    article, statement = sample.articles[1], sample.statements[4]
    copies = ARTICLES_OPEN_MAX + 1
    briefing = replace(
        sample,
        articles=[replace(article, id=f"copy-{n}") for n in range(copies)],
        statements=[replace(statement, id=f"s{n}", article=f"copy-{n}") for n in range(copies)],
    )
    html = write_briefing(briefing, outdir=tmp_path)["html"]
    page = browser.new_page()
    page.goto(html.as_uri())
    last = page.locator(f"#st-{copies - 1}")
    sync_api.expect(last).to_be_hidden()
    page.locator(f'a.quote[data-target="st-{copies - 1}"]').click()
    sync_api.expect(last).to_be_visible()
    sync_api.expect(last).to_be_in_viewport()
    page.close()
