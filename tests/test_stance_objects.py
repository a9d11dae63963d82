"""What an opposing cue reports is what it opposes; an offer named is no side taken."""

from __future__ import annotations

import pytest

from crosswire.compare.event_stance import act_stance, event_stance
from crosswire.compare.issues import find_issues
from crosswire.compare.positions import find_positions
from crosswire.compare.stance import statement_stance
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    Issue,
    MergedAnalysis,
    Resolution,
    Statement,
)
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


@pytest.mark.parametrize("text, cue, stance", [
    # opposing a proposal is against it, opposing an attack defends
    ("the offer as far too low", "rejected", "against"),
    ("the approval of the harbour toll", "rejected", "against"),
    ("the criticism", "dismissed", "for"),
    # another side's attack rejected or judged wrong defends
    ("the charge", "rejected", "for"),
    ("the allegations as baseless", "dismissed", "for"),
    ("the fears along the coast were understandable but unfounded", "said", "for"),
    ("the complaints were politically motivated", "said", "for"),
    # not an attack's own clause, nor an attack that is the issue itself
    ("the fears are real, but the harbour toll is wrong", "said", "against"),
    # the noun names what is offered: no side by itself
    ("the offer still stands", "said", "unclear"),
    ("the compensation offer was an insult to the families", "said", "against"),
    # the verb takes one
    ("the ministry was weighing plans to offer shelter to the families", "said", "for"),
    ("the council would offer to pay for new housing", "said", "for"),
    # another's call opposed is against what it calls for, past its possessor
    ("the envoy's call for a lasting truce", "rejected", "against"),
    ("Mayor Orla Brandt's demand for a ferry levy", "rejected", "against"),
    ("the harbour union's calls for a ferry levy", "rebuffed", "against"),
    ("the Halden council's request for a new ferry", "brushed off", "against"),
])
def test_a_marker_an_opposing_cue_reports_is_its_object(text, cue, stance):
    assert statement_stance(text, terms=[], cue=cue)[0] == stance


def test_the_offer_itself_names_no_issue():
    titles = ["Valley families reject compensation offer", "Compensation offer splits the valley",
              "Minister defends compensation offer"]
    quotes = [("the compensation was far too low", "brede"), ("the compensation was fair", "varn"),
              ("the compensation would be paid in May", "varn")]
    articles, statements = [], []
    for n, (title, (quote, speaker)) in enumerate(zip(titles, quotes)):
        text = f"Someone said {quote}."
        article = Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en", text)
        articles.append(article)
        statements.append(Statement(f"s{n}", words_in(text, quote, article.id), "indirect",
                                    words_in(text, "said", article.id), None, Resolution("named", 1.0),
                                    speaker=speaker))
    actors = [Actor("brede", "Jon Brede", "person", ["Jon Brede"], []),
              Actor("varn", "Ilo Varn", "person", ["Ilo Varn"], [])]
    [issue] = find_issues(MergedAnalysis(articles=articles, actors=actors, statements=statements))
    assert issue.label == "compensation" and "offer" not in issue.terms


def test_an_event_done_by_a_co_speaker_is_the_joint_statement_s_own():
    text = "Ruz and Lind said their ministries recalled the envoys over the canal treaty."
    quote = "their ministries recalled the envoys over the canal treaty"
    said = Statement("s1", words_in(text, quote, "a"), "indirect", words_in(text, "said", "a"),
                     words_in(text, "Ruz", "a"), Resolution("named", 1.0), speaker="ruz", co_speakers=["lind"])
    trigger = words_in(text, "recalled", "a")

    def recalled(doer: str) -> Event:
        return Event(id="e1", event="SANCTION", mode=None, context=[],
                     actor=[EventParticipant(words_in(text, "their ministries", None), None, doer)],
                     recipient=[], trigger=trigger, evidence=trigger, status="asserted")

    assert event_stance(said, [recalled("lind")]) == "against"  # Lind said it too
    assert event_stance(said, [recalled("vos")]) == "unclear"  # someone else's act


def test_a_trigger_word_the_data_names_takes_its_own_side_whatever_its_type():
    text = "Ruz said the ministry summoned the envoy. The ministry summoned the envoy. Ruz asked for talks."
    said = Statement("s1", words_in(text, "the ministry summoned the envoy", "a"), "indirect",
                     words_in(text, "said", "a"), words_in(text, "Ruz", "a"), Resolution("named", 1.0), speaker="ruz")

    def request(trigger: str, after: int = 0) -> Event:
        span = words_in(text, trigger, "a", after=after)
        return Event(id="e", event="REQUEST", mode=None, context=[], actor=[], recipient=[],
                     trigger=span, evidence=span, status="asserted")

    # summoning an envoy, coded a request, is a protest: said or done
    assert event_stance(said, [request("summoned")]) == "against"
    assert act_stance(request("summoned", after=text.index(". The")), topic=frozenset()) == "against"
    # other requests keep their type's side, and are no acts
    asked = Statement("s2", words_in(text, "for talks", "a"), "indirect", words_in(text, "asked", "a"),
                      None, Resolution("named", 1.0), speaker="ruz")
    assert event_stance(asked, [request("asked")]) == "for"
    assert act_stance(request("asked"), topic=frozenset()) == "unclear"


def test_an_attack_that_is_the_issue_itself_is_opposed_by_its_denial():
    # on an issue of the allegations, denying them is against them
    topic = frozenset({"allegation"})
    assert statement_stance("the allegations", terms=[], cue="denied", topic=topic)[0] == "against"


def test_a_cue_s_particle_completes_it():
    # the cue's span holds the verb alone, its particle stands before the statement's words
    text = "Governor Ilse Varga brushed off the harbour board's call for a ferry levy on Tuesday."
    quote = "the harbour board's call for a ferry levy on Tuesday"
    said = Statement("s1", words_in(text, quote, "a"), "indirect", words_in(text, "brushed", "a"),
                     words_in(text, "Governor Ilse Varga", "a"), Resolution("named", 1.0), speaker="varga")
    article = Article("a", "a.txt", "One", "Varga and the levy", UNDATED, "en", text)
    levy = Issue(id="issue:ferry levy", label="ferry levy", terms=["ferry", "levy"], statements=["s1"])
    story = MergedAnalysis(articles=[article], actors=[Actor("varga", "Ilse Varga", "person", ["Ilse Varga"], [])],
                           statements=[said])
    [position] = find_positions(story, issues=[levy])[1]
    assert position.stance == "against"


def test_a_statement_naming_the_issue_as_its_label_does_is_no_other_aspect():
    text = ("Ilse Varga rejected the call for a ferry levy from the harbour board. Varga said she backs the plan "
            "to widen the pier. Varga said she supports the new pier.")
    article = Article("a", "a.txt", "One", "Varga and the ferry levy", UNDATED, "en", text)

    def said(id_: str, quote: str, cue: str) -> Statement:
        return Statement(id_, words_in(text, quote, "a"), "indirect", words_in(text, cue, "a"), None,
                         Resolution("named", 1.0), speaker="varga")

    statements = [said("s0", "the call for a ferry levy from the harbour board", "rejected"),
                  said("s1", "she backs the plan to widen the pier", "said"),
                  said("s2", "she supports the new pier", "said")]
    levy = Issue(id="issue:ferry levy", label="ferry levy", terms=["ferry", "levy"], statements=["s0", "s1", "s2"])
    story = MergedAnalysis(articles=[article], actors=[Actor("varga", "Ilse Varga", "person", ["Ilse Varga"], [])],
                           statements=statements)
    issues, positions = find_positions(story, issues=[levy])
    # outvoted on the levy, the rebuff still speaks to the levy: no column of its own words
    assert [i.id for i in issues] == [levy.id]
    assert [(p.issue, p.stance) for p in positions] == [(levy.id, "for")]
