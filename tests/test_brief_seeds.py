"""End to end through the CLI on the bundled example corpus: the contract holds everywhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosswire.clean import NO_BREAK_SPACE
from crosswire.cli import cli

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> dict:
    outdir = tmp_path_factory.mktemp("brief")
    result = CliRunner().invoke(cli, ["brief", str(SEEDS), "--year", "2022", "-o", str(outdir)])
    assert result.exit_code == 0, result.output
    for name in ("brief.json", "brief.md", "brief.html"):
        assert str(outdir / name) in result.output
    return {
        "json": json.loads((outdir / "brief.json").read_text("utf-8")),
        "md": (outdir / "brief.md").read_text("utf-8"),
        "html": (outdir / "brief.html").read_text("utf-8"),
    }


def test_every_seed_becomes_an_article(brief):
    articles = brief["json"]["articles"]
    assert len(articles) == len(list(SEEDS.iterdir()))
    for article in articles:
        assert article["outlet"], article["source_path"]
        assert article["text"].strip()


def test_clean_text_maps_back_to_the_input(brief):
    for article in brief["json"]["articles"]:
        source = Path(article["source_path"]).read_text("utf-8").replace("\r\n", "\n")
        covered = 0
        for text_start, source_start, length, source_length, exact in article["segments"]:
            if exact:
                # one for one, a no-break space read as a plain space
                kept = source[source_start:source_start + length].replace(NO_BREAK_SPACE, " ")
                assert article["text"][text_start:text_start + length] == kept
            covered += length
        body_chars = len(article["text"].replace("\n", ""))
        assert covered >= body_chars


def test_statement_spans_are_exact(brief):
    texts = {a["id"]: a["text"] for a in brief["json"]["articles"]}
    actors = {a["id"] for a in brief["json"]["actors"]}
    statements = brief["json"]["statements"]
    assert statements
    for statement in statements:
        text = texts[statement["article"]]
        assert text[statement["start"]:statement["end"]] == statement["text"]
        assert statement["kind"] in {"direct", "indirect", "mixed"}
        if statement["speaker_start"] is not None:
            assert text[statement["speaker_start"]:statement["speaker_end"]] == statement["speaker_text"]
        if statement["speaker"] is not None:
            assert statement["speaker"] in actors


def test_html_is_self_contained(brief):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", brief["html"])
    assert "<script src" not in brief["html"]


def test_markdown_carries_the_statements(brief):
    quoted = [s for s in brief["json"]["statements"] if s["kind"] == "direct"]
    assert quoted
    for statement in quoted[:5]:
        assert statement["text"][:40] in brief["md"]
