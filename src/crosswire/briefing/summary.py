"""The briefing's summary: a few sentences, each templated from records or quoted from a text.

Nothing is written that the records do not hold: counts and names come from the briefing,
quoted words are a statement's exact text, and every sentence carries citations to the
words it rests on (an article span), so a reader can check each one with a click.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from crosswire.compare.issues import seed_issues
from crosswire.models import Article, Briefing, Claim, ClaimVersion, Position, Statement, TextPart

MIN_SENTENCES = 3
MAX_SENTENCES = 7
# Corroborated claims and issues given a sentence each; the rest are in their sections.
MAX_CLAIM_SENTENCES = 2
MAX_POSITION_SENTENCES = 2
# Actors named in one positions sentence, and outlets in the voices sentence: beyond
# that a sentence stops being readable and the matrix below says it better.
MAX_POSITIONS_PER_SENTENCE = 4
MAX_OUTLETS_PER_SENTENCE = 5
# Quoted words longer than this are cut at a word boundary and marked with an ellipsis.
MAX_QUOTE_CHARS = 240
QUOTE_MARKS = "\"'“”‘’«» "
STANCE_WORDS = {"for": "in favour", "against": "against", "conditional": "conditional"}


@dataclass(frozen=True)
class Citation:
    """Where a sentence's content sits: an article span (or the whole article when
    ``start`` is None), the outlet that published it, the statement it is, if one;
    ``part`` "title" where the span is words of the article's headline."""

    outlet: str
    article: str
    start: int | None = None
    end: int | None = None
    statement: str | None = None
    part: TextPart | None = None

    # Written out only when set, as a span's ``part``.
    OMITTED_WHEN_NONE = ("part",)


@dataclass(frozen=True)
class SummarySentence:
    text: str
    kind: Literal["templated", "extractive"]
    citations: list[Citation]
    statements: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(c.outlet for c in self.citations))


def summarise(briefing: Briefing) -> list[SummarySentence]:
    """3 to 7 sentences (fewer only when the briefing holds too little to say more)."""
    context = _Context(briefing)
    sentences = [s for s in [_overview(context)] if s]
    sentences += _claim_sentences(context)
    sentences += _position_sentences(context)
    sentences += [s for s in [_terms_sentence(context), _voices_sentence(context)] if s]
    if len(sentences) < MIN_SENTENCES:
        sentences += _quoted_statements(context, wanted=MIN_SENTENCES - len(sentences))
    return sentences[:MAX_SENTENCES]


class _Context:
    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.articles = {a.id: a for a in briefing.articles}
        self.actors = {a.id: a for a in briefing.actors}
        self.statements = {}
        for statement in briefing.statements:
            self.statements.setdefault(statement.id, statement)
        self.issues = {i.id: i for i in briefing.issues}
        self.issue_of: dict[str, str] = {}  # statement id -> label of the story's issue holding it
        for issue in briefing.issues:
            for statement_id in issue.statements:
                self.issue_of.setdefault(statement_id, issue.label)

    def call_issue(self, claim: Claim, seed_id: str) -> str:
        """What a call's versions speak to, in the story's own words: the story's issue
        holding most of them ("dam project"), else the seed issue's label ("negotiations
        and talks"), never the seed's id, which only groups calls across stories."""
        held = Counter(self.issue_of[v.statement] for v in claim.versions if v.statement in self.issue_of)
        if held:
            return max(held, key=lambda label: (held[label], label))
        return next((label for issue_id, label, _ in seed_issues() if issue_id == seed_id), seed_id)

    def outlet(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        return _outlet_name(article) if article else article_id

    def cite(self, statement: Statement) -> Citation:
        return Citation(self.outlet(statement.span.article), statement.span.article, statement.span.start,
                        statement.span.end, statement.id)

    def speaker(self, statement: Statement) -> str | None:
        actor = self.actors.get(statement.speaker or "")
        return actor.name if actor else None


def _outlet_name(article: Article) -> str:
    return article.outlet or article.title or article.id


def _listing(names: Iterable[str]) -> str:
    names = list(names)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _quote(text: str) -> str:
    """A statement's words between quotation marks, cut at a word boundary when long."""
    words = " ".join(text.split()).strip(QUOTE_MARKS).rstrip(",;:").strip(QUOTE_MARKS)
    if len(words) > MAX_QUOTE_CHARS:
        words = words[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return f"“{words}”"


def _overview(context: _Context) -> SummarySentence | None:
    articles = context.briefing.articles
    if not articles:
        return None
    first_of: dict[str, Article] = {}
    for article in articles:
        first_of.setdefault(_outlet_name(article), article)
    dates = sorted(a.published.value for a in articles
                   if a.published.value and a.published.precision != "unknown")
    text = f"{_plural(len(articles), 'article')} from {_plural(len(first_of), 'outlet')}"
    text += f" ({_listing(first_of)})"
    if dates:
        text += f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    speakers = {s.speaker for s in context.briefing.statements if s.speaker in context.actors}
    text += (f", report {_plural(len(context.briefing.statements), 'statement')}"
             f" by {_plural(len(speakers), 'named speaker')}.")
    return SummarySentence(text, "templated",
                           [Citation(outlet, article.id) for outlet, article in first_of.items()])


def _claim_sentences(context: _Context) -> list[SummarySentence]:
    carried = [c for c in context.briefing.claims if len(c.outlets) >= 2]
    carried.sort(key=lambda c: (-c.independent, -len(c.outlets)))
    return [_claim_sentence(context, claim) for claim in carried[:MAX_CLAIM_SENTENCES]]


def _claim_sentence(context: _Context, claim: Claim) -> SummarySentence:
    one_per_outlet: dict[str, ClaimVersion] = {}
    for version in claim.versions:
        one_per_outlet.setdefault(version.outlet or context.outlet(version.span.article), version)
    outlets = f"{_plural(len(one_per_outlet), 'outlet')} ({_listing(one_per_outlet)})"
    if claim.independent < len(one_per_outlet):
        outlets += f", {_plural(claim.independent, 'independent source')},"
    if claim.kind == "fact":
        # An act the outlets report, not words anyone said: the shortest outlet wording of
        # the fact itself, word for word.
        shown = min(claim.versions, key=lambda v: (not v.event, bool(v.statement), len(v.span.text)))
        wording = shown.outlet or context.outlet(shown.span.article)
        text = f"{outlets} report that {_quote(shown.span.text)}, in {wording}'s words."
        return _claim_summary(text, claim, one_per_outlet)
    # The outlet's exact quotation if any outlet quoted it, else the shortest wording.
    shown = min(claim.versions, key=lambda v: (v.kind != "direct", len(v.span.text)))
    actor = context.actors.get(claim.speaker or "")
    speaker = actor.name if actor else shown.speaker_text
    wording = shown.outlet or context.outlet(shown.span.article)
    if speaker and claim.call:
        # Versions joined by stance, not wording: no outlet's words stand for all of them.
        seed_id, stance = claim.call.split(":", 1)
        side = "for" if stance == "for" else "against"
        issue = context.call_issue(claim, seed_id)
        text = (f"{outlets} report {speaker} speaking {side} {issue}; in {wording}'s words, "
                f"{_quote(shown.span.text)}.")
    elif speaker and shown.kind == "direct":
        text = f"{outlets} report that {speaker} said: {_quote(shown.span.text)}."
    elif speaker:
        text = f"{outlets} report that {speaker} said, in {wording}'s words, {_quote(shown.span.text)}."
    else:
        text = f"{outlets} carry the claim, in {wording}'s words, {_quote(shown.span.text)}."
    return _claim_summary(text, claim, one_per_outlet)


def _claim_summary(text: str, claim: Claim,
                   one_per_outlet: dict[str, ClaimVersion]) -> SummarySentence:
    citations = [Citation(outlet, v.span.article, v.span.start, v.span.end, v.statement or None)
                 for outlet, v in one_per_outlet.items()]
    return SummarySentence(text, "templated", citations,
                           statements=[v.statement for v in claim.versions if v.statement],
                           claims=[claim.id])


def _position_sentences(context: _Context) -> list[SummarySentence]:
    by_issue: dict[str, list[Position]] = defaultdict(list)
    for position in context.briefing.positions:
        if position.stance != "unclear" and position.issue in context.issues:
            by_issue[position.issue].append(position)
    # Issues most actors took a clear stance on first; a seed issue before a keyword one.
    ranked = sorted(by_issue, key=lambda i: (-len(by_issue[i]), not context.issues[i].seed, i))
    return [_position_sentence(context, issue, by_issue[issue])
            for issue in ranked[:MAX_POSITION_SENTENCES]]


def _position_sentence(context: _Context, issue_id: str,
                       positions: list[Position]) -> SummarySentence:
    # The best-attested actor of each stance first, so the sentence shows the range of
    # views before a second voice for one of them; then the next best-attested.
    ranked = sorted(positions, key=lambda p: (-len(p.statements), p.actor_name))
    leaders = list({p.stance: p for p in reversed(ranked)}.values())
    leaders.sort(key=ranked.index)
    chosen = (leaders + [p for p in ranked if p not in leaders])[:MAX_POSITIONS_PER_SENTENCE]
    parts, citations, statements = [], [], []
    for position in chosen:
        actor = context.actors.get(position.actor)
        # the country, else the role the texts give, says which side the actor speaks for
        side = position.country or (actor.roles[0] if actor and actor.roles else None)
        # "Russia (Russia)" says nothing: the side only when it is not the actor itself
        shown_side = side if side and side.casefold() != position.actor_name.casefold() else None
        part = position.actor_name + (f" ({shown_side})" if shown_side else "")
        part += f" {STANCE_WORDS[position.stance]}"
        if position.earlier in STANCE_WORDS:  # it changed sides
            part += f" (earlier {STANCE_WORDS[position.earlier]})"
        if position.conditions:
            part += f", {_quote(position.conditions[0].span.text)}"
        parts.append(part)
        for statement_id in position.statements[:1]:
            statement = context.statements.get(statement_id)
            if statement:
                citations.append(context.cite(statement))
                statements.append(statement_id)
    label = context.issues[issue_id].label
    text = f"Positions on {label}: " + "; ".join(parts) + "."
    return SummarySentence(text, "templated", citations, statements=statements)


def _terms_sentence(context: _Context) -> SummarySentence | None:
    """The contested referent most outlets named differently."""
    terms_of: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for framing in context.briefing.framing:
        for use in framing.terms:
            terms_of[use.referent][framing.outlet].append(use)
    differing = [(referent, outlets) for referent, outlets in terms_of.items()
                 if len(outlets) >= 2
                 and len({frozenset(u.term for u in uses) for uses in outlets.values()}) >= 2]
    if not differing:
        return None
    # A contested-terms lexicon entry (Kiev/Kyiv) says more than a spelling variant.
    referent, outlets = max(differing, key=lambda item: (
        any(u.source == "lexicon" for uses in item[1].values() for u in uses), len(item[1])))
    by_terms: dict[str, list[str]] = defaultdict(list)
    citations = []
    for outlet, uses in outlets.items():
        main = max(uses, key=lambda u: u.count)
        by_terms[" and ".join(f"“{u.term}”" for u in uses)].append(outlet)
        if main.evidence:
            first = main.evidence[0]
            if first.article:
                citations.append(Citation(outlet, first.article, first.start, first.end, part=first.part))
    parts = [f"{_listing(names)} {'write' if len(names) > 1 else 'writes'} {terms}"
             for terms, names in by_terms.items()]
    text = f"The outlets differ in naming {referent}: " + "; ".join(parts) + "."
    return SummarySentence(text, "templated", citations)


def _voices_sentence(context: _Context) -> SummarySentence | None:
    """Each outlet's most quoted named speaker."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[tuple[str, str], Statement] = {}
    for statement in context.briefing.statements:
        if statement.speaker in context.actors:
            outlet = context.outlet(statement.span.article)
            counts[outlet][statement.speaker] += 1
            first.setdefault((outlet, statement.speaker), statement)
    if len(counts) < 2:
        return None
    parts, citations = [], []
    busiest = sorted(counts, key=lambda o: -sum(counts[o].values()))[:MAX_OUTLETS_PER_SENTENCE]
    for outlet in busiest:
        actor_id, n = min(counts[outlet].items(),
                          key=lambda item: (-item[1], context.actors[item[0]].name))
        parts.append(f"{outlet} — {context.actors[actor_id].name} ({_plural(n, 'statement')})")
        citations.append(context.cite(first[(outlet, actor_id)]))
    text = "Most quoted voice per outlet: " + "; ".join(parts) + "."
    return SummarySentence(text, "templated", citations,
                           statements=[c.statement for c in citations if c.statement])


def _quoted_statements(context: _Context, *, wanted: int) -> list[SummarySentence]:
    """Direct quotations of the most quoted speakers, one each, word for word."""
    counts = Counter(s.speaker for s in context.briefing.statements if s.speaker in context.actors)
    sentences = []
    for actor_id, _ in counts.most_common():
        said = [s for s in context.briefing.statements if s.speaker == actor_id]
        statement = min(said, key=lambda s: (s.kind != "direct", len(s.span.text)))
        outlet = context.outlet(statement.span.article)
        text = f"{context.actors[actor_id].name}, as reported by {outlet}: {_quote(statement.span.text)}."
        sentences.append(SummarySentence(text, "extractive", [context.cite(statement)],
                                         statements=[statement.id]))
        if len(sentences) == wanted:
            break
    return sentences
