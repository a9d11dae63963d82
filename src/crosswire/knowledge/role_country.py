"""An actor's country: as its record gives it, as its roles state it, or from the office or
person its role ties it to.

A role states a country where titles put it: first ("Ukraine's foreign minister",
"Kremlin spokesman") or last ("President of Russia", "professor in Britain"), looked up
among country names, demonyms, capitals and state institutions (PLOVER's entity table,
which also codes international bodies: "UN ambassador" is "UNO").

A role that names no country ("Foreign Ministry spokesman", "top adviser to Mr. Kovač",
"adviser to the president's office") still places its holder when the text names the
country of that office ("Ukraine's Foreign Ministry", "the Ukrainian president's office")
or the person it serves has a country. Offices and the dependent role heads that serve one
are listed in ``data/state_offices.jsonl``. The inferred country keeps its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from crosswire.knowledge.place_context import region_in_title
from crosswire.knowledge.places import (
    country_name,
    country_named,
    fold,
    is_firm_place,
    region_named,
    resolve_institution,
    resolve_place,
)
from crosswire.knowledge.plover import entity_codes
from crosswire.knowledge.variants import spelled_out_place
from crosswire.knowledge.text import SENTENCE_BREAK
from crosswire.data import read_jsonl
from crosswire.models import Actor

STATE_OFFICE_KINDS = ("office", "dependent")
# Where an article names the office with several countries ("Russian President ...",
# "Ukrainian President ..."), the most named one is taken only when it is named at least this
# many times as often as the next: "the president" of a two-country story stays unplaced.
DOMINANT_RATIO = 3
# "adviser to X", "spokesman for X", "head of X": the role head and what it serves.
ROLE_OBJECT = re.compile(r"^(?P<head>.+?)\s+(?:to|for|of|at|in)\s+(?P<object>.+)$", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+", re.IGNORECASE)
# One or two capitalised words right before an office ("Ukraine's", "the Ukrainian", "U.S.").
COUNTRY_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’-]*?)(?:['’]s)?\s+(?:the\s+)?$")
COUNTRY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")
# The bracketed place that ends a party tag role ("Democrat (Ore.)").
BRACKETED_END = re.compile(r"\((?P<place>[A-Z][^()]*)\)\s*$")
# A word of a title as a country lookup needs it: abbreviations whole ("U.S.", "U.K.").
TITLE_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")


@cache
def _state_forms() -> dict[str, tuple[str, ...]]:
    name = "state_offices.jsonl"
    table: dict[str, list[str]] = {kind: [] for kind in STATE_OFFICE_KINDS}
    for row in read_jsonl(name, required=("form", "kind")):
        if row["kind"] not in STATE_OFFICE_KINDS or not str(row["form"]).strip():
            raise ValueError(f"{name}: form and kind ({', '.join(STATE_OFFICE_KINDS)}): {row}")
        table[row["kind"]].append(row["form"].lower())
    return {kind: tuple(sorted(forms, key=len, reverse=True)) for kind, forms in table.items()}


def state_office_forms(kind: str) -> tuple[str, ...]:
    """The lowercase forms of one kind of ``data/state_offices.jsonl``, longest first."""
    return _state_forms()[kind]


@cache
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(form).replace("'", "['’]") + r"(?!\w)", re.IGNORECASE)


def _office_in(text: str) -> str | None:
    """The longest state office form the text contains."""
    return next((form for form in _state_forms()["office"] if _form_pattern(form).search(text)), None)


def _is_dependent(head: str) -> bool:
    return any(_form_pattern(form).search(head) for form in _state_forms()["dependent"])


# Roles repeat across an actor's statements (each asks for its actor's country): cached.
ROLE_CACHE_SIZE = 8192


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def role_country(role: str) -> str | None:
    """The country a role states: in its first words ("Ukraine's foreign minister",
    "former Kremlin adviser") or after a final "of"/"in" ("President of Peru"). A country
    inside ("professor of Russian history") says nothing about the holder. A state's
    title ("Georgia Gov.", "Governor of Georgia") places it in that state's country, not
    in a country of the state's name."""
    region = region_in_title(role)
    if region is not None and region.country:
        return region.country
    words = TITLE_WORD.findall(role)
    codes = entity_codes()

    def lookup(parts: list[str]) -> str | None:
        text = " ".join(parts).lower()
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        code = codes.get(text) or codes.get(text.removeprefix("the "))
        return (country_name(code) or code) if code else None

    for size in (3, 2, 1):
        for start in (0, 1):
            country = lookup(words[start : start + size]) if len(words) >= start + size else None
            if country:
                return country
    # a state's or province's office ("South Dakota Gov.", "Ontario Premier") is held in
    # that region's country
    region = next((region for region in map(region_named, _opening_phrases(words))
                   if region is not None and region.country), None)
    if region is not None:
        return region.country
    city = _city_before_office(role)
    if city is not None:
        return city
    for size in (2, 1):
        before = words[-size - 1].lower() if len(words) > size else ""
        country = (lookup(words[-size:]) or _firm_place_country(" ".join(words[-size:]))
                   if before in ("of", "in") else None)
        if country:
            return country
    return _institution_before_office(words) or _bracketed_region(role)


def _firm_place_country(name: str) -> str | None:
    """The country of a place the gazetteer knows firmly ("borough president of Brooklyn")."""
    place = resolve_place(name) if is_firm_place(name) else None
    return place.country if place is not None else None


def _opening_phrases(words: list[str]) -> Iterator[str]:
    """The phrases of three, two or one words that open the role, or follow its first word
    ("former"), with a word after them, its office: "South Dakota" of "South Dakota Gov."."""
    for size in (3, 2, 1):
        for start in (0, 1):
            if len(words) > start + size:
                yield " ".join(words[start : start + size])


def _institution_before_office(words: list[str]) -> str | None:
    """The country of a listed state institution that opens the role, after at most one
    word ("CDC Director", "former Pentagon official"): its office is held there."""
    institutions = map(resolve_institution, _opening_phrases(words))
    return next((found.country for found in institutions if found is not None and found.country), None)


def _bracketed_region(role: str) -> str | None:
    """The country of the state a US legislator's party tag names ("Democrat (Ore.)")."""
    match = BRACKETED_END.search(role)
    if match is None:
        return None
    name = match.group("place")
    region = region_named(spelled_out_place(name) or name)
    return region.country if region is not None else None


@cache
def _city_office_pattern() -> re.Pattern[str]:
    """A city's name (a run of capitalised words) right before one of its offices."""
    forms = sorted((row["form"].lower() for row in read_jsonl("city_offices.jsonl", required=("form",))),
                   key=len, reverse=True)
    offices = "|".join(re.escape(form).replace("'", "['’]").replace(r"\ ", r"\s+") for form in forms)
    return re.compile(rf"(?P<city>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})(?:['’]s)?\s+(?i:{offices})(?!\w)")


def _city_before_office(role: str) -> str | None:
    """The country of the city a city's office names ("Denver Mayor", "the Lyon
    police chief"), where the gazetteer knows the city firmly (a big city's own name)."""
    match = _city_office_pattern().search(role)
    if match is None:
        return None
    words = match.group("city").split()
    # "Democratic Chicago Mayor": the city is the last words before the office
    for first in range(len(words)):
        name = " ".join(words[first:])
        if is_firm_place(name):
            place = resolve_place(name)
            return place.country if place is not None else None
    return None


def actor_country(actor: Actor) -> str | None:
    """The actor's country as its record gives it, else as most of its roles state it
    (None where the roles disagree)."""
    if actor.country:
        return actor.country
    votes = Counter(filter(None, map(role_country, actor.roles)))
    if not votes:
        return None
    (country, top), *rest = votes.most_common()
    return None if rest and rest[0][1] == top else country


def infer_countries(actors: list[Actor], *, texts: dict[str, str]) -> list[Actor]:
    """Actors with a country for each person whose roles state one ("Chinese President",
    "Texas Gov.") or tie it to a placed office or person. The actor list shows a person's
    country as a place's: a role that states it is the person's evidence.

    ``texts`` maps article ids to their text, where offices are looked up.
    """
    known = {actor.id: actor_country(actor) for actor in actors}
    surnames: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind == "person":
            for alias in actor.aliases:
                surnames.setdefault(fold(alias).split()[-1] if fold(alias) else "", set()).add(actor.id)
    placed = []
    for actor in actors:
        stated = known[actor.id]
        if actor.kind == "person" and stated and not actor.country:
            role = next(role for role in actor.roles if role_country(role) == stated)
            actor = replace(actor, country=stated, country_evidence=f"role “{role}”")
        if actor.kind == "person" and not known[actor.id]:
            found = _from_roles(actor, known=known, surnames=surnames, texts=texts)
            if found:
                actor = replace(actor, country=found[0], country_evidence=found[1])
        placed.append(actor)
    return placed


def _from_roles(actor: Actor, *, known: dict[str, str | None], surnames: dict[str, set[str]],
                texts: dict[str, str]) -> tuple[str, str] | None:
    offices: list[str] = []
    for role in actor.roles:
        match = ROLE_OBJECT.match(role)
        if match and _is_dependent(match.group("head")):
            served = LEADING_ARTICLE.sub("", match.group("object").strip())
            office = _office_in(served)
            if office:
                prefix = served[: _form_pattern(office).search(served).start()]
                country = country_named(prefix) if prefix.strip() else None
                if country:
                    return country, f"role “{role}”"
                offices.append(office)
                continue
            institution = resolve_institution(served)
            if institution and institution.country:
                return institution.country, f"role “{role}”"
            holders = {a for a in surnames.get(fold(served).split()[-1] if fold(served) else "", set())
                       if a != actor.id and known.get(a)}
            countries = {known[a] for a in holders}
            if len(countries) == 1:
                country = countries.pop()
                return country, f"role “{role}”: serves {served}, of {country}"
        office = _office_in(role)
        # "Foreign Ministry spokesman" serves the ministry; "Prime Minister" holds the office
        # and may meet another country's holder in the same sentence, so it is not placed here.
        if office and _is_dependent(_form_pattern(office).sub(" ", role)):
            offices.append(office)
    for office in offices:
        found = _office_country(office, actor=actor, texts=texts)
        if found:
            return found
    return None


def _office_country(office: str, *, actor: Actor, texts: dict[str, str]) -> tuple[str, str] | None:
    """The country the actor's articles give the office: in a sentence where the actor is
    named, else the one the article names it with most."""
    for article in dict.fromkeys(seen.article for seen in actor.seen):
        text = texts.get(article)
        if not text:
            continue
        named = [(country, phrase, start) for country, phrase, start in _placed_offices(office, text)]
        if not named:
            continue
        bounds = _sentence_bounds(text)
        own = {_sentence_of(bounds, seen.start) for seen in actor.seen if seen.article == article}
        same_sentence = {country for country, _, start in named if _sentence_of(bounds, start) in own}
        if len(same_sentence) == 1:
            country = same_sentence.pop()
        else:
            votes = Counter(country for country, _, _ in named).most_common()
            if len(votes) > 1 and votes[0][1] < DOMINANT_RATIO * votes[1][1]:
                continue
            country = votes[0][0]
        phrase, start = next((p, s) for c, p, s in named if c == country)
        return country, f"“{phrase}” ({article} §{start}–{start + len(phrase)})"
    return None


def _placed_offices(office: str, text: str) -> list[tuple[str, str, int]]:
    """(country, words, start) of each place the text names the office with its country."""
    found = []
    for hit in _form_pattern(office).finditer(text):
        before = COUNTRY_BEFORE.search(text, max(0, hit.start() - 40), hit.start())
        if before:
            country = country_named(before.group("name"))
            if country:
                found.append((country, text[before.start():hit.end()], before.start()))
                continue
        after = COUNTRY_AFTER.match(text[hit.end(): hit.end() + 40])
        if after:
            country = country_named(after.group("name"))
            if country:
                found.append((country, text[hit.start(): hit.end() + after.end()], hit.start()))
    return found


def _sentence_bounds(text: str) -> list[int]:
    return [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]


def _sentence_of(bounds: list[int], offset: int) -> int:
    return bisect_right(bounds, offset) - 1
