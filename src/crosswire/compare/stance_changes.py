"""Holders the texts say changed sides: "Varga, who voted against the sale in March,
changed sides on Monday", "a fish ladder had changed his mind", "dropped her opposition".

A change marker (``data/stance_changes.jsonl``; ``*`` stands for one word, "changed [his]
mind") is told of the actor named nearest before it in its sentence, or, where no actor is
named before it there, of the speaker of the statement it stands in ("'I change my vote,'
Varga said"). Some markers say which side the actor took after the change ("dropped his
opposition": for now); the others leave it to the actor's own words. A position keeps the
side taken now; the side taken before and where the texts tell of the change go with it
(``Position.earlier``), so a cell can read "for, earlier against" with both offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from crosswire.compare.slots import sentence_at
from crosswire.data import read_jsonl
from crosswire.knowledge.text import caseless_haystack, may_occur
from crosswire.models import MergedAnalysis, Stance, TextSpan

@cache
def change_markers() -> tuple[tuple[str, re.Pattern[str], Stance | None], ...]:
    """Each change marker as its longest word (no text lacking it can hold the marker), its
    pattern, and the side it says was taken after, if any."""
    name = "stance_changes.jsonl"
    found = []
    for row in read_jsonl(name, required=("marker",)):
        if row.get("now") not in (None, "for", "against"):
            raise ValueError(f"{name}: now is for or against: {row}")
        words = [r"[\w'’-]+" if word == "*" else re.escape(word) for word in row["marker"].split()]
        longest = max((word for word in row["marker"].split() if word != "*"), key=len)
        found.append((longest, re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE),
                      row.get("now")))
    return tuple(found)


def told_changes(merged: MergedAnalysis) -> dict[str, list[tuple[TextSpan, Stance | None]]]:
    """Actor id -> (the sentence, the side it says the actor took after or None) of each
    sentence telling that the actor changed sides."""
    told: dict[str, list[tuple[TextSpan, Stance | None]]] = defaultdict(list)
    named_in: dict[str | None, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in merged.actors:
        for span in actor.seen:
            named_in[span.article].append((span.start, span.end, actor.id))
    for statement in merged.statements:
        if statement.speaker and statement.speaker_words:  # "he said": the pronoun names the speaker
            words = statement.speaker_words
            named_in[words.article].append((words.start, words.end, statement.speaker))
    statements_in = defaultdict(list)
    for statement in merged.statements:
        statements_in[statement.span.article].append(statement)
    for article in merged.articles:
        # most articles hold no marker: a substring test rules each out before its regex scan
        haystack = caseless_haystack(article.text)
        hits = [(match.start(), now) for longest, pattern, now in change_markers()
                if may_occur(longest, haystack) for match in pattern.finditer(article.text)]
        if not hits:
            continue
        for at, now in sorted(hits):
            sentence = sentence_at(article, at)
            if sentence is None:
                continue
            start, end = sentence.start, sentence.end
            before = [named for named in named_in[article.id] if start <= named[0] and named[1] <= at]
            holder = max(before)[2] if before else next(
                (s.speaker for s in statements_in[article.id] if s.span.start <= at < s.span.end), None)
            if holder:
                told[holder].append((TextSpan(article.text[start:end], start, end, article.id), now))
    return told
