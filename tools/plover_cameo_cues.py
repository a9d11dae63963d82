"""Build ``data/plover_cues_cameo.jsonl``: verb cues for verbs the hand lexicon lacks or codes
only under conditions, from the CAMEO verb dictionary of PETRARCH2 (run once, output shipped).

    .venv/bin/python tools/plover_cameo_cues.py [CAMEO.2.0.txt [CAMEO2PLOVER.txt [/usr/share/wordnet]]]

``CAMEO.2.0.txt`` is ``petrarch2/data/dictionaries/CAMEO.2.0.txt`` of the openeventdata/petrarch2
repository (MIT licence, Copyright (c) 2015 Open Event Data Alliance); by default the excerpt
``tools/cameo/CAMEO.2.0.excerpt.txt``, the blocks transcribed so far (its header says which
were left out). The full file holds more blocks of these roots, so it gives more rows: the
shipped file is the excerpt's. ``CAMEO2PLOVER.txt`` is the PLOVER
project's CAMEO-to-PLOVER table, by default ``../shared/datasets/plover/CAMEO2PLOVER-2021.txt``. The dictionary groups
verbs in blocks (``---  SEND   [---]  ---``): each synonym takes the block's CAMEO code or its
own (``DETAIN [173]``), and each pattern line (``- * &MILITARY (TO BORDER) [154] # DEPLOY``)
codes the verb named after ``#`` (where the pattern was first found) when the words around it
match; ``&NAME`` stands for a synonym set, ``{A B}`` for a noun phrase, ``(P X)`` for a
prepositional phrase, ``$ + ^ %`` for actors and skipped words.

Only codes of the CAMEO roots the issue names are read (consult, material cooperation, aid,
yield, disapprove, threaten, protest, force posture, reduce relations, coerce), mapped to PLOVER
through the table with the project's settled conventions where the manual departs from it
(``CONVENTIONS``). A pattern becomes a row of its verb (with a particle right after ``*`` as
part of the phrase, "walk out") whose ``requires`` are its words: the last prepositional
phrase's nouns when it has one ("placed on alert"), an "of" phrase's in place of the noun it
follows ("reduce the number of troops"), else the object's, and where nothing follows the verb
the subject's ("troops poured": ``requires_object`` false). A synonym becomes a plain row only
by a code of its own or in a block of a specific act (not a root's general one, "170"), and
where WordNet agrees that its most frequent sense lies in the type's field (the filter of
``plover_wordnet_cues.py``). Verbs the hand lexicon or its WordNet cues code without conditions
are left to them, unless every word of the pattern is one the hand row excludes ("gave them a
deadline" is no aid), and a pattern whose object is an event noun of another type ("resume the
offensive"; not after a threat's verb, whose object is the act threatened: "considered
sanctions"), or of any type after a light verb ("start talks"), is left to that noun, as is
a prepositional phrase's noun of the row's own type ("react with outrage"). Rows weigh ``WEIGHT``, between the WordNet cues and the
lightest hand cue, so hand rows win wherever both apply. ``SKIPPED`` lists the patterns whose
CAMEO reading the manual or the project's conventions contradict, each with its reason.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from plover_wordnet_cues import FIELDS, WORD_MAX_SENSES, verb_synsets
from wordnet_files import DATA, DEFAULT_FOLDER, index_senses, write_rows

OUTPUT = DATA / "plover_cues_cameo.jsonl"
EXCERPT = Path(__file__).resolve().parent / "cameo" / "CAMEO.2.0.excerpt.txt"
TABLE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "plover" / "CAMEO2PLOVER-2021.txt"
WEIGHT = 0.4
ROOTS = frozenset({"04", "06", "07", "08", "11", "13", "14", "15", "16", "17"})
# CAMEO codes the project codes otherwise, by the manual (tests/fixtures/README.md, "Coding
# rules"): sanctions are SANCTION, not COERCE; lifting sanctions, curfews or emergency rule is
# CONCEDE; a finding of guilt is SANCTION 'convict'; troops leaving ground are RETREAT 'withdraw'.
CONVENTIONS = {
    "163": ("SANCTION", "discontinue"), "085": ("CONCEDE", None), "0813": ("CONCEDE", None),
    "0814": ("CONCEDE", None), "116": ("SANCTION", "convict"), "0874": ("RETREAT", "withdraw"),
}
# Patterns whose CAMEO reading the manual or the project's conventions contradict.
SKIPPED = {
    ("find", "guilty"): "a finding of guilt is SANCTION 'convict', not an arrest",
    ("adopt", "bill"): "a legislature adopting a bill concedes nothing to anyone",
    ("adopt", "amendment"): "as for a bill",
    ("flee", "refugee"): "people fleeing are granted no asylum by the act",
    ("pursue", "rapprochement"): "seeking closer ties reduces no relations",
    ("raise", "concerns"): "voicing a concern is no meeting",
    ("raise", "issue"): "raising an issue disapproves of nothing",
    ("spark", "uncertainty"): "causing a crisis is no one's disapproval",
    ("spark", "crisis"): "as above",
    ("spark", "dispute"): "as above",
    ("trigger", "protests"): "as above",
    ("drive", "group"): "the subject alone says nothing of a retreat",
    ("remain", "military"): "forces staying put are no show of force",
    ("get", "food"): "receiving food is no aid given by the subject",
    ("stage", "exercises"): "one country's exercises are MOBILIZE; only joint ones cooperate",
    ("carry", "operations"): "only joint operations are cooperation, and 'joint' cannot be required",
    ("carry", "maneuvers"): "as above",
    ("carry", "operation"): "as above",
    ("use", "passport"): "using a passport gives no aid",
    ("open", "debate"): "opening a debate threatens no one",
    ("reach", "end"): "efforts reaching a dead end are no withdrawal by anyone",
    ("call", "sanctions"): "a call for sanctions, a halt or action is a request",
    ("call", "halt"): "as above",
    ("call", "action"): "as above",
    ("call", "suspension"): "as above",
    ("call", "election"): "calling an election concedes nothing",
    ("hold", "polls"): "as above",
    ("hold", "exercises"): "only joint exercises cooperate, and 'joint' cannot be required",
    ("hold", "games"): "as above",
    ("conduct", "exercise"): "as above",
    ("conduct", "training"): "as above",
    ("conduct", "maneuvers"): "as above",
    ("hold", "day"): "no act in the words",
    ("hold", "rioting"): "as above",
    ("force", "minister"): "the pattern's 'out' cannot be required",
    ("force", "refugee"): "forcing people to move reduces no aid",
    ("force", "police"): "as above",
    ("remove", "office"): "removal from office reduces no relations with another party",
    ("remove", "guard"): "as above",
    ("remove", "troops"): "removing one's own troops is a withdrawal, not a deportation",
    ("pull", "commission"): "the subject alone says nothing of an expulsion",
    ("boost", "spending"): "a state raising its own spending aids no one",
    ("boost", "defense"): "as above",
    ("increase", "budget"): "as above",
    ("issue", "statement"): "a statement's type is its content's, not the issuing",
    ("redouble", "effort"): "redoubled efforts are no show of force",
    ("revoke", "rights"): "the pattern means citizens' freedoms; a state's landing or trade rights revoked are SANCTION",
    ("form", "group"): "the pattern's 'economic' cannot be required: armed groups formed are no trade",
    ("form", "company"): "as above",
    ("pass", "sentence"): "a court's sentence is SANCTION 'convict'",
    ("pass", "reforms"): "a legislature passing reforms concedes nothing to anyone",
    ("pass", "amendment"): "as above",
    ("approve", "amendment"): "as above",
    ("clear", "funding"): "no act in the words",
    ("clear", "town"): "clearing a village is as often of mines or rubble as of its people",
    ("witness", "row"): "seeing a quarrel disapproves of no one",
    ("delay", "talks"): "postponing talks is REJECT 'meet'",
    ("push", "ahead"): "pressing on with a plan coerces no one",
    ("press", "fighter"): "the subject alone says nothing of a mobilisation",
    ("report", "critics"): "critics reporting is their statement, not its content",
    ("extend", "solution"): "extending a resolution or an answer reduces no relations",
    ("raise", "alarm"): "alarm raised concedes nothing",
    ("put", "touches"): "finishing work on a text is no negotiation",
    ("throw", "out"): "'threw out' is as often a court dismissing a case as an expulsion",
    ("pay", "money"): "paying someone money is as often a bribe or a wage as trade between parties",
    ("step", "fight"): "stepping up a fight is the fighting itself, no threat",
    ("step", "attack"): "as above",
    ("step", "patrols"): "more patrols are a show of force, MOBILIZE, no threat",
    ("step", "defiance"): "defiance stepped up is a refusal, no threat",
    ("call", "expulsion"): "a call for an expulsion is a request",
    ("weigh", "aid"): "weighing aid is as often weighing giving it as cutting it",
    ("endanger", "interests"): "saying a move endangers one's interests threatens no one",
    ("hold", "talk"): "holding talks is coded by the noun 'talks'",
    ("give", "weeks"): "time given is as often a court's or a host's as an ultimatum's",
    ("give", "hours"): "as above",
    ("stabilise", "economy"): "a government steadying its own economy aids no one",
    ("intervene", "dispute"): "intervening in a conflict is as often armed as mediation",
    # synonyms whose own sense in news is another act ("lectured at a university", "the
    # ruling vindicated her", "sponsored a resolution", "furnished evidence")
    ("lecture", ""): "mostly teaching, not censure",
    ("vindicate", ""): "a judgement that someone was right, no concession by its subject",
    ("sponsor", ""): "sponsoring a resolution or an event is no economic cooperation",
    ("furnish", ""): "furnishing evidence or rooms is no military cooperation",
    ("outfit", ""): "as above",
    ("pirate", ""): "mostly copying, not seizure",
    ("communicate", ""): "telling something is no meeting",
    ("abort", ""): "mostly the medical sense in news copy",
    ("steal", ""): "mostly figurative in political copy ('stole the election')",
    ("wrest", ""): "as above ('wrest the nomination')",
}
# Types whose object names an act not done but held over its recipient: the manual's THREATEN
# mode is "the content of the threat", another act ("threatened sanctions").
HYPOTHETICAL = frozenset({"THREATEN"})
# Words that carry no argument of their own in a pattern (prepositions, particles, articles).
FUNCTION_WORDS = frozenset("""a an the to from in on at by with for of into against over toward
towards as between behind under after during before along across through upon about around
out up down off back away aside forward closer close if when until and""".split())
# Particles that make a phrasal verb with the verb they follow ("walk out", "hunt down").
PARTICLES = frozenset({"out", "up", "down", "off", "back", "away", "aside", "over"})
NOTE = "CAMEO 2.0 verb dictionary (PETRARCH2, MIT) {code}"


@dataclass
class Block:
    name: str
    code: str
    synonyms: dict[str, str] = field(default_factory=dict)  # verb phrase -> its own code or ""
    forms: dict[str, str] = field(default_factory=dict)  # inflected form -> verb phrase
    patterns: list[tuple[str, str, str, str]] = field(default_factory=list)  # pre, post, code, verb


def _phrase(word: str) -> str:
    return word.strip("+_").lower().replace("_", " ")


def parse(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets (name -> member phrases) and verb blocks of a CAMEO verb dictionary."""
    sets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: list[str] | None = None
    block: Block | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("- ") else raw.rstrip()
        if not line.strip():
            current_set = None
            continue
        if line.startswith("&"):
            current_set = sets.setdefault(line.strip(), [])
        elif current_set is not None and line.startswith("+"):
            current_set.append(_phrase(line.split()[0]))
        elif header := re.match(r"---\s+\S+\s+\[([^\]]*)\]", line):
            block = Block(name=_phrase(line.split()[1]), code=header.group(1))
            blocks.append(block)
        elif block is not None and line.startswith("- "):
            pattern = re.match(r"-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?", line)
            if pattern and "*" in pattern.group(1) and pattern.group(1).count("(") == pattern.group(1).count(")"):
                pre, _, post = pattern.group(1).partition("*")
                block.patterns.append((pre.strip(), post.strip(), pattern.group(2), _phrase(pattern.group(3) or "")))
        elif block is not None and re.match(r"\+?[A-Z]", line):
            head = line.split()[0]
            verb = _phrase(head)
            own = re.search(r"\[([^\]]*)\]", line)
            block.synonyms[verb] = own.group(1) if own else ""
            for form in re.findall(r"\{([^}]*)\}", line)[:1]:
                for word in form.replace(",", " ").split():
                    block.forms[_phrase(word)] = verb
    return sets, blocks


def plover_table(text: str) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO-to-PLOVER table, with CONVENTIONS."""
    table = {}
    for line in text.splitlines():
        row = re.match(r"(\d+):\s*([A-Z]+)\s*(?:,\s*([\w-]*))?", line)
        if row:
            table[row.group(1)] = (row.group(2), row.group(3) or None)
    table.update(CONVENTIONS)
    return table


def code_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER type and mode of a pattern's code ("154", "0874:", "062:062"), its source's
    side only; a code the table lacks takes its parent's ("175" is "17")."""
    first = code.split(":")[0].strip("!")
    if not first.isdigit() or first[:2] not in ROOTS:
        return None
    for length in range(len(first), 1, -1):
        if first[:length] in table:
            return table[first[:length]]
    return None


def _groups(words: str) -> list[tuple[str, list[str]]]:
    """A pattern side as (kind, tokens) groups: "phrase" for (..), "noun" for {..} and for a
    run of plain words; actor marks ($ + ^ %) and lone function words are dropped."""
    groups: list[tuple[str, list[str]]] = []
    for match in re.finditer(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", words):
        if match.group(1) is not None:
            if all(t in "$+^%" for t in match.group(1).split()):
                continue  # "(IN ^)": where the act is, no condition on it
            groups.append(("phrase", match.group(1).split()))
        elif match.group(2) is not None:
            groups.append(("noun", match.group(2).split()))
        elif match.group(3) in "$+^%" or _phrase(match.group(3)) in FUNCTION_WORDS:
            continue
        elif groups and groups[-1][0] == "word":
            groups[-1][1].append(match.group(3))
        else:
            groups.append(("word", [match.group(3)]))
    return groups


def _content(tokens: list[str], sets: dict[str, list[str]]) -> list[str] | None:
    """The words a group requires: a noun phrase's head, a set's members' heads; None where
    the group names a set the dictionary does not define."""
    words = [t.strip("{}") for t in tokens if t not in "$+^%" and _phrase(t.strip("{}")) not in FUNCTION_WORDS]
    if not words:
        return []
    head = words[-1]
    if head.startswith("&"):
        if head not in sets:
            return None
        # a multi-word member's head alone is another thing ("urban center", "safe house",
        # "displaced person"): only one-word members stand for the set
        members = [m for m in sets[head] if " " not in m]
    else:
        members = [_phrase(head).split()[-1]]
    # model names ("f-16") never stand alone as a word of the parse
    return [m for m in members if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", m)]


def pattern_words(post: str, sets: dict[str, list[str]]) -> tuple[str, list[str], bool] | None:
    """The particle a pattern adds to its verb, the words it requires after the verb and
    whether they are its object (not a prepositional phrase); None where the pattern needs
    two things at once ("set fire (to flag)"), which one row's ``requires`` (any one of its
    words) cannot say."""
    particle = ""
    first, _, rest = post.partition(" ")
    if _phrase(first) in PARTICLES:
        particle, post = _phrase(first), rest
    groups = _groups(post)
    if len(groups) > 1:
        return None
    words = _content(groups[0][1], sets) if groups else []
    if words is None:
        return None
    return particle, words, bool(groups) and groups[0][0] != "phrase"


def _resolve(verb: str, block: Block) -> str | None:
    """The synonym a pattern's verb names: itself, or the verb one of its forms belongs to."""
    if verb in block.synonyms:
        return verb
    if verb in block.forms:
        return block.forms[verb]
    head, _, rest = verb.partition(" ")
    if not head.endswith("ed"):
        return None
    for stem in (head[:-2], head[:-1], head[:-3] + "y", head[:-3]):  # a regular past form
        candidate = " ".join(filter(None, (stem, rest)))
        if candidate in block.synonyms:
            return candidate
    return None


def _act_types(word: str, event_nouns: dict[str, set[str]]) -> set[str]:
    """The types of act a word (or its singular) is the hand lexicon's noun for."""
    singulars = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return set().union(*(event_nouns.get(w, set()) for w in singulars))


def _act_noun(word: str, event_nouns: dict[str, set[str]], event: str | None) -> bool:
    """Whether a word (or its singular) is the hand lexicon's noun for an act (of another
    type than ``event``, where one is given)."""
    return bool(_act_types(word, event_nouns) - {event})


def _wordnet_agrees(verb: str, event: str, senses: dict[str, list[str]], fields: dict[str, int]) -> bool:
    """A plain verb cue only where its most frequent WordNet sense lies in the type's field
    and it has few other senses."""
    offsets = senses.get(verb, [])
    return 0 < len(offsets) <= WORD_MAX_SENSES and fields.get(offsets[0]) in FIELDS[event]


def build(dictionary: str, conversion: str, folder: Path) -> list[dict]:
    """The rows of ``plover_cues_cameo.jsonl`` from a dictionary's text, the CAMEO-to-PLOVER
    table's text and the WordNet database folder."""
    sets, blocks = parse(dictionary)
    table = plover_table(conversion)
    hand = [json.loads(line) for name in ("plover_cues.jsonl", "plover_cues_wordnet.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    # verbs the hand lexicon codes whatever their object, with the objects it says are another
    # sense ("give" AID, but not "gave them a deadline")
    plain: dict[str, set[str]] = defaultdict(set)
    for r in hand:
        if r["pos"] == "VERB" and not r.get("requires") and r.get("event"):
            plain[r["cue"]].update(r.get("excludes", ()))
    known_verbs = {r["cue"].split()[0] for r in hand if r["pos"] == "VERB"}
    light_verbs = {r["cue"] for r in hand if r["pos"] == "VERB" and r.get("role") == "light"}
    event_nouns = defaultdict(set)
    for r in hand:
        if r["pos"] == "NOUN" and r.get("event") and " " not in r["cue"]:
            event_nouns[r["cue"]].add(r["event"])
    modes = defaultdict(set)
    for r in hand:
        if r.get("mode"):
            modes[r["event"]].add(r["mode"])
    senses = index_senses(folder, "verb")
    fields = {offset: entry[0] for offset, entry in verb_synsets(folder).items()}

    rows: dict[tuple, dict] = {}

    def add(cue: str, event: str, mode: str | None, code: str, requires: list[str], on_object: bool) -> None:
        head = cue.split()[0]
        for verb in {cue, head} & plain.keys():
            if not requires or not set(requires) <= plain[verb]:
                return  # the hand lexicon codes this verb with these words already
        mode = mode if mode in modes[event] else None
        key = (cue, event, mode, bool(requires), on_object)
        row = rows.setdefault(key, {"cue": cue, "pos": "VERB", "event": event, "mode": mode,
                                    "weight": WEIGHT, "requires": [], "codes": set()})
        row["requires"].extend(w for w in requires if w not in row["requires"])
        row["codes"].add(code.split(":")[0])
        if on_object:
            row["requires_object"] = True

    for block in blocks:
        for verb, own in block.synonyms.items():
            # a block of a root's general act ("170 coerce") gathers verbs by a broad sense:
            # its synonyms are coded alone only by a code of their own
            code = own or (block.code if not block.code.split(":")[0].endswith("0") else "")
            coded = code_of(code, table)
            if coded and verb.split()[0] not in known_verbs and (verb, "") not in SKIPPED \
                    and _wordnet_agrees(verb, coded[0], senses, fields):
                add(verb, coded[0], coded[1], code, [], False)
        for pre, post, code, named in block.patterns:
            coded = code_of(code, table)
            # a pattern naming no verb is the block's own verb's ("RAISE")
            verb = _resolve(named or block.name, block)
            if coded is None or verb is None:
                continue
            found = pattern_words(post, sets)
            if found is None:
                continue
            particle, words, direct = found
            on_object = bool(words)
            if not words:
                subject = _content(pre.split(), sets) if pre else []
                words = subject or []
            if any((verb.split()[0], w) in SKIPPED for w in [*words, particle]):
                continue
            if direct:
                # a light verb's object names its act ("started talks"); another verb's object
                # that names an act of another type is that act ("resume the offensive"), but
                # not after a threat's verb: an act threatened is not done, it is the threat's
                # content ("considered sanctions")
                light = verb.split()[0] in light_verbs
                if light or coded[0] not in HYPOTHETICAL:
                    words = [w for w in words if not _act_noun(w, event_nouns, None if light else coded[0])]
            elif on_object:
                # a phrase's noun that names an act of the row's own type is coded by that noun
                # already ("reacted with outrage": the verb only says how it was shown); of
                # another type it stays ("reneged on the deal" makes no deal)
                words = [w for w in words if coded[0] not in _act_types(w, event_nouns)]
            cue = " ".join(filter(None, (verb, particle)))
            if not words and (not particle or on_object or pre):
                continue  # every word was another act's noun, or the pattern said nothing
            add(cue, coded[0], coded[1], code, words, on_object)
    out = []
    for row in sorted(rows.values(), key=lambda r: (r["cue"], r["event"], r["mode"] or "")):
        codes = ", ".join(sorted(row.pop("codes")))
        if not row["requires"]:
            del row["requires"]
        row["note"] = NOTE.format(code=codes)
        out.append(row)
    return out


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv[1:]] + [EXCERPT, TABLE, DEFAULT_FOLDER][len(argv) - 1:]
    dictionary, conversion = (p.read_text(encoding="latin-1") for p in paths[:2])
    folder = paths[2]
    write_rows(build(dictionary, conversion, folder), OUTPUT)


if __name__ == "__main__":
    main(sys.argv)
