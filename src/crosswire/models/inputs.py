"""Records of the inputs: documents as read, their clean text, articles with their dates,
and the ``TextSpan`` every offset-carrying record uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

InputFormat = Literal["text", "html"]
DatePrecision = Literal["day", "month", "year", "unknown"]
# How a date in the text was reached: it names its day and year ("stated"); it names month
# and day and the year comes from the publication or the story ("year inferred"); a weekday
# or relative phrase resolved against the publication date or an earlier date in the text
# ("relative"); or nothing in the text dates it and the publication date stands in
# ("publication": it happened or was said then or before).
DateBasis = Literal["stated", "year inferred", "relative", "publication"]
# The part of an article a span's offsets count in: its clean text (None, every span the
# parse finds) or its title, which is kept apart from the text and never parsed.
TextPart = Literal["title"]
TITLE: TextPart = "title"


@dataclass(frozen=True)
class Document:
    """One input as read from disk, stdin or a JSON line, before any cleaning.

    ``content`` is the decoded input (plain text or HTML source); metadata fields hold
    what the input itself declared and are ``None`` when it declared nothing.
    """

    source_path: str
    content: str
    format: InputFormat
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Removed:
    """A piece of the input that is not article body, and why it was dropped."""

    text: str
    reason: str
    source_start: int
    source_end: int


@dataclass(frozen=True)
class Segment:
    """``text[text_start:text_start+length]`` came from ``source[source_start:...]``.

    ``exact`` is false when the clean text was normalised (HTML entities, inline tags)
    so the source range holds the same words but not the same characters; a no-break
    space read as a plain space (one for one) keeps it exact.
    """

    text_start: int
    source_start: int
    length: int
    source_length: int
    exact: bool = True


@dataclass(frozen=True)
class PageDate:
    """A date an HTML page gives for itself, as written, and where it gives it.

    ``kind`` says what the page claims the date is: "published" or "modified" in its
    markup; "shown" for the date shown with the headline, "shown update" when the page
    calls that one an update; "found" for htmldate's pick among the page's markup, URL
    and text, which claims neither.
    """

    value: str
    source: str
    kind: Literal["published", "modified", "shown", "shown update", "found"]


@dataclass(frozen=True)
class PageMetadata:
    """What an HTML page declares about itself: its headline, author, dates and publisher.

    ``dates`` run strongest source first (JSON-LD, then meta tags, then microdata, then
    HTML's ``<time pubdate>``), htmldate's pick last. ``site_name`` is the publisher the
    page names (JSON-LD ``publisher``, ``og:site_name``); ``url`` where it says it lives
    (``<link rel=canonical>``, ``og:url``).
    """

    title: str | None = None
    author: str | None = None
    dates: tuple[PageDate, ...] = ()
    site_name: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Cleaned:
    """Output of the cleaning stage: body text, what was removed, and the way back."""

    text: str
    removed: list[Removed]
    segments: list[Segment]
    title: str | None = None
    page: PageMetadata | None = None


@dataclass(frozen=True)
class DateEstimate:
    """A normalised date with how it was obtained.

    ``value`` is ISO 8601 cut to its precision ("2022-11-20", "2022-11", "2022").
    ``evidence`` quotes what the date rests on (a metadata field, a phrase in the text).
    ``earliest``/``latest`` bound the days the estimate allows (ISO dates, inclusive;
    ``None`` when unbounded): "this week" read on a Wednesday is a month-precision value
    with a three-day range. ``basis`` says how a date of a statement or event was reached
    (``DateBasis``); None for a date an input or page declares for itself. ``span`` is
    where the date phrase it was read from stands in the clean text (its text is the
    phrase); None for a date the publication gives or an input declares.
    """

    value: str | None
    precision: DatePrecision
    evidence: str
    confidence: float
    earliest: str | None = None
    latest: str | None = None
    basis: DateBasis | None = None
    span: TextSpan | None = None

    def day(self) -> date | None:
        """The day this date names, when it is known to the day."""
        if self.precision != "day" or not self.value:
            return None
        try:
            return date.fromisoformat(self.value[:10])
        except ValueError:
            return None


@dataclass(frozen=True)
class Article:
    id: str
    source_path: str
    outlet: str | None
    title: str | None
    published: DateEstimate
    language: str | None
    text: str
    removed: list[Removed] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    url: str | None = None
    input_id: str | None = None
    outlet_evidence: str | None = None
    author: str | None = None
    # Why the article's text was not analysed ("no pipeline for language 'pl'"); None
    # when a pipeline for its language read it.
    not_analysed: str | None = None
    # Where the title stands in the input (``text_start`` 0 counts in the title), as the
    # segments map the text; None when the input declares it beside its text (a JSON
    # Lines field, a feed entry) or it is not found there.
    title_source: Segment | None = None


@dataclass(frozen=True)
class TextSpan:
    """Words of a source text: ``article.text[start:end] == text``, or with ``part``
    "title", ``article.title[start:end] == text`` (a headline's words: the title stands
    apart from the clean text, so a headline's offsets count in the title alone).

    ``article`` is None when the words come from a bare input sentence
    (``crosswire sentence-events``), and on event participants: their event's ``evidence``
    names the article (events are stored and exported in PLOVER's participant shape).
    """

    text: str
    start: int
    end: int
    article: str | None = None
    part: TextPart | None = None

    # Written out only when set: a span in the text, nearly all of them, keeps its shape.
    OMITTED_WHEN_NONE = ("part",)



@dataclass(frozen=True)
class InputError:
    """An input that could not be read, and a one-line reason naming it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"crosswire: {self.source}: {self.message}"
