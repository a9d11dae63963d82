"""PLOVER coding from the clause's structure rather than its words: where a meeting is only
the setting, a scheduled future, a command told to someone.

Every sentence is invented (names of places and people included); each group contrasts
one mechanism, not one word.
"""

from __future__ import annotations

import pytest

from crosswire.nlp import code_texts
from coded_events import first_type


@pytest.mark.parametrize("text, event", [
    # a meeting that is only where or when the act was told or done is its setting
    ("Ostrel dropped its demand for a recount, its spokesman told a news conference in Varn.",
     "CONCEDE"),
    ("After a long session, the Pelkan cabinet went along with a plan to share the levy.", "AGREE"),
    # a meeting held is the event
    ("The Pelkan cabinet held a late session with the miners' leaders on Monday.", "CONSULT"),
    ("The two envoys met in Varn after a long session of the assembly.", "CONSULT"),
])
def test_a_meeting_as_setting(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a copula over a "to" clause schedules it: cooperation promised, a release conceded
    ("Ostrel is to provide the Pelkan coast guard with two patrol boats.", "AGREE"),
    ("The Varn government is to release forty prisoners next week.", "CONCEDE"),
    # done, they are the acts themselves
    ("Ostrel provided the Pelkan coast guard with two patrol boats.", "AID"),
    ("The Varn government released forty prisoners on Monday.", "RETREAT"),
])
def test_a_scheduled_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # telling someone to act demands it
    ("The envoy told both militias to pull their guns back from the river.", "REQUEST"),
    ("The council told the two armies to halt their advance and return to their bases.", "REQUEST"),
    # told that they had: a report of the act
    ("The envoy told reporters that both militias had pulled their guns back.", "RETREAT"),
])
def test_a_command_told(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # force or coercion done to an agreement only reaches it
    ("The two ferry firms closed a deal to share the harbour berths at Varn.", "AGREE"),
    # done to a place, the verb keeps its own sense
    ("Pelkan police closed the main road into Varn at dawn.", "COERCE"),
])
def test_the_object_decides_the_verb_sense(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # force or a cut held out on a condition is a threat, whoever tells it
    ("Ostrel would halt gas deliveries to Pelka if the reservoir were filled, according to "
     "remarks by its minister.", "THREATEN"),
    ("The navy will fire on any boat if it crosses into the exclusion zone.", "THREATEN"),
    # done, it is the act
    ("Ostrel halted gas deliveries to Pelka after the reservoir was filled.", "SANCTION"),
])
def test_force_held_out_on_a_condition(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an ultimatum: the act demanded, or a penalty held out
    ("The army told the fighters to lay down their arms within a day or be attacked.", "THREATEN"),
    ("The ministry told the dockers to return to work by Monday or face dismissal.", "THREATEN"),
    # without the penalty, a demand
    ("The ministry told the dockers to return to work by Monday.", "REQUEST"),
])
def test_an_ultimatum(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # verbs the hand lexicon lacks, coded through their WordNet sense (plover_cues_wordnet)
    ("Militiamen waylaid a supply convoy on the road to Varn.", "ASSAULT"),
    ("The Pelkan cabinet countersigned the border treaty on Monday.", "SUPPORT"),
])
def test_a_verb_known_by_its_wordnet_sense(nlp, text, event):
    assert first_type(nlp, text) == event


def test_wordnet_cues_are_weak_and_new():
    from crosswire.data import read_jsonl

    hand = {row["cue"] for row in read_jsonl("plover_cues.jsonl")}
    derived = read_jsonl("plover_cues_wordnet.jsonl")
    assert derived
    # a derived cue never re-reads a word of the hand lexicon, and weighs less than any of
    # its PLOVER cues (reporting verbs and extensions aside)
    assert not hand & {row["cue"] for row in derived}
    lightest = min(row.get("weight", 1.0) for row in read_jsonl("plover_cues.jsonl")
                   if row.get("event") and not row.get("role") and not row.get("extension"))
    assert all(row["weight"] < lightest and row["note"].startswith("WordNet 3.0") for row in derived)


@pytest.mark.parametrize("text, event", [
    # access granted both ways is mutual exchange
    ("Ostrel and Pelka opened their airspace to each other's airlines on Monday.", "COOPERATE"),
    # one way, a retreat; and blame both ways stays blame
    ("Ostrel opened its airspace to Pelkan airlines on Monday.", "RETREAT"),
    ("Ostrel and Pelka accused each other of breaking the truce.", "ACCUSE"),
])
def test_access_granted_both_ways(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a crowd broken up with crowd-control weapons is force used on it
    ("Pelkan police broke up the sit-in with water cannon and tear gas.", "ASSAULT"),
    ("Tear gas and a baton charge broke up the march in Varn.", "ASSAULT"),
    # broken up with no force named, a restriction
    ("Pelkan police broke up the sit-in outside the ministry.", "COERCE"),
])
def test_force_named_by_its_instrument(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # captives of others freed by police or troops are rescued (manual, AID)
    ("Pelkan commandos freed six engineers held by kidnappers in the hills.", "AID"),
    # a release of one's own captives, or of detainees, is a retreat
    ("The rebels freed the hostages on Sunday.", "RETREAT"),
    ("Police released the protesters held overnight at the station.", "RETREAT"),
])
def test_a_rescue_or_a_release(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # speaking is a consultation only with someone, or over a line
    ("The Pelkan president spoke to his Ostrel counterpart on Monday about the dam.", "CONSULT"),
    ("The two foreign ministers spoke by telephone about the detained sailors.", "CONSULT"),
    # to an audience, or in praise, it is not
    ("Several Pelkan lawmakers spoke in support of the autonomy bill.", "SUPPORT"),
    ("The Pelkan president spoke to reporters in Varn on Monday.", "COMMENT"),
])
def test_speaking_with_someone(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # going somewhere for talks is the talks
    ("Ostrel's negotiators returned to Varn on Tuesday for talks on the fishing quotas.", "CONSULT"),
    # going back home is the movement
    ("Ostrel's fishermen returned to Varn on Tuesday after their release.", "RETREAT"),
])
def test_travelling_to_a_meeting(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a reduced relative before the main verb describes the subject, whatever the parse
    # hangs on what ("sailors detained for a month [were freed]")
    ("Four Pelkan sailors detained for a month in Varn were freed on Sunday, their union said.",
     "RETREAT"),
    ("Four Pelkan sailors detained for a month in Varn were freed on Sunday.", "RETREAT"),
    # with its own auxiliary it is a clause of its own
    ("Four Pelkan sailors were detained in Varn for a month.", "COERCE"),
])
def test_a_reduced_relative_before_the_main_verb(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a participle the parse hangs on a subject noun with no verb of its own is the predicate:
    # a headline without its auxiliary, or a main verb read as a reduced relative
    ("Two Pelkan border guards killed in ambush near Varn", "ASSAULT"),
    ("Militiamen in the hills handed over nine captured police officers to the Red Cross "
     "near Varn on Monday, the second such exchange this year.", "RETREAT"),
    # a finite verb, or one with an auxiliary, after a described subject is the main verb
    ("Villagers opposed to a new quarry blocked the road into Varn with tractors on Monday.",
     "PROTEST"),
    ("Eight detained dock workers at a Varn camp have refused all food for a week, their "
     "lawyer said.", "PROTEST"),
])
def test_the_predicate_of_a_misread_subject(nlp, text, event):
    assert first_type(nlp, text) == event


def test_the_doer_of_a_misread_predicate(nlp):
    events = next(iter(code_texts(
        ["Villagers opposed to a new quarry blocked the road into Varn with tractors on Monday."], nlp=nlp)))
    assert [a.span.text for a in events[0].actor] == ["Villagers"]
    headline = next(iter(code_texts(["Two Pelkan border guards killed in ambush near Varn"], nlp=nlp)))[0]
    # without an object the described noun is what was done to
    assert not headline.actor and [r.span.text for r in headline.recipient] == ["Two Pelkan border guards"]


@pytest.mark.parametrize("text, event", [
    # "joint" on any word of the act's noun phrase makes the act a joint one
    ("Ostrel and Pelka began joint lake patrols on Monday against fish poachers.", "COOPERATE"),
    ("The two border agencies opened a joint vehicle inspection scheme at the Varn crossing.",
     "COOPERATE"),
    # without it, one side's act
    ("Pelkan police began lake patrols on Monday against fish poachers.", "MOBILIZE"),
])
def test_a_joint_marker_in_the_noun_phrase(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a penalty someone is told they would face is held out, not imposed: a threat
    ("The Varn council said traders who ignore the ban would face heavy fines.", "THREATEN"),
    ("Anyone who crosses the cordon will face arrest, the Pelkan police chief said.", "THREATEN"),
    # a penalty faced now is the act itself, or the charge
    ("The Varn council fined four traders who ignored the ban.", "SANCTION"),
    ("The former Pelkan mayor faces charges of fraud over the harbour contract.", "ACCUSE"),
])
def test_a_penalty_held_out(nlp, text, event):
    assert first_type(nlp, text) == event


def test_who_holds_out_a_penalty(nlp):
    event = next(iter(code_texts(
        ["The Varn council said traders who ignore the ban would face heavy fines."], nlp=nlp)))[0]
    # the speaker holds it out; the one to face it is its recipient
    assert [a.span.text for a in event.actor] == ["The Varn council"]
    assert [r.span.text for r in event.recipient] == ["traders"]


@pytest.mark.parametrize("text, event", [
    # a headline's "to" infinitive schedules the act: talks promised, a retreat conceded
    ("Ministry to hold talks with bus drivers", "AGREE"),
    ("Ostrel to pull troops back from the Varn hills", "CONCEDE"),
    # a headline's bare participle tells the act done
    ("Ostrel troops pulled back from the Varn hills", "RETREAT"),
])
def test_a_headline_future(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # staying away from a meeting that took place declines it (REJECT 'meet')
    ("The Pelkan delegation did not attend the fishing summit in Varn on Friday.", "REJECT"),
    # attended, it is the meeting
    ("The Pelkan delegation attended the fishing summit in Varn on Friday.", "CONSULT"),
])
def test_a_meeting_stayed_away_from(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a crowd turning out to demand something protests (the demand is its message)
    ("Pensioners gathered outside the Varn town hall on Monday to demand higher heating "
     "allowances.", "PROTEST"),
    ("Hundreds of cabbies sounded their horns along the Varn ring road, demanding lower fuel "
     "duty.", "PROTEST"),
    # a demand addressed to someone, or made by a state body, stays a demand
    ("Pensioners wrote to the Varn mayor, demanding higher heating allowances.", "REQUEST"),
    ("Pelkan ministers gathered in Varn to demand the return of the seized trawler.", "REQUEST"),
])
def test_a_crowd_turning_out_to_demand(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an act of no type of its own done jointly is cooperation
    ("The Pelkan and Ostrel rail companies are jointly running a night train to Varn.",
     "COOPERATE"),
    ("Divers from Pelka and Ostrel have worked in tandem on raising the sunken barge.", "COOPERATE"),
    ("Pelkan and Ostrel customs officers dismantled a cigarette smuggling network together.",
     "COOPERATE"),
    # "together with" adds a companion, not a partner in the act
    ("The Pelkan minister toured the Varn docks together with his wife.", "CONSULT"),
])
def test_an_act_done_jointly(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an act given up from now on: a demand dropped is a concession, talks or trade
    # stopped a sanction
    ("The Varn dockers will no longer press for shorter shifts, their union chief said.", "CONCEDE"),
    ("Ostrel will no longer hold talks with the Pelkan rebels, its foreign minister said.",
     "SANCTION"),
    ("Pelka will no longer buy gas from Ostrel.", "SANCTION"),
    # kept up, the demand stands
    ("The Varn dockers will press for shorter shifts, their union chief said.", "REQUEST"),
])
def test_an_act_given_up(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # forces sent to help with force are deployed; sent to help rebuild, they bring aid
    ("The Pelkan government called up reservists to help crush the revolt in the south.", "MOBILIZE"),
    ("Pelka sent army engineers to help rebuild the bridges after the floods.", "AID"),
])
def test_forces_sent_to_help(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a participle hyphened to the word before it describes its noun: no act is told there
    ("Pelka sent tents and blankets to the storm-hit islands off Varn.", "AID"),
    ("The Ostrel-backed militia shelled the outskirts of Varn overnight.", "ASSAULT"),
    ("Aid convoys reached the flood-hit villages south of Varn on Monday.", "AID"),
])
def test_a_hyphened_participle_describes(nlp, text, event):
    assert first_type(nlp, text) == event
