"""Short statements one speaker is reported making in two articles ("denied the report",
"called it a hoax", "Halvard Oskeby was biased").

A statement of fewer than ``claim_pairs.MIN_EMBED_WORDS`` content words is never compared by
meaning, and shares fewer words than the wording rules of ``claims`` ask: it says too little
to be matched by its words alone. What it says is its act and its object, so two such
statements of one speaker, from two articles, are one claim when their acts agree (the cue's
lemma: "denied" / "denies") and the short one's words are all in the other's ("denied the
report" / "denied the report of his resignation"). A speaker is the resolved one, or, where
neither article credits anyone, the words must be the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from crosswire.compare.claim_meaning import said_not
from crosswire.compare.claim_pairs import embeddable
from crosswire.compare.claim_units import MAX_BLOCK, Unit
from crosswire.knowledge.text import WORD, content_words_in
from crosswire.models import Article
from crosswire.nlp.cues import load_lexicon


def short_statement_pairs(statements: list[Unit], *, articles: dict[str, Article]) -> Iterable[tuple[Unit, Unit]]:
    """Pairs of statements from two articles (``articles`` by id), one of them short, of one
    speaker, with one act and the short one's object in the other (``_object_agrees``), the
    act negated in both or neither ("did not deny" is no denial: ``said_not``)."""
    blocks: dict[tuple[frozenset[str], str], list[Unit]] = defaultdict(list)
    for unit in statements:
        act = _cue_lemma(unit)
        if act is not None:
            blocks[(unit.keys, act)].append(unit)
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            continue  # a speaker's many "said": their pairs say nothing by the act
        # each unit is in one block: what is read of it, read once
        size = {unit.id: content_words_in(unit.text) for unit in block}
        short = {unit.id for unit in block if not embeddable(unit)}
        said_not_of = {unit.id: said_not(unit, articles) for unit in block}
        for a, b in combinations(block, 2):
            if a.article != b.article and _object_agrees(a, b, size=size, short=short) \
                    and said_not_of[a.id] == said_not_of[b.id]:
                yield a, b


def _cue_lemma(unit: Unit) -> str | None:
    """The lemma of a statement's cue verb ("denied" -> "deny"), else its first word."""
    cue = unit.statement.cue if unit.statement is not None else None
    words = WORD.findall(cue.text.lower()) if cue is not None else []
    if not words:
        return None
    return load_lexicon().forms.get(words[0], words[0])


def _object_agrees(a: Unit, b: Unit, *, size: dict[str, int], short: set[str]) -> bool:
    """The statement of fewer content words (``size`` by id) is short (its id in ``short``:
    not ``embeddable``), names something (a word, not only an actor) and its terms are all
    the other's; credited to no one on either side, their words are the same."""
    shorter, other = sorted((a, b), key=lambda unit: size[unit.id])
    if shorter.id not in short or not shorter.plain or not shorter.terms <= other.terms:
        return False
    return bool(shorter.keys) or _words(shorter) == _words(other)


def _words(unit: Unit) -> list[str]:
    return [word.lower() for word in WORD.findall(unit.text)]
