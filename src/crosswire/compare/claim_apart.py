"""Pairs of units that are never versions of one claim, however alike their words and
meaning: a statement telling a fact's act only in passing, a question and what answers
or surrounds it, two whole quotes naming nothing alike, and two units their own words date
too far apart to be one occasion (``crosswire.compare.claims``,
``crosswire.compare.claim_meaning``)."""

from __future__ import annotations

from datetime import date
from functools import cache

from crosswire.compare.claim_readings import lexicon
from crosswire.compare.claim_terms import term
from crosswire.compare.claim_units import MAX_DAYS_APART, Unit, unit_date
from crosswire.knowledge.text import WORD, straight_apostrophes


def told_in_passing(a: Unit, b: Unit) -> bool:
    """One is a fact and the other a statement of someone else that tells the fact's act
    only in a clause hanging off its main one ("a motion to form a panel after the
    council scrapped the inquiry"): the statement reports its main clause, and the act
    is its background, no version of the fact, however many words they share."""
    fact, other = (a, b) if a.event is not None else (b, a)
    if fact.event is None or other.statement is None or not fact.keys or fact.keys & other.keys:
        return False
    openers, opened = lexicon().adverbial_openers, False
    for word in WORD.findall(other.text):
        if term(word) == fact.trigger:
            return opened  # the act's first mention: after an opener, in passing
        opened = opened or word.lower() in openers
    return False


def asked_apart(a: Unit, b: Unit) -> bool:
    """One puts a question (``Unit.puts_question``) and the other does not, and they are not
    one speaker's words: a speaker's own question ("what is the pier for?" he asked) may be
    quoted by another outlet among the lines around it ("...," he said)."""
    return a.puts_question != b.puts_question and not (a.keys and a.keys == b.keys)


def quotes_apart(a: Unit, b: Unit) -> bool:
    """Both are whole quotes ("direct") with no word in common (stems and synonym families,
    names of actors left out): each outlet gives the speaker's own words, so two wordings of
    one line or one point name something alike ("partisan bill" / "partisan advantage"), and
    two naming nothing alike are two lines ("I back the coach fully" / "we are not proud of
    the season"), which the sentence model puts near each other all the same. A negator
    both use ("don't", "refused" / "refuses") names nothing."""
    if a.statement is None or b.statement is None or not a.statement.kind == b.statement.kind == "direct":
        return False
    return not any(word not in _negator_terms() and not straight_apostrophes(word).endswith("n't")
                   for word in a.plain & b.plain)


@cache
def _negator_terms() -> frozenset[str]:
    """The negators as the terms a unit's words are (``term``: stems and synonym families)."""
    return frozenset(term(negator) for negator in lexicon().negators)


def dated_apart(a: Unit, b: Unit) -> bool:
    """Both are dated to the day by their own words, and the days are too far apart to be
    one occasion: a warning repeated a week later is another claim."""
    dates = [unit_date(u) for u in (a, b)]
    if any(d is None or d.precision != "day" or not d.value for d in dates):
        return False
    gap = abs((date.fromisoformat(dates[0].value) - date.fromisoformat(dates[1].value)).days)
    return gap > MAX_DAYS_APART
