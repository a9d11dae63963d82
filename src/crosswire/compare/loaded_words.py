"""Loaded words (``data/loaded_modifiers.jsonl``): modifiers and labels that load a
description ("sweeping", "regime", "alleged") and affiliation words ("Republican-led"),
for the framing readers that compare descriptions (``descriptions``) and retold
sentences (``slots``)."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


@cache
def loaded_modifiers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(loaded words, suffixes of loaded hyphenated words such as "-led")."""
    words, suffixes = set(), []
    for row in read_jsonl("loaded_modifiers.jsonl", required=("kind",)):
        if isinstance(row.get("word"), str):
            words.add(row["word"].lower())
        elif isinstance(row.get("suffix"), str) and row["suffix"].startswith("-"):
            suffixes.append(row["suffix"].lower())
        else:
            raise ValueError(f"loaded_modifiers.jsonl: a word or a -suffix: {row}")
    return frozenset(words), tuple(suffixes)


def is_loaded(word: str) -> bool:
    words, suffixes = loaded_modifiers()
    word = word.lower()
    return word in words or ("-" in word and word.endswith(suffixes))
