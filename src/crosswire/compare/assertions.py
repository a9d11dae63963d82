"""Whether a statement plainly asserts something of the issue itself (positions: "for" a
finding is affirming it), and whether it only gives a quantity, a measurement no one takes
a side by telling."""

from __future__ import annotations

from crosswire.compare.marker_scope import marker_set
from crosswire.compare.conditions import find_conditions
from crosswire.knowledge.text import MULTIPLIERS, WORD, crude_lemma, figures, is_date_figure, straight_apostrophes

# A plain assertion is of the issue where the issue's word stands at most this many words
# into it, after the complementizer opening a reported clause ("that"): its subject.
ASSERTED_SUBJECT_WORDS = 4
COMPLEMENTIZER = "that"


def affirms_issue(text: str, *, topic: frozenset[str]) -> bool:
    """The statement asserts something of the issue itself, plainly: one of the issue's words
    (``topic``, in ``crude_lemma`` form) opens it as its subject, and it holds no negator, no condition,
    no prediction, no question and no measured quantity ("the indictment is dismissed", "is
    developing a booster shot"). On an issue the story is about, saying so takes its side
    ("for" a finding is affirming it), a weaker sign than a marker or a reported event; a
    quantity told ("the levy raised 4.5 million crowns", "fees rose 12%") is a measurement, which
    whoever reports it takes no side by, as a report's findings are."""
    if not topic or "?" in text or find_conditions(text) or measures_quantity(text):
        return False
    words = [straight_apostrophes(m.group().lower()) for m in WORD.finditer(text)]
    negators = marker_set("negator")
    if any(word in negators or word.endswith("n't") for word in words):
        return False
    # "the stadium would swallow the park" foretells what it brings about: no assertion of it
    if not marker_set("prediction").isdisjoint(words):
        return False
    # what it asserts is of the issue where the issue's word opens it, as its subject ("[the]
    # [harbour] [levy] was upheld"), not where it is named on the way to something else ("the
    # ruling applied a statute which once required a levy on trawlers")
    opening = words[1:] if words[:1] == [COMPLEMENTIZER] else words
    return any(crude_lemma(word) in topic for word in opening[:ASSERTED_SUBJECT_WORDS])


def measures_quantity(text: str) -> bool:
    """The text gives a quantity: a figure in digits ("12%", "4.5 million", "1,200") or with
    a multiplier ("two million"), not a year ("since 2002") nor a date's day ("May 30")."""
    for start, end, _ in figures(text):
        if is_date_figure(text, start, end):
            continue
        written = text[start:end]
        if any(char.isdigit() for char in written) or any(word in MULTIPLIERS for word in written.lower().split()):
            return True
    return False
