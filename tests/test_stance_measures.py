"""A measure named against the issue after what takes a side on it: "called for a
moratorium on ferry crossings" is against the crossings, "opposed an embargo on grain" for
the grain."""

from __future__ import annotations

from crosswire.compare.event_stance import event_stance
from crosswire.compare.stance import statement_stance
from crosswire.models import Event, Resolution, Statement
from text_spans import words_in

CROSSINGS = frozenset({"ferry", "crossing"})


def _asked(text: str, said: str, cue_word: str = "called") -> tuple[Statement, Event]:
    """A statement of ``text`` reporting ``said``, and the request its cue ``cue_word`` is coded."""
    span = words_in(text, said, "a")
    cue = words_in(text, cue_word, "a")
    statement = Statement("s1", span, "indirect", cue, None, Resolution("named", 1.0), speaker="board")
    request = Event(id="e-call", event="REQUEST", mode=None, context=[], actor=[], recipient=[],
                    trigger=cue, evidence=span, status="asserted", statement="s1")
    return statement, request


def test_a_request_for_a_measure_on_the_issue_is_against_it():
    statement, request = _asked("The Harbour Board called for a moratorium on ferry crossings.",
                                "a moratorium on ferry crossings")
    assert event_stance(statement, [request], topic=CROSSINGS) == "against"


def test_a_request_for_the_issue_itself_stays_for_it():
    statement, request = _asked("The Harbour Board called for more ferry crossings.",
                                "more ferry crossings")
    assert event_stance(statement, [request], topic=CROSSINGS) == "for"


def test_a_measure_is_the_issue_where_its_word_is_one_of_the_issue_s():
    statement, request = _asked("The Harbour Board called for a moratorium on ferry crossings.",
                                "a moratorium on ferry crossings")
    assert event_stance(statement, [request], topic=CROSSINGS | {"moratorium"}) == "for"


def test_backing_a_measure_named_before_its_object_is_against_the_object():
    stance, _ = statement_stance("that it backed a moratorium on ferry crossings", terms=[], cue="said",
                                 topic=CROSSINGS)
    assert stance == "against"
    stance, _ = statement_stance("that it opposed an embargo on harbour grain", terms=[], cue="said",
                                 topic=frozenset({"harbour", "grain"}))
    assert stance == "for"


def test_a_request_to_end_a_measure_on_the_issue_is_for_it():
    statement, request = _asked("The Harbour Board called for an end to that moratorium on ferry crossings.",
                                "an end to that moratorium on ferry crossings")
    assert event_stance(statement, [request], topic=CROSSINGS) == "for"


def test_a_request_told_after_the_measure_it_asks_for_is_against_the_issue():
    statement, request = _asked("A moratorium on ferry crossings is overdue, the Harbour Board pleaded.",
                                "A moratorium on ferry crossings is overdue", cue_word="pleaded")
    assert event_stance(statement, [request], topic=CROSSINGS) == "against"


def test_a_measure_beyond_the_requests_clause_is_not_what_it_asks_for():
    text = "The Harbour Board called the minister to the quay. A moratorium on ferry crossings began in May."
    statement, request = _asked(text, text[:-1])
    assert event_stance(statement, [request], topic=CROSSINGS) == "for"
    text = ("The Harbour Board called on the minister of the coast to reconsider her plans before "
            "a moratorium on ferry crossings")
    statement, request = _asked(text, text)
    assert event_stance(statement, [request], topic=CROSSINGS) == "for"
