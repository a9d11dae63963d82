"""Dates as web pages write them: full dates in a line of a page (numeric in either order,
or with a month's name in several languages) and the day a URL's path names. Read by the
cleaning stage's page metadata and by the publication-date estimate."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from datetime import date

from crosswire.data import located_rows
from crosswire.knowledge.dates import (
    CALENDAR_KINDS,
    MONTHS,
    YEAR,
    find_date_phrases,
    phrase_kind,
    resolve_said_on,
)
from crosswire.models import DateEstimate

# Numeric dates on web pages: year first ("2025/08/19"), or year last with the month
# first ("08/19/2025"), the day first when that is the only valid reading ("19.08.2025")
# or the page's other dates show it (``full_dates_in``).
# Only a digit may not touch them: inline markup glues a byline's name to its date
# ("Mara Quist3/4/2025").
_NUMERIC_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})\b")
_NUMERIC_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_FOUR_DIGITS = re.compile(r"\b\d{4}\b")
# Words that call a date the publication or the posting.
PUBLISHED_WORDS = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)
# Words that mark a date as a revision, not a first publication.
UPDATE_WORDS = re.compile(r"\b(?:updated?|modified|revised|edited)\b", re.IGNORECASE)
# Words that name the date right after them as the first publication, whatever came later:
# "This article was originally published on 26 Sep 2019 but has been updated".
FIRST_PUBLISHED = re.compile(
    r"\b(?:originally|first)\s+(?:published|posted)(?:\s+on)?(?:\s+the)?\s*[:,]?\s*",
    re.IGNORECASE)


def dates_with_year(text: str) -> list[tuple[int, int, str, DateEstimate]]:
    """The calendar dates ``text`` writes with their year ("June 4, 2010", "in May 2010"),
    each read alone, with where its phrase starts and ends and its words: the one reading
    behind the full days a line states (``full_dates_in``), the latest date a text
    reports as past and the years an article writes (``compare.story_dates``)."""
    found = []
    for start, end, phrase in find_date_phrases(text):
        if phrase_kind(phrase) not in CALENDAR_KINDS or not _FOUR_DIGITS.search(phrase):
            continue
        resolved = resolve_said_on(phrase, anchor=None)
        if resolved is not None and resolved.earliest:
            found.append((start, end, phrase, resolved))
    return found


def full_dates_in(line: str, *, known: Collection[date] = ()) -> list[tuple[int, date]]:
    """Days ``line`` states in full (day, month and year) with where each starts, in order.

    A numeric date valid both ways ("03/10/2023") reads month first unless only the
    day-first reading is among ``known``, days the page gives elsewhere (its markup, its
    URL): sites write both orders, and the page's other dates tell which one it uses.
    """
    found = [(start, date.fromisoformat(resolved.earliest))
             for start, _, _, resolved in dates_with_year(line) if resolved.earliest == resolved.latest]
    for match in _NUMERIC_YEAR_FIRST.finditer(line):
        day = _valid_day(match[1], match[2], match[3])
        if day:
            found.append((match.start(), day))
    for match in _NUMERIC_YEAR_LAST.finditer(line):
        month_first = _valid_day(match[3], match[1], match[2])
        day_first = _valid_day(match[3], match[2], match[1])
        day = day_first if day_first in known and month_first not in known else \
            month_first or day_first
        if day:
            found.append((match.start(), day))
    taken = {start for start, _ in found}
    names, pattern = _named_months()
    for match in pattern.finditer(line):
        day = _valid_day(match[3], str(names[match[2].lower()]), match[1])
        if day and not any(match.start() <= start < match.end() for start in taken):
            found.append((match.start(), day))
    return sorted(found, key=lambda item: item[0])


@functools.cache
def _named_months() -> tuple[dict[str, int], re.Pattern[str]]:
    """Month names of ``data/month_names.jsonl`` and English, and the day-first dates pages
    write with them in any separator: "04-ago-2021", "5. März 2024", "5 de marzo de 2024",
    "19-Dec-2025" (the English phrase patterns want spaces)."""
    names = {name.lower(): number for name, number in MONTHS.items()}
    for where, row in located_rows("month_names.jsonl"):
        months = row.get("months")
        if not (isinstance(months, list) and len(months) == 12 and all(
                isinstance(forms, list) and forms and all(isinstance(f, str) for f in forms)
                for forms in months)):
            raise ValueError(f"{where}: expected {{'language': ..., 'months': "
                             "[12 lists of names, January first]}")
        for number, forms in enumerate(months, start=1):
            for form in forms:
                if names.setdefault(form.lower(), number) != number:
                    raise ValueError(f"{where}: {form!r} names two months")
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    separator = r"(?:\s+de\s+|[\s./-]+)"
    pattern = re.compile(
        rf"(?<![\w.])(\d{{1,2}})(?:\.|er|º)?{separator}({alternatives})(?!\w)\.?,?"
        rf"{separator}(\d{{4}})(?!\d)", re.IGNORECASE)
    return names, pattern


# A day in a URL's path, as content systems write it: "/2023/10/03/", "/2023/october/03/".
_URL_DAY = re.compile(r"/(" + YEAR + r")[/_-](\d{1,2}|[a-z]{3,9})[/_-](\d{1,2})(?=/|$|[_-])",
                      re.IGNORECASE)


def url_days(url: str) -> set[date]:
    """The days a URL's path names, year first."""
    days = set()
    for match in _URL_DAY.finditer(url):
        month = match[2] if match[2].isdigit() else MONTHS.get(match[2].capitalize())
        day = _valid_day(match[1], str(month), match[3]) if month else None
        if day:
            days.add(day)
    return days


def _valid_day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
