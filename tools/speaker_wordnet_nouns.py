"""Build ``data/unspeaking_nouns.jsonl``: common nouns that do not name anyone who could
speak, believe or report, from WordNet 3.0 (run once, output shipped).

    .venv/bin/python tools/speaker_wordnet_nouns.py [/usr/share/wordnet]

Reads the WordNet database files (Debian's ``wordnet-base`` puts them in /usr/share/wordnet).
Each noun sense lies in a lexicographer file. A sense can speak when its file is of persons,
groups, communications (a document speaks for its issuer: "the report found"), places
("the country said"), artifacts ("the embassy"), animals, quantities ("half said no" speaks
for half of someone) or the top concepts; or when it is a kind of inquiry, whose findings
speak for those who made it ("the analysis found"). Acts, events, body parts, cognitions,
attributes, states, feelings, times, processes ... cannot.

A noun is kept when its most frequent sense cannot speak, its senses that can hold under
a fifth of its uses tagged in WordNet's semantic concordance (``cntlist.rev``; an untagged
noun counts every sense alike), and it has no person or group sense but one tagged in under
3% of its uses: "the focus", "face" (whose "a roomful of faces" sense is a person) head a
subject that says nothing, while "the head" and "the fund" may speak. A cue whose subject
is headed by one is a misparse ("the focus suggests"), not a statement. One-word lowercase lemmas only.

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

OUTPUT = DATA / "unspeaking_nouns.jsonl"
# Files of senses that cannot say, believe or report anything. Acts and events stay out:
# their records speak ("the lawsuit alleges", "the ruling says") and some name the people
# doing them ("the campaign said", "the opposition").
UNSPEAKING_FIELDS = {"attribute", "body", "cognition", "feeling", "food", "motive", "object",
                     "phenomenon", "plant", "possession", "process", "relation", "shape",
                     "state", "substance", "time"}
# The synsets of inquiry and investigation: every kind of them can report what it found.
INQUIRY_LEMMAS = ("inquiry", "investigation")
# Below this share of tagged uses, a noun's speaking senses are rare readings.
SPEAKING_SHARE = 0.2
# A person or group sense tagged in fewer uses than this is a figure of speech.
PEOPLE_SHARE = 0.03


def _inquiries(senses: dict[str, list[str]], hyponyms: dict[str, list[str]]) -> set[str]:
    found: set[str] = set()
    waiting = [offset for lemma in INQUIRY_LEMMAS for offset in senses[lemma]]
    while waiting:
        offset = waiting.pop()
        if offset not in found:
            found.add(offset)
            waiting.extend(hyponyms.get(offset, ()))
    return found


def _synsets(folder: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each noun synset's lexicographer file, and its direct hyponyms."""
    fields_of: dict[str, str] = {}
    hyponyms: dict[str, list[str]] = {}
    for fields in synset_fields(folder, "noun"):
        offset = fields[0]
        fields_of[offset] = NOUN_FIELDS[int(fields[1])]
        word_count = int(fields[3], 16)
        pointer_at = 4 + 2 * word_count
        for at in range(pointer_at + 1, pointer_at + 1 + 4 * int(fields[pointer_at]), 4):
            if fields[at] in ("@", "@i") and fields[at + 2] == "n":
                hyponyms.setdefault(fields[at + 1], []).append(offset)
    return fields_of, hyponyms


def _names_people(lemma: str, offsets: list[str], fields_of: dict[str, str],
                  counts: dict[str, dict[int, int]]) -> bool:
    """A person or group sense lets a noun speak ("the head of the agency", "the fund"),
    unless the concordance saw it and it is rarer than PEOPLE_SHARE of the noun's uses
    ("a roomful of faces")."""
    tagged = counts.get(lemma, {})
    total = sum(count for number, count in tagged.items() if number <= len(offsets))
    for number, offset in enumerate(offsets, start=1):
        if fields_of[offset] in ("person", "group") and (
                number not in tagged or tagged[number] >= PEOPLE_SHARE * total):
            return True
    return False


def unspeaking_nouns(folder: Path) -> list[dict[str, str]]:
    fields_of, hyponyms = _synsets(folder)
    senses = index_senses(folder, "noun")  # parsed once: the inquiries and the loop read it
    inquiries = _inquiries(senses, hyponyms)
    counts = sense_counts(folder, "1")
    rows = []
    for lemma, offsets in senses.items():
        if not (lemma.isalpha() and lemma.islower()):
            continue
        speaks = [fields_of[offset] not in UNSPEAKING_FIELDS or offset in inquiries
                  for offset in offsets]
        tagged = tagged_senses(counts, lemma, len(offsets))
        speaking_uses = sum(count for number, count in tagged.items() if speaks[number - 1])
        if not speaks[0] and speaking_uses < SPEAKING_SHARE * sum(tagged.values()) and not (
                _names_people(lemma, offsets, fields_of, counts)):
            rows.append({"lemma": lemma, "field": fields_of[offsets[0]]})
    return rows


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    write_rows(unspeaking_nouns(folder), OUTPUT)


if __name__ == "__main__":
    main()
