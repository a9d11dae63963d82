"""Loaded words (``data/loaded_modifiers.jsonl``): modifiers and labels that load a
description ("sweeping", "regime", "alleged") and affiliation words ("Republican-led"),
for the framing readers that compare descriptions (``descriptions``) and retold
sentences (``slots``)."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


# A prefix that intensifies the word hyphenated to it, and the words it forms a plain
# term with ("super-majority", "ultra-violet"), which load nothing.
Intensifier = tuple[str, frozenset[str]]


@cache
def loaded_modifiers() -> tuple[frozenset[str], tuple[str, ...], tuple[Intensifier, ...]]:
    """(loaded words, suffixes of loaded hyphenated words such as "-led", prefixes that
    intensify the word they are hyphenated to such as "super-", each with its ``except``
    words)."""
    words, suffixes, prefixes = set(), [], []
    for row in read_jsonl("loaded_modifiers.jsonl", required=("kind",)):
        if isinstance(row.get("word"), str):
            words.add(row["word"].lower())
        elif isinstance(row.get("suffix"), str) and row["suffix"].startswith("-"):
            suffixes.append(row["suffix"].lower())
        elif isinstance(row.get("prefix"), str) and row["prefix"].endswith("-"):
            prefixes.append((row["prefix"].lower(), frozenset(w.lower() for w in row.get("except", ()))))
        else:
            raise ValueError(f"loaded_modifiers.jsonl: a word, a -suffix or a prefix-: {row}")
    return frozenset(words), tuple(suffixes), tuple(prefixes)


def is_loaded(word: str) -> bool:
    words, suffixes, prefixes = loaded_modifiers()
    lower = word.lower()
    return lower in words or ("-" in lower and (lower.endswith(suffixes) or _intensified(word, prefixes)))


def _intensified(word: str, prefixes: tuple[Intensifier, ...]) -> bool:
    """A lowercase word hyphenated to an intensifying prefix ("super-exclusive",
    "Ultra-wealthy" opening a sentence); a capitalised word after it is a name's
    ("Super-PAC"), and a word the prefix lists forms a plain term ("super-majority")."""
    lower = word.lower()
    prefix, plain = next(((p, e) for p, e in prefixes if lower.startswith(p)), ("", frozenset()))
    return bool(prefix) and word[len(prefix):len(prefix) + 1].islower() and lower[len(prefix):] not in plain
