"""Words one outlet holds in scare quotes that another outlet writes plainly ("attack
drones", "peace" talks): a name the first keeps at arm's length and the second adopts,
for the framing (``framing.py``)."""

from __future__ import annotations

import re
from collections import defaultdict

from crosswire.compare.distance_marks import names_things
from crosswire.knowledge.text import CaselessIndex
from crosswire.models import Article, TextSpan
from crosswire.nlp.noun_phrases import long_quotations


def scare_quoted_elsewhere(articles: list[Article], outlet_of: dict[str, str],
                           short_quotes: dict[str, list[TextSpan]], *,
                           covered: dict[str, list[tuple[int, int]]], read: dict[TextSpan, bool]
                           ) -> dict[str, dict[tuple[str, str], list[TextSpan]]]:
    """outlet -> (referent, term) -> evidence, for a name one outlet holds in quotation
    marks ("attack drones", "peace" talks) and another outlet writes plainly.
    A short quotation inside someone's longer quotation is theirs; inside a reported
    statement a single quoted word is more often the speaker's word than the outlet's
    distance, so there it takes two; quoted words that do not name a thing ("crush the
    outbreak") are a speaker's fragment, not a name held at arm's length; and the other
    outlet writes the words plainly only outside quotations: inside its longer quotation
    of someone they are that speaker's words, which the first outlet quotes too. ``read``
    as for ``names_things``."""
    texts = {a.id: a.text for a in articles}
    index = CaselessIndex([a.text for a in articles])
    quotations = {a.id: long_quotations(a.text) for a in articles}
    candidates = []
    for article_id, quotes in short_quotes.items():
        longer = quotations[article_id]
        for quote in quotes:
            # a period or comma kept inside the marks closes the sentence, not the name
            inner = quote.text.strip("\"“”‘’'").rstrip(".,")
            if not re.search(r"[^\W\d_]{3}", inner) \
                    or any(q0 < quote.start and quote.end < q1 for q0, q1 in longer):
                continue
            if len(inner.split()) < 2 and any(s <= quote.start and quote.end <= e
                                              for s, e in covered.get(article_id, [])):
                continue
            # most articles lack the words: a substring search rules them out before the regex
            holders = index.candidates([inner])
            others = [a for n, a in enumerate(articles)
                      if (holders is None or n in holders) and outlet_of[a.id] != outlet_of[article_id]]
            if not others:
                continue  # no regex to build: no other outlet's article holds the words
            plain = re.compile(r"(?<![\w\"“‘'])" + re.escape(inner) + r"(?![\w\"”’'])", re.IGNORECASE)
            found = [(a, m) for a in others for m in plain.finditer(a.text)
                     if not any(q0 < m.start() and m.end() < q1 for q0, q1 in quotations[a.id])]
            if found:
                candidates.append((article_id, quote, inner, found))
    uses: dict[str, dict[tuple[str, str], list[TextSpan]]] = defaultdict(lambda: defaultdict(list))
    verdicts = names_things([(texts[article_id], quote) for article_id, quote, _, _ in candidates], read=read)
    for (article_id, quote, inner, found), names in zip(candidates, verdicts):
        if not names:
            continue
        uses[outlet_of[article_id]][(inner, quote.text)].append(quote)
        for article, m in found:
            uses[outlet_of[article.id]][(inner, m.group())].append(
                TextSpan(m.group(), m.start(), m.end(), article.id))
    return uses
