"""Quotation and speaker unit cases from other extractors' test suites (textacy, sayswho).

The cases file holds parametrised test cases as JSON: ``text, exp`` cases list each
expected quotation as (speaker words, cue words, quoted text); ``text, speakers`` cases
give only the speaker words of all quotations, one run per quotation, flattened. A case
passes when every expected quotation is found (same text once surrounding spaces,
punctuation and quotation marks are stripped), its speaker span shares a word with the
expected speaker and its cue a word with the expected cue, and no other statement of kind
"direct" is reported: a case that expects no quotation passes only without one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from crosswire.knowledge.text import WORD_CHARS
from crosswire.measure.dataset_lines import json_document
from crosswire.models import Article, DateEstimate, Statement
from crosswire.nlp import analyse, load_nlp

# Tests whose cases are quotations with speakers; anything else is skipped with a reason.
QUOTATION_TESTS = frozenset({"test_direct_quotations", "test_adjustment_for_quote_detection"})
SKIP_REASONS = {
    "test_subject_verb_object_triples": "subject-verb-object triples, not quotations",
    "test_semistructured_statements": "entity-cue-fragment triples, not quotations",
    "test_direct_quotations_spanish": "Spanish; the pipeline reads English",
}
SURROUNDING = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,;:!?\u2014\u2013-"
_QUOTED = re.compile("[\"\u201c\u00ab]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201d\u00bb]")


@dataclass(frozen=True)
class ExpectedQuote:
    """One expected quotation; ``text`` is None when the case names only the speaker."""

    speaker: tuple[str, ...]
    cue: tuple[str, ...] = ()
    text: str | None = None


@dataclass(frozen=True)
class QuoteCase:
    name: str
    text: str
    expected: tuple[ExpectedQuote, ...]


@dataclass(frozen=True)
class CaseResult:
    case: QuoteCase
    found: int
    speakers_right: int
    cues_expected: int
    cues_right: int
    false_quotes: int
    # expected quotations found as one quoted part of a statement with several
    as_parts: int = 0

    @property
    def passed(self) -> bool:
        expected = len(self.case.expected)
        return (self.found == self.speakers_right == expected
                and self.cues_right == self.cues_expected and not self.false_quotes)


def comparable_quote(text: str) -> str:
    """Quotation text compared without surrounding marks, case or inner spacing."""
    return " ".join(text.strip(SURROUNDING).lower().split())


def _words(text: str | None) -> set[str]:
    return {word.lower() for word in WORD_CHARS.findall(text or "")}


def speaker_runs(words: list[str]) -> list[tuple[str, ...]]:
    """Split a flat list of speaker words into one run per quotation: the runs repeat the
    same speaker, so the first word's count is the number of quotations ("Ann Lee Ann Lee":
    two quotations by "Ann Lee"); a list that does not split evenly is one speaker."""
    if not words:
        return []
    count = words.count(words[0])
    size = len(words) // count
    runs = [tuple(words[i : i + size]) for i in range(0, len(words), size)]
    return runs if size * count == len(words) and len(set(runs)) == 1 else [tuple(words)]


def case_of(name: str, params: str, case: list) -> QuoteCase:
    text, expected = case
    if params.endswith("speakers"):
        quotes = tuple(ExpectedQuote(speaker=run) for run in speaker_runs(expected))
    else:
        quotes = tuple(ExpectedQuote(speaker=tuple(speaker), cue=tuple(cue), text=quote)
                       for speaker, cue, quote in expected)
    return QuoteCase(name=name, text=text, expected=quotes)


def read_cases(path: Path) -> tuple[list[QuoteCase], Counter[str]]:
    """The English quotation cases of ``path``, and how many were skipped for each reason."""
    cases: list[QuoteCase] = []
    skipped: Counter[str] = Counter()
    numbers: Counter[str] = Counter()
    for entry in json_document(path):
        test = entry["test"]
        if test not in QUOTATION_TESTS:
            skipped[SKIP_REASONS.get(test, f"{test}: not a quotation test")] += 1
            continue
        prefix = f"{entry['source_repo'].split('/')[-1]}:{test}"
        numbers[prefix] += 1
        cases.append(case_of(f"{prefix}#{numbers[prefix]}", entry["params"], entry["case"]))
    return cases, skipped


def quoted_parts(text: str) -> list[str]:
    """The double-quoted passages of a statement's text: a quotation split by its cue
    ("A," X said. "B.") is one statement with two parts, as in PolNeAR's discontinuous
    contents, and each part answers one expected quotation."""
    return _QUOTED.findall(text)


def score_case(case: QuoteCase, statements: list[Statement]) -> CaseResult:
    """Pair each expected quotation with the first unused part of a statement that fits
    it: the same quoted text, or, for speaker-only expectations, any quoted part."""
    ordered = sorted(statements, key=lambda s: s.span.start)
    parts = [(s, part) for s in ordered for part in quoted_parts(s.span.text) or [None]]
    used: set[int] = set()
    found = speakers_right = cues_right = as_parts = 0
    for expected in case.expected:
        match = next((n for n, (statement, part) in enumerate(parts)
                      if n not in used and _fits(expected, statement, part)), None)
        if match is None:
            continue
        used.add(match)
        statement = parts[match][0]
        found += 1
        as_parts += len(quoted_parts(statement.span.text)) > 1
        speaker = statement.speaker_words.text if statement.speaker_words else None
        speakers_right += bool(_words(" ".join(expected.speaker)) & _words(speaker))
        cues_right += bool(_words(" ".join(expected.cue)) & _words(statement.cue.text if statement.cue else None))
    answered = {id(parts[n][0]) for n in used}
    return CaseResult(
        case=case, found=found, speakers_right=speakers_right,
        cues_expected=sum(1 for e in case.expected if e.cue), cues_right=cues_right,
        false_quotes=sum(1 for s in ordered if s.kind == "direct" and id(s) not in answered),
        as_parts=as_parts,
    )


def _fits(expected: ExpectedQuote, statement: Statement, part: str | None) -> bool:
    if expected.text is None:
        return part is not None
    wanted = comparable_quote(expected.text)
    return wanted == comparable_quote(part or "") or wanted == comparable_quote(statement.span.text)


def _article(number: int, text: str) -> Article:
    return Article(id=f"case{number}", source_path=f"case{number}", outlet=None, title=None,
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)


def run_cases(cases: list[QuoteCase], *, nlp: Language | None = None,
              ) -> list[tuple[CaseResult, list[Statement]]]:
    """Parse and analyse each case text on its own, as one article."""
    nlp = nlp or load_nlp()
    articles = [_article(number, case.text) for number, case in enumerate(cases)]
    results = []
    for case, analysis in zip(cases, analyse(articles, nlp=nlp)):
        results.append((score_case(case, analysis.statements), analysis.statements))
    return results


def summary_lines(results: Iterable[CaseResult]) -> list[str]:
    results = list(results)
    expected = sum(len(r.case.expected) for r in results)
    cues = sum(r.cues_expected for r in results)
    found = sum(r.found for r in results)
    parts = sum(r.as_parts for r in results)
    speakers = sum(r.speakers_right for r in results)
    cues_right = sum(r.cues_right for r in results)
    false_quotes = sum(r.false_quotes for r in results)
    return [
        f"cases passed: {sum(r.passed for r in results)}/{len(results)}",
        f"quotes found: {found}/{expected} ({parts} as parts of one statement), "
        + f"speakers right: {speakers}/{expected}",
        f"cues right: {cues_right}/{cues}, false direct quotes: {false_quotes}",
    ]


def report_lines(*, path: Path) -> list[str]:
    cases, skipped = read_cases(path)
    lines = [f"{len(cases)} English quotation cases; skipped "
             + (", ".join(f"{n} ({reason})" for reason, n in sorted(skipped.items())) or "none")]
    scored = run_cases(cases)
    for result, statements in scored:
        lines.append(_case_line(result))
        if not result.passed:
            lines.extend(f"    got {s.kind} {s.span.text!r} cue={s.cue and s.cue.text!r} "
                         f"speaker={s.speaker_words and s.speaker_words.text!r}"
                         for s in statements)
    return lines + summary_lines(result for result, _ in scored)


def _case_line(result: CaseResult) -> str:
    expected = len(result.case.expected)
    cues = f", cues {result.cues_right}/{result.cues_expected}" if result.cues_expected else ""
    parts = f" ({result.as_parts} as parts of one statement)" if result.as_parts else ""
    return (f"{'PASS' if result.passed else 'FAIL'} {result.case.name}: quotes "
            f"{result.found}/{expected}{parts}, speakers {result.speakers_right}/{expected}"
            f"{cues}, false {result.false_quotes}")
