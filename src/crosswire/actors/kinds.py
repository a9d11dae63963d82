"""One kind per name across a run, before mentions are merged: the tagger labels one name
differently from mention to mention, and the run's evidence decides which it is."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from crosswire.knowledge.firms import firm_core, is_firm_noun
from crosswire.knowledge.names import parse_person
from crosswire.knowledge.places import (
    fold,
    is_firm_place,
    resolve_institution,
    resolve_organisation,
    resolve_place,
)
from crosswire.models import Mention


def consistent_kinds(mentions: list[Mention]) -> list[Mention]:
    """One kind per name across the run: a one-word name the run gives a person (as the
    surname of a full name, or as a person at least as often as otherwise) is a person
    also where the tagger read a place or organisation - unless the gazetteer names a
    country, region or big city, or it is a listed institution or organisation. A name the
    run calls a place at least as often as an organisation, and never a person, is a place
    (a town the gazetteer lacks), unless it reads as a firm's or a listed body's name; one
    the run calls an organisation more often than a place, or a firm's name, is an
    organisation where the gazetteer does not know it as a place. A one-word name the run
    gives a firm's trade ("Drugmaker X", "X, the automaker"), or a firm's name without
    its designator ("X Inc"), is an organisation wherever the tagger read it as a person
    (unless the run names a person of that surname)."""
    surnames: set[str] = set()
    firms = {fold(m.span.text) for m in mentions if m.kind != "place" and _trade_role(m)}
    # "Halvex Inc" in one article makes the "Halvex" another tagged a person the firm
    firms.update(fold(core) for m in mentions if m.kind == "organisation"
                 and (core := firm_core(m.span.text)) is not None)
    votes: Counter[str] = Counter()
    place_votes: Counter[str] = Counter()  # place tags minus organisation tags, per name
    places: set[str] = set()
    persons: set[str] = set()
    for mention in mentions:
        key = fold(mention.span.text)
        place_votes[key] += {"place": 1, "organisation": -1}.get(mention.kind, 0)
        if mention.kind == "place":
            places.add(key)
        if mention.kind == "person":
            persons.add(key)
            votes[key] += 1
            name = parse_person(mention.span.text)
            if name is not None and name.given:
                surnames.add(fold(name.surname))
        elif mention.kind in ("place", "organisation"):
            votes[key] -= 1
    consistent = []
    for mention in mentions:
        key = fold(mention.span.text)
        if mention.kind == "person" and key in firms and key not in surnames and (
                len(key.split()) == 1):
            mention = replace(mention, kind="organisation")
        elif (
            mention.kind in ("place", "organisation")
            and key not in firms
            and len(key.split()) == 1
            and (key in surnames or (votes[key] >= 0 and key in votes))
            and not mention.span.text.isupper()
            and not is_firm_place(mention.span.text)
            and not resolve_institution(mention.span.text)
            and not resolve_organisation(mention.span.text)
        ):
            mention = replace(mention, kind="person", role=None)
        elif (mention.kind == "organisation" and key in places and place_votes[key] >= 0
              and key not in persons and firm_core(mention.span.text) is None
              and not resolve_institution(mention.span.text)
              and not resolve_organisation(mention.span.text)):
            # "the village of Ballykeel" and "residents of Ballykeel": a town the gazetteer
            # lacks, which the tagger calls a place as often as a body, is one place
            mention = replace(mention, kind="place", role=None)
        elif (mention.kind == "place" and (place_votes[key] < 0 or firm_core(mention.span.text))
              and key not in persons and resolve_place(mention.span.text) is None):
            # "the F.B.I." read once as a place where the run calls it a body more often,
            # or a company's name with its designator read as a place: a body
            mention = replace(mention, kind="organisation", role=None)
        consistent.append(mention)
    return consistent


def _trade_role(mention: Mention) -> bool:
    """Does the mention's role name a firm's trade ("Drugmaker", "the automaker")? Its
    last word must: "the company's founder" is a person."""
    return bool(mention.role) and is_firm_noun(mention.role.split()[-1].strip(",.;"))
