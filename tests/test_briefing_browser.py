"""brief.html in a real browser: what a reader sees, the click-to-source, no network.

Needs Debian's chromium and the playwright package (not its downloaded browsers):
    apt-get install -y chromium && pip install playwright
"""

from __future__ import annotations

import re

import pytest
from browser import browser, needs_chromium  # noqa: F401 (browser is a fixture)
from test_briefing import analysis_briefing, fact_briefing, sample_briefing

from crosswire.briefing import write_briefing

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (pip install playwright)"
)
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def requests() -> list[str]:
    """Every URL the page asked for."""
    return []


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
        statements=[replace(statement, id=f"s{n}", span=replace(statement.span, article=f"copy-{n}"))
                    for n in range(copies)],
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


# The cross-outlet sections on a hand-made story (test_briefing.analysis_briefing)

ANALYSIS_ORDER = ["summary", "positions", "claims", "framing", "timeline", "statements",
                  "articles", "actors"]


@pytest.fixture(scope="module")
def analysis_requests() -> list[str]:
    return []


@pytest.fixture(scope="module")
def analysis_page(browser, tmp_path_factory, analysis_requests):
    outdir = tmp_path_factory.mktemp("analysis")
    html = write_briefing(analysis_briefing(), outdir=outdir)["html"]
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.on("request", lambda request: analysis_requests.append(request.url))
    page.goto(html.as_uri())
    yield page
    page.close()


def _flashed(page, key: str) -> None:
    """Every piece of the span ``key`` is lit and its first piece is on screen."""
    pieces = page.locator(f'[data-span="{key}"]')
    assert pieces.count() >= 1
    for n in range(pieces.count()):
        sync_api.expect(pieces.nth(n)).to_have_class(re.compile(r"\bcurrent\b"))
    sync_api.expect(page.locator(f"#{key}")).to_be_in_viewport()


def test_sections_appear_in_the_issue_order(analysis_page):
    ids = analysis_page.locator("main > section").evaluate_all("els => els.map(e => e.id)")
    assert ids == ANALYSIS_ORDER
    headings = analysis_page.locator("nav.sections a").all_inner_texts()
    assert headings[:5] == ["Summary", "Positions", "Claims across outlets", "Framing by outlet",
                            "Timeline"]


def test_summary_sentences_cite_their_outlets(analysis_page):
    sentences = analysis_page.locator("#summary ol.summary > li")
    assert 3 <= sentences.count() <= 7
    for n in range(sentences.count()):
        assert sentences.nth(n).locator("a.cite").count() >= 1
    sync_api.expect(analysis_page.locator("#summary")).to_contain_text(
        "Positions on negotiations: Lena Varga (Otherland) conditional")
    analysis_page.locator("#summary li", has_text="report that Lena Varga said:").locator(
        "a.cite", has_text="Northern Wire").click()
    _flashed(analysis_page, "st-3")


def test_positions_matrix_shows_a_stance_with_its_condition(analysis_page):
    row = analysis_page.locator("#positions tr", has_text="Lena Varga")
    sync_api.expect(row.locator(".stance")).to_have_text("conditional")
    sync_api.expect(row.locator("small.condition")).to_have_text(
        "only if Examplia first withdrew its troops from the river delta")
    sides = analysis_page.locator("#positions tr.side").all_inner_texts()
    assert [s.strip().lower() for s in sides] == ["examplia", "otherland", "country unknown"]
    sync_api.expect(analysis_page.locator("#positions tr", has_text="Tomas Reyk").locator(
        ".stance")).to_have_text("against")


def test_clicking_a_position_cell_highlights_statement_and_condition(analysis_page):
    analysis_page.locator("#positions tr", has_text="Lena Varga").locator("a.stance").click()
    _flashed(analysis_page, "st-0")
    condition = analysis_page.locator("mark.ev.cond")
    sync_api.expect(condition).to_have_text(
        "only if Examplia first withdrew its troops from the river delta")
    sync_api.expect(condition).to_have_class(re.compile(r"\bcurrent\b"))
    # the speaker of the statement lights up with it
    sync_api.expect(analysis_page.locator("#sp-0")).to_have_class(re.compile(r"\bcurrent\b"))


def test_claims_show_versions_side_by_side_with_conflicts(analysis_page):
    claims = analysis_page.locator("#claims .claim")
    sync_api.expect(claims).to_have_count(3)  # the single-source claim is not listed
    first = claims.first
    sync_api.expect(first.locator("h3")).to_contain_text("2 independent sources")
    sync_api.expect(first.locator(".conflict")).to_contain_text("date")
    versions = first.locator(".version")
    sync_api.expect(versions).to_have_count(2)
    boxes = [versions.nth(n).bounding_box() for n in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"]
    sync_api.expect(versions.nth(0)).to_contain_text("Coast Courier")
    sync_api.expect(versions.nth(0)).to_contain_text("quoted")


def test_clicking_a_claim_version_highlights_it_in_its_article(analysis_page):
    version = analysis_page.locator("#claims .claim").nth(2).locator(".version").nth(1)
    version.locator("a.quote").click()
    _flashed(analysis_page, "st-5")
    sync_api.expect(analysis_page.locator("#st-5")).to_have_text(
        "his country would never negotiate with Otherland")


def test_framing_table_compares_terms_and_registry(analysis_page):
    terms = analysis_page.locator("#framing table.terms tr", has_text="Vell (city)")
    sync_api.expect(terms).to_contain_text("Vell ×1")
    sync_api.expect(terms).to_contain_text("Velle ×1")
    voice = analysis_page.locator("#framing table.framing tr", has_text="State Voice")
    sync_api.expect(voice).to_contain_text("state affiliation: state-owned")
    sync_api.expect(voice).to_contain_text("peace plan")
    sync_api.expect(voice).to_contain_text("alleged attack")
    voice.locator("a.hedge").click()
    hedge = analysis_page.locator("mark.ev.hedge")
    sync_api.expect(hedge).to_have_text("alleged attack")
    sync_api.expect(hedge).to_have_class(re.compile(r"\bcurrent\b"))


def test_timeline_svg_has_one_mark_per_dated_item(analysis_page):
    dated = [e for e in analysis_briefing().timeline if e.date.precision != "unknown"]
    svg = analysis_page.locator("#timeline svg.timeline")
    sync_api.expect(svg).to_be_visible()
    sync_api.expect(svg.locator(".mark")).to_have_count(len(dated))
    sync_api.expect(svg.locator(".mark.day circle")).to_have_count(2)  # day: points
    sync_api.expect(svg.locator(".mark.month rect")).to_have_count(1)  # month: a bar
    sync_api.expect(analysis_page.locator("#timeline ol.timeline-list li")).to_have_count(len(dated))


def test_clicking_timeline_items_highlights_their_source(analysis_page):
    analysis_page.locator("#timeline svg .mark.day").last.click()
    _flashed(analysis_page, "st-3")
    # the event's sentence is not a statement: it gets its own mark
    analysis_page.locator("#timeline ol.timeline-list a.tl", has_text="alleged attack").click()
    event = analysis_page.locator("mark.ev.event[id]")
    sync_api.expect(event).to_have_count(1)
    _flashed(analysis_page, event.get_attribute("id"))
    pieces = analysis_page.locator(f'[data-span="{event.get_attribute("id")}"]').all_inner_texts()
    assert "".join(pieces) == "An alleged attack on the delta was reported in 2023"


def test_analysis_page_makes_no_network_request(analysis_page, analysis_requests):
    assert analysis_requests
    assert all(url.startswith("file://") for url in analysis_requests), analysis_requests


def test_clicking_a_fact_version_highlights_its_words(browser, tmp_path):
    html = write_briefing(fact_briefing(), outdir=tmp_path)["html"]
    page = browser.new_page(viewport={"width": 1100, "height": 500})
    try:
        page.goto(html.as_uri())
        version = page.locator("#claims .version").first
        sync_api.expect(version.locator(".badge")).to_have_text("reported as fact")
        link = version.locator("a.quote")
        key = link.get_attribute("data-target").split()[0]
        link.click()
        _flashed(page, key)
        sync_api.expect(page.locator(f"#{key}")).to_have_text(
            "Examplia closed the river border on Friday")
    finally:
        page.close()


def test_a_wide_positions_matrix_is_not_cut_off(browser, tmp_path):
    from dataclasses import replace

    from crosswire.models import Issue, Position

    briefing = analysis_briefing()
    issues = [Issue(id=f"i{n}", label=f"issue number {n}", terms=[], statements=[], seed=True)
              for n in range(8)]
    positions = [Position(actor="a-varga", actor_name="Lena Varga", issue=issue.id,
                          stance="conditional", statements=["courier:s0"], country="Otherland")
                 for issue in issues]
    html = write_briefing(replace(briefing, issues=issues, positions=positions),
                          outdir=tmp_path)["html"]
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(html.as_uri())
        sync_api.expect(page.locator("#positions thead th")).to_have_count(9)
        box = page.locator("#positions .scroll")
        assert box.evaluate("e => e.scrollWidth <= e.clientWidth")
        last = page.locator("#positions thead th").last.bounding_box()
        assert last["x"] + last["width"] <= 1280
    finally:
        page.close()


def test_content_security_policy_lets_the_page_run_and_blocks_nothing_of_it(browser, tmp_path):
    html = write_briefing(sample_briefing(), outdir=tmp_path)["html"]
    page = browser.new_page()
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(html.as_uri())
    ink = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--ink')")
    assert ink.strip() == "#1d2024"  # the inline style sheet applied
    page.locator('a.quote[data-target="st-4"]').click()  # the inline script runs
    sync_api.expect(page.locator("#st-4")).to_have_class(re.compile(r"\bcurrent\b"))
    # a script smuggled in after the fact is refused
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'document.title = "pwned"'; document.body.append(s); }""")
    assert page.title() != "pwned"
    assert refused and all("script" in text for text in refused), refused
    page.close()
