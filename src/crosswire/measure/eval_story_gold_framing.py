"""Story-gold scores of how outlets named things: framing differences against the gold's
framing items, and trivial ones against its not_framing items."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from crosswire.measure.eval_story_gold_align import Span, locate_all, overlaps
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing


class Use(NamedTuple):
    """One place an outlet's term for a referent was found, and which reader found it."""

    term: str
    article: str
    span: Span
    part: str | None
    source: str


def term_uses(briefing: Briefing) -> dict[str, list[Use]]:
    """Every referent of the briefing's framing rows with the places its terms were used,
    a headline's (part "title") among them."""
    uses: dict[str, list[Use]] = defaultdict(list)
    for record in briefing.framing:
        for term_use in record.terms:
            for evidence in term_use.evidence:
                if evidence.article:
                    uses[term_use.referent].append(
                        Use(term_use.term, evidence.article, (evidence.start, evidence.end),
                            evidence.part, term_use.source))
    return uses


def is_difference(found: list[Use]) -> bool:
    """A referent is a framing difference when outlets name it with two or more distinct terms."""
    return len({use.term.lower() for use in found}) >= 2


def framing_differences(briefing: Briefing) -> dict[str, list[Use]]:
    """Referents outlets name with two or more distinct terms."""
    return {referent: found for referent, found in term_uses(briefing).items() if is_difference(found)}


def gold_term_spans(item: dict, briefing: Briefing, sources: dict[str, str]) -> dict[str, list[Span]]:
    """Where a gold framing (or not_framing) item's terms stand in each article's clean text."""
    articles = {a.id: a for a in briefing.articles}
    return {article_id: [span for term in terms
                         for span in locate_all(term, source=sources[article_id],
                                                article=articles[article_id])]
            for article_id, terms in item["terms"].items()
            if article_id in articles and article_id in sources}


def articles_hit(found: list[Use], located: dict[str, list[Span]]) -> set[str]:
    """The articles where uses overlap a gold item's terms. The gold marks terms in the
    text: a headline's words (part "title") hit none, so a difference shown only in
    headlines counts against precision, never for it."""
    return {use.article for use in found if use.part is None
            and any(overlaps(use.span, g) for g in located.get(use.article, []))}


def hits(found: list[Use], located: dict[str, list[Span]]) -> bool:
    """Uses hit a gold item when they overlap its terms in two or more articles."""
    return len(articles_hit(found, located)) >= 2


def score_framing(gold: dict, briefing: Briefing, sources: dict[str, str]) -> dict[str, Tally]:
    """Framing differences against the gold's framing and not_framing items."""
    framing = [(item, gold_term_spans(item, briefing, sources)) for item in gold.get("framing", [])]
    trivial = [(item, gold_term_spans(item, briefing, sources)) for item in gold.get("not_framing", [])]
    emitted = framing_differences(briefing)
    recall, precision, noise = Tally(), Tally(), Tally()
    for item, located in framing:
        recall.add(any(hits(found, located) for found in emitted.values()),
                   f"missed: {item['referent']}: {gold_terms(item)}")
    for referent, found in emitted.items():
        terms = " / ".join(sorted({use.term for use in found}))
        precision.add(any(hits(found, located) for _, located in framing),
                      f"{referent}: {terms} matches no gold framing")
        noise.count(any(hits(found, located) for _, located in trivial),
                    f"{referent}: {terms} is a trivial difference")
    return {"framing recall": recall, "framing precision": precision, "trivial framing": noise}


def gold_terms(item: dict) -> str:
    """A gold item's terms, every article's, for an error line."""
    return " / ".join(t for ts in item["terms"].values() for t in ts)
