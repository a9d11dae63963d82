"""Bodies named in Title Case by their office and a preposition ("the Office for Rural
Schools") are organisations the tagger may miss, and "the office" later is that body
(invented texts)."""

from __future__ import annotations

from crosswire.nlp.mention_titled_bodies import titled_bodies

from tests.test_speakers import resolved


def test_an_owned_office_named_in_title_case_is_what_the_office_says(nlp):
    text = ("The ministry's Office for Rural Schools wrote to head teachers in Varna and Ruse. "
            "The letters named schools which the office says lack heating.")
    [(_, words, name, _)] = resolved(nlp, text)
    assert (words, name) == ("the office", "Office for Rural Schools")


def test_a_commission_on_a_field_is_the_commission_that_speaks(nlp):
    text = ("The Commission on Coastal Fishing met in Dorvale. The commission said quotas "
            "would fall.")
    [(_, words, name, _)] = resolved(nlp, text)
    assert (words, name) == ("The commission", "Commission on Coastal Fishing")


def test_the_name_takes_its_noun_as_role_and_stops_at_lowercase_words(nlp):
    doc = nlp("The Commission on Coastal Fishing met in Dorvale. The Board of trustees met. "
              "The Office for now stays shut. Federal Office of Roads and Bridges staff left.")
    found = [(doc.text[s:e], role) for s, e, _, role in titled_bodies(doc, [])]
    assert found == [("Commission on Coastal Fishing", "commission"),
                     ("Federal Office of Roads and Bridges", "office")]


def test_a_name_the_tagger_found_is_left_as_it_is(nlp):
    doc = nlp("The Commission on Coastal Fishing met in Dorvale.")
    tagged = [(4, 34, "organisation", None)]
    assert titled_bodies(doc, tagged) == tagged


def test_a_part_of_the_name_the_tagger_found_gives_way_to_the_whole_name(nlp):
    doc = nlp("The Department of Tidal Fisheries met in Dorvale.")
    part = (18, 33, "organisation", None)  # "Tidal Fisheries"
    assert titled_bodies(doc, [part]) == [(4, 33, "organisation", "department")]
    # a person or place inside a name stays, and so the name is not added
    for kind in ("person", "place"):
        assert titled_bodies(doc, [(18, 33, kind, None)]) == [(18, 33, kind, None)]


def test_a_date_is_no_name_and_a_hyphened_word_is_one(nlp):
    doc = nlp("The Bureau on Monday closed the pier. He wrote to the Council of Danube-side "
              "Towns in May.")
    found = [doc.text[s:e] for s, e, _, _ in titled_bodies(doc, [])]
    assert found == ["Council of Danube-side Towns"]
