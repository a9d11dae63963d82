"""Where a word of undoing ("end", "lift", "the easing of") takes the issue as its object.

Ending, lifting, easing or withdrawing from a thing is against that thing ("would end its
combat mission" is against the combat mission, "lifted the curfew" against the curfew), but
the same words take other objects all the time ("by the end of the year", "lift wages"): an
``"undoing"`` marker of ``data/stance_markers.jsonl`` counts only where one of the issue's
words stands right after it, in its clause, inside its object (before any preposition:
"lift curbs on ferry crews" lifts the curbs, not the crews), or stands as its passive's
subject ("the curfew will be partially lifted"). Negators and calls then act
on it as on any marker ("refused to lift the curfew" is for the curfew), and undoing a
thing that is against something turns it as a negator does ("relaxing the bans" on
visitors is for them): ``crosswire.compare.stance``.

A word of discarding ("cancel", "scrap", "repeal", "revoke") undoes whatever it takes, so it
is against the issue wherever the issue is what it takes, however long its object runs
("rescinded its order for new ferries"), but not where its object is another thing and the
issue is only named later in the sentence ("cancelled a trip, amid talks on the ferry
levy"): it counts where one of the issue's words stands in its clause after it, or just
before it ("the ferry cancellation"), or before it as the subject of its passive ("the
toll must be scrapped").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crosswire.knowledge.text import stop_words

# An undoing word's object opens at most this many words after it: "end [its] [combat]
# mission", "the end [of] [the] [combat] mission", "lift [the] [remaining] [mask] mandate".
UNDONE_OBJECT_WORDS = 3
# Punctuation or a dash ends the clause: what follows is no object of the undoing word.
CLAUSE_BREAK = re.compile(r"[.,;:!?\"“”()]|\s[—–]\s")
# The longest undoing marker, in words ("pulled out of").
MARKER_WORDS = 3
# Words opening another clause or an adjunct: what follows is no object of a discarding word
# ("cancelled the trip amid talks on the levy", "scrapped the plan that funded the levy").
CLAUSE_OPENERS = frozenset({
    "that", "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "as",
    "amid", "amidst", "after", "before", "since", "when", "until", "unless", "if", "saying", "despite",
})
# Forms of "be" (and "get") making a passive of the participle after them ("must be scrapped"),
# with at most PASSIVE_GAP_WORDS words between ("was quietly scrapped", "has not been revoked").
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got"})
PASSIVE_GAP_WORDS = 2
# A passive's subject is its head noun with at most this many words modifying it before it
# ("the [ferry] [contracts freeze] will be lifted"); a stop word (a determiner, a conjunction,
# a preposition) opens it.
SUBJECT_MODIFIER_WORDS = 2
# Pronouns a discarding word may take that may stand for the issue, its referent unknown here:
# "we will scrap it", "it must be repealed" (as its object right after it, or its passive's subject).
REFERRING_PRONOUNS = frozenset({"it", "this", "them", "these", "those"})


def undoes_issue(text: str, window: list[tuple[str, int]], n: int, marker: str, *,
                 is_issue_word: Callable[[int], bool], prepositions: frozenset[str]) -> bool:
    """The undoing ``marker`` whose first word is the ``n``-th of ``window`` ((word, offset
    into ``text``) pairs) takes the issue as its object: a word of the issue
    (``is_issue_word`` of its index) stands at most UNDONE_OBJECT_WORDS words after the
    marker's last word, with no clause break nor one of ``prepositions`` between; or, where
    a form of "be" makes it a passive, the issue is its subject ("the curfew will be
    lifted", ``_passive_subject``)."""
    if _passive_subject(text, window, n, is_issue_word=is_issue_word):
        return True
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


def discards_issue(text: str, window: list[tuple[str, int]], n: int, marker: str, *,
                   is_issue_word: Callable[[int], bool]) -> bool:
    """The discarding ``marker`` whose first word is the ``n``-th of ``window`` ((word, offset
    into ``text``) pairs) takes the issue (``is_issue_word`` of a word's index): a word of the
    issue stands after it in its clause, before a clause break or a word opening another
    clause ("revoking the ferry contracts", "the cancellation of deals to run two ferries");
    or right before it ("the ferry cancellation"); or, where a form of "be" makes it a
    passive, as its subject ("the ferry contracts must be cancelled"); a
    pronoun that may stand for the issue counts as its word, as its object right after it
    ("scrap it") or as its passive's subject ("it must be repealed")."""
    last = n + len(marker.split()) - 1
    if last + 1 < len(window) and window[last + 1][0] in REFERRING_PRONOUNS \
            and not CLAUSE_BREAK.search(text, window[last][1], window[last + 1][1]):
        return True  # "scrap it": what it stands for may be the issue, as the statement is
    for m in range(last + 1, len(window)):
        if CLAUSE_BREAK.search(text, window[last][1], window[m][1]) or window[m][0] in CLAUSE_OPENERS:
            break
        if is_issue_word(m):
            return True
    if n > 0 and is_issue_word(n - 1) and not CLAUSE_BREAK.search(text, window[n - 1][1], window[n][1]):
        return True
    return _passive_subject(text, window, n, is_issue_word=is_issue_word)


def _passive_subject(text: str, window: list[tuple[str, int]], n: int, *,
                     is_issue_word: Callable[[int], bool]) -> bool:
    """The ``n``-th word of ``window`` is a participle a form of "be" makes a passive of
    (at most PASSIVE_GAP_WORDS words between: "was quietly scrapped", "will be partially
    lifted") and its subject, the noun phrase just before that "be" and the auxiliaries
    and negators before it ("the ferry contracts will not be lifted"), holds a word
    of the issue or is a pronoun that may stand for it: what is scrapped or lifted. A word of
    the issue farther back is in another clause or phrase ("the contracts stand but the tolls
    will be lifted", "the contracts go ahead once the curfew is lifted")."""
    auxiliary = next((k for k in range(n - 1, max(-1, n - 2 - PASSIVE_GAP_WORDS), -1)
                      if window[k][0] in PASSIVE_AUXILIARIES), None)
    if auxiliary is None:
        return False
    head = auxiliary - 1
    while head >= 0 and window[head][0] not in REFERRING_PRONOUNS \
            and window[head][0] in stop_words():
        head -= 1  # "will not", "must": the subject stands before them
    if head < 0 or CLAUSE_BREAK.search(text, window[head][1], window[auxiliary][1]):
        return False
    if window[head][0] in REFERRING_PRONOUNS:
        return True
    for m in range(head, max(-1, head - 1 - SUBJECT_MODIFIER_WORDS), -1):
        if window[m][0] in stop_words() or window[m][0] in CLAUSE_OPENERS \
                or CLAUSE_BREAK.search(text, window[m][1], window[head][1]):
            return False  # a determiner, conjunction or preposition opens the subject
        if is_issue_word(m):
            return True
    return False
