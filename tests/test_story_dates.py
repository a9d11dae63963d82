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


def _story_year(yearless: str, *dated: str) -> str | None:
    """The publication the story gives the last article, the others each dated."""
    articles = [_article(f"d{n}", text) for n, text in enumerate(dated)]
    article = _article("y", yearless)
    assert article.published.value is None
    story = date_story(MergedAnalysis([*articles, article], [], []))
    return story.articles[-1].published.value


def _wire(day: str, text: str = "The sluice gates jammed.") -> str:
    return f"HALDEN, {day} (Tolven Daily) - {text}"


def test_the_weekday_of_a_date_line_picks_its_year_over_a_nearer_article():
    # 6 March 2025 is two days from the first article but a Thursday; 2026's is a Friday.
    yearless = "Friday, March 6\nWarden Ilse Korr said the gates would open."
    assert _story_year(yearless, _wire("March 4, 2025"), _wire("Jan. 20, 2026")) == "2026-03-06"


def test_two_years_the_story_allows_alike_leave_the_year_open():
    dated = (_wire("Sept. 10, 2024"), _wire("Sept. 10, 2026"))
    assert _story_year(_wire("Sept. 10"), *dated) is None


def test_of_two_close_years_the_one_most_articles_lie_around_wins():
    # 2024's article is a day nearer, but three of the four articles are of 2026.
    dated = (_wire("Sept. 11, 2024"), _wire("Sept. 9, 2026"), _wire("Sept. 10, 2026"),
             _wire("Sept. 12, 2026"))
    assert _story_year(_wire("Sept. 11"), *dated) == "2026-09-11"


def test_a_date_written_with_its_year_leaves_that_year_open_beside_a_later_one():
    dated = (_wire("Sept. 9, 2024"), _wire("Sept. 10, 2024"), _wire("Sept. 12, 2024"),
             _wire("Sept. 11, 2026"))
    yearless = _wire("Sept. 11", "The flood of June 3, 2024 had weakened the gates.")
    assert _story_year(yearless, *dated) is None


def test_a_date_the_text_reports_as_past_rules_earlier_years_out():
    dated = (_wire("Sept. 28, 2024"), _wire("Sept. 1, 2025"))
    yearless = _wire("Sept. 30", "The bridge was closed on October 2, 2024 after the flood.")
    assert _story_year(yearless, *dated) == "2025-09-30"
