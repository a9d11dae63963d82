"""Story-gold scores of how outlets named things: framing differences against the gold's
framing items, and trivial ones against its not_framing items."""

from __future__ import annotations

from collections import defaultdict

from crosswire.measure.eval_story_gold_align import Span, locate_all, overlaps
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing


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
