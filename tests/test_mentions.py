"""Mentions: every named actor, bare name spans, titles and appositions as roles."""

from __future__ import annotations

import re

import pytest

from crosswire.models import Article, DateEstimate
from crosswire.nlp.mentions import find_mentions


def article(text: str) -> Article:
    return Article(id="t1", source_path="t1.txt", outlet=None, title=None,
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)


@pytest.fixture(scope="module")
def analyse(nlp):
    def run(text: str):
        doc = nlp(text)
        return find_mentions(doc, article=article(text))
    return run


def person(found, text):
    matches = [m for m in found if m.kind == "person" and m.text == text]
    assert matches, f"no person mention {text!r} in {[(m.text, m.kind) for m in found]}"
    return matches[0]


def test_ids_offsets_and_text_order(analyse):
    text = "Anna Petrova met Boris Ivanov in Berlin on Monday. Ivanov said little."
    found = analyse(text)
    assert [m.id for m in found] == [f"t1:m{n}" for n in range(len(found))]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kremlin spokesman Dmitry Orlov said on Monday that the talks were over.",
     "Dmitry Orlov", "Kremlin spokesman"),
    ("Poland's foreign minister, Marek Nowak, told reporters that the border would stay shut.",
     "Marek Nowak", "Poland's foreign minister"),
    ("Anna Petrova, a professor of Russian history at Leeds University, said the plan was bold.",
     "Anna Petrova", "professor of Russian history at Leeds University"),
    ("Last month, President Emmanuel Macron of France presented a plan.",
     "Emmanuel Macron", "President of France"),
    ("The ceasefire was welcomed by Prime Minister Jonas Berg on Tuesday.",
     "Jonas Berg", "Prime Minister"),
])
def test_role_from_title_or_apposition(analyse, text, name, role):
    found = person(analyse(text), name)
    assert found.role == role


def test_title_and_honorific_are_not_in_the_span(analyse):
    found = analyse("Mr. Orlov said the army, led by Gen. Pavel Sokolov, had withdrawn.")
    orlov = person(found, "Orlov")
    assert orlov.role == "Mr."
    sokolov = next(m for m in found if m.kind == "person" and "Sokolov" in m.text)
    assert sokolov.text == "Pavel Sokolov"
    assert "Gen." in (sokolov.role or "")


def test_every_occurrence_of_a_named_persons_surname_is_a_mention(analyse):
    text = ("Ukrainian President Volodymyr Zelenskyy spoke on Sunday. Zelenskyj rejects talks. "
            "Later Zelenskiy said the decree stood, and Zelenskyy left for Kyiv.")
    found = analyse(text)
    people = [(m.start, m.end) for m in found if m.kind == "person"]
    for match in re.finditer(r"Zelensk\w+", text):
        covering = [(s, e) for s, e in people if s <= match.start() and match.end() <= e]
        assert covering, match.group()
        # the span is the name itself, never a neighbouring word
        assert text[covering[0][0]:covering[0][1]] in (match.group(), "Volodymyr Zelenskyy")


def test_places_and_institutions_are_typed_by_gazetteer(analyse):
    found = analyse("The Kremlin said on Friday that troops had left Kiev, Kherson and Odessa.")
    kinds = {m.text: m.kind for m in found}
    assert kinds.get("Kremlin") == "organisation"
    for city in ("Kiev", "Kherson", "Odessa"):
        assert kinds.get(city) == "place", (city, kinds)


def test_peoples_and_possessives(analyse):
    found = analyse("Russian officials rejected Putin's offer, Ukrainian officials said.")
    assert any(m.kind == "group" and m.text == "Russian" for m in found)
    assert all(not m.text.endswith("'s") for m in found)


def test_name_particles_stay_in_the_name(analyse):
    found = analyse("Ursula von der Leyen said on Monday that the commission would act.")
    assert any(m.kind == "person" and m.text == "Ursula von der Leyen" for m in found)


def test_names_the_tagger_missed_are_found_from_the_article(nlp):
    text = ("President Volodymyr Zelenskyy spoke on Sunday. Later Volodymyr Zelenskyj met "
            "Selenskyj's aides, and the Kremlin said nothing.")
    doc = nlp(text)
    first = next(ent for ent in doc.ents if ent.text == "Volodymyr Zelenskyy")
    doc.ents = [first]  # the tagger found only the first spelling
    found = find_mentions(doc, article=article(text))
    people = [m.text for m in found if m.kind == "person"]
    assert people == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyj", "Selenskyj"]
    assert [m.text for m in found if m.kind == "organisation"] == ["Kremlin"]


def test_an_organisations_country_as_written_is_its_role(analyse):
    found = analyse("Ukraine's Foreign Ministry rejected the offer on Sunday.")
    ministry = next(m for m in found if m.kind == "organisation" and "Ministry" in m.text)
    assert ministry.role == "Ukraine's"
