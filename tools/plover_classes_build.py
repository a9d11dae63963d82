"""Build ``data/plover_classes.jsonl``: PLOVER verb and noun classes widened through WordNet
(run once, output shipped; the pipeline never imports this module).

    apt-get install wordnet-base        # Debian's WordNet 3.0 database, read at build time only
    .venv/bin/python tools/plover_classes_build.py [--wordnet /usr/share/wordnet]

The seeds of each PLOVER type are the plain single-word cues of ``data/plover_cues.jsonl``
(written from the manual's definitions) and the head verbs of the CAMEO categories that
``CAMEO2PLOVER-2021.txt`` maps to the type. A seed's dominant senses (its first two in
WordNet's frequency order) lend the type to their synonyms and their direct troponyms or
hyponyms (more specific ways of doing the act: "ambush" under "attack"), and a verb sense
to its nominalisations that name an act ("convene" -> "convocation"). A word joins a class only
when the sense it came through is one of its own dominant senses, so a rare sense does not
drag a common word in ("free" is not "rid"); a word claimed by two types, a word the cue
lexicon already codes or uses as a reporting or light verb, and the quote module's
reporting verbs stay out. No gold sentence is read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "crosswire" / "data"
OUTPUT = DATA / "plover_classes.jsonl"
CAMEO_TABLE = ROOT.parent / "shared" / "datasets" / "plover" / "CAMEO2PLOVER-2021.txt"
DOMINANT_SENSES = 2
# A word with more senses than this is too general to stand for one PLOVER type ("take").
MAX_SENSES = {"v": 8, "n": 6}
# Lexicographer files of nouns that name an act or event ("noun.act", "noun.event").
ACT_NOUN_FILES = frozenset({4, 11})
# CAMEO labels open with a verb that only frames the category ("Express intent to ...",
# "Engage in ..."): these are not members of the category.
FRAMING_VERBS = frozenset({
    "express", "engage", "make", "conduct", "carry", "use", "employ", "provide", "impose",
    "increase", "reduce", "demonstrate", "receive", "allow", "ease", "meet", "fight",
    "find", "bring", "give", "halt", "rally", "share", "return", "host", "decline", "attempt",
})
# Lexicographer file of verbs of being and having ("need", "cost"): states, not acts.
STATIVE_VERB_FILE = 42
MIN_TAGGED = 1
WEIGHT = 0.8  # below the hand-written cues (1.0), which win any tie


@dataclass
class Synset:
    offset: str
    pos: str
    lexfile: int
    words: list[str]
    lex_ids: list[int]
    pointers: list[tuple[str, str, str]] = field(default_factory=list)  # (symbol, offset, pos)


class WordNet:
    """The parts of a WordNet 3.0 database (``index.*``, ``data.*``) this build reads."""

    def __init__(self, folder: Path) -> None:
        self.senses: dict[tuple[str, str], list[str]] = {}
        self.synsets: dict[tuple[str, str], Synset] = {}
        for pos, name in (("v", "verb"), ("n", "noun")):
            for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
                if line.startswith(" "):
                    continue
                parts = line.split()
                pointer_count = int(parts[3])
                offsets = parts[4 + pointer_count + 2:]
                self.senses[(parts[0], pos)] = offsets
            for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
                if line.startswith(" "):
                    continue
                synset = _parse_synset(line.split("|")[0].split(), pos)
                self.synsets[(synset.offset, pos)] = synset
        # how often each word sense was tagged in the SemCor corpus: an attested sense
        self.tagged: dict[str, int] = {}
        for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
            key, _, count = line.split()
            self.tagged[key] = int(count)

    def dominant(self, word: str, pos: str) -> list[Synset]:
        return [self.synsets[(o, pos)] for o in self.senses.get((word, pos), [])[:DOMINANT_SENSES]]

    def is_dominant(self, word: str, synset: Synset) -> bool:
        """The synset is among the word's first senses, and that sense is attested in SemCor."""
        offsets = self.senses.get((word, synset.pos), [])
        if synset.offset not in offsets[:DOMINANT_SENSES] or len(offsets) > MAX_SENSES[synset.pos]:
            return False
        lex_id = synset.lex_ids[synset.words.index(word)]
        kind = 1 if synset.pos == "n" else 2
        return self.tagged.get(f"{word}%{kind}:{synset.lexfile:02d}:{lex_id:02d}::", 0) >= MIN_TAGGED

    def related(self, synset: Synset, symbols: frozenset[str]) -> list[Synset]:
        return [self.synsets[(o, p)] for s, o, p in synset.pointers if s in symbols and (o, p) in self.synsets]


def _parse_synset(fields: list[str], pos: str) -> Synset:
    offset, lexfile, _, count = fields[0], int(fields[1]), fields[2], int(fields[3], 16)
    words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
    lex_ids = [int(fields[5 + 2 * i], 16) for i in range(count)]
    at = 4 + 2 * count
    pointer_count = int(fields[at])
    pointers = []
    for i in range(pointer_count):
        symbol, target, target_pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
        pointers.append((symbol, target, target_pos))
    return Synset(offset, pos, lexfile, words, lex_ids, pointers)


def _lexicon() -> tuple[dict[tuple[str, str], set[str]], set[str]]:
    """Seeds per (word, pos) from the cue lexicon, and every head word it already codes."""
    seeds: dict[tuple[str, str], set[str]] = defaultdict(set)
    known: set[str] = set()
    for line in (DATA / "plover_cues.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        words = row["cue"].lower().split()
        known.update((words[0], " ".join(words)))
        plain = (len(words) == 1 and not row.get("role") and not row.get("requires")
                 and not row.get("extension") and row.get("event") and row.get("weight", 1.0) >= 1.0)
        if plain:
            seeds[(words[0], "v" if row["pos"] == "VERB" else "n")].add(row["event"])
    for name in ("cue_verbs.jsonl", "light_verbs.jsonl"):
        known.update(json.loads(line)["lemma"] for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return seeds, known


def _cameo_seeds(path: Path) -> dict[tuple[str, str], set[str]]:
    """The head verb of each CAMEO category label, for the PLOVER type it maps to."""
    seeds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s*\d+:\s*([A-Z]+)\s*,[^#]*#\s*(.+)", line)
        if not match:
            continue
        event, label = match.groups()
        words = re.findall(r"[a-z]+", label.lower())
        heads = [words[0]] + [w for a, w in zip(words, words[1:]) if a == "or"]
        for head in heads:
            if head not in FRAMING_VERBS:
                seeds[(head, "v")].add(event)
    return seeds


def _new_word(word: str, known: set[str], wordnet: WordNet) -> bool:
    """Not coded by the lexicon yet; a phrase only on a head verb of few senses ("wipe out",
    not "look at")."""
    words = word.split("_")
    if word in known or " ".join(words) in known:
        return False
    return len(words) == 1 or len(wordnet.senses.get((words[0], "v"), ())) <= MAX_SENSES["v"]


def build(wordnet: WordNet, cameo: Path) -> list[dict]:
    seeds, known = _lexicon()
    for key, events in _cameo_seeds(cameo).items():
        seeds[key] |= events
    # A seed's word is ambiguous ("blast", "beat"): a sense speaks for a type only when
    # two of the type's seeds share it, or a seed's sense sits under another seed's sense.
    seed_senses: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (seed, pos), events in seeds.items():
        for sense in wordnet.dominant(seed, pos):
            for event in events:
                seed_senses[(sense.offset, pos)][event].add(seed)
    claims: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)  # (word, pos) -> event -> seed
    for (seed, pos), events in sorted(seeds.items()):
        if len(events) == 1 and seed not in known and wordnet.senses.get((seed, pos)):
            claims[(seed, pos)].setdefault(next(iter(events)), seed)
    for (offset, pos), by_event in sorted(seed_senses.items()):
        sense = wordnet.synsets[(offset, pos)]
        if sense.lexfile == STATIVE_VERB_FILE:
            continue
        for event, members_seeds in sorted(by_event.items()):
            above = {s for h in wordnet.related(sense, frozenset({"@"}))
                     for s in seed_senses.get((h.offset, pos), {}).get(event, ())}
            if len(members_seeds) < 2 and not above - members_seeds:
                continue
            seed = min(members_seeds)
            members = [(sense, w) for w in sense.words]
            if pos == "v":
                members += [(s, w) for s in wordnet.related(sense, frozenset({"~"})) for w in s.words]
                members += [(s, w) for s in wordnet.related(sense, frozenset({"+"}))
                            if s.pos == "n" and s.lexfile in ACT_NOUN_FILES for w in s.words]
            for synset, word in members:
                if _new_word(word, known, wordnet) and wordnet.is_dominant(word, synset):
                    claims[(word, synset.pos)].setdefault(event, seed)
    rows = []
    for (word, pos), by_event in sorted(claims.items()):
        if len(by_event) != 1 or not re.fullmatch(r"[a-z]+(?:[_-][a-z]+)*", word):
            continue
        (event, seed), = by_event.items()
        rows.append({"cue": word.replace("_", " "), "pos": "VERB" if pos == "v" else "NOUN",
                     "event": event, "weight": WEIGHT, "seed": seed})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--cameo", type=Path, default=CAMEO_TABLE)
    args = parser.parse_args()
    rows = build(WordNet(args.wordnet), args.cameo)
    OUTPUT.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
