"""Statements an article reprints word for word from another article of the story: a
press release or a wire quote several outlets carry is one text, not several outlets'
telling of what the story is about."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosswire.knowledge.text import WORD, shingles
from crosswire.models import Statement

# A run of this many words two statements share is one text copied, not two tellings:
# the length past which two speakers' quotes are taken for one utterance
# (``quoted_runs.MIN_QUOTED_RUN_TWO_SPEAKERS``), met by chance in no two reports.
MIN_REPRINTED_RUN = 8


def reprinted(statements_of: Mapping[str, Sequence[Statement]]) -> frozenset[str]:
    """The ids of the statements that share a run of MIN_REPRINTED_RUN words with a
    statement of an article before theirs (``statements_of``: article id -> its
    statements, in the story's order): the first article to carry a text keeps it."""
    seen: set[tuple[str, ...]] = set()
    found = set()
    for statements in statements_of.values():
        article_runs: set[tuple[str, ...]] = set()
        for statement in statements:
            words = [word.lower() for word in WORD.findall(statement.span.text)]
            runs = shingles(words, MIN_REPRINTED_RUN)
            if runs & seen:
                found.add(statement.id)
            article_runs |= runs
        seen |= article_runs
    return frozenset(found)
