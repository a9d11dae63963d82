"""One speaker's call on an issue, told by several outlets in different words.

"X should seize the moment to negotiate" and "X called for negotiations" share too few words
to match as one utterance, yet they report one call. A statement makes a call when it takes
a clear stance (for or against) on a seed issue and attaches no condition (conditions tell
calls apart); statements of the same speaker making the same call and no opposite one in
different articles, not dated apart and sharing a word besides the issue's, are one claim.
The stance is read as positions read it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import combinations, pairwise

from crosswire.compare.claim_terms import word_terms
from crosswire.compare.claim_units import Unit
from crosswire.knowledge.role_country import actor_country
from crosswire.compare.issues import seed_issues
from crosswire.compare.marker_search import term_pattern
from crosswire.compare.stance import call_stance, statement_stance
from crosswire.models import Actor

# Stances that make a call; "conditional" and "unclear" statements keep to wording matches.
CALL_STANCES = frozenset({"for", "against"})
# Unless both take their stance right at the issue's words ("should seize the moment to
# negotiate" / "called for negotiations"), two wordings of one call share words besides the
# issue's own and the actors ("pullout"/"withdraw", "sweeping ... bill"). On the 505 AllSides
# roundup stories (3 outlets each), one shared word let 10 pairs through, 3 of them two
# different statements of one speaker on one issue ("law", "right", "partisan" in common);
# two shared words let 7 through, all one call.
MIN_SHARED_CALL_TERMS = 2
# A speaker making one call in more statements than this (a whole archive's worth) is
# linked only to its neighbours in text order, so that pairs stay near-linear.
MAX_CALL_GROUP = 50


def calls_of(unit: Unit, *, actors: dict[str, Actor]) -> dict[str, tuple[str, bool]]:
    """Issue id -> (stance "for"/"against", whether the call is explicit: taken right at
    the issue's words) of each call a statement makes; none when it attaches a condition
    to any issue it names (the conditions tell calls apart)."""
    statement = unit.statement
    if statement is None or not statement.speaker or statement.speaker not in actors:
        return {}
    country = actor_country(actors[statement.speaker])
    cue = statement.cue.text if statement.cue else None
    calls = {}
    # most statements name no issue: looking for the words rules most out before the pattern
    named = _named_issues(_fold(statement.span.text))
    for issue_id, _, terms in seed_issues():
        if _plain(terms) is not None and issue_id not in named \
                or not term_pattern(terms).search(statement.span.text):
            continue
        stance, _ = statement_stance(statement.span.text, terms=list(terms), cue=cue,
                                     speaker_country=country)
        if stance == "conditional":
            return {}
        if stance in CALL_STANCES:
            explicit = call_stance(statement.span.text, terms=list(terms), cue=cue) == stance
            calls[issue_id] = (stance, explicit)
    return calls


def _fold(text: str) -> str:
    """``text`` case-folded so that every run of it ``term_pattern`` matches (case ignored)
    is a substring of it equal to the ASCII term: a dotless or dotted capital i matches i."""
    return text.casefold().replace("\u0131", "i").replace("i\u0307", "i")


def _named_issues(folded: str) -> set[str]:
    """The seed issues with a term (``_plain``) in ``folded``, looked for as plain text."""
    return {issue_id for term, issue_id in _plain_terms() if term in folded}


@cache
def _plain_terms() -> tuple[tuple[str, str], ...]:
    """(term, issue id) for the plain terms of every seed issue that has them; a term
    holding another of its issue's ("peace talks", "talks") is left out, found wherever
    that one is."""
    found = []
    for issue_id, _, terms in seed_issues():
        plain = _plain(terms) or ()
        found.extend((term, issue_id) for term in dict.fromkeys(plain)
                     if not any(other in term for other in plain if other != term))
    return tuple(found)


@cache
def _plain(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    """The terms case-folded as ``_fold`` folds a text, or None when one is not ASCII."""
    return tuple(term.casefold() for term in terms) if all(term.isascii() for term in terms) else None


def same_call_pairs(units: list[Unit], *, calls: dict[str, dict[str, tuple[str, bool]]]
                    ) -> Iterable[tuple[Unit, Unit, str]]:
    """Pairs of statements of one speaker from different articles making the same call and
    no opposite one, with the call ("negotiations:for"); ``calls`` maps unit ids to their
    ``calls_of``."""
    by_call: dict[tuple[str, str, str], list[Unit]] = defaultdict(list)
    for unit in units:
        for issue_id, (stance, _) in calls.get(unit.id, {}).items():
            by_call[(unit.statement.speaker, issue_id, stance)].append(unit)
    issue_terms = {issue_id: word_terms(" ".join(terms)) for issue_id, _, terms in seed_issues()}
    for (_, issue_id, stance), group in by_call.items():
        pairs = combinations(group, 2) if len(group) <= MAX_CALL_GROUP else pairwise(group)
        for a, b in pairs:
            if a.article == b.article or opposed(calls[a.id], calls[b.id]):
                continue
            shared = (a.plain & b.plain) - issue_terms[issue_id]
            explicit = calls[a.id][issue_id][1] and calls[b.id][issue_id][1]
            if explicit or len(shared) >= MIN_SHARED_CALL_TERMS:
                yield a, b, f"{issue_id}:{stance}"


def opposed(a: dict[str, tuple[str, bool]], b: dict[str, tuple[str, bool]]) -> bool:
    """Two statements take opposite stances on one issue: never one claim, however alike."""
    return any(issue in b and b[issue][0] != stance for issue, (stance, _) in a.items())
