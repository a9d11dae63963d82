"""Words of speaking to someone (``data/addressing_words.jsonl``): the verbs whose object is
the one addressed ("told reporters") and the occasions a thing is said on ("in a speech")."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


@cache
def addressing_words() -> dict[str, frozenset[str]]:
    """kind -> the words of ``data/addressing_words.jsonl`` (read once for both kinds):
    "verb"s whose object is the one addressed ("told reporters"), "occasion"s whose "to"
    phrase is ("in a speech to")."""
    kinds: dict[str, set[str]] = {"verb": set(), "occasion": set()}
    for row in read_jsonl("addressing_words.jsonl", required=("word", "kind")):
        if row["kind"] not in kinds:
            raise ValueError("addressing_words.jsonl: a kind is 'verb' or 'occasion'")
        kinds[row["kind"]].add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}
