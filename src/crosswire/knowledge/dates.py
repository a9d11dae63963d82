"""Date expressions in news text ("on Sunday", "Nov. 20", "last month") resolved to dates.

Every estimate is a range of days, ``[earliest, latest]``, turned into a ``DateEstimate``
whose precision is the coarsest unit that still holds the whole range: one day -> "day",
one month -> "month", one year -> "year", else "unknown". Relative expressions are
resolved against an anchor (the article's publication estimate), itself a range, so an
anchor known only to the month resolves "on Sunday" to that month at best.

Choice for an unknown anchor: phrases that carry their own year ("in 2014",
"November 20, 2022") resolve normally; everything else ("November 20", "on Sunday")
gives ``value=None``, precision "unknown", the phrase as evidence and confidence 0.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from crosswire.models import DateBasis, DateEstimate, TextSpan

# Confidence that the expression names the day(s) it resolves to, before the anchor's own
# confidence is applied. Explicit dates are rarely wrong; weekday names assume the usual
# news convention (the most recent such day); week-level words are vaguer still.
CONFIDENCE_EXPLICIT = 0.95
CONFIDENCE_YEAR_INFERRED = 0.9
CONFIDENCE_WEEKDAY = 0.8
CONFIDENCE_DEICTIC = 0.8  # today, yesterday
CONFIDENCE_PERIOD = 0.7  # this/last month, this/last year
CONFIDENCE_WEEK = 0.6  # this/last week, over the weekend
CONFIDENCE_AGO = 0.5  # "a month ago": approximate by nature

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
            ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
            ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MONTH = "(?:" + "|".join(
    f"{name}\\.?" if len(name) <= 4 and name != "May" else name
    for name in sorted(MONTHS, key=len, reverse=True)
) + ")"
_FULL_MONTH = "(?:" + "|".join(name for name in MONTHS if len(name) > 4 or name == "May") + ")"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year a news date may name
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# The words before a month named alone that make it a date ("in May", "since early
# March"): without one, a day number or a year, a month name may be a name ("Ada May").
MONTH_CONTEXT = r"(?i:in|since|during|last|early|late|mid|until)"
_NUMBER = r"(?:\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))"

# Named alternatives, most specific first; month and weekday names must be capitalised
# ("may" and "march" are ordinary words), the rest matches in any case.
_PATTERNS = [
    ("iso", rf"(?P<iso>{YEAR}-[01]\d-[0-3]\d)"),
    ("month_day", rf"(?:(?i:on|since|by|until)\s+)?(?P<md_month>{_MONTH})\s+(?P<md_day>{_DAY})"
                  rf"(?!\d)(?:,?\s+(?P<md_year>{YEAR}))?"),
    ("day_month", rf"(?:(?i:on|since|by|until)\s+)?(?P<dm_day>{_DAY})\s+(?:of\s+)?"
                  rf"(?P<dm_month>{_MONTH})(?:,?\s+(?P<dm_year>{YEAR}))?"),
    ("month_year", rf"(?:(?i:in|since|by|until|during)\s+)?(?P<my_month>{_MONTH})\s+(?P<my_year>{YEAR})"),
    ("month", rf"(?P<m_prep>{MONTH_CONTEXT}[\s-]+)(?:(?i:early|late|mid)[\s-]+)?"
              rf"(?P<m_month>{_FULL_MONTH})"),
    ("year", rf"(?i:in|since|during|until|by)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<y_year>{YEAR})(?![\d-])"),
    ("weekday", rf"(?:(?P<wd_mod>(?i:on|last|this|since|early|late))\s+)?(?P<wd_day>{_WEEKDAY})(?:['’]s)?{_PART}"),
    ("ago", rf"(?P<ago_n>{_NUMBER})\s+(?P<ago_unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)"),
    ("weekend", r"(?P<weekend>(?i:(?:over|at|on|during)\s+the|this|last)\s+(?i:weekend))"),
    ("period", r"(?P<period>(?i:(?:(?:in|over|during)\s+the\s+)?(?:(?:earlier|later)\s+)?"
               r"(?:this|last|past)\s+(?:week|month|year)))"),
    ("deictic", r"(?P<deictic>(?i:earlier\s+today|today|tonight|yesterday|last\s+night|"
                r"this\s+(?:morning|afternoon|evening)))"),
]
# Most positions in a text start no date; this lookahead rejects them before the
# alternatives are tried (halves the scan time).
_TRIGGER = (r"(?=[0-9A-Z]|(?i:on|in|since|by|until|during|last|early|late|mid|this|over|at|"
            r"earlier|later|past|today|tonight|yesterday|a|an|one|two|three|four|five|six|"
            r"seven|eight|nine|ten)\b)")
_DATE_PHRASE = re.compile(
    r"(?<![\w-])" + _TRIGGER + "(?:" + "|".join(pattern for _, pattern in _PATTERNS) + r")(?![\w])"
)


# The group that tells which kind of expression matched, per pattern name.
_KIND_GROUPS = {
    "iso": "iso", "month_day": "md_month", "day_month": "dm_month", "month_year": "my_month",
    "month": "m_month", "year": "y_year", "weekday": "wd_day", "ago": "ago_n",
    "weekend": "weekend", "period": "period", "deictic": "deictic",
}
# Kinds that name their month themselves (the year may still come from the anchor).
CALENDAR_KINDS = frozenset({"iso", "month_day", "day_month", "month_year", "month"})


@dataclass(frozen=True)
class DayRange:
    earliest: date
    latest: date


def find_date_phrases(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in ``text`` as ``(start, end, phrase)``, in text order."""
    return [(m.start(), m.end(), m.group(0)) for m in _DATE_PHRASE.finditer(text)]


def phrase_kind(phrase: str) -> str | None:
    """Which kind of date expression ``phrase`` is ("month_day", "weekday", ...), if any."""
    match = _DATE_PHRASE.fullmatch(phrase.strip())
    if match is None:
        return None
    return next(kind for kind, group in _KIND_GROUPS.items() if match.group(group))


def resolve_said_on(phrase: str, *, anchor: DateEstimate | None,
                    forward: bool = False) -> DateEstimate | None:
    """Normalise a date phrase found next to a statement; ``None`` if it holds none.

    A phrase with more around the date ("earlier on Sunday", "on Thursday, Nov. 17")
    is read through the most specific date expression inside it. A date without its year
    ("March 14", "on Tuesday") is the latest such day on or before the anchor, as a report
    of the past tells it; ``forward`` (a plan: "would be repaired by March 14") reads it
    as the first such day on or after the anchor.
    """
    match = _DATE_PHRASE.fullmatch(phrase.strip()) or _most_specific(phrase)
    if match is None:
        return None
    anchor_range = anchor_range_of(anchor)
    resolved = _resolve(match, anchor_range, forward=forward)
    if resolved is None:
        return DateEstimate(None, "unknown", phrase.strip(), 0.0)
    days, confidence = resolved
    if _needs_anchor(match) and anchor is not None and anchor.confidence > 0:
        confidence *= anchor.confidence
    found = estimate(days, evidence=phrase.strip(), confidence=round(confidence, 3))
    return replace(found, basis=_basis(match))


def resolve_phrase_at(phrase: TextSpan, *, anchor: DateEstimate | None,
                      forward: bool = False) -> DateEstimate | None:
    """``resolve_said_on`` of the words at ``phrase``, the estimate carrying them as the
    span it was read from."""
    found = resolve_said_on(phrase.text, anchor=anchor, forward=forward)
    return None if found is None else replace(found, span=phrase)


def _basis(match: re.Match) -> DateBasis:
    if not _needs_anchor(match):
        return "stated"
    if match.group("md_month") or match.group("dm_month") or match.group("m_month"):
        return "year inferred"
    return "relative"


def _most_specific(phrase: str) -> re.Match | None:
    matches = list(_DATE_PHRASE.finditer(phrase))
    if not matches:
        return None
    return min(matches, key=lambda m: _SPECIFICITY.index(
        next(kind for kind, group in _KIND_GROUPS.items() if m.group(group))))


# Which expression to trust when a phrase holds several: the one naming the most.
_SPECIFICITY = ["iso", "month_day", "day_month", "deictic", "weekday", "ago", "weekend",
                "month_year", "month", "period", "year"]


def estimate(days: DayRange, *, evidence: str, confidence: float) -> DateEstimate:
    """The DateEstimate covering ``days`` at the finest precision that holds them all."""
    lo, hi = days.earliest, days.latest
    if lo == hi:
        value, precision = lo.isoformat(), "day"
    elif (lo.year, lo.month) == (hi.year, hi.month):
        value, precision = f"{lo.year:04d}-{lo.month:02d}", "month"
    elif lo.year == hi.year:
        value, precision = f"{lo.year:04d}", "year"
    else:
        value, precision = None, "unknown"
    return DateEstimate(value, precision, evidence, confidence, lo.isoformat(), hi.isoformat())


def anchor_range_of(anchor: DateEstimate | None) -> DayRange | None:
    """The days an estimate allows (its explicit bounds, else its value and precision)."""
    if anchor is None:
        return None
    if anchor.earliest and anchor.latest:
        return DayRange(date.fromisoformat(anchor.earliest), date.fromisoformat(anchor.latest))
    if not anchor.value:
        return None
    return range_of_value(anchor.value)


# A date no ISO value holds still places a statement or event when it spans at most this
# many days ("last week" read on 7 January runs over New Year); a wider one ("on Sunday"
# read against a bare year) places nothing.
MAX_UNNAMED_RANGE_DAYS = 31


def placed_days(estimate_: DateEstimate | None) -> DayRange | None:
    """The days a date places its record in: its value's (or its narrower bounds'), else
    bounds no wider than ``MAX_UNNAMED_RANGE_DAYS``; None when it places nothing."""
    if estimate_ is None:
        return None
    if estimate_.value and estimate_.precision != "unknown":
        return anchor_range_of(estimate_)
    days = anchor_range_of(estimate_) if estimate_.earliest and estimate_.latest else None
    if days is None or (days.latest - days.earliest).days >= MAX_UNNAMED_RANGE_DAYS:
        return None
    return days


def range_of_value(value: str) -> DayRange | None:
    """Days covered by an ISO value cut to day, month or year ("2022-11-20", "2022-11", "2022")."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            day = date.fromisoformat(value)
            return DayRange(day, day)
        if len(parts) == 2:
            return _month_range(int(parts[0]), int(parts[1]))
        if len(parts) == 1:
            return DayRange(date(int(value), 1, 1), date(int(value), 12, 31))
    except ValueError:
        return None
    return None


def _needs_anchor(match: re.Match) -> bool:
    groups = match.groupdict()
    return not (groups["iso"] or groups["md_year"] or groups["dm_year"] or groups["my_year"]
                or groups["y_year"])


def _resolve(match: re.Match, anchor: DayRange | None, *,
             forward: bool = False) -> tuple[DayRange, float] | None:
    g = match.groupdict()
    if g["iso"]:
        day = _safe_date(*map(int, g["iso"].split("-")))
        return (DayRange(day, day), CONFIDENCE_EXPLICIT) if day else None
    if g["md_month"] or g["dm_month"]:
        month = _month_number(g["md_month"] or g["dm_month"])
        day_number = int(re.sub(r"\D", "", g["md_day"] or g["dm_day"]))
        year = g["md_year"] or g["dm_year"]
        if year:
            day = _safe_date(int(year), month, day_number)
            return (DayRange(day, day), CONFIDENCE_EXPLICIT) if day else None
        return _month_day_in_anchor_year(month, day_number, anchor, forward=forward)
    if g["my_month"]:
        return _month_range(int(g["my_year"]), _month_number(g["my_month"])), CONFIDENCE_EXPLICIT
    if g["y_year"]:
        year = int(g["y_year"])
        return DayRange(date(year, 1, 1), date(year, 12, 31)), CONFIDENCE_EXPLICIT
    if anchor is None:
        return None
    if g["m_month"]:
        month = _month_number(g["m_month"])
        year = anchor.latest.year
        if forward:
            year = anchor.earliest.year + (month < anchor.earliest.month)
        elif month > anchor.latest.month or (g["m_prep"].strip().lower() == "last"
                                             and month == anchor.latest.month):
            year -= 1
        return _month_range(year, month), CONFIDENCE_YEAR_INFERRED
    if g["wd_day"]:
        return (_weekday(g["wd_day"], (g["wd_mod"] or "").lower(), anchor, forward=forward),
                CONFIDENCE_WEEKDAY)
    if g["ago_n"]:
        return _ago(g["ago_n"].lower(), g["ago_unit"].lower(), anchor), CONFIDENCE_AGO
    if g["weekend"]:
        return _weekend(g["weekend"].lower(), anchor, forward=forward), CONFIDENCE_WEEK
    if g["period"]:
        return _period(g["period"].lower(), anchor)
    if g["deictic"]:
        shift = 1 if g["deictic"].lower() in ("yesterday", "last night") else 0
        return _shift(anchor, days=shift), CONFIDENCE_DEICTIC
    return None


def _month_day_in_anchor_year(
    month: int, day_number: int, anchor: DayRange | None, *, forward: bool
) -> tuple[DayRange, float] | None:
    if anchor is None:
        return None
    # The latest such date on or before the anchor: "December 30" read in January is last
    # year's; a plan's date is the first on or after it ("by March 14" read in December).
    if forward:
        for year in (anchor.earliest.year, anchor.earliest.year + 1):
            day = _safe_date(year, month, day_number)
            if day and day >= anchor.earliest:
                return DayRange(day, day), CONFIDENCE_YEAR_INFERRED
        return None
    for year in (anchor.latest.year, anchor.latest.year - 1):
        day = _safe_date(year, month, day_number)
        if day and day <= anchor.latest:
            return DayRange(day, day), CONFIDENCE_YEAR_INFERRED
    return None


def _weekday(name: str, modifier: str, anchor: DayRange, *, forward: bool = False) -> DayRange:
    weekday = WEEKDAYS.index(name)
    # "last Sunday" said on a Sunday means a week ago; "on Sunday" means today.
    strictly_before = modifier == "last"

    def most_recent(day: date) -> date:
        back = (day.weekday() - weekday) % 7
        if back == 0 and strictly_before:
            back = 7
        return day - timedelta(days=back)

    def next_one(day: date) -> date:
        return day + timedelta(days=(weekday - day.weekday()) % 7)

    if forward and modifier != "last":
        return DayRange(next_one(anchor.earliest), next_one(anchor.latest))
    return DayRange(most_recent(anchor.earliest), most_recent(anchor.latest))


def _weekend(phrase: str, anchor: DayRange, *, forward: bool = False) -> DayRange:
    if forward and not phrase.startswith("last"):
        # the coming weekend, or the one under way on a Sunday
        def coming_saturday(day: date) -> date:
            return day + timedelta(days=(5 - day.weekday()) % 7 - (day.weekday() == 6) * 7)

        return DayRange(coming_saturday(anchor.earliest), coming_saturday(anchor.latest)
                        + timedelta(days=1))

    def saturday_before(day: date) -> date:
        back = (day.weekday() - 5) % 7
        if phrase.startswith("last") and back <= 1:
            back += 7
        return day - timedelta(days=back)

    start = saturday_before(anchor.earliest)
    end = min(saturday_before(anchor.latest) + timedelta(days=1), anchor.latest)
    return DayRange(start, max(start, end))


def _period(phrase: str, anchor: DayRange) -> tuple[DayRange, float]:
    words = phrase.split()
    unit = words[-1]
    # "the past week" and "over the last month" run up to the anchor; "last month" is
    # the previous calendar month; "this week" runs from its start to the anchor.
    rolling = "past" in words or ("the" in words and "last" in words)
    previous = "last" in words and not rolling
    lo, hi = anchor.earliest, anchor.latest
    step = {"week": relativedelta(weeks=1), "month": relativedelta(months=1),
            "year": relativedelta(years=1)}[unit]
    confidence = CONFIDENCE_WEEK if unit == "week" else CONFIDENCE_PERIOD
    if rolling:
        return DayRange(lo - step, hi), confidence
    if unit == "week":
        start_of_week = lo - timedelta(days=lo.weekday())
        if previous:
            return DayRange(start_of_week - timedelta(days=7),
                            hi - timedelta(days=hi.weekday() + 1)), confidence
        return DayRange(start_of_week, hi), confidence
    if unit == "month":
        if previous:
            first = (lo.replace(day=1) - timedelta(days=1)).replace(day=1)
            return DayRange(first, hi.replace(day=1) - timedelta(days=1)), confidence
        return DayRange(lo.replace(day=1), hi), confidence
    if previous:
        return DayRange(date(lo.year - 1, 1, 1), date(hi.year - 1, 12, 31)), confidence
    return DayRange(date(lo.year, 1, 1), hi), confidence


def _ago(number: str, unit: str, anchor: DayRange) -> DayRange:
    count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    unit = unit.rstrip("s")
    if unit == "day":
        return _shift(anchor, days=count)
    step = {"week": relativedelta(weeks=count), "month": relativedelta(months=count),
            "year": relativedelta(years=count)}[unit]
    # "a month ago" is loose: allow a few days either side of the exact shift.
    slack = timedelta(days=0 if unit == "week" else 3)
    return DayRange(anchor.earliest - step - slack, anchor.latest - step + slack)


def _shift(anchor: DayRange, *, days: int) -> DayRange:
    return DayRange(anchor.earliest - timedelta(days=days), anchor.latest - timedelta(days=days))


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _month_range(year: int, month: int) -> DayRange:
    return DayRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
