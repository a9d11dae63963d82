"""Language routing: each article goes to the pipeline for its language; one without a
pipeline is kept, marked, and never parsed as English."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from crosswire.briefing import briefing_to_json, render_html, render_markdown
from crosswire.metadata.language import detect_language
from crosswire.models import Article, Briefing, DateEstimate
from crosswire.nlp import analyse
from crosswire.nlp.languages import ENGLISH, pipeline_language

UNDATED = DateEstimate(None, "unknown", "", 0.0)
POLISH = "Minister powiedział w poniedziałek, że rząd nie przyjmie propozycji sąsiadów."


def _article(text: str, *, language: str | None, id: str = "a1") -> Article:
    return Article(id=id, source_path=f"in/{id}.txt", outlet=None, title=None,
                   published=UNDATED, language=language, text=text)


class _NoEnglishParse:
    """Stands in for the English model where no article may reach it."""

    def pipe(self, *args, **kwargs):
        raise AssertionError("an article not in English reached the English model")


@pytest.mark.parametrize(("text", "language"), [
    (POLISH, "pl"),
    ("Ministr řekl v pondělí, že vláda návrh sousedů nepřijme a bude dál jednat.", "cs"),
    ("The minister said so.", None),
])
def test_detection_names_the_language_or_abstains(text, language):
    assert detect_language(text) == language


def test_english_and_undetermined_text_go_to_the_english_model():
    assert pipeline_language("en") == ENGLISH
    assert pipeline_language(None) == ENGLISH
    assert pipeline_language("pl") is None


def test_an_article_without_a_pipeline_is_kept_and_marked_never_parsed_as_english():
    [analysis] = analyse([_article(POLISH, language="pl")], nlp=_NoEnglishParse())
    assert (analysis.mentions, analysis.statements, analysis.events) == ([], [], [])
    assert analysis.article.text == POLISH
    assert analysis.article.not_analysed == "no pipeline for language 'pl'"


def test_the_briefing_marks_the_article_not_analysed_and_validates():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema not installed (test dep)")
    [analysis] = analyse([_article(POLISH, language="pl")], nlp=_NoEnglishParse())
    briefing = Briefing(articles=[analysis.article], actors=[], statements=[])
    data = briefing_to_json(briefing)
    schema = json.loads(resources.files("crosswire.data").joinpath("brief.schema.json")
                        .read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["articles"][0]["not_analysed"] == "no pipeline for language 'pl'"
    assert "**Not analysed:** no pipeline for language 'pl'." in render_markdown(briefing)
    assert "Not analysed: no pipeline for language &#39;pl&#39;." in render_html(briefing)


def test_an_analysed_article_says_nothing_of_it():
    article = _article("The minister said on Monday that talks were over.", language="en")
    assert "not_analysed" not in briefing_to_json(
        Briefing(articles=[article], actors=[], statements=[]))["articles"][0]
