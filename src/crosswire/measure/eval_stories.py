"""B-cubed precision, recall and F1 of story grouping on articles with a gold story.

Reads the AllSides roundups (one story per line, a left, centre and right article) or
any JSON Lines file of articles with a ``story`` field. Articles arrive in date order
and are grouped by the archive's own incremental grouper, without the spaCy parse
(names come from capitalisation). The join threshold is chosen on the stories whose
id hashes even and reported on the odd ones too, beside a plain word-overlap baseline
tuned the same way. An article whose input gives no date is dated as the archive dates
it on ingest (the ingest reader, cleaning and ``publication_date`` on the cleaned text:
a dateline or a line that is only a date), so the figure is the archive's; the figure
with the input's dates only is reported beside it. With ``shuffle`` seeds, the grouper
is also scored on the articles in a shuffled arrival order (a stream is not always in
date order, and undated articles have no order at all), at the shipped threshold. For
each half, the missed pairs and wrong joins are counted by the step that decided them
(eval_stories_pairs).
"""

from __future__ import annotations

import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from crosswire.archive.features import (
    DocumentFrequencies,
    day_number,
    read_article_features,
)
from crosswire.archive.ingest import BATCH_SIZE
from crosswire.archive.store import article_day
from crosswire.archive.stories import JOIN_THRESHOLD, WINDOW_DAYS, StoryGrouper
from crosswire.data import require_keys
from crosswire.ingest import read_bytes
from crosswire.knowledge.text import WORD_CHARS
from crosswire.measure.dataset_lines import DatasetError, json_row, reading
from crosswire.measure.eval_stories_pairs import pair_reasons, reason_line
from crosswire.measure.eval_story_gold_inputs import roundup_body
from crosswire.models import Document
from crosswire.pipeline import article_of

# AllSides gives the roundup's date, not the articles'. An article is dated by the date
# in its URL when it has one (565 of 1,479: 67% the roundup's day, 22% one day before,
# 5% two, 4% three or four, 2% further off); the others get the roundup's date minus a
# lead drawn (by hash, so fixed) from that same distribution.
LEAD_DAYS = ((0, 0.67), (1, 0.22), (2, 0.05), (3, 0.03), (4, 0.02), (7, 0.01))
# The leads of one roundup go together: of the 189 pairs of URL-dated articles in one
# roundup, 78% were published the same day, 14% a day apart, where independent draws
# from the distribution above give 51% and 34%. So an undated article takes its
# roundup's lead (its first URL-dated article's, else one drawn for the roundup) with
# this probability, else draws its own. 0.70 was fitted to that spread alone (the
# simulated pairs: 79% the same day, 14% a day apart), not to any score.
SHARED_LEAD = 0.70
URL_DATE_MAX_GAP = 30
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|-)")
THRESHOLD_GRID = [round(0.04 + 0.02 * i, 2) for i in range(17)]
BASELINE_GRID = [round(0.04 + 0.02 * i, 2) for i in range(15)]


@dataclass(frozen=True)
class EvalArticle:
    id: str
    story: str
    title: str | None
    text: str
    day: int | None
    # how the day was found: "given" by the input, "url" of the article, "drawn" (the
    # AllSides roundup's day less a lead drawn from the spread of URL dates), "text" (as
    # the archive dates an undated input on ingest); "none"
    dated: str = "given"
    # the gold topic when the input groups stories by topic (ECB+: two events of one kind
    # per topic); the split keeps a topic's stories together so the hard negatives stay
    topic: str | None = None


def load_articles(path: Path, *, limit: int | None = None,
                  archive_dates: bool = True) -> list[EvalArticle]:
    """Articles of the first ``limit`` stories (AllSides) or lines (generic), date-ordered;
    with ``archive_dates``, a line without a date is dated as ingest dates it."""
    articles: list[EvalArticle] = []
    with reading(path), path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                break
            if not line.strip():
                continue
            where = f"{path}: line {n + 1}"
            row = json_row(line, where=where)
            if "news" in row:
                articles.extend(_roundup_articles(row))
            else:
                require_keys(row, ("story",), where=where, error=DatasetError)
                article = _generic_article(row, n)
                if archive_dates and article.day is None:
                    article = _dated_as_archived(article, line, source=path.name)
                articles.append(article)
    return _in_date_order(articles)


def _in_date_order(articles: list[EvalArticle]) -> list[EvalArticle]:
    return sorted(articles, key=lambda a: (a.day is None, a.day or 0, a.id))


def input_dates_only(articles: list[EvalArticle]) -> list[EvalArticle]:
    """The articles as read with ``archive_dates`` off: those the archive dated from
    their text undated again, in date order."""
    return _in_date_order([replace(article, day=None, dated="none") if article.dated == "text"
                           else article for article in articles])


def _roundup_articles(row: dict) -> Iterable[EvalArticle]:
    story_day = day_number(row.get("date"))
    found = []
    for side, news in sorted(row["news"].items()):
        text = roundup_body(news)
        if text.strip():
            article_id = f"{row['id']}-{side}"
            found.append((article_id, news, text, _url_day(news.get("newsLink") or "",
                                                            story_day=story_day)))
    if story_day is not None:
        leads = [story_day - day for *_, day in found if day is not None]
        shared = leads[0] if leads else _drawn_lead(str(row["id"]))
    for article_id, news, text, day in found:
        if story_day is None:
            day, dated = None, "given"
        elif day is not None:
            dated = "url"
        else:
            own = _draw(f"{article_id}#shared") >= SHARED_LEAD
            day = story_day - (_drawn_lead(article_id) if own else shared)
            dated = "drawn"
        yield EvalArticle(id=article_id, story=str(row["id"]), title=news.get("newsTitle"),
                          text=text, day=day, dated=dated)


def _url_day(link: str, *, story_day: int | None) -> int | None:
    """The day in the article's URL, if there is one near the roundup's."""
    found = _URL_DATE.search(link)
    if found and story_day is not None:
        day = day_number("-".join(found.groups()))
        if day is not None and abs(day - story_day) <= URL_DATE_MAX_GAP:
            return day
    return None


def _draw(key: str) -> float:
    """A number in [0, 1) fixed by ``key``."""
    return (zlib.crc32(key.encode()) % 10_000) / 10_000


def _drawn_lead(key: str) -> int:
    """Days before the roundup's, drawn by ``key`` from LEAD_DAYS."""
    draw = _draw(key)
    for lead, share in LEAD_DAYS:
        draw -= share
        if draw < 0:
            return lead
    return 0


def _generic_article(row: dict, n: int) -> EvalArticle:
    text = row.get("text") or row.get("content") or row.get("body") or ""
    day = day_number(row.get("published") or row.get("date"))
    return EvalArticle(
        id=str(row.get("id", n)),
        story=str(row["story"]),
        title=row.get("title"),
        text=text,
        day=day,
        dated="given" if day is not None else "none",
        topic=str(row["topic"]) if row.get("topic") is not None else None,
    )


def _dated_as_archived(article: EvalArticle, line: str, *, source: str) -> EvalArticle:
    """The article with the day the archive files it under when ``line`` is ingested, as
    ingest prepares it (``pipeline.article_of``); a line ingest refuses keeps no day, and
    its one line goes to stderr as the CLI prints it."""
    for document in read_bytes(line.encode("utf-8"), source=source):
        if isinstance(document, Document):
            prepared, problems = article_of(document)
            for problem in problems:
                print(problem, file=sys.stderr)
            day = article_day(prepared) if prepared is not None else None
            if day is not None:
                return replace(article, day=day, dated="text")
    return article


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold clusters."""
    by_predicted: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        by_predicted[cluster].add(item)
    for item, cluster in gold.items():
        by_gold[cluster].add(item)
    precision = recall = 0.0
    for item in gold:
        mine, truth = by_predicted[predicted[item]], by_gold[gold[item]]
        overlap = len(mine & truth)
        precision += overlap / len(mine)
        recall += overlap / len(truth)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# The kinds of a pair of articles by their days: B-cubed recall says how much was split,
# this says where (two dated reports of one event a few days apart, a dated and an
# undated one, or two undated ones).
PAIR_KINDS = ("dated-dated", "dated-undated", "undated-undated")


def recall_by_pair_kind(predicted: dict[str, str], articles: list[EvalArticle]
                        ) -> dict[str, tuple[int, int]]:
    """For each kind of pair of one gold story (PAIR_KINDS): how many of its pairs were
    put in one story, of how many."""
    by_story: dict[str, list[EvalArticle]] = defaultdict(list)
    for article in articles:
        by_story[article.story].append(article)
    joined: Counter = Counter()
    total: Counter = Counter()
    for members in by_story.values():
        for n, first in enumerate(members):
            for second in members[n + 1:]:
                kind = PAIR_KINDS[(first.day is None) + (second.day is None)]
                total[kind] += 1
                joined[kind] += predicted[first.id] == predicted[second.id]
    return {kind: (joined[kind], total[kind]) for kind in PAIR_KINDS if total[kind]}


def group(articles: list[EvalArticle], *, threshold: float = JOIN_THRESHOLD) -> dict[str, str]:
    """Story of each article, grouped as the archive groups them on ingest (in batches)."""
    frequencies = DocumentFrequencies()
    grouper = StoryGrouper(threshold=threshold)
    assigned = {}
    for start in range(0, len(articles), BATCH_SIZE):
        batch = []
        for article in articles[start : start + BATCH_SIZE]:
            features = read_article_features(article.text, title=article.title, day=article.day,
                                             frequencies=frequencies)
            batch.append((article.id, features, article.title))
        for (article_id, _, _), assignment in zip(batch, grouper.assign_batch(batch)):
            assigned[article_id] = assignment.story_id
        assigned.update(grouper.moved)
        grouper.moved.clear()
    return assigned


def word_overlap_baseline(articles: list[EvalArticle], *, threshold: float) -> dict[str, str]:
    """Join the story of the earlier article (within the window) with the highest Jaccard
    overlap of word sets, if it reaches ``threshold``; else start a story."""
    assigned: dict[str, str] = {}
    seen: list[tuple[EvalArticle, set[str]]] = []
    for article in articles:
        words = set(WORD_CHARS.findall(f"{article.title or ''} {article.text}".lower()))
        best, best_score = None, 0.0
        for other, other_words in seen:
            if None not in (article.day, other.day) and abs(article.day - other.day) > WINDOW_DAYS:
                continue
            score = len(words & other_words) / (len(words | other_words) or 1)
            if score > best_score:
                best, best_score = other, score
        assigned[article.id] = (
            assigned[best.id] if best is not None and best_score >= threshold else article.id
        )
        seen.append((article, words))
    return assigned


def split(articles: list[EvalArticle]) -> tuple[list[EvalArticle], list[EvalArticle]]:
    """(tuning, held-out): the articles of stories (of topics, when given) whose id
    hashes even, and odd."""
    even = [a for a in articles if _split_hash(a) % 2 == 0]
    odd = [a for a in articles if _split_hash(a) % 2 == 1]
    return even, odd


def _split_hash(article: EvalArticle) -> int:
    return zlib.crc32((article.topic if article.topic is not None else article.story).encode())


def _tune(
    method: Callable[..., dict[str, str]], articles: list[EvalArticle], grid: list[float]
) -> tuple[float, float]:
    gold = {a.id: a.story for a in articles}
    scored = [(bcubed(method(articles, threshold=t), gold)[2], t) for t in grid]
    best_f1, best_t = max(scored)
    return best_t, best_f1


def shuffled(articles: list[EvalArticle], seed: int) -> list[EvalArticle]:
    """The articles in an arrival order drawn from ``seed``."""
    order = list(articles)
    random.Random(seed).shuffle(order)
    return order


def report_lines(*, path: Path, limit: int | None = None,
                 shuffle: tuple[int, ...] = ()) -> list[str]:
    """The evaluation report, one line per figure."""
    started = time.perf_counter()
    articles = load_articles(path, limit=limit)
    if not articles:
        return [f"{path}: no articles with a gold story"]
    even, odd = split(articles)
    stories = len({a.story for a in articles})
    unit = "topic" if any(a.topic is not None for a in articles) else "story"
    lines = [
        f"{len(articles)} articles in {stories} gold stories ({path.name}); "
        f"tuned on {len(even)} articles with even {unit} hash, held out {len(odd)}",
    ]
    dated = Counter(article.dated for article in articles)
    lines.append("article dates: " + ", ".join(f"{n} {how}" for how, n in sorted(dated.items())))
    reasons = []
    for name, method, grid, shipped in (
        ("crosswire", group, THRESHOLD_GRID, JOIN_THRESHOLD),
        ("word-overlap baseline", word_overlap_baseline, BASELINE_GRID, None),
    ):
        tuned, _ = _tune(method, even, grid) if even else (shipped or grid[0], 0.0)
        threshold = shipped if shipped is not None else tuned
        note = f"threshold {threshold:.2f} (best on tuning half: {tuned:.2f})"
        for label, part in (("tuning", even), ("held-out", odd), ("all", articles)):
            if not part:
                continue
            gold = {a.id: a.story for a in part}
            predicted = method(part, threshold=threshold)
            p, r, f = bcubed(predicted, gold)
            lines.append(f"{name:22} {label:9} B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
            if method is group and label != "all":
                reasons.append(reason_line(label, *pair_reasons(predicted, part,
                                                                threshold=threshold)))
        lines.append(f"{name:22} {note}")
    lines += reasons
    pairs = recall_by_pair_kind(group(even), even) if any(a.day is None for a in even) else {}
    if pairs:
        lines.append(f"{'crosswire':22} tuning   recall by pair: " + ", ".join(
            f"{kind} {hit}/{n} {hit / n:.3f}" for kind, (hit, n) in pairs.items()))
    if dated["text"]:
        # the figure reported before the eval dated articles as the archive does
        given = input_dates_only(articles)
        for label, part in zip(("tuning", "held-out", "all"), (*split(given), given)):
            if part:
                f1 = bcubed(group(part), {a.id: a.story for a in part})[2]
                lines.append(f"{'crosswire':22} {label:9} B-cubed F1 {f1:.3f} "
                             "(dates from the input only)")
    for seed in shuffle:
        scores = []
        for label, part in (("tuning", even), ("held-out", odd), ("all", articles)):
            if part:
                order = shuffled(part, seed)
                f1 = bcubed(group(order), {a.id: a.story for a in part})[2]
                scores.append(f"{label} {f1:.3f}")
        lines.append(f"{'crosswire':22} shuffled (seed {seed}) B-cubed F1 " + ", ".join(scores))
    lines.append(f"time {time.perf_counter() - started:.1f} s")
    return lines
