"""What the per-article stages find and the actor merge joins: mentions, statements,
actors, noun phrases and PLOVER events, gathered per article and across the story."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

from crosswire.models.flat import FlatLayout
from crosswire.models.inputs import Article, DateEstimate, InputError, TextSpan

StatementKind = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["person", "organisation", "place", "group"]
EventStatus = Literal["asserted", "negated", "future", "hypothetical", "historical", "requested"]


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
    across articles. A joint statement ("the mayor and the governor said") keeps its first
    speaker there and the others, in text order, in ``co_speaker_mentions`` and, once
    merged, ``co_speakers``. An unnamed source's statement ("Tolvik officials said") keeps
    whom its words say it speaks for in ``affiliation_mention`` and, once merged,
    ``affiliation``; its speaker stays None.
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
    co_speaker_mentions: list[str] = field(default_factory=list)
    co_speakers: list[str] = field(default_factory=list)
    affiliation_mention: str | None = None
    affiliation: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "id": "id", "article": ("span.article", "cue.article", "speaker_words.article"),
        "start": "span.start", "end": "span.end", "text": "span.text", "kind": "kind",
        "cue": "cue.text", "cue_start": "cue.start", "cue_end": "cue.end",
        "speaker_text": "speaker_words.text", "speaker_start": "speaker_words.start",
        "speaker_end": "speaker_words.end", "resolution": "resolution",
        "speaker_mention": "speaker_mention", "speaker": "speaker", "via": "via",
        "addressee": "addressee", "said_on": "said_on", "cue_type": "cue_type",
        "co_speaker_mentions": "co_speaker_mentions", "co_speakers": "co_speakers",
        "affiliation_mention": "affiliation_mention", "affiliation": "affiliation",
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
    future, hypothetical, historical) and crosswire's ``requested``: an act someone asks,
    urges or demands of another ("urged the army to withdraw"), not done by being asked.
    ``trigger`` and ``evidence`` locate the words.
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
class ShortQuotation:
    """A few quoted words an outlet may hold at arm's length ('the "referendums"'), and
    whether they name or describe a thing, as the article's parse reads them: kept so
    cross-article stages need not parse their paragraphs again."""

    span: TextSpan
    names_thing: bool


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything the per-article stages learn; cross-article stages start from these."""

    article: Article
    mentions: list[Mention]
    statements: list[Statement]
    events: list[Event] = field(default_factory=list)
    noun_phrases: list[NounPhrase] = field(default_factory=list)
    short_quotations: list[ShortQuotation] = field(default_factory=list)


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
    # Likewise empty from the archive: their paragraphs are then parsed where asked about.
    short_quotations: list[ShortQuotation] = field(default_factory=list)
