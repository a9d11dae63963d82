"""A page's own date on a line of its own: labels, times, zones and the date's weekday
beside it (``crosswire.metadata.date_lines``), read through ``publication_date``."""

from __future__ import annotations

import pytest

from crosswire.metadata.date_lines import dateline_in_year
from crosswire.metadata.published import publication_date

BODY = "Warden Ilse Korr said the sluice gates of Halden would stay shut."


def _published(*lines: str) -> tuple[str | None, str]:
    published = publication_date(None, text="\n".join([*lines, BODY]), boilerplate=[])
    return published.value, published.evidence


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Thursday, March 12, 2026", "2026-03-12"),
        ("Sat Nov 15 2025, 01: 19 hrs", "2025-11-15"),
        ("Published Sunday, Mar. 15 2026, 19: 30 BST", "2026-03-15"),
        ("December 15th, 2025, 7: 35 am", "2025-12-15"),
        ("3 July 2025 Last updated at 09: 14 GMT", "2025-07-03"),
        ("Nov 13, 2025, 1: 17pm EST", "2025-11-13"),
        ("Posted on May 4, 2026 at 05. 51AM IST", "2026-05-04"),
        ("POSTED: 0715 GMT (1515 HKT), April 21, 2026", "2026-04-21"),
        ("July 29, 2025|10: 57 pm", "2025-07-29"),
        ("WEDNESDAY, APRIL 22ND, 2026 AT 10: 40 AM", "2026-04-22"),
        ("11: 20 P. M. FEB. 9, 2026", "2026-02-09"),
        ("HALDEN, March 3, 2026", "2026-03-03"),
        ("Reuters Mar 18, 2026, 02. 16PM IST", "2026-03-18"),
        ("AFP, Wednesday 18 Mar 2026", "2026-03-18"),
    ],
)
def test_a_date_line_with_its_weekday_time_and_zone_dates_the_page(line, day):
    value, evidence = _published("Gates shut at Halden", line)
    assert value == day
    assert evidence.startswith("dateline: ")
    assert evidence.removeprefix("dateline: ") in line  # the words as the page shows them


def test_a_weekday_that_is_not_the_dates_own_is_no_date_line():
    assert _published("Friday, March 12, 2026")[0] is None  # 12 March 2026 is a Thursday


def test_a_line_with_other_words_is_no_date_line():
    assert _published("Halden gates shut since March 12, 2026 for repairs")[0] is None


def test_a_date_called_an_update_gives_way_to_a_plain_date_line():
    value, _ = _published("Updated: March 5, 2026", "Gates shut at Halden",
                          "March 4, 2026")
    assert value == "2026-03-04"


def test_an_update_alone_still_dates_the_page():
    assert _published("Updated: March 5, 2026 20: 09 IST")[0] == "2026-03-05"


def test_the_weekday_beside_a_yearless_date_rules_years_out():
    text = "\n".join(["Thursday, March 12", BODY])
    assert dateline_in_year(text, boilerplate=[], year=2026).value == "2026-03-12"
    assert dateline_in_year(text, boilerplate=[], year=2025) is None  # a Wednesday then


def test_each_date_on_a_line_has_its_own_weekday():
    # 9 March 2026 is a Monday, 10 March a Tuesday
    value, evidence = _published("Published Mon Mar 9 2026, updated Tue Mar 10 2026")
    assert value == "2026-03-09"
    assert evidence == "dateline: Mar 9 2026"


def test_digits_beside_a_date_are_more_than_a_date_line():
    assert _published("March 12, 2026 4417 99 12.50")[0] is None
    # a time beside it, and its zone's offset, are what a date line holds
    assert _published("March 12, 2026 4. 17 pm")[0] == "2026-03-12"
    assert _published("Published March 3, 2026 18: 07 UTC+02: 00")[0] == "2026-03-03"
