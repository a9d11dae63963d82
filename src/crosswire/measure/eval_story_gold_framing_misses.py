"""Where framing recall and precision are lost: each gold framing item no difference of
ours hits, and each difference of ours that hits no gold framing item, counted under the
first kind that fits it.

A gold item missed (by where our framing rows, differences or not, hold its terms):
- "split across rows": rows hold its terms in two or more articles, but no one row does in
  two (the outlets' words were read, as different things);
- "one row, one term": one row holds them in two or more articles, under one term only (the
  words were read as one thing, the difference in them was not);
- "one article, a difference elsewhere": a row holds its terms in one article only, and that
  row is a difference with other words or outlets (the other outlets' words were not read
  as this thing's);
- "one article, no difference": a row holds them in one article only, and names the thing
  alike everywhere (or in that outlet alone);
- "not found": no row holds its terms in any article; "not found, a known loaded word" where
  some outlet's term holds a word ``data/loaded_modifiers.jsonl`` lists (a reader that knew
  the word did not read it), else by the terms' last words, crudely their heads: "not
  found, one head" where every term ends in one word (the descriptions' reader compares
  such phrases: their modifiers differ in words it does not know to load), "not found,
  other heads" where they do not (the outlets name or tell the thing with other words).
A difference of ours that hits no gold framing item:
- "trivial": it hits a not_framing item (spelling or style);
- "headline only": its words stand in the text of fewer than two articles;
- "one gold article": it holds a gold framing item's terms in one article only;
- "outside the gold": it holds no gold framing item's terms.
"""

from __future__ import annotations

import re

from crosswire.compare.loaded_words import is_loaded
from crosswire.knowledge.text import crude_lemma
from crosswire.measure.eval_story_gold_align import Span
from crosswire.measure.eval_story_gold_framing import (
    Use,
    articles_hit,
    gold_term_spans,
    gold_terms,
    hits,
    is_difference,
    term_uses,
)
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing

MISS_KINDS = ("split across rows", "one row, one term", "one article, a difference elsewhere",
              "one article, no difference", "not found, a known loaded word",
              "not found, one head", "not found, other heads")
# A word of a gold term, hyphenated ones whole, as the loaded-words list writes them.
TERM_WORD = re.compile(r"[\w-]+")
WRONG_KINDS = ("trivial", "headline only", "one gold article", "outside the gold")
FRAMING_MISS_MEASURES = (*(f"framing miss: {kind}" for kind in MISS_KINDS),
                         *(f"framing wrong row: {kind}" for kind in WRONG_KINDS))


def score_framing_misses(gold: dict, briefing: Briefing, sources: dict[str, str]) -> dict[str, Tally]:
    """One tally per kind, each over the gold items framing recall misses (or our rows
    framing precision counts wrong): its hits are the misses (wrong rows) of that kind."""
    framing = [(item, gold_term_spans(item, briefing, sources)) for item in gold.get("framing", [])]
    trivial = [gold_term_spans(item, briefing, sources) for item in gold.get("not_framing", [])]
    rows = term_uses(briefing)
    emitted = {referent: found for referent, found in rows.items() if is_difference(found)}
    tallies = {measure: Tally() for measure in FRAMING_MISS_MEASURES}
    for item, located in framing:
        if any(hits(found, located) for found in emitted.values()):
            continue
        kind, held = _miss_kind(rows, located, item)
        note = (f"{item['referent']}: {gold_terms(item)}; "
                + ("; ".join(held) if held else "held by no row"))
        for other in MISS_KINDS:
            tallies[f"framing miss: {other}"].count(other == kind, note)
    for referent, found in emitted.items():
        if any(hits(found, located) for _, located in framing):
            continue
        kind = _wrong_kind(found, [located for _, located in framing], trivial)
        sources_of = ", ".join(sorted({use.source for use in found}))
        note = f"{referent} ({sources_of}): " + " / ".join(sorted({use.term for use in found}))
        for other in WRONG_KINDS:
            tallies[f"framing wrong row: {other}"].count(other == kind, note)
    return tallies


def _miss_kind(rows: dict[str, list[Use]], located: dict[str, list[Span]],
               item: dict) -> tuple[str, list[str]]:
    """Which ``MISS_KINDS`` a missed gold item is, and where our rows hold its terms
    ("article: 'term' in row referent (reader)") for the error line."""
    holding = {referent: articles_hit(found, located) for referent, found in rows.items()}
    holding = {referent: held for referent, held in holding.items() if held}
    held = [f"{use.article}: '{use.term}' in row {referent} ({use.source})"
            for referent in holding for use in rows[referent]
            if use.article in holding[referent] and articles_hit([use], located)]
    articles = set().union(*holding.values())
    if not articles:
        terms = [TERM_WORD.findall(term) for listed in item["terms"].values() for term in listed]
        if any(is_loaded(word) for words in terms for word in words):
            return "not found, a known loaded word", held
        heads = {crude_lemma(words[-1]) for words in terms if words}
        return ("not found, one head" if len(heads) == 1 else "not found, other heads"), held
    if len(articles) >= 2:
        together = any(len(found) >= 2 for found in holding.values())
        return ("one row, one term" if together else "split across rows"), held
    if any(is_difference(rows[referent]) for referent in holding):
        return "one article, a difference elsewhere", held
    return "one article, no difference", held


def _wrong_kind(found: list[Use], framing: list[dict[str, list[Span]]],
                trivial: list[dict[str, list[Span]]]) -> str:
    """Which ``WRONG_KINDS`` one of our differences hitting no gold framing item is."""
    if any(hits(found, located) for located in trivial):
        return "trivial"
    if len({use.article for use in found if use.part is None}) < 2:
        return "headline only"
    if any(articles_hit(found, located) for located in framing):
        return "one gold article"
    return "outside the gold"
