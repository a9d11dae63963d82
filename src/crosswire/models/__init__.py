"""The vocabulary every stage speaks: documents in, articles, mentions, statements, actors out.

Offsets are Python string indices (code points). Every record that points into an article
does so with a ``TextSpan``, checked against the text it names:
``article.text[span.start:span.end] == span.text`` (a headline's words, ``span.part``
"title": ``article.title[span.start:span.end]``).

The records are written in modules by job and all imported from here: ``inputs`` (documents,
clean text, articles, spans), ``analysis`` (what the per-article stages and the actor merge
find), ``findings`` (what ``compare`` finds across the story, and the ``Briefing``) and
``flat`` (how records are written out flat).
"""

from crosswire.models.analysis import (
    Actor,
    ActorKind,
    ArticleAnalysis,
    Condition,
    Event,
    EventParticipant,
    EventStatus,
    MergedAnalysis,
    Mention,
    NounPhrase,
    Resolution,
    ShortQuotation,
    Statement,
    StatementKind,
)
from crosswire.models.findings import (
    Briefing,
    Claim,
    ClaimConflict,
    ClaimLink,
    ClaimVersion,
    HeadlineSubject,
    Issue,
    OutletFraming,
    Position,
    Stance,
    TermUse,
    TimelineEntry,
    VoiceCount,
)
from crosswire.models.flat import FlatLayout, flat_layout, to_dict
from crosswire.models.inputs import (
    Article,
    Cleaned,
    DateBasis,
    DateEstimate,
    DatePrecision,
    Document,
    InputError,
    InputFormat,
    PageDate,
    PageMetadata,
    Removed,
    Segment,
    TextPart,
    TextSpan,
    TITLE,
)

__all__ = [
    "Actor", "ActorKind", "Article", "ArticleAnalysis", "Briefing", "Claim", "ClaimConflict",
    "ClaimLink", "ClaimVersion", "Cleaned", "Condition", "DateBasis", "DateEstimate",
    "DatePrecision",
    "Document", "Event", "EventParticipant", "EventStatus", "FlatLayout", "HeadlineSubject", "InputError",
    "InputFormat", "Issue", "MergedAnalysis", "Mention", "NounPhrase", "OutletFraming",
    "PageDate", "PageMetadata", "Position", "Removed", "Resolution", "Segment", "ShortQuotation", "Stance",
    "Statement", "StatementKind", "TermUse", "TextPart", "TextSpan", "TITLE", "TimelineEntry",
    "VoiceCount",
    "flat_layout", "to_dict",
]
