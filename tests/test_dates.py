from __future__ import annotations

import pytest

from crosswire.knowledge.dates import find_date_phrases, phrase_kind, resolve_said_on
from crosswire.models import DateEstimate

TUESDAY = DateEstimate("2022-11-22", "day", "input metadata", 1.0)
NEW_YEAR = DateEstimate("2023-01-03", "day", "input metadata", 1.0)  # a Tuesday
UNKNOWN = DateEstimate(None, "unknown", "", 0.0)


@pytest.mark.parametrize(
    ("phrase", "value", "precision"),
    [
        ("on Sunday", "2022-11-20", "day"),
        ("on Tuesday", "2022-11-22", "day"),  # the anchor's own weekday is today
        ("last Tuesday", "2022-11-15", "day"),
        ("Wednesday night", "2022-11-16", "day"),
        ("on November 20", "2022-11-20", "day"),
        ("Nov. 20", "2022-11-20", "day"),
        ("20 November", "2022-11-20", "day"),
        ("on Nov 21st", "2022-11-21", "day"),
        ("yesterday", "2022-11-21", "day"),
        ("today", "2022-11-22", "day"),
        ("two days ago", "2022-11-20", "day"),
        ("in August", "2022-08", "month"),
        ("in December", "2021-12", "month"),  # would be after the anchor: last year's
        ("last month", "2022-10", "month"),
        ("earlier this month", "2022-11", "month"),
        ("this week", "2022-11", "month"),
        ("last week", "2022-11", "month"),
        ("over the weekend", "2022-11", "month"),
        ("in 2014", "2014", "year"),
        ("in August 2014", "2014-08", "month"),
        ("November 20, 2021", "2021-11-20", "day"),
        ("2022-11-19", "2022-11-19", "day"),
    ],
)
def test_resolve_against_a_day(phrase, value, precision):
    resolved = resolve_said_on(phrase, anchor=TUESDAY)
    assert (resolved.value, resolved.precision) == (value, precision)
    assert resolved.evidence == phrase


def test_week_level_phrases_keep_their_day_range_and_lower_confidence():
    weekend = resolve_said_on("over the weekend", anchor=TUESDAY)
    assert (weekend.earliest, weekend.latest) == ("2022-11-19", "2022-11-20")
    this_week = resolve_said_on("this week", anchor=TUESDAY)
    assert (this_week.earliest, this_week.latest) == ("2022-11-21", "2022-11-22")
    exact = resolve_said_on("on November 20", anchor=TUESDAY)
    weekday = resolve_said_on("on Sunday", anchor=TUESDAY)
    assert weekend.confidence < weekday.confidence < exact.confidence


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("on Dec. 30", "2022-12-30"),
        ("on January 2", "2023-01-02"),
        ("on Friday", "2022-12-30"),
        ("last month", "2022-12"),
        ("in December", "2022-12"),
        ("last week", None),  # Dec 26 to Jan 1: no single year holds it
    ],
)
def test_year_boundary(phrase, value):
    assert resolve_said_on(phrase, anchor=NEW_YEAR).value == value


def test_week_across_a_month_boundary_is_only_year_precise():
    resolved = resolve_said_on("last week", anchor=DateEstimate("2022-11-08", "day", "", 1.0))
    assert (resolved.value, resolved.precision) == ("2022", "year")
    assert (resolved.earliest, resolved.latest) == ("2022-10-31", "2022-11-06")


def test_unknown_anchor_resolves_only_phrases_with_a_year():
    for phrase in ("November 20", "on Sunday", "last month"):
        resolved = resolve_said_on(phrase, anchor=UNKNOWN)
        assert (resolved.value, resolved.precision, resolved.confidence) == (None, "unknown", 0.0)
        assert resolved.evidence == phrase
    assert resolve_said_on("November 20, 2022", anchor=UNKNOWN).value == "2022-11-20"
    assert resolve_said_on("in 2014", anchor=UNKNOWN).value == "2014"


def test_anchor_known_to_a_range_limits_precision():
    week = DateEstimate("2022-11", "month", "", 0.5, "2022-11-20", "2022-11-23")
    sunday = resolve_said_on("on Sunday", anchor=week)
    assert (sunday.value, sunday.precision) == ("2022-11-20", "day")
    assert sunday.confidence < resolve_said_on("on Sunday", anchor=TUESDAY).confidence
    wednesday = resolve_said_on("on Wednesday", anchor=week)
    assert (wednesday.value, wednesday.precision) == ("2022-11", "month")
    year = resolve_said_on("on Wednesday", anchor=DateEstimate("2022", "year", "", 1.0))
    assert year.precision == "unknown"  # Wednesday before 2022-01-01 is in 2021


@pytest.mark.parametrize("phrase", ["soon", "on the table", "may", "in march", "Sundays are quiet"])
def test_non_dates_are_none(phrase):
    assert resolve_said_on(phrase, anchor=TUESDAY) is None


def test_invalid_day_gives_unknown_not_an_error():
    assert resolve_said_on("February 30", anchor=TUESDAY).precision == "unknown"


def test_find_date_phrases_offsets_and_case():
    text = ("He said on Sunday that talks begun Nov. 20, 2022 would go on. In May, she may "
            "leave; in march they marched. Over the weekend and last month, 3 days ago.")
    phrases = find_date_phrases(text)
    assert [p for _, _, p in phrases] == [
        "on Sunday", "Nov. 20, 2022", "In May", "Over the weekend", "last month", "3 days ago"
    ]
    assert all(text[start:end] == phrase for start, end, phrase in phrases)


def test_phrase_kind():
    assert phrase_kind("on November 20") == "month_day"
    assert phrase_kind("in August") == "month"
    assert phrase_kind("on Sunday") == "weekday"
    assert phrase_kind("hello") is None


@pytest.mark.parametrize(
    ("phrase", "earliest", "latest"),
    [
        ("earlier on Sunday", "2022-11-20", "2022-11-20"),
        ("on Thursday, Nov. 17", "2022-11-17", "2022-11-17"),
        ("in the past week", "2022-11-15", "2022-11-22"),
        ("over the last month", "2022-10-22", "2022-11-22"),
        ("last month", "2022-10-01", "2022-10-31"),
        ("in mid-November", "2022-11-01", "2022-11-30"),
    ],
)
def test_phrases_with_more_around_the_date(phrase, earliest, latest):
    resolved = resolve_said_on(phrase, anchor=TUESDAY)
    assert (resolved.earliest, resolved.latest) == (earliest, latest)
    assert resolved.evidence == phrase


def test_phrase_without_a_date_is_none():
    assert resolve_said_on("in recent days", anchor=TUESDAY) is None


@pytest.mark.parametrize(
    ("phrase", "basis"),
    [
        ("November 20, 2021", "stated"),
        ("2022-11-19", "stated"),
        ("on November 20", "year inferred"),
        ("in August", "year inferred"),
        ("on Sunday", "relative"),
        ("yesterday", "relative"),
        ("last week", "relative"),
    ],
)
def test_every_resolved_phrase_says_how_it_was_reached(phrase, basis):
    assert resolve_said_on(phrase, anchor=TUESDAY).basis == basis


@pytest.mark.parametrize(
    ("phrase", "past", "plan"),
    [
        ("by March 14", "2022-03-14", "2023-03-14"),  # a deadline read in November
        ("on November 25", "2021-11-25", "2022-11-25"),
        ("on Friday", "2022-11-18", "2022-11-25"),
        ("on Tuesday", "2022-11-22", "2022-11-22"),  # the anchor's own day either way
        ("in January", "2022-01", "2023-01"),
    ],
)
def test_a_plan_reads_a_yearless_date_forward(phrase, past, plan):
    assert resolve_said_on(phrase, anchor=TUESDAY).value == past
    assert resolve_said_on(phrase, anchor=TUESDAY, forward=True).value == plan


def test_the_coming_weekend_of_a_plan():
    ahead = resolve_said_on("over the weekend", anchor=TUESDAY, forward=True)
    assert (ahead.earliest, ahead.latest) == ("2022-11-26", "2022-11-27")
    sunday = DateEstimate("2022-11-27", "day", "", 1.0)
    under_way = resolve_said_on("over the weekend", anchor=sunday, forward=True)
    assert (under_way.earliest, under_way.latest) == ("2022-11-26", "2022-11-27")
