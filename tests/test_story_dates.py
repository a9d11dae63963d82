"""Dates the story settles that one article cannot: a dateline's missing year and the
statement dates that hang on it."""

from __future__ import annotations

from dataclasses import replace

from crosswire.compare.story_dates import date_story
from crosswire.metadata.published import publication_date
from crosswire.models import Article, MergedAnalysis, Resolution, Statement
from crosswire.nlp.circumstances import resolve_date
from text_spans import words_in


def _article(id_: str, text: str) -> Article:
    published = publication_date(None, text=text, boilerplate=[])
    return Article(id_, f"{id_}.txt", f"Outlet {id_}", None, published, "en", text)


def _said(article: Article, words: str, phrase: str) -> Statement:
    text = article.text
    return Statement(f"{article.id}:s0", words_in(text, words, article.id), "indirect",
                     words_in(text, "said", article.id), None, Resolution("named", 1.0),
                     said_on=resolve_date(words_in(text, phrase, article.id),
                                          anchor=article.published))


DATED = "HALDEN, Dec. 30, 2025 (Tolven Daily) - The sluice gates jammed on Monday."
YEARLESS = ("HALDEN, Jan. 2 (Marenka Post) - Warden Ilse Korr said yesterday that the gates "
            "would open.")


def test_a_yearless_dateline_takes_the_year_nearest_the_storys_dates():
    dated, yearless = _article("a", DATED), _article("b", YEARLESS)
    assert yearless.published.value is None  # alone, "Jan. 2" has no year
    statement = _said(yearless, "the gates would open", "yesterday")
    assert statement.said_on.value is None
    story = date_story(MergedAnalysis([dated, yearless], [], [statement]))
    published = story.articles[1].published
    assert (published.value, published.basis) == ("2026-01-02", "year inferred")
    assert "the year from the story (a is dated 2025-12-30)" in published.evidence
    assert published.confidence < dated.published.confidence
    said_on = story.statements[0].said_on
    assert (said_on.value, said_on.basis, said_on.evidence) == ("2026-01-01", "relative", "yesterday")
    assert story.articles[0] is dated


def test_no_story_date_near_enough_leaves_the_year_open():
    far = _article("a", "HALDEN, June 30, 2025 (Tolven Daily) - The sluice gates jammed.")
    yearless = _article("b", YEARLESS)
    story = date_story(MergedAnalysis([far, yearless], [], []))
    assert story.articles[1].published.value is None


def test_a_story_without_yearless_datelines_is_returned_as_it_is():
    merged = MergedAnalysis([_article("a", DATED)], [], [])
    assert date_story(merged) is merged


def test_a_statement_said_the_next_day_moves_the_articles_last_date():
    text = ("On December 29, 2025, the sluice gates jammed. The next day warden Ilse Korr "
            "said the gates would open.")
    article = _article("a", text)
    statement = _said(article, "the gates would open", "The next day")
    story = date_story(MergedAnalysis([article], [], [statement]))
    assert story.statements[0].said_on.value == "2025-12-30"


def test_words_nothing_dates_are_dated_by_their_publication():
    article = _article("a", DATED + ' "We will clear them," warden Ilse Korr said in recent days.')
    quiet = Statement("a:s0", words_in(article.text, "We will clear them", "a"), "direct",
                      words_in(article.text, "said", "a"), None, Resolution("named", 1.0))
    unread = replace(quiet, id="a:s1", said_on=resolve_date(
        words_in(article.text, "in recent days", "a"), anchor=article.published))
    story = date_story(MergedAnalysis([article], [], [quiet, unread]))
    dated, kept = story.statements
    assert (dated.said_on.value, dated.said_on.basis) == ("2025-12-30", "publication")
    assert dated.said_on.confidence == round(article.published.confidence * 0.5, 3)
    assert kept.said_on.basis == "publication"
    assert kept.said_on.evidence.endswith("; “in recent days” not read")
