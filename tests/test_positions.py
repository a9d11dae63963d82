"""Issues and stances on hand-made statements."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.compare.assertions import affirms_issue, measures_quantity
from crosswire.compare.conditions import find_conditions
from crosswire.compare.event_stance import event_stance
from crosswire.compare.issues import MAX_ISSUES, find_issues
from crosswire.compare.word_roots import word_roots
from crosswire.compare.positions import (
    find_positions,
    holds_positions,
    positions_by_country,
)
from crosswire.compare.stance import statement_stance
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    Issue,
    NounPhrase,
    MergedAnalysis,
    Resolution,
    Statement,
    TextSpan,
)
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
NEGOTIATIONS = ["negotiations", "talks", "negotiate"]


@pytest.mark.parametrize("text, stance", [
    ("We are ready for negotiations at any moment", "for"),
    ("We reject any talks with the junta", "against"),
    ("There will be no negotiations while the shelling continues", "against"),
    ("We are not ready to negotiate", "against"),
    ("We would negotiate only if the troops first left our territory", "conditional"),
    ("Talks took place in a hotel by the lake", "unclear"),
])
def test_statement_stance(text, stance):
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == stance


@pytest.mark.parametrize("text", [
    "the ministry mishandled the harbour levy from the start",
    "the relief on the harbour levy falls short",
    "the money set aside for the harbour levy is inadequate",
])
def test_wrong_conduct_and_insufficiency_take_a_side_against(text):
    assert statement_stance(text, terms=[], topic=frozenset({"harbour", "levy"}))[0] == "against"


def test_setting_out_conditions_for_talks_is_a_conditional_stance():
    text = "the minister set out the conditions for any talks, among them a return of the harbour"
    stance, [(marker, start, _)] = statement_stance(text, terms=[], topic=frozenset({"talk"}))
    assert stance == "conditional" and marker == "set out the conditions"
    assert text[start:].startswith("set out the conditions")


def test_conditions_run_to_the_end_of_their_clause():
    text = "Kovač said he would sign as long as the parliament stayed in session; others disagreed."
    [(marker, start, end)] = find_conditions(text)
    assert marker == "as long as"
    assert text[start:end] == "as long as the parliament stayed in session"
    assert find_conditions("She asked if the vote was final.") == []


def test_a_condition_runs_on_through_a_decimal_figure():
    text = "they would hold out until a bigger, $4.2 billion relief package passed. Then they left."
    [(marker, start, end)] = find_conditions(text)
    assert text[start:end] == "until a bigger, $4.2 billion relief package passed"


def _statement(id_: str, article: Article, quote: str, speaker: str | None,
               cue: str = "said") -> Statement:
    return Statement(id_, words_in(article.text, quote, article.id), "direct",
                     found_in(article.text, cue, article.id), None, Resolution("named", 1.0),
                     speaker=speaker)


def _briefing():
    text_a = 'Minister Ruz said "we will only negotiate if the blockade is lifted". Ruz also praised the harvest.'
    text_b = "Ambassador Lind said her country rejects any talks with the rebels."
    a = Article("a", "a.txt", "One", "Ruz sets terms to end the blockade", UNDATED, "en", text_a)
    b = Article("b", "b.txt", "Two", "Lind: no deal on the blockade", UNDATED, "en", text_b)
    statements = [_statement("s1", a, "we will only negotiate if the blockade is lifted", "ruz"),
                  _statement("s2", b, "her country rejects any talks with the rebels", "lind")]
    actors = [Actor("ruz", "Ruz", "person", ["Ruz"], [], country="AAA"),
              Actor("lind", "Lind", "person", ["Lind"], [], country="BBB")]
    return MergedAnalysis(articles=[a, b], actors=actors, statements=statements)


def test_positions_per_actor_and_issue_with_conditions():
    briefing = _briefing()
    [issue] = find_issues(briefing)
    assert issue.label == "blockade" and not issue.seed and issue.statements == ["s1", "s2"]
    positions = {(p.actor, p.issue): p for p in find_positions(briefing, issues=[issue])[1]}
    ruz = positions[("ruz", issue.id)]
    assert ruz.stance == "conditional" and ruz.country == "AAA"
    [condition] = ruz.conditions
    article = briefing.articles[0]
    assert article.text[condition.span.start:condition.span.end] == condition.span.text == "if the blockade is lifted"
    assert positions[("lind", issue.id)].stance == "against"
    table = positions_by_country(list(positions.values()))
    assert table["BBB"][issue.id]["against"] == 1


def _story(titles: list[str], quotes: list[tuple[str, str | None, str]],
           actors: list[Actor]) -> MergedAnalysis:
    """Articles with ``titles``, one per quote (text, speaker id, cue)."""
    articles, statements = [], []
    for n, (title, (quote, speaker, cue)) in enumerate(zip(titles, quotes)):
        article = Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en",
                          f"Someone {cue} {quote}.")
        articles.append(article)
        statements.append(_statement(f"s{n}", article, quote, speaker, cue))
    return MergedAnalysis(articles=articles, actors=actors, statements=statements)


def test_issues_come_from_what_the_headlines_share_not_titles_or_names():
    briefing = _story(
        ["Prime Minister Ekdahl vows to end fishing quotas",
         "Ekdahl says fishing quotas must go, Prime Minister tells parliament",
         "Fishing quotas divide the coast"],
        [("the fishing quotas would end this year", "ek", "said"),
         ("fishing quotas were unfair to small boats", "ek", "said"),
         ("the harbour was quiet on Monday", "vos", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []),
         Actor("vos", "Vos", "person", ["Vos"], [])])
    [issue] = find_issues(briefing)
    # titles ("prime minister"), people's names and reporting verbs are not issues
    assert issue.label == "fishing quotas"
    assert set(issue.terms) == {"fishing", "quota"}
    # the statement sharing none of its words speaks to the story's main issue
    assert issue.statements == ["s0", "s1", "s2"]


def test_a_reporting_verb_the_story_cues_with_is_no_issue_in_any_of_its_forms():
    # "wrote" is the irregular past of the cue verb "write": how the story is told
    briefing = _story(
        ["Mayor wrote ferry fares letter", "Harbour chief wrote of ferry fares", "Ferry fares rise"],
        [("the ferry fares hurt islanders", "ek", "wrote"),
         ("ferry fares must fall", "vos", "wrote"),
         ("the ferry fares were fair", "ek", "writes")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []),
         Actor("vos", "Vos", "person", ["Vos"], [])])
    [issue] = find_issues(briefing)
    assert issue.label == "ferry fares"
    assert set(issue.terms) == {"ferry", "fare"}


def test_a_common_word_of_an_organisation_s_name_may_be_an_issue():
    briefing = _story(
        ["Fishing Authority limits quotas", "Quotas cut for fishing", "New fishing quotas in spring"],
        [("fishing quotas will be halved", "fa", "said"),
         ("the fishing quotas ruin us", "ek", "said"), ("the Fishing Authority erred", "ek", "said")],
        [Actor("fa", "Fishing Authority", "organisation", ["Fishing Authority"], []),
         Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    # "fishing" is written in lower case too: a thing, not only a word of a name
    assert find_issues(briefing)[0].label == "fishing quotas"


def test_stances_only_from_the_speakers_own_words_and_only_for_speakers():
    briefing = _story(
        ["Council backs the dam project", "Dam project splits the valley",
         "Valley Herald: dam project faces a vote"],
        [("the council strongly supports the dam project", "mayor", "said"),
         ("the dam project was discussed on Tuesday", "town", "said"),
         ("the dam project is a threat to the river and must be stopped", "herald", "wrote")],
        [Actor("mayor", "Ana Mayor", "person", ["Ana Mayor"], []),
         Actor("town", "Riverton", "place", ["Riverton"], []),
         Actor("herald", "Associated Press", "organisation", ["Associated Press"], [])])
    issues = find_issues(briefing)
    _, positions = find_positions(briefing, issues=issues)
    # a town read from a dateline and a news agency hold no positions; a statement that
    # takes no side makes no "unclear" cell
    assert [(p.actor, p.stance, p.statements) for p in positions] == [("mayor", "for", ["s0"])]
    assert not holds_positions(briefing.actors[1]) and not holds_positions(briefing.actors[2])
    assert holds_positions(Actor("fr", "France", "place", ["France"], []))


@pytest.mark.parametrize("text, stance", [
    ("I stand firmly behind the reform", "for"),
    ("the curfew is unconstitutional", "against"),
    ("threats against teachers are rising", "unclear"),  # the issue's own word takes no side
    ("it was not a question anyone asked", "unclear"),  # a plain "not" takes no side
    ("reserves will run out unless lawmakers vote", "unclear"),  # a consequence, not a stance
    ("we will support the plan only if the budget is cut", "conditional"),
])
def test_whole_statement_stance(text, stance):
    assert statement_stance(text, terms=[], topic=frozenset({"threat", "plan"}))[0] == stance


def test_a_speaker_whose_statements_split_gets_no_cell():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"), ("we reject the toll road", "ek", "said"),
         ("the toll road opens soon", "ek", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    assert find_positions(briefing, issues=find_issues(briefing))[1] == []


def test_a_side_outweighs_a_condition_of_equal_weight():
    briefing = _story(
        ["Toll road plan", "Toll road plan"],
        [("we reject the toll road", "ek", "said"),
         ("we would accept the toll road only if the fares were halved", "ek", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    [position] = find_positions(briefing, issues=find_issues(briefing))[1]
    # the condition set on the issue stays as the side's context
    assert (position.stance, position.statements) == ("against", ["s0", "s1"])


def test_plainly_asserting_the_issue_is_for_it_where_no_word_takes_a_side():
    briefing = _story(
        ["Harbour levy upheld", "Harbour levy upheld", "Harbour levy upheld"],
        [("the harbour levy was upheld by the court", "ek", "ruled"),
         ("the harbour levy will not be collected before May", "vos", "said"),
         ("the harbour levy is unfair", "lind", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], []),
         Actor("lind", "Lind", "person", ["Lind"], [])])
    _, positions = find_positions(briefing, issues=find_issues(briefing))
    # a plain assertion of the issue takes its side; a negated one takes none; a marker
    # speaks for itself
    assert {(p.actor, p.stance) for p in positions} == {("ek", "for"), ("lind", "against")}
    topic = frozenset({"levy"})
    assert affirms_issue("the levy was upheld", topic=topic)
    assert not affirms_issue("the levy was not upheld", topic=topic)
    assert not affirms_issue("the levy stays if the court agrees", topic=topic)
    assert not affirms_issue("was the levy upheld?", topic=topic)
    assert not affirms_issue("the court met on Monday", topic=topic)
    # what the issue would bring about is foretold, not asserted: no side
    assert not affirms_issue("the levy would swallow the harbour fund", topic=topic)
    # asserted of the issue where its word opens the clause as the subject; named on the way
    # to something else ("a statute which once required a levy"), it is not what is asserted
    assert affirms_issue("that a new levy was upheld", topic=topic)
    assert not affirms_issue("the court cited an old statute which once required a levy on trawlers", topic=topic)
    assert not affirms_issue("dock workers have paid the levy for four straight years", topic=topic)


@pytest.mark.parametrize("text, measured", [
    ("the levy raised 4.5 million crowns last winter", True),
    ("the levy raised two million crowns", True),
    ("harbour fees rose 12% after the levy", True),
    ("the levy has stood since 1998", False),
    ("the levy was upheld on March 3", False),
    ("the levy was upheld by two judges", False),
])
def test_a_quantity_told_is_a_measurement_not_a_side(text, measured):
    assert measures_quantity(text) is measured
    # whoever tells how much the levy raised takes no side on it by telling so
    assert affirms_issue(text, topic=frozenset({"levy"})) is not measured


def test_a_warning_affirms_nothing():
    briefing = _story(
        ["Harbour levy upheld", "Harbour levy upheld"],
        [("the harbour levy was upheld by the court", "ek", "said"),
         ("the harbour levy is draining the fishing fleet", "vos", "warned")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    warning = next(s for s in briefing.statements if s.id == "s1")
    # the cue coded as what the speaker foresees (THREATEN), not a side the speaker takes
    foreseen = Event(id="e1", event="THREATEN", mode=None, context=[], actor=[], recipient=[],
                     trigger=warning.cue, evidence=warning.span, status="asserted")
    held = {(p.actor, p.stance) for p in find_positions(briefing, issues=find_issues(briefing))[1]}
    assert held == {("ek", "for"), ("vos", "for")}
    held = {(p.actor, p.stance) for p in find_positions(briefing, issues=find_issues(briefing),
                                                        events=[foreseen])[1]}
    assert held == {("ek", "for")}


@pytest.mark.parametrize("text, stance", [
    # the inflections news prose uses as often as the bare verb
    ("the dockworkers' union was welcoming the new timetable", "for"),
    ("the council kept urging residents to join the scheme", "for"),
    ("she has advocated for a lower toll for years", "for"),
    ("three councillors voted for the toll", "for"),
    # going on with a plan despite resistance backs it
    ("the mayor pressed ahead with the toll despite the petition", "for"),
    ("the board is moving forward with the toll despite the protests", "for"),
    ("the chamber is condemning the toll", "against"),
    ("the mayor blocked the toll in March", "against"),
    ("the board is critical of the toll", "against"),
    # banning something is against it
    ("the ordinance bans the toll on weekends", "against"),
    ("the new rules would prohibit the toll outright", "against"),
    # "back" as an adverb backs nothing; as a verb taking an object it does
    ("drivers were sent back into the old queues", "unclear"),
    ("the ferry operators came back.", "unclear"),
    ("the union will back the toll", "for"),
])
def test_stance_verbs_in_their_other_forms(text, stance):
    assert statement_stance(text, terms=[], topic=frozenset({"toll"}))[0] == stance


def test_a_statement_nested_in_another_takes_its_own_stance():
    text = ("Ekdahl said the agency will no longer carry out toll road raids, saying officers "
            "should focus on fraud instead.")
    article = Article("a", "a.txt", "One", "Toll road raids end", UNDATED, "en", text)
    outer = _statement("s0", article, "the agency will no longer carry out toll road raids, saying "
                                      "officers should focus on fraud instead", "ek")
    inner = _statement("s1", article, "officers should focus on fraud instead", "ek", cue="saying")
    raids = Issue(id="issue:toll road raids", label="toll road raids", terms=["raid", "road", "toll"],
                  statements=["s0", "s1"])
    briefing = MergedAnalysis(articles=[article], actors=[Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])],
                              statements=[outer, inner])
    _, positions = find_positions(briefing, issues=[raids])
    # the outer statement read without the nested one is against the raids; the nested
    # call to focus elsewhere is the other side, on another aspect
    stances = {p.stance: p.statements for p in positions}
    assert stances["against"][0] == "s0" and stances["for"] == ["s1"]


def test_opposing_an_attack_defends():
    topic = frozenset({"reform"})
    assert statement_stance("criticism of the reform from his rivals", terms=[], topic=topic,
                            cue="rejected")[0] == "for"
    assert statement_stance("the reform is a dangerous mistake", terms=[], topic=topic,
                            cue="said")[0] == "against"


def test_negating_the_issue_is_against_it():
    topic = frozenset({"raid"})
    assert statement_stance("the agency will no longer carry out raids", terms=[], topic=topic)[0] == "against"
    assert statement_stance("nobody expected the raids", terms=[], topic=topic)[0] == "unclear"


def test_what_a_thing_will_not_bring_about_is_no_stance_on_the_issue():
    # a negated outcome verb judges its subject (the levy, the barriers), not the issue
    topic = frozenset({"truce", "talk"})
    for text in ("the new border levy will not bring a truce and only deepen the dispute",
                 "more barriers won't lead to talks"):
        assert statement_stance(text, terms=[], topic=topic)[0] == "unclear", text
    assert statement_stance("the council will not hold talks", terms=[], topic=topic)[0] == "against"


def test_a_position_cites_the_speakers_other_words_on_the_issue_after_its_stance():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"), ("the toll road opens in May", "ek", "said"),
         ("when does the toll road open?", "vos", "asked")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    _, [position] = find_positions(briefing, issues=find_issues(briefing))
    assert (position.actor, position.stance, position.statements) == ("ek", "for", ["s0", "s1"])


def test_a_short_story_sharing_no_headline_word_still_has_its_main_issue():
    briefing = _story(
        ["Harbour tariff rises", "Port levy doubled", "Fishermen angry"],
        [("the harbour tariff is unfair", "ek", "said"), ("nothing changed", "vos", "said"),
         ("boats stayed home", "vos", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    issues = find_issues(briefing)
    assert issues and "harbour" in issues[0].terms and "s0" in issues[0].statements
    _, [position] = find_positions(briefing, issues=issues)
    assert (position.actor, position.stance) == ("ek", "against")


def _event(kind: str, article: Article, trigger: str, *, status: str = "asserted",
           actor: str | None = None, recipient: str | None = None) -> Event:
    span = words_in(article.text, trigger, article.id)
    def party(actor_id):
        return [EventParticipant(span, None, actor_id)] if actor_id else []
    return Event(id=f"e-{trigger}", event=kind, mode=None, context=[], actor=party(actor),
                 recipient=party(recipient), trigger=span, evidence=span, status=status)


def test_an_event_the_speaker_reports_gives_a_stance_no_marker_gives():
    text = ("Minister Ruz said the government recalled its envoy over the canal treaty. "
            "Ruz said the canal treaty would be signed. Ruz said its ports were blockaded.")
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    recalled = _statement("s1", article, "the government recalled its envoy over the canal treaty", "ruz")
    signed = _statement("s2", article, "the canal treaty would be signed", "ruz")
    blockaded = _statement("s3", article, "its ports were blockaded", "ruz")
    topic = frozenset({"canal", "treaty"})
    assert event_stance(recalled, [_event("SANCTION", article, "recalled")], topic=topic) == "against"
    # denied, the event turns; done by someone else or to the speaker, it is not the speaker's
    assert event_stance(recalled, [_event("SANCTION", article, "recalled", status="negated")]) == "for"
    assert event_stance(recalled, [_event("SANCTION", article, "recalled", actor="lind")]) == "unclear"
    assert event_stance(blockaded, [_event("SANCTION", article, "blockaded", recipient="ruz")]) == "unclear"
    # a hypothetical is no stance, nor an event coded from the issue's own word
    assert event_stance(signed, [_event("AGREE", article, "signed", status="hypothetical")]) == "unclear"
    assert event_stance(signed, [_event("AGREE", article, "treaty")], topic=topic) == "unclear"


def test_an_event_done_by_someone_the_text_names_is_not_the_speaker_s():
    text = ("Ruz said residents who leave the canal towns will receive shelter. "
            "Ruz said we will receive the canal envoys.")
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    residents = _statement("s1", article, "residents who leave the canal towns will receive shelter", "ruz")
    we = _statement("s2", article, "we will receive the canal envoys", "ruz")

    def received(doer: str, statement: Statement) -> Event:
        event = _event("AGREE", article, "receive", status="future")
        trigger = words_in(text, "receive", "a", after=statement.span.start)
        doers = [EventParticipant(words_in(text, doer, "a", after=statement.span.start), None, None)]
        return replace(event, trigger=trigger, evidence=trigger, actor=doers)

    # the residents are not the speaker: their event takes no side for Ruz
    assert event_stance(residents, [received("residents who leave the canal towns", residents)]) == "unclear"
    # "we" may stand for the speaker
    assert event_stance(we, [received("we", we)]) == "for"


def test_a_relative_pronoun_doer_is_the_noun_before_it_not_the_speaker():
    text = "Ruz said the canal treaty rests on an old statute, which requires a toll from every barge."
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    said = _statement("s1", article, "the canal treaty rests on an old statute, which requires a toll from every barge",
                      "ruz")
    requires = replace(_event("REQUEST", article, "requires"),
                       actor=[EventParticipant(words_in(text, "which", "a"), None, None)])
    # the statute requires the toll; the minister asks for nothing
    assert event_stance(said, [requires]) == "unclear"
    assert event_stance(said, [replace(requires, actor=[])]) == "for"


def test_a_marker_word_counts_once_not_again_as_its_event():
    text = "Ruz said the plan proposed in Lisbon was no longer viable."
    article = Article("a", "a.txt", "One", "Plan", UNDATED, "en", text)
    said = _statement("s1", article, "the plan proposed in Lisbon was no longer viable", "ruz")
    # "proposed" and "no longer viable" cancel; the proposal's event does not break the tie
    assert statement_stance(said.span.text, terms=[], topic=frozenset({"plan"}))[0] == "unclear"
    assert event_stance(said, [_event("AGREE", article, "proposed")]) == "unclear"
    assert statement_stance("the plan is no longer viable", terms=[], topic=frozenset({"plan"}))[0] == "against"


def test_the_cue_s_event_speaks_where_the_words_report_none():
    text = "Ruz spurned the canal treaty. Ruz warned that the canal treaty would pass."
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    spurned = _statement("s1", article, "the canal treaty", "ruz", cue="spurned")
    warned = Statement("s2", words_in(text, "the canal treaty would pass", "a"), "indirect",
                       words_in(text, "warned", "a"), None, Resolution("named", 1.0), speaker="ruz")
    assert event_stance(spurned, [_event("REJECT", article, "spurned")]) == "against"
    # a warning names a consequence the speaker foresees, not a side
    assert event_stance(warned, [_event("THREATEN", article, "warned")]) == "unclear"


def test_a_belief_s_cue_is_no_act_of_the_believer():
    text = "Ruz is hoping the council will turn down the canal treaty. Ruz turned down the canal treaty."
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    hoping = replace(_statement("s1", article, "the council will turn down the canal treaty", "ruz", cue="hoping"),
                     cue_type="belief")
    turned = _statement("s2", article, "the canal treaty", "ruz", cue="turned down")
    # the coder may code the hope as the act it hopes for; what the council does is no act of Ruz's
    assert event_stance(hoping, [_event("REJECT", article, "hoping")]) == "unclear"
    assert event_stance(turned, [_event("REJECT", article, "turned down")]) == "against"



def test_a_marker_outweighs_an_event():
    briefing = _story(
        ["Canal treaty", "Canal treaty", "Canal treaty"],
        [("we strongly support the canal treaty", "ek", "said"),
         ("the ministry withdrew its envoy from the canal talks", "ek", "said"),
         ("the canal treaty opens trade", "ek", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    withdrew = _event("SANCTION", briefing.articles[1], "withdrew")
    withdrew = replace(withdrew, statement="s1")
    [issue] = find_issues(briefing)
    issues, positions = find_positions(briefing, issues=[issue], events=[withdrew])
    main, other = sorted(positions, key=lambda p: p.issue != issue.id)
    # the marker's statement first, then the statement taking no side; the event's side is
    # another aspect of the story, named from its own words
    assert (main.issue, main.stance, main.statements) == (issue.id, "for", ["s0", "s2"])
    [aspect] = [i for i in issues if i.id == other.issue]
    assert (other.stance, other.statements, aspect.statements) == ("against", ["s1"], ["s1"])
    assert "talk" in aspect.terms and issues[0] == issue
    # without the marker, the event alone takes the stance
    unmarked = replace(briefing, statements=briefing.statements[1:])
    _, [position] = find_positions(unmarked, issues=find_issues(unmarked), events=[withdrew])
    assert (position.stance, position.statements) == ("against", ["s1", "s2"])


def test_a_speaker_taking_two_sides_speaks_to_two_aspects():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"),
         ("we reject the new parking fees", "ek", "said"),
         ("when does the toll road open?", "vos", "asked")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    text = briefing.articles[1].text
    phrases = [NounPhrase(words_in(text, "new parking fees", "a1"), "fee", ["new", "parking"])]
    briefing = replace(briefing, noun_phrases=phrases)
    [road] = find_issues(briefing)
    issues, positions = find_positions(briefing, issues=[road])
    [fees] = [i for i in issues if i != road]
    # the side naming the issue's words keeps the issue (the votes tie); the other side's
    # issue is named from its noun phrases
    assert {(p.issue, p.stance, tuple(p.statements)) for p in positions} == {
        (road.id, "for", ("s0",)), (fees.id, "against", ("s1",))}
    assert fees.label == "parking fees" and fees.statements == ["s1"]


@pytest.mark.parametrize("other_side, phrases, labels", [
    # a stray role noun ("the columnist") is who the speaker answers, no question the
    # story is about: the other side opens no column
    ("we reject what the columnist wrote", ["columnist"], ["toll road"]),
    # beside a thing the speakers split on, the thing names the column, not the person
    ("we reject the new parking fees of the treasurer", ["new parking fees", "treasurer"],
     ["toll road", "parking fees"]),
])
def test_a_role_noun_names_no_other_aspect(other_side, phrases, labels):
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"), (other_side, "ek", "said"),
         ("when does the toll road open?", "vos", "asked")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    text = briefing.articles[1].text
    noun_phrases = [NounPhrase(words_in(text, phrase, "a1"), phrase.split()[-1], phrase.split()[:-1])
                    for phrase in phrases]
    briefing = replace(briefing, noun_phrases=noun_phrases)
    issues, positions = find_positions(briefing, issues=find_issues(briefing))
    assert [issue.label for issue in issues] == labels
    # the speaker's other side stands where it names a column, and nowhere else
    assert {(p.actor, p.stance) for p in positions if p.issue != issues[0].id} == (
        {("ek", "against")} if len(labels) > 1 else set())


def test_a_place_the_headlines_share_is_where_the_story_happens_not_an_issue():
    briefing = _story(
        ["Toll road plan for Norway", "Toll road plan in doubt", "Winter in Norway"],
        [("we support the toll road", "ek", "said"), ("Norway in winter is dark", "ek", "said"),
         ("Norway in winter is cold", "vos", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    # "Norway" in two headlines, "winter" in one: the setting, not a column
    assert [issue.label for issue in find_issues(briefing)] == ["toll road"]


def test_another_side_is_not_named_from_a_place_or_a_synonym_of_the_issue():
    briefing = _story(
        ["Peace talks", "Peace talks", "Peace talks"],
        [("we welcome the peace talks", "ek", "said"),
         ("we reject negotiations in Norway", "ek", "said"), ("the talks begin", "vos", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    text = briefing.articles[1].text
    phrases = [NounPhrase(words_in(text, "negotiations", "a1"), "negotiation", []),
               NounPhrase(words_in(text, "Norway", "a1"), "Norway", [])]
    briefing = replace(briefing, noun_phrases=phrases)
    issues, positions = find_positions(briefing, issues=find_issues(briefing))
    # "negotiations" are the talks, "Norway" is where: no aspect "norway" or "negotiations"
    assert [issue.label for issue in issues] == ["peace talks"]
    assert {(p.actor, p.stance) for p in positions} == {("ek", "for"), ("vos", "for")}


def test_a_condition_is_no_other_side_and_aspects_fill_a_few_columns_only():
    quotes = [("we support the toll road", "ek", "said"), ("we welcome the toll road", "ek", "said"),
              ("we would back the toll road only if the ferry fares fall", "ek", "said"),
              ("we support the toll road", "vos", "said"), ("we reject the harbour tax", "vos", "said"),
              ("we support the toll road", "lind", "said"), ("we reject the parking fees", "lind", "said"),
              ("we support the toll road", "ruz", "said"), ("we reject the school fees", "ruz", "said")]
    briefing = _story(["Toll road plan"] * len(quotes), quotes,
                      [Actor(a, a.title(), "person", [a.title()], []) for a in ("ek", "vos", "lind", "ruz")])
    phrases = []
    for article, (quote, _, _) in zip(briefing.articles, quotes):
        for words in ("ferry fares", "harbour tax", "parking fees", "school fees"):
            if words in quote:
                phrases.append(NounPhrase(words_in(article.text, words, article.id),
                                          words.split()[-1], words.split()[:1]))
    briefing = replace(briefing, noun_phrases=phrases)
    issues, positions = find_positions(briefing, issues=find_issues(briefing))
    # Ek's condition qualifies his support: no "ferry fares" column; three sides against
    # three things make at most MAX_ISSUES columns with the main issue
    assert "ferry fares" not in {i.label for i in issues}
    assert len(issues) == MAX_ISSUES and issues[0].label == "toll road"
    assert {p.issue for p in positions} == {i.id for i in issues}


def test_another_side_on_an_issue_the_speaker_already_holds_makes_no_second_cell():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"), ("we reject the parking fees", "ek", "said"),
         ("the parking fees are unfair", "ek", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    road = Issue("issue:road", "toll road", ["road", "toll"], ["s0", "s1"])
    fees = Issue("issue:fees", "parking fees", ["fee", "parking"], ["s2"])
    issues, positions = find_positions(briefing, issues=[road, fees])
    assert issues == [road, fees]
    assert sorted((p.issue, p.stance, tuple(p.statements)) for p in positions) == [
        ("issue:fees", "against", ("s2",)), ("issue:road", "for", ("s0",))]


def test_embedded_questions_are_not_conditions():
    assert find_conditions("Only she gets to determine if and when talks start.") == []


def test_country_read_from_roles_when_the_actor_has_none():
    from crosswire.knowledge.role_country import actor_country

    def person(*roles):
        return Actor("p", "P", "person", [], list(roles))

    assert actor_country(person("Ukraine’s foreign minister", "adviser")) == "Ukraine"
    assert actor_country(person("professor of Russian history at a university in Britain")) == "United Kingdom"
    assert actor_country(person("Kremlin spokesman", "US Army General")) is None  # roles disagree
    assert actor_country(Actor("q", "Q", "person", [], ["Russian President"], country="X")) == "X"


@pytest.mark.parametrize("text, cue, stance", [
    # the cue carries the stance when the statement is only its object
    ("talks with the junta by decree", "rejected", "against"),
    ("talks with the coastal provinces", "called", "for"),
    ("a short truce with Valdoria", "ruled", "against"),
    # rejection nouns and verbs, negated markers, negators that turn the next marker
    ("Their refusal of any talks was final", None, "against"),
    ("He refused to rule out talks with the rebels", None, "for"),
    ("Negotiations are off the table for now", None, "against"),
    ("Talks are not on the agenda this winter", None, "against"),
    ("We remain ready for talks", None, "for"),
])
def test_stance_markers_cues_and_negation(text, cue, stance):
    assert statement_stance(text, terms=NEGOTIATIONS + ["truce"], cue=cue)[0] == stance


def test_another_countrys_wish_is_not_the_speakers_stance():
    text = 'that Peru was seeking a chance to agree to a "brief truce"'
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "unclear"
    # the speaker's own country is the speaker's side
    text = "that Norway was ready to agree to a truce"
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "for"
    # a country as object is no subject: the speaker rejects talks with it
    text = "We reject talks with Russia"
    assert statement_stance(text, terms=NEGOTIATIONS, speaker_country="Norway")[0] == "against"


def test_distrust_of_another_sides_motive_is_opposition():
    text = "that Russia wanted a truce only to regroup its battered units"
    assert statement_stance(text, terms=["truce"], speaker_country="Norway")[0] == "against"
    text = "Their offer of talks is a ploy to buy time"
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"


def test_words_the_speaker_quotes_from_others_are_not_the_speakers():
    text = "\"It is odd to hear advice like: 'you must negotiate now,' from people far away\""
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "unclear"


def test_negated_requirement_is_a_condition():
    text = "there can be no settlement that does not return the northern valleys to us"
    stance, [(marker, start, end)] = statement_stance(text, terms=["settlement"])
    assert stance == "conditional" and marker == "that does not"
    assert text[start:end] == "that does not return the northern valleys to us"
    stance, [(marker, start, end)] = statement_stance(
        "for such talks, what is needed first is a halt to the shelling", terms=NEGOTIATIONS)
    assert stance == "conditional" and marker == "what is needed"
    assert find_conditions("He said it without specifying a date.") == []


def test_condition_ends_where_its_quotation_closes():
    text = '"no deal that does not include the islands," including the two reefs, the envoy said'
    [(_, start, end)] = find_conditions(text)
    assert text[start:end] == "that does not include the islands"


def test_against_as_a_preposition_takes_no_side():
    assert statement_stance("the war against the rebels made talks harder", terms=NEGOTIATIONS)[0] == "unclear"
    assert statement_stance("the party is against any talks with the rebels", terms=NEGOTIATIONS)[0] == "against"


def test_scare_quoted_issue_after_a_label_is_distrust():
    text = "\"They run a publicity stunt they call 'peace talks' to win time\""
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"
    text = "that the regime staged so-called \"peace talks\" with hand-picked critics"
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "against"
    text = 'that the "wage talks" with the unions would resume on Monday'
    assert statement_stance(text, terms=NEGOTIATIONS)[0] == "unclear"


def test_a_modal_takes_the_side_of_the_marker_it_governs():
    assert statement_stance("the allies should abandon the plan", terms=[])[0] == "against"
    assert statement_stance("the allies should renew the plan", terms=[])[0] == "for"


def test_the_cue_speaks_only_where_the_reported_words_take_no_side():
    # "defended her choice to vote against the levy" is against the levy
    assert statement_stance("his decision to vote against the bill", terms=[], cue="defended")[0] == "against"
    assert statement_stance("the new levy", terms=[], cue="welcomed")[0] == "for"
    # "called the deal reckless": "called" is no "called for"
    assert statement_stance("the deal reckless", terms=[], cue="called")[0] == "against"
    assert statement_stance("for new elections", terms=[], cue="called")[0] == "for"


def test_doubting_or_accusing_another_side_opens_no_other_aspect():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we support the toll road", "ek", "said"), ("we welcome the toll road", "ek", "said"),
         ("the rival offer on the bridge levy is a ploy to buy time", "ek", "said")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    text = briefing.articles[2].text
    phrases = [NounPhrase(words_in(text, "the rival offer", "a2"), "offer", []),
               NounPhrase(words_in(text, "the bridge levy", "a2"), "levy", [])]
    briefing = replace(briefing, noun_phrases=phrases)
    issues, positions = find_positions(briefing, issues=find_issues(briefing))
    # the doubt judges the other side's move on the toll road: no "bridge levy" column
    assert [issue.label for issue in issues] == ["toll road"]
    assert [(p.actor, p.stance) for p in positions] == [("ek", "for")]
    # an accusation judges the other side's conduct too
    accusing = _story(["Toll road plan"] * 3,
                      [("we support the toll road", "ek", "said"), ("we welcome the toll road", "ek", "said"),
                       ("the rival council of rigging the bridge levy", "ek", "accused")],
                      [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    text = accusing.articles[2].text
    accusing = replace(accusing, noun_phrases=[NounPhrase(words_in(text, "the bridge levy", "a2"), "levy", [])])
    accused = _event("ACCUSE", accusing.articles[2], "accused")
    issues, positions = find_positions(accusing, issues=find_issues(accusing),
                                       events=[replace(accused, statement="s2")])
    assert [issue.label for issue in issues] == ["toll road"]
    # without the doubt, the same words are another side, on another aspect
    plain = _story(["Toll road plan"] * 3,
                   [("we support the toll road", "ek", "said"), ("we welcome the toll road", "ek", "said"),
                    ("we reject the bridge levy", "ek", "said")],
                   [Actor("ek", "Ekdahl", "person", ["Ekdahl"], [])])
    text = plain.articles[2].text
    plain = replace(plain, noun_phrases=[NounPhrase(words_in(text, "the bridge levy", "a2"), "levy", [])])
    issues, positions = find_positions(plain, issues=find_issues(plain))
    assert "bridge levy" in {issue.label for issue in issues}


def test_derived_words_share_their_root_only_where_the_story_uses_both():
    roots = word_roots({"closure", "closing", "close", "resignation", "resign", "union", "harbour",
                        "consolidated", "consolidation"})
    assert roots["closure"] == roots["closing"] == "close"
    assert roots["resignation"] == "resign"
    assert roots["consolidated"] == roots["consolidation"]
    # a word without a relative in the story keeps its own form
    assert "union" not in roots and "harbour" not in roots
    assert word_roots({"closure"}) == {}


def _dispute_story() -> MergedAnalysis:
    """A ferry line's closure in the headlines; a chairman's resignation that two speakers
    take opposite sides on in two articles but no headline names; a passing word one
    speaker alone negates."""
    titles = ["Council votes to close Marenka ferry line",
              "Marenka ferry line closure approved",
              "Anger over Marenka ferry closure"]
    texts = [
        "Councillor Ostrander said he opposed the closure of the ferry line. "
        "Ostrander called for the resignation of the chairman. "
        "Chairman Velko said he would not resign. "
        "Velko said the timetable would not change the fares.",
        "Mayor Drel said she backed closing the ferry line. "
        "Ostrander said the chairman should resign. "
        "Velko said the closure of the ferry line was safe.",
        "Ostrander said the ferry closure was a mistake. "
        "Velko said the board would not resign. "
        "Drel said the timetable would not change the fares.",
    ]
    quotes = [
        [("he opposed the closure of the ferry line", "ost", "said"),
         ("the resignation of the chairman", "ost", "called for"),
         ("he would not resign", "vel", "said"),
         ("the timetable would not change the fares", "vel", "said")],
        [("she backed closing the ferry line", "drel", "said"),
         ("the chairman should resign", "ost", "said"),
         ("the closure of the ferry line was safe", "vel", "said")],
        [("the ferry closure was a mistake", "ost", "said"),
         ("the board would not resign", "vel", "said"),
         ("the timetable would not change the fares", "drel", "said")],
    ]
    articles, statements = [], []
    for n, (title, text, said) in enumerate(zip(titles, texts, quotes)):
        article = Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en", text)
        articles.append(article)
        for m, (quote, speaker, cue) in enumerate(said):
            statements.append(Statement(
                f"s{n}{m}", words_in(text, quote, article.id), "indirect",
                words_in(text, cue, article.id, after=text.rindex(cue, 0, text.index(quote))),
                None, Resolution("named", 1.0), speaker=speaker))
    actors = [Actor("ost", "Ostrander", "person", ["Ostrander"], []),
              Actor("vel", "Velko", "person", ["Velko"], []),
              Actor("drel", "Drel", "person", ["Drel"], [])]
    return MergedAnalysis(articles=articles, actors=actors, statements=statements)


def test_an_issue_is_what_speakers_propose_or_oppose_not_only_what_headlines_name():
    story = _dispute_story()
    issues = find_issues(story)
    by_label = {issue.label: issue for issue in issues}
    # the headlines' issue is named with what is proposed of it, "closure" one with "close"
    closure = issues[0]
    assert "closure" in closure.label and {"close", "closure", "closing"} <= set(closure.terms)
    # the resignation no headline names is an issue: two speakers take opposite sides on it
    resign = next(issue for issue in issues if "resign" in issue.terms)
    assert set(resign.statements) == {"s01", "s02", "s11", "s21"}
    # "would not change the fares": no one proposes or opposes "change", no issue
    assert not any("change" in issue.terms or "fare" in issue.terms for issue in issues)
    _, positions = find_positions(story, issues=issues)
    stances = {(p.actor, p.issue): p.stance for p in positions}
    assert stances[("ost", resign.id)] == "for" and stances[("vel", resign.id)] == "against"
    assert stances[("ost", closure.id)] == "against" and stances[("drel", closure.id)] == "for"
    assert len(by_label) == len(issues)


def test_a_headline_word_no_one_takes_sides_on_is_the_setting_not_an_issue():
    titles = ["Storm damage mounts on the coast road while council backs ferry closure",
              "Ferry closure approved by council; storm damage to cost millions",
              "Storm damage worst in decades, engineers find",
              "Ferry closure splits Marenka"]
    quotes = [("the storm damage was worse than feared", "vel", "said"),
              ("the storm damage would take months to repair", "drel", "said"),
              ("he opposed the ferry closure", "ost", "said"),
              ("she backed the ferry closure", "drel", "said")]
    actors = [Actor("ost", "Ostrander", "person", ["Ostrander"], []),
              Actor("vel", "Velko", "person", ["Velko"], []),
              Actor("drel", "Drel", "person", ["Drel"], [])]
    story = _story(titles, quotes, actors)
    [issue] = find_issues(story)
    assert issue.label == "ferry closure"
    # what is said of the setting takes no side on the ferry's closure
    assert issue.statements == ["s2", "s3"]


def test_a_noun_standing_for_the_proposal_names_no_other_aspect():
    briefing = _story(
        ["Toll road plan", "Toll road plan", "Toll road plan"],
        [("we oppose the toll road", "ek", "said"),
         ("the council to withdraw the proposal and fund a survey of the moorings", "ek", "urged"),
         ("when does the toll road open?", "vos", "asked")],
        [Actor("ek", "Ekdahl", "person", ["Ekdahl"], []), Actor("vos", "Vos", "person", ["Vos"], [])])
    text = briefing.articles[1].text
    phrases = [NounPhrase(words_in(text, "proposal", "a1"), "proposal", []),
               NounPhrase(words_in(text, "survey", "a1"), "survey", []),
               NounPhrase(words_in(text, "moorings", "a1"), "mooring", [])]
    briefing = replace(briefing, noun_phrases=phrases)
    issues, _ = find_positions(briefing, issues=find_issues(briefing))
    # "the proposal" is the toll road itself: the other side is named from what else is asked
    assert [issue.label for issue in issues] == ["toll road", "survey of the moorings"]


@pytest.mark.parametrize("text, cue, stance", [
    ("to say how large the fund would be", "declined", "unclear"),
    ("to comment on the harbour levy", "refused", "unclear"),
    ("to sign the harbour levy into law", "refused", "against"),
    ("the harbour levy", "rejected", "against"),
])
def test_a_refusal_to_speak_takes_no_side_a_refusal_to_act_does(text, cue, stance):
    assert statement_stance(text, terms=[], topic=frozenset({"harbour", "levy"}), cue=cue)[0] == stance


def test_the_story_s_own_outlet_named_in_part_holds_no_position():
    briefing = _story(
        ["Harbour toll splits the coast", "Harbour toll vote nears", "Harbour toll: a fight"],
        [("the harbour toll is a disgrace and must be scrapped", "ledger", "asked"),
         ("the harbour toll is essential and we support it", "mayor", "said"),
         ("the harbour toll will ruin small boats", "ledger", "said")],
        [Actor("ledger", "Ledger", "organisation", ["Ledger", "The Ledger"], []),
         Actor("mayor", "Ana Mayor", "person", ["Ana Mayor"], [])])
    briefing = replace(briefing, articles=[replace(a, outlet="Green Ledger") for a in briefing.articles])
    _, positions = find_positions(briefing, issues=find_issues(briefing))
    assert [(p.actor, p.stance) for p in positions] == [("mayor", "for")]
    assert holds_positions(briefing.actors[0])  # another story's "Ledger" may speak
    assert not holds_positions(briefing.actors[0], outlets=["Green Ledger"])
    assert holds_positions(Actor("ed", "Ana Green", "person", ["Ana Green"], []), outlets=["Green Ledger"])


def test_a_project_or_an_offer_names_no_issue_of_its_own():
    briefing = _story(
        ["Council backs river dam", "River dam wins vote", "Valley fights river dam"],
        [("we support the project fully", "mayor", "said"),
         ("they oppose the offer and the project", "union", "said"),
         ("the river dam will ruin the valley", "union", "said")],
        [Actor("mayor", "Ana Mayor", "person", ["Ana Mayor"], []),
         Actor("union", "Valley Union", "organisation", ["Valley Union"], [])])
    issues = find_issues(briefing)
    # "the project" is the dam: its statements speak to the story's main issue
    assert [i.label for i in issues] == ["river dam"]
    assert issues[0].statements == ["s0", "s1", "s2"]


def _act(kind: str, article: Article, sentence: str, trigger: str, doer: str, *,
         obj: str | None = None, status: str = "asserted") -> Event:
    """An event told in narration: ``doer`` (an actor id) does ``trigger`` to ``obj``."""
    evidence = words_in(article.text, sentence, article.id)
    start = article.text.index(sentence)
    def at(words: str):
        offset = start + sentence.index(words)
        return TextSpan(words, offset, offset + len(words), article.id)
    recipient = [EventParticipant(replace(at(obj), article=None), None, None)] if obj else []
    return Event(id=f"e-{trigger}", event=kind, mode=None, context=[],
                 actor=[EventParticipant(replace(at(trigger), article=None), None, doer)],
                 recipient=recipient, trigger=at(trigger), evidence=evidence, status=status)


def test_what_a_holder_did_outside_any_statement_is_its_position():
    text = ("The Valley Chamber backed the project on Monday. The Harbour Guild restored the ferry. "
            "The Tide Club reacted with outrage. The mayor said the river dam was vital.")
    article = Article("a", "a.txt", "One", "River dam wins vote", UNDATED, "en", text)
    other = Article("b", "b.txt", "Two", "River dam splits the valley", UNDATED, "en",
                    "Ana Vos said the river dam would ruin the valley.")
    statements = [_statement("s0", article, "the river dam was vital", "mayor"),
                  _statement("s1", other, "the river dam would ruin the valley", "vos")]
    actors = [Actor(i, name, kind, [name], []) for i, name, kind in [
        ("mayor", "Ana Mayor", "person"), ("vos", "Ana Vos", "person"),
        ("chamber", "Valley Chamber", "organisation"), ("guild", "Harbour Guild", "organisation"),
        ("club", "Tide Club", "organisation")]]
    events = [
        _act("SUPPORT", article, "The Valley Chamber backed the project on Monday.", "backed", "chamber",
             obj="the project"),
        # done to something no issue names: no side on the dam
        _act("SUPPORT", article, "The Harbour Guild restored the ferry.", "restored", "guild", obj="the ferry"),
        # a reaction with no object is on the story's main issue
        _act("ACCUSE", article, "The Tide Club reacted with outrage.", "outrage", "club"),
    ]
    briefing = MergedAnalysis(articles=[article, other], actors=actors, statements=statements)
    issues = find_issues(briefing)
    _, positions = find_positions(briefing, issues=issues, events=events)
    cells = {(p.actor, p.stance) for p in positions}
    assert ("chamber", "for") in cells and ("club", "against") in cells
    assert not any(p.actor == "guild" for p in positions)
    chamber = next(p for p in positions if p.actor == "chamber")
    # no statement behind it: the sentence telling the act is its evidence
    assert chamber.statements == [] and [e.text for e in chamber.evidence] == [
        "The Valley Chamber backed the project on Monday."]


def test_a_holder_the_texts_say_changed_sides_keeps_its_side_now_and_the_earlier_one():
    text = ("Councillor Ada Brisk, who voted against the harbour toll in March, changed sides on Monday. "
            "Brisk said the harbour toll was now worth backing. "
            "\"I opposed the harbour toll, and it was reckless,\" Brisk said in March.")
    other = ("Ana Vos said the harbour toll would ruin small boats. "
             "Vos dismissed her reversal as a political deal. Brisk said she backed the harbour toll.")
    a = Article("a", "a.txt", "One", "Harbour toll wins vote", UNDATED, "en", text)
    b = Article("b", "b.txt", "Two", "Harbour toll splits the coast", UNDATED, "en", other)
    statements = [_statement("s0", a, "the harbour toll was now worth backing", "brisk"),
                  _statement("s1", a, "\"I opposed the harbour toll, and it was reckless,\"", "brisk"),
                  _statement("s2", b, "the harbour toll would ruin small boats", "vos"),
                  _statement("s3", b, "her reversal as a political deal", "vos", "dismissed"),
                  _statement("s4", b, "she backed the harbour toll", "brisk")]
    actors = [Actor("brisk", "Ada Brisk", "person", ["Ada Brisk", "Brisk"], [],
                    seen=[words_in(text, "Councillor Ada Brisk", "a")]),
              Actor("vos", "Ana Vos", "person", ["Ana Vos", "Vos"], [],
                    seen=[words_in(other, "Ana Vos", "b"), words_in(other, "Vos dismissed", "b")])]
    briefing = MergedAnalysis(articles=[a, b], actors=actors, statements=statements)
    _, positions = find_positions(briefing, issues=find_issues(briefing))
    brisk = next(p for p in positions if p.actor == "brisk")
    assert (brisk.stance, brisk.earlier) == ("for", "against")
    # where the change is told, and the words on the earlier side
    assert [e.text for e in brisk.earlier_evidence] == [
        "Councillor Ada Brisk, who voted against the harbour toll in March, changed sides on Monday.",
        "\"I opposed the harbour toll, and it was reckless,\""]
    # the earlier side is no other aspect of the story
    assert {p.issue for p in positions} == {brisk.issue}
    # judging another's reversal tells of no change of one's own
    vos = next(p for p in positions if p.actor == "vos")
    assert (vos.stance, vos.earlier, vos.earlier_evidence) == ("against", None, [])


def test_a_change_marker_may_say_the_side_taken_after():
    text = ("Ada Brisk dropped her opposition to the harbour toll. "
            "\"The harbour toll is a disgrace,\" Brisk said last year.")
    other = "Ana Vos said the harbour toll would ruin small boats."
    a = Article("a", "a.txt", "One", "Harbour toll wins vote", UNDATED, "en", text)
    b = Article("b", "b.txt", "Two", "Harbour toll splits the coast", UNDATED, "en", other)
    statements = [_statement("s0", a, "\"The harbour toll is a disgrace,\"", "brisk"),
                  _statement("s1", b, "the harbour toll would ruin small boats", "vos")]
    actors = [Actor("brisk", "Ada Brisk", "person", ["Ada Brisk"], [], seen=[words_in(text, "Ada Brisk", "a")]),
              Actor("vos", "Ana Vos", "person", ["Ana Vos"], [])]
    briefing = MergedAnalysis(articles=[a, b], actors=actors, statements=statements)
    _, positions = find_positions(briefing, issues=find_issues(briefing))
    brisk = next(p for p in positions if p.actor == "brisk")
    # "dropped her opposition": for now, whatever its older words said
    assert (brisk.stance, brisk.earlier) == ("for", "against")
    assert brisk.earlier_evidence[0].text == "Ada Brisk dropped her opposition to the harbour toll."
    # no statement of hers says "for": the change sentence is the side's evidence, never
    # her old words against it
    assert brisk.statements == []
    assert [e.text for e in brisk.evidence] == ["Ada Brisk dropped her opposition to the harbour toll."]


def test_a_side_dispute_is_its_own_issue_and_keeps_the_statements_that_go_on_with_it():
    texts = [
        ("River dam wins council vote",
         "The mayor said the river dam was vital. The union demanded that compensation be doubled. "
         "The minister said the compensation offer was final and would not be raised. "
         "The minister said the offer stands.\n"
         "The mayor said she was proud of the vote."),
        ("River dam splits the valley",
         "Ana Vos said the river dam would destroy the valley. The mayor said the river dam "
         "would bring jobs. Ana Vos said the river dam was a disaster. The union demanded compensation "
         "to be doubled.\nThe minister said she would not raise the offer."),
        ("Court to hear river dam case",
         "Ana Vos said the river dam must be scrapped. The mayor said the river dam was a good plan. "
         "The minister said she will not raise it."),
    ]
    articles = [Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", title, UNDATED, "en", text)
                for n, (title, text) in enumerate(texts)]
    said = [(0, "the river dam was vital", "mayor", "said"),
            (0, "that compensation be doubled", "union", "demanded"),
            (0, "the compensation offer was final and would not be raised", "minister", "said"),
            (0, "the offer stands", "minister", "said"), (0, "she was proud of the vote", "mayor", "said"),
            (1, "the river dam would destroy the valley", "vos", "said"),
            (1, "the river dam would bring jobs", "mayor", "said"),
            (1, "the river dam was a disaster", "vos", "said"),
            (1, "compensation to be doubled", "union", "demanded"),
            (1, "she would not raise the offer", "minister", "said"),
            (2, "the river dam must be scrapped", "vos", "said"),
            (2, "the river dam was a good plan", "mayor", "said"),
            (2, "she will not raise it", "minister", "said")]
    statements = [_statement(f"s{n}", articles[a], quote, speaker, cue)
                  for n, (a, quote, speaker, cue) in enumerate(said)]
    actors = [Actor(i, i.title(), "person", [i.title()], []) for i in ("mayor", "union", "minister", "vos")]
    issues = find_issues(MergedAnalysis(articles=articles, actors=actors, statements=statements))
    by_label = {issue.label: issue for issue in issues}
    assert set(by_label) == {"river dam", "compensation"}
    # "compensation" and "raise", disputed in one statement, are one dispute
    assert {"compensation", "raise"} <= set(by_label["compensation"].terms)
    # "the offer stands" goes on with the statement before it in its paragraph; "proud of
    # the vote", a paragraph later and from another speaker, speaks to the main issue
    assert "s3" in by_label["compensation"].statements
    assert "s4" in by_label["river dam"].statements


@pytest.mark.parametrize("text", [
    "This bridge would kill a river that has fed the valley for centuries",
    "the group applied for an injunction against the bridge",
    "the bridge will ruin the harbour",
    "we will go to court to block the bridge",
    # what the issue does to people, judged: no plain assertion of it
    "the bridge toll punishes pensioners who drive to the clinic",
    "the bridge hurts every shop on the old quay",
    "the bridge is a cash grab dressed up as repairs",
    "the bridge puts a heavy burden on small farms",
])
def test_a_verdict_on_what_the_issue_would_do_or_a_court_bid_against_it_opposes(text):
    assert statement_stance(text, terms=[], topic=frozenset({"bridge"}))[0] == "against"


@pytest.mark.parametrize("text, stance", [
    # averting something bad is wanting what averts it
    ("lawmakers must act now to avoid a catastrophic shutdown of the ferries", "for"),
    ("the levy was the only way to head off a disastrous collapse of the pier", "for"),
    ("the levy was a disaster for the pier", "against"),  # without the averting verb
])
def test_an_averting_verb_turns_the_marker_it_governs(text, stance):
    assert statement_stance(text, terms=[], topic=frozenset({"levy"}))[0] == stance


def test_an_averting_verb_alone_does_not_negate_the_issue():
    # "avoid breaching the levy cap" says nothing against the levy cap, as "not" would
    assert statement_stance("the port must avoid breaching the levy cap", terms=[],
                            topic=frozenset({"levy", "cap"}))[0] != "against"


def test_an_event_the_speaker_only_supposes_takes_no_side():
    text = ("Minister Ruz said trade on the canal treaty would stall if the envoy was recalled. "
            "Ruz said the government recalled the envoy over the canal treaty.")
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    supposed = _statement("s1", article, "trade on the canal treaty would stall if the envoy was recalled", "ruz")
    done = _statement("s2", article, "the government recalled the envoy over the canal treaty", "ruz")
    actors = [Actor("ruz", "Ruz", "person", ["Ruz"], [])]

    def positions_with(statement: Statement, trigger_after: int) -> list:
        recalled = replace(_event("SANCTION", article, "recalled"), statement=statement.id)
        at = text.index("recalled", trigger_after)
        recalled = replace(recalled, trigger=TextSpan("recalled", at, at + 8, "a"))
        story = MergedAnalysis(articles=[article], actors=actors, statements=[statement])
        return find_positions(story, issues=find_issues(story), events=[recalled])[1]

    # inside "if ...": a supposition, no side; said as done: against
    assert positions_with(supposed, 0) == []
    [position] = positions_with(done, text.index("Ruz said the government"))
    assert position.stance == "against"


def test_an_event_a_noun_names_with_no_doer_is_no_act_of_the_speaker():
    text = "Minister Ruz said trade on the canal treaty rose 12% during the dockside march."
    article = Article("a", "a.txt", "One", "Canal treaty", UNDATED, "en", text)
    said = _statement("s1", article, "trade on the canal treaty rose 12% during the dockside march", "ruz")
    march = replace(_event("PROTEST", article, "march"), statement="s1")
    actors = [Actor("ruz", "Ruz", "person", ["Ruz"], [])]
    phrase = NounPhrase(words_in(text, "dockside march", "a"), "march", ["dockside"])

    def stances(noun_phrases: list[NounPhrase]) -> list[str]:
        story = MergedAnalysis(articles=[article], actors=actors, statements=[said], noun_phrases=noun_phrases)
        return [p.stance for p in find_positions(story, issues=find_issues(story), events=[march])[1]]

    # "the dockside march" tells what happened, no protest of the minister's; a doerless
    # event the parse reads as no noun phrase's head ("to march") may still be the speaker's
    assert stances([phrase]) == []
    assert stances([]) == ["against"]


def test_a_statement_nested_in_another_names_the_issue_for_itself_only():
    # "urged both sides to return to the table, saying [a strike would hurt travellers]": the
    # outer call names no strike; the nested verdict does, and decides the tie of the two
    text = ("Minister Oyelaran urged both sides to return to the table, saying a strike would hurt "
            "travellers.")
    article = Article("a", "a.txt", "One", "Ferry strike", UNDATED, "en", text)
    outer = _statement("s0", article, "both sides to return to the table, saying a strike would hurt travellers",
                       "oy", cue="urged")
    inner = _statement("s1", article, "a strike would hurt travellers", "oy", cue="saying")
    story = MergedAnalysis(articles=[article], actors=[Actor("oy", "Oyelaran", "person", ["Oyelaran"], [])],
                           statements=[outer, inner])
    issues, positions = find_positions(story, issues=find_issues(story))
    [main] = [p for p in positions if p.issue == issues[0].id]
    assert (main.stance, main.statements) == ("against", ["s1"])


def test_a_document_takes_no_side_for_its_issuer_on_the_issue_it_is():
    # the board's complaint argues against the merger, not against the complaint; the
    # board's own word on its complaint does take a side on it
    text = ("The complaint says the grain merger would hurt farmers and is unlawful. "
            "The board said it stands by the complaint.")
    article = Article("a", "a.txt", "One", "Board files grain complaint", UNDATED, "en", text)
    through_it = Statement("s1", words_in(text, "the grain merger would hurt farmers and is unlawful", "a"),
                           "indirect", found_in(text, "says", "a"), found_in(text, "The complaint", "a"),
                           Resolution("description", 0.7), speaker="board")
    own = Statement("s2", words_in(text, "it stands by the complaint", "a"), "indirect",
                    found_in(text, "said", "a"), found_in(text, "The board", "a"),
                    Resolution("named", 1.0), speaker="board")
    merged = MergedAnalysis(articles=[article], statements=[through_it, own],
                            actors=[Actor("board", "Grain Board", "organisation", ["Grain Board"], [])])
    complaint = Issue("issue:complaint", "grain complaint", ["complaint", "grain"], ["s1"])
    assert find_positions(merged, issues=[complaint])[1] == []
    [position] = find_positions(merged, issues=[replace(complaint, statements=["s1", "s2"])])[1]
    assert position.stance == "for" and position.statements[0] == "s2"
    # the same words through a document that is not the issue are its issuer's side
    merger = Issue("issue:merger", "grain merger", ["merger", "grain"], ["s1"])
    [position] = find_positions(merged, issues=[merger])[1]
    assert position.stance == "against"


def test_what_a_document_records_is_no_side_its_issuer_takes():
    # "the filing" records that the levy is in force: a fact it tells, as a report's
    # finding is; the same plain assertion in the mayor's own words affirms the levy
    text = ("According to the filing, the harbour levy is now in force. "
            "The mayor said the harbour levy is now in force.")
    article = Article("a", "a.txt", "One", "Harbour levy", UNDATED, "en", text)
    levy = Issue("issue:levy", "harbour levy", ["harbour", "levy"], ["s1"])
    actors = [Actor("port", "Port Board", "organisation", ["Port Board"], []),
              Actor("mayor", "Mayor Vik", "person", ["Vik"], [])]
    first = text.index("the harbour levy is now in force")
    recorded = Statement("s1", TextSpan("the harbour levy is now in force", first, first + 32, "a"),
                         "indirect", found_in(text, "According to", "a"), found_in(text, "the filing", "a"),
                         Resolution("description", 0.7), speaker="port", cue_type="speech")
    second = text.index("the harbour levy is now in force", first + 1)
    said = Statement("s2", TextSpan("the harbour levy is now in force", second, second + 32, "a"),
                     "indirect", found_in(text, "said", "a"), found_in(text, "The mayor", "a"),
                     Resolution("named", 1.0), speaker="mayor", cue_type="speech")
    merged = MergedAnalysis(articles=[article], statements=[recorded, said], actors=actors)
    assert find_positions(merged, issues=[levy])[1] == []
    [position] = find_positions(merged, issues=[replace(levy, statements=["s1", "s2"])])[1]
    assert (position.actor, position.stance) == ("mayor", "for")
