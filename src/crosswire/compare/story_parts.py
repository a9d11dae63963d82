"""A story's parts grouped as the comparisons read them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from crosswire.models import Statement


def statements_by_article(statements: Iterable[Statement]) -> defaultdict[str, list[Statement]]:
    """Each article's statements, in the order given (an article with none: an empty list)."""
    grouped: defaultdict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        grouped[statement.span.article].append(statement)
    return grouped
