"""Words of speaking to someone (``data/addressing_words.jsonl``): the verbs whose object is
the one addressed ("told reporters"), the occasions a thing is said on ("in a speech") and
the prepositions that open an occasion ("in", "at", "during")."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


@cache
def addressing_words() -> dict[str, frozenset[str]]:
    """kind -> the words of ``data/addressing_words.jsonl`` (read once for every kind):
    "verb"s whose object is the one addressed ("told reporters"), "occasion"s whose "to"
    phrase is ("in a speech to"), and each "occasion_preposition" that opens an occasion
    ("at a news conference")."""
    kinds: dict[str, set[str]] = {"verb": set(), "occasion": set(), "occasion_preposition": set()}
    for row in read_jsonl("addressing_words.jsonl", required=("word", "kind")):
        if row["kind"] not in kinds:
            raise ValueError("addressing_words.jsonl: a kind is 'verb', 'occasion' or 'occasion_preposition'")
        kinds[row["kind"]].add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}
