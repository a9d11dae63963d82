"""Actor merging: names, transliteration families, hard negatives, context, places."""

from __future__ import annotations

import pytest

from crosswire.actors import merge_mentions
from crosswire.measure.bench_actors import bench_lines, synthetic_mentions
from crosswire.knowledge.names import parse_person, same_person, split_title
from crosswire.knowledge.places import (
    country_name,
    country_named,
    resolve_group,
    resolve_institution,
    resolve_place,
)
from crosswire.knowledge.role_country import infer_countries, role_country
from crosswire.measure.eval_actors import (
    Score,
    baseline_clusters,
    crosswire_clusters,
    load_cases,
    pair_score,
    score_split,
)
from crosswire.models import Actor, Mention, TextSpan


def mentions(*items: tuple[str, str] | tuple[str, str, str] | tuple[str, str, str, str]) -> list[Mention]:
    """(article, text[, kind[, role]]) in text order; offsets advance within each article."""
    out, offsets = [], {}
    for number, item in enumerate(items):
        article, text = item[0], item[1]
        kind = item[2] if len(item) > 2 else "person"
        role = item[3] if len(item) > 3 else None
        start = offsets.get(article, 0)
        offsets[article] = start + len(text) + 10
        out.append(Mention(id=f"{article}:m{number}",
                           span=TextSpan(text, start, start + len(text), article), kind=kind, role=role))
    return out


def groups(items: list[Mention]) -> list[set[str]]:
    actors, actor_of = merge_mentions(items)
    by_actor: dict[str, set[str]] = {}
    for mention in items:
        by_actor.setdefault(actor_of[mention.id], set()).add(mention.span.text)
    return sorted(by_actor.values(), key=lambda g: sorted(g))


@pytest.mark.parametrize(("text", "title", "name"), [
    ("President Anton V. Velikov", "President", "Anton V. Velikov"),
    ("US Army General Mark Milley", "US Army General", "Mark Milley"),
    ("Kremlin spokesman Dmitry Orlov", "Kremlin spokesman", "Dmitry Orlov"),
    ("Prime Minister Anna Berg", "Prime Minister", "Anna Berg"),
    ("Mr. Smith", "Mr.", "Smith"),
    ("Martin Luther King Jr.", "", "Martin Luther King Jr."),
])
def test_split_title(text, title, name):
    assert split_title(text) == (title, name)


@pytest.mark.parametrize(("a", "b"), [
    # East Slavic romanisations, Cyrillic, German and French schemes
    ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
    ("Volodymyr Zelensky", "Wolodymyr Selenskyj"),
    ("Volodymyr Zelenskyj", "Владимир Зеленский"),
    ("Vladimir Zelensky", "Volodymyr Zelenskiy"),
    ("Mykhaylo Podolyak", "Mykhailo Podolyak"),
    ("Dmitry Peskov", "Dmitri S. Peskov"),
    ("Sergey Lavrov", "Sergei V. Lavrov"),
    ("Nikita Khrushchev", "Nikita Chruschtschow"),
    ("Nikita Khrushchev", "Nikita Khrouchtchev"),
    ("Georgy Zhukov", "Gueorgui Joukov"),
    ("Yegor Vasilyev", "Egor Vasil'ev"),
    ("Oleg Grishchenko", "Oleh Hryshchenko"),
    ("Maksim Kuznetsov", "Maksim Kuznecov"),
    # Arabic and Persian
    ("Muammar Gaddafi", "Moammar Qaddafi"),
    ("Muammar Gaddafi", "Mouammar Kadhafi"),
    ("Muammar Gaddafi", "معمر القذافي"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
    ("Abdel Fattah el-Sisi", "Abd al-Fattah al-Sisi"),
    ("Saddam Hussein", "Saddam Husayn"),
    ("Ali Khamenei", "Ali Chamenei"),
    ("Mahmoud Ahmadinejad", "Mahmud Ahmadinedschad"),
    # Chinese, Korean, diacritics, initials, nicknames, second given names
    ("Xi Jinping", "习近平"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("Felipe Calderón", "Felipe Calderon"),
    ("Recep Tayyip Erdoğan", "Tayyip Erdogan"),
    ("Jean-Luc Mélenchon", "Jean Luc Melenchon"),
    ("Joseph R. Hallam Jr.", "Joe Hallam"),
    ("William J. Clinton", "Bill Clinton"),
    ("V. Karetnikov", "Vladimir Karetnikov"),
])
def test_spellings_of_one_person(a, b):
    assert same_person(parse_person(a), parse_person(b))


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("George W. Bush", "George H. W. Bush"),
    ("Vitali Klitschko", "Wladimir Klitschko"),
    ("Ali Khamenei", "Mojtaba Khamenei"),
    ("Ruhollah Khomeini", "Ali Khamenei"),
    ("Ivan P. Sidorov", "Ivan I. Sidorov"),
    ("Aleksandr Sidorov", "Aleksandra Sidorova"),
    ("Martin Luther King Jr.", "Martin Luther King Sr."),
    ("Maria Rossi", "Mario Rossi"),
])
def test_different_people(a, b):
    assert not same_person(parse_person(a), parse_person(b))


def test_one_actor_per_person_across_articles_and_spellings():
    run = mentions(("a1", "Volodymyr Zelenskiy"), ("a1", "Zelenskiy"), ("a2", "Vladimir Zelensky"),
                   ("a3", "Zelenskyj"), ("a3", "Volodymyr Zelenskyy"), ("a2", "Dmitry Peskov"),
                   ("a3", "Dmitri S. Peskov"), ("a3", "Peskov"))
    assert groups(run) == [
        {"Dmitry Peskov", "Dmitri S. Peskov", "Peskov"},
        {"Volodymyr Zelenskiy", "Zelenskiy", "Vladimir Zelensky", "Zelenskyj", "Volodymyr Zelenskyy"},
    ]


def test_display_name_is_most_frequent_full_form_and_roles_are_kept():
    run = mentions(("a1", "Dmitry Orlov", "person", "Kremlin spokesman"), ("a2", "Dmitri S. Orlov"),
                   ("a3", "Dmitry Orlov"), ("a3", "Orlov", "person", "Mr."))
    actors, _ = merge_mentions(run)
    assert len(actors) == 1
    assert actors[0].name == "Dmitry Orlov"
    assert actors[0].roles == ["Kremlin spokesman"]  # "Mr." is a form of address, not a role
    assert [alias.article for alias in actors[0].seen] == ["a1", "a2", "a3", "a3"]


def test_a_person_named_only_by_surname_is_shown_with_the_texts_title():
    run = mentions(("a1", "Halvorsen", "person", "Mr."), ("a2", "Halvorsen", "person", "Governor"),
                   ("a2", "Halvorsen"), ("a3", "Halvorsen", "person", "Mr."))
    actors, _ = merge_mentions(run)
    assert [actor.name for actor in actors] == ["Governor Halvorsen"]  # an office before "Mr."
    actors, _ = merge_mentions(mentions(("a1", "Halvorsen"), ("a2", "Halvorsen")))
    assert [actor.name for actor in actors] == ["Halvorsen"]


def test_bare_surname_joins_the_only_person_of_that_surname():
    run = mentions(("a1", "Hanna Berg"), ("a2", "Berg"))
    assert groups(run) == [{"Hanna Berg", "Berg"}]


def test_bare_surname_with_two_candidates_goes_to_the_one_in_its_article():
    run = mentions(("a1", "Vitali Klitschko"), ("a1", "Klitschko"), ("a2", "Wladimir Klitschko"),
                   ("a2", "Klitschko"))
    found = groups(run)
    assert {"Vitali Klitschko", "Klitschko"} in found
    assert {"Wladimir Klitschko", "Klitschko"} in found


def test_bare_surname_after_a_relatives_full_name_is_the_storys_own_person():
    # "Orrin Pell ... his father, Amos Pell, died in 2001. Pell fled": the one named in
    # full most often is the bare surname's, not the last named
    run = mentions(("a1", "Orrin Pell"), ("a1", "Pell"), ("a1", "Orrin Pell"),
                   ("a1", "Amos Pell"), ("a1", "Pell"))
    assert groups(run) == [{"Amos Pell"}, {"Orrin Pell", "Pell"}]
    # named in full as often: the nearest before
    run = mentions(("b1", "Orrin Pell"), ("b1", "Amos Pell"), ("b1", "Pell"))
    assert {"Amos Pell", "Pell"} in groups(run)


def test_bare_surname_undecidable_stays_apart():
    run = mentions(("a1", "Vitali Klitschko"), ("a2", "Wladimir Klitschko"), ("a3", "Klitschko"))
    assert len(groups(run)) == 3


def test_bare_surname_elsewhere_goes_to_the_person_with_its_role():
    run = mentions(("a1", "Vitali Klitschko", "person", "Kyiv mayor"), ("a2", "Wladimir Klitschko"),
                   ("a3", "Klitschko", "person", "mayor"))
    assert {"Vitali Klitschko", "Klitschko"} in groups(run)


def test_name_without_middle_initial_between_two_is_ambiguous():
    run = mentions(("a1", "George W. Bush"), ("a2", "George H. W. Bush"), ("a3", "George Bush"))
    assert len(groups(run)) == 3


def test_father_and_son_named_side_by_side():
    run = mentions(("a1", "Martin Hallam"), ("a1", "Martin Hallam Jr."))
    assert len(groups(run)) == 2


def test_places_share_a_geonames_identity():
    assert resolve_place("Kiev").key == resolve_place("Kyiv").key
    assert resolve_place("Odessa").key == resolve_place("Odesa").key
    assert resolve_place("U.S.").key == resolve_place("the United States").key
    run = mentions(("a1", "Kyiv", "place"), ("a2", "Kiev", "place"), ("a2", "Moscow", "place"))
    actors, _ = merge_mentions(run)
    assert sorted((a.name, a.country) for a in actors) == [("Kyiv", "Ukraine"), ("Moscow", "Russia")]


def test_institutions_speak_for_their_country():
    assert resolve_institution("the Kremlin").country == "Russia"
    assert resolve_institution("White House").country == "United States"
    assert resolve_institution("Downing Street").country == "United Kingdom"
    assert resolve_institution("the Élysée").country == "France"
    assert resolve_group("Russians").country == "Russia"
    run = mentions(("a1", "Russian Foreign Ministry", "organisation"),
                   ("a2", "Foreign Ministry", "organisation"), ("a3", "Foreign Ministry", "organisation"),
                   ("a2", "Kremlin", "organisation"), ("a3", "the Kremlin", "organisation"))
    actors, _ = merge_mentions(run)
    by_name = {(a.name, a.country): len(a.seen) for a in actors}
    assert by_name[("the Kremlin", "Russia")] == 2
    assert by_name[("Russian Foreign Ministry", "Russia")] == 1  # shown with its country
    # a foreign ministry of unknown country is not merged across articles
    assert sum(1 for a in actors if a.name == "the Foreign Ministry" and a.country is None) == 2


def test_a_body_named_by_its_head_word_alone_joins_the_one_body_it_ends():
    run = mentions(("a1", "High Court", "organisation"), ("a1", "Court", "organisation"),
                   ("a2", "Court", "organisation"))
    assert groups(run) == [{"High Court", "Court"}]
    # two courts: which one "the Court" is stays unknown
    run = mentions(("a1", "High Court", "organisation"), ("a2", "Appeals Court", "organisation"),
                   ("a2", "Court", "organisation"))
    assert len(groups(run)) == 3
    # a chamber's word names a body of its own
    run = mentions(("a1", "White House", "organisation"), ("a1", "House", "organisation"))
    assert len(groups(run)) == 2


def test_organisation_tagged_person_joins_the_person():
    run = mentions(("a1", "Sergey Lavrov"), ("a2", "Lavrov", "organisation"))
    actors, _ = merge_mentions(run)
    assert len(actors) == 1 and actors[0].kind == "person"


def test_a_company_is_one_organisation_under_its_designators_and_industry_words():
    # A name ending in a designator or industry word (data/firm_words.jsonl) is keyed by
    # its core, the bare name the story also uses (the mention stage types it).
    run = mentions(("a1", "Velmora", "organisation"),
                   ("a1", "Velmora Pharmaceuticals Inc.", "organisation"),
                   ("a1", "Velmora Pharma", "organisation"),
                   ("a2", "Velmora Group plc", "organisation"),
                   ("a2", "Tessin Airlines", "organisation"))
    actors, _ = merge_mentions(run)
    assert [(a.kind, sorted(a.aliases)) for a in actors] == [
        ("organisation", ["Velmora", "Velmora Group plc", "Velmora Pharma",
                          "Velmora Pharmaceuticals Inc."]),
        ("organisation", ["Tessin Airlines"])]


def test_one_house_in_two_lines_of_business_is_two_companies():
    # "Velmora Bank" and "Velmora Energy" in one run are two companies; the forms of one
    # line ("Pharma", "Pharmaceuticals") and designators ("Ltd") still join.
    run = mentions(("a1", "Velmora Bank", "organisation"),
                   ("a1", "Velmora Energy Ltd", "organisation"),
                   ("a2", "Velmora Energy", "organisation"),
                   ("a2", "Tessin Pharma", "organisation"),
                   ("a2", "Tessin Pharmaceuticals Inc.", "organisation"))
    actors, _ = merge_mentions(run)
    assert sorted(sorted(a.aliases) for a in actors) == [
        ["Tessin Pharma", "Tessin Pharmaceuticals Inc."], ["Velmora Bank"],
        ["Velmora Energy", "Velmora Energy Ltd"]]
    # a paper keeps its publication word: "Velmora Herald" is no "Velmora"
    actors, _ = merge_mentions(mentions(("a1", "Velmora Herald", "organisation"),
                                        ("a2", "Velmora", "organisation")))
    assert len(actors) == 2


def test_acronym_joins_its_expansion():
    run = mentions(("a1", "North Atlantic Treaty Organization", "organisation"), ("a2", "NATO", "organisation"))
    assert len(merge_mentions(run)[0]) == 1


def test_acronym_of_a_name_without_its_last_and_part_or_its_country():
    run = mentions(("a1", "Bureau for Coastal Safety and Rescue", "organisation"),
                   ("a2", "BCS", "organisation"),
                   ("a3", "Canadian Bureau for Coastal Safety and Rescue", "organisation"),
                   ("a3", "Grain and Seed Board", "organisation"),
                   ("a4", "GSB", "organisation"),
                   ("a4", "Greek Grain and Seed Board", "organisation"))
    actors = merge_mentions(run)[0]
    assert sorted(len(actor.seen) for actor in actors) == [3, 3], [a.name for a in actors]


def test_acronym_joins_its_only_expansion_though_a_country_opens_it():
    run = mentions(("a1", "Greek Grain and Seed Board", "organisation"), ("a2", "GSB", "organisation"))
    assert len(merge_mentions(run)[0]) == 1


def test_two_countries_bodies_of_one_name_stay_apart():
    run = mentions(("a1", "Norwegian Coastal Authority", "organisation"),
                   ("a2", "Swedish Coastal Authority", "organisation"))
    assert len(merge_mentions(run)[0]) == 2


def test_eval_floor_on_held_back_variants():
    cases = load_cases(None)
    held_back = score_split(cases, split="test", cluster=crosswire_clusters)
    # measured P 0.999, F1 0.984; the floors may only be raised
    assert held_back.precision >= 0.99
    assert held_back.f1 >= 0.975
    baseline = score_split(cases, split="test", cluster=baseline_clusters)
    assert held_back.f1 > baseline.f1 + 0.1


def test_eval_floor_on_unseen_schemes():
    from importlib import resources
    from pathlib import Path

    path = Path(str(resources.files("crosswire.data").joinpath("name_variants_unseen.jsonl")))
    cases = load_cases(path)
    for split, floor in (("tune", 0.97), ("held", 0.98)):
        score = score_split(cases, split=split, cluster=crosswire_clusters)
        # measured P 1.000 and F1 0.981 (tune), 0.993 (held); floors may only be raised
        assert score.precision >= 0.99
        assert score.f1 >= floor


def test_unseen_schemes_in_text_floor():
    from importlib import resources
    from pathlib import Path

    from crosswire.measure.eval_actors import in_text_clusters

    path = Path(str(resources.files("crosswire.data").joinpath("name_variants_unseen.jsonl")))
    cases = {name: rows for name, rows in load_cases(path).items() if rows[0]["split"] == "held"}
    clusters, found, total = in_text_clusters(cases)
    score = Score()
    for name, rows in cases.items():
        score.add(pair_score(rows, clusters[name]))
    # measured: 99.7% of spellings found, P 1.000 F1 0.990; floors may only be raised
    assert found / total >= 0.98
    assert score.precision >= 0.99 and score.f1 >= 0.97


def test_translated_given_name_is_the_same_person():
    run = mentions(("a1", "Pyotr Sobolev"), ("a2", "Peter Sobolev"), ("a3", "Petrus Sobolev"),
                   ("a4", "Pavel Sobolev"))
    _, actor_of = merge_mentions(run)
    ids = [actor_of[m.id] for m in run]
    assert ids[0] == ids[1] == ids[2] != ids[3]


def test_soft_initial_is_not_a_plain_vowel():
    run = mentions(("a1", "Ksenia Yurievna Orlova"), ("a2", "Ksenia A. Orlova"),
                   ("a3", "Ksenia Arkadievna Orlova"), ("a4", "Ksenia J. Orlova"))
    _, actor_of = merge_mentions(run)
    ids = [actor_of[m.id] for m in run]
    assert ids[0] == ids[3] != ids[1] == ids[2]


def test_bench_runs_and_merges_variants():
    assert len(synthetic_mentions(200)) == 200
    lines = bench_lines(mentions=1_000)
    assert len(lines) == 1 and "1,000 mentions" in lines[0]


def test_a_surname_tagged_place_elsewhere_in_the_run_is_the_person():
    run = mentions(("a1", "Thomas Wexford"), ("a2", "Wexford", "place"),
                   ("a3", "Wexford", "organisation"))
    actors, _ = merge_mentions(run)
    assert [(a.kind, len(a.seen)) for a in actors] == [("person", 3)]


def test_a_bare_name_the_run_mostly_calls_a_person_is_one():
    run = mentions(("a1", "Vandermolen", "organisation"), ("a2", "Vandermolen"),
                   ("a3", "Vandermolen"))
    actors, _ = merge_mentions(run)
    assert [(a.kind, len(a.seen)) for a in actors] == [("person", 3)]


def test_a_country_stays_a_place_beside_a_person_of_that_surname():
    run = mentions(("a1", "Maria Jordan"), ("a2", "Jordan", "place"))
    actors, _ = merge_mentions(run)
    assert sorted(a.kind for a in actors) == ["person", "place"]


def test_names_one_letter_apart_without_a_shared_key_stay_apart():
    run = mentions(("a1", "Paula Fiede"), ("a1", "Fiede"), ("a2", "Tom Fee"), ("a2", "Fee"))
    assert sorted(map(sorted, groups(run))) == [["Fee", "Tom Fee"], ["Fiede", "Paula Fiede"]]


def test_organisation_names_in_either_word_order_and_listed_aliases_merge():
    run = mentions(("a1", "Department of Fisheries", "organisation"),
                   ("a2", "Fisheries Department", "organisation"),
                   ("a1", "Red Cross", "organisation"), ("a2", "ICRC", "organisation"))
    assert groups(run) == [{"Department of Fisheries", "Fisheries Department"}, {"ICRC", "Red Cross"}]


def _person(actor_id: str, name: str, roles: list[str], article: str = "a", start: int = 0) -> Actor:
    return Actor(actor_id, name, "person", [name, name.split()[-1]], roles,
                 seen=[TextSpan(name, start, start + len(name), article)])


def test_role_serving_a_named_office_takes_its_country():
    text = ("Peru's Foreign Ministry summoned the envoy on Monday. Talks resume in May, "
            "Foreign Ministry spokesman Ana Quispe said.")
    quispe = _person("q", "Ana Quispe", ["Foreign Ministry spokesman"], start=text.index("Ana"))
    [placed] = infer_countries([quispe], texts={"a": text})
    assert placed.country == "Peru"
    assert "Peru's Foreign Ministry" in placed.country_evidence


def test_role_serving_a_person_or_a_placed_office_takes_that_country():
    varga = _person("v", "Imre Varga", ["French President"])
    aide = _person("t", "Tomas Reed", ["top adviser to Mr. Varga"])
    office = _person("o", "Lia Moss", ["adviser to the German president's office"])
    placed = {a.id: a for a in infer_countries([varga, aide, office], texts={})}
    assert placed["v"].country == "France" and placed["v"].country_evidence == "role “French President”"
    assert placed["t"].country == "France" and "Varga" in placed["t"].country_evidence
    assert placed["o"].country == "Germany"


def test_office_holders_and_ambiguous_offices_stay_unplaced():
    text = "Prime Minister Lena Holt met Israeli Prime Minister Avi Dan in Rome."
    holt = _person("h", "Lena Holt", ["Prime Minister"], start=text.index("Lena"))
    two = ("French President Rui Sal met German President Ana Paz. "
           "A presidential adviser, Ed Lowe, said little.")
    lowe = _person("l", "Ed Lowe", ["presidential adviser"], article="b", start=two.index("Ed Lowe"))
    placed = infer_countries([holt, lowe], texts={"a": text, "b": two})
    assert [a.country for a in placed] == [None, None]
    # roles stating two countries as often as each other state none
    torn = _person("w", "Ivo Rask", ["Latvian envoy", "Estonian envoy"])
    assert infer_countries([torn], texts={})[0].country is None
    # a state's title is its country's: the person is shown with it
    governor = _person("g", "Mara Quill", ["Georgia Republican Gov."])
    assert infer_countries([governor], texts={})[0].country == "United States"
    # a professor of a country's history is not of that country
    scholar = _person("s", "Ida Berg", ["professor of Russian history"])
    assert infer_countries([scholar], texts={})[0].country is None


def test_one_country_table_answers_both_codes():
    assert country_name("UA") == country_name("UKR") == "Ukraine"
    assert country_name("XX") is None


def test_a_name_stands_for_its_country_through_people_capital_or_institution():
    assert country_named("the Ukrainian") == "Ukraine"
    assert country_named("Kyiv officials") == "Ukraine"
    assert country_named("Kremlin") == "Russia"
    assert country_named("Port Mirren") is None


def test_a_role_states_its_country_first_or_after_a_final_of():
    assert role_country("former Kremlin adviser") == "Russia"
    assert role_country("President of Peru") == "Peru"
    # a country inside the role, or inside a longer place name, is not the holder's
    assert role_country("professor of Russian history at Newcastle University in Britain") \
        == "United Kingdom"
    assert role_country("former New Jersey governor") == "United States"


def test_a_regions_office_is_held_in_its_country():
    assert role_country("South Dakota Gov.") == "United States"
    assert role_country("former Texas attorney general") == "United States"
    assert role_country("Texas") is None  # a place alone is no office


def test_a_role_is_placed_by_its_institution_city_or_party_tag():
    assert role_country("CDC deputy director") == "United States"  # a listed body first
    assert role_country("deputy mayor of Marseille") == "France"  # a firmly known city last
    assert role_country("Republican (Ore.)") == "United States"  # a legislator's party tag
    assert role_country("analyst (retired)") is None  # a bracket naming no place
    assert role_country("deputy head of the Lions Club") is None


@pytest.mark.parametrize("a, b", [
    ("Sjevtsjenko", "Shevchenko"),      # Dutch sj, tsj
    ("Tjernov", "Chernov"),             # Swedish tj
    ("Zjoekov", "Zhukov"),              # Dutch zj and oe
    ("Kostjantyn", "Kostiantyn"),       # a j glide after t stays a glide
    ("Szidorenko", "Sidorenko"),        # Hungarian sz
])
def test_scheme_spellings_match(a, b):
    from crosswire.knowledge.transliterate import words_match

    assert words_match(a, b, any_vowel=True)


@pytest.mark.parametrize("a, b", [
    ("Act", "Scott"),    # a Latin word whose one vowel opens it is not a vowel-less skeleton
    ("Ark", "Rourke"),
])
def test_a_latin_word_is_read_with_its_vowels(a, b):
    from crosswire.knowledge.transliterate import words_match

    assert not words_match(a, b, any_vowel=True)
    assert words_match("محمد", "Mohammed")  # Arabic script: consonants alone


def test_a_generic_office_is_shown_with_the_country_the_text_gives_it():
    run = mentions(("a1", "Norwegian foreign ministry", "organisation"),
                   ("a2", "Russia's defence ministry", "organisation"),
                   ("a2", "Russian Defence Ministry", "organisation"),
                   ("a3", "Russian Foreign Ministry", "organisation"))
    actors, _ = merge_mentions(run)
    assert sorted(actor.name for actor in actors) == [
        "Norwegian foreign ministry", "Russia's defence ministry", "Russian Foreign Ministry"]
    assert {actor.country for actor in actors} == {"Norway", "Russia"}


def test_a_town_the_gazetteer_lacks_is_one_place_whichever_way_the_tagger_read_it():
    run = mentions(("a1", "Kilbrannagh", "place"), ("a2", "Kilbrannagh", "organisation"),
                   ("a2", "Corrib Quarry Ltd", "organisation"), ("a3", "Corrib Quarry Ltd", "organisation"))
    actors, _ = merge_mentions(run)
    assert sorted((a.name, a.kind) for a in actors) == [
        ("Corrib Quarry Ltd", "organisation"), ("Kilbrannagh", "place")]


def test_a_name_read_more_often_as_a_body_than_a_place_is_one_body():
    run = mentions(("a1", "Ardvane", "place"), ("a2", "Ardvane", "organisation"),
                   ("a3", "Ardvane", "organisation"))
    assert [(a.name, a.kind, len(a.seen)) for a in merge_mentions(run)[0]] == [
        ("Ardvane", "organisation", 3)]


def test_an_acronym_with_and_without_full_stops_is_one_body_whatever_one_tag_said():
    run = mentions(("a1", "NRB", "organisation"), ("a2", "N.R.B.", "place"),
                   ("a3", "NRB", "organisation"))
    assert [(a.kind, len(a.seen)) for a in merge_mentions(run)[0]] == [("organisation", 3)]


def test_a_place_the_gazetteer_knows_stays_a_place_beside_body_tags():
    run = mentions(("a1", "Norway", "place"), ("a2", "Norway", "organisation"),
                   ("a3", "Norway", "organisation"))
    assert {a.kind for a in merge_mentions(run)[0]} == {"place"}


def test_a_company_by_its_designator_is_a_body_where_the_tagger_read_a_place():
    run = mentions(("a1", "Quellmark Inc.", "place"))
    assert [a.kind for a in merge_mentions(run)[0]] == ["organisation"]


@pytest.mark.parametrize(("short", "name"), [("Ore.", "Oregon"), ("Ont.", "Ontario"),
                                             ("W. Va.", "West Virginia")])
def test_a_state_or_province_abbreviation_is_the_place_spelled_out(short, name):
    run = mentions(("a1", short, "place"), ("a2", name, "place"), ("a3", short, "place"))
    actors, _ = merge_mentions(run)
    assert [(a.name, a.kind, len(a.seen)) for a in actors] == [(name, "place", 3)]


def test_an_abbreviation_without_its_dot_is_no_place():
    run = mentions(("a1", "Miss", "place"), ("a2", "Mississippi", "place"))
    assert len(merge_mentions(run)[0]) == 2


def test_a_persons_administration_is_one_body_however_the_name_is_written():
    run = mentions(("a1", "Helena Orlen", "person"),
                   ("a1", "Orlen administration", "organisation"),
                   ("a2", "Orlen's administration", "organisation"),
                   ("a3", "Helena Orlen's administration", "organisation"),
                   ("a3", "Kessel administration", "organisation"))
    actors, _ = merge_mentions(run)
    assert sorted((a.name, a.kind, len(a.seen)) for a in actors) == [
        ("Helena Orlen", "person", 1), ("Kessel administration", "organisation", 1),
        ("Orlen administration", "organisation", 3)]


def test_a_borough_is_no_part_of_its_city():
    run = mentions(("a1", "Manhattan", "place"), ("a2", "New York", "place"), ("a2", "Brooklyn", "place"))
    assert len(merge_mentions(run)[0]) == 3


def test_a_one_word_name_given_a_firms_trade_is_an_organisation_throughout():
    found = mentions(("a", "Halvorsen", "organisation", "Drugmaker"), ("b", "Halvorsen"),
                     ("b", "Halvorsen"), ("c", "Halvorsen"))
    actors, _ = merge_mentions(found)
    assert [(actor.name, actor.kind) for actor in actors] == [("Halvorsen", "organisation")]


def test_a_firms_name_without_its_designator_is_the_firm_where_the_tagger_read_a_person():
    found = mentions(("a", "Corvane Inc", "organisation"), ("b", "Corvane"), ("c", "Corvane"))
    actors, _ = merge_mentions(found)
    assert [(actor.name, actor.kind) for actor in actors] == [("Corvane", "organisation")]
    found = mentions(("a", "Marsh Holdings Inc", "organisation"), ("b", "Ada Marsh"), ("b", "Marsh"))
    actors, _ = merge_mentions(found)
    assert ("Ada Marsh", "person") in [(actor.name, actor.kind) for actor in actors]


def test_a_person_whose_role_only_mentions_a_company_stays_a_person():
    found = mentions(("a", "Ilse Brenner", "person", "the company's founder"),
                     ("b", "Brenner", "person", "the company's founder"), ("b", "Brenner"))
    actors, _ = merge_mentions(found)
    assert {(actor.name, actor.kind) for actor in actors} == {("Ilse Brenner", "person")}


def test_a_persons_office_is_that_person_not_a_second_actor():
    found = mentions(("a", "Lena Hart", "person", "Senator"), ("a", "Hart's office", "organisation"),
                     ("b", "Hart"))
    actors, actor_of_mention = merge_mentions(found)
    assert [(actor.name, actor.kind) for actor in actors] == [("Lena Hart", "person")]
    assert len(set(actor_of_mention.values())) == 1


def test_a_body_with_and_without_its_countrys_capitals_is_one_actor():
    actors, _ = merge_mentions(mentions(("a", "Coast Guard", "organisation"),
                                        ("b", "US Coast Guard", "organisation"),
                                        ("a", "Senate", "organisation"),
                                        ("b", "US Senate", "organisation")))
    assert len([a for a in actors if a.kind == "organisation"]) == 2


def test_a_parents_acronym_before_a_body_stands_for_the_parent():
    actors, _ = merge_mentions(mentions(("a", "Nordic Trade Council", "organisation"),
                                        ("a", "Nordic Trade Council Assembly", "organisation"),
                                        ("b", "NTC Assembly", "organisation")))
    assert len(actors) == 2


def test_a_country_word_before_a_bodys_name_places_it_and_joins_the_listed_body():
    run = mentions(("a1", "U.S. Supreme Court", "organisation"), ("a2", "Supreme Court", "organisation"),
                   ("a2", "Brazilian Navy", "organisation"), ("a2", "Tidewater Ferry Union", "organisation"))
    actors, actor_of = merge_mentions(run)
    by_text = {m.span.text: next(a for a in actors if a.id == actor_of[m.id]) for m in run}
    assert by_text["U.S. Supreme Court"] is by_text["Supreme Court"]
    assert by_text["Supreme Court"].country == "United States"
    assert by_text["Brazilian Navy"].country == "Brazil"
    assert by_text["Tidewater Ferry Union"].country is None


def test_a_group_named_by_one_member_or_by_all_is_one_group():
    run = mentions(("a1", "Tidewater Greens", "group"), ("a2", "Tidewater Green", "group"),
                   ("a2", "Harbor Pilots", "group"))
    assert groups(run) == [{"Harbor Pilots"}, {"Tidewater Green", "Tidewater Greens"}]


def test_a_name_read_surname_first_joins_the_other_word_the_run_calls_it_by():
    # "Bo" and "Chan" are East Asian surnames; the run calls these people by their last word
    run = mentions(("a1", "Bo Pikeman"), ("a2", "Pikeman"), ("a1", "Chan Okafor"), ("a2", "Okafor"),
                   ("a1", "Xi Jinping"), ("a2", "Xi"))
    assert groups(run) == [{"Bo Pikeman", "Pikeman"}, {"Chan Okafor", "Okafor"}, {"Xi", "Xi Jinping"}]


def test_a_states_listed_body_keeps_its_country_unless_the_text_names_another():
    run = mentions(("a1", "Justice Department", "organisation"), ("a2", "Department of Justice", "organisation"),
                   ("a2", "Philippine Department of Justice", "organisation"))
    actors, actor_of = merge_mentions(run)
    countries = [next(a for a in actors if a.id == actor_of[m.id]).country for m in run]
    assert actor_of[run[0].id] == actor_of[run[1].id] != actor_of[run[2].id]
    assert countries == ["United States", "United States", "Philippines"]


def test_one_countrys_body_by_its_demonym_or_its_possessive_is_one_body():
    run = mentions(("a1", "Brazilian Navy", "organisation"), ("a2", "Brazil's navy", "organisation"),
                   ("a2", "Chile's navy", "organisation"))
    assert groups(run) == [{"Brazil's navy", "Brazilian Navy"}, {"Chile's navy"}]


def test_a_role_that_ends_a_longer_one_is_not_shown_twice():
    found = mentions(("a", "Ada Marsh", "person", "Bureau Director"), ("b", "Ada Marsh", "person", "Director"),
                     ("c", "Ada Marsh", "person", "former ambassador"))
    actors, _ = merge_mentions(found)
    assert actors[0].roles == ["Bureau Director", "former ambassador"]


def test_a_name_cut_before_and_joins_the_one_longer_name():
    run = mentions(("a1", "Harbor Safety and Rescue Agency", "organisation"),
                   ("a2", "Harbor Safety", "organisation"))
    assert groups(run) == [{"Harbor Safety and Rescue Agency", "Harbor Safety"}]
    run = mentions(("a1", "Harbor Safety and Rescue Agency", "organisation"),
                   ("a2", "Harbor Safety and Fisheries Board", "organisation"),
                   ("a2", "Harbor Safety", "organisation"))
    assert len(groups(run)) == 3
