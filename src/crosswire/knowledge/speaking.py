"""Words of speaking to someone (``data/addressing_words.jsonl``): the verbs whose object is
the one addressed ("told reporters"), the occasions a thing is said on ("in a speech") and
the prepositions that open an occasion ("in", "at", "during"); the nouns that count the
speakers who spoke together (``data/group_size_nouns.jsonl``: "the pair said"); and the
prepositions that tie an unnamed source to whom it speaks for
(``data/affiliation_prepositions.jsonl``: "a spokeswoman for the board")."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl
from crosswire.knowledge.text import NUMBER_WORDS


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


@cache
def _group_sizes() -> dict[str, int]:
    sizes = {}
    for row in read_jsonl("group_size_nouns.jsonl", required=("noun", "size")):
        if not isinstance(row["size"], int) or row["size"] < 2:
            raise ValueError("group_size_nouns.jsonl: a size is a whole number of two or more")
        sizes[row["noun"].lower()] = row["size"]
    return sizes


def group_size(noun: str) -> int | None:
    """How many people a noun of a set of them counts (``data/group_size_nouns.jsonl``:
    "pair" 2, "trio" 3) or a number word of two or more does ("the four", from
    ``NUMBER_WORDS``); None for any other word. "The pair said" after two speakers is
    those two."""
    noun = noun.lower()
    size = _group_sizes().get(noun) or NUMBER_WORDS.get(noun)
    return size if size is not None and size >= 2 else None


@cache
def affiliation_prepositions() -> frozenset[str]:
    """The prepositions after an unnamed source's noun that name whom it speaks for
    (``data/affiliation_prepositions.jsonl``: "for", "at", "to")."""
    return frozenset(row["preposition"].lower()
                     for row in read_jsonl("affiliation_prepositions.jsonl", required=("preposition",)))
