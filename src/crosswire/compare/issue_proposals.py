"""What a story's statements propose, demand or oppose: the word a stance marker takes a
side on ("called for his resignation", "will not resign"), issues the story's sides dispute."""

from __future__ import annotations

from collections import Counter, defaultdict

from crosswire.compare.issue_labels import proposal_nouns
from crosswire.compare.issue_words import may_name_issue
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import WORD, crude_lemma, stop_words
from crosswire.models import Statement

# How far after a stance marker the proposal it takes a side on may begin ("demanded [the
# immediate] resignation").
PROPOSAL_REACH = 3


def disputed_proposals(statements: list[Statement], *, excluded: frozenset[str], roots: dict[str, str]
                       ) -> Counter:
    """Root -> how many articles' statements take a side on it: the first issue word at
    most PROPOSAL_REACH words after a stance marker ("opposed [the] closure"), right after
    a negator or a modal ("should resign", "will not resign"), or opening what a
    stance-taking cue reports ("demanded" + "[the] resignation"). What is proposed,
    demanded, opposed or refused is what a story's sides dispute; a noun the headlines
    share may be only its setting ("water", "drug")."""
    # "will not [resign]", "should [resign]": right before it, not "not enough to stop [it]"
    adverbs = frozenset(marker for kind in ("negator", "modal") for marker in stance_markers(kind)
                        if " " not in marker)
    markers = frozenset(marker for kind in ("for", "against") for marker in stance_markers(kind)
                        if " " not in marker) - adverbs
    referring = proposal_nouns()
    function_words = stop_words()
    articles_of: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        if not statement.speaker:
            continue
        # a possessor is not what is proposed: "defended [the board's] decision"
        words = [word.lower() for word in WORD.findall(statement.span.text)
                 if not word.endswith(("'s", "’s"))]
        cue = statement.cue.text.lower().split() if statement.cue else []
        starts = [(n + 1, PROPOSAL_REACH) for n, word in enumerate(words) if word in markers]
        starts += [(n + 1, 1) for n, word in enumerate(words) if word in adverbs or word.endswith("n't")]
        if cue and cue[-1] in markers:
            starts.append((0, PROPOSAL_REACH))
        for start, reach in starts:
            for word in words[start : start + reach]:
                form = crude_lemma(word)
                # "backed the plan to [close] the ward": a plan is not what is proposed
                if word in function_words or word in markers or form in referring:
                    continue
                if form not in excluded and may_name_issue(form):
                    articles_of[roots.get(form, form)].add(statement.span.article or "")
                break
    return Counter({root: len(found) for root, found in articles_of.items()})
