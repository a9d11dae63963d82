"""Places read with their surrounding words (invented sentences, real place names)."""

from __future__ import annotations

import re

import pytest

from crosswire.actors import merge_mentions
from crosswire.knowledge.place_context import places_in_article, place_in_text, region_in_title
from crosswire.knowledge.place_regions import place_in_region
from crosswire.knowledge.places import resolve_place
from crosswire.knowledge.role_country import role_country
from crosswire.models import Mention, TextSpan


def placed(sentence: str, name: str):
    start = sentence.index(name)
    return place_in_text(sentence, start, start + len(name))


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("The rodeo in Paris, Texas, drew a record crowd last weekend.", "Paris", "United States"),
    ("A ferry left Perth, Scotland, before the storm closed the river.", "Perth", "United Kingdom"),
    ("Students from Athens, Georgia, staged a sit-in at the library.", "Athens", "United States"),
    ("The old port of Batumi, Georgia, reopened to cruise ships.", "Batumi", "Georgia"),
    ("A mill in Moscow, Idaho, shut down for the winter.", "Moscow", "United States"),
])
def test_a_city_before_its_region_is_the_one_in_that_region(sentence, name, country):
    place = placed(sentence, name)
    assert place is not None and place.country == country
    assert place.key != resolve_place(name).key or resolve_place(name).country == country


def test_a_city_in_its_region_is_found_without_folding_every_name_of_the_country():
    """Only the cities whose names hold the searched name's first word are folded (folding a
    big country's every name cost a fifth of a second), and they are the same cities, most
    populous first, an alternate name ("St. Louis" as "Saint Louis") found as well."""
    from crosswire.knowledge import place_regions, places

    place_regions._cities_named.cache_clear()
    places.fold.cache_clear()
    springfield = place_in_region("Springfield", "Illinois")
    assert springfield is not None and springfield.name == "Springfield"
    assert springfield.country == "United States"
    assert places.fold.cache_info().currsize < 1000
    named = place_regions._cities_named("US", places.fold("Springfield"))
    populations = [city.population for _, city in named]
    assert len(named) > 3 and populations == sorted(populations, reverse=True)
    assert place_in_region("Saint Louis", "Missouri") == place_in_region("St. Louis", "Missouri") is not None


def test_a_town_the_gazetteer_lacks_in_its_region_takes_the_regions_country():
    # the gazetteer's Cornwall is a Canadian city; the English county is not among its rows
    assert resolve_place("Cornwall").country == "Canada"
    place = placed("A surf school near Cornwall, England, closed for the season.", "Cornwall")
    assert place is not None and place.country == "United Kingdom"
    # a big city's name before a region is likelier a list than an unknown namesake
    assert placed("Crowds gathered in Madrid, Ohio.", "Madrid").country == "Spain"
    # a town the gazetteer lacks before a name both a state and a country has: the state
    place = placed("The feed store in Pellham Crossing, Georgia, reopened on Monday.", "Pellham Crossing")
    assert place is not None and place.key.endswith("@region:georgia") and place.country == "United States"


def test_a_list_of_places_is_not_a_town_and_its_region():
    assert placed("Buses ran from Warsaw, Ukraine and Moldova all night.", "Warsaw").country == "Poland"
    assert place_in_region("Ukraine", "Belarus") is None  # two countries listed
    # a possessive after the comma opens the next phrase
    assert placed("In Madrid, Ukraine's envoy met the minister.", "Madrid").country == "Spain"


@pytest.mark.parametrize("sentence", [
    "Lawmakers in the state of Georgia voted on the voting bill.",
    "Georgia's governor vetoed the bill on Friday.",
    "The Georgia state legislature adjourned early.",
])
def test_state_words_make_a_name_the_state_not_the_country(sentence):
    place = placed(sentence, "Georgia")
    assert place is not None and place.key.startswith("region:") and place.country == "United States"


def test_without_state_words_the_country_keeps_its_name():
    assert placed("Georgia signed a trade pact with Armenia.", "Georgia").country == "Georgia"
    # a state named like a big city is still the state where the text says so
    assert placed("Farmers in Washington state want rain.", "Washington").key == "region:washington"


@pytest.mark.parametrize(("role", "country"), [
    ("Georgia Gov.", "United States"),
    ("Governor of Georgia", "United States"),
    ("Republican Georgia Gov.", "United States"),
    ("Georgia Republican Gov.", "United States"),
    ("Georgia Democratic Sen.", "United States"),
    ("Georgia Secretary of State", "United States"),
    ("Georgian Prime Minister", "Georgia"),
    ("President of Georgia", "Georgia"),
    ("Georgia's prime minister", "Georgia"),
])
def test_a_states_title_places_its_holder_in_the_states_country(role, country):
    assert role_country(role) == country


@pytest.mark.parametrize(("role", "country"), [
    ("Lyon Mayor", "France"),
    ("former Houston Mayor", "United States"),
    ("the Toronto police chief", "Canada"),
])
def test_a_citys_office_places_its_holder_in_the_citys_country(role, country):
    assert role_country(role) == country


def test_a_city_office_without_a_known_city_places_no_one():
    assert role_country("Mayor") is None
    assert role_country("Quillby Mayor") is None


@pytest.mark.parametrize(("sentence", "country"), [
    ("A storm hit Athens, Georgia, on Monday night.", "United States"),
    ("Clinics in Pellham Crossing, Georgia, ran short of staff.", "United States"),
    ("Ferries in Batumi, Georgia, were delayed by wind.", "Georgia"),
])
def test_the_region_after_a_town_is_the_one_the_town_lies_in(sentence, country):
    place = placed(sentence, "Georgia")
    assert place is not None and place.country == country


def test_a_title_without_a_state_names_no_region():
    assert region_in_title("governor of the central bank") is None
    assert region_in_title("foreign minister") is None


def test_merged_places_take_their_country_from_the_article_words():
    first = "PARIS — Officials in Paris, Texas, met in Paris again. The state of Georgia sued."
    second = "Museums in Paris reopened."
    spans = [("a1", first.index("PARIS"), "PARIS"), ("a1", first.index("Paris,"), "Paris"),
             ("a1", first.rindex("Paris"), "Paris"), ("a1", first.index("Georgia"), "Georgia"),
             ("a2", second.index("Paris"), "Paris")]
    mentions = [Mention(id=f"{article}:m{n}", span=TextSpan(name, start, start + len(name), article),
                        kind="place") for n, (article, start, name) in enumerate(spans)]
    actors, actor_of = merge_mentions(mentions, texts={"a1": first, "a2": second})
    country = {actor.id: actor.country for actor in actors}
    # the article that places its Paris in Texas means that Paris in its dateline and bare
    # mentions too; another article's bare Paris is the French capital
    assert len({actor_of[m.id] for m in mentions[:3]}) == 1
    assert [country[actor_of[m.id]] for m in mentions] == [
        "United States", "United States", "United States", "United States", "France"]


def places_read(text: str, name: str):
    """The places of every occurrence of ``name`` in ``text``."""
    spans = [(found.start(), found.end()) for found in re.finditer(re.escape(name), text)]
    return places_in_article(text, spans)


def test_a_name_placed_once_in_an_article_is_that_place_elsewhere_in_it():
    bare, qualified = places_read("Crews left Perth at dawn. Perth, Scotland, sits on the Tay.",
                                  "Perth")
    assert bare.country == qualified.country == "United Kingdom"
    # without a qualifier the gazetteer's biggest Perth stands
    (alone,) = places_read("Crews left Perth at dawn.", "Perth")
    assert alone.country == "Australia"
