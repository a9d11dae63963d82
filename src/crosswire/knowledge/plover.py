"""PLOVER ontology data: event types, cue lexicon, modes, contexts and entity codes.

The lexicons are JSONL files under ``crosswire/data`` written from the PLOVER manual's
definitions; each is validated when loaded and loaded once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from crosswire.data import read_jsonl
from crosswire.knowledge.places import countries

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Statements PLOVER dropped from CAMEO (01 make statement, 02 appeal), kept as named extensions.
EXTENSION_TYPES = ("APPEAL", "COMMENT")
# The word a cue's ``requires`` names a country or a city by, whatever its name ("protested
# to Valdoria"): the parse's place entity stands for it among the cue's arguments.
COUNTRY_WORD = "<country>"
# The word a cue's ``requires`` names a plural doer by ("the two envoys talked", "Varn and
# Ostrel talked"): a subject in the plural or joined with another stands for it, as an act
# such as talking is a meeting only where more than one party does it.
PLURAL_DOER_WORD = "<plural>"
# The word a cue's ``requires`` names someone by, whoever it is ("received the Pope"): a
# person or a body the parse names, or "him" and "her", stands for it, as hosting a visit
# needs a visitor where "received 40 letters" got something.
SOMEONE_WORD = "<someone>"
# Types whose future (promised) form the manual codes as AGREE; RETREAT's is CONCEDE.
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
VERBAL_CONFLICT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
CONFLICT_TYPES = VERBAL_CONFLICT_TYPES | MATERIAL_CONFLICT_TYPES
# International non-state codes of the manual's table, plus the country codes it adds.
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"})
ROLES = frozenset({"intent", "offer", "report", "light"})


@dataclass(frozen=True)
class Cue:
    """A word or phrase that signals an event type (``event`` is None for light verbs)."""

    cue: str
    pos: str
    event: str | None
    mode: str | None
    weight: float
    role: str | None = None
    extension: bool = False
    requires: tuple[str, ...] = ()
    # the required word must name what the act is done to, not who does it
    requires_object: bool = False
    # words that rule the sense out when they name what the act is done to ("held elections"
    # detains no one, "struck a deal" attacks nothing)
    excludes: tuple[str, ...] = ()
    # the act hands over or meets something material: an intangible object rules the sense
    # out ("gave a hint", "met the deadline")
    tangible_object: bool = False
    # the act gives up or refuses something, and with nothing to act on the verb tells a
    # change in its subject instead ("cases declined", "tensions eased")
    needs_object: bool = False
    # an intent verb that commits its subject by itself ("promised", "vowed"): coded AGREE
    # even when what follows names no act; one that only states an aim ("planned", "hoped",
    # "is expected to") is coded through the act after it, or not at all
    commits: bool = False
    # a weapon, not an act ("missiles", "a bomb"): it tells an attack only as the doer of its
    # clause ("a rocket hit the school"); elsewhere it is what another act is done with or to
    # ("fired mortars", "deployed missiles", "talks on limiting missiles")
    instrument: bool = False
    # a demand told by a verb that also reports ("insisted"): a demand only where its clause
    # says what must be done ("insisted that the army withdraw", "... should resign",
    # "insisted on talks"), a statement where the clause tells a fact ("insisted it was lawful")
    mandative: bool = False
    # a wish that demands only of someone else ("wants the minister to resign", "wants a
    # recount"): wanting to do something oneself is an aim ("the firm wants to expand")
    of_another: bool = False
    # verbs by which a thing poses what the noun also names, a danger, not an act anyone
    # makes ("poses a threat", "the threat posed by wildfires"): a noun with such verbs
    # tells no act where something poses it or is it ("emerged as a threat")
    danger_verbs: tuple[str, ...] = ()

    # Cached: the coder reads ``rest`` for every cue of every candidate token.
    @cached_property
    def words(self) -> tuple[str, ...]:
        # split like the tokenizer does: "sit-in" is "sit", "-", "in"
        return tuple(re.findall(r"[^\W_]+|[^\w\s]", self.cue))

    @property
    def head(self) -> str:
        return self.words[0]

    @cached_property
    def rest(self) -> tuple[str, ...]:
        return self.words[1:]


def _check(condition: bool, name: str, row: dict, message: str) -> None:
    if not condition:
        raise ValueError(f"{name}: {message}: {row}")


# The hand-written lexicon, then weak verb cues converted from the CAMEO verb dictionary
# (verbs it lacks or codes only under conditions), then those derived from WordNet.
CUE_FILES = ("plover_cues.jsonl", "plover_cues_cameo.jsonl", "plover_cues_wordnet.jsonl")


@cache
def cues() -> dict[tuple[str, str], list[Cue]]:
    """Cue entries keyed by (head lemma, part of speech), lexicon order kept."""
    table: dict[tuple[str, str], list[Cue]] = {}
    for name, row in ((name, row) for name in CUE_FILES for row in read_jsonl(name)):
        event = row.get("event")
        role = row.get("role")
        _check(isinstance(row.get("cue"), str) and row["cue"].strip() != "", name, row, "cue")
        _check(row.get("pos") in ("VERB", "NOUN", "ADJ"), name, row, "pos must be VERB, NOUN or ADJ")
        _check(event in EVENT_TYPES or event in EXTENSION_TYPES or (event is None and role == "light"),
               name, row, "unknown event type")
        _check(role is None or role in ROLES, name, row, "unknown role")
        cue = Cue(
            cue=row["cue"].lower(),
            pos=row["pos"],
            event=event,
            mode=row.get("mode"),
            weight=float(row.get("weight", 1.0)),
            role=role,
            extension=bool(row.get("extension", False)),
            requires=tuple(word.lower() for word in row.get("requires", ())),
            requires_object=bool(row.get("requires_object", False)),
            excludes=tuple(word.lower() for word in row.get("excludes", ())),
            tangible_object=bool(row.get("tangible_object", False)),
            needs_object=bool(row.get("needs_object", False)),
            commits=bool(row.get("commits", False)),
            instrument=bool(row.get("instrument", False)),
            mandative=bool(row.get("mandative", False)),
            of_another=bool(row.get("of_another", False)),
            danger_verbs=tuple(word.lower() for word in row.get("danger_verbs", ())),
        )
        table.setdefault((cue.head, cue.pos), []).append(cue)
    return table


def light_cue(keys: Iterable[str]) -> Cue | None:
    """The light sense of the verb with these lemma keys ("carried out", "held", "staged":
    its object names the act), None when it has none."""
    return next((cue for key in keys for cue in cues().get((key, "VERB"), ()) if cue.role == "light"), None)


@dataclass(frozen=True)
class AgentShift:
    """An act that is another type when its agent, or (``side`` "recipient") what it is
    done to, or (``side`` "instrument") what it is done with, is of a kind (rioting
    protesters; a newspaper's accounts frozen; a crowd broken up with tear gas), or no
    event at all (``becomes`` None: a harm whose doer is a fire or a flood is an accident)."""

    agents: frozenset[str]
    becomes: str | None
    mode: str | None
    side: str = "actor"
    # the act's own modes the shift applies to (all when empty): only a deportation of
    # diplomats is their expulsion, not a raid on their mission
    modes: frozenset[str] = frozenset()
    # a recipient or instrument shift that also needs its doer of a kind (empty: any doer):
    # captives held by others and freed by police are rescued, not released
    by: frozenset[str] = frozenset()


@cache
def agent_shifts() -> dict[str, list[AgentShift]]:
    """Per event type, the agent kinds that turn it into another type."""
    name = "plover_agents.jsonl"
    table: dict[str, list[AgentShift]] = {}
    for row in read_jsonl(name):
        _check(row.get("event") in EVENT_TYPES and (row.get("becomes") in EVENT_TYPES or (
            "becomes" in row and row["becomes"] is None)), name, row, "unknown event type")
        _check(isinstance(row.get("agents"), list) and row["agents"] != [], name, row, "agents")
        _check(row.get("side", "actor") in ("actor", "recipient", "instrument"), name, row,
               "side must be actor, recipient or instrument")
        table.setdefault(row["event"], []).append(AgentShift(
            agents=frozenset(word.lower() for word in row["agents"]),
            becomes=row["becomes"],
            mode=row.get("mode"),
            side=row.get("side", "actor"),
            modes=frozenset(row.get("modes", ())),
            by=frozenset(word.lower() for word in row.get("by", ())),
        ))
    return table


@dataclass(frozen=True)
class JointShift:
    """Acts that are another type when done together ("a joint raid", "co-financed")."""

    markers: frozenset[str]
    prefixes: tuple[str, ...]
    events: frozenset[str]
    becomes: str
    # nouns that mark it in an "in X" phrase below the act ("in tandem", "in exchange for")
    in_frame: frozenset[str] = frozenset()
    # phrases among the act's words that make its doers each other's recipients ("each other")
    reciprocals: tuple[str, ...] = ()
    # the act's own modes the shift applies to (all when empty)
    modes: frozenset[str] = frozenset()


@cache
def joint_shifts() -> list[JointShift]:
    name = "plover_joint.jsonl"
    table = []
    for row in read_jsonl(name):
        _check(row.get("becomes") in EVENT_TYPES and all(e in EVENT_TYPES for e in row.get("events", ())),
               name, row, "unknown event type")
        _check(all(isinstance(row.get(key, []), list) for key in ("markers", "in_frame", "reciprocals"))
               and (row.get("markers") or row.get("in_frame") or row.get("reciprocals")), name, row,
               "markers, in_frame or reciprocals")
        table.append(JointShift(
            markers=frozenset(word.lower() for word in row.get("markers", ())),
            in_frame=frozenset(word.lower() for word in row.get("in_frame", ())),
            reciprocals=tuple(phrase.lower() for phrase in row.get("reciprocals", ())),
            modes=frozenset(row.get("modes", ())),
            prefixes=tuple(prefix.lower() for prefix in row.get("prefixes", ())),
            events=frozenset(row["events"]),
            becomes=row["becomes"],
        ))
    return table


@dataclass(frozen=True)
class PurposeShift:
    """Acts that are another type when non-state people do them for a purpose ("shut their
    shops in protest"); ``state_agents`` are the doers that keep the act's type."""

    words: frozenset[str]
    events: frozenset[str]
    becomes: str
    state_agents: frozenset[str]
    # the mode it becomes, and the act's own modes it applies to (all when empty): stones
    # thrown during a protest are a riot, a bomb set off in protest stays an attack
    mode: str | None = None
    modes: frozenset[str | None] = frozenset()


@cache
def purpose_shifts() -> list[PurposeShift]:
    name = "plover_purposes.jsonl"
    table = []
    for row in read_jsonl(name):
        _check(row.get("becomes") in EVENT_TYPES and all(e in EVENT_TYPES for e in row.get("events", ())),
               name, row, "unknown event type")
        _check(isinstance(row.get("words"), list) and row["words"] != [], name, row, "words")
        table.append(PurposeShift(
            words=frozenset(word.lower() for word in row["words"]),
            events=frozenset(row["events"]),
            becomes=row["becomes"],
            state_agents=frozenset(word.lower() for word in row.get("state_agents", ())),
            mode=row.get("mode"),
            modes=frozenset(row.get("modes", ())),
        ))
    return table


@dataclass(frozen=True)
class Frame:
    """An event noun after one of ``prepositions`` frames its clause's act ("under the deal")."""

    prepositions: tuple[str, ...]
    events: frozenset[str]
    becomes: str


@cache
def frames() -> list[Frame]:
    name = "plover_frames.jsonl"
    table = []
    for row in read_jsonl(name):
        _check(row.get("becomes") in EVENT_TYPES and all(e in EVENT_TYPES for e in row.get("events", ())),
               name, row, "unknown event type")
        _check(isinstance(row.get("prepositions"), list) and row["prepositions"] != [], name, row,
               "prepositions")
        table.append(Frame(tuple(p.lower() for p in row["prepositions"]), frozenset(row["events"]),
                           row["becomes"]))
    return table


def _words(name: str, key: str) -> frozenset[str]:
    """The lower-cased ``key`` word of each row of ``data/<name>``, each checked non-empty."""
    words = set()
    for row in read_jsonl(name):
        _check(isinstance(row.get(key), str) and row[key].strip() != "", name, row, key)
        words.add(row[key].lower())
    return frozenset(words)


@cache
def light_nouns() -> frozenset[str]:
    """Nouns named by the noun before them ("internet access", "asset freeze"): that noun is
    part of what an act is done to."""
    return _words("plover_light_nouns.jsonl", "noun")


@cache
def intangibles() -> frozenset[str]:
    """Nouns that name nothing material ("hint", "opportunity", "deadline"): the object of a
    cue with ``tangible_object`` must not be one."""
    return _words("plover_intangibles.jsonl", "lemma")


@dataclass(frozen=True)
class ThreatOutcome:
    """A harm that names no act of its own ("consequences", "pay dearly"): held out in what a
    speaker says will come, it makes the statement a threat. ``heads`` are the words it must
    hang on, when any ("pay a price", not "prices will rise")."""

    lemma: str
    pos: str
    heads: frozenset[str]


@cache
def threat_outcomes() -> dict[tuple[str, str], ThreatOutcome]:
    """The harmful outcomes of ``data/plover_threat_outcomes.jsonl`` by (lemma, pos)."""
    name = "plover_threat_outcomes.jsonl"
    table = {}
    for row in read_jsonl(name):
        _check(isinstance(row.get("lemma"), str) and row["lemma"].strip() != "", name, row, "lemma")
        _check(row.get("pos") in ("NOUN", "VERB", "ADV"), name, row, "pos")
        _check(isinstance(row.get("heads", []), list), name, row, "heads")
        outcome = ThreatOutcome(row["lemma"].lower(), row["pos"], frozenset(row.get("heads", ())))
        table[(outcome.lemma, outcome.pos)] = outcome
    return table


# Types whose modes are another's, signal words and all: the manual's REJECT modes "are
# shared with REQUEST" (what is refused is what could be asked: help, a change, a yielding,
# a meeting).
SHARED_MODES = {"REJECT": "REQUEST"}


@cache
def modes() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Per event type, (mode, signal words) in lexicon order: the first mode that matches wins."""
    name = "plover_modes.jsonl"
    table: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in read_jsonl(name):
        _check(row.get("event") in EVENT_TYPES, name, row, "unknown event type")
        _check(isinstance(row.get("mode"), str) and isinstance(row.get("words"), list), name, row,
               "mode and words")
        table.setdefault(row["event"], []).append(
            (row["mode"], frozenset(word.lower() for word in row["words"]))
        )
    for event, owner in SHARED_MODES.items():
        table[event] = table.get(owner, [])
    return table


@cache
def contexts() -> list[tuple[str, frozenset[str]]]:
    """(context, signal words) pairs."""
    name = "plover_contexts.jsonl"
    table = []
    for row in read_jsonl(name):
        _check(isinstance(row.get("context"), str) and isinstance(row.get("words"), list), name,
               row, "context and words")
        table.append((row["context"], frozenset(word.lower() for word in row["words"])))
    return table


@cache
def entity_codes() -> dict[str, str]:
    """Lower-cased name, demonym, capital or organisation -> PLOVER country/entity code."""
    table: dict[str, str] = {}
    for country in countries().values():
        table[country.name.lower()] = country.iso3
        if country.capital:
            table.setdefault(country.capital.lower(), country.iso3)
    name = "plover_entities.jsonl"
    for row in read_jsonl(name):
        code = row.get("code")
        _check(isinstance(row.get("name"), str) and isinstance(code, str) and len(code) == 3,
               name, row, "name and three-letter code")
        table[row["name"].lower()] = code
    return table


@cache
def max_entity_words() -> int:
    return max(len(name.split()) for name in entity_codes())


# What a word governing an act does to it: "undone" acts do not take place ("cancelled the
# purchase"), "weighed" acts are held open ("is considering sanctions"), "questioned" acts
# are what a speaker was asked about ("Asked about the sanctions, ..."), "refused" acts are
# the "to" clause of a refusal ("refused to free the crew"): not done.
GOVERNOR_EFFECTS = frozenset({"undone", "weighed", "questioned", "refused"})


@cache
def act_governors() -> dict[tuple[str, str], frozenset[str]]:
    """(effect, part of speech) -> the words that govern an act so: an undone act does
    not take place, a weighed one is held open, not done, a questioned one is only what a
    speaker was asked about, a refused one is not done."""
    name = "plover_act_governors.jsonl"
    table: dict[tuple[str, str], set[str]] = {}
    for row in read_jsonl(name):
        _check(isinstance(row.get("word"), str) and row["word"].strip() != "", name, row, "word")
        _check(row.get("pos") in ("VERB", "NOUN"), name, row, "pos must be VERB or NOUN")
        _check(row.get("effect") in GOVERNOR_EFFECTS, name, row,
               "effect must be undone, weighed, questioned or refused")
        table.setdefault((row["effect"], row["pos"]), set()).add(row["word"].lower())
    return {key: frozenset(words) for key, words in table.items()}


@cache
def act_nouns() -> dict[str, str]:
    """PLOVER event type -> the noun a reader knows the act by ("COERCE" -> "the
    coercion"): the type's name is the coders' label, not words for a row a reader sees."""
    name = "plover_act_nouns.jsonl"
    table = {}
    for row in read_jsonl(name, required=("event", "noun")):
        _check(row["event"] in EVENT_TYPES, name, row, f"event one of {EVENT_TYPES}")
        table[row["event"]] = row["noun"]
    return table
