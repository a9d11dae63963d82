"""Organisations by their words: company names and the common nouns that stand for a body.

A name that ends in a corporate designator or an industry word ("Inc.", "plc", "Pharma",
"Airlines") names an organisation, and its core, the name without those words, is how the
story also calls it ("Halvex Pharmaceuticals Inc.", "Halvex Pharma", "Halvex"). Its
industry line ("pharmaceuticals") tells two companies of one house apart ("Halvex Bank",
"Halvex Energy").

Common nouns such as "the agency" or "the carmaker" stand for a body, never for a person
(``data/organisation_nouns.jsonl``).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from crosswire.data import read_jsonl


class FirmWord(NamedTuple):
    # "designator" (Inc, plc, Group), "industry" (Pharma, Bank) or "publication" (Herald,
    # Gazette: a paper's name ends in one, and keeps it as its core)
    kind: str
    line: str | None  # the line of business an industry word names, one for its forms


@cache
def firm_words() -> dict[str, FirmWord]:
    """Designators and industry words as written, without a final dot ("Inc", "plc")."""
    words = {}
    for row in read_jsonl("firm_words.jsonl", required=("word", "kind")):
        if row["kind"] not in ("designator", "industry", "publication"):
            raise ValueError(f"data/firm_words.jsonl: unknown kind {row['kind']!r}")
        words[row["word"]] = FirmWord(row["kind"], row.get("line"))
    return words


def _split(name: str) -> tuple[list[str], list[FirmWord]]:
    """The name's words before its trailing firm words, and those firm words."""
    words = name.replace(",", " ").split()
    cut = len(words)
    while cut > 1 and _strippable(words[cut - 1]):
        cut -= 1
    return words[:cut], [firm_words()[word.rstrip(".")] for word in words[cut:]]


def _strippable(word: str) -> bool:
    found = firm_words().get(word.rstrip("."))
    return found is not None and found.kind != "publication"


def names_a_firm(name: str) -> bool:
    """The name ends in a designator, an industry word or a publication's word ("Halvex
    Pharma", "the Lormont Herald"): an organisation's name, whoever else bears the words."""
    words = name.split()
    return len(words) > 1 and (firm_core(name) is not None or _is_publication_word(words[-1]))


def names_a_publication(name: str) -> bool:
    """A paper's name by its words: more than one, one of them a publication word ("The
    Weekly Meridian", "Korvale Courier"), wherever it stands."""
    words = name.split()
    return len(words) > 1 and any(_is_publication_word(word) for word in words)


def _is_publication_word(word: str) -> bool:
    """A word of a paper's name ("Herald", "Courier")."""
    return getattr(firm_words().get(word.rstrip(".")), "kind", None) == "publication"


def firm_core(name: str) -> str | None:
    """The name without its trailing firm words, or None when it ends in none or is
    nothing else ("Halvex Pharmaceuticals Inc." -> "Halvex"; "Pharma" -> None)."""
    core, tail = _split(name)
    return " ".join(core) if tail else None


def firm_line(name: str) -> str | None:
    """The line of business the name's industry words give ("Halvex Pharma Ltd" ->
    "pharmaceuticals"), or None for a bare or designator-only name ("Halvex Group")."""
    lines = [word.line for word in _split(name)[1] if word.kind == "industry"]
    return " ".join(lines) or None


@cache
def _organisation_nouns() -> dict[str, dict]:
    return {row["noun"]: row for row in read_jsonl("organisation_nouns.jsonl", required=("noun",))}


def is_organisation_noun(word: str) -> bool:
    """A common noun that names a body, not a person ("agency", "ministry", "carmaker")."""
    return word.lower() in _organisation_nouns()


def is_national_body_noun(word: str) -> bool:
    """A body a country has one of per field ("ministry", "federation"): "the Ozmerian
    handball federation" is one organisation."""
    return bool(_organisation_nouns().get(word.lower(), {}).get("national"))


def is_firm_noun(word: str) -> bool:
    """A noun for the business or body a report is about: "the company said" means it as
    "it said" would."""
    return _organisation_nouns().get(word.lower(), {}).get("firm", False)


def may_stand_for(noun: str, name_head: str) -> bool:
    """Can "the <noun>" stand for an organisation whose name ends in ``name_head``? Not
    when that word is a body's noun of another kind: "the company" is no "X Residents
    Association", "the ministry" no "X Water Authority". A wide noun ("the group") stands
    for any body, and one firm noun for another ("the company", "X Group")."""
    noun, head = noun.lower(), name_head.lower()
    rows = _organisation_nouns()
    if noun == head or head not in rows:
        return True
    return is_wide_body_noun(noun) or (is_firm_noun(noun) and is_firm_noun(head))


def is_wide_body_noun(word: str) -> bool:
    """A noun that stands for a body of any kind ("group", "organisation")."""
    return bool(_organisation_nouns().get(word.lower(), {}).get("wide"))


def is_firm_title(word: str) -> bool:
    """A firm noun that says what kind of business the name after it is ("Drugmaker
    Norvik"); words that also open names ("Group of Seven") are not."""
    row = _organisation_nouns().get(word.lower(), {})
    return row.get("firm", False) and not row.get("opens_names", False)
