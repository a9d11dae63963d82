"""Read the WordNet 3.0 database files the ``tools/*_wordnet_*.py`` builders share.

Debian's ``wordnet-base`` puts them in /usr/share/wordnet. Each file opens with the licence,
every line of which starts with two spaces; the format of the rest is WordNet's
``wndb(5)``. Multi-word lemmas come back with spaces, not WordNet's underscores.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

DEFAULT_FOLDER = Path("/usr/share/wordnet")
# Where the builders write: the package's data folder.
DATA = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data"
# WordNet's noun lexicographer files (lexnames 03-28).
NOUN_FIELDS = {3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body",
               9: "cognition", 10: "communication", 11: "event", 12: "feeling", 13: "food",
               14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
               19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity",
               24: "relation", 25: "shape", 26: "state", 27: "substance", 28: "time"}


def _records(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):  # the licence header
            yield line


def index_senses(folder: Path, pos: str) -> dict[str, list[str]]:
    """``index.<pos>``: each lemma's synset offsets, most frequent sense first."""
    senses = {}
    for line in _records(folder / f"index.{pos}"):
        fields = line.split()
        pointer_count = int(fields[3])
        senses[fields[0].replace("_", " ")] = fields[4 + pointer_count + 2:]
    return senses


def synset_fields(folder: Path, pos: str) -> Iterator[list[str]]:
    """``data.<pos>``: each synset's fields (offset, lexicographer file, type, words,
    pointers, ...), the gloss left off."""
    for line in _records(folder / f"data.{pos}"):
        yield line.partition(" | ")[0].split()


def synset_glosses(folder: Path, pos: str) -> dict[str, str]:
    """``data.<pos>``: each synset's gloss (its definition and examples), by offset."""
    glosses = {}
    for line in _records(folder / f"data.{pos}"):
        head, _, gloss = line.partition(" | ")
        glosses[head.split(" ", 1)[0]] = gloss.strip()
    return glosses


def irregular_forms(folder: Path, pos: str) -> set[str]:
    """``<pos>.exc``: the irregular inflected forms ("found", "fell")."""
    return {line.split()[0].replace("_", " ") for line in _records(folder / f"{pos}.exc")}


def sense_counts(folder: Path, pos_number: str) -> dict[str, dict[int, int]]:
    """``cntlist.rev``: how often each lemma's senses were tagged in the semantic
    concordances, as {lemma: {sense number: count}}; ``pos_number`` is WordNet's ss_type
    digit ("1" noun, "2" verb). Senses never tagged are absent."""
    counts: dict[str, dict[int, int]] = {}
    for line in _records(folder / "cntlist.rev"):
        key, sense_number, count = line.split()
        lemma, _, rest = key.partition("%")
        if rest.split(":")[0] == pos_number:
            counts.setdefault(lemma.replace("_", " "), {})[int(sense_number)] = int(count)
    return counts


def tagged_senses(counts: dict[str, dict[int, int]], lemma: str, senses: int) -> dict[int, int]:
    """A lemma's tagged counts by sense number (``sense_counts``), every one of its ``senses``
    counted once where none was tagged."""
    # cntlist.rev folds case, so a lemma may carry counts of a capitalised one's senses
    tagged = {number: count for number, count in counts.get(lemma, {}).items() if number <= senses}
    return tagged or {number: 1 for number in range(1, senses + 1)}


def write_rows(rows: list[dict], output: Path) -> None:
    """Write a builder's rows as JSON Lines, the shape of the package's data files."""
    output.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {output}")
