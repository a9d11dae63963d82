"""Where a word of undoing ("end", "lift", "the easing of") takes the issue as its object.

Ending, lifting, easing or withdrawing from a thing is against that thing ("would end its
combat mission" is against the combat mission, "lifted the curfew" against the curfew), but
the same words take other objects all the time ("by the end of the year", "lift wages"): an
``"undoing"`` marker of ``data/stance_markers.jsonl`` counts only where one of the issue's
words stands right after it, in its clause. Negators and calls then act on it as on any
marker ("refused to lift the curfew" is for the curfew): ``crosswire.compare.stance``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# An undoing word's object opens at most this many words after it: "end [its] [combat]
# mission", "the end [of] [the] [combat] mission", "lift [the] [remaining] [mask] mandate".
UNDONE_OBJECT_WORDS = 3
# Punctuation or a dash ends the clause: what follows is no object of the undoing word.
CLAUSE_BREAK = re.compile(r"[.,;:!?\"“”()]|\s[—–]\s")


def undoes_issue(text: str, window: list[tuple[str, int]], n: int, marker: str, *,
                 is_issue_word: Callable[[int], bool]) -> bool:
    """The undoing ``marker`` whose first word is the ``n``-th of ``window`` ((word, offset
    into ``text``) pairs) takes the issue as its object: a word of the issue
    (``is_issue_word`` of its index) stands at most UNDONE_OBJECT_WORDS words after the
    marker's last word, with no clause break between."""
    last = n + len(marker.split()) - 1
    for m in range(last + 1, min(len(window), last + 1 + UNDONE_OBJECT_WORDS)):
        if CLAUSE_BREAK.search(text, window[last][1], window[m][1]):
            return False
        if is_issue_word(m):
            return True
    return False
