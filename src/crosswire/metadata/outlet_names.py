"""One name per outlet across a run: a paper the registry does not know is named as its
pages happen to credit it, "The Harbor Herald" on one and "Harbor Herald" on the next, and
two spellings would split one outlet's articles into two outlets' framing and voices."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from crosswire.knowledge.outlets import outlet_name_key
from crosswire.models import Article


def one_name_per_outlet(articles: list[Article]) -> list[Article]:
    """The articles with every outlet named by the run's most used spelling of its name
    (on a tie the longer, which keeps the masthead's "The")."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        if article.outlet:
            spellings[outlet_name_key(article.outlet)][article.outlet] += 1
    chosen = {key: max(counts, key=lambda name: (counts[name], len(name), name))
              for key, counts in spellings.items()}
    named = []
    for article in articles:
        name = chosen[outlet_name_key(article.outlet)] if article.outlet else article.outlet
        named.append(article if name == article.outlet else replace(article, outlet=name))
    return named
