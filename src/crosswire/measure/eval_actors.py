"""Pairwise precision and recall of actor merging on a name-variant test set.

Each case of the set is one run: mentions (text, article) with a gold entity. The case is
merged by ``merge_mentions``; every pair of mentions in a case counts once: merged and
gold-same is a true positive, merged and gold-different a false positive, apart and
gold-same a false negative. A string-similarity baseline (difflib ratio on ASCII-folded
text, single link) is scored on the same pairs. The set is split by a hash of the case
id; the matcher was tuned on ``dev`` only, ``test`` is held back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from anyascii import anyascii

from crosswire.actors import merge_mentions
from crosswire.data import DATA_DIR
from crosswire.measure.dataset_lines import json_lines
from crosswire.models import Mention, TextSpan

# The baseline's merge threshold: the best dev-split F1 of 0.70/0.75/0.80/0.85/0.90
# (0.770, 0.761, 0.750, 0.705, 0.579).
BASELINE_THRESHOLD = 0.7
SHIPPED = "name_variants.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label:<34} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(pairs tp {self.tp}, fp {self.fp}, fn {self.fn})")


def load_cases(path: Path | None) -> dict[str, list[dict]]:
    """Rows of the test set grouped by case, in file order."""
    cases: dict[str, list[dict]] = defaultdict(list)
    for _, row in json_lines(path or DATA_DIR / SHIPPED,
                             required=("case", "article", "text", "entity")):
        cases[row["case"]].append(row)
    return cases


def _mentions(rows: list[dict]) -> list[Mention]:
    mentions = []
    offset: dict[str, int] = defaultdict(int)
    for number, row in enumerate(rows):
        start = offset[row["article"]]
        offset[row["article"]] = start + len(row["text"]) + 1
        span = TextSpan(row["text"], start, start + len(row["text"]), row["article"])
        mentions.append(Mention(id=f"{row['article']}:m{number}", span=span,
                                kind=row.get("kind", "person")))
    return mentions


def pair_score(rows: list[dict], predicted: list[str], *, family: str | None = None) -> Score:
    score = Score()
    for i, j in combinations(range(len(rows)), 2):
        if family and family not in (rows[i].get("family"), rows[j].get("family")):
            continue
        gold = rows[i]["entity"] == rows[j]["entity"]
        merged = predicted[i] == predicted[j]
        if merged and gold:
            score.tp += 1
        elif merged:
            score.fp += 1
        elif gold:
            score.fn += 1
    return score


def crosswire_clusters(rows: list[dict]) -> list[str]:
    mentions = _mentions(rows)
    _, actor_of = merge_mentions(mentions)
    return [actor_of.get(m.id, m.id) for m in mentions]


def baseline_clusters(rows: list[dict], *, threshold: float = BASELINE_THRESHOLD) -> list[str]:
    """Single-link clusters of difflib similarity >= threshold on ASCII-folded text."""
    folded = [anyascii(row["text"]).lower() for row in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(rows)), 2):
        if SequenceMatcher(None, folded[i], folded[j]).ratio() >= threshold:
            parent[find(i)] = find(j)
    return [str(find(i)) for i in range(len(rows))]


# Invented sentences a name is the speaker of, one per mention (cycled): the end-to-end
# check that an unusual spelling becomes a person mention at all before it is merged.
SPEAKING = (
    "{name} said on Monday that the talks would continue.",
    "{name} told reporters the plan was sound.",
    "The ceasefire will hold, {name} said.",
    "{name} warned that prices would rise.",
)


def in_text_clusters(cases: dict[str, list[dict]]) -> tuple[dict[str, list[str]], int, int]:
    """Each case written out as articles in which every spelling speaks once, parsed and
    merged as the pipeline does: (case -> cluster per row, spellings found as a person
    mention, spellings). A spelling no mention covers stays alone."""
    from crosswire.models import Article, DateEstimate
    from crosswire.nlp import analyse, load_nlp

    texts: dict[tuple[str, str], list[str]] = defaultdict(list)
    where: list[tuple[str, str, int, int]] = []  # case, article, start, end of each row
    order = [(name, row) for name, rows in cases.items() for row in rows]
    for number, (name, row) in enumerate(order):
        sentence = SPEAKING[number % len(SPEAKING)].format(name=row["text"])
        parts = texts[(name, row["article"])]
        start = sum(len(part) + 1 for part in parts) + sentence.index(row["text"])
        parts.append(sentence)
        where.append((name, row["article"], start, start + len(row["text"])))
    unknown = DateEstimate(None, "unknown", "", 0.0)
    articles = [Article(id=f"{name}/{article}", source_path=name, outlet=None, title=None,
                        published=unknown, language="en", text=" ".join(parts))
                for (name, article), parts in texts.items()]
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for analysis in analyse(articles, nlp=load_nlp()):
        mentions[analysis.article.source_path].extend(analysis.mentions)
    actor_of = {name: merge_mentions(found)[1] for name, found in mentions.items()}
    clusters: dict[str, list[str]] = defaultdict(list)
    found = 0
    for number, (name, article, start, end) in enumerate(where):
        covering = next((m for m in mentions[name] if m.kind == "person"
                         and m.span.article == f"{name}/{article}"
                         and m.span.start < end and start < m.span.end), None)
        found += covering is not None
        clusters[name].append(actor_of[name].get(covering.id, covering.id) if covering
                              else f"alone{number}")
    return clusters, found, len(where)


def in_text_lines(*, path: Path | None) -> list[str]:
    """Found share and pairwise merge scores when every spelling is a speaker in a text."""
    cases = load_cases(path)
    clusters, found, total = in_text_clusters(cases)
    lines = [f"names in text: {found}/{total} spellings ({found / total:.1%}) became a person "
             f"mention as the subject of a speech verb ({path or SHIPPED})"]
    for split in sorted({rows[0].get("split", "all") for rows in cases.values()}):
        score = Score()
        for name, rows in cases.items():
            if rows[0].get("split", "all") == split:
                score.add(pair_score(rows, clusters[name]))
        lines.append(score.line(f"{split:<5} crosswire in text"))
    return lines


def score_split(cases: dict[str, list[dict]], *, split: str | None,
                cluster: Callable[[list[dict]], list[str]], family: str | None = None) -> Score:
    total = Score()
    for rows in cases.values():
        if split and rows[0].get("split") != split:
            continue
        total.add(pair_score(rows, cluster(rows), family=family))
    return total


def report_lines(*, path: Path | None) -> list[str]:
    """The evaluation report: crosswire and the baseline per split, then per family."""
    cases = load_cases(path)
    splits = sorted({rows[0].get("split", "all") for rows in cases.values()})
    lines = [f"actor merging: {sum(map(len, cases.values()))} mentions in {len(cases)} runs "
             f"({path or 'shipped test set ' + SHIPPED})"]
    predicted = {name: crosswire_clusters(rows) for name, rows in cases.items()}
    baseline = {name: baseline_clusters(rows) for name, rows in cases.items()}
    for split in splits:
        chosen = {n: r for n, r in cases.items() if r[0].get("split", "all") == split}
        for label, clusters in (("crosswire", predicted), (f"baseline difflib>={BASELINE_THRESHOLD}", baseline)):
            total = Score()
            for name, rows in chosen.items():
                total.add(pair_score(rows, clusters[name]))
            lines.append(total.line(f"{split:<5} {label}"))
    families = sorted({row.get("family", "") for rows in cases.values() for row in rows} - {""})
    for split in splits:
        for family in families:
            total = Score()
            for name, rows in cases.items():
                if rows[0].get("split", "all") == split:
                    total.add(pair_score(rows, predicted[name], family=family))
            if total.tp + total.fp + total.fn:
                lines.append(total.line(f"{split:<5} crosswire {family}"))
    return lines
