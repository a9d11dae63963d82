"""Whole stories against hand gold: statements, speakers, claims, issues, positions and framing.

The gold (``allsides/gold_dev.json`` format) annotates each article's text as the input
gave it; the briefing's offsets are into the cleaned text, so every gold span is found in
the input text (the ``occ``-th occurrence of its key) and carried through the cleaning
stage's segments. A record matches a gold item when their spans overlap.

Decisions the gold leaves open:
- "(fact)" entries (kind "none") are unattributed facts: they are not statements to find,
  and an emitted statement on one does not count as right for precision. Precision counts
  an emitted statement right when it overlaps the key of any attributed gold statement,
  core or not.
- A speaker is right when the resolved actor's display name is the gold name or one of the
  gold person's spellings (case and accents aside), as the issue defines the measure: a bare
  surname the gold does not list is wrong; a joint speaker "A; B" accepts either; an unnamed gold speaker
  ("critics (unnamed)") is right when we resolve no actor (unnamed or unresolved).
- An emitted claim hits a gold claim when its versions overlap members in two or more
  different articles; it counts for precision only when its versions span two articles.
- An emitted position hits a gold one with the same stance, an actor name among the gold
  actor's spellings (for an unnamed gold group, "cross-party critics (unnamed)", an unnamed
  group of ours whose words hold the noun it ends in: "critics"), and a statement or
  evidence span overlapping a gold evidence key; the issue is not compared (the gold's
  issues are free text, ours are found terms).
- Issues are scored on their own by the same evidence rule: a gold issue's evidence is that
  of the gold positions on it, an emitted issue's is its statements and the evidence of the
  positions on it. Each emitted issue matches at most one gold issue and each gold issue at
  most one emitted issue, the pairs sharing most evidence keys first, so a story's main
  issue, which gathers most statements, cannot stand for every gold issue at once.
- An emitted framing difference is a referent that outlets name with two or more distinct
  terms (in their texts or headlines); it hits a gold framing (or ``not_framing``) item
  when its evidence in the texts overlaps that item's terms in at least two articles (the
  gold marks terms in the text only).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.ingest.decode import normalise_newlines
from crosswire.knowledge.places import fold
from crosswire.knowledge.text import WORD, crude_lemma
from crosswire.measure.excerpt import clipped
from crosswire.models import Article, Briefing, Document, Position, Statement, TextSpan

Span = tuple[int, int]
FACT = "(fact)"
UNNAMED = "(unnamed)"
# Measures in the order the table prints them; "trivial framing" counts emitted framing
# differences that are spelling or style variants (lower is better).
MEASURES = (
    "statement recall", "statement precision", "speaker accuracy",
    "claim recall", "claim precision", "issue recall", "issue precision",
    "position recall", "position precision",
    "framing recall", "framing precision", "trivial framing",
)


@dataclass
class Tally:
    """Hits out of a total, and the misses worth showing."""

    hits: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, hit: bool, error: str) -> None:
        self.total += 1
        self.hits += hit
        if not hit:
            self.errors.append(error)

    def count(self, found: bool, note: str) -> None:
        """Count an item that should be rare: ``found`` ones are the ones worth showing."""
        self.total += 1
        self.hits += found
        if found:
            self.errors.append(note)

    def merge(self, other: Tally) -> None:
        self.hits += other.hits
        self.total += other.total
        self.errors.extend(other.errors)

    def __str__(self) -> str:
        if not self.total:
            return "-"
        return f"{self.hits / self.total:.2f} ({self.hits}/{self.total})"


# --- Locating gold text in the briefing's articles


def locate(key: str, *, occ: int, source: str, article: Article) -> Span | None:
    """Where the ``occ``-th occurrence of ``key`` in the input text ended up in the article's
    clean text; None when the key is not there or cleaning dropped it."""
    start = -1
    for _ in range(max(occ, 1)):
        start = source.find(key, start + 1)
        if start < 0:
            return None
    return to_clean(start, start + len(key), source=source, article=article)


def locate_all(term: str, *, source: str, article: Article) -> list[Span]:
    """Every occurrence of ``term`` in the input text, as clean-text spans."""
    spans, start = [], source.find(term)
    while start >= 0:
        span = to_clean(start, start + len(term), source=source, article=article)
        if span:
            spans.append(span)
        start = source.find(term, start + 1)
    return spans


def to_clean(start: int, end: int, *, source: str, article: Article) -> Span | None:
    """An input-text span in clean-text offsets, through the cleaning stage's segments."""
    if article.text == source:
        return start, end
    pieces = []
    for segment in article.segments:
        seg_start, seg_end = segment.source_start, segment.source_start + segment.source_length
        if seg_end <= start or end <= seg_start:
            continue
        if segment.exact:
            pieces.append((segment.text_start + max(start, seg_start) - seg_start,
                           segment.text_start + min(end, seg_end) - seg_start))
        else:  # normalised text: the whole segment is the best we know
            pieces.append((segment.text_start, segment.text_start + segment.length))
    if not pieces:
        return None
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class GoldSpans:
    """A gold story's statement keys located in the briefing: id -> (article, span)."""

    keys: dict[str, tuple[str, Span]]
    missing: set[str]


def locate_keys(gold: dict, *, briefing: Briefing, sources: dict[str, str]) -> GoldSpans:
    articles = {a.id: a for a in briefing.articles}
    keys, missing = {}, set()
    for statement in gold["statements"]:
        article = articles.get(statement["article"])
        source = sources.get(statement["article"])
        span = (locate(statement["key"], occ=statement.get("occ", 1), source=source,
                       article=article) if article and source is not None else None)
        if span:
            keys[statement["id"]] = (statement["article"], span)
        else:
            missing.add(statement["id"])
    return GoldSpans(keys, missing)


def _hits(spans: GoldSpans, gold_id: str, article: str, span: Span) -> bool:
    found = spans.keys.get(gold_id)
    return found is not None and found[0] == article and overlaps(found[1], span)



def _words(span: TextSpan | None) -> str | None:
    return span.text if span else None


# --- Names


def _spellings(gold: dict, name: str) -> set[str]:
    """Folded forms a gold actor may be named by: its name and its spellings in ``people``."""
    forms = {fold(name)}
    for person in gold.get("people", []):
        if person["name"] == name:
            forms.update(fold(spelling) for spelling in person.get("spellings", []))
    return forms


def name_matches(gold: dict, gold_speaker: str, name: str | None) -> bool:
    """Whether ``name`` (ours; None when unresolved) names the gold speaker."""
    if UNNAMED in gold_speaker:
        return name is None
    if name is None:
        return False
    return any(fold(name) in _spellings(gold, part.strip()) for part in gold_speaker.split(";"))


def holder_matches(gold: dict, gold_actor: str, position: Position) -> bool:
    """Whether a position's holder is the gold one: a named actor as ``name_matches``
    says; an unnamed gold group ("cross-party critics (unnamed)") is held by an unnamed
    group of ours whose words hold the noun the gold's description ends in ("critics")."""
    if UNNAMED not in gold_actor:
        return not position.unnamed and name_matches(gold, gold_actor, position.actor_name)
    described = WORD.findall(fold(gold_actor.replace(UNNAMED, "")))
    return (position.unnamed and bool(described)
            and crude_lemma(described[-1]) in {crude_lemma(w) for w in WORD.findall(fold(position.actor_name))})


# --- Scores


def score_statements(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Statement recall over core gold statements, precision, and speaker accuracy."""
    actors = {a.id: a for a in briefing.actors}
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in briefing.statements:
        by_article[statement.span.article].append(statement)
    recall, precision, speaker = Tally(), Tally(), Tally()
    attributed = [s for s in gold["statements"] if s["speaker"] != FACT]
    for item in attributed:
        if not item.get("core"):
            continue
        found = [s for s in by_article[item["article"]]
                 if _hits(spans, item["id"], s.span.article, (s.span.start, s.span.end))]
        where = " (cleaning dropped it)" if item["id"] in spans.missing else ""
        recall.add(bool(found), f"{item['id']} {item['speaker']}: missed \"{item['key']}\"{where}")
        if not found:
            continue
        key = spans.keys[item["id"]][1]
        best = max(found, key=lambda s: min(s.span.end, key[1]) - max(s.span.start, key[0]))
        ours = actors[best.speaker].name if best.speaker in actors else None
        speaker.add(name_matches(gold, item["speaker"], ours),
                    f"{item['id']} \"{item['key']}\": gold {item['speaker']}, ours "
                    f"{ours or 'unresolved'} (speaker words: {_words(best.speaker_words)!r})")
    for statement in briefing.statements:
        right = any(_hits(spans, item["id"], statement.span.article, (statement.span.start, statement.span.end))
                    for item in attributed)
        precision.add(right, f"{statement.span.article} [{statement.span.start}:{statement.span.end}] "
                             f"{_words(statement.speaker_words) or '?'}: \"{clipped(statement.span.text, 80)}\"")
    return {"statement recall": recall, "statement precision": precision,
            "speaker accuracy": speaker}


def score_claims(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """A gold claim is found when one emitted claim covers its members in two articles."""
    emitted = [c for c in briefing.claims if len({v.span.article for v in c.versions}) >= 2]

    def articles_hit(claim, members: list[str]) -> set[str]:
        return {v.span.article for v in claim.versions for m in members
                if _hits(spans, m, v.span.article, (v.span.start, v.span.end))}

    def where_members_went(members: list[str]) -> str:
        """Which of our claims (single-article ones too) hold each member."""
        held = {m: sorted({c.id for c in briefing.claims for v in c.versions
                           if _hits(spans, m, v.span.article, (v.span.start, v.span.end))}) for m in members}
        return ", ".join(f"{m} in {'/'.join(ids) if ids else 'no claim'}"
                         for m, ids in held.items())

    recall, precision = Tally(), Tally()
    for item in gold.get("claims", []):
        hit = any(len(articles_hit(c, item["members"])) >= 2 for c in emitted)
        recall.add(hit, f"{item['id']} missed: {item['desc']} "
                        f"({where_members_went(item['members'])})")
    for claim in emitted:
        hit = any(len(articles_hit(claim, item["members"])) >= 2 for item in gold.get("claims", []))
        versions = "; ".join(f"{v.span.article}: \"{clipped(v.span.text, 60)}\"" for v in claim.versions[:3])
        precision.add(hit, f"{claim.id} matches no gold claim: {versions}")
    return {"claim recall": recall, "claim precision": precision}


def score_positions(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Same actor, same stance, and evidence overlapping the gold evidence."""
    statements = {s.id: s for s in briefing.statements}

    def hits(position, item: dict) -> bool:
        if position.stance != item["stance"] or not holder_matches(gold, item["actor"], position):
            return False
        evidence = [(s.span.article, (s.span.start, s.span.end)) for s in map(statements.get, position.statements)
                    if s is not None]
        evidence += [(e.article, (e.start, e.end)) for e in position.evidence if e.article]
        return any(_hits(spans, g, article, span) for g in item["evidence"]
                   for article, span in evidence)

    recall, precision = Tally(), Tally()
    gold_positions = gold.get("positions", [])
    for item in gold_positions:
        recall.add(any(hits(p, item) for p in briefing.positions),
                   f"missed: {item['actor']} {item['stance']} on \"{item['issue']}\" "
                   f"(evidence {', '.join(item['evidence'])})")
    for position in briefing.positions:
        precision.add(any(hits(position, item) for item in gold_positions),
                      f"{position.actor_name} {position.stance} on {position.issue} matches no "
                      f"gold position (statements {', '.join(position.statements[:4])})")
    return {"position recall": recall, "position precision": precision}


def score_issues(gold: dict, briefing: Briefing, spans: GoldSpans) -> dict[str, Tally]:
    """Gold issues found and emitted issues right, one to one by shared evidence keys."""
    statements = {s.id: s for s in briefing.statements}
    evidence: dict[str, list[tuple[str, Span]]] = defaultdict(list)
    for issue in briefing.issues:
        evidence[issue.id] += [(s.span.article, (s.span.start, s.span.end))
                               for s in map(statements.get, issue.statements) if s is not None]
    for position in briefing.positions:
        evidence[position.issue] += [(e.article, (e.start, e.end)) for e in position.evidence if e.article]
    gold_keys: dict[str, set[str]] = {label: set() for label in gold.get("issues", [])}
    for item in gold.get("positions", []):
        gold_keys.setdefault(item["issue"], set()).update(item["evidence"])
    shared = sorted(((sum(any(_hits(spans, key, article, span) for article, span in evidence[issue.id])
                          for key in keys), n, label, issue.id)
                     for n, issue in enumerate(briefing.issues) for label, keys in gold_keys.items()),
                    key=lambda pair: (-pair[0], pair[1], pair[2]))
    matched: dict[str, str] = {}  # gold label -> emitted issue id
    for count, _, label, issue_id in shared:
        if count and label not in matched and issue_id not in matched.values():
            matched[label] = issue_id
    ours = ", ".join(f'"{issue.label}"' for issue in briefing.issues) or "none"
    recall, precision = Tally(), Tally()
    for label in gold_keys:
        recall.add(label in matched, f'missed: "{label}" (our issues: {ours})')
    for issue in briefing.issues:
        precision.add(issue.id in matched.values(),
                      f'"{issue.label}" matches no gold issue (gold: '
                      f'{", ".join(repr(g) for g in gold_keys if g not in matched) or "all matched"})')
    return {"issue recall": recall, "issue precision": precision}


def framing_differences(briefing: Briefing) -> dict[str, list[tuple[str, str, Span, str | None]]]:
    """Referents outlets name with two or more distinct terms: (term, article, span, part)
    uses, a headline's (part "title") among them."""
    uses: dict[str, list[tuple[str, str, Span, str | None]]] = defaultdict(list)
    for record in briefing.framing:
        for term_use in record.terms:
            for evidence in term_use.evidence:
                if evidence.article:
                    uses[term_use.referent].append(
                        (term_use.term, evidence.article, (evidence.start, evidence.end), evidence.part))
    return {referent: found for referent, found in uses.items()
            if len({term.lower() for term, _, _, _ in found}) >= 2}


def score_framing(gold: dict, briefing: Briefing, sources: dict[str, str]) -> dict[str, Tally]:
    """Framing differences against the gold's framing and not_framing items."""
    articles = {a.id: a for a in briefing.articles}

    def term_spans(item: dict) -> dict[str, list[Span]]:
        return {article_id: [span for term in terms
                             for span in locate_all(term, source=sources[article_id],
                                                    article=articles[article_id])]
                for article_id, terms in item["terms"].items()
                if article_id in articles and article_id in sources}

    def hits(found: list[tuple[str, str, Span, str | None]], located: dict[str, list[Span]]) -> bool:
        # the gold marks terms in the text: a headline's words (part "title") hit none, so a
        # difference shown only in headlines counts against precision, never for it
        return len({article for _, article, span, part in found if part is None
                    and any(overlaps(span, g) for g in located.get(article, []))}) >= 2

    framing = [(item, term_spans(item)) for item in gold.get("framing", [])]
    trivial = [(item, term_spans(item)) for item in gold.get("not_framing", [])]
    emitted = framing_differences(briefing)
    recall, precision, noise = Tally(), Tally(), Tally()
    for item, located in framing:
        terms = " / ".join(t for ts in item["terms"].values() for t in ts)
        recall.add(any(hits(found, located) for found in emitted.values()),
                   f"missed: {item['referent']}: {terms}")
    for referent, found in emitted.items():
        terms = " / ".join(sorted({term for term, _, _, _ in found}))
        precision.add(any(hits(found, located) for _, located in framing),
                      f"{referent}: {terms} matches no gold framing")
        noise.count(any(hits(found, located) for _, located in trivial),
                    f"{referent}: {terms} is a trivial difference")
    return {"framing recall": recall, "framing precision": precision, "trivial framing": noise}


def score_story(gold: dict, *, briefing: Briefing, sources: dict[str, str]) -> dict[str, Tally]:
    """Every measure for one story; ``sources`` maps article ids to the text the gold
    was annotated on (the input text, before cleaning)."""
    spans = locate_keys(gold, briefing=briefing, sources=sources)
    return {
        **score_statements(gold, briefing, spans),
        **score_claims(gold, briefing, spans),
        **score_issues(gold, briefing, spans),
        **score_positions(gold, briefing, spans),
        **score_framing(gold, briefing, sources),
    }


# --- Stories in, report out


def allsides_documents(path: Path, *, stories: set[str]) -> dict[str, list[Document]]:
    """The articles of ``stories`` from an AllSides roundups file, as ``crosswire brief``
    would read them from JSON lines (text, id, outlet, title, url, the roundup's date)."""
    found: dict[str, list[Document]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            if str(row.get("id")) not in stories:
                continue
            documents = []
            for side, news in sorted(row.get("news", {}).items()):
                body = news.get("newBody") or []
                text = "\n\n".join(body) if isinstance(body, list) else str(body)
                documents.append(_document(
                    article_id=f"{row['id']}-{side}", text=text, outlet=news.get("newsSource"),
                    title=news.get("newsTitle"), url=news.get("newsLink"),
                    published=(row.get("date") or "")[:10] or None, source=str(path)))
            found[str(row["id"])] = documents
    return found


def folder_documents(folder: Path, *, stories: set[str]) -> dict[str, list[Document]]:
    """The articles of ``stories`` from ``folder/<story>/articles.jsonl`` (one JSON object
    a line: id, outlet, title, url, published, text)."""
    found: dict[str, list[Document]] = {}
    for story in sorted(stories):
        path = folder / story / "articles.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        found[story] = [_document(article_id=str(row["id"]), text=row.get("text") or "",
                                  outlet=row.get("outlet"), title=row.get("title"),
                                  url=row.get("url"), published=row.get("published"),
                                  source=str(path)) for row in rows]
    return found


def _document(*, article_id: str, text: str, outlet: str | None, title: str | None,
              url: str | None, published: str | None, source: str) -> Document:
    return Document(source_path=f"{source}#{article_id}", content=normalise_newlines(text),
                    format="text", id=article_id, outlet=outlet, title=title, url=url,
                    published=published)


def score_stories(gold: dict[str, dict], documents: dict[str, list[Document]]
                  ) -> Iterator[tuple[str, dict[str, Tally]]]:
    """Run the brief pipeline once per story and score it, story by story."""
    from crosswire.nlp import load_nlp
    from crosswire.pipeline import run

    nlp = load_nlp()
    for story, story_gold in gold.items():
        if story not in documents:
            continue
        inputs = [d for d in documents[story] if d.id in story_gold["articles"]]
        briefing = run(inputs, nlp=nlp, workers=1)
        sources = {d.id: d.content for d in inputs}
        yield story, score_story(story_gold, briefing=briefing, sources=sources)


def report_lines(*, gold_path: Path, allsides: Path | None = None, stories: Path | None = None,
                 errors: int = 10, errors_from: str = "batch 1") -> Iterable[str]:
    """The table (all stories, batch 1, batch 2) and up to ``errors`` examples per measure,
    taken from the part ``errors_from`` only ("batch 1", the tuning part, unless told: the
    held-out batch's errors are not for reading while tuning)."""
    gold = json.loads(gold_path.read_text("utf-8"))
    wanted = set(gold)
    if stories is not None:
        documents = folder_documents(stories, stories=wanted)
    elif allsides is not None:
        documents = allsides_documents(allsides, stories=wanted)
    else:
        raise ValueError("the stories' articles: give an AllSides roundups file or a folder")
    parts: dict[str, dict[str, Tally]] = defaultdict(lambda: {m: Tally() for m in MEASURES})
    counted: dict[str, int] = defaultdict(int)
    for story, scores in score_stories(gold, documents):
        for part in ("all", f"batch {gold[story].get('batch', 1)}"):
            counted[part] += 1
            for measure, tally in scores.items():
                parts[part][measure].merge(tally)
    absent = sorted(wanted - set(documents))
    yield (f"{counted['all']} stories of {len(gold)} in {gold_path.name} scored"
           + (f"; no articles for {', '.join(absent)}" if absent else ""))
    columns = ["all", *sorted(p for p in parts if p != "all")]
    header = {"all": "all stories", "batch 2": "batch 2 (held out)"}
    yield f"{'measure':20}" + "".join(
        f"{header.get(c, c) + f' [{counted[c]}]':>24}" for c in columns)
    for measure in MEASURES:
        yield f"{measure:20}" + "".join(f"{str(parts[c][measure]):>24}" for c in columns)
    if "batch 2" in parts:
        yield "batch 2 is the held-out part: measure on it, do not tune on it"
    yield "trivial framing: spelling or style differences reported as framing (lower is better)"
    if errors <= 0 or errors_from not in parts:
        return
    for measure in MEASURES:
        listed = parts[errors_from][measure].errors[:errors]
        if listed:
            yield ""
            yield (f"{measure}: {len(parts[errors_from][measure].errors)} errors in "
                   f"{errors_from}, first {len(listed)}")
            yield from (f"  {error}" for error in listed)
