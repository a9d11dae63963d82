"""Where the versions of one claim differ: the figures they give of one thing, the date, who
the outlets themselves credit, how each tells it (quoted, paraphrased, reported as fact) and
an event's status. (A dispute on what happened is ``claim_disputes``'.)"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations

from crosswire.compare.claim_readings import quantities
from crosswire.compare.claim_terms import actor_ids
from crosswire.compare.claim_units import Unit, unit_date
from crosswire.knowledge.text import WHOLE_YEAR, numbers, stop_words
from crosswire.models import Actor, ClaimConflict, ClaimVersion, Statement

# Speaker resolutions that take the outlet's own words for who spoke (see _named_speaker).
NAMED_BY_OUTLET = frozenset({"named", "unnamed"})


def version_conflicts(pairs: list[tuple[ClaimVersion, Unit]], *,
                      actors: dict[str, Actor]) -> list[ClaimConflict]:
    """Aspects on which versions from different articles disagree; values name the
    statement ids (or, for a fact no statement carries, the event ids) behind them.
    Speakers that are one voice (``one_voice``, ``actors`` by id) are no difference."""
    if len({v.span.article for v, _ in pairs}) < 2:
        return []
    aspects: dict[str, dict[str, list[str]]] = {
        "number": _number_values(pairs), "date": {}, "speaker": {}, "kind": {}, "status": {}}
    for version, unit in pairs:
        key = version.key
        date = unit_date(unit)
        if date is not None and date.value:
            aspects["date"].setdefault(date.value, []).append(key)
        statement = unit.statement
        if statement is not None:
            who = _named_speaker(statement)
        else:
            who = min(actor_ids(unit.keys), default=None)
        if who:
            aspects["speaker"].setdefault(who, []).append(key)
        aspects["kind"].setdefault(_kind_label(version), []).append(key)
        if unit.event is not None:
            aspects["status"].setdefault(unit.event.status, []).append(key)
    aspects["speaker"] = _by_voice(aspects["speaker"], actors)
    conflicts = []
    for aspect, values in aspects.items():
        if len(values) > 1 and not (aspect == "date" and _nested_dates(values)):
            conflicts.append(ClaimConflict(aspect=aspect, values=values))
    return conflicts


def _number_values(pairs: list[tuple[ClaimVersion, Unit]]) -> dict[str, list[str]]:
    """The figures versions give for one thing they count, when two versions count it
    differently ("300 schools" / "250 schools"): figure -> version keys. Figures of
    different things are no conflict ("served four terms" / "died at 88"), so each
    version's figures are told apart by what they count (a figure counting nothing named,
    "died at 88", "$3.4 billion", with the others counting nothing named); the first thing
    versions disagree on is shown. Nor is a figure one version gives beside all the
    other's ("120 ferries sailed" / "120 sailed, up from 90 ferries in April")."""
    counted = {version.key: _counted_figures(version.span.text) for version, _ in pairs}
    if _nested(frozenset().union(*figures.values()) for figures in counted.values() if figures):
        return {}  # one version gives a figure the other leaves out: "120, up from 90 ferries"
    for thing in sorted({thing for figures in counted.values() for thing in figures}):
        given = [figures[thing] for figures in counted.values() if thing in figures]
        if _nested(given) or frozenset().union(*given) in given:
            # or one version gives every figure the others give of it, so they are figures
            # of different things it tells apart ("3,400 crossings, 410 more than last year")
            continue
        values: dict[str, list[str]] = {}
        for key, figures in counted.items():
            if thing in figures:
                values.setdefault(", ".join(sorted(figures[thing], key=float)), []).append(key)
        return values
    return {}


def _counted_figures(text: str) -> dict[str, frozenset[str]]:
    """A text's exact figures (``numbers``) by the word each counts ("300 schools" ->
    {"school": {"300"}}), and all of them under "" when one counts no word."""
    # a year dates what a version tells (the date aspect's business), it counts nothing:
    # "the crossings of 2021" and "410 more crossings than in 2019" do not disagree
    exact = {float(figure): figure for figure in numbers(text) if not WHOLE_YEAR.fullmatch(figure)}
    things: dict[str, frozenset[str]] = {}
    for thing, values in quantities(text).items():
        figures = frozenset(exact[v] for v in map(float, values) if v in exact)
        if figures:
            things[thing] = figures
    if set(exact.values()).difference(*things.values()):
        # a figure counting no word may be any of another version's counts: "raised $40
        # million for the pier" agrees with "a $40 million pier fund ... $90 million in all"
        things[""] = frozenset(exact.values())
    return things


def _named_speaker(statement: Statement) -> str | None:
    """Who the outlet itself credits: a name, or unnamed sources ("officials"). A speaker our
    resolution reached from "he" or "the minister" is left out: versions differing there may
    differ by our own error, not the outlets'."""
    if statement.resolution.method not in NAMED_BY_OUTLET:
        return None
    words = statement.speaker_words
    return statement.speaker or (words.text.strip() if words else None)


def _by_voice(speakers: dict[str, list[str]], actors: dict[str, Actor]) -> dict[str, list[str]]:
    """The speaker values (actor ids, or the outlet's own words for an unnamed source) with
    those of one voice (``one_voice``) under the body they speak for: each under at most
    one named organisation (of two, the longer name: "a Border Police official" is the
    Border Police's, not the Police's), else a person under the unnamed source whose words
    hold their role. Nobody joins through another, nor two unnamed sources with each other:
    "an official", "a Rovan official" and "a Tarsk official" are three voices."""
    bodies = sorted(who for who in speakers if _body_names(who, actors) and who in actors)
    unnamed = sorted(who for who in speakers if who not in actors)
    shown: dict[str, str] = {}  # a speaker value -> the body its voice is shown under
    for who in speakers:
        if who in bodies:
            continue
        own = [body for body in bodies if one_voice(who, body, actors)]
        if own:
            shown[who] = max(own, key=lambda body: len(actors[body].name))
    for who in speakers:
        if who in shown or who in bodies or who in unnamed:
            continue
        sources = [source for source in unnamed if one_voice(who, source, actors)]
        if sources:
            source = max(sources, key=len)
            shown[who] = shown.get(source, source)
    merged: dict[str, list[str]] = {}
    for who, keys in speakers.items():
        merged.setdefault(shown.get(who, who), []).extend(keys)
    return merged


def one_voice(a: str, b: str, actors: dict[str, Actor]) -> bool:
    """A body and one who speaks for it, credited by two outlets with one line: the body's
    name within a person's role ("the Harbour Board" / its "Harbour Board press officer")
    or within the words naming an unnamed source ("a Harbour Board official"), or the
    words naming a source within a person's role ("Police" / a "Police inspector")."""
    return any(_within(name, described) for one, other in ((a, b), (b, a))
               for name in _body_names(one, actors) for described in _descriptions(other, actors))


def _body_names(who: str, actors: dict[str, Actor]) -> list[str]:
    """The names a body goes by: an organisation's name and aliases, or the words naming
    an unnamed source; a person or a place is no body."""
    actor = actors.get(who)
    if actor is None:
        return [who]
    return [actor.name, *actor.aliases] if actor.kind == "organisation" else []


def _descriptions(who: str, actors: dict[str, Actor]) -> list[str]:
    """What tells whom a speaker speaks for: a person's roles, or the words naming an
    unnamed source."""
    actor = actors.get(who)
    if actor is None:
        return [who]
    return list(actor.roles) if actor.kind == "person" else []


def _within(name: str, described: str) -> bool:
    """The name's words (leading stop words, "the", left out) run whole within the
    description, and are more than stop words; a name is not within itself."""
    words = re.findall(r"[\w'’.-]+", name.lower())
    while words and words[0] in stop_words():
        words = words[1:]
    if not words or all(w in stop_words() for w in words) or name.strip().lower() == described.strip().lower():
        return False
    return re.search(r"(?<![\w'’.-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])",
                     described.lower()) is not None


def _kind_label(version: ClaimVersion) -> str:
    if version.fact:
        return "reported as fact"
    return {"direct": "quoted", "indirect": "paraphrased"}.get(version.kind, "partly quoted")


def _nested_dates(values: dict[str, list[str]]) -> bool:
    """"2022-11" and "2022-11-20" do not conflict: one is a coarser form of the other."""
    dates = sorted(values, key=len)
    return all(longer.startswith(dates[0]) for longer in dates[1:])


def _nested(figure_sets: Iterable[frozenset[str]]) -> bool:
    """"4, 1200" and "4" do not conflict: one version gives a figure the other leaves out
    (or rounds: see ``numbers``)."""
    return all(a <= b or b <= a for a, b in combinations(set(figure_sets), 2))
