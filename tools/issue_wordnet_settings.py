"""Build ``data/setting_nouns.jsonl``: common nouns that name who, where or when a story
happens, never what its sides dispute, from WordNet 3.0 (run once, output shipped).

    .venv/bin/python tools/issue_wordnet_settings.py [/usr/share/wordnet]

A noun is kept when its most frequent sense lies in WordNet's lexicographer file of persons,
locations or times ("visitors", "district", "border", "weekend"), that sense writes it in lower
case (WordNet's index folds the case of names: "australia" is none), and its senses in any
other file hold under a fifth of its uses tagged in WordNet's semantic concordance
(``cntlist.rev``; an untagged noun counts every sense alike): "post" (a job too) and
"agent" (first of all a cause) are kept out, as are "mandate" and "mission". An issue column
headed by one says whom or where a matter concerns ("island visitors", "district"), not
the matter. One-word lemmas only.

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
    tagged_senses,
    write_rows,
)

OUTPUT = DATA / "setting_nouns.jsonl"
# Who, where and when: the files of senses that frame a matter without being one.
SETTING_FIELDS = ("person", "location", "time")
# At this share of tagged uses or more, a noun's other senses are a reading of their own.
OTHER_SHARE = 0.2


def setting_nouns(folder: Path) -> list[dict[str, str]]:
    fields_of: dict[str, str] = {}
    common: set[tuple[str, str]] = set()  # (synset, lemma) written in lower case in it
    for fields in synset_fields(folder, "noun"):
        fields_of[fields[0]] = NOUN_FIELDS[int(fields[1])]
        words = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
        common.update((fields[0], word.replace("_", " ")) for word in words if word.islower())
    counts = sense_counts(folder, "1")
    rows = []
    for lemma, offsets in index_senses(folder, "noun").items():
        if not (lemma.isalpha() and lemma.islower()):
            continue
        field = fields_of[offsets[0]]
        # the index folds case: "australia" is the name of a place, no common noun
        if field not in SETTING_FIELDS or (offsets[0], lemma) not in common:
            continue
        tagged = tagged_senses(counts, lemma, len(offsets))
        other = sum(count for number, count in tagged.items() if fields_of[offsets[number - 1]] != field)
        if other < OTHER_SHARE * sum(tagged.values()):
            rows.append({"lemma": lemma, "field": field})
    return rows


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    write_rows(setting_nouns(folder), OUTPUT)


if __name__ == "__main__":
    main()
