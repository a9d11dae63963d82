"""PLOVER types told apart by the predicate and its arguments, and the session-23 sets.

``tests/fixtures/plover_types_measure.jsonl`` (140 invented wire sentences over the confusable
type pairs) was written before any coder change of session 23 and is only scored;
``plover_types_dev.jsonl`` (65, in the gold file's register) is for tuning. See
``tests/fixtures/README.md``.
"""

from __future__ import annotations

import pytest
from coded_events import events_of, first_type

from crosswire.measure.eval_events import OWN_PATH, evaluate

MEASURE_PATH = OWN_PATH.with_name("plover_types_measure.jsonl")
DEV_PATH = OWN_PATH.with_name("plover_types_dev.jsonl")


@pytest.mark.parametrize("text", [
    "The Drovian cabinet hinted on Friday that it might expel the Kestan envoy.",
    "Senator Orla Brandt signalled that her government could cut off fuel deliveries to Kestany.",
])
def test_conflict_act_held_out_by_any_speech_verb_is_a_threat(nlp, text):
    # the manual's THREATEN: a sanction or expulsion its doer says it may carry out is a
    # threat whatever verb of speech says so, not only "said"
    assert first_type(nlp, text) == "THREATEN"


def test_goods_withheld_from_another_state_are_a_sanction(nlp):
    # COERCE 'withhold' is repression of those under the doer's power; cutting material
    # exchange with another country reduces relations (the manual's SANCTION 'discontinue')
    events = events_of(nlp, "Armenia cut off electricity deliveries to Georgia on Tuesday over "
                            "unpaid bills, the grid operator said.")
    assert (events[0].event, events[0].mode) == ("SANCTION", "discontinue")
    # a district of the doer's own ground stays COERCE
    assert first_type(nlp, "Authorities cut off electricity to the rebel-held district of Varn "
                           "on Monday, residents said.") == "COERCE"


@pytest.mark.parametrize("text", [
    "Striking dockers clashed with riot police outside the port of Halden on Tuesday.",
    "Protesting farmers attacked the offices of the regional governor in Varn overnight.",
])
def test_violence_by_doers_a_participle_calls_protesters_is_a_riot(nlp, text):
    # "striking dockers" are strikers: their violence is PROTEST 'riot' (manual), not ASSAULT
    events = events_of(nlp, text)
    assert (events[0].event, events[0].mode) == ("PROTEST", "riot")


def test_a_visit_wound_up_is_the_visit(nlp):
    # a visit or talks brought to their end took place (CONSULT), like "concluded a visit";
    # winding up a programme still cuts it
    events = events_of(nlp, "The Kestan premier wound up a three-day visit to Drovia on Friday "
                            "and flew on to Halden.")
    assert (events[0].event, events[0].mode) == ("CONSULT", "visit")
    assert first_type(nlp, "Drovia wound up its joint fisheries programme with Kestany on "
                           "Friday.") != "CONSULT"


def test_force_held_out_as_the_or_alternative_is_a_threat(nlp):
    # "... or they would behead the hostage": the harm that follows if the demand is not met
    # is held out (the manual's THREATEN), however the demand is put ("gave ... 48 hours")
    events = events_of(nlp, "The kidnappers gave the Drovian government 48 hours to free their "
                            "comrades or they would kill the two engineers.")
    assert events[0].event == "THREATEN"


def test_a_retreat_to_come_under_an_agreement_is_agreed(nlp):
    # a term of a deal both sides made is a commitment (the manual's AGREE); the same retreat
    # announced by one side alone stays a concession (CONCEDE)
    assert first_type(nlp, "Drovia will pull its troops out of the border strip under the "
                           "accord signed in Halden last week.") == "AGREE"
    assert first_type(nlp, "Drovia will pull its troops out of the border strip by June, "
                           "its defence minister said.") == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The military council restored the political rights of jailed opposition leaders on Thursday.",
    "The cabinet in Halden took steps to broaden press freedoms after the election.",
])
def test_freedoms_widened_are_a_concession(nlp, text):
    # easing limits on political freedoms is CONCEDE (CAMEO 0811, the manual's CONCEDE)
    assert first_type(nlp, text) == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The arms embargo imposed by the Northern Council on Drovia after the killings in Varn "
    "remains in force.",
    "Sanctions imposed by the bloc on Drovia after the coup remain in place.",
])
def test_a_participle_and_the_sanction_it_describes_are_one_sanction(nlp, text):
    # "imposed" describes the embargo it imposes: its sense is read with that noun (SANCTION),
    # not as a bare restriction (COERCE)
    assert first_type(nlp, text) == "SANCTION"


def test_an_adverb_between_a_phrase_and_its_head_keeps_the_phrase(nlp):
    # "pushing hard for" is "push for" (a demand); "stayed away from" keeps its own adverb
    assert first_type(nlp, "Senator Orla Brandt is pushing hard for the Kestan cabinet to scrap "
                           "the fuel levy.") == "REQUEST"


def test_types_measure_floor():
    # 135/140 (96.4%) on main's coder when written (session 23, before any change) and after
    # session 23's changes (never tuned on); floors only go up
    assert evaluate(MEASURE_PATH)["all"].accuracy() >= 0.964


def test_types_dev_floor():
    # 58/65 on main's coder when first written; 105 sentences after a second batch, 98/105
    # before and 100/105 (95.2%) after session 23's changes (tuned on); floors only go up
    assert evaluate(DEV_PATH)["all"].accuracy() >= 0.952


def test_fresh8_measure_floor():
    # 43/50 at session 19's start and end, 44/50 (88.0%) after session 23's changes (never
    # tuned on); floors only go up
    assert evaluate(OWN_PATH.with_name("plover_fresh8_measure.jsonl"))["all"].accuracy() >= 0.88
