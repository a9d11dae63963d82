"""The outlet registry: who publishes what, from where, owned and funded by whom.

The registry ships as ``data/outlets.jsonl`` (one outlet a line, see ``data/README.md``).
A user may set the environment variable ``CROSSWIRE_OUTLETS`` to the path of another
JSONL file in the same format: its outlets are added, and an outlet with an ``id``
already shipped replaces the shipped one.

``country`` is an ISO 3166-1 alpha-2 code (upper case) of the country whose state or law
the outlet answers to; ``language`` is the ISO 639-1 code of its main language.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from crosswire.data import DATA_DIR, json_object
from crosswire.knowledge.firms import names_a_publication

REGISTRY_PATH = DATA_DIR / "outlets.jsonl"
OVERRIDE_ENV = "CROSSWIRE_OUTLETS"

KINDS = ("news agency", "broadcaster", "newspaper", "magazine", "online")
STATE_AFFILIATIONS = (
    "state-owned",  # owned and run by a government or its agencies
    "state-funded",  # funded by a government but formally independent (RFE/RL, VOA)
    "public broadcaster",  # licence-fee or public funding under a public-service charter
    "party",  # owned by a political party
    "state-affiliated",  # reported to be controlled by state organs without formal ownership
    "independent",  # privately or cooperatively owned
)
_REQUIRED = {
    "id": str,
    "name": str,
    "aliases": list,
    "domains": list,
    "country": str,
    "kind": str,
    "ownership": str,
    "state_affiliation": str,
    "language": str,
}
_OPTIONAL = {"context_aliases": list}
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


class RegistryError(ValueError):
    """A registry line that does not describe a valid outlet; the message names the line."""


@dataclass(frozen=True)
class Outlet:
    """One publisher. ``context_aliases`` are names that are also ordinary words ("Dawn",
    "The Hill"): ``Registry.by_name`` knows them, ``find_in_text`` matches them only next
    to a publishing cue ("the newspaper", "reported", a "/" photo credit)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str
    kind: str
    ownership: str
    state_affiliation: str
    language: str
    context_aliases: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.context_aliases)


class OutletMatch(NamedTuple):
    """An outlet name found in a text: ``text[start:end]`` names ``outlet``."""

    outlet: Outlet
    start: int
    end: int


# Cues that make a common-word name ("Dawn", "The Hill") a publisher: "told The Hill",
# "The Hill reported", "Photo: X/Dawn". Checked in a short window around the match.
_CONTEXT_BEFORE = re.compile(
    r"(?:told|to|according to|quoted by|cited by|reported by|in an interview with|wrote in|"
    r"newspaper|daily|/|©)\s*$",
    re.IGNORECASE,
)
_CONTEXT_AFTER = re.compile(
    r"^(?:['’]s\s+(?:website|report|coverage)|\s+(?:newspaper|daily|reported|reports|"
    r"quoted|cited|wrote|said|says)\b|\s*/)",
    re.IGNORECASE,
)
_CONTEXT_WINDOW = 40
# A capitalised word right after a name makes it part of a longer one ("the Guardian
# Council", "Reuters Institute") -- unless that word is a date ("told AFP Sunday").
_NEXT_CAPITALISED = re.compile(r"^[ \t]+([A-Z][a-z]+)")
_DATE_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec".split()
)


class Registry:
    """Outlets by id, by domain and by name, and a matcher for outlet names in text."""

    def __init__(self, outlets: Iterable[Outlet]):
        self.outlets: dict[str, Outlet] = {outlet.id: outlet for outlet in outlets}
        self._by_domain: dict[str, Outlet] = {}
        self._by_name: dict[str, Outlet] = {}
        for outlet in self.outlets.values():
            for domain in outlet.domains:
                self._by_domain[domain] = outlet
            for name in outlet.all_names:
                self._by_name[outlet_name_key(name)] = outlet
        self._matcher = _compile_matcher(self.outlets.values())

    def __len__(self) -> int:
        return len(self.outlets)

    def __iter__(self):
        return iter(self.outlets.values())

    def get(self, outlet_id: str) -> Outlet | None:
        return self.outlets.get(outlet_id)

    def by_domain(self, url_or_host: str) -> Outlet | None:
        """The outlet publishing at a URL or host name, subdomains and ``www.`` included."""
        host = host_of(url_or_host)
        labels = host.split(".")
        for i in range(len(labels) - 1):
            outlet = self._by_domain.get(".".join(labels[i:]))
            if outlet:
                return outlet
        return None

    def by_name(self, text: str) -> Outlet | None:
        """The outlet whose name or alias is ``text`` (case and a leading "the" ignored).

        A trailing qualifier in brackets, as rating sites write them ("CNN (Online
        News)"), is dropped when the full text names no outlet.
        """
        outlet = self._by_name.get(outlet_name_key(text))
        if outlet is None and text.rstrip().endswith(")"):
            outlet = self._by_name.get(outlet_name_key(re.sub(r"\s*\([^()]*\)\s*$", "", text)))
        return outlet

    def names(self) -> list[str]:
        """Every name and alias, longest first (for building matchers)."""
        names = {name for outlet in self.outlets.values() for name in outlet.all_names}
        return sorted(names, key=lambda name: (-len(name), name))

    def find_in_text(self, text: str) -> list[OutletMatch]:
        """Outlet names in ``text`` as whole words, longest first where they overlap.

        Names match in their registered case ("AP", "dpa"), except that a leading "The"
        may be "the"; context aliases need a publishing cue nearby.
        """
        if self._matcher is None:
            return []
        candidates: list[OutletMatch] = []
        for match in self._matcher.finditer(text):
            outlet = self._by_name.get(outlet_name_key(match.group(0)))
            if outlet is None:
                continue
            if _continues_a_longer_name(text, match.end()):
                continue
            if _is_context_alias(outlet, match.group(0)) and not _publishing_context(
                text, match.start(), match.end()
            ):
                continue
            candidates.append(OutletMatch(outlet, match.start(), match.end()))
        candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
        kept: list[OutletMatch] = []
        for candidate in candidates:
            if all(candidate.end <= m.start or candidate.start >= m.end for m in kept):
                kept.append(candidate)
        return sorted(kept, key=lambda m: m.start)


def load_registry() -> Registry:
    """The shipped registry, extended or overridden by ``$CROSSWIRE_OUTLETS`` (cached)."""
    return _load(os.environ.get(OVERRIDE_ENV) or None)


@functools.lru_cache(maxsize=4)
def _load(override: str | None) -> Registry:
    outlets = {outlet.id: outlet for outlet in read_outlets(REGISTRY_PATH)}
    if override:
        for outlet in read_outlets(Path(override)):
            outlets[outlet.id] = outlet
    return Registry(outlets.values())


def paper_name(name: str, registry: Registry) -> str | None:
    """The paper ``name`` names: its outlet's name as the registry writes it, else the name as
    written where its words are a paper's ("The Weekly Meridian", "Korvale Courier":
    ``names_a_publication``); None for any other name."""
    known = registry.by_name(name)
    if known is not None:
        return known.name
    return name if names_a_publication(name) else None


def read_outlets(path: Path) -> list[Outlet]:
    """Read and validate one registry file; raise ``RegistryError`` naming the bad line."""
    outlets: list[Outlet] = []
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, tuple[str, int]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read outlet registry: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{number}"
        outlet = _parse_line(line, where=where)
        if outlet.id in seen_ids:
            raise RegistryError(f"{where}: id {outlet.id!r} already used on line {seen_ids[outlet.id]}")
        seen_ids[outlet.id] = number
        for name in outlet.all_names:
            key = outlet_name_key(name)
            other = seen_names.get(key)
            if other and other[0] != outlet.id:
                raise RegistryError(
                    f"{where}: name {name!r} already names {other[0]!r} (line {other[1]})"
                )
            seen_names[key] = (outlet.id, number)
        outlets.append(outlet)
    return outlets


def _parse_line(line: str, *, where: str) -> Outlet:
    record = json_object(line, where=where, error=RegistryError)
    unknown = set(record) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key, kind in {**_REQUIRED, **_OPTIONAL}.items():
        if key not in record:
            if key in _REQUIRED:
                raise RegistryError(f"{where}: missing field {key!r}")
            continue
        if not isinstance(record[key], kind):
            raise RegistryError(f"{where}: field {key!r} must be a {kind.__name__}")
        if kind is list and not all(isinstance(item, str) and item.strip() for item in record[key]):
            raise RegistryError(f"{where}: field {key!r} must list non-empty strings")
        if kind is str and not record[key].strip():
            raise RegistryError(f"{where}: field {key!r} is empty")
    if record["kind"] not in KINDS:
        raise RegistryError(f"{where}: kind {record['kind']!r} is not one of {', '.join(KINDS)}")
    if record["state_affiliation"] not in STATE_AFFILIATIONS:
        raise RegistryError(
            f"{where}: state_affiliation {record['state_affiliation']!r} is not one of "
            f"{', '.join(STATE_AFFILIATIONS)}"
        )
    if not re.fullmatch(r"[A-Z]{2}", record["country"]):
        raise RegistryError(f"{where}: country {record['country']!r} is not an ISO 3166-1 alpha-2 code")
    if not re.fullmatch(r"[a-z]{2}", record["language"]):
        raise RegistryError(f"{where}: language {record['language']!r} is not an ISO 639-1 code")
    for domain in record["domains"]:
        if not _DOMAIN.match(domain) or domain.startswith("www."):
            raise RegistryError(f"{where}: domain {domain!r} must be a bare host like 'example.com'")
    return Outlet(
        id=record["id"],
        name=record["name"],
        aliases=tuple(record["aliases"]),
        domains=tuple(record["domains"]),
        country=record["country"],
        kind=record["kind"],
        ownership=record["ownership"],
        state_affiliation=record["state_affiliation"],
        language=record["language"],
        context_aliases=tuple(record.get("context_aliases", ())),
    )


def outlet_name_key(name: str) -> str:
    """What spellings of one outlet's name share: case, spacing, apostrophes and a leading
    "the" aside ("The Harbor Herald" is "harbor herald")."""
    key = " ".join(name.translate(_APOSTROPHES).casefold().split())
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def host_of(url_or_host: str) -> str:
    """The lower-case host of a URL or host name, without port or ``www.``."""
    value = url_or_host.strip().lower()
    if "//" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname or ""
    except ValueError:  # "[" opens an IPv6 literal: "Foo [bar] News", "http://[bad/"
        return ""
    return host.removeprefix("www.").rstrip(".")


def _compile_matcher(outlets: Iterable[Outlet]) -> re.Pattern | None:
    # Names match in their registered case (only a leading "The" may be lower case):
    # case is what separates "AP", "dpa" or "The Hill" from ordinary words.
    names: set[str] = set()
    for outlet in outlets:
        for name in outlet.all_names:
            name = " ".join(name.translate(_APOSTROPHES).split())
            names.add(name)
            if name.startswith("The ") and len(name.split()) > 1:
                names.add("the" + name[3:])  # "told the Associated Press"
                if len(name.split()) > 2:
                    names.add(name[4:])  # "New York Times" for "The New York Times"
    if not names:
        return None
    return re.compile(rf"(?<!\w)(?:{_trie_pattern(sorted(names))})(?!\w)")


def _trie_pattern(names: list[str]) -> str:
    """One regex for many names with shared prefixes factored out: far faster than a
    flat alternation of hundreds of names. Optional tails are greedy, so the longest
    name wins ("Reuters News" over "Reuters")."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def emit(node: dict) -> str:
        branches = [
            {" ": r"\s+", "'": "['’]"}.get(char, re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _is_context_alias(outlet: Outlet, matched: str) -> bool:
    # Case matters here: "dpa" is a plain alias while "DPA" needs a cue.
    def exact(name: str) -> str:
        name = " ".join(name.translate(_APOSTROPHES).split())
        return "The" + name[3:] if name.startswith("the ") else name

    return any(exact(alias) == exact(matched) for alias in outlet.context_aliases)


def _continues_a_longer_name(text: str, end: int) -> bool:
    following = _NEXT_CAPITALISED.match(text[end : end + _CONTEXT_WINDOW])
    return bool(following) and following.group(1) not in _DATE_WORDS


def _publishing_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _CONTEXT_WINDOW) : start]
    after = text[end : end + _CONTEXT_WINDOW]
    return bool(_CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.search(after))
