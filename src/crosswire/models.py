"""The vocabulary every stage speaks: documents in, articles, mentions, statements, actors out.

Offsets are Python string indices (code points). Every record that points into an article
does so with a ``TextSpan``, checked against the text it names:
``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, Literal

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
    """What an HTML page declares about itself: its headline, author and dates.

    ``dates`` run strongest source first (JSON-LD, then meta tags, then microdata, then
    HTML's ``<time pubdate>``), htmldate's pick last.
    """

    title: str | None = None
    author: str | None = None
    dates: tuple[PageDate, ...] = ()


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
    with a three-day range.
    """

    value: str | None
    precision: DatePrecision
    evidence: str
    confidence: float
    earliest: str | None = None
    latest: str | None = None


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


@dataclass(frozen=True)
class TextSpan:
    """Words of a source text: ``article.text[start:end] == text``.

    ``article`` is None when the words come from a bare input sentence
    (``crosswire sentence-events``), and on event participants: their event's ``evidence``
    names the article (events are stored and exported in PLOVER's participant shape).
    """

    text: str
    start: int
    end: int
    article: str | None = None


# Records with spans are stored and rendered flat, in the shape they had before spans were
# records of their own (brief.json, events.plover.jsonl and archive rows are contracts):
# ``FLAT`` maps each output key, in order, to the attribute path it comes from (several
# paths: the first is written, all are restored on reading).
FlatLayout = dict[str, str | tuple[str, ...]]


@dataclass(frozen=True)
class Mention:
    """A named or described reference to an actor in one article.

    ``kind`` is the actor kind; ``role`` is an apposition or title the text attaches
    ("Ukraine's foreign minister", "Kremlin spokesman").
    """

    id: str
    span: TextSpan
    kind: ActorKind
    role: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "id": "id", "article": "span.article", "start": "span.start", "end": "span.end",
        "text": "span.text", "kind": "kind", "role": "role",
    }


@dataclass(frozen=True)
class Resolution:
    """How a speaker mention was tied to a named mention: method and confidence."""

    method: Literal["named", "pronoun", "description", "unnamed", "unresolved"]
    confidence: float


@dataclass(frozen=True)
class Statement:
    """A reported statement with its cue, speaker mention and resolved speaker.

    ``span`` is the reported content; ``speaker_words`` the words the attribution hangs on
    ("he", "the diplomat", "Harper"); ``speaker_mention`` is the id of the named mention
    they resolve to, and ``speaker`` the actor id of that mention once actors are merged
    across articles.
    """

    id: str
    span: TextSpan
    kind: StatementKind
    cue: TextSpan | None
    speaker_words: TextSpan | None
    resolution: Resolution
    speaker_mention: str | None = None
    speaker: str | None = None
    via: str | None = None
    addressee: str | None = None
    said_on: DateEstimate | None = None
    # "speech" (said, told), "belief" (believes, is afraid that) or "evidence" (polls
    # show, according to a report): what kind of attribution the cue makes.
    cue_type: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "id": "id", "article": ("span.article", "cue.article", "speaker_words.article"),
        "start": "span.start", "end": "span.end", "text": "span.text", "kind": "kind",
        "cue": "cue.text", "cue_start": "cue.start", "cue_end": "cue.end",
        "speaker_text": "speaker_words.text", "speaker_start": "speaker_words.start",
        "speaker_end": "speaker_words.end", "resolution": "resolution",
        "speaker_mention": "speaker_mention", "speaker": "speaker", "via": "via",
        "addressee": "addressee", "said_on": "said_on", "cue_type": "cue_type",
    }


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str]
    roles: list[str]
    seen: list[TextSpan] = field(default_factory=list)
    country: str | None = None
    # How ``country`` was inferred when no role states it ("Ukraine's Foreign Ministry" named
    # beside a "Foreign Ministry spokesman"); None when the actor or a role names it.
    country_evidence: str | None = None


@dataclass(frozen=True)
class NounPhrase:
    """A noun phrase of the parse, kept so cross-article stages need not parse again:
    ``span`` runs from its first modifier (determiners and possessors left out) to its end,
    ``head`` is the head noun's lemma, ``modifiers`` the words before the head."""

    span: TextSpan
    head: str
    modifiers: list[str]


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the per-article stages learn; cross-article stages start from these."""

    article: Article
    mentions: list[Mention]
    statements: list[Statement]
    events: list[Event] = field(default_factory=list)
    noun_phrases: list[NounPhrase] = field(default_factory=list)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read, and a one-line reason naming it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"crosswire: {self.source}: {self.message}"


@dataclass(frozen=True)
class MergedAnalysis:
    """What the per-article stages and the actor merge produce: the input of ``compare``.

    Statements carry the merged actor of their speaker; events are as each article's
    parse coded them, not yet tied to actors, statements and dates.
    """

    articles: list[Article]
    actors: list[Actor]
    statements: list[Statement]
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # Empty for articles read back from the archive (phrases are not stored).
    noun_phrases: list[NounPhrase] = field(default_factory=list)


@dataclass(frozen=True)
class Briefing:
    """What ``compare`` makes of a ``MergedAnalysis``, and what the renderers read: its
    records, the events linked and dated, and the cross-article analysis."""

    articles: list[Article]
    actors: list[Actor]
    statements: list[Statement]
    mentions: list[Mention] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    framing: list[OutletFraming] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


_ATOMS = (str, int, float, bool, type(None))


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (or a list of them), flat where its class says so.

    Fast enough for a large briefing's analysis sections: atoms return first, and each
    record class's layout is worked out once."""
    kind = type(record)
    if kind in _ATOMS:
        return record
    if isinstance(record, list | tuple):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {key: to_dict(getattr(record, name)) if inner is None
                else to_dict(getattr(getattr(record, name), inner, None))
                for key, name, inner in flat_layout(kind)}
    return record


@cache
def flat_layout(cls: type) -> tuple[tuple[str, str, str | None], ...]:
    """Per key a record of ``cls`` is written with, in order: the key, the field it comes
    from and, for a span stored flat, the span's attribute (None: the field itself)."""
    flat: FlatLayout | None = getattr(cls, "FLAT", None)
    if flat is None:
        return tuple((f.name, f.name, None) for f in dataclasses.fields(cls))
    rows = []
    for key, paths in flat.items():
        name, _, inner = (paths if isinstance(paths, str) else paths[0]).partition(".")
        rows.append((key, name, inner or None))
    return tuple(rows)


# --- Cross-article analysis (crosswire.compare): events, claims, positions, framing, timeline.
# Every record points back to statement ids, article ids and character offsets.

EventStatus = Literal["asserted", "negated", "future", "hypothetical", "historical"]
Stance = Literal["for", "against", "conditional", "unclear"]


@dataclass(frozen=True)
class EventParticipant:
    """An event's actor or recipient: the words, a PLOVER country/entity code, the actor id."""

    span: TextSpan
    code: str | None
    actor: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "text": "span.text", "code": "code", "start": "span.start", "end": "span.end",
        "actor": "actor",
    }


@dataclass(frozen=True)
class Condition:
    """A condition attached to a statement or event ("only if ...", "as long as ...")."""

    marker: str
    span: TextSpan

    FLAT: ClassVar[FlatLayout] = {
        "marker": "marker", "text": "span.text", "start": "span.start", "end": "span.end",
        "article": "span.article",
    }


@dataclass(frozen=True)
class Event:
    """A PLOVER event record with crosswire's named extensions.

    ``event`` is a PLOVER type, or an extension type (APPEAL, COMMENT) for statements PLOVER
    dropped from CAMEO; ``extension`` says which. ``speaker`` is who reported the event when
    it differs from the actor; ``status`` carries PLOVER's auxiliary modes (negation,
    future, hypothetical, historical). ``trigger`` and ``evidence`` locate the words.
    """

    id: str
    event: str
    mode: str | None
    context: list[str]
    actor: list[EventParticipant]
    recipient: list[EventParticipant]
    trigger: TextSpan
    evidence: TextSpan
    status: EventStatus = "asserted"
    extension: bool = False
    speaker: EventParticipant | None = None
    conditions: list[Condition] = field(default_factory=list)
    location: EventParticipant | None = None
    date: DateEstimate | None = None
    statement: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class ClaimVersion:
    """How one article worded a claim: the statement, its outlet and the wire it credits."""

    statement: str
    outlet: str | None
    span: TextSpan
    kind: StatementKind
    via: str | None = None
    speaker_text: str | None = None
    # The PLOVER event of a fact: a version with ``event`` and an empty ``statement`` is the
    # outlet telling the fact in its own voice (its ``speaker_text`` is the fact's subject).
    event: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "statement": "statement", "article": "span.article", "outlet": "outlet",
        "text": "span.text", "start": "span.start", "end": "span.end", "kind": "kind",
        "via": "via", "speaker_text": "speaker_text", "event": "event",
    }


@dataclass(frozen=True)
class ClaimConflict:
    """Versions of one claim disagree on ``aspect`` (number, date, speaker, kind).

    ``values`` maps each value seen to the statement ids that carry it.
    """

    aspect: str
    values: dict[str, list[str]]


@dataclass(frozen=True)
class ClaimLink:
    """Why two versions of a claim (statement ids) are one beyond shared words: ``basis``
    "quote" when both carry the quoted run ``fragment``, "meaning" when sentence embeddings
    put them ``score`` (cosine) apart and each is the other's nearest, "lead" when that is
    so only as both articles' leads (their opening on one occasion)."""

    a: str
    b: str
    basis: Literal["quote", "meaning", "lead"]
    fragment: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class Claim:
    """The same utterance or fact as reported by several articles.

    ``independent`` counts sources once per group of near-duplicate texts or shared wire
    agency; ``independent_groups`` lists the article ids of each group.
    """

    id: str
    speaker: str | None
    versions: list[ClaimVersion]
    outlets: list[str]
    independent: int
    independent_groups: list[list[str]]
    conflicts: list[ClaimConflict] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    # "fact" when most versions report an act of ``speaker`` (then its actor), not words it said.
    kind: Literal["statement", "fact"] = "statement"
    # "issue:stance" ("negotiations:for") when some versions joined as one speaker's call on an
    # issue in different words rather than by their wording: not one utterance word for word.
    call: str | None = None
    links: list[ClaimLink] = field(default_factory=list)


@dataclass(frozen=True)
class Issue:
    """An issue of the story found from its text: a label, its key terms, where it occurs."""

    id: str
    label: str
    terms: list[str]
    statements: list[str]
    seed: bool = False


@dataclass(frozen=True)
class Position:
    """An actor's stance on an issue, the conditions attached, the statements behind it."""

    actor: str
    actor_name: str
    issue: str
    stance: Stance
    statements: list[str]
    conditions: list[Condition] = field(default_factory=list)
    evidence: list[TextSpan] = field(default_factory=list)
    country: str | None = None


@dataclass(frozen=True)
class TermUse:
    """One outlet's word for a referent, with every place it used it."""

    referent: str
    term: str
    count: int
    evidence: list[TextSpan]
    others: dict[str, list[str]] = field(default_factory=dict)
    source: str = "lexicon"


@dataclass(frozen=True)
class VoiceCount:
    """How often an outlet quotes one actor (or an unresolved speaker text)."""

    actor: str | None
    name: str
    country: str | None
    statements: int


@dataclass(frozen=True)
class OutletFraming:
    """Per outlet: contested terms, scare quotes, hedges, voices, omissions, registry facts."""

    outlet: str
    articles: list[str]
    terms: list[TermUse] = field(default_factory=list)
    scare_quotes: list[TextSpan] = field(default_factory=list)
    hedges: list[TextSpan] = field(default_factory=list)
    voices: list[VoiceCount] = field(default_factory=list)
    voices_by_country: dict[str, int] = field(default_factory=dict)
    omitted_claims: list[str] = field(default_factory=list)
    registry: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TimelineEntry:
    """A statement or event in date order, with its normalised date and its sources."""

    date: DateEstimate
    kind: Literal["statement", "event", "article"]
    ref: str
    text: str
    articles: list[str]
    outlets: list[str]
