"""Build ``data/plover_intangibles.jsonl``: nouns that name nothing material, from
WordNet 3.0 (run once, output shipped).

    .venv/bin/python tools/plover_wordnet_intangibles.py [/usr/share/wordnet]

Reads the WordNet database files (Debian's ``wordnet-base`` puts them in /usr/share/wordnet).
A noun is kept when its most frequent sense is an attribute, cognition, communication,
feeling, motive, relation, shape, state or time, and its senses of any other file (goods,
money, food, substances, artifacts, acts such as "aid" and "assistance", groups such as
"troops") hold under a fifth of its uses tagged in WordNet's semantic concordance
(``cntlist.rev``; an untagged noun counts every sense alike), and none of its senses is a
person or group or is defined as possibly a person ("a counterpart", "the press"). Giving one is no aid and
meeting one no meeting: "gave a hint", "provided an opportunity", "delivered a speech", "met
the deadline". One-word lowercase lemmas only.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
WordNet 3.0 licence (see src/crosswire/data/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_files import (
    DATA,
    DEFAULT_FOLDER,
    NOUN_FIELDS,
    index_senses,
    sense_counts,
    synset_fields,
    synset_glosses,
    tagged_senses,
    write_rows,
)

OUTPUT = DATA / "plover_intangibles.jsonl"
# Files of senses that name nothing material: no goods, money, people or help.
INTANGIBLE_FIELDS = {"attribute", "cognition", "communication", "feeling", "motive", "relation",
                     "shape", "state", "time"}
# Below this share of tagged uses, a noun's material senses are rare readings.
MATERIAL_SHARE = 0.2
# A sense defined as possibly a person ("counterpart": "a person or thing having the same
# function") names someone to meet or help, whatever its lexicographer file.
PERSON_GLOSSES = ("a person ", "someone ", "somebody ")


def intangible_nouns(folder: Path) -> list[dict[str, str]]:
    fields_of = {fields[0]: NOUN_FIELDS[int(fields[1])] for fields in synset_fields(folder, "noun")}
    glosses = synset_glosses(folder, "noun")
    counts = sense_counts(folder, "1")
    rows = []
    for lemma, offsets in index_senses(folder, "noun").items():
        if not (lemma.isalpha() and lemma.islower()) or fields_of[offsets[0]] not in INTANGIBLE_FIELDS:
            continue
        # a noun that can name people ("the press", "a counterpart") is someone to meet
        if any(fields_of[offset] in ("person", "group") or glosses[offset].startswith(PERSON_GLOSSES)
               for offset in offsets):
            continue
        tagged = tagged_senses(counts, lemma, len(offsets))
        material = sum(count for number, count in tagged.items()
                       if fields_of[offsets[number - 1]] not in INTANGIBLE_FIELDS)
        if material < MATERIAL_SHARE * sum(tagged.values()):
            rows.append({"lemma": lemma, "field": fields_of[offsets[0]]})
    return rows


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    write_rows(intangible_nouns(folder), OUTPUT)


if __name__ == "__main__":
    main()
