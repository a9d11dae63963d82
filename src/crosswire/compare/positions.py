"""Issues of a story and each actor's stance on them, with conditions and the statements behind.

Issues come from a small seed lexicon of generic political issues (``data/issues.jsonl``)
that the statements mention, plus keywords several statements from several articles
share. Each statement's stance is read by ``crosswire.compare.stance``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

from crosswire.knowledge.role_country import actor_country
from crosswire.compare.stance import statement_stance, term_pattern
from crosswire.knowledge.text import (
    WORD,
    CaselessIndex,
    crude_lemma,
    stop_words,
)
from crosswire.data import read_jsonl
from crosswire.models import (
    Actor,
    Condition,
    Issue,
    MergedAnalysis,
    Position,
    Stance,
    Statement,
    TextSpan,
)

# A two-word phrase becomes a discovered issue when this many statements from at least
# two articles use it; at most this many discovered issues are kept.
MIN_DISCOVERED_STATEMENTS = 2
MAX_DISCOVERED_ISSUES = 4


@cache
def seed_issues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    name = "issues.jsonl"
    table = []
    for row in read_jsonl(name):
        if not (isinstance(row.get("id"), str) and isinstance(row.get("label"), str)
                and isinstance(row.get("terms"), list) and row["terms"]):
            raise ValueError(f"{name}: id, label and a non-empty terms list: {row}")
        table.append((row["id"], row["label"], tuple(t.lower() for t in row["terms"])))
    return tuple(table)


def find_issues(merged: MergedAnalysis) -> list[Issue]:
    """Seed issues the statements mention, then keywords shared across articles."""
    issues: list[Issue] = []
    covered: set[str] = set()
    index = CaselessIndex([s.span.text for s in merged.statements])
    for issue_id, label, terms in seed_issues():
        pattern = term_pattern(terms)
        # a substring search rules most statements out before the regex scan
        candidates = index.candidates(terms)
        hits = [s.id for n, s in enumerate(merged.statements)
                if (candidates is None or n in candidates) and pattern.search(s.span.text)]
        if hits:
            issues.append(Issue(id=issue_id, label=label, terms=list(terms), statements=hits, seed=True))
        covered.update(" ".join(crude_lemma(w) for w in WORD.findall(t)) for t in terms)
    issues.extend(_discovered(merged, covered=covered))
    return issues


def _phrases(text: str) -> set[str]:
    """Two-word phrases of adjacent content words ("grain deal", "power plant")."""
    stops = stop_words()
    words = [w.lower() for w in WORD.findall(text)]
    return {f"{crude_lemma(a)} {crude_lemma(b)}" for a, b in zip(words, words[1:])
            if a not in stops and b not in stops and len(a) > 2 and len(b) > 2
            and not a.isdigit() and not b.isdigit()}


def _discovered(merged: MergedAnalysis, *, covered: set[str]) -> list[Issue]:
    """Phrases several statements from several articles share, not already a seed issue."""
    names = {crude_lemma(w) for actor in merged.actors for alias in [actor.name, *actor.aliases]
             for w in WORD.findall(alias)}
    excluded = covered | names
    statements_of: dict[str, list[Statement]] = defaultdict(list)
    for statement in merged.statements:
        for phrase in _phrases(statement.span.text):
            if phrase not in covered and excluded.isdisjoint(phrase.split()):
                statements_of[phrase].append(statement)
    ranked = sorted(
        ((phrase, found) for phrase, found in statements_of.items()
         if len(found) >= MIN_DISCOVERED_STATEMENTS and len({s.span.article for s in found}) >= 2),
        key=lambda pair: (-len({s.span.article for s in pair[1]}), -len(pair[1]), pair[0]),
    )
    return [Issue(id=f"kw:{phrase}", label=phrase, terms=[phrase], statements=[s.id for s in found])
            for phrase, found in ranked[:MAX_DISCOVERED_ISSUES]]


def find_positions(merged: MergedAnalysis, *, issues: list[Issue]) -> list[Position]:
    """One position per (speaker actor, issue), combining every statement behind it."""
    actors: dict[str, Actor] = {a.id: a for a in merged.actors}
    statements = {s.id: s for s in merged.statements}
    gathered: dict[tuple[str, str], list[tuple[Statement, Stance, list]]] = defaultdict(list)
    for issue in issues:
        for statement_id in issue.statements:
            statement = statements[statement_id]
            if not statement.speaker or statement.speaker not in actors:
                continue  # a position needs a known holder
            stance, conditions = statement_stance(
                statement.span.text, terms=issue.terms, cue=statement.cue.text if statement.cue else None,
                speaker_country=actor_country(actors[statement.speaker]))
            gathered[(statement.speaker, issue.id)].append((statement, stance, conditions))
    positions = []
    for (actor_id, issue_id), found in gathered.items():
        actor = actors[actor_id]
        stances = Counter(stance for _, stance, _ in found if stance != "unclear")
        if stances["conditional"]:
            stance: Stance = "conditional"
        elif len(stances) == 1:
            stance = next(iter(stances))
        else:
            stance = "unclear"
        positions.append(Position(
            actor=actor_id,
            actor_name=actor.name,
            issue=issue_id,
            stance=stance,
            statements=[s.id for s, _, _ in found],
            conditions=[
                Condition(marker=marker, span=TextSpan(s.span.text[start:end], s.span.start + start,
                                                       s.span.start + end, s.span.article))
                for s, _, conditions in found for marker, start, end in conditions
            ],
            evidence=[s.span for s, _, _ in found],
            country=actor_country(actor),
        ))
    positions.sort(key=lambda p: (p.issue, -len(p.statements), p.actor_name))
    return positions


def positions_by_country(positions: list[Position]) -> dict[str, dict[str, Counter]]:
    """Country (or "unknown") -> issue -> how many actors took each stance."""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for position in positions:
        table[position.country or "unknown"][position.issue][position.stance] += 1
    return {country: dict(issues) for country, issues in table.items()}

