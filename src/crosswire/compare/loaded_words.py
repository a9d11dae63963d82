"""Loaded words (``data/loaded_modifiers.jsonl``): modifiers and labels that load a
description ("sweeping", "regime", "alleged") and affiliation words ("Republican-led"),
for the framing readers that compare descriptions (``descriptions``) and retold
sentences (``slots``)."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


@cache
def loaded_modifiers() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(loaded words, suffixes of loaded hyphenated words such as "-led", prefixes that
    intensify the word they are hyphenated to such as "super-")."""
    words, suffixes, prefixes = set(), [], []
    for row in read_jsonl("loaded_modifiers.jsonl", required=("kind",)):
        if isinstance(row.get("word"), str):
            words.add(row["word"].lower())
        elif isinstance(row.get("suffix"), str) and row["suffix"].startswith("-"):
            suffixes.append(row["suffix"].lower())
        elif isinstance(row.get("prefix"), str) and row["prefix"].endswith("-"):
            prefixes.append(row["prefix"].lower())
        else:
            raise ValueError(f"loaded_modifiers.jsonl: a word, a -suffix or a prefix-: {row}")
    return frozenset(words), tuple(suffixes), tuple(prefixes)


def is_loaded(word: str) -> bool:
    words, suffixes, prefixes = loaded_modifiers()
    lower = word.lower()
    return lower in words or ("-" in lower and (lower.endswith(suffixes) or _intensified(word, prefixes)))


def _intensified(word: str, prefixes: tuple[str, ...]) -> bool:
    """A lowercase word hyphenated to an intensifying prefix ("super-exclusive",
    "Ultra-wealthy" opening a sentence); a capitalised word after it is a name's
    ("Super-PAC")."""
    lower = word.lower()
    prefix = next((p for p in prefixes if lower.startswith(p)), None)
    return prefix is not None and word[len(prefix):len(prefix) + 1].islower()
