"""Company names: a name that ends in a corporate designator or an industry word
("Inc.", "plc", "Pharma", "Airlines") names an organisation, and its core, the name
without those words, is how the story also calls it ("Halvex Pharmaceuticals Inc.",
"Halvex Pharma", "Halvex")."""

from __future__ import annotations

from functools import cache

from crosswire.data import read_jsonl


@cache
def firm_words() -> frozenset[str]:
    """Designators and industry words as written, without a final dot ("Inc", "plc")."""
    return frozenset(row["word"] for row in read_jsonl("firm_words.jsonl", required=("word",)))


def firm_core(name: str) -> str | None:
    """The name without its trailing firm words, or None when it ends in none or is
    nothing else ("Halvex Pharmaceuticals Inc." -> "Halvex"; "Pharma" -> None)."""
    words = name.replace(",", " ").split()
    cut = len(words)
    while cut > 1 and words[cut - 1].rstrip(".") in firm_words():
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else None
