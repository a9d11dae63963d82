"""Light text comparison without a parse: content words, numbers, shingles, overlap."""

from __future__ import annotations

import re
from functools import cache

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*\d|\d", re.UNICODE)
NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?(?![\w])")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000,
}


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "added", "’s", "'s"}


def normalise(word: str) -> str:
    """A crude lemma: lower case, plural and possessive endings dropped."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    stops = stop_words()
    return [normalise(w) for w in WORD.findall(text) if w.lower() not in stops and len(w) > 1]


def numbers(text: str) -> set[str]:
    """Numbers stated in digits or words, normalised ("5,000" and "5000" agree)."""
    found = {m.group().replace(",", "") for m in NUMBER.finditer(text)}
    for word in WORD.findall(text.lower()):
        if word in NUMBER_WORDS and word not in ("hundred", "thousand", "million", "billion"):
            found.add(str(NUMBER_WORDS[word]))
    return found


def shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def overlap(a: set, b: set) -> float:
    """Overlap coefficient: shared items over the smaller set."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


class UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list]:
        found: dict = {}
        for item in self.parent:
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())
