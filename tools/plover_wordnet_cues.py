"""Build ``data/plover_cues_wordnet.jsonl``: verb cues for words the hand lexicon lacks, from
WordNet 3.0 (run once, output shipped).

    .venv/bin/python tools/plover_wordnet_cues.py [/usr/share/wordnet]

Reads the WordNet database files (Debian's ``wordnet-base`` puts them in /usr/share/wordnet).
For each plain verb cue of ``plover_cues.jsonl`` (one word, no required or excluded words, no
role), the verbs of its first senses and of their direct hyponyms take the cue's type and
mode ("mow down" and "slaughter" are kinds of "massacre": ASSAULT). A word is kept only when
that sense is its own most frequent one and it has few others, the sense lies in the
semantic field of the cue's type (an attack is a contact or competition verb, a meeting a
communication or social one), and every cue that proposes it agrees on the type. Seeds
whose WordNet senses are not the lexicon's reading are left out (``talk`` there is any
speech, ``treat`` any handling). The rows are weak (``WEIGHT``): they code a sentence
only where the hand lexicon finds no better cue.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
WordNet 3.0 licence (see src/crosswire/data/README.md).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from wordnet_files import DATA, DEFAULT_FOLDER, index_senses, irregular_forms, synset_fields, write_rows

OUTPUT = DATA / "plover_cues_wordnet.jsonl"
WEIGHT = 0.3
SEED_SENSES = 3  # the seed cue's senses followed, most frequent first
SEED_MAX_SENSES = 8  # seeds with more senses than this are too vague to follow
WORD_MAX_SENSES = 3  # a derived word with more senses has other readings too often
# WordNet verb lexicographer files: 30 change, 32 communication, 33 competition, 35 contact,
# 38 motion, 40 possession, 41 social. The fields each PLOVER type's acts fall in.
FIELDS = {
    "ASSAULT": {30, 33, 35}, "COERCE": {35, 40, 41}, "AID": {40, 41}, "CONSULT": {32, 41},
    "PROTEST": {32, 41}, "ACCUSE": {32, 41}, "REJECT": {32, 41}, "REQUEST": {32, 41},
    "THREATEN": {32, 41}, "SUPPORT": {32, 41}, "AGREE": {32, 41}, "CONCEDE": {32, 40, 41},
    "SANCTION": {30, 40, 41}, "MOBILIZE": {33, 38, 41}, "RETREAT": {33, 38, 40, 41},
    "COOPERATE": {40, 41},
}
# Seeds whose WordNet senses reach far beyond the lexicon's reading of them.
VAGUE_SEEDS = frozenset({
    "talk", "provide", "supply", "treat", "crush", "equip", "seek", "instruct", "search",
    "dispatch", "depart", "request", "recruit", "exchange", "seize", "terminate", "pressure",
    "demonstrate", "pluck", "chant", "encourage", "challenge", "apologise", "apologize",
    "undertake", "repeal", "rescind",
    # teasing in play ("josh", "banter", "twit"), an uprooting pig ("rootle"), a muffled sound
    "mock", "taunt", "ridicule", "rout", "repress",
    # trade verbs: their hyponyms include "bribe", "prostitute", "scalp" and "smuggle"
    "buy", "purchase", "sell", "export",
})


def verb_synsets(folder: Path) -> dict[str, tuple[int, list[str], list[tuple[str, str]]]]:
    """Verb synsets by offset: lexicographer file, words, (pointer, target) pairs."""
    synsets = {}
    for fields in synset_fields(folder, "verb"):
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower().replace("_", " ") for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * j], fields[at + 2 + 4 * j])
                    for j in range(int(fields[at])) if fields[at + 3 + 4 * j] == "v"]
        synsets[fields[0]] = (int(fields[1]), words, pointers)
    return synsets


def _loose_phrase(word: str, senses: dict[str, list[str]], nouns: dict[str, int]) -> bool:
    """A phrase whose head is a verb of many senses or mostly a noun ("set on", "home in"):
    its other words are matched near the head, so it fires on "set a deadline on"."""
    head, _, rest = word.partition(" ")
    if not rest:
        return False
    verb_senses = len(senses.get(head, ()))
    return verb_senses > SEED_MAX_SENSES or nouns.get(head, 0) > verb_senses


def build(folder: Path) -> list[dict]:
    synsets, senses = verb_synsets(folder), index_senses(folder, "verb")
    nouns = {lemma: len(offsets) for lemma, offsets in index_senses(folder, "noun").items()}
    # irregular forms of other verbs ("found" is also "find", "fell" "fall")
    irregular = irregular_forms(folder, "verb")
    lexicon = [json.loads(line) for line in (DATA / "plover_cues.jsonl").read_text().splitlines()]
    known = {row["cue"] for row in lexicon}
    # verbs the hand lexicon codes only with certain words among their arguments ("talk" is
    # a meeting only with a partner): a phrase they head ("talk about") needs them as well
    conditioned = {row["cue"] for row in lexicon if row["pos"] == "VERB" and row.get("requires")
                   and " " not in row["cue"]}
    proposed: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    seeds: dict[str, set[str]] = defaultdict(set)
    for row in lexicon:
        cue, event = row["cue"], row.get("event")
        if row["pos"] != "VERB" or not event or row.get("role") or row.get("requires") \
                or row.get("excludes") or row.get("extension") or " " in cue \
                or row.get("weight", 1.0) < 0.9 or cue in VAGUE_SEEDS:
            continue
        if len(senses.get(cue, ())) > SEED_MAX_SENSES:
            continue
        for offset in senses.get(cue, [])[:SEED_SENSES]:
            field, words, pointers = synsets[offset]
            if field not in FIELDS[event]:
                continue
            family = {offset} | {target for pointer, target in pointers
                                 if pointer == "~" and synsets[target][0] in FIELDS[event]}
            for member in family:
                for word in synsets[member][1]:
                    own = senses.get(word, [])
                    # a word mostly used as a noun ("page", "pension") is read as one
                    if word in known or word in irregular or not own or own[0] not in family \
                            or len(own) > WORD_MAX_SENSES or nouns.get(word, 0) > 2 * len(own) \
                            or _loose_phrase(word, senses, nouns) or word.partition(" ")[0] in conditioned:
                        continue
                    proposed[word].add((event, row.get("mode")))
                    seeds[word].add(cue)
    rows = []
    for word in sorted(proposed):
        events = {event for event, _ in proposed[word]}
        if len(events) != 1:
            continue  # cues of different types propose it: no reading to trust
        modes = {mode for _, mode in proposed[word]}
        rows.append({"cue": word, "pos": "VERB", "event": events.pop(),
                     "mode": modes.pop() if len(modes) == 1 else None, "weight": WEIGHT,
                     "note": "WordNet 3.0, a sense of: " + ", ".join(sorted(seeds[word]))})
    return rows


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER
    rows = build(folder)
    write_rows(rows, OUTPUT)
