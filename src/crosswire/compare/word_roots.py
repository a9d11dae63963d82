"""Words of one family in a story: derived words with their root ("closure", "closing" ->
"close"), so an issue's words meet however its articles word them."""

from __future__ import annotations

from collections import defaultdict

# Derivational endings, longest first, cut to find the base words of one family share
# ("clos-ure", "clos-ing", "clos-e", "arriv-al"), and the fewest letters a base keeps
# ("union" is no "un" + "ion").
DERIVATIONAL_SUFFIXES = ("ation", "ating", "ated", "ate", "ment", "ing", "ion", "ure", "al", "ed", "e")
MIN_ROOT_CHARS = 4
VOWELS = frozenset("aeiouy")


def word_roots(vocabulary: set[str]) -> dict[str, str]:
    """Each word of ``vocabulary`` (``crude_lemma`` forms) that shares its base with another
    word of it once a derivational ending is cut -> the shortest of them: "closure",
    "closing" -> "close", "consolidated" -> "consolidation", "resignation" -> "resign",
    "transferred" -> "transfer" (a consonant doubled before the ending). Only words the
    story itself uses meet, so an ending never joins words it does not pair."""
    family: dict[str, set[str]] = defaultdict(set)
    bases = {word: _bases(word) for word in vocabulary}
    for word, found in bases.items():
        for base in found:
            family[base].add(word)
    roots = {}
    for word, found in bases.items():
        kin = set().union(*(family[base] for base in found))
        if len(kin) > 1:
            roots[word] = min(kin, key=lambda w: (len(w), w))
    return roots


def _bases(word: str) -> tuple[str, ...]:
    """``word`` without its longest derivational ending, keeping MIN_ROOT_CHARS letters;
    where the cut leaves a doubled consonant, also without its double, since English
    doubles a final consonant before an ending ("transferr-ed", "plann-ed") but a word may
    end in one of its own ("call-ed"); a base of MIN_ROOT_CHARS letters either way ("mann-ed"
    is no "man")."""
    for suffix in DERIVATIONAL_SUFFIXES:  # longest first
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT_CHARS:
            base = word[: -len(suffix)]
            if base[-1] == base[-2] and base[-1] not in VOWELS and len(base) > MIN_ROOT_CHARS:
                return base, base[:-1]
            return (base,)
    return (word,)
