"""Why pairs of articles were grouped wrongly, by the step of the grouper that decided
them: B-cubed says how much was split or lumped, this says where to look.

Each pair is judged by its own features, read as ``eval_stories.group`` reads them (the
document frequencies growing in arrival order), against the grouper's rules; the
grouper keeps no record of its decisions, so these kinds are the pair's, not a replay:

A missed pair (one gold story, two predicted stories) was split by
- "follow-up refused": dated more than WINDOW_DAYS apart, so only the follow-up link
  (archive.follow_ups) could join them, and it did not;
- "never a candidate": neither shares MIN_SHARED_TERMS of its QUERY_TERMS strongest
  terms with the other's INDEXED_TERMS strongest (the candidate index's test);
- "below the threshold": candidates, but no chain of articles whose dated similarity
  reaches the join threshold within the window links them (story_cut.topics, here over
  the whole half at once);
- "the event cut": words put them in one topic and the event cut parted them.

A wrong join (two gold stories, one predicted) was made by
- "follow-up link": dated more than WINDOW_DAYS apart;
- "words": their own dated similarity reaches the join threshold;
- "shared date": dated the same day, words below the threshold;
- "event cut kept them": linked only through other articles of their cut part.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Protocol

from scipy.sparse.csgraph import connected_components

from crosswire.archive.features import DocumentFrequencies, read_article_features
from crosswire.archive.stories import (
    INDEXED_TERMS,
    JOIN_THRESHOLD,
    QUERY_TERMS,
    WINDOW_DAYS,
    shares_enough,
)
from crosswire.archive.story_cut import dated_similarity

MISSED_KINDS = ("never a candidate", "below the threshold", "the event cut",
                "follow-up refused")
WRONG_KINDS = ("words", "follow-up link", "event cut kept them", "shared date")


class PairArticle(Protocol):
    id: str
    story: str
    title: str | None
    text: str
    day: int | None


def pair_reasons(predicted: dict[str, str], articles: list[PairArticle], *,
                 threshold: float = JOIN_THRESHOLD) -> tuple[Counter, Counter]:
    """(missed pairs by what split them, wrong joins by what joined them): counts keyed
    by MISSED_KINDS and WRONG_KINDS, over the pairs of ``articles`` (in arrival order)."""
    frequencies = DocumentFrequencies()
    features = [read_article_features(a.text, title=a.title, day=a.day,
                                      frequencies=frequencies) for a in articles]
    similarity, gap, _ = dated_similarity([(f.vector, f.day, None, f.weekdays)
                                           for f in features])
    linked = (similarity >= threshold) & (gap <= WINDOW_DAYS)
    topic = connected_components(linked, directed=False)[1]
    strongest = [list(f.vector) for f in features]  # strongest first
    missed: Counter = Counter()
    wrong: Counter = Counter()
    for i, j in combinations(range(len(articles)), 2):
        first, second = articles[i], articles[j]
        joined = predicted[first.id] == predicted[second.id]
        far = None not in (first.day, second.day) and gap[i, j] > WINDOW_DAYS
        if first.story == second.story and not joined:
            if far:
                missed["follow-up refused"] += 1
            elif not (_candidate(strongest[i], strongest[j])
                      or _candidate(strongest[j], strongest[i])):
                missed["never a candidate"] += 1
            elif topic[i] != topic[j]:
                missed["below the threshold"] += 1
            else:
                missed["the event cut"] += 1
        elif first.story != second.story and joined:
            if far:
                wrong["follow-up link"] += 1
            elif similarity[i, j] >= threshold:
                wrong["words"] += 1
            elif first.day is not None and first.day == second.day:
                wrong["shared date"] += 1
            else:
                wrong["event cut kept them"] += 1
    return missed, wrong


def _candidate(query: list[str], indexed: list[str]) -> bool:
    query, indexed = query[:QUERY_TERMS], indexed[:INDEXED_TERMS]
    return shares_enough(len(set(query) & set(indexed)), len(query), len(indexed))


def reason_line(label: str, missed: Counter, wrong: Counter) -> str:
    """One report line: the counts of each kind, in the order of the kinds."""
    return (f"{'crosswire':22} {label:9} missed pairs: "
            + ", ".join(f"{kind} {missed[kind]}" for kind in MISSED_KINDS)
            + "; wrong joins: " + ", ".join(f"{kind} {wrong[kind]}" for kind in WRONG_KINDS))
