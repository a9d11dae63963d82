"""Where a word of undoing ("end", "lift", "the easing of") takes the issue as its object.

Ending, lifting, easing or withdrawing from a thing is against that thing ("would end its
combat mission" is against the combat mission, "lifted the curfew" against the curfew), but
the same words take other objects all the time ("by the end of the year", "lift wages"): an
``"undoing"`` marker of ``data/stance_markers.jsonl`` counts only where one of the issue's
words stands right after it, in its clause, inside its object (before any preposition:
"lift curbs on ferry crews" lifts the curbs, not the crews). Negators and calls then act
on it as on any marker ("refused to lift the curfew" is for the curfew), and undoing a
thing that is against something turns it as a negator does ("relaxing the bans" on
visitors is for them): ``crosswire.compare.stance``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# An undoing word's object opens at most this many words after it: "end [its] [combat]
# mission", "the end [of] [the] [combat] mission", "lift [the] [remaining] [mask] mandate".
UNDONE_OBJECT_WORDS = 3
# Punctuation or a dash ends the clause: what follows is no object of the undoing word.
CLAUSE_BREAK = re.compile(r"[.,;:!?\"“”()]|\s[—–]\s")
# The longest undoing marker, in words ("pulled out of").
MARKER_WORDS = 3


def undoes_issue(text: str, window: list[tuple[str, int]], n: int, marker: str, *,
                 is_issue_word: Callable[[int], bool], prepositions: frozenset[str]) -> bool:
    """The undoing ``marker`` whose first word is the ``n``-th of ``window`` ((word, offset
    into ``text``) pairs) takes the issue as its object: a word of the issue
    (``is_issue_word`` of its index) stands at most UNDONE_OBJECT_WORDS words after the
    marker's last word, with no clause break nor one of ``prepositions`` between."""
    last = n + len(marker.split()) - 1
    for m in range(last + 1, min(len(window), last + 1 + UNDONE_OBJECT_WORDS)):
        if CLAUSE_BREAK.search(text, window[last][1], window[m][1]):
            return False
        if is_issue_word(m):
            return True
        if window[m][0] in prepositions:
            return False
    return False


def undoing_ends_at(window: list[tuple[str, int]], k: int, markers: frozenset[str]) -> bool:
    """An undoing marker (of ``markers``) ends with the ``k``-th word of ``window``."""
    return any(" ".join(w for w, _ in window[k - size + 1:k + 1]) in markers
               for size in range(1, min(MARKER_WORDS, k + 1) + 1))
