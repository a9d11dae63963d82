"""Quotations in a text laid out one sentence a line (invented texts): a quotation runs on
past a line break to its own closing mark, and a typographic opening mark that starts a
line opens a quotation though a space follows it; first-person words inside are the
quotation's, never a statement by an unnamed "I"."""

from __future__ import annotations

from crosswire.nlp.quotes import find_quote_spans
from tests.test_speakers import resolved


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_a_quotation_runs_on_across_lines_to_its_closing_mark():
    text = ('Ferry operator Arvid Solum spoke on Monday.\n"We are glad the pier reopens.\n'
            'I think the route will pay," Solum said.')
    assert spans(text) == ['"We are glad the pier reopens.\nI think the route will pay,"']


def test_a_quotation_over_lines_may_end_with_an_inner_quotation():
    text = ('Solum said that when he told the crew, "They asked why.\n'
            "One of them said, 'Fair enough.' \" The crew left.")
    assert spans(text) == ['"They asked why.\nOne of them said, \'Fair enough.\' "']


def test_an_opening_mark_with_a_space_after_it_opens_a_line():
    text = ("Ferry operator Arvid Solum spoke on Monday.\n\u201c We are glad the pier reopens.\n"
            "I think the route will pay, \u201d said Solum.")
    assert spans(text) == ["\u201c We are glad the pier reopens.\nI think the route will pay, \u201d"]


def test_a_stray_mark_stays_stray_when_the_next_mark_opens_a_quotation():
    text = ('Council member Oda Rein spoke first. "The budget is late.\n'
            'Later the mayor called the plan "a mess" in a short note.')
    assert spans(text) == ['"a mess"']


def test_a_closing_mark_too_far_past_the_break_closes_nothing():
    filler = "The ferry ran on time that week and the crews were paid. " * 20
    text = f'"We are glad the pier reopens.\n{filler}\nAll good," Solum said.'
    assert spans(text) == []


def test_first_person_inside_a_quotation_over_lines_is_no_statement_of_its_own(nlp):
    text = ("The harbour board named Hanne Kolstad as its director on Monday.\n"
            "\u201c I am delighted to lead the board for a third year.\n"
            "I think the pier plan will pass, \u201d said Kolstad.")
    found = resolved(nlp, text)
    assert all(words != "I" for _, words, _, _ in found)
    assert [name for cue, _, name, _ in found if cue == "said"] == ["Kolstad"]


def test_a_mark_that_opens_a_later_line_closes_no_quotation_left_open():
    text = ("Ostra councillors called the levy a \u201cdisgrace.\n"
            "Councillors met on Monday.\n"
            "\u201c We will vote on the levy , \u201d she said .")
    assert spans(text) == ["\u201c We will vote on the levy , \u201d"]
    text = ('Ostra councillors called the levy a "disgrace.\n'
            "Councillors met on Monday.\n"
            '" We will vote on the levy , " she said .')
    assert not any("disgrace" in span for span in spans(text))


def test_a_mark_after_a_colon_closes_no_quotation_left_open():
    text = ('Ostra councillors called the levy a "disgrace.\n'
            'Councillors met on Monday and the chair said: " We will vote on it . "')
    assert not any("disgrace" in span for span in spans(text))
