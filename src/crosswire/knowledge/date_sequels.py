"""Dates a narrative tells from its own last date: "the next day", "two days later".

A recap runs "On December 29, engineers found cracks. The next day the town ordered an
evacuation": the second date is the first one moved by a day, not anything measured from
the publication date. The fixed phrases and their shifts are ``data/date_sequels.jsonl``;
a count of days or weeks "later" or "earlier" is read here. "The following week" gives the
seven days from the shifted day on; "a week later" and the rest, the shifted day.
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta

from crosswire.data import located_rows
from crosswire.knowledge.dates import DayRange

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = (r"(?P<count>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?P<unit>days?|weeks?)\s+"
          r"(?P<direction>later|earlier)")
# The week a week shift lands in: the shifted day and the six after it.
_WEEK_DAYS = 6


@functools.cache
def _fixed_phrases() -> dict[str, tuple[int, str]]:
    """``phrase -> (days, unit)`` from ``data/date_sequels.jsonl``."""
    phrases: dict[str, tuple[int, str]] = {}
    for where, row in located_rows("date_sequels.jsonl"):
        phrase, days, unit = row.get("phrase"), row.get("days"), row.get("unit", "day")
        if not (isinstance(phrase, str) and phrase.strip() and isinstance(days, int)
                and unit in ("day", "week")):
            raise ValueError(f"{where}: expected {{'phrase': str, 'days': int, "
                             "optional 'unit': 'day'|'week'}")
        phrases[" ".join(phrase.lower().split())] = (days, unit)
    return phrases


@functools.cache
def _pattern() -> re.Pattern[str]:
    fixed = sorted(_fixed_phrases(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in fixed)
    return re.compile(rf"(?<![\w-])(?:(?P<fixed>{alternatives})|{_COUNT})(?![\w-])",
                      re.IGNORECASE)


def find_sequel(text: str) -> tuple[int, int, str] | None:
    """The first phrase in ``text`` that dates by the narrative's last date, as
    ``(start, end, phrase)``."""
    match = _pattern().search(text)
    return (match.start(), match.end(), match.group(0)) if match else None


def shift_from(phrase: str, reference: DayRange) -> DayRange | None:
    """The days ``phrase`` names, told from the ``reference`` days; None if it is no sequel."""
    match = _pattern().fullmatch(phrase.strip())
    if match is None:
        return None
    if match.group("fixed"):
        days, unit = _fixed_phrases()[" ".join(match.group("fixed").lower().split())]
    else:
        count = match.group("count").lower()
        number = int(count) if count.isdigit() else _NUMBERS[count]
        days = number * (7 if match.group("unit").lower().startswith("week") else 1)
        days = days if match.group("direction").lower() == "later" else -days
        unit = "day"  # "a week later" is that day, "the following week" the week
    start = reference.earliest + timedelta(days=days)
    end = reference.latest + timedelta(days=days)
    return DayRange(start, end + timedelta(days=_WEEK_DAYS) if unit == "week" else end)
