"""A place read with its region: the town "Paris, Texas" names, and the state or province a
name names where the text makes it one ("the state of Georgia"). The gazetteer's tables
are ``crosswire.knowledge.places``; the words around a name that call for these readings
are ``crosswire.knowledge.place_context``'s.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate

from crosswire.knowledge.places import (
    Place,
    cities_by_id,
    fold,
    geonames_cities,
    is_firm_place,
    region_scopes,
)


@cache
def _country_cities(iso: str) -> tuple[tuple[tuple[str, Place, tuple[str, ...]], ...], str,
                                       tuple[int, ...], frozenset[int]]:
    """One country's cities, most populous first, as (admin1 code, city, its name and ASCII
    alternate names): the namesakes a region's name chooses among; their ASCII names
    lower-cased without dots, a line a city (the text ``_cities_named`` searches, and where
    each line starts); and the cities whose own name is not ASCII. Folding every name of a
    country's cities (``fold``) cost a fifth of a second for the United States: only the
    cities a searched name's first word is written in are folded."""
    by_id = cities_by_id()
    rows = [row for row in geonames_cities().values() if row["countrycode"] == iso]
    cities = []
    for row in sorted(rows, key=lambda row: -row["population"]):
        place = by_id.get(f"geo:{row['geonameid']}")
        if place is not None:
            cities.append((row["admin1code"], place, (row["name"], *(
                alt for alt in row["alternatenames"] if alt.isascii() and len(alt) > 3 and not alt.isupper()))))
    lines = ["\t".join(name.lower().replace(".", "") for name in names if name.isascii())
             for _, _, names in cities]
    starts = tuple(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return tuple(cities), "\n".join(lines), starts, frozenset(
        n for n, (_, _, names) in enumerate(cities) if not names[0].isascii())


@lru_cache(maxsize=4096)
def _cities_named(iso: str, key: str) -> tuple[tuple[str, Place], ...]:
    """(admin1 code, city) of one country's cities a name or ASCII alternate name of which
    folds to ``key``, most populous first. Each word of a folded ASCII name is written in
    the name (lower-cased, dots left out), so a city is folded only where its line of
    ``_country_cities`` holds ``key``'s first word, or its own name is not ASCII."""
    cities, text, starts, other_scripts = _country_cities(iso)
    candidates = set(other_scripts)
    first = key.split()[0]
    at = text.find(first)
    while at != -1:
        line = bisect_right(starts, at) - 1
        candidates.add(line)
        at = text.find(first, starts[line + 1]) if line + 1 < len(starts) else -1
    return tuple((admin1, place) for n in sorted(candidates)
                 for admin1, place, names in [cities[n]] if key in {fold(name) for name in names})


def place_in_region(name: str, region: str) -> Place | None:
    """The place "``name``, ``region``" names ("Paris, Texas", "Perth, Scotland"): the
    city of that name inside the region when the gazetteer has it there, else a town of
    that name in the region's country (a same-named city elsewhere is not it). None when
    ``region`` names no country or region, or ``name`` is itself one ("Ukraine, Russia"
    is a list), or where a big city of that name lies elsewhere ("Chicago, Ohio" is
    likelier a list than a town the gazetteer lacks)."""
    scopes = region_scopes().get(fold(region), ())
    if not scopes or not fold(name) or fold(name) in region_scopes():
        return None
    for iso, admin1, _ in scopes:
        for city_admin1, city in _cities_named(iso, fold(name)):
            if admin1 is None or city_admin1 == admin1:
                return city
    if is_firm_place(name):
        return None
    # a town the gazetteer lacks is a small one, and "Smalltown, Georgia" places a small
    # town the way the press writes a state's towns: the state, where a country shares its name
    area = next((place for _, _, place in scopes if place.key.startswith("region:")), scopes[0][2])
    return Place(f"town:{fold(name)}@{area.key}", name.strip(), "place", area.country)


def subnational_region(name: str) -> Place | None:
    """The state or province a name names where the text makes it one ("the state of
    Georgia"), even when a country or a big city has that name too; else None."""
    for _, _, place in region_scopes().get(fold(name), ()):
        if place.key.startswith("region:"):
            return place
    return None
