"""The gazetteer's datelines and place kinds (invented text, real place names)."""

from __future__ import annotations

import pytest

from crosswire.knowledge.places import dateline_credit, dateline_length, resolve_place


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("TALLINN (Reuters) — The minister said", "TALLINN (Reuters) — "),
    ("RIGA, Latvia (AP) — Officials said", "RIGA, Latvia (AP) — "),
    ("TALLINN, March 5 (Xinhua) -- The talks", "TALLINN, March 5 (Xinhua) -- "),
    ("Tallinn, 5 March (TASS): The talks", "Tallinn, 5 March (TASS): "),
    ("Nairobi: The ministry said", "Nairobi: "),
    ("TALLINN: The ministry said", "TALLINN: "),
    ("Warren: we will not give in", ""),       # people are named after towns
    ("Sen. Ann Lee (R-Ohio) — Announced in May", ""),
    ("WASHINGTON — A senator said", "WASHINGTON — "),
    ("Ines Varga: we will not give in", ""),   # a speaker, not a place
    ("Estonia: we will not give in", ""),      # a headline's country speaks
    ("Q: What did you expect?", ""),
    ("The minister — who had resigned — said", ""),
    ("Kilbrannagh, Ireland — Farmers said", "Kilbrannagh, Ireland — "),  # placed by its country
    ("Ines Varga, Estonia's envoy — said", ""),
])
def test_a_dateline_needs_capitals_a_credit_a_date_or_a_big_city(paragraph, dateline):
    assert paragraph[: dateline_length(paragraph)] == dateline


@pytest.mark.parametrize(("paragraph", "credit"), [
    ("TALLINN, March 5 (Xinhua) -- The talks", "Xinhua"),
    ("HALDEN (The Riverside Courier) - Officials said", "The Riverside Courier"),
    ("WASHINGTON — A senator said", None),
    ("Sen. Ann Lee (R-Ohio) — Announced in May", None),
])
def test_a_datelines_credit_is_the_name_in_its_brackets(paragraph, credit):
    assert dateline_credit(paragraph) == credit


def test_us_states_are_places_of_the_us_and_big_cities_keep_their_names():
    for state in ("Ohio", "Florida", "Missouri", "Maine", "Arizona"):
        place = resolve_place(state)
        assert place is not None and place.name == state and place.country == "United States"
    assert resolve_place("Washington").key.startswith("geo:")  # the capital, not the state


def test_an_institution_is_no_town_of_the_same_alternate_name():
    assert resolve_place("White House") is None


def test_a_big_city_by_its_own_name_is_no_alternate_of_a_bigger_one():
    # geonames lists a borough's name among its city's names; news naming it means the borough
    borough, city = resolve_place("Manhattan"), resolve_place("New York")
    assert borough.name == "Manhattan" and borough.key != city.key
    assert resolve_place("Islamabad").country == "Pakistan"
    assert resolve_place("Brooklyn").key != city.key
