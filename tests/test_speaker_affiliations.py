"""Whom an unnamed source speaks for (invented texts): the source stays unnamed, its
affiliation is the one body or person its own words name."""

from __future__ import annotations

from crosswire.briefing.build import BriefingView
from crosswire.models import Article, DateEstimate, Document
from crosswire.nlp import analyse


def affiliations(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(speaker words, resolution method, affiliation's mention text) per statement."""
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    return [(s.speaker_words.text, s.resolution.method, names.get(s.affiliation_mention))
            for s in result.statements]


def test_an_unnamed_source_speaks_for_the_one_actor_its_words_name(nlp):
    text = ("Officials at the Tolvik Harbour Authority said on Monday that ferry fares would rise. "
            "A spokesman for the Kessel Ferry Board said the drill was over. "
            "Two aides to Governor Ilse Varn said the budget would pass.")
    found = affiliations(nlp, text)
    assert [(words, method) for words, method, _ in found] == [
        ("Officials at the Tolvik Harbour Authority", "unnamed"), ("A spokesman", "unnamed"),
        ("Two aides", "unnamed")]
    assert [affiliation for _, _, affiliation in found] == [
        "Tolvik Harbour Authority", "Kessel Ferry Board", "Ilse Varn"]


def test_a_place_they_are_in_two_owners_or_a_topic_name_no_affiliation(nlp):
    text = ("Sources in Oslo said the talks had stalled. "
            "Norvian and Ostrian officials said the border would reopen. "
            "A source with knowledge of Varn's plans said she would run.")
    found = affiliations(nlp, text)
    assert [method for _, method, _ in found] == ["unnamed"] * 3
    assert [affiliation for _, _, affiliation in found] == [None, None, None]


def test_the_story_keeps_the_source_unnamed_and_shows_whom_it_speaks_for(nlp):
    from crosswire.pipeline import run

    text = ("The Tolvik Harbour Authority raised fares on Monday. "
            "Officials at the Tolvik Harbour Authority said the fares would rise again in May.")
    briefing = run([Document(source_path="t.txt", content=text, format="text", id="t")],
                   nlp=nlp, workers=1)
    names = {actor.id: actor.name for actor in briefing.actors}
    [statement] = [s for s in briefing.statements if s.span.text.startswith("the fares")]
    assert statement.speaker is None and statement.resolution.method == "unnamed"
    assert names[statement.affiliation] == "Tolvik Harbour Authority"
    # the source's own words name whom it speaks for: said once, not again in "(for ...)"
    assert BriefingView.of(briefing).speaker_name(statement) == (
        "Officials at the Tolvik Harbour Authority")


def test_a_possessive_source_speaks_for_the_one_person_it_can_mean(nlp):
    text = ("Senator Tomas Brekke arrived late on Monday. His lawyer said the case was closed.\n"
            "Brekke's legal team says the filing was late.\n"
            "Mayor Ines Moll met reporters on Tuesday. She said the port would reopen. "
            "Senator Tomas Brekke disagreed. Her aide said the talks went well.")
    found = affiliations(nlp, text)
    # someone the person has, never the person, so an unnamed source speaking for them;
    # "her" with two people it may mean (the senator's gender is not told) binds no one
    assert found == [("His lawyer", "unnamed", "Tomas Brekke"),
                     ("Brekke's legal team", "unnamed", "Brekke"),
                     ("She", "pronoun", None),
                     ("Her aide", "unnamed", None)]
