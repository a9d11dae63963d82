"""Boilerplate line rules, loaded once from ``data/boilerplate.jsonl`` and validated.

Each rule is a regular expression with the reason a matching line is not article body.
``match`` says how the pattern must fit the stripped line (``full``, ``start``, ``end`` or
``search``); ``max_words`` keeps a rule off long lines, so a body sentence that happens to
mention "cookies" or "newsletter" survives; ``if`` adds a check on the line's shape;
``then`` extends the removal to neighbours (the headlines a "Read more:" links, the heading
above a promo paragraph, the teaser a bare "Read more" ends); ``barrier`` marks a line that opens a non-body page section
(comments, related stories), which the region finder treats as a strong break, and
``ends_article`` one after which nothing is body (the opening of readers' comments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from crosswire.data import located_rows

MatchMode = Literal["full", "start", "end", "search"]
Condition = Literal["year_or_rights", "no_sentence_end", "single_sentence"]
Extension = Literal["next_headlines", "previous_heading", "previous_paragraph"]

MATCH_MODES: tuple[MatchMode, ...] = ("full", "start", "end", "search")
CONDITIONS: tuple[Condition, ...] = ("year_or_rights", "no_sentence_end", "single_sentence")
EXTENSIONS: tuple[Extension, ...] = ("next_headlines", "previous_heading", "previous_paragraph")
RULE_FIELDS = frozenset(
    {"reason", "match", "pattern", "max_words", "if", "then", "barrier", "ends_article", "note"}
)

_YEAR_OR_RIGHTS = re.compile(r"\b(1[89]|20)\d\d\b|rights reserved", re.IGNORECASE)
# A line that ends like a sentence (in any script), perhaps inside quotes or brackets.
ENDS_AS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S|[。！？]\S")


@dataclass(frozen=True)
class Rule:
    reason: str
    match: MatchMode
    regex: re.Pattern[str]
    max_words: int
    condition: Condition | None = None
    extension: Extension | None = None
    barrier: bool = False
    ends_article: bool = False

    def matches(self, line: str, *, words: int) -> bool:
        if words > self.max_words:
            return False
        if self.match == "full":
            found = self.regex.fullmatch(line)
        elif self.match == "start":
            found = self.regex.match(line)
        elif self.match == "end":
            found = self.regex.search(line)
            found = found if found and found.end() == len(line) else None
        else:
            found = self.regex.search(line)
        return bool(found) and self._condition_holds(line)

    def _condition_holds(self, line: str) -> bool:
        if self.condition == "year_or_rights":
            return bool(_YEAR_OR_RIGHTS.search(line))
        if self.condition == "no_sentence_end":
            return not ENDS_AS_SENTENCE.search(line)
        if self.condition == "single_sentence":
            return not _SENTENCE_BREAK.search(line)
        return True


def _rule_from(entry: dict, where: str) -> Rule:
    unknown = set(entry) - RULE_FIELDS
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}")
    for key in ("reason", "match", "pattern", "max_words"):
        if key not in entry:
            raise ValueError(f"{where}: missing {key!r}")
    if entry["match"] not in MATCH_MODES:
        raise ValueError(f"{where}: match must be one of {MATCH_MODES}")
    if entry.get("if") not in (None, *CONDITIONS):
        raise ValueError(f"{where}: 'if' must be one of {CONDITIONS}")
    if entry.get("then") not in (None, *EXTENSIONS):
        raise ValueError(f"{where}: 'then' must be one of {EXTENSIONS}")
    if not isinstance(entry["max_words"], int) or entry["max_words"] < 1:
        raise ValueError(f"{where}: max_words must be a positive integer")
    # an end-anchored search must see the whole tail, so allow trailing space in the line
    pattern = entry["pattern"] + (r"\s*" if entry["match"] in ("full", "end") else "")
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{where}: bad pattern: {exc}") from exc
    return Rule(
        reason=entry["reason"],
        match=entry["match"],
        regex=regex,
        max_words=entry["max_words"],
        condition=entry.get("if"),
        extension=entry.get("then"),
        barrier=bool(entry.get("barrier", False)),
        ends_article=bool(entry.get("ends_article", False)),
    )


@cache
def load_rules() -> tuple[Rule, ...]:
    """The shipped boilerplate rules, in file order (the first matching rule wins)."""
    return tuple(_rule_from(row, where) for where, row in located_rows("boilerplate.jsonl"))


def first_match(line: str, *, words: int) -> Rule | None:
    """The first rule that matches the stripped line, if any."""
    for rule in load_rules():
        if rule.matches(line, words=words):
            return rule
    return None
