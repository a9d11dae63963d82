"""Whose words a stance marker in a statement is: the speaker's own, or words the speaker
quotes from someone else ("proposals like: 'you need to negotiate'"), or another country's
stance the speaker reports ("Russia was looking to agree to a truce")
(``crosswire.compare.stance``)."""

from __future__ import annotations

import re

from crosswire.knowledge.places import country_named

# Where the clause a marker sits in begins: its subject is between here and the marker.
CLAUSE_START = re.compile(
    r"[.;:!?,\"“”(]|\s[—–]\s|\b(?:that|which|who|because|while|whereas|but|and|or|saying|although)\b",
    re.IGNORECASE)
NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?P<possessive>['’]s?)?")
# A name after these is an object or a complement, not the subject of the clause.
NOT_SUBJECT_BEFORE = frozenset({
    "with", "to", "from", "against", "by", "on", "for", "of", "between", "and", "in", "into",
    "toward", "towards", "about", "over", "at", "upon", "than",
})
# A quotation inside a direct quotation: words the speaker quotes from someone else.
NESTED_QUOTE = re.compile(r"(?<![\w])['‘][^'‘’]+?['’](?![\w])")
OPENING_QUOTE = re.compile(r"^\s*[\"“«]")


def clause_before(text: str, offset: int) -> str:
    """The words of ``offset``'s clause before it: its subject, and what joins it to the verb."""
    clause_start = 0
    for boundary in CLAUSE_START.finditer(text, 0, offset):
        clause_start = boundary.end()
    return text[clause_start:offset]


def other_side(text: str, offset: int, *, speaker_country: str | None) -> bool:
    """The clause before ``offset`` has a country (or its capital, demonym or institution) as
    its subject, and it is not the speaker's country: what follows is that side's stance."""
    left = clause_before(text, offset)
    subject = None
    for name in NAME_RUN.finditer(left):
        if name.group("possessive"):
            continue  # "Russia's offer": the owner of the subject, not the subject
        before = left[: name.start()].split()
        if before and before[-1].lower() in NOT_SUBJECT_BEFORE:
            continue
        country = country_named(name.group().strip())
        if country:
            subject = country
    return subject is not None and subject != speaker_country


def quoted_by_speaker(text: str) -> list[tuple[int, int]]:
    """Spans of quotations inside a direct quotation: the speaker quoting someone else."""
    if not OPENING_QUOTE.match(text):
        return []
    return [(m.start(), m.end()) for m in NESTED_QUOTE.finditer(text)]
