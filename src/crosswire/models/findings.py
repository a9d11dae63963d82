"""What ``compare`` finds across a story's articles, and the ``Briefing`` the renderers read:
claims, issues, positions, framing and the timeline. Every record points back to statement
ids, article ids and character offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from crosswire.models.analysis import Actor, Condition, Event, Mention, Statement, StatementKind
from crosswire.models.flat import FlatLayout
from crosswire.models.inputs import Article, DateEstimate, InputError, TextSpan

Stance = Literal["for", "against", "conditional", "unclear"]


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
    # outlet telling the fact in its own voice (its ``speaker_text`` is the fact's subject);
    # with neither, it is the article's lead, told in its own voice with no event coded.
    event: str | None = None

    FLAT: ClassVar[FlatLayout] = {
        "statement": "statement", "article": "span.article", "outlet": "outlet",
        "text": "span.text", "start": "span.start", "end": "span.end", "kind": "kind",
        "via": "via", "speaker_text": "speaker_text", "event": "event",
    }

    @property
    def key(self) -> str:
        """The id a claim's conflicts name this version by: its statement, else its event,
        else (a lead) its article's lead."""
        return self.statement or self.event or f"{self.span.article}:lead"

    @property
    def fact(self) -> bool:
        """Reported as fact: an event (told in the outlet's voice or inside a statement) or
        an article's lead, not words a speaker said."""
        return bool(self.event) or not self.statement


@dataclass(frozen=True)
class ClaimConflict:
    """Versions of one claim disagree on ``aspect`` (number, date, speaker, kind, status; "account"
    when they contradict one another on what happened, each value then a side's own words).

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
    # True when versions from different articles contradict one another on what happened
    # (a conflict of aspect "account" gives each side): outlets dispute the claim.
    disputed: bool = False


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
    """An actor's stance on an issue, the conditions attached, the statements behind it.

    An actor the texts say changed sides keeps its present ``stance``; ``earlier`` is the
    side it took before ("was against, now for") and ``earlier_evidence`` where the texts
    tell it: the sentences reporting the change and its statements taking the earlier side.
    An ``unnamed`` holder is a group the texts never name ("critics", "residents"): its
    ``actor`` is no actor record's id, and ``actor_name`` the words the texts call it by;
    ``affiliation`` is the actor id of whom its statements say it speaks for, when they all
    name one ("Harbour Board officials": the Harbour Board)."""

    actor: str
    actor_name: str
    issue: str
    stance: Stance
    statements: list[str]
    conditions: list[Condition] = field(default_factory=list)
    evidence: list[TextSpan] = field(default_factory=list)
    country: str | None = None
    earlier: Stance | None = None
    earlier_evidence: list[TextSpan] = field(default_factory=list)
    unnamed: bool = False
    affiliation: str | None = None


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
class HeadlineSubject:
    """What a headline leads with: the subject of its main clause (``span``, ``part``
    "title"), the actor those words name where the story knows one, and the name to show
    (the actor's, else the words)."""

    span: TextSpan
    actor: str | None
    name: str


@dataclass(frozen=True)
class OutletFraming:
    """Per outlet: contested terms, scare quotes, hedges, voices, omissions, registry facts,
    ``leads``: each of its articles' first sentence, what the outlet put first,
    ``headlines``: each of its articles' title (spans with ``part`` "title"), and
    ``headline_subjects``: what each of those headlines leads with."""

    outlet: str
    articles: list[str]
    terms: list[TermUse] = field(default_factory=list)
    scare_quotes: list[TextSpan] = field(default_factory=list)
    hedges: list[TextSpan] = field(default_factory=list)
    voices: list[VoiceCount] = field(default_factory=list)
    voices_by_country: dict[str, int] = field(default_factory=dict)
    omitted_claims: list[str] = field(default_factory=list)
    registry: dict[str, Any] = field(default_factory=dict)
    leads: list[TextSpan] = field(default_factory=list)
    headlines: list[TextSpan] = field(default_factory=list)
    headline_subjects: list[HeadlineSubject] = field(default_factory=list)


@dataclass(frozen=True)
class TimelineEntry:
    """A statement or event in date order, with its normalised date and its sources."""

    date: DateEstimate
    kind: Literal["statement", "event", "article"]
    ref: str
    text: str
    articles: list[str]
    outlets: list[str]


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

