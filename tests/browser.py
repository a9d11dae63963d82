"""What the browser tests share: Debian's chromium driven by playwright (no browser
download), and the mark that skips a module where it is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium (apt-get install -y chromium)",
)


@pytest.fixture(scope="module")
def browser():
    """Chromium, once per test module: playwright's sync API refuses a second instance
    alongside. A module imports this fixture by name, after its own importorskip."""
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
