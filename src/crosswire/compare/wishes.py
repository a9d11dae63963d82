"""Whose wish a word of wanting or readiness tells ("want", "willing", "ready"): a speaker
telling what other people want ("a few of the last 300 may not want to move", "many
residents are not ready to move") tells their wish, not a side of the speaker's own.

A wish is another's where the subject of its clause is a plain noun phrase of people or a
figure of them, named by no pronoun and no capitalised word: a pronoun ("we", "he") or a
name may be the speaker's own ("the minister said he was willing", "Valdoria wants
talks"), and a body's noun the body's ("the company is ready to"), which stay the speaker's.
"""

from __future__ import annotations

from functools import cache

from crosswire.compare.issue_labels import label_head
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import SPEAKER_PRONOUNS, WORD, auxiliary_verbs

# Words between a subject and its verb that are no part of the subject: "may not", "are still".
SUBJECT_ADVERBS = frozenset({"not", "no", "never", "still", "also", "even", "just", "now", "yet", "really"})


@cache
def wish_words() -> frozenset[str]:
    """The ``"volition"`` markers of ``data/stance_markers.jsonl``: "want", "willing", "ready"."""
    return frozenset(stance_markers("volition"))


def wished_by_others(clause: str) -> bool:
    """``clause``, the words of a clause before a word of wanting, has for its subject
    people other than the speaker: no pronoun nor capitalised word in it, and its last word
    a figure ("a few of the last 300") or a noun of persons ("many residents")."""
    words = WORD.findall(clause)
    while words and (words[-1].lower() in auxiliary_verbs() or words[-1].lower() in SUBJECT_ADVERBS
                     or words[-1].lower().endswith("n't")):
        words.pop()
    if not words or any(word.lower() in SPEAKER_PRONOUNS or word[:1].isupper() for word in words):
        return False
    head = words[-1]
    return any(char.isdigit() for char in head) or label_head(head.lower()) == "person"
