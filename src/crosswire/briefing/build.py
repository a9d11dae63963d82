"""What the Markdown and HTML renderers share: lookups, reading order and labels.

A ``BriefingView`` is built once per render from a ``Briefing``; it never copies article
text, only indexes records by id so every renderer stays linear in the briefing size.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from crosswire.compare.marker_search import whole_word
from crosswire.knowledge.dates import placed_days
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    Claim,
    DateEstimate,
    Event,
    Mention,
    Position,
    Statement,
)

# The pseudo-actor key under which statements with no resolved speaker are grouped.
UNATTRIBUTED = ""
# A date range this long or longer reads as "sometime that year": not worth showing.
DAYS_IN_YEAR = 365


@dataclass(frozen=True)
class SpeakerGroup:
    """One actor (or the unattributed bucket) and its statements in reading order."""

    actor: Actor | None
    statements: list[Statement]


@dataclass
class BriefingView:
    briefing: Briefing
    articles: dict[str, Article] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: dict[str, Mention] = field(default_factory=dict)
    statements: dict[str, Statement] = field(default_factory=dict)  # the first with each id
    events: dict[str, Event] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    statements_by_article: dict[str, list[Statement]] = field(default_factory=dict)
    statement_counts: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, briefing: Briefing) -> BriefingView:
        view = cls(briefing=briefing)
        view.articles = {article.id: article for article in briefing.articles}
        view.actors = {actor.id: actor for actor in briefing.actors}
        view.mentions = {mention.id: mention for mention in briefing.mentions}
        view.events = {event.id: event for event in briefing.events}
        view.claims = {claim.id: claim for claim in briefing.claims}
        by_article: dict[str, list[Statement]] = defaultdict(list)
        for statement in briefing.statements:
            view.statements.setdefault(statement.id, statement)
            by_article[statement.span.article].append(statement)
            view.statement_counts[statement.speaker or UNATTRIBUTED] += 1
            for co_speaker in statement.co_speakers:  # a joint statement is each speaker's
                view.statement_counts[co_speaker] += 1
        view.statements_by_article = {
            key: sorted(items, key=lambda s: (s.span.start, s.span.end)) for key, items in by_article.items()
        }
        return view

    def outlets(self) -> list[str]:
        """Distinct outlets in input order."""
        return list(dict.fromkeys(a.outlet for a in self.briefing.articles if a.outlet))

    def actors_by_weight(self) -> list[Actor]:
        """Actors who speak most first, then those seen most, then by name."""
        return sorted(
            self.briefing.actors,
            key=lambda a: (-self.statement_counts[a.id], -len(a.seen), a.name.casefold()),
        )

    def date_span(self) -> tuple[str, str] | None:
        """Earliest and latest known publication date (ISO strings sort by date)."""
        dates = sorted(
            a.published.value
            for a in self.briefing.articles
            if a.published.value and a.published.precision != "unknown"
        )
        return (dates[0], dates[-1]) if dates else None

    def speaker_groups(self, statements: list[Statement] | None = None) -> list[SpeakerGroup]:
        """Statements grouped by speaking actor, busiest first; unattributed ones last."""
        grouped: dict[str, list[Statement]] = defaultdict(list)
        for statement in self.briefing.statements if statements is None else statements:
            key = statement.speaker if statement.speaker in self.actors else UNATTRIBUTED
            grouped[key].append(statement)
        article_order = {article_id: n for n, article_id in enumerate(self.articles)}

        def reading_order(statement: Statement) -> tuple[int, int]:
            return article_order.get(statement.span.article, len(article_order)), statement.span.start

        named = sorted(
            (key for key in grouped if key != UNATTRIBUTED),
            key=lambda key: (-len(grouped[key]), self.actors[key].name.casefold()),
        )
        groups = [
            SpeakerGroup(self.actors[key], sorted(grouped[key], key=reading_order)) for key in named
        ]
        if UNATTRIBUTED in grouped:
            groups.append(SpeakerGroup(None, sorted(grouped[UNATTRIBUTED], key=reading_order)))
        return groups

    def speaker_name(self, statement: Statement) -> str:
        """The speaker's name; a joint statement's names all its speakers ("A and B")."""
        actor = self.actors.get(statement.speaker or "")
        if actor:
            return " and ".join([actor.name, *self.co_speaker_names(statement)])
        words = statement.speaker_words.text if statement.speaker_words else "unattributed"
        return self._for_affiliation(words, statement.affiliation)

    def holder_name(self, position: Position) -> str:
        """A position holder's name; an unnamed group's with whom it speaks for."""
        return self._for_affiliation(position.actor_name, position.affiliation)

    def affiliation_name(self, statement: Statement) -> str | None:
        """The name of whom an unnamed source speaks for ("officials" for the ministry),
        when the source's own words do not name it already."""
        words = statement.speaker_words.text if statement.speaker_words else ""
        return self._unnamed_affiliation(words, statement.affiliation)

    def _for_affiliation(self, words: str, affiliation: str | None) -> str:
        name = self._unnamed_affiliation(words, affiliation)
        return f"{words} (for {name})" if name else words

    def _unnamed_affiliation(self, words: str, affiliation: str | None) -> str | None:
        """The affiliation's name, unless ``words`` hold it or one of its aliases as whole
        words ("a ministry official" for the ministry): shown twice it says nothing more."""
        actor = self.actors.get(affiliation or "")
        if actor is None:
            return None
        named = any(whole_word(name, caseless=True).search(words)
                    for name in (actor.name, *actor.aliases) if name)
        return None if named else actor.name

    def co_speaker_names(self, statement: Statement) -> list[str]:
        """The names of a joint statement's other speakers."""
        return [self.actors[actor].name for actor in statement.co_speakers if actor in self.actors]

    def statement_language(self, statement: Statement) -> str | None:
        """The language of a statement not in English (its article's), else None: the
        briefing marks those."""
        article = self.articles.get(statement.span.article)
        language = article.language if article else None
        return language if language not in (None, "en") else None

    def speaker_role(self, statement: Statement) -> str | None:
        """The role the text gives the speaker here, else the actor's first known role."""
        mention = self.mentions.get(statement.speaker_mention or "")
        if mention and mention.role:
            return mention.role
        actor = self.actors.get(statement.speaker or "")
        return actor.roles[0] if actor and actor.roles else None

    def outlet_of(self, statement: Statement) -> str | None:
        article = self.articles.get(statement.span.article)
        return article.outlet if article else None

    def statement_date(self, statement: Statement) -> str | None:
        """When it was said, if the text says (a date only the publication gives is in
        the article's heading)."""
        said_on = statement.said_on
        label = date_label(said_on)
        if label == UNKNOWN_DATE or (said_on is not None and said_on.basis == "publication"):
            return None
        return label


UNKNOWN_DATE = "date unknown"


def date_label(date: DateEstimate | None) -> str:
    """'2022-11-20' for a day; 'between 2022-11-14 and 2022-11-20' for a coarser date whose
    range narrows it down, or one no ISO value holds (a week over New Year); else
    '2022-11 (month only)'; 'date unknown'."""
    if date is not None and not date.value and placed_days(date):
        return f"between {date.earliest} and {date.latest}"
    if date is None or not date.value or date.precision == "unknown":
        return UNKNOWN_DATE
    if date.precision == "day":
        return date.value
    narrowed = narrow_range(date)
    if narrowed:
        first, last = narrowed
        return first if first == last else f"between {first} and {last}"
    return f"{date.value} ({date.precision} only)"


def date_basis(date: DateEstimate | None) -> str | None:
    """How a statement's or event's date was reached, for a reader; None for a date an
    input declares."""
    if date is None or date.basis is None:
        return None
    return {"stated": "stated in the text",
            "year inferred": f"year inferred: {date.evidence}",
            "relative": f"from “{date.evidence}”",
            "publication": "publication date: then or before"}[date.basis]


def narrow_range(date: DateEstimate) -> tuple[str, str] | None:
    """``earliest``/``latest`` when they say more than the value: narrower than a year and
    than the month or year the value names ("2022, between Jan 1 and Dec 31" says nothing)."""
    if not date.earliest or not date.latest or not date.value:
        return None
    try:
        first, last = dt.date.fromisoformat(date.earliest), dt.date.fromisoformat(date.latest)
        parts = [int(part) for part in date.value.split("-")]
    except ValueError:
        return None
    days = (last - first).days + 1
    if len(parts) == 1:
        named = 366 if calendar.isleap(parts[0]) else 365
    elif len(parts) == 2 and 1 <= parts[1] <= 12:
        named = calendar.monthrange(parts[0], parts[1])[1]
    else:
        named = 1
    if 0 < days < min(named, DAYS_IN_YEAR):
        return date.earliest, date.latest
    return None


def removed_summary(article: Article) -> str:
    """'5 pieces removed, 1,204 characters: share buttons 3, promo 2' or ''."""
    if not article.removed:
        return ""
    reasons = Counter(piece.reason for piece in article.removed)
    chars = sum(len(piece.text) for piece in article.removed)
    count = len(article.removed)
    detail = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
    return f"{count} piece{'s' if count != 1 else ''} removed, {chars:,} characters: {detail}"
