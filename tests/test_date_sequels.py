"""Dates a narrative moves from its own last date: "the next day", "two days later"."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.knowledge.date_sequels import find_sequel, shift_from
from crosswire.knowledge.dates import DayRange

MONDAY = DayRange(date(2025, 12, 29), date(2025, 12, 29))


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        ("The next day the ferry stopped.", "The next day", date(2025, 12, 30), date(2025, 12, 30)),
        ("Two days later, the pier reopened.", "Two days later", date(2025, 12, 31), date(2025, 12, 31)),
        ("The pumps had failed the day before.", "the day before", date(2025, 12, 28), date(2025, 12, 28)),
        ("Buses left that evening.", "that evening", date(2025, 12, 29), date(2025, 12, 29)),
        ("A week later the mayor resigned.", "A week later", date(2026, 1, 5), date(2026, 1, 5)),
        ("The following week the inquiry began.", "The following week", date(2026, 1, 5),
         date(2026, 1, 11)),
    ],
)
def test_sequels_move_the_reference_day(text, phrase, first, last):
    start, end, found = find_sequel(text)
    assert (found, text[start:end]) == (phrase, phrase)
    assert shift_from(found, MONDAY) == DayRange(first, last)


@pytest.mark.parametrize("text", ["The day after the vote, talks resumed.",
                                  "Days later nothing had changed.", "He left on Monday."])
def test_no_sequel_without_a_day_of_its_own(text):
    found = find_sequel(text)
    assert found is None or shift_from(found[2], MONDAY) is None
