"""A place name read with the words around it: "Paris, Texas" is the Texan town, "the
state of Georgia" and "Georgia Gov." the US state. The words that make a name a state or
a province ("state of", "Gov.") are listed in ``data/region_cues.jsonl``; the gazetteer
is ``crosswire.knowledge.places``.
"""

from __future__ import annotations

import re
from functools import cache

from crosswire.data import read_jsonl
from crosswire.knowledge.place_regions import place_in_region, subnational_region
from crosswire.knowledge.places import Place, fold, resolve_place
from crosswire.knowledge.text import POSSESSIVE_END

CUE_SIDES = ("before", "after")
# How many characters beside a name its cue words are looked for in (the longest cue is 25).
CUE_REACH = 40
# The region after "Town, ": the whole run of one to three capitalised words after the
# comma ("Virginia", "New South Wales"; "Chicago, New York City" names no region).
_QUALIFIER = re.compile(
    r",[ \t]*(?P<region>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?![\w'’-]|[ \t]+[A-Z])")
# "Paris, France and Germany", "Idaho, Ohio, Texas": the words after the town are the next
# items of a list, not the town's region ("Paris, Texas, and" closes an apposition).
_LIST_GOES_ON = re.compile(r"[ \t]+(?:and|or)\b|,[ \t]*[A-Z]")
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
# The town before ", Region": the run of capitalised words ending at the comma.
_TOWN_BEFORE = re.compile(rf"(?P<town>{_NAME}),[ \t]*$")


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """Side -> a pattern of the cues on that side of a name, longest first."""
    name = "region_cues.jsonl"
    forms: dict[str, list[str]] = {side: [] for side in CUE_SIDES}
    for row in read_jsonl(name, required=("form", "side")):
        if row["side"] not in CUE_SIDES or not str(row["form"]).strip():
            raise ValueError(f"{name}: form and side ({', '.join(CUE_SIDES)}): {row}")
        forms[row["side"]].append(re.escape(row["form"].lower()).replace(r"\ ", r"\s+"))
    alternatives = {side: "|".join(sorted(found, key=len, reverse=True)) for side, found in forms.items()}
    return {
        "before": re.compile(rf"\b(?:{alternatives['before']})\s+(?:the\s+)?$", re.IGNORECASE),
        "after": re.compile(rf"^(?:['’]s)?\s+(?:{alternatives['after']})(?!\w)", re.IGNORECASE),
        "title": re.compile(
            rf"\b(?i:{alternatives['before']})\s+(?:the\s+)?(?P<after_cue>{_NAME})"
            rf"|(?P<before_cue>{_NAME})(?:['’]s)?\s+(?i:{alternatives['after']})(?!\w)"),
    }


def place_in_text(text: str, start: int, end: int) -> Place | None:
    """The place the name at ``text[start:end]`` names as its words place it: inside the
    region a comma puts after it ("Paris, Texas"), the state or province its cue words
    make it ("the state of Georgia", "Georgia's governor") or a town of that state before
    it makes it ("Athens, Georgia"), else as the gazetteer reads the name alone."""
    name = text[start:end]
    qualifier = _QUALIFIER.match(text, end)
    # "in Moscow, Ukraine's envoy said": a possessive starts the next phrase
    if qualifier is not None and not _LIST_GOES_ON.match(text, qualifier.end()) and not (
            POSSESSIVE_END.search(qualifier.group("region"))):
        place = place_in_region(name, qualifier.group("region"))
        if place is not None:
            return place
    region = subnational_region(name)
    town = _TOWN_BEFORE.search(text, max(0, start - CUE_REACH), start) if region is not None else None
    if town is not None:
        # "Athens, Georgia": the name a town is placed with is the state where that town is
        # the state's ("Batumi, Georgia" keeps the country)
        placed = place_in_region(town.group("town"), name)
        if placed is not None and placed.country == region.country:
            return region
    patterns = _cue_patterns()
    # the cues are a few words long: only the words next to the name are read
    if patterns["before"].search(text[max(0, start - CUE_REACH) : start]) or (
            patterns["after"].match(text[end : end + CUE_REACH])):
        if region is not None:
            return region
    return resolve_place(name)


def region_in_title(title: str) -> Place | None:
    """The state or province a title holds office in ("Georgia Gov.", "Governor of
    Georgia", "the Ohio governor's"), None where it names none."""
    for match in _cue_patterns()["title"].finditer(title):
        name = match.group("after_cue") or match.group("before_cue")
        words = name.split()
        # "Republican Georgia Gov.", "Georgia Republican Gov.": a party word may stand on
        # either side of the region; the run of words nearest the cue is tried first
        for last in range(len(words), 0, -1):
            for first in range(last):
                region = subnational_region(" ".join(words[first:last]))
                if region is not None:
                    return region
    return None


def places_in_article(text: str, spans: list[tuple[int, int]]) -> list[Place | None]:
    """The place each name at ``spans`` of one article names (``place_in_text``); a name
    the article places once ("Paris, Texas") is that place wherever else it stands bare
    ("said in Paris", the dateline "PARIS —"): one writer means one Paris."""
    read = [place_in_text(text, start, end) for start, end in spans]
    placed_by_words: dict[str, Place] = {}
    for (start, end), place in zip(spans, read):
        if place is not None and place != resolve_place(text[start:end]):
            placed_by_words.setdefault(fold(text[start:end]), place)
    return [placed_by_words.get(fold(text[start:end]), place)
            if place is not None and place == resolve_place(text[start:end]) else place
            for (start, end), place in zip(spans, read)]
