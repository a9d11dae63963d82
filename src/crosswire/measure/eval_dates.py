"""The year of a dateline that leaves it out, taken from its story, on ECB+ gold stories.

ECB+ groups news articles by the real-world event they report; some open with a dated
line ("December 23, 2008"). Each article whose opening states a full date is tried once
with that date's year removed from its text ("December 23"): alone it has no year, and
``compare.story_dates`` must take one from the other articles of its gold story, each
dated as crosswire dates it. A try counts as right when the day found is the day the
article stated; "left open" when no dated article of the story lies near enough, or
the story allows two years alike (``compare.story_dates``). The stories' texts were not
read while writing the nearest-year rule; the rules for stories over several years were
checked against this set's misses (it is a tuning set, not a held-out one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from crosswire.compare.story_dates import date_story
from crosswire.measure.dataset_lines import json_lines
from crosswire.metadata.published import publication_date
from crosswire.models import Article, MergedAnalysis

_DATELINE = re.compile(r"^dateline: (?P<phrase>.+)$")
_YEAR_AT_END = re.compile(r",?\s+\d{4}$")


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    left_open: int = 0

    @property
    def asked(self) -> int:
        return self.right + self.wrong + self.left_open


def _article(row: dict, body: str) -> Article:
    published = publication_date(None, text=body, boilerplate=[])
    return Article(row["id"], row["id"], None, None, published, "en", body)


def _body(row: dict) -> str:
    """The text without its first line, the headline."""
    return row["text"].split("\n", 1)[1] if "\n" in row["text"] else row["text"]


def _without_year(article: Article) -> Article | None:
    """The article with its dateline's year cut, None when its date is no stated full day."""
    match = _DATELINE.match(article.published.evidence)
    if article.published.precision != "day" or match is None:
        return None
    phrase = match["phrase"]
    cut = _YEAR_AT_END.sub("", phrase)
    if cut == phrase or phrase not in article.text:
        return None
    text = article.text.replace(phrase, cut, 1)
    return replace(article, text=text, published=publication_date(None, text=text, boilerplate=[]))


def tries(path: Path) -> Iterator[tuple[Article, Article, list[Article]]]:
    """(the article as stated, the article with its year cut, its story's other articles)."""
    stories: dict[str, list[dict]] = {}
    for _, row in json_lines(path, required=("id", "story", "text")):
        stories.setdefault(row["story"], []).append(row)
    for rows in stories.values():
        articles = [_article(row, _body(row)) for row in rows]
        for n, article in enumerate(articles):
            cut = _without_year(article)
            if cut is not None:
                yield article, cut, articles[:n] + articles[n + 1:]


def report_lines(*, path: Path) -> list[str]:
    tally = Tally()
    for stated, cut, others in tries(path):
        story = date_story(MergedAnalysis([cut, *others], [], []))
        found = story.articles[0].published.value
        if found is None:
            tally.left_open += 1
        elif found == stated.published.value:
            tally.right += 1
        else:
            tally.wrong += 1
    share = tally.right / tally.asked if tally.asked else 0.0
    return [
        f"{tally.asked} articles of {path.name} open with a full date; each tried with its year cut",
        f"year from the story, right to the day: {share:.3f} ({tally.right}/{tally.asked})",
        f"wrong: {tally.wrong}; left open (no dated article of its story near enough, or "
        f"years it allows alike): {tally.left_open}",
    ]
