"""Issue words never name who or where (a run a story writes inside a longer name), nor the
occasion a thing was said on, nor a word written only in an idiom."""

from __future__ import annotations

import pytest

from test_issues import _article, _told

from crosswire.compare.issues import excluded_words, find_issues
from crosswire.compare.name_runs import NameLines
from crosswire.models import MergedAnalysis


def test_a_run_written_inside_a_longer_name_is_a_names_part():
    lines = NameLines.of(["Rescuers reached the hut above New Tavira on Sunday.\n"
                          "The climbers had left New Tavira before dawn.",
                          "Old Skerra Grain Exchange Ltd said prices held.\n"
                          "Grain prices fell at the Skerra Grain Exchange Ltd counter, and grain buyers left."])
    assert lines.inside_names("tavira")
    assert lines.inside_names("grain exchange ltd")
    # "grain" stands alone as often as it stands in a name: a thing as well as a name's word
    assert not lines.inside_names("grain")
    assert not lines.inside_names("climbers")
    # never written in running text
    assert not lines.inside_names("harbour")


def test_a_title_case_line_tells_no_name():
    # counted, the two headlines would make "ferry fares" a name's words in most uses
    lines = NameLines.of(["Ferry Fares Rise Again\nNew Ferry Fares Hit Islanders\n"
                          "The ferry fares rose in May."])
    assert not lines.inside_names("ferry fares")


def test_an_issue_label_written_inside_a_name_gives_way_to_what_the_group_names_besides():
    a = _article("a", "Dockers say Tavira Ports Group ignored safety",
                 "Docker Mara Toth said the New Tavira Ports Group ignored every safety warning. "
                 "Foreman Ivo Senn said New Tavira Ports Group had cut safety crews at night.")
    b = _article("b", "Tavira Ports Group defends its safety record",
                 "Director Eva Lind said New Tavira Ports Group kept every safety rule.")
    story = _told([a, b], [(0, "the New Tavira Ports Group ignored every safety warning", "toth"),
                           (0, "New Tavira Ports Group had cut safety crews at night", "senn"),
                           (1, "New Tavira Ports Group kept every safety rule", "lind")],
                  {"toth": "Mara Toth", "senn": "Ivo Senn", "lind": "Eva Lind"})
    # the firm is no actor of the story's parse, yet "tavira ports group" names it, not a matter
    assert [issue.label for issue in find_issues(story)] == ["safety"]


def test_the_occasion_a_thing_was_said_on_names_no_issue():
    a = _article("a", "Mayor backs ferry levy",
                 "Mayor Ilse Brandt said in brief remarks that the ferry levy must stay. "
                 "At a news conference, Councillor Petra Lunde said free speech on the levy was stifled.")
    b = _article("b", "Ferry levy splits council",
                 "Lunde said in a speech that the ferry levy must go.")
    story = _told([a, b], [(0, "the ferry levy must stay", "brandt"),
                           (0, "free speech on the levy was stifled", "lunde"),
                           (1, "the ferry levy must go", "lunde")],
                  {"brandt": "Ilse Brandt", "lunde": "Petra Lunde"})
    excluded = excluded_words(story)
    assert {"brief", "remark", "conference"} <= excluded
    # "speech" is also what is at stake in "free speech"
    assert "speech" not in excluded and "levy" not in excluded


def _levy_story(second: str) -> MergedAnalysis:
    a = _article("a", "Council doubles ferry levy",
                 "At that point, Mayor Ilse Brandt said the ferry levy would double.")
    b = _article("b", "Ferry levy doubles", f"Councillor Petra Lunde said {second}.")
    return _told([a, b], [(0, "the ferry levy would double", "brandt"), (1, second, "lunde")],
                 {"brandt": "Ilse Brandt", "lunde": "Petra Lunde"})


def test_a_word_written_only_in_a_discourse_idiom_names_no_issue():
    assert "point" in excluded_words(_levy_story("the ferry levy was, of course, unfair"))
    # the story also writes it as a thing of its own
    assert "point" not in excluded_words(_levy_story("the ferry levy was a sore point"))


def test_headlines_that_share_only_a_name_leave_the_matter_the_texts_share():
    a = _article("a", "Dockers fault Tavira Ports Group over crane inspections",
                 "The New Tavira Ports Group runs the east quay. "
                 "Docker Mara Toth said crane inspections were skipped for months. "
                 "Foreman Ivo Senn said crane inspections had stopped at night.")
    b = _article("b", "Tavira Ports Group rejects complaint",
                 "The New Tavira Ports Group answered on Monday. "
                 "Director Eva Lind said crane inspections were held every week.")
    story = _told([a, b], [(0, "crane inspections were skipped for months", "toth"),
                           (0, "crane inspections had stopped at night", "senn"),
                           (1, "crane inspections were held every week", "lind")],
                  {"toth": "Mara Toth", "senn": "Ivo Senn", "lind": "Eva Lind"})
    # both headlines share only the firm's name: no issue, and no reason to drop the rest
    assert [issue.label for issue in find_issues(story)] == ["crane inspections"]


def test_a_stop_or_a_comma_between_capitalised_words_ends_a_name():
    lines = NameLines.of(["The mayor spoke to Marsh. Tolls will rise in spring, the mayor said.\n"
                          "Asked by Okafor, Tolls officials declined to comment on the tolls."])
    assert not lines.inside_names("tolls")
    assert not lines.inside_names("marsh")


def test_an_occasion_of_two_occasion_nouns_names_no_issue():
    story = _levy_story("during a conference call that the ferry levy was unfair")
    assert {"conference", "call"} <= excluded_words(story)


def test_name_lines_cannot_be_changed_after_they_are_made():
    lines = NameLines.of(["The ferry to New Tavira left late on Sunday."])
    assert lines.inside_names("tavira")
    with pytest.raises(TypeError):
        lines.places["tavira"] = ()
