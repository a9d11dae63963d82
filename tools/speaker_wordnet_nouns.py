"""Build ``data/unspeaking_nouns.jsonl``: common nouns that never name anyone who could
speak, believe or report, from WordNet 3.0 (run once, output shipped).

    .venv/bin/python tools/speaker_wordnet_nouns.py [/usr/share/wordnet]

Reads the WordNet database files (Debian's ``wordnet-base`` puts them in /usr/share/wordnet).
A noun is kept when every one of its senses lies in a lexicographer file of states,
attributes, feelings, shapes, times, natural phenomena, processes or motives
("unemployment", "anxiety", "drought"): such a word heading the subject of a cue verb is a
misparse ("as unemployment claims dropped"), not a speaker. A single sense of a person,
group, act, communication, artifact, cognition or place keeps a word out ("concern",
"inflation", "data", "year"), and so do quantities ("half", "majority": "half said no"
speaks for the half of someone). One-word lowercase lemmas only.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
WordNet 3.0 licence (see src/crosswire/data/README.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data"
OUTPUT = DATA / "unspeaking_nouns.jsonl"
# WordNet noun lexicographer files whose senses cannot speak: 07 attribute, 12 feeling,
# 16 motive, 19 phenomenon, 22 process, 25 shape, 26 state, 28 time.
FIELDS = {7: "attribute", 12: "feeling", 16: "motive", 19: "phenomenon", 22: "process",
          25: "shape", 26: "state", 28: "time"}


def _lexicographer_files(folder: Path) -> dict[str, int]:
    """Noun synset offset -> its lexicographer file number."""
    files = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):  # the licence header
            offset, number = line.split()[:2]
            files[offset] = int(number)
    return files


def unspeaking_nouns(folder: Path) -> list[dict[str, str]]:
    files = _lexicographer_files(folder)
    rows = []
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointer_count = fields[0], int(fields[3])
        senses = [files[offset] for offset in fields[6 + pointer_count:]]
        if lemma.isalpha() and lemma.islower() and all(sense in FIELDS for sense in senses):
            rows.append({"lemma": lemma, "field": FIELDS[senses[0]]})
    return rows


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    rows = unspeaking_nouns(folder)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} nouns to {OUTPUT}")


if __name__ == "__main__":
    main()
