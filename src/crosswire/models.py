"""The vocabulary every stage speaks: documents in, articles, mentions, statements, actors out.

Offsets are Python string indices (code points). Every span a record carries can be
checked against the text it names: ``article.text[start:end] == record.text``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

InputFormat = Literal["text", "html"]
StatementKind = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["person", "organisation", "place", "group"]
DatePrecision = Literal["day", "month", "year", "unknown"]


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
    so the source range holds the same words but not the same characters.
    """

    text_start: int
    source_start: int
    length: int
    source_length: int
    exact: bool = True


@dataclass(frozen=True)
class Cleaned:
    """Output of the cleaning stage: body text, what was removed, and the way back."""

    text: str
    removed: list[Removed]
    segments: list[Segment]
    title: str | None = None


@dataclass(frozen=True)
class DateEstimate:
    """A normalised date with how it was obtained.

    ``value`` is ISO 8601 cut to its precision ("2022-11-20", "2022-11", "2022").
    ``evidence`` quotes what the date rests on (a metadata field, a phrase in the text).
    """

    value: str | None
    precision: DatePrecision
    evidence: str
    confidence: float


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


@dataclass(frozen=True)
class Mention:
    """A named or described reference to an actor in one article.

    ``kind`` is the actor kind; ``role`` is an apposition or title the text attaches
    ("Ukraine's foreign minister", "Kremlin spokesman").
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    kind: ActorKind
    role: str | None = None


@dataclass(frozen=True)
class Resolution:
    """How a speaker mention was tied to a named mention: method and confidence."""

    method: Literal["named", "pronoun", "description", "unnamed", "unresolved"]
    confidence: float


@dataclass(frozen=True)
class Statement:
    """A reported statement with its cue, speaker mention and resolved speaker.

    ``speaker_start/end`` mark the words the attribution hangs on ("he", "the diplomat",
    "Milley"); ``speaker_mention`` is the id of the named mention they resolve to, and
    ``speaker`` the actor id of that mention once actors are merged across articles.
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    kind: StatementKind
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    resolution: Resolution
    speaker_mention: str | None = None
    speaker: str | None = None
    via: str | None = None
    addressee: str | None = None
    said_on: DateEstimate | None = None


@dataclass(frozen=True)
class Alias:
    text: str
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str]
    roles: list[str]
    seen: list[Alias] = field(default_factory=list)
    country: str | None = None


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the per-article stages learn; cross-article stages start from these."""

    article: Article
    mentions: list[Mention]
    statements: list[Statement]


@dataclass(frozen=True)
class InputError:
    """An input that could not be read, and a one-line reason naming it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"crosswire: {self.source}: {self.message}"


@dataclass(frozen=True)
class Briefing:
    articles: list[Article]
    actors: list[Actor]
    statements: list[Statement]
    mentions: list[Mention] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (or a list of them)."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(item) for item in record]
    return record
