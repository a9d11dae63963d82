"""The date a page states for itself on a line of its own or in a dateline.

A wire dateline opens its line: "KYIV, Nov 20 (Reuters) - ...". A date line holds the
date and nothing a reader would not expect beside a page's date: a label ("Published",
"Last updated at"), a time ("7:35 am", "12: 42 GMT" as detokenised text writes it), a
time zone (``data/date_line_words.jsonl``), the outlet credited ("Reuters") and the
date's own weekday ("Thursday, December 11, 2008", "Sat Nov 12 2011"). A weekday that
is not the date's own says the line is no plain date line, and for a date without its
year it says which years it can be in (``compare.story_dates`` tries the story's
years). A line in capitals is read with its month and weekday names in title case
("DECEMBER 16, 2008"), as the date patterns want them capitalised.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from crosswire.data import located_rows
from crosswire.knowledge.dates import (
    CALENDAR_KINDS,
    MONTHS,
    WEEKDAYS,
    DayRange,
    estimate,
    find_date_phrases,
    phrase_kind,
    resolve_said_on,
)
from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.page_dates import PUBLISHED_WORDS, UPDATE_WORDS
from crosswire.models import DateEstimate

CONFIDENCE_DATELINE = 0.85
# A dateline opens its line: an optional place ("KYIV, Ukraine,"), the date, an optional
# credit in brackets, then a dash: "KYIV, Nov 20 (Reuters) - ...". A place and a date
# alone on their line ("WASHINGTON, DC, April 28, 2009") are one too.
_DATELINE_PLACE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3},[ \t]*"
                             r"(?:[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2},[ \t]*)?)?$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?[-–—]")
# A clock time, its seconds and its half of the day: "7:35 am", "05.51AM", "7: 35" (the
# detokenised form), "2 A. M."; or the four digits of a 24-hour time before a zone
# ("0715 GMT", checked by the zone word that must follow); or a zone's offset from UTC
# ("GMT+01: 00", "UTC-5", "+0530"), whose digits are no stray text.
_TIME = re.compile(r"(?<!\d)\d{1,2}\s?[:.]\s?\d{2}(?:\s?[:.]\s?\d{2})?(?:\s?[ap]\.?\s?m\b\.?)?"
                   r"|\b[ap]\.\s?m\.|(?<!\d)\d{3,4}(?=\s+[A-Za-z]{2,4}\b)"
                   r"|(?:(?<=GMT)|(?<=UTC))\s?[+-]\d{1,2}(?:\s?:\s?\d{1,2})?|(?<!\w)[+-]\d{2}\s?:?\s?\d{2}\b",
                   re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_PUNCTUATION = re.compile(r"[|:•·,.()\s–—@+-]")
# Characters a date line may keep beyond its words, times and punctuation: stray initials
# of a credit or a place, a digit.
_MAX_STRAY_CHARS = 2
_EXPLICIT = re.compile(r"\d")  # an explicit date names a day number or a year
_DAY_SUFFIX = re.compile(r"(?<=\d)(?:ST|ND|RD|TH)\b")
_LEADING_LINES = 15
# A weekday abbreviated is at least its first three letters: "Sat", "Tues", "Thurs".
_MIN_WEEKDAY_PREFIX = 3


def dateline(text: str, *, boilerplate: list[str],
             anchor: DateEstimate | None) -> DateEstimate | None:
    """A date the page states for itself: "KYIV, Nov 20 (Reuters) -", "Published 21 Nov
    2022", "Thursday, December 11, 2008"; its year from ``anchor`` when it gives none.

    A wire dateline ranks first, then a date line that calls it the publication or the
    posting, then a plain date line, then a date a line calls an update.
    """
    head = "\n".join(text.splitlines()[:_LEADING_LINES])
    candidates: list[tuple[int, str, str, frozenset[int]]] = []  # rank, read, shown, weekdays
    for source in [head, *boilerplate]:
        for shown_line in source.splitlines():
            line = _calendar_case(shown_line)
            phrases = [(start, end, phrase) for start, end, phrase in find_date_phrases(line)
                       if _EXPLICIT.search(phrase) and phrase_kind(phrase) in CALENDAR_KINDS]
            weekdays = _weekdays_beside(line, phrases)
            for n, (start, end, phrase) in enumerate(phrases):
                shown = shown_line[start:end]
                if weekdays is not None:
                    rank = 3 if UPDATE_WORDS.search(line[:start]) else \
                        1 if PUBLISHED_WORDS.search(line) else 2
                    candidates.append((rank, phrase, shown, weekdays[n]))
                elif _DATELINE_PLACE.match(line[:start]) and (
                        _DATELINE_AFTER.match(line[end:])
                        or (line[:start].strip() and not line[end:].strip())):
                    candidates.append((0, phrase, shown, frozenset()))
    for _, phrase, shown, weekdays in sorted(candidates, key=lambda item: item[0]):
        resolved = resolve_said_on(phrase, anchor=anchor or _UNKNOWN)
        if not resolved or not resolved.value:
            continue
        if weekdays and (resolved.precision != "day"
                         or weekdays != {date.fromisoformat(resolved.value).weekday()}):
            continue  # the weekday beside it is not the date's own
        return replace(resolved, evidence=f"dateline: {shown}", confidence=CONFIDENCE_DATELINE)
    return None


def dateline_in_year(text: str, *, boilerplate: list[str], year: int) -> DateEstimate | None:
    """The date a dateline without its year ("KYIV, Nov 20 (Reuters) -") gives in ``year``,
    for a story whose other articles say which year it is."""
    days = DayRange(date(year, 1, 1), date(year, 12, 31))
    return dateline(text, boilerplate=boilerplate,
                    anchor=estimate(days, evidence="", confidence=1.0))


def _weekdays_beside(line: str, phrases: list[tuple[int, int, str]]) -> list[frozenset[int]] | None:
    """The weekdays a line names beside each of its dates (Monday is 0), each weekday the
    date's nearest it: "Published Mon Nov 9 2026, updated Tue Nov 10 2026" names one for
    each. None when the line holds more than dates, times, zones, labels, weekdays and an
    outlet's name crediting it ("Reuters Sep 18, 2025, 02:16PM IST"): then it is no date
    line; digits left beside the date count as much as words ("March 12, 2026 4417 99")."""
    if not phrases:
        return None
    credits = [(match.start, match.end) for match in load_registry().find_in_text(line)]
    gaps, last = [], 0
    for start, end in sorted([(start, end) for start, end, _ in phrases] + credits):
        if start >= last:
            gaps.append((last, start))
            last = end
    gaps.append((last, len(line)))
    labels = _line_words()
    weekdays: list[set[int]] = [set() for _ in phrases]
    stray = []
    for gap_start, gap_end in gaps:
        # times blanked, not cut, so each word keeps its place in the line
        gap = _TIME.sub(lambda match: " " * len(match[0]), line[gap_start:gap_end])

        def left(match: re.Match, at: int = gap_start) -> str:
            """The word unless it is a weekday (kept for its nearest date) or a label."""
            weekday = _weekday_of(match[0])
            if weekday is not None:
                weekdays[_nearest(phrases, at + match.start())].add(weekday)
                return ""
            return "" if match[0].lower() in labels else match[0]

        stray.append(_WORD.sub(left, gap))
    if len(_PUNCTUATION.sub("", "".join(stray))) > _MAX_STRAY_CHARS:
        return None
    return [frozenset(found) for found in weekdays]


def _nearest(phrases: list[tuple[int, int, str]], at: int) -> int:
    """The index of the phrase nearest the offset ``at``, by the characters between."""
    return min(range(len(phrases)), key=lambda n: max(phrases[n][0] - at, at - phrases[n][1]))


def _weekday_of(word: str) -> int | None:
    """The weekday a word names in full or abbreviated ("Thursday", "THU", "Tues")."""
    if len(word) < _MIN_WEEKDAY_PREFIX:
        return None
    lowered = word.lower()
    return next((number for number, name in enumerate(WEEKDAYS)
                 if name.lower().startswith(lowered)), None)


def _calendar_case(line: str) -> str:
    """A line in capitals with its month and weekday names in title case and its day
    suffixes in lower case ("APRIL 24TH" -> "April 24th"); any other line as it is. The
    line keeps its length, so offsets hold in both."""
    if any(char.islower() for char in line):
        return line

    def titled(match: re.Match) -> str:
        word = match[0].capitalize()
        return word if word in MONTHS or _weekday_of(word) is not None else match[0]

    return _DAY_SUFFIX.sub(lambda match: match[0].lower(), _WORD.sub(titled, line))


@functools.cache
def _line_words() -> frozenset[str]:
    """Labels and time zones a date line may hold, from ``data/date_line_words.jsonl``."""
    words: set[str] = set()
    for where, record in located_rows("date_line_words.jsonl"):
        listed = record.get("words")
        if record.get("kind") not in ("labels", "time_zones") or not (
                isinstance(listed, list) and all(isinstance(word, str) for word in listed)):
            raise ValueError(f"{where}: expected {{'kind': 'labels'|'time_zones', 'words': [...]}}")
        words.update(word.lower() for word in listed)
    return frozenset(words)


_UNKNOWN = DateEstimate(None, "unknown", "", 0.0)
