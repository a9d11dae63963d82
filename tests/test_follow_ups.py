"""The follow-up link: a report that names the participants only one stored story names,
and the month it began, joins that story however long after."""

from __future__ import annotations

from crosswire.archive.db import connect
from crosswire.archive.features import (
    DocumentFrequencies,
    article_features,
    lead_terms,
    day_number,
    month_number,
    months_named,
)
from crosswire.archive.follow_ups import NameIndex
from crosswire.archive.stories import StoryGrouper
from crosswire.measure.eval_stories import input_dates_only, load_articles

FIRE = [
    ("fire-1", "2031-03-04",
     "A blaze destroyed the Kessel Freight depot in Lindau overnight, and police arrested "
     "the night guard Pell Harrow near the gate. Fire chief Marit Ostvold said the depot's "
     "fuel store had been set alight. Kessel Freight owner Osric Dunmore said losses "
     "would reach millions."),
    ("fire-2", "2031-03-05",
     "Police in Lindau charged Pell Harrow with arson after the fire at the Kessel Freight "
     "depot. Chief Marit Ostvold said the fuel store was lit on purpose, and owner Osric "
     "Dunmore thanked the crews who fought the blaze."),
    ("fire-3", "2031-03-06",
     "The Kessel Freight depot fire in Lindau was arson, investigators told Osric Dunmore. "
     "The guard Pell Harrow, charged on Tuesday, stays in custody, and Marit Ostvold's "
     "crews have left the ruins."),
]
# the trial half a year later, naming the depot's people and the month of the fire
TRIAL = ("trial", "2031-09-15",
         "The trial of Pell Harrow opened in Lindau over the fire in March that destroyed the "
         "Kessel Freight depot. Prosecutors said the guard set the fuel store alight; owner "
         "Osric Dunmore and fire chief Marit Ostvold will testify for the prosecution.")


def grouped(records, grouper=None):
    frequencies, grouper = DocumentFrequencies(), grouper or StoryGrouper()
    placed = {}
    for article_id, published, text in records:
        day = day_number(published)
        lead = lead_terms(text)
        frequencies.observe(list(lead.counts))
        features = article_features(lead, day=day, frequencies=frequencies,
                                    months=months_named(text, day=day))
        placed[article_id] = grouper.assign_batch([(article_id, features, None)])[0]
    return placed


def test_names_are_the_capitalised_words_inside_sentences_less_calendar_words():
    text = ("Minister Halvard Oskeby met the Tolvane Mills board in Bregstad on Tuesday. "
            "Officials said talks would resume in May.")
    lead = lead_terms(text, title="Oskeby Meets Board")
    assert lead.names == {"halvard", "oskeby", "tolvane", "mill", "bregstad"}
    # the names weigh more in the counts, and the title's words count twice
    assert lead.counts["bregstad"] == 1.5 and lead.counts["board"] == 3.0


def test_months_named_are_the_months_before_the_article_s_own():
    day = day_number("2031-05-10")
    text = ("The fire in March, the audit of September 3, 2030 and the survey of 2029 "
            "were cited; the May report and the report due in 2032 were not.")
    assert months_named(text, day=day) == (
        {month_number(day_number("2031-03-01")), month_number(day_number("2030-09-01"))}
        | set(range(2029 * 12, 2029 * 12 + 12)))
    assert months_named(text, day=None) == frozenset()


def test_a_month_word_counts_only_as_a_date():
    day = day_number("2031-11-20")
    # a name that is a month word names no month
    names = ("Senator Ada May met April Fenwick and Marta June Oskeby; "
             "August Brenmoor chaired.")
    assert months_named(names, day=day) == frozenset()
    # after a word that makes it a date, or with a day number, it does
    for dated in ("The levee failed in May.", "Since early June the mill was shut.",
                  "The vote on August 4 was close.", "Ballots were cast Aug. 4th."):
        assert months_named(dated, day=day), dated


def test_a_report_months_later_joins_the_story_whose_participants_it_names():
    placed = grouped(FIRE + [TRIAL])
    assert {placed[article_id].story_id for article_id, _, _ in FIRE} == {"s-fire-1"}
    assert placed["trial"].story_id == "s-fire-1" and placed["trial"].via == "grouped"


def test_without_naming_when_it_began_a_later_report_stays_apart():
    # the same people months later, no word of the fire in March: a new event of theirs
    article_id, published, text = TRIAL
    placed = grouped(FIRE + [(article_id, published, text.replace("the fire in March",
                                                                  "a fire"))])
    assert placed["trial"].story_id == "s-trial"


def test_a_report_weeks_later_follows_up_without_naming_the_month():
    # two weeks after the fire (beyond the open window), no month named: recent enough
    article_id, _, text = TRIAL
    hearing = (article_id, "2031-03-20", text.replace("the fire in March", "a fire"))
    assert grouped(FIRE + [hearing])["trial"].story_id == "s-fire-1"


def test_an_event_of_the_same_kind_with_other_participants_stays_apart():
    other = ("other", "2031-09-15",
             "The trial of Jory Maslin opened in Grendt over the fire in March that destroyed "
             "the Aldous Grain silo. Prosecutors said the clerk set the fuel store alight; "
             "owner Bettany Crewe and fire chief Nils Vantorp will testify.")
    assert grouped(FIRE + [other])["other"].story_id == "s-other"


def test_names_other_stories_name_too_point_to_none():
    # a second story names the same people: the names no longer tell one story
    rival = [(f"r{n}", f"2031-0{n + 5}-01", text) for n, (_, _, text) in enumerate(FIRE[:1])]
    placed = grouped(FIRE + rival + [TRIAL])
    assert placed["r0"].story_id == "s-r0"
    assert placed["trial"].story_id == "s-trial"


def test_the_name_index_keeps_two_stories_a_name_at_most():
    index = NameIndex()
    for story_id in ("s-a", "s-b", "s-c"):
        index.add(story_id, frozenset({"harrow"}))
    index.add("s-a", frozenset({"ostvold"}))
    assert index.holders("harrow") == {"s-a", "s-b"}
    assert index.specific_to(frozenset({"harrow", "ostvold"})) == {"s-a": 1}


def test_a_story_merged_into_another_gives_it_its_names(tmp_path):
    conn = connect(tmp_path / "archive.db")
    index = NameIndex(conn)
    index.add("s-a", frozenset({"harrow", "ostvold"}))
    index.add("s-b", frozenset({"harrow"}))
    index.save()
    index.move("s-a", "s-b")  # the event cut found s-a to be s-b's event
    index.save()
    # "harrow", named by both, is now specific to the one story left; nothing points to s-a
    assert index.specific_to(frozenset({"harrow", "ostvold"})) == {"s-b": 2}
    stored = sorted(tuple(row) for row in conn.execute("SELECT name, story_id FROM story_names"))
    assert stored == [("harrow", "s-b"), ("ostvold", "s-b")]
    assert NameIndex(conn).specific_to(frozenset({"harrow", "ostvold"})) == {"s-b": 2}


def test_the_follow_up_reaches_a_story_closed_and_no_longer_in_memory(tmp_path):
    conn = connect(tmp_path / "archive.db")
    grouper = StoryGrouper(conn)
    grouped(FIRE, grouper)
    grouper.save()
    # a later ingest: only the archive holds the March story and its names
    placed = grouped([TRIAL], StoryGrouper(conn))
    assert placed["trial"].story_id == "s-fire-1"


def test_dates_from_the_input_only_are_the_archive_s_dates_undone(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text(
        '{"id": "a", "story": "s", "text": "Ferry aground off Tolmby\\nMarch 3, 2019\\n'
        'The ferry ran aground."}\n'
        '{"id": "b", "story": "s", "published": "2019-03-01", "text": "A ferry sailed."}\n',
        "utf-8")
    assert input_dates_only(load_articles(path)) == load_articles(path, archive_dates=False)
