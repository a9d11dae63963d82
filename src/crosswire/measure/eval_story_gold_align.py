"""Aligning story gold with a briefing: gold keys located in the clean text, and gold names.

The gold (``allsides/gold_dev.json`` format) annotates each article's text as the input
gave it; the briefing's offsets are into the cleaned text, so every gold span is found in
the input text (the ``occ``-th occurrence of its key) and carried through the cleaning
stage's segments. A record matches a gold item when their spans overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosswire.knowledge.places import fold
from crosswire.knowledge.text import WORD, crude_lemma
from crosswire.models import Article, Briefing, Position, TextSpan

Span = tuple[int, int]
FACT = "(fact)"
UNNAMED = "(unnamed)"


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

    def hit(self, gold_id: str, article: str, span: Span) -> bool:
        """Whether ``span`` in ``article`` overlaps the key of gold statement ``gold_id``."""
        found = self.keys.get(gold_id)
        return found is not None and found[0] == article and overlaps(found[1], span)


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


def words_of(span: TextSpan | None) -> str | None:
    return span.text if span else None


# --- Names


def gold_names(gold_speaker: str) -> list[str]:
    """The names in a gold speaker or holder: one, or each of a joint one ("A; B")."""
    return [part.strip() for part in gold_speaker.split(";") if part.strip()]


def spellings(gold: dict, name: str) -> set[str]:
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
    return any(fold(name) in spellings(gold, part) for part in gold_names(gold_speaker))


def speaker_matches(gold: dict, gold_speaker: str, name: str | None, affiliation: str | None) -> bool:
    """Whether our speaker names the gold speaker: by ``name_matches``, or, for an unnamed
    source of ours (``name`` None) where the gold names someone, by the name of the body or
    person the source speaks for (its ``affiliation``: "Harbour Board officials" for the Harbour Board)."""
    if name_matches(gold, gold_speaker, name):
        return True
    return (name is None and affiliation is not None and UNNAMED not in gold_speaker
            and name_matches(gold, gold_speaker, affiliation))


def holder_matches(gold: dict, gold_actor: str, position: Position, names: dict[str, str]) -> bool:
    """Whether a position's holder is the gold one: a named actor as ``name_matches``
    says, or an unnamed group of ours whose affiliation does, as ``speaker_matches`` counts
    it (``names``: actor id -> name); an unnamed gold group ("cross-party critics (unnamed)") is held by an unnamed
    group of ours whose words hold the noun the gold's description ends in ("critics")."""
    if UNNAMED not in gold_actor:
        if position.unnamed:
            return speaker_matches(gold, gold_actor, None, names.get(position.affiliation or ""))
        return name_matches(gold, gold_actor, position.actor_name)
    described = WORD.findall(fold(gold_actor.replace(UNNAMED, "")))
    return (position.unnamed and bool(described)
            and crude_lemma(described[-1]) in {crude_lemma(w) for w in WORD.findall(fold(position.actor_name))})
