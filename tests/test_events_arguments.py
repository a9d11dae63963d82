"""PLOVER coding that rests on the predicate's arguments, and the invented development sets.

``tests/fixtures/plover_own.jsonl`` (492 sentences) is the set the coder's rules were made on;
``plover_own_check.jsonl`` (163) was written later to see whether they carry over, and
``plover_train_own.jsonl`` (1,469) later still, by an engineer who never ran the coder on a batch
before committing it. Session 9 tuned on it, so it is a development set now, not a measure of
new text. All are invented wording coded from the PLOVER manual; none takes anything from the
gold file. ``plover_fresh_own.jsonl`` (834) was written when ``plover_train_own`` became tuning
data, as long wire-copy sentences, and scored once on the untuned coder and once on session 9's
(``tests/fixtures/README.md``); no rule was made on it. ``plover_fresh2_own.jsonl`` (874) was
written when ``plover_fresh_own`` became tuning data, in news registers and in words beyond the
lexicon's, and scored once on main's coder before any tuning on it. ``plover_fresh3_own.jsonl``
(906) was written the same way when ``plover_fresh2_own`` became tuning data, in idioms and
constructions further from the lexicon, and scored once on main's coder before any tuning on it.
``plover_fresh4_dev.jsonl`` (258) and ``plover_fresh4_measure.jsonl`` (249) were written in session 12
as ordinary wire copy with the type mix of real event data; the dev half is for tuning, the
measure half is only scored. ``plover_fresh5_dev.jsonl`` (135) was written in session 15 as
wire copy about real countries and bodies (the earlier sets' actors are all invented), weighted to
the types weakest on kept-back text, and scored once before any tuning on it.
``plover_fresh6_dev.jsonl`` (164) was written in session 16 in the gold file's register (capitals
and people's adjectives as actors, event nouns, headlines, reported speech), weighted to the same
types, and scored once before any tuning on it. ``plover_headlines_dev.jsonl`` (40) holds
headlines in Title Case and ALL CAPS, every type, scored once before the recased re-parse.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from coded_events import first_type
from shared_data import SHARED_DATASETS

from crosswire.knowledge import plover
from crosswire.measure.eval_events import OWN_PATH, evaluate, report_lines
from crosswire.nlp import code_texts

CHECK_PATH = OWN_PATH.with_name("plover_own_check.jsonl")
FRESH_PATH = OWN_PATH.with_name("plover_train_own.jsonl")
FRESH_CHECK_PATH = OWN_PATH.with_name("plover_fresh_own.jsonl")
FRESH2_CHECK_PATH = OWN_PATH.with_name("plover_fresh2_own.jsonl")
FRESH3_CHECK_PATH = OWN_PATH.with_name("plover_fresh3_own.jsonl")
FRESH4_DEV_PATH = OWN_PATH.with_name("plover_fresh4_dev.jsonl")
FRESH4_MEASURE_PATH = OWN_PATH.with_name("plover_fresh4_measure.jsonl")
STRUCTURE_PATH = OWN_PATH.with_name("plover_structure_own.jsonl")
FRESH5_DEV_PATH = OWN_PATH.with_name("plover_fresh5_dev.jsonl")
FRESH6_DEV_PATH = OWN_PATH.with_name("plover_fresh6_dev.jsonl")
HEADLINES_DEV_PATH = OWN_PATH.with_name("plover_headlines_dev.jsonl")
GOLD = SHARED_DATASETS / "plover" / "gsr_dev.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_own_sets_cover_every_type_with_distinct_sentences():
    own, check, fresh = _rows(OWN_PATH), _rows(CHECK_PATH), _rows(FRESH_PATH)
    fresh_check, fresh2_check = _rows(FRESH_CHECK_PATH), _rows(FRESH2_CHECK_PATH)
    fresh3_check = _rows(FRESH3_CHECK_PATH)
    assert len(own) >= 250
    assert len(fresh) >= 1200
    assert len(fresh_check) >= 800
    assert len(fresh2_check) >= 850
    assert len(fresh3_check) >= 900
    for rows in (own, check, fresh, fresh_check, fresh2_check, fresh3_check):
        counts = Counter(row["event"] for row in rows)
        assert set(counts) == set(plover.EVENT_TYPES)
        assert min(counts.values()) >= 10
    assert min(Counter(row["event"] for row in own).values()) >= 12
    # fresh4 follows real data's skewed type mix, so its rarest types hold fewer rows
    fresh4_dev, fresh4_measure = _rows(FRESH4_DEV_PATH), _rows(FRESH4_MEASURE_PATH)
    assert len(fresh4_dev) >= 250 and len(fresh4_measure) >= 245
    for rows in (fresh4_dev, fresh4_measure):
        counts = Counter(row["event"] for row in rows)
        assert set(counts) == set(plover.EVENT_TYPES)
        assert min(counts.values()) >= 8
    fresh5_dev, fresh6_dev = _rows(FRESH5_DEV_PATH), _rows(FRESH6_DEV_PATH)
    headlines_dev = _rows(HEADLINES_DEV_PATH)
    assert len(fresh5_dev) >= 135 and len(fresh6_dev) >= 160 and len(headlines_dev) >= 40
    for rows in (fresh5_dev, fresh6_dev, headlines_dev):
        assert set(Counter(row["event"] for row in rows)) == set(plover.EVENT_TYPES)
    texts = [row["text"] for row in own + check + fresh + fresh_check + fresh2_check + fresh3_check
             + fresh4_dev + fresh4_measure + fresh5_dev + fresh6_dev + headlines_dev]
    assert len(set(texts)) == len(texts)
    if GOLD.exists():
        assert not set(texts) & {row["text"] for row in _rows(GOLD)}


def test_own_set_accuracy_floors():
    # measured 473/492 (96.1%) on the development set and 150/163 (92.0%) on the check set
    # when last raised (session 11); 475/492 (96.5%) and 151/163 (92.6%) after session 14;
    # 476/492 (96.7%) after session 16; the check set 152/163 (93.3%) after session 23;
    # floors only go up
    assert evaluate(OWN_PATH)["all"].accuracy() >= 0.967
    assert evaluate(CHECK_PATH)["all"].accuracy() >= 0.932


def test_fresh_set_accuracy_floor():
    # measured 1167/1469 (79.4%) when first added, 1268/1469 (86.3%) after session 9 tuned on
    # it (so it is a development set now, no longer a fresh measure), 1321/1469 (89.9%) after
    # session 10, 1331/1469 (90.6%) after session 11 (six rows relabelled by the settled
    # conventions of tests/fixtures/README.md), 1335/1469 (90.9%) after session 12,
    # 1359/1469 (92.5%) after session 14, 1360/1469 (92.6%) after session 15, 1361/1469 after
    # session 16, 1362/1469 (92.7%) after session 18, 1366/1469 at session 33's start and
    # 1368/1469 (93.1%) after it; floors only go up
    assert evaluate(FRESH_PATH)["all"].accuracy() >= 0.931


def test_fresh_check_set_accuracy_floor():
    # measured 605/834 (72.5%) on main's coder when first added, before any tuning on it, and
    # 634/834 (76.0%) on session 9's coder, never tuned on it; session 10 tuned on it (a
    # development set since, no longer a fresh measure): 764/834 (91.6%); 769/834 (92.2%)
    # after session 11, 773/834 (92.7%) after session 12, 774/834 (92.8%) after session 13,
    # 783/834 (93.9%) after session 14, 784/834 (94.0%) after session 15, 785/834 (94.1%)
    # after plover28; floors only go up
    assert evaluate(FRESH_CHECK_PATH)["all"].accuracy() >= 0.941


def test_second_fresh_check_set_accuracy_floor():
    # measured 534/874 (61.1%) on main's coder when first added, before any tuning on it,
    # and 593/874 (67.8%) after session 10's coder changes (never tuned on this set);
    # session 11 tuned on it (a development set since): 609/874 (69.7%); 621/874 (71.1%)
    # after session 12, 622/874 (71.2%) after session 13, 663/874 (75.9%) after session 14,
    # 666/874 (76.2%) after session 15, 668/874 (76.4%) after session 16, 669/874 (76.5%)
    # after session 17, 670/874 (76.7%) after session 18, 672/874 at session 19's start and
    # 673/874 (77.0%) after it, 675/874 (77.2%) after session 33; floors only go up
    assert evaluate(FRESH2_CHECK_PATH)["all"].accuracy() >= 0.772


def test_third_fresh_check_set_accuracy_floor():
    # measured 237/906 (26.2%) on main's coder when first added, before any tuning on it,
    # and 245/906 (27.0%) after session 11's coder changes (never tuned on), 248/906 (27.4%)
    # after session 12's (never tuned on), 267/906 (29.5%) after session 14's (never tuned
    # on), 269/906 (29.7%) after session 15's (never tuned on), 272/906 (30.0%) after session
    # 16's (never tuned on), 275/906 (30.4%) after session 23's (never tuned on); floors
    # only go up
    assert evaluate(FRESH3_CHECK_PATH)["all"].accuracy() >= 0.303


def test_fourth_fresh_measure_set_accuracy_floor():
    # measured 224/249 (90.0%) on main's coder when first added, before any tuning on fresh4
    # (the dev half scored 237/258, 91.9%), and 228/249 (91.6%) after session 12's coder
    # changes (never tuned on), 229/249 (92.0%) after session 15's (never tuned on); floors
    # only go up
    assert evaluate(FRESH4_MEASURE_PATH)["all"].accuracy() >= 0.919


def test_fourth_fresh_dev_set_accuracy_floor():
    # 237/258 (91.9%) when first added; session 12 tuned on it (a development set since):
    # 247/258 (95.7%); 248/258 (96.1%) after session 13, 250/258 (96.9%) after session 14,
    # 251/258 (97.3%) after session 15; floors only go up
    assert evaluate(FRESH4_DEV_PATH)["all"].accuracy() >= 0.972


def test_fifth_fresh_dev_set_accuracy_floor():
    # 126/135 (93.3%) on main's coder when first added, before any tuning on it; session 15
    # tuned on it (a development set since): 131/135 (97.0%), 132/135 (97.8%) after session 16;
    # floors only go up
    assert evaluate(FRESH5_DEV_PATH)["all"].accuracy() >= 0.977


def test_sixth_fresh_dev_set_accuracy_floor():
    # 149/164 (90.9%) on main's coder when first added, before any tuning on it; session 16
    # tuned on it (a development set since): 158/164 (96.3%); floors only go up
    assert evaluate(FRESH6_DEV_PATH)["all"].accuracy() >= 0.963


def test_headline_set_accuracy_floor():
    # Title Case and ALL CAPS headlines: 18/40 (45.0%) on main's coder when first added, 34/40
    # (85.0%) once such a sentence is coded from a recased copy's parse (session 16, built on
    # it: a development set); floors only go up
    assert evaluate(HEADLINES_DEV_PATH)["all"].accuracy() >= 0.85


def test_own_report_is_whole_with_all_confusions():
    lines = report_lines(path=CHECK_PATH, own=True)
    assert any(line.startswith("  all ") for line in lines)
    assert not any(line.startswith(("  tune", "  held")) for line in lines)
    assert lines[-1].startswith("  confusions (gold -> coded):")


@pytest.mark.parametrize("text, event", [
    # what is withdrawn from decides the type: a process is SANCTION, ground RETREAT
    ("The Norvanian delegation withdrew from the fisheries talks on Monday.", "SANCTION"),
    ("Norvanian troops withdrew from the river port on Monday.", "RETREAT"),
    # a required word must name what the act is done to, not the one who acts
    ("The farmers' union withdrew its demand for lower diesel prices.", "CONCEDE"),
    # an adjunct's adjunct is not the act's argument ("over their reporting on the strike")
    ("The regulator suspended the licences of two broadcasters over their reporting on the strike.",
     "COERCE"),
    # a verbless small clause is the object's predicate
    ("A tribunal found the provincial decree unconstitutional.", "SANCTION"),
    # who acts: protesters fighting police riot; police fighting protesters assault
    ("Protesters clashed with riot police outside the ministry.", "PROTEST"),
    ("Police clashed with protesters outside the ministry.", "ASSAULT"),
    # forces sent to help are aid
    ("Army engineers were sent to help repair roads washed away by the storm.", "AID"),
    # sharing intelligence is mutual cooperation, exchanging prisoners a release
    ("Estrelia and Norvania swapped intelligence on the smuggling network.", "COOPERATE"),
    ("Estrelia and Norvania swapped prisoners at the border.", "RETREAT"),
    # protesting to an authority is a diplomatic protest; protesting in the street a protest
    ("The embassy protested to the foreign ministry over the arrests.", "ACCUSE"),
    ("Students protested outside the ministry to demand lower fees.", "PROTEST"),
    # what an act is done to is its object, not the circumstance it happens in
    ("The provincial council cancelled the summit upon orders from the capital.", "REJECT"),
    ("The provincial council cancelled the curfew upon orders from the capital.", "CONCEDE"),
    # attacking a plan is criticism, attacking a convoy force
    ("The opposition leader attacked the finance minister's tax plans.", "ACCUSE"),
    ("Gunmen attacked a fuel convoy on the coast road.", "ASSAULT"),
    # people seized are abducted, property seized is coercion
    ("Armed men seized two foreign engineers at the mine.", "ASSAULT"),
    ("Police seized weapons and cash at the mine.", "COERCE"),
    # halting force is a ceasefire; promised, a concession
    ("The army halted its offensive in the hills.", "RETREAT"),
    ("The army will halt its offensive in the hills, a spokesman said.", "CONCEDE"),
])
def test_the_argument_decides_the_type(nlp, text, event):
    assert first_type(nlp, text) == event


def test_a_phrase_cue_keeps_its_words_together(nlp):
    # "gave ... in" across a whole clause is not "give in"
    assert first_type(nlp, "The senate gave its backing to the new cabinet in a late vote.") == "SUPPORT"
    assert first_type(nlp, "The ministry gave in to the nurses' demands.") == "CONCEDE"


def test_agent_shifts_validate():
    shifts = plover.agent_shifts()
    assert shifts["ASSAULT"][0].becomes == "PROTEST"
    assert "rioters" in shifts["ASSAULT"][0].agents


@pytest.mark.parametrize("text, topic_cue", [
    ("Envoys of the two rivals held talks on ending the blockade of the port.", "ending"),
    ("Officials said serious discussions about lifting the siege were unlikely soon.", "lifting"),
])
def test_what_talks_are_about_is_no_event_of_its_own(nlp, text, topic_cue):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert events and events[0].event == "CONSULT"
    assert all(event.trigger.text != topic_cue for event in events)


def test_the_same_act_outside_talks_is_still_coded(nlp):
    assert first_type(nlp, "The navy ended the blockade of the port on Monday.") == "RETREAT"


def test_structure_set_accuracy_floor():
    # 62/64 (96.9%) on session 14's coder, which was written alongside it; 63/64 (98.4%)
    # after plover28 (an offer of an act no cue names); floors only go up
    assert evaluate(STRUCTURE_PATH)["all"].accuracy() >= 0.984
