"""Where a batch of articles and the open stories they touch divide: first into topics
(single link on words), then each topic into its events (a recursive normalised cut).

The functions here see each story only as its recent members, in the order the caller
gives the stories, and answer with indices into that order: which stories and new
articles form one topic, and for each event of a topic its new articles, the story it
continues and the members it takes from the topic's other stories. Keeping and storing
the stories is stories.py's job.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

# A story member: its term vector, day, article id (None in archives written before
# members could move, for a story's mean profile, and for a new article) and the
# weekdays its text names (features.weekdays_named; 0 when none or not known).
Member = tuple[dict[str, float], int | None, str | None, int]

# The days between two articles cost this much similarity per day counted (day_cost):
# the same topic a few days later is more often a new event. Tried 0.02-0.10 with windows
# of 2-4 days on the tuning half; 0.06 with 3 days was best with dates that have the real
# spread (days counted one by one then).
DAY_PENALTY = 0.06
# The event cut of a topic holding more nodes than this (its stories' recent members and
# new articles) takes only each story's latest members, as many as fit: its cost grows
# with the cube of its nodes, and single link can chain a busy topic over many stories.
CUT_NODES = 512
# A cluster of one topic is cut in two events while the normalised cut between them
# (the share of each side's similarity that crosses to the other, summed: 0 for two
# unconnected sides, about 1 for an even split of one event) is below this; see
# events. On the tuning topics of ECB+ (same-topic hard negatives) it is 0.18-0.83
# between two events and 0.76-1.04 inside one; 0.80 and 0.85 tie there (B-cubed F1
# 0.940, 0.939) and 0.85 scores higher on the tuning half of AllSides (0.932, 0.930).
SPLIT_BELOW = 0.85
# Inside one topic, each day counted between two articles (day_cost) costs this much
# similarity in the event cut: a topic's next event is often a day or two later (a vote,
# then the reaction to it). With the eval's articles of one roundup mostly published the
# same day, as URL-dated ones are (eval_stories.SHARED_LEAD), the tuning half of AllSides
# scores 0.957 at 0.12, 0.952 at 0.10, 0.954 at 0.14 and 0.15, 0.948 at 0.20 (with leads
# drawn one by one, 0.10 had scored best); with days counted by day_cost, 0.960 at 0.12,
# 0.956 at 0.10, 0.961 at 0.14 (ECB+ with the archive's dates 0.851 at all three).
EVENT_DAY_PENALTY = 0.12
# A cut the normalised cut refuses can still leave out an article barely tied to its
# part: the normalised cut of one article against the rest is at least 1 whatever its
# ties (its whole volume crosses), so no SPLIT_BELOW can isolate it. An article whose
# ties to its part sum to less than this share of the mean of the others' (each less
# its tie to it) stands alone. On the tuning halves 0.3 scores AllSides 0.937 and ECB+
# 0.951, 0.45 scores 0.934 and 0.939, none (0) 0.937 and 0.951 with more strays kept.
DETACH_BELOW = 0.3
# Two dated articles whose texts name weekdays, none of them the same, are told of
# different days: in the event cut that costs them this much similarity (as a day's
# distance does). On the tuning half of AllSides 0.10 scores 0.957 (0.953 without);
# 0.05 and 0.15 score 0.955 and 0.953. Undated articles are left out:
# on the undated ECB+ the same rule lost 0.05 on the tuning half, as long reports name
# the days of an event's aftermath too.
WEEKDAY_PENALTY = 0.10
# A pair of one dated and one undated article costs this much in the event cut. Left
# free, the undated one was the only member whose ties carried no day's cost, so it tied
# closer to every dated event of its topic than they to each other and the cut could
# not part them (a dated event and an undated one of the same kind became one story).
# Its day is unknown, not the same: half a day's EVENT_DAY_PENALTY. On the tuning half
# of ECB+ with the archive's dates 0.06 scores 0.851 (0.817 without; 0.04 0.828, 0.09
# 0.848, 0.12 0.847); AllSides, dated throughout, is unchanged. Two undated articles are
# not charged: the same cost on every pair of an undated topic scored 0.900 there
# against 0.951 (it drops the faint ties a loose report keeps to its event).
UNDATED_PAIR_PENALTY = 0.06


@dataclass(frozen=True)
class Event:
    """One event of a topic: its new articles (indices), the stored story they join (its
    index; None: a new story), their best similarity to it, and the stored members it
    takes from the other stories of its topic (each with the index of its story)."""

    articles: list[int]
    story: int | None
    score: float | None
    moving: list[tuple[int, Member]]


def topics(stories: list[list[Member]], articles: list[Member], *, threshold: float,
           window: int) -> list[tuple[list[int], list[int]]]:
    """The topics of a batch: (stored stories, new articles) linked by single link.

    A new article links to another when their dated similarity reaches ``threshold``
    within ``window`` days, and to a stored story when it does with one of the story's
    recent members: the topic, found with the recall a story's changing vocabulary needs
    (a trial months after a shooting still shares words with some of its coverage).
    Stored stories are linked only through new articles; telling the topic's events
    apart is left to ``events``.
    """
    nodes, owner = _recent(stories)
    fresh = len(nodes)
    nodes += articles
    similarity, gap, _ = dated_similarity(nodes)
    linked = (similarity[fresh:, :] >= threshold) & (gap[fresh:, :] <= window)
    parent = list(range(len(stories) + len(articles)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for row, col in zip(*np.nonzero(linked)):
        a = len(stories) + int(row)
        b = owner[col] if col < fresh else len(stories) + int(col) - fresh
        if a != b:
            parent[max(root(a), root(b))] = min(root(a), root(b))
    found: dict[int, tuple[list[int], list[int]]] = {}
    for n in range(len(stories) + len(articles)):
        topic = found.setdefault(root(n), ([], []))
        if n < len(stories):
            topic[0].append(n)
        else:
            topic[1].append(n - len(stories))
    return [topic for topic in found.values() if topic[1]]


def events(stories: list[list[Member]], articles: list[Member]) -> list[Event]:
    """Split one topic into its events.

    Words first decide the topic (``topics``); this second step asks whether the topic
    holds several events (two earthquakes, two arrests of one team's players). It cuts
    the topic's recent members and new articles where their similarity graph is thinnest
    (the spectral relaxation of the normalised cut, Shi and Malik) and keeps the cut
    while its normalised cut is below SPLIT_BELOW, recursively: a cut is judged against
    how close each side is to itself, so one threshold serves tight topics (two arrests
    told in the same words) and loose ones (one-line reports). Pairs are judged against
    each article's nearest neighbour (``_relative``), and an article barely tied to the
    part it ends in stands alone (``_detach``).

    Each stored story stays with the part holding most of its recent members, and the
    part's new articles join it (the story with most members there when several stay
    with one part); a part no story stays with is a new story. Recent members in a part
    go to its story, from the stories that stay elsewhere (a batch that gave two events
    one story, on too few articles to tell them apart, is mended when more of them
    arrive) and from the others staying with it (two reports of one event that came in
    separate batches, too unlike to join, are one story once an article bridges them;
    on the tuning half of AllSides in shuffled arrival orders this scored 0.953, 0.954
    and 0.955 against 0.948, 0.948 and 0.953; in date order unchanged, 0.957).
    """
    kept = max(1, (CUT_NODES - len(articles)) // max(len(stories), 1))
    nodes, owner = _recent(stories, latest=kept)
    stored = len(nodes)
    nodes += articles
    similarity = _similarity(nodes)
    parts = _bisect(_relative(similarity), list(range(len(nodes))))
    held = [Counter(owner[n] for n in part if n < stored) for part in parts]
    stays = {k: min(range(len(parts)), key=lambda p: (-held[p][k], p))
             for k in range(len(stories))}
    found = []
    for p, part in enumerate(parts):
        new = [n for n in part if n >= stored]
        staying = [k for k in range(len(stories)) if stays[k] == p]
        home = min(staying, key=lambda k: (-held[p][k], k)) if staying else None
        moving = [(owner[n], nodes[n]) for n in part
                  if n < stored and owner[n] != home and nodes[n][2] is not None]
        if not new and (home is None or not moving):
            continue  # members cut away with no new article stay where they are
        theirs = [n for n in part if n < stored and owner[n] == home]
        score = float(similarity[np.ix_(new, theirs)].max()) if new and theirs else None
        found.append(Event([n - stored for n in new], home, score, moving))
    return found


def _recent(stories: list[list[Member]], *, latest: int | None = None
            ) -> tuple[list[Member], list[int]]:
    """The stories' recent members (each story's ``latest``, all when None), and the
    story of each."""
    nodes: list[Member] = []
    owner: list[int] = []
    for k, members in enumerate(stories):
        chosen = members[-latest:] if latest is not None else members
        nodes += chosen
        owner += [k] * len(chosen)
    return nodes, owner


def day_cost(gap: np.ndarray) -> np.ndarray:
    """The days counted for a gap of ``gap`` days: log2(1 + gap), so a day apart counts
    one day, three count two, a week three and a month about five.

    A developing story is covered every few days (a verdict, then the sentence five days
    later) while a topic's next event is often the next day: the first day apart weighs
    most and each further day less, so strong agreement of words can bridge a few days
    and not months. On the tuning half of AllSides, with stories open for WINDOW_DAYS = 7,
    this scores 0.960 against 0.957 counting days one by one (0.958 with the square root;
    ECB+ with the archive's dates unchanged on its tuning half, 0.851).
    """
    return np.log2(1.0 + gap)


def dated_similarity(nodes: list[Member]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise similarity of the nodes (dot product of their tf-idf vectors) less
    DAY_PENALTY per day counted between them, the days between them (0 where either is
    undated) and those days counted (day_cost)."""
    matrix = _matrix([node[0] for node in nodes])
    similarity = (matrix @ matrix.T).toarray()
    days = np.array([node[1] if node[1] is not None else np.nan for node in nodes], dtype=float)
    gap = np.nan_to_num(np.abs(days[:, None] - days[None, :]), nan=0.0)
    cost = day_cost(gap)
    return similarity - DAY_PENALTY * cost, gap, cost


def _similarity(nodes: list[Member]) -> np.ndarray:
    """Pairwise similarity of the nodes for the event cut: the topic's dated similarity
    with EVENT_DAY_PENALTY a day counted in place of DAY_PENALTY, less WEEKDAY_PENALTY for
    dated pairs naming different weekdays and UNDATED_PAIR_PENALTY for a dated and an
    undated node, cut at zero."""
    similarity, _, cost = dated_similarity(nodes)
    similarity -= (EVENT_DAY_PENALTY - DAY_PENALTY) * cost
    named = np.array([node[3] if node[1] is not None else 0 for node in nodes], dtype=np.int64)
    other_days = ((named[:, None] & named[None, :]) == 0) & (named[:, None] > 0) & (
        named[None, :] > 0)
    dated = np.array([node[1] is not None for node in nodes])
    one_undated = dated[:, None] ^ dated[None, :]
    similarity = np.maximum(similarity - WEEKDAY_PENALTY * other_days
                            - UNDATED_PAIR_PENALTY * one_undated, 0.0)
    np.fill_diagonal(similarity, 0.0)
    return similarity


def _bisect(similarity: np.ndarray, nodes: list[int]) -> list[list[int]]:
    """The nodes' events: the normalised spectral cut, kept while its sides stay apart."""
    if len(nodes) < 2:
        return [nodes]
    ncut, side = _thinnest_cut(similarity[np.ix_(nodes, nodes)])
    if ncut >= SPLIT_BELOW:
        return _detach(similarity, nodes)
    halves = [[node for node, first in zip(nodes, side) if first],
              [node for node, first in zip(nodes, side) if not first]]
    halves.sort(key=min)  # the side holding the earliest node first
    return _bisect(similarity, halves[0]) + _bisect(similarity, halves[1])


def _thinnest_cut(graph: np.ndarray) -> tuple[float, np.ndarray]:
    """The normalised cut of the spectral bisection of ``graph`` and its side (a mask):
    the nodes ordered by the second eigenvector of the normalised Laplacian, cut where
    the normalised cut of the prefix against the rest is least."""
    degree = graph.sum(axis=1) + 1e-12
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(len(graph)) - scale[:, None] * graph * scale[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    order = np.argsort(scale * vectors[:, 1], kind="stable")
    ordered = graph[np.ix_(order, order)]
    # The ties crossing each prefix cut at once (quadratic, where summing each cut's
    # block anew was cubic): a node entering the prefix adds its ties to the nodes after
    # it and takes back those to the nodes before it, which stop crossing.
    later = np.triu(ordered, 1).sum(axis=1)
    earlier = np.tril(ordered, -1).sum(axis=1)
    crossing = np.cumsum(later - earlier)[:-1]
    volume = np.cumsum(degree[order])[:-1]
    ncuts = crossing / volume + crossing / (degree.sum() - volume)
    best = int(np.argmin(ncuts))  # the first of equal cuts, as the prefix scan took
    side = np.zeros(len(graph), dtype=bool)
    side[order[: best + 1]] = True
    return float(ncuts[best]), side


def _relative(similarity: np.ndarray) -> np.ndarray:
    """Each pair's similarity judged also against the two articles' nearest neighbours
    (local scaling, Zelnik-Manor and Perona): the geometric mean of the similarity and
    the similarity over the geometric mean of the pair's best similarities (at most 1).

    An article told in other words than the rest of its event (a long report, a local
    angle) has weaker ties to all of them; measured against its own best tie, its ties
    to its event stand out from those to the topic's other event. On the tuning half of
    ECB+ this raised B-cubed F1 from 0.939 to 0.951 (AllSides unchanged, 0.937); scaling
    by the second-nearest neighbour scored 0.968 there, but split a shuffled arrival
    order of all ECB+ articles to 0.918, below 0.920.
    """
    if len(similarity) < 3:
        return similarity
    nearest = similarity.max(axis=1) + 1e-6
    scaled = np.minimum(similarity / np.sqrt(nearest[:, None] * nearest[None, :]), 1.0)
    return np.sqrt(similarity * scaled)


def _detach(similarity: np.ndarray, nodes: list[int]) -> list[list[int]]:
    """The nodes as one event, less the articles barely tied to it (DETACH_BELOW), each
    standing alone; again on the rest until none is left out."""
    if len(nodes) < 3:
        return [nodes]
    graph = similarity[np.ix_(nodes, nodes)]
    degree = graph.sum(axis=1)
    # the mean degree of the other nodes, each less its tie to the node judged
    others = (degree.sum() - 2 * degree) / (len(nodes) - 1)
    loose = degree < DETACH_BELOW * others
    if not loose.any():
        return [nodes]
    rest = [n for n, out in zip(nodes, loose) if not out]
    return _detach(similarity, rest) + [[n] for n, out in zip(nodes, loose) if out]


def _matrix(vectors: list[dict[str, float]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, vector in enumerate(vectors):
        for term, weight in vector.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    return sparse.csr_matrix((values, (rows, cols)),
                             shape=(len(vectors), max(len(vocabulary), 1)))
