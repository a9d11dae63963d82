"""The aspect of a story a speaker takes another side on: the issue its statements speak
to beside the one they were found on, named from their own words (``find_positions``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from crosswire.compare.issue_labels import PhraseWords, is_place
from crosswire.compare.issue_words import topic_forms
from crosswire.compare.issues import issue_label, synonym_family
from crosswire.nlp.mention_roles import is_role_noun
from crosswire.models import Issue, Statement

# Words naming an aspect a speaker takes another side on: a column heading.
ASPECT_WORDS = 2


def aspect_of(said: list[Statement], *, issue: Issue, issues: list[Issue], excluded: frozenset[str],
            known: dict[str, Issue], nominal: Callable[[Statement], str], story: Counter,
            phrases: PhraseWords | None) -> Issue | None:
    """The issue statements on another side speak to: named by the words of their noun
    phrases (``nominal``) most of them use beside the issue's own and their synonyms ("talks"
    on an issue of negotiations), places and role nouns, at most ASPECT_WORDS, then that the
    ``story``'s statements use most; one of the story's issues when its words are among them.
    A role noun says who someone is ("the mayor's press secretary", "asked by a journalist"),
    never what speakers split on, so it names no aspect (nor does a place); nor do words
    that read as no noun phrase of the story's ``phrases`` ("interim dock"), as no issue's
    label may."""
    own = {synonym_family(term) for term in issue.terms}
    used = Counter(word for s in said for word in topic_forms(nominal(s), excluded=excluded)
                   if synonym_family(word) not in own and not is_place(word) and not is_role_noun(word))
    if not used:
        return None
    families = {synonym_family(word) for word in used}
    for other in issues:
        if other.id != issue.id and {synonym_family(t) for t in other.terms} & families:
            return other
    # the words most of them use, then those the story uses most
    words = {word for word, _ in sorted(used.items(), key=lambda item: (-item[1], -story[item[0]],
                                                                         item[0]))[:ASPECT_WORDS]}
    label = issue_label(words, headlines=[], texts=[s.span.text for s in said], excluded=excluded,
                        phrases=phrases)
    if phrases is not None and not phrases.shaped(label.split()):
        return None
    same = next((other for other in issues if other.label == label), None)
    return same or known.setdefault(label, Issue(id=f"issue:{label}", label=label,
                                                 terms=sorted(words), statements=[]))
