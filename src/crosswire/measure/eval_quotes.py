"""Statement extraction quality on PolNeAR-format attribution data.

Matching follows the Gender Gap Tracker's quote evaluation: gold attributions are taken
in order and each is paired with the remaining prediction that covers the largest share
of its content characters, if that share exceeds 0.3 (``|gold ∩ pred| / |gold|``).
Exact matching pairs a prediction with a gold attribution whose content hull has the same
characters once surrounding spaces and punctuation are stripped. Speaker accuracy is the
share of overlap-matched pairs whose predicted speaker words overlap the gold source.
Scores are given for all attributions and for those whose cue is a speech verb.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.knowledge.text import straight_apostrophes
from crosswire.measure.dataset_lines import json_lines
from crosswire.measure.excerpt import clipped
from crosswire.models import Article, ArticleAnalysis, DateEstimate, Statement
from crosswire.nlp import load_nlp
from crosswire.nlp.cues import load_lexicon
from crosswire.nlp.languages import ENGLISH, PIPELINES, speech_cue
from crosswire.pipeline import parse_articles

OVERLAP_THRESHOLD = 0.3  # the Gender Gap Tracker's lenient threshold
TUNE_ARTICLES = 600  # English rules were tuned on the first 600 articles; the rest is held out
STRIP = " \t\n.,;:\u2014\u2013-"
ERROR_WIDTH = 90  # characters of an error example's quoted text


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    kind: str
    speech: bool

    @property
    def hull(self) -> tuple[int, int]:
        return min(s for s, _ in self.content), max(e for _, e in self.content)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_tp: int = 0
    exact_fp: int = 0
    exact_fn: int = 0
    speaker_ok: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> tuple[float, float, float, float, float]:
        return (*_prf(self.tp, self.fp, self.fn)[:3], _prf(
            self.exact_tp, self.exact_fp, self.exact_fn)[2],
            self.speaker_ok / self.tp if self.tp else 0.0)


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def tune_part(number: int, *, language: str) -> str:
    """"tune" or "held-out" for the article at ``number``: English rules were tuned on the
    first 600 PolNeAR articles; other languages' on the even-numbered articles."""
    if language == ENGLISH:
        return "tune" if number < TUNE_ARTICLES else "held-out"
    return "tune" if number % 2 == 0 else "held-out"


def cue_is_speech(cue: str | None, *, language: str = ENGLISH) -> bool:
    """Is the cue a speech verb (or phrase) of the shipped lexicon for ``language``?"""
    if not cue:
        return False
    if language != ENGLISH:
        return speech_cue(cue, language=language)
    lexicon = load_lexicon()
    text = cue.lower().strip(" :,")
    if not text or text in lexicon.phrases or all(c in "-\u2013\u2014:" for c in text):
        return True
    return any(_gold_cue_lemma(word) in lexicon.verbs and lexicon.is_speech(_gold_cue_lemma(word))
               for word in straight_apostrophes(text).split())


def _gold_cue_lemma(word: str) -> str:
    """The cue lexicon's verb a word of a gold cue inflects. A gold cue is the annotators'
    string, not a token of the parse, so the parse's lemma is not there to use; the
    lexicon's own inflections (regular ones by rule, irregular ones from its rows) are."""
    word = word.strip(".,:;\"'")
    return load_lexicon().forms.get(word, word)


def read_records(path: Path, *, limit: int | None = None) -> list[dict]:
    records = []
    for _, record in json_lines(path, required=("doc_id", "text")):
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


def article_of(record: dict, *, language: str = ENGLISH) -> Article:
    return Article(
        id=record["doc_id"], source_path=record["doc_id"], outlet=record.get("publisher"),
        title=record.get("title"), language=language, text=record["text"],
        published=DateEstimate(record.get("date"), "day", "dataset date field", 1.0),
    )


def gold_of(record: dict, *, language: str = ENGLISH) -> list[Gold]:
    text = record["text"]
    golds = []
    for attribution in record.get("attributions", []):
        content = attribution.get("content") or {}
        spans = [tuple(span) for span in content.get("spans", []) if span[1] > span[0]]
        if not spans:
            continue
        source = [tuple(s) for s in (attribution.get("source") or {}).get("spans", [])]
        cue = (attribution.get("cue") or {}).get("text")
        golds.append(Gold(content=spans, source=source, speech=cue_is_speech(cue, language=language),
                          kind=_gold_kind(text, spans, attribution)))
    return golds


def _gold_kind(text: str, spans: list[tuple[int, int]], attribution: dict) -> str:
    if attribution.get("type"):  # the German set names its own kinds ("FreeIndirect")
        return attribution["type"].lower()
    if not attribution.get("content_has_quote_marks"):
        return "indirect"
    first = text[spans[0][0] : spans[0][1]].strip(STRIP)
    last = text[spans[-1][0] : spans[-1][1]].strip(STRIP)
    marks = "\"'\u201c\u201d\u2018\u2019"
    return "direct" if first[:1] in marks and last[-1:] in marks else "mixed"


def match(golds: list[Gold], statements: list[Statement]
          ) -> tuple[list[tuple[Gold, Statement | None]], list[Statement]]:
    """Each gold attribution with the statement it is matched to (None: missed), in gold
    order, and the statements no gold attribution took (false ones)."""
    remaining = list(statements)
    pairs: list[tuple[Gold, Statement | None]] = []
    for gold in golds:
        chars = sum(e - s for s, e in gold.content)
        best, best_score = None, OVERLAP_THRESHOLD
        for statement in remaining:
            covered = sum(max(0, min(e, statement.span.end) - max(s, statement.span.start))
                          for s, e in gold.content)
            if covered / chars > best_score:
                best, best_score = statement, covered / chars
        pairs.append((gold, best))
        if best is not None:
            remaining.remove(best)
    return pairs, remaining


def score_article(golds: list[Gold], statements: list[Statement], text: str, *,
                  language: str = ENGLISH) -> dict[str, Tally]:
    """Tallies for the subsets "all", "speech" and each gold/predicted kind."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    pairs, unmatched = match(golds, statements)
    for gold, best in pairs:
        keys = ["all", f"kind:{gold.kind}"] + (["speech"] if gold.speech else [])
        for key in keys:
            if best is None:
                tallies[key].fn += 1
            else:
                tallies[key].tp += 1
                tallies[key].speaker_ok += _speaker_matches(best, gold)
    for statement in unmatched:
        tallies["all"].fp += 1
        tallies[f"kind:{statement.kind}"].fp += 1
        if cue_is_speech(statement.cue.text if statement.cue else None, language=language):
            tallies["speech"].fp += 1
    _score_exact(golds, statements, text, tallies, language=language)
    return tallies


def article_errors(record: dict, statements: list[Statement], *,
                   language: str = ENGLISH) -> dict[str, list[str]]:
    """One line per error of an article, by measure: a gold attribution missed, a
    statement no gold attribution takes, a matched statement with the wrong speaker."""
    text, where = record["text"], record["doc_id"]
    pairs, unmatched = match(gold_of(record, language=language), statements)

    def quoted(start: int, end: int) -> str:
        return repr(clipped(text[start:end], ERROR_WIDTH))

    errors: dict[str, list[str]] = defaultdict(list)
    for gold, best in pairs:
        content = quoted(*gold.hull)
        source = " / ".join(text[s:e] for s, e in gold.source) or "(none)"
        if best is None:
            errors["missed"].append(f"{where} [{gold.hull[0]}:{gold.hull[1]}] {source}: {content}")
        elif not _speaker_matches(best, gold):
            ours = best.speaker_words.text if best.speaker_words else "(none)"
            errors["speaker"].append(f"{where} [{best.span.start}:{best.span.end}] gold "
                                     f"{source!r}, ours {ours!r}: {content}")
    for statement in unmatched:
        cue = statement.cue.text if statement.cue else "(no cue)"
        errors["false"].append(f"{where} [{statement.span.start}:{statement.span.end}] "
                               f"cue {cue!r}: {quoted(statement.span.start, statement.span.end)}")
    return errors


def _score_exact(golds: list[Gold], statements: list[Statement], text: str,
                 tallies: dict[str, Tally], *, language: str) -> None:
    predicted: dict[tuple[int, int], Statement] = {}
    for statement in statements:
        predicted.setdefault(_stripped(text, statement.span.start, statement.span.end), statement)
    for gold in golds:
        statement = predicted.pop(_stripped(text, *gold.hull), None)
        for key in ["all"] + (["speech"] if gold.speech else []):
            if statement is None:
                tallies[key].exact_fn += 1
            else:
                tallies[key].exact_tp += 1
    for statement in predicted.values():
        tallies["all"].exact_fp += 1
        if cue_is_speech(statement.cue.text if statement.cue else None, language=language):
            tallies["speech"].exact_fp += 1


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    end = min(end, len(text))
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


def _speaker_matches(statement: Statement, gold: Gold) -> bool:
    words = statement.speaker_words
    if words is None:
        return not gold.source
    return any(words.start < e and s < words.end for s, e in gold.source)


def evaluate(records: list[dict], analyses: Iterable[ArticleAnalysis], *,
             language: str = ENGLISH) -> dict[str, Report]:
    """Reports for "tune", "held-out" and "total", each split by subset and outlet."""
    reports: dict[str, Report] = defaultdict(Report)
    for number, (record, analysis) in enumerate(zip(records, analyses)):
        part = tune_part(number, language=language)
        article_tallies = score_article(gold_of(record, language=language),
                                        analysis.statements, record["text"], language=language)
        for key, tally in article_tallies.items():
            for report in (reports[part], reports["total"]):
                report.tallies[key].add(tally)
                if key in ("all", "speech"):
                    report.tallies[f"{key}@{record.get('publisher')}"].add(tally)
    return reports


def report_lines(*, path: Path, limit: int | None, language: str = ENGLISH,
                 errors: int = 0) -> list[str]:
    """The score tables; with ``errors``, up to that many example errors of each measure
    from the tune part only (the held-out part is measured, never read for errors)."""
    if language != ENGLISH and language not in PIPELINES:
        raise ValueError(f"no pipeline for language {language!r} (have: en, "
                         f"{', '.join(sorted(PIPELINES))})")
    records = read_records(path, limit=limit)
    nlp = load_nlp()
    started = time.perf_counter()
    analyses = list(parse_articles([article_of(r, language=language) for r in records],
                                   nlp=nlp, workers=2))
    seconds = time.perf_counter() - started
    tune = (f"first {TUNE_ARTICLES} articles" if language == ENGLISH
            else "even-numbered articles")
    lines = [f"{len(records)} articles parsed and analysed in {seconds:.0f} s "
             f"(overlap match > {OVERLAP_THRESHOLD} of gold content; tune = {tune})"]
    reports = evaluate(records, analyses, language=language)
    for part in ("total", "tune", "held-out"):
        if part in reports:
            lines.extend(_table(part, reports[part]))
    if errors:
        lines.extend(_error_lines(records, analyses, language=language, limit=errors))
    return lines


def _error_lines(records: list[dict], analyses: list[ArticleAnalysis], *, language: str,
                 limit: int) -> list[str]:
    found: dict[str, list[str]] = defaultdict(list)
    for number, (record, analysis) in enumerate(zip(records, analyses)):
        if tune_part(number, language=language) == "tune":
            for measure, lines in article_errors(record, analysis.statements,
                                                 language=language).items():
                found[measure].extend(lines)
    lines = []
    for measure in ("missed", "false", "speaker"):
        shown = found[measure][:limit]
        lines += ["", f"{measure}: {len(found[measure])} in the tune part, first {len(shown)}"]
        lines += [f"  {line}" for line in shown]
    return lines


def _table(part: str, report: Report) -> list[str]:
    lines = ["", f"== {part} ==",
             f"{'subset':28} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6} {'exactF1':>8} {'spkAcc':>7}"]
    keys = sorted(report.tallies, key=lambda k: (k.count("@"), k.startswith("kind"), k))
    for key in keys:
        tally = report.tallies[key]
        precision, recall, f1, exact_f1, speaker = tally.scores()
        exact = "-" if key.startswith("kind:") else f"{exact_f1:.3f}"  # kinds: overlap only
        lines.append(f"{key:28} {tally.tp + tally.fn:6d} {precision:6.3f} {recall:6.3f} "
                     f"{f1:6.3f} {exact:>8} {speaker:7.3f}")
    return lines
