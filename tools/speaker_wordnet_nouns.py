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

from wordnet_files import DEFAULT_FOLDER, index_senses, synset_fields

DATA = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data"
OUTPUT = DATA / "unspeaking_nouns.jsonl"
# WordNet noun lexicographer files whose senses cannot speak: 07 attribute, 12 feeling,
# 16 motive, 19 phenomenon, 22 process, 25 shape, 26 state, 28 time.
FIELDS = {7: "attribute", 12: "feeling", 16: "motive", 19: "phenomenon", 22: "process",
          25: "shape", 26: "state", 28: "time"}


def unspeaking_nouns(folder: Path) -> list[dict[str, str]]:
    files = {fields[0]: int(fields[1]) for fields in synset_fields(folder, "noun")}
    rows = []
    for lemma, offsets in index_senses(folder, "noun").items():
        senses = [files[offset] for offset in offsets]
        if lemma.isalpha() and lemma.islower() and all(sense in FIELDS for sense in senses):
            rows.append({"lemma": lemma, "field": FIELDS[senses[0]]})
    return rows


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    rows = unspeaking_nouns(folder)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} nouns to {OUTPUT}")


if __name__ == "__main__":
    main()
