"""What each outlet's headline leads with, on invented headlines."""

from __future__ import annotations

from crosswire.briefing import render_html, render_markdown
from crosswire.briefing.views import headline_leads, headline_subject_label
from crosswire.compare.framing import frame
from crosswire.compare.headline_subjects import LeadingActors, headline_subjects
from crosswire.models import (
    TITLE,
    Actor,
    Article,
    Briefing,
    DateEstimate,
    HeadlineSubject,
    MergedAnalysis,
)
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def titled(id_: str, outlet: str, title: str, text: str = "The council met on Monday.") -> Article:
    return Article(id_, f"{id_}.txt", outlet, title, UNDATED, "en", text)


def test_a_headline_leads_with_its_subject_its_speaker_or_its_opening_name():
    articles = [
        titled("a", "North Wire", "Ferry operators in Halden vote to strike over pay"),
        titled("b", "South Daily", "Mayor Ilse Marr: 'We will not be held to ransom'"),
        titled("c", "East Post", "Halden's Marr says ferry strike must end"),
        titled("d", "West Star", "Harbour Board Approves Ferry Pay Rise"),
        titled("e", "Bay Times", ""),
    ]
    found = {k: (v.text, v.part) for k, v in headline_subjects(articles).items()}
    assert found == {"a": ("Ferry operators", TITLE), "b": ("Mayor Ilse Marr", TITLE),
                     "c": ("Halden's Marr", TITLE), "d": ("Harbour Board", TITLE)}


def test_the_words_a_headline_leads_with_name_the_actor_the_story_knows():
    text = "Mayor Ilse Marr spoke. The Harbour Board met."
    marr = Actor("p1", "Ilse Marr", "person", ["Ilse Marr"], [], seen=[words_in(text, "Ilse Marr", "a")])
    board = Actor("o1", "Harbour Board", "organisation", ["Harbour Board"], [],
                  seen=[words_in(text, "Harbour Board", "a")])
    assert LeadingActors([board, marr]).leading("Halden's Marr") is marr
    assert LeadingActors([board, marr]).leading("Mayor Ilse Marr") is marr
    assert LeadingActors([marr, board]).leading("the Harbour Board") is board
    assert LeadingActors([marr, board]).leading("Ferry operators") is None


def test_each_outlet_framing_tells_what_its_headline_leads_with():
    one = titled("a", "North Wire", "Marr says ferry strike must end", "Mayor Ilse Marr spoke on Monday.")
    other = titled("b", "South Daily", "Ferry crews walk out as talks with mayor fail",
                   "Ferry crews walked out on Monday.")
    marr = Actor("p1", "Ilse Marr", "person", ["Ilse Marr"], [], seen=[words_in(one.text, "Ilse Marr", "a")])
    framing = {f.outlet: f for f in frame(MergedAnalysis([one, other], [marr], []))}
    (north,) = framing["North Wire"].headline_subjects
    assert (north.span.text, north.span.part, north.actor, north.name) == ("Marr", TITLE, "p1", "Ilse Marr")
    assert one.title[north.span.start:north.span.end] == "Marr"
    (south,) = framing["South Daily"].headline_subjects
    assert (south.span.text, south.actor, south.name) == ("Ferry crews", None, "Ferry crews")


def test_a_rubric_before_a_colon_is_no_subject_and_a_name_is_shown_as_written():
    """'Floods in Ostria:' files the headline under a rubric (a preposition, no verb): the
    headline leads with what follows it. An actor written otherwise than its name keeps
    the outlet's words in view."""
    found = headline_subjects([titled("a", "North Wire", "Floods in Ostria: Ana Lind orders dams opened")])
    assert found["a"].text == "Ana Lind"
    assert headline_subject_label(HeadlineSubject(found["a"], "p1", "Premier Ana Lind")) \
        == "Ana Lind (Premier Ana Lind)"
    assert headline_subject_label(HeadlineSubject(found["a"], None, "Ana Lind")) == "Ana Lind"
    assert headline_subject_label(HeadlineSubject(found["a"], "p1", "ana lind")) == "Ana Lind"


def test_the_briefing_says_which_actor_each_outlets_headline_leads_with_where_they_differ():
    one = titled("a", "North Wire", "Marr says ferry strike must end", "Mayor Ilse Marr spoke on Monday.")
    other = titled("b", "South Daily", "Union chief Oskar Vell vows longer ferry strike",
                   "Oskar Vell spoke on Monday.")
    third = titled("c", "East Post", "Ferry crews walk out", "Ferry crews walked out on Monday.")
    marr = Actor("p1", "Ilse Marr", "person", ["Ilse Marr"], [], seen=[words_in(one.text, "Ilse Marr", "a")])
    vell = Actor("p2", "Oskar Vell", "person", ["Oskar Vell"], [], seen=[words_in(other.text, "Oskar Vell", "b")])
    framing = frame(MergedAnalysis([one, other, third], [marr, vell], []))
    assert headline_leads(framing) == [("Ilse Marr", ["North Wire"]), ("Oskar Vell", ["South Daily"])]
    briefing = Briefing(articles=[one, other, third], actors=[marr, vell], statements=[], framing=framing)
    assert "Headlines lead with: Ilse Marr (North Wire); Oskar Vell (South Daily)" in render_markdown(briefing)
    assert "  - headline leads with: Marr (Ilse Marr)" in render_markdown(briefing)
    assert "Headlines lead with: <strong>Ilse Marr</strong> (North Wire)" in render_html(briefing)
    # one actor leading every headline that names one is no contrast
    assert headline_leads(frame(MergedAnalysis([one, third], [marr], []))) == []


def test_a_name_compounded_with_a_noun_leads_with_the_noun_it_names():
    """A Title Case headline read in sentence case keeps the place's capital only: the
    guard, not the place, is what "Ostria Harbour Guard Charged ..." leads with; a
    headline's verb read as a plural noun is never taken in ("Ana Lind Apologizes")."""
    found = headline_subjects([titled("a", "North Wire", "Ostria Harbour Guard Charged With Theft"),
                               titled("b", "South Daily", "Ana Lind Apologizes For Ferry Delays")])
    assert found["a"].text == "Ostria Harbour Guard"
    assert "Apologizes" not in found["b"].text


def test_a_question_word_or_a_date_leads_with_no_subject():
    """An explainer's "What We Know About ..." and a page's dateline kept as its title
    name no one the headline leads with."""
    found = headline_subjects([titled("a", "North Wire", "What We Know About the Ferry Strike in Halden"),
                               titled("b", "South Daily", "How Halden Rebuilt Its Harbour"),
                               titled("c", "East Post", "12 / 03 / 2019"),
                               titled("d", "West Star", "March 4, 2019"),
                               titled("e", "Bay Times", "Halden council chief quits")])
    assert set(found) == {"e"}
    assert found["e"].text == "Halden council chief"


def test_a_rubric_naming_an_act_before_a_colon_is_no_speaker():
    """'Depot Shooting:' files the headline under what happened (a noun the event lexicon
    codes); 'Harbour Chief:' is who speaks."""
    found = headline_subjects([titled("a", "North Wire", "Halden Depot Shooting: Marta Quell Charged With Murder"),
                               titled("b", "South Daily", "Harbour Chief: 'We Will Rebuild'")])
    assert found["a"].text == "Marta Quell"
    assert found["b"].text == "Harbour Chief"


def test_a_headline_verb_read_as_a_plural_noun_is_left_out_of_the_subject():
    """'Halden orders staff to get flu shots': "orders" is the verb, the staff its object
    and the infinitive's subject; "Halden arms deal collapses" has a verb of its own."""
    found = headline_subjects([titled("a", "North Wire", "Halden orders staff to get flu shots"),
                               titled("b", "South Daily", "Halden arms deal collapses")])
    assert found["a"].text == "Halden"
    assert found["b"].text == "Halden arms deal"


def test_a_plural_heading_an_adverbial_clause_is_the_headlines_verb():
    """'Gold Spirals as Halden Bans Exports': a noun takes no "as" clause, a verb does."""
    found = headline_subjects([titled("a", "North Wire", "Gold spirals as Halden bans ferry exports"),
                               titled("b", "South Daily", "Ferry crews walk out as talks with mayor fail")])
    assert found["a"].text == "Gold"
    assert found["b"].text == "Ferry crews"


def test_a_rubric_label_before_a_colon_is_no_speaker():
    """'Analysis:' and 'Exclusive:' file the piece under a label
    (``data/headline_rubrics.jsonl``); 'Mayor:' is who speaks."""
    found = headline_subjects([titled("a", "North Wire", "Analysis: Ferry crews walk out in Halden"),
                               titled("b", "South Daily", "Exclusive: Ana Lind to quit as premier"),
                               titled("c", "East Post", "Mayor: 'We Will Rebuild'")])
    assert found["a"].text == "Ferry crews"
    assert found["b"].text == "Ana Lind"
    assert found["c"].text == "Mayor"


def test_a_quotation_after_the_colon_is_the_speakers_words_not_the_headline():
    """'Marr snaps at reporter over ferry question: "You're wrong"' leads with Marr, the
    subject of its own clause; the quotation after the colon is what was said."""
    found = headline_subjects([
        titled("a", "North Wire", "Marr snaps at reporter over ferry question: 'You're in the wrong job'"),
        titled("b", "South Daily", "Marr snaps at reporter over ferry question: “You are wrong”")])
    assert found["a"].text == "Marr"
    assert found["b"].text == "Marr"


def test_a_noun_opening_the_headline_with_a_participle_after_it_is_its_subject():
    """Headline grammar drops the auxiliary: 'Flu cases rising among pupils, data shows'
    leads with the cases, not with the data it credits at its end."""
    found = headline_subjects([titled("a", "North Wire", "Flu cases rising among Halden pupils, data shows")])
    assert found["a"].text == "Flu cases"


def test_a_clause_of_purpose_or_time_opening_the_headline_is_passed_over():
    """'To end ferry strike, Halden mayor offers ...' leads with the mayor: the opening
    clause tells why, as 'As talks fail, ...' tells when."""
    found = headline_subjects([titled("a", "North Wire", "To end ferry strike, Halden mayor offers crews a pay rise"),
                               titled("b", "South Daily", "As talks fail, ferry crews in Halden walk out")])
    assert found["a"].text == "Halden mayor"
    assert found["b"].text == "ferry crews"


def test_a_clause_of_time_opening_with_a_question_word_is_passed_over_first():
    """'When talks failed, ...' opens with a clause telling when, not a question."""
    found = headline_subjects([titled("a", "North Wire", "When talks failed, ferry crews in Halden walked out")])
    assert found["a"].text == "ferry crews"


def test_a_rubric_label_filing_a_quotation_leads_with_no_subject():
    """'Analysis: "We will rebuild", says ...': the label is no one, and the quotation's
    speaker is named only after it."""
    found = headline_subjects([titled("a", "North Wire", "Analysis: 'We will rebuild', says Halden mayor"),
                               titled("b", "South Daily", "Exclusive: “Ferry crews are not for sale”")])
    assert found == {}
