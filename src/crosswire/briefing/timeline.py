"""The timeline chart: an inline SVG laid out here, so the page needs no charting library.

One lane per outlet (entries several outlets carry share a lane). A day-precision date is
a point; a month or a year is a bar over the days it allows, so a reader sees at once
how precise each date is. Marks that would overlap in a lane are stacked in sub-rows.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crosswire.briefing.anchors import Anchors
from crosswire.briefing.build import BriefingView, date_basis, date_label
from crosswire.briefing.views import Link, link_to
from crosswire.knowledge.dates import placed_days
from crosswire.models import DateEstimate, TimelineEntry

WIDTH = 960
LABEL_WIDTH = 170  # lane names on the left
RIGHT_MARGIN = 20
AXIS_HEIGHT = 28
ROW_HEIGHT = 11  # one sub-row of marks
LANE_PADDING = 8
POINT_RADIUS = 4.5
MIN_GAP = 3  # pixels between two marks in one sub-row
# A page for 500 articles stays light: beyond this, entries several outlets carry come
# first and the list says how many more brief.json holds.
MAX_ITEMS = 400
MAX_TICKS = 10
SEVERAL_OUTLETS = "several outlets"


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    width: float  # 0 for a day point
    kind: str
    precision: str
    link: Link | None
    title: str
    outside: str = ""  # "before" or "after" when the date lies beyond the axis


@dataclass(frozen=True)
class Lane:
    label: str
    y: float
    height: float


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Item:
    """One timeline entry in the list under the chart."""

    date: str
    precision: str
    kind: str
    text: str
    outlets: list[str]
    link: Link | None
    basis: str | None = None
    # the date phrase in its article, when the text dates the entry
    date_link: Link | None = None


@dataclass(frozen=True)
class TimelineView:
    width: int
    height: float
    label_width: int
    marks: list[Mark]
    lanes: list[Lane]
    ticks: list[Tick]
    items: list[Item]
    undated: int
    left_out: int


def timeline_view(view: BriefingView, anchors: Anchors) -> TimelineView:
    entries = list(view.briefing.timeline)
    if len(entries) > MAX_ITEMS:
        kept = sorted(entries, key=lambda e: (-len(e.outlets), e.kind != "event"))[:MAX_ITEMS]
        kept_ids = {id(e) for e in kept}
        entries = [e for e in entries if id(e) in kept_ids]
    dated = [(entry, span) for entry in entries if (span := _days(entry.date))]
    dated.sort(key=lambda pair: (pair[1][0], pair[1][1]))
    links = {id(entry): _entry_link(view, anchors, entry) for entry, _ in dated}
    items = [Item(date_label(e.date), e.date.precision, e.kind, e.text, e.outlets, links[id(e)],
                  date_basis(e.date), _date_link(anchors, e.date)) for e, _ in dated]
    if not dated:
        return TimelineView(WIDTH, 0, LABEL_WIDTH, [], [], [], items, len(entries), 0)
    first, last = _domain([span for _, span in dated], [e.date.precision for e, _ in dated])
    plot = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    total = max((last - first).days, 1)

    def x_of(day: date) -> float:
        clipped = min(max(day, first), last)
        return LABEL_WIDTH + plot * (clipped - first).days / total

    by_lane: dict[str, list[tuple[TimelineEntry, tuple[date, date]]]] = {}
    for entry, span in dated:
        lane = entry.outlets[0] if len(entry.outlets) == 1 else SEVERAL_OUTLETS
        by_lane.setdefault(lane, []).append((entry, span))
    marks, lanes = [], []
    top = AXIS_HEIGHT
    for label in sorted(by_lane, key=lambda name: (name == SEVERAL_OUTLETS, name.casefold())):
        lane_marks, rows = _pack(by_lane[label], first=first, last=last, x_of=x_of,
                                 links=links, top=top + LANE_PADDING / 2)
        marks += lane_marks
        height = rows * ROW_HEIGHT + LANE_PADDING
        lanes.append(Lane(label, top, height))
        top += height
    return TimelineView(WIDTH, top + 2, LABEL_WIDTH, marks, lanes,
                        [Tick(round(x_of(day), 1), text) for day, text in _ticks(first, last)],
                        items, undated=len(entries) - len(dated),
                        left_out=len(view.briefing.timeline) - len(entries))


def _pack(entries: list[tuple[TimelineEntry, tuple[date, date]]], *, first: date, last: date,
          x_of: Callable[[date], float], links: dict[int, Link | None],
          top: float) -> tuple[list[Mark], int]:
    """A lane's marks, stacked in sub-rows so none overlap, and how many rows it takes.

    Dates that span the whole axis (a bare "2022" over a story of weeks) share one row:
    stacking them would only repeat the same bar, and the list under the chart has each.
    """
    whole = {id(e) for e, (start, end) in entries
             if e.date.precision != "day" and start <= first and end >= last}
    row_ends: list[float] = [float(WIDTH)] if whole else []
    marks = []
    for entry, (start, end) in entries:
        outside = "before" if end < first else "after" if start > last else ""
        point = entry.date.precision == "day" or bool(outside)
        x = x_of(start)
        width = 0.0 if point else max(x_of(end + timedelta(days=1)) - x, 2 * POINT_RADIUS)
        if id(entry) in whole:
            row = 0
        else:
            left, right = (x - POINT_RADIUS, x + POINT_RADIUS) if point else (x, x + width)
            row = next((n for n, end_x in enumerate(row_ends) if end_x + MIN_GAP <= left),
                       len(row_ends))
            if row == len(row_ends):
                row_ends.append(right)
            row_ends[row] = right
        title = f"{date_label(entry.date)} · {', '.join(entry.outlets)} · {entry.text[:140]}"
        if outside:
            title = f"{outside} the axis: {title}"
        marks.append(Mark(round(x, 1), top + row * ROW_HEIGHT + ROW_HEIGHT / 2, round(width, 1),
                          entry.kind, entry.date.precision, links[id(entry)], title, outside))
    return marks, len(row_ends)


def _entry_link(view: BriefingView, anchors: Anchors, entry: TimelineEntry) -> Link | None:
    """The entry's words in its article: a statement (every version of a claim), an
    event's sentence, else the article."""
    label = entry.text
    if entry.kind == "statement":
        claim = view.claims.get(entry.ref)
        ids = [v.statement for v in claim.versions] if claim else [entry.ref]
        link = link_to(label, *(anchors.statement_id(i) for i in ids))
        if link:
            return link
    event = view.events.get(entry.ref) if entry.kind == "event" else None
    if event is not None:
        words = event.evidence
        key = anchors.evidence(words.article, words.start, words.end, css="event",
                               title=f"event: {event.event}")
        if key:
            return link_to(label, key)
    return link_to(label, *(anchors.article(a) for a in entry.articles[:1] if a in view.articles))


def _date_link(anchors: Anchors, estimate: DateEstimate) -> Link | None:
    """The entry's date, linked to the phrase it was read from (marked in its article)."""
    phrase = estimate.span
    if phrase is None:
        return None
    key = anchors.evidence(phrase.article, phrase.start, phrase.end, css="date",
                           title=f"date: {date_label(estimate)}")
    return link_to(date_label(estimate), key, title=f"read from “{phrase.text}”")


def _days(estimate: DateEstimate) -> tuple[date, date] | None:
    """First and last day a date allows; None when it is unknown or unreadable."""
    if not (estimate.value and estimate.precision != "unknown") and not placed_days(estimate):
        return None
    try:
        if estimate.earliest and estimate.latest:
            return date.fromisoformat(estimate.earliest), date.fromisoformat(estimate.latest)
        parts = [int(p) for p in estimate.value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            year, month = parts
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None


def _domain(spans: list[tuple[date, date]], precisions: list[str]) -> tuple[date, date]:
    """The days the axis covers: those of the dates known to the day or month, so one
    "2022" or "2014" does not squeeze the story's days to a dot; a year bar is clipped to
    them, and one wholly outside is drawn as an arrow at the edge it lies beyond."""
    precise = [s for s, p in zip(spans, precisions, strict=True) if p in ("day", "month")]
    first, last = min(s[0] for s in precise or spans), max(s[1] for s in precise or spans)
    # a day either side keeps the end points off the frame
    return first - timedelta(days=1), last + timedelta(days=1)


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    days = (last - first).days
    if days <= MAX_TICKS:
        return [(first + timedelta(days=n), (first + timedelta(days=n)).strftime("%d %b"))
                for n in range(days + 1)]
    if days <= 7 * MAX_TICKS:
        step = 7
        return [(first + timedelta(days=n), (first + timedelta(days=n)).strftime("%d %b"))
                for n in range(0, days + 1, step)]
    months = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    months = [m for m in months if m >= first]
    if len(months) <= MAX_TICKS:
        return [(m, m.strftime("%b %Y")) for m in months]
    years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    step = max(1, -(-len(years) // MAX_TICKS))
    if len(years) >= 2:
        return [(y, str(y.year)) for y in years[::step]]
    quarterly = [m for m in months if m.month in (1, 4, 7, 10)]
    return [(m, m.strftime("%b %Y")) for m in quarterly]
