"""Versions of one claim that contradict one another, on invented sentences."""

from __future__ import annotations

import pytest

from crosswire.compare.claim_disputes import ACCOUNT, Told, account_conflicts
from crosswire.compare.claim_readings import lexicon, quantities
from crosswire.compare.claims import find_claims
from crosswire.models import Actor, Article, DateEstimate, MergedAnalysis, Resolution, Statement
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def disputes(*texts: str, cue: str | None = None) -> list[dict[str, list[str]]]:
    """The account conflicts among versions, each from its own article (the last one
    reported with ``cue`` when given)."""
    versions = [Told(key=f"v{n}", article=f"a{n}", text=text, cue=cue if n == len(texts) - 1 else None)
                for n, text in enumerate(texts)]
    return [c.values for c in account_conflicts(versions) if c.aspect == ACCOUNT]


def test_a_predicate_negated_in_one_version_only_is_disputed():
    assert disputes("The dam was inspected in April, the agency said",
                    "The dam was not inspected in April") == [
        {"dam was inspected": ["v0"], "not inspected": ["v1"]}]
    assert disputes("the ministry had received no complaints about the dam",
                    "the ministry had received complaints about the dam") == [
        {"no complaints": ["v0"], "had received complaints": ["v1"]}]


def test_a_denial_states_the_opposite_of_what_it_reports():
    assert disputes("the guards fired on the crowd", "the guards fired on the crowd", cue="denied") == [
        {"the guards fired": ["v0"], "denied: the guards fired": ["v1"]}]
    assert disputes("the guards fired on the crowd", "the guards fired on the crowd", cue="said") == []


def test_opposite_predicates_next_to_a_shared_word_are_disputed():
    [values] = disputes("Divers succeeded in reaching the sunken barge on Friday",
                        "Divers failed to reach the sunken barge on Friday")
    assert list(values) == ["succeeded", "failed"]
    assert len(disputes("The harbour talks failed on Sunday", "The harbour talks succeeded on Sunday")) == 1
    [values] = disputes("Border guards opened fire on the river patrol",
                        "Border guards returned fire after a river patrol crossed")
    assert list(values) == ["opened fire", "returned fire"]
    # "did not fail" says what "succeeded" says
    assert disputes("the mediators succeeded with the harbour talks",
                    "the mediators did not fail with the harbour talks") == []
    # opposites said of different things are no dispute
    assert disputes("Grain prices rose in the valley towns", "The river fell near the old mill") == []


def test_a_conjunction_ends_the_reach_of_a_negation_before_it():
    # "did not panic" leaves "reached" plain: the other outlet's "never reached" disputes it
    [values] = disputes("The crew did not panic and the ferry reached the harbour by dusk",
                        "The ferry never reached the harbour")
    assert list(values) == ["the ferry reached", "never reached"]


def test_negation_reaches_its_predicate_only():
    # "not enough to stop" does not negate "stop"; "without" negates no predicate
    assert disputes("not enough to stop the flooding in the lower town",
                    "the pumps stop the flooding in the lower town") == []
    assert disputes("families without power in the lower town", "power in the lower town returned") == []
    # "not only ... but" says both
    assert disputes("the storm not only flooded the harbour but cut the roads",
                    "the storm flooded the harbour and cut the roads") == []


def test_a_predicate_wished_or_possible_takes_no_side():
    assert disputes("the harbour bill cannot pass this week", "the harbour bill the council hopes to pass this week") == []
    assert disputes("clerks fired for not meeting the filing deadline",
                    "clerks are unlikely to meet the filing deadline") == []
    # a quoted predicate is still in its clause
    assert disputes("the island would not \u201cgive in to threats\u201d from the north",
                    "the island will not give in to threats from the north") == []


def test_an_indirect_question_takes_no_side_and_a_relative_clause_does():
    """"to know which residents have not registered" asks of them, it tells nothing of whether
    they registered; "the miners who were not rescued" tells it."""
    assert disputes("the state has every right to know which residents have registered for the draw",
                    "the state has every right to know which residents have not registered for the draw") == []
    assert disputes("the miners who were not rescued stayed below the shaft",
                    "the miners who were rescued stayed below the shaft") == [
        {"not rescued": ["v0"], "who were rescued": ["v1"]}]


def test_a_side_is_taken_only_where_the_version_is_plain():
    # the negation of "a member of the X group" may or may not reach X
    assert disputes("the raid killed a driver, not a member of the Brannock gang",
                    "the raid killed a driver and not Brannock gang members") == []
    # a verb that negates negates the verb after "to"; its object it turns down
    assert disputes("he has decided to reject a bid to run the rowing club",
                    "he has decided to decline the bid to run the rowing club") == []
    assert disputes("the board declined to hear a complaint on harbour fee use",
                    "the captain could not use the harbour fee waiver") == []
    assert len(disputes("the council declined to comment on the harbour fees",
                        "the council did comment on the harbour fees")) == 1
    # "X defeated Y" says X won
    assert disputes("the mayor's win over the challenger in the county",
                    "the mayor defeated the challenger in the county") == []


def test_different_figures_of_one_quantity_are_disputed_unless_bounded_or_rounded():
    assert disputes("Seventeen climbers were stranded on the ridge",
                    "Twenty-two climbers were stranded on the ridge") == [
        {"Seventeen climbers": ["v0"], "Twenty-two climbers": ["v1"]}]
    assert disputes("At least seventeen climbers were stranded", "Twenty-two climbers were stranded") == []
    assert disputes("about twenty climbers were stranded", "Twenty-two climbers were stranded") == []
    assert disputes("up to fifteen climbers were stranded", "Twenty-two climbers were stranded") == [
        {"fifteen climbers": ["v0"], "Twenty-two climbers": ["v1"]}]
    # a figure the other version leaves out is added detail; a year counts nothing
    assert disputes("rescuers dug a 40-metre tunnel", "rescuers dug a tunnel") == []
    assert disputes("the 1911 flood of the valley", "two thousand houses of the valley flooded") == []
    assert disputes("the depot will open 24 hours a day", "the depot will keep 24/7 loading shifts") == []
    assert disputes("about 400 COVID-19 patients in the ward", "400 patients in the ward") == []
    # a figure hyphened to its unit counts that unit: years and decades are no dispute,
    # two counts of years are
    assert disputes("the council lifted its 41-year-old curfew on the docks",
                    "the council lifted its four-decade-old curfew on the docks") == []
    assert disputes("the council lifted its 41-year-old curfew", "the council lifted its 38-year-old curfew") == [
        {"41-year-old": ["v0"], "38-year-old": ["v1"]}]
    # a version counting one thing in parts gives a breakdown, not another total
    assert disputes("the port will hire 120 dockers this spring and 80 dockers in the autumn",
                    "the port will hire 200 dockers") == []
    # one word alone names no quantity: doses given and doses wasted are two
    assert disputes("the region gave 40,000 doses to clinics", "the region wasted 9,000 doses last spring") == []
    # an article giving two figures of one quantity counts two quantities
    versions = [Told("v0", "a", "2,600 doses were wasted in the north"), Told("v1", "a", "15,100 doses were wasted"),
                Told("v2", "b", "15,100 doses were wasted in all")]
    assert account_conflicts(versions) == []


def test_one_act_by_swapped_agents_is_disputed_and_a_paraphrase_is_not():
    [values] = disputes("Strikers attacked guards outside the depot", "Guards attacked strikers outside the depot")
    assert list(values) == ["Strikers attacked", "Guards attacked"]
    assert disputes("Strikers attacked guards outside the depot",
                    "Strikers attacked the guards outside the depot at dawn") == []
    [values] = disputes("Fans of Rovell attacked fans of Dunmere near the stadium",
                        "Fans of Dunmere attacked fans of Rovell near the stadium")
    assert list(values) == ["Fans of Rovell attacked", "Fans of Dunmere attacked"]
    assert disputes("where, politically, the Dunmerians withdraw", "that Dunmeria's pullout of its troops") == []
    assert disputes("Dunmerian troops withdrew from the valley", "Dunmeria's troops withdrew from the valley") == []
    assert disputes("Fans of Rovell attacked the stewards near the stadium",
                    "Rovell fans attacked the stewards near the stadium") == []
    assert disputes("A recently dismissed depot chief spoke on Monday",
                    "The board has dismissed the depot chief") == []


def test_an_act_in_the_passive_has_its_doer_after_by_not_before_it():
    """"A rockfall caused by the storm" is the storm causing the rockfall: told in the passive,
    an act's doer follows "by", and what stands before it is what it was done to."""
    assert disputes("A rockfall caused by the storm buried the coast road near Marrow Point",
                    "The storm caused a rockfall that buried the coast road near Marrow Point") == []
    assert disputes("Strikers attacked guards outside the depot",
                    "Guards were attacked by strikers outside the depot") == []
    [values] = disputes("Guards attacked strikers outside the depot",
                        "Guards were attacked by strikers outside the depot")
    assert list(values) == ["Guards attacked", "Guards were attacked"]


def test_one_act_with_the_others_agent_named_apart_is_disputed():
    [values] = disputes("Depot managers ordered the shutdown shortly after noon",
                        "Union stewards ordered the shutdown after managers hesitated")
    assert list(values) == ["Depot managers ordered", "Union stewards ordered"]
    assert disputes("Managers ordered an orderly shutdown",
                    "Depot managers ordered the shutdown shortly after noon") == []
    # two words for one doer, and the teller named after the act, are no dispute
    assert disputes("Officials ordered the evacuation of the valley",
                    "Authorities ordered the evacuation of the valley") == []
    assert disputes("The mayor closed the bridge on Monday",
                    "Engineers closed the bridge on Monday, the mayor said") == []
    assert disputes("Wardens closed the bridge on Monday",
                    "Engineers closed the ferry on Monday after wardens left") == []
    assert disputes("The 2019 harbour budget was not approved",
                    "The Disputed Harbour Budget of 2019 will be cut") == []


def test_versions_of_one_article_and_detail_added_are_no_dispute():
    versions = [Told("v0", "a", "The dam was inspected in April"), Told("v1", "a", "The dam was not inspected in April")]
    assert account_conflicts(versions) == []
    assert disputes("Divers reached the barge on Friday", "Divers reached the sunken barge on Friday after a storm") == []


def test_a_disputed_claim_stays_one_claim_and_says_so():
    texts = {"a": "The port authority said the crane had been inspected in March before the accident.",
             "b": "The port authority said the crane had not been inspected in March before the accident."}
    arts = [Article(id=i, source_path=f"{i}.txt", outlet=f"Outlet {i}", title=None, published=UNDATED,
                    language="en", text=t) for i, t in texts.items()]
    statements = [Statement(id=f"{x.id}:s1", span=words_in(x.text, x.text[len("The port authority said "):-1], x.id),
                            kind="indirect", cue=found_in(x.text, "said", x.id),
                            speaker_words=found_in(x.text, "The port authority", x.id),
                            resolution=Resolution("named", 1.0), speaker="p") for x in arts]
    actors = [Actor("p", "Port Authority", "organisation", [], [])]
    [claim] = find_claims(MergedAnalysis(articles=arts, actors=actors, statements=statements))
    assert claim.disputed and len(claim.versions) == 2
    assert claim.conflicts[0].aspect == ACCOUNT
    assert claim.conflicts[0].values == {"had been inspected": ["a:s1"], "not been inspected": ["b:s1"]}


def test_the_lexicon_loads_and_names_a_bad_line(tmp_path, monkeypatch):
    table = lexicon()
    assert "not" in table.negators and "without" not in table.negators and "deny" in table.denials
    assert table.bounds[("at", "least")] == "lower"
    import crosswire.compare.claim_readings as readings_module
    monkeypatch.setattr(readings_module, "located_rows", lambda name: [("data/x.jsonl:1", {"kind": "opposite"})])
    lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="data/x.jsonl:1"):
            lexicon()
    finally:
        monkeypatch.undo()
        lexicon.cache_clear()


def test_a_short_statement_saying_the_opposite_of_anothers_words_is_one_disputed_claim():
    texts = {"a": "The depot's sirens sounded at nine, the log shows.",
             "b": "The sirens did not sound, drivers said.",
             "c": "The sirens were tested on Monday, drivers said.",
             "d": "A guard declined to say when the sirens last sounded."}
    arts = [Article(id=i, source_path=f"{i}.txt", outlet=f"Outlet {i}", title=None, published=UNDATED,
                    language="en", text=t) for i, t in texts.items()]
    contents = {"a": "The depot's sirens sounded at nine", "b": "The sirens did not sound",
                "c": "The sirens were tested on Monday", "d": "when the sirens last sounded"}
    teller = {"a": "the log", "b": "drivers", "c": "drivers", "d": "A guard"}
    statements = [Statement(id=f"{x.id}:s1", span=words_in(x.text, contents[x.id], x.id), kind="indirect",
                            cue=found_in(x.text, {"a": "shows", "d": "say"}.get(x.id, "said"), x.id),
                            speaker_words=found_in(x.text, teller[x.id], x.id),
                            resolution=Resolution("unnamed", 1.0)) for x in arts]
    claims = find_claims(MergedAnalysis(articles=arts, actors=[], statements=statements))
    [joined] = [c for c in claims if len(c.versions) > 1]
    assert {v.statement for v in joined.versions} == {"a:s1", "b:s1"} and joined.disputed
    # too few words in common and nothing contradicted, or a question asked: apart, as before
    assert all(len(c.versions) == 1 for c in claims if {"c:s1", "d:s1"} & {v.statement for v in c.versions})


def test_a_percent_sign_counts_as_the_word_percent():
    assert quantities("tolls rose 12% in May") == quantities("tolls rose 12 percent in May") == {"percent": {"12"}}
    # and two wordings of one figure give no dispute
    assert account_conflicts([Told("a", "a", "tolls rose 12% in May"),
                              Told("b", "b", "tolls rose by 12 percent in May")]) == []
    assert account_conflicts([Told("a", "a", "tolls rose 12% in May"),
                              Told("b", "b", "tolls rose by 19 percent in May")]) != []


def test_an_initials_period_ends_no_clause_so_a_countrys_body_is_no_agent_named_apart():
    # "U.S. navy" is one agent: read as a clause ending at "U.S." the navy was an agent of
    # its own, which the other version names after its act ("as the navy widened ...")
    assert disputes("The U.S. navy turned back two trawlers bound for the reef",
                    "The U.S. reportedly turned back two trawlers bound for the reef as the navy "
                    "widened its patrols") == []
    # two agents named apart still dispute the act
    assert disputes("Harbour wardens turned back two trawlers bound for the reef",
                    "Navy crews turned back two trawlers bound for the reef after the wardens hesitated") == [
        {"Harbour wardens turned": ["v0"], "Navy crews turned": ["v1"]}]


def test_a_rate_and_a_total_of_one_thing_are_no_disputed_figure():
    assert disputes("Ferry crossings have fallen an average of 3 percent per year since 2015",
                    "Ferry crossings fell 7 percent last year") == []
    assert disputes("Ferry crossings fell 3 percent last year", "Ferry crossings fell 7 percent last year") == [
        {"3 percent": ["v0"], "7 percent": ["v1"]}]
