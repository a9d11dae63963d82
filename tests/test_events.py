"""PLOVER event coding on sentences written for these tests."""

from __future__ import annotations

import io
import json

import pytest
from shared_data import SHARED_DATASETS

from crosswire.knowledge import plover
from crosswire.briefing.render_plover import event_json
from crosswire.nlp import code_texts
from crosswire.sentence_events import code_rows, read_rows

GOLD = SHARED_DATASETS / "plover" / "gsr_dev.jsonl"


def first(nlp, text):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert events, f"no event coded for {text!r}"
    return events[0]


@pytest.mark.parametrize("text, event, mode", [
    ("Rebel fighters shelled the northern town of Arlen overnight.", "ASSAULT", "heavy-weapons"),
    ("The foreign ministry urged Norway to release the detained sailors.", "REQUEST", "yield"),
    ("Thousands of teachers marched through the capital on Friday.", "PROTEST", "demo"),
    ("Police arrested twelve opposition activists in Lagos.", "COERCE", "arrest"),
    ("The two governments held talks in Geneva on Tuesday.", "CONSULT", None),
    ("Canada imposed sanctions on three Iranian banks.", "SANCTION", "discontinue"),
    ("The minister condemned the raid on the embassy.", "ACCUSE", "disapprove"),
    ("Egypt refused to open the border crossing.", "REJECT", None),
    ("The army threatened to retaliate against any incursion.", "THREATEN", "violence"),
    ("Japan will send emergency food aid to Nepal.", "AGREE", None),
    ("Officials said the cabinet is willing to pull its troops back.", "AGREE", None),
    ("Spain sent 20 tonnes of medicine to the flooded region.", "AID", None),
])
def test_first_event_type_and_mode(nlp, text, event, mode):
    coded = first(nlp, text)
    assert coded.event == event
    if mode is not None:
        assert coded.mode == mode


def test_actor_recipient_codes_and_evidence(nlp):
    text = "The United States urged Iran to free the detained journalists."
    coded = first(nlp, text)
    assert [a.code for a in coded.actor] == ["USA"]
    assert "IRN" in [r.code for r in coded.recipient]
    for participant in coded.actor + coded.recipient:
        assert text[participant.span.start:participant.span.end] == participant.span.text
    assert text[coded.trigger.start:coded.trigger.end] == coded.trigger.text == "urged"


def test_speaker_negation_and_condition_extensions(nlp):
    text = "The spokesman said Moscow would not negotiate with Kyiv unless the sanctions were lifted."
    coded = first(nlp, text)
    assert coded.event == "REJECT" and coded.mode == "meet"
    assert coded.speaker is not None and coded.speaker.span.text == "The spokesman"
    assert [c.marker for c in coded.conditions] == ["unless"]
    assert coded.conditions[0].span.text.startswith("unless the sanctions")


def test_past_negation_is_kept_as_status(nlp):
    coded = first(nlp, "Government troops did not attack the village.")
    assert coded.event == "ASSAULT" and coded.status == "negated"


def test_report_only_sentence_is_a_comment_extension(nlp):
    coded = first(nlp, "The mayor said the weather was pleasant.")
    assert coded.event == "COMMENT" and coded.extension


def test_code_rows_keeps_one_line_per_input(nlp, tmp_path):
    infile = tmp_path / "in.jsonl"
    infile.write_text('{"id": "a", "text": "Troops fired on the crowd."}\nnot json\n{"id": 3}\n')
    output, errors = io.StringIO(), []
    summary = code_rows(read_rows(str(infile)), output=output, on_error=errors.append,
                        quiet=True, nlp=nlp)
    lines = [json.loads(line) for line in output.getvalue().splitlines()]
    assert summary.failures == 2 and len(errors) == 2 and "line 2" in errors[0]
    assert [line["id"] for line in lines] == ["a", 2, 3]
    assert lines[0]["events"][0]["event"] == "ASSAULT"
    assert list(lines[0]["events"][0])[:6] == ["id", "event", "mode", "context", "actor", "recipient"]
    assert lines[1]["events"] == [] and "error" in lines[1]


def test_lexicons_validate():
    assert plover.cues() and plover.modes() and plover.contexts()
    assert plover.entity_codes()["russian"] == "RUS"
    assert plover.entity_codes()["france"] == "FRA"
    types = {cue.event for entries in plover.cues().values() for cue in entries}
    assert set(plover.EVENT_TYPES) <= types


def test_event_json_round_trips(nlp):
    coded = first(nlp, "Protesters blocked the main highway into the city.")
    record = event_json(coded)
    assert json.loads(json.dumps(record))["event"] == "PROTEST"


@pytest.mark.skipif(not GOLD.exists(), reason="shared PLOVER gold sentences not present")
def test_gold_accuracy_floor():
    from crosswire.measure.eval_events import evaluate

    tallies = evaluate(GOLD)
    # measured 85.2% overall (tune 91.8%, held 77.1%, 54/70) when last raised (session 12);
    # 136/155 (87.7%) overall, tune 81/85, held 55/70 (78.6%) after session 23; floors only
    # go up
    assert tallies["all"].accuracy() >= 0.877
    assert tallies["held"].accuracy() >= 0.785
    # mode, among rows whose type is right: measured 34/47 (72.3%) with the gold's draft
    # mode names read as the manual's current ones
    assert tallies["all"].mode_correct / tallies["all"].mode_total >= 0.70


@pytest.mark.skipif(not GOLD.exists(), reason="shared PLOVER gold sentences not present")
def test_tune_only_report_codes_and_shows_no_held_sentence():
    from crosswire.measure.eval_events import evaluate, half_of, report_lines

    tallies = evaluate(GOLD, tune_only=True)
    assert tallies["held"].total == 0
    assert tallies["tune"].total == tallies["all"].total == sum(
        half_of(json.loads(line)["text"]) == "tune"
        for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    lines = report_lines(path=GOLD, tune_only=True)
    assert any(line.startswith("  tune ") for line in lines)
    assert not any(line.startswith(("  all ", "  held")) for line in lines)


def test_location_codes_domestic_participants(nlp):
    coded = first(nlp, "Police arrested 12 protesters in Minsk on Sunday.")
    assert coded.location is not None and coded.location.span.text == "Minsk"
    assert [a.code for a in coded.actor] == ["BLR"]
    assert [r.span.text for r in coded.recipient] == ["12 protesters"]


@pytest.mark.parametrize("text, event", [
    # one sentence per PLOVER type, written from the manual's definitions
    ("The two rival factions agreed on Monday to form a unity government.", "AGREE"),
    ("The Turkish prime minister arrived in Baghdad for a two-day official visit.", "CONSULT"),
    ("Brazil recognised the new government in Tripoli.", "SUPPORT"),
    ("The president pardoned forty political prisoners on Independence Day.", "CONCEDE"),
    ("Kenya extradited the suspect to Uganda on Friday.", "COOPERATE"),
    ("Ecuador granted asylum to the dissident journalist.", "AID"),
    ("The prime minister resigned after the corruption scandal.", "RETREAT"),
    ("Pakistan asked India to return the captured pilot.", "REQUEST"),
    ("Prosecutors charged the former mayor with bribery.", "ACCUSE"),
    ("The president vetoed the budget bill.", "REJECT"),
    ("Iran warned Israel against any attack on its nuclear sites.", "THREATEN"),
    ("Dock workers went on strike over pay.", "PROTEST"),
    ("Argentina severed diplomatic ties with Iran.", "SANCTION"),
    ("The government called up 10,000 reservists.", "MOBILIZE"),
    ("Authorities shut down the internet across the country.", "COERCE"),
    ("Pirates hijacked a cargo ship off the coast of Somalia.", "ASSAULT"),
    # passive voice: the event is the verb, its agent the actor
    ("The journalist was arrested by secret police in Tehran.", "COERCE"),
    ("An American aid worker was kidnapped by gunmen in the north of the country.", "ASSAULT"),
    # nominal events: the noun carries the event when the verb only frames it
    ("Talks between the government and the union ended without a deal.", "CONSULT"),
    ("Heavy fighting broke out between rival militias in the capital on Sunday.", "ASSAULT"),
    ("Beijing lodged a formal protest with Tokyo over the visit to the shrine.", "ACCUSE"),
    # salience: the reported event outranks the reporting verb and background clauses
    ("At least 14 people were killed when a car bomb exploded near a police station, officials said.",
     "ASSAULT"),
    ("The ministry said the rebels were responsible for the bombing of the bridge.", "ACCUSE"),
    ("Ankara said it could launch a military operation in northern Syria at any moment.", "THREATEN"),
    # the manual's reductions: declared ceasefire, joint versus single-country exercises
    ("The rebels declared a unilateral ceasefire on Sunday.", "CONCEDE"),
    ("Iran began large-scale military exercises near the Strait of Hormuz.", "MOBILIZE"),
    ("The two armies conducted joint patrols along the border.", "COOPERATE"),
    ("The two sides exchanged prisoners at the border crossing.", "RETREAT"),
    ("Kuwait closed its embassy in Damascus.", "SANCTION"),
    # a promised or announced retreat is a concession (manual, CONCEDE: "the promise of future
    # concessions"); promised cooperation is AGREE
    ("The warring parties pledged to release all prisoners by the end of the month.", "CONCEDE"),
    ("The junta promised to lift martial law within a month.", "CONCEDE"),
    ("Tokyo expressed its willingness to host the next round of talks.", "AGREE"),
    ("The government said it was open to dialogue with the separatists.", "AGREE"),
    ("The rebels said they would not lay down their arms.", "REJECT"),
    ("The army announced it would withdraw from the buffer zone.", "CONCEDE"),
    # the same verb codes by who does it: a police raid coerces, militants storming assault
    ("Police stormed the occupied university building and detained forty students.", "COERCE"),
    ("Militants stormed a hotel in the capital and took dozens of guests hostage.", "ASSAULT"),
    # idioms of refusal and accusation
    ("Officials said lifting the embargo was out of the question.", "REJECT"),
    ("The army said the guerrillas were behind the attack on the pipeline.", "ACCUSE"),
    ("Turkey did not rule out military action against the militants.", "THREATEN"),
    ("Turkey said it will not hesitate to use force against the rebels.", "THREATEN"),
    # background clauses yield to the main clause
    ("After talks with the president collapsed, rebels attacked an army base in the north.", "ASSAULT"),
    ("Under pressure from the protesters, the government withdrew the fuel price increase.", "CONCEDE"),
    # signing an agreement is SUPPORT (CAMEO 057); a promised one AGREE
    ("Egypt and Jordan signed a trade treaty in Amman on Monday.", "SUPPORT"),
    ("Washington gave its blessing to the proposed merger of the two parties.", "SUPPORT"),
    # a permission carried out is the retreat itself
    ("The hijackers let the women and children leave the plane.", "RETREAT"),
    ("The president vowed never to negotiate with terrorists.", "REJECT"),
    # the lemmatizer's slips ("fined" -> "fin") do not hide a cue
    ("The court fined the company $5 million for violating the embargo.", "SANCTION"),
    ("Delegates from 40 countries gathered in Geneva for a conference on disarmament.", "CONSULT"),
    # the object decides the sense: a burned flag is a symbolic protest, a hurled grenade an
    # assault, borders opened to refugees aid
    ("Demonstrators burned the flag outside the embassy.", "PROTEST"),
    ("Unidentified attackers hurled a grenade at a police station.", "ASSAULT"),
    ("Turkey opened its borders to refugees fleeing the fighting.", "AID"),
    ("The league banned the country from international competition.", "SANCTION"),
    ("Prosecutors opened a criminal case against the former minister.", "ACCUSE"),
    # negation: a refused cooperative act is a rejection
    ("The government said it would not negotiate with the kidnappers.", "REJECT"),
    # a noun modifying another noun is not what a cue requires: aid workers are people, a
    # police station a building
    ("The kidnappers released the two aid workers after a week in captivity.", "RETREAT"),
    ("Militants stormed a police station in the northern province.", "ASSAULT"),
    # traded words are accusations, traded fire an assault; reservists called up mobilise
    ("Both parties traded accusations of violating the truce.", "ACCUSE"),
    ("Border guards of the two states traded fire overnight.", "ASSAULT"),
    ("The minister lashed out at foreign media over their coverage of the riots.", "ACCUSE"),
    ("Thousands of reservists were called up for duty.", "MOBILIZE"),
    # a state's formal protest is a complaint, not a demonstration
    ("The ministry issued a formal protest over the arrest of its citizens.", "ACCUSE"),
    ("Students staged a protest outside the ministry.", "PROTEST"),
    # force held in reserve is a threat
    ("The government said it reserved the right to respond militarily to any provocation.", "THREATEN"),
    # committing oneself to something is a commitment; committing crimes is not
    ("Soldiers committed war crimes in the valley, the report said.", "ASSAULT"),
    ("Both sides committed to a ceasefire.", "AGREE"),
])
def test_first_event_type_on_varied_constructions(nlp, text, event):
    assert first(nlp, text).event == event


@pytest.mark.parametrize("text, refused", [
    # a negated intention is a refusal of the act, as "vowed never to negotiate" is; the
    # light verb "had" carries no event, and the act itself is not coded as done
    ("The general said he had no intention of ending the siege of Arlen.", "RETREAT"),
    ("The rebels have no plan to lay down their arms.", "RETREAT"),
    ("The governor has no desire to negotiate with the striking nurses.", "CONSULT"),
    ("Officials in Halden said there was no intention to reopen the talks.", "CONSULT"),
    ("The militia vowed never to surrender the town.", "CONCEDE"),
])
def test_negated_intention_is_a_refusal(nlp, text, refused):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert events[0].event == "REJECT" and events[0].status == "asserted"
    assert refused not in {e.event for e in events if e.status != "negated"}


def test_disowned_force_is_neither_threat_nor_attack(nlp):
    events = next(iter(code_texts(["The president said he had no intention of invading Valdoria."],
                                  nlp=nlp)))
    assert {e.event for e in events if e.status == "asserted"} <= {"COMMENT"}
    assert any(e.event == "ASSAULT" and e.status == "negated" for e in events)


def test_an_intention_alone_codes_nothing_and_a_plan_carried_promises(nlp):
    # the noun cues code only through what is intended: "the peace plan" is no event
    assert next(iter(code_texts(["The peace plan was published on Monday."], nlp=nlp))) == []
    assert first(nlp, "The ministry announced a plan to withdraw the troops from the border."
                 ).event == "CONCEDE"


def test_mode_prefers_words_nearest_the_trigger(nlp):
    coded = first(nlp, "Helicopters and tanks shelled the positions of the rebels.")
    assert coded.event == "ASSAULT" and coded.mode == "heavy-weapons"


@pytest.mark.parametrize("text, mode", [
    ("The union threatened to call a general strike.", "restrict"),
    ("The government threatened to arrest the strike leaders.", "arrest"),
    ("The rebels threatened to attack the capital.", "violence"),
    ("Moscow threatened to expel the British ambassador.", "expel"),
])
def test_threat_mode_is_the_content_of_the_threat(nlp, text, mode):
    coded = first(nlp, text)
    assert coded.event == "THREATEN" and coded.mode == mode


def test_uncoded_participants_take_the_sentence_country(nlp):
    coded = first(nlp, "Opposition groups in Zimbabwe urged President Mugabe to abandon the land policy.")
    assert coded.event == "REQUEST"
    assert [a.code for a in coded.actor] == ["ZWE"]
    assert "ZWE" in [r.code for r in coded.recipient]


def test_possessive_pronoun_takes_its_antecedent_code(nlp):
    coded = first(nlp, "Bosnian Serbs said their units had finished their withdrawal from the valley.")
    assert coded.event == "RETREAT"
    assert [a.code for a in coded.actor] == ["BIH"]


@pytest.mark.parametrize("text, event, mode", [
    ("Warplanes bombed the rebel headquarters on Sunday.", "ASSAULT", "aerial"),
    ("Police fired tear gas and water cannon at the crowd.", "ASSAULT", "crowd-control"),
    ("Gunmen assassinated a senior judge outside his home.", "ASSAULT", "targeted"),
    ("The navy moved warships into the Gulf.", "MOBILIZE", "weapons"),
    ("The government banned the newspaper.", "COERCE", "censor"),
    ("Quessia recalled its ambassador from Tarsova.", "SANCTION", "withdraw"),
    ("Prisoners went on hunger strike to protest their conditions.", "PROTEST", "hunger"),
    ("Hackers broke into the ministry's computer network.", "COERCE", "cyber"),
])
def test_mode_from_the_act_then_the_weapon(nlp, text, event, mode):
    coded = first(nlp, text)
    assert (coded.event, coded.mode) == (event, mode)


# Invented sentences for each type, written from the manual's definitions (not from the
# gold records): the verb classes the coder must know beyond any tuning sentence.
GENERAL_CASES = [
    ("COOPERATE", "The two navies held joint exercises off the coast of Valdoria on Tuesday."),
    ("COOPERATE", "Police in Tarsk extradited two suspects to Norvania at its request."),
    ("COOPERATE", "Valdorian investigators are working with Interpol to trace the stolen funds."),
    ("AGREE", "Estrelia and Norvania agreed to coordinate their border patrols."),
    ("THREATEN", "Norvania threatened to cut off gas supplies to Estrelia if the bills stay unpaid."),
    ("THREATEN", "The militia warned it would attack government buildings unless its leader is freed."),
    ("THREATEN", "The president said his army was ready to use force against any incursion."),
    ("THREATEN", "Estrelia gave the rebels an ultimatum to leave the city by Friday."),
    ("THREATEN", "The union threatened a general strike over the pension cuts."),
    ("PROTEST", "Thousands of students marched through the capital to demand the minister's resignation."),
    ("PROTEST", "Farmers blocked the main highway with tractors to protest the new tax."),
    ("PROTEST", "Dock workers went on strike on Monday over unpaid wages."),
    ("PROTEST", "Opposition supporters rallied outside parliament on Sunday."),
    ("PROTEST", "Prisoners at the Tarsk jail began a hunger strike against their conditions."),
    ("RETREAT", "Norvania pulled its troops out of the disputed valley on Thursday."),
    ("RETREAT", "The rebels freed twelve hostages held since March."),
    ("RETREAT", "The government released forty political prisoners on Monday."),
    ("RETREAT", "The army withdrew from three villages near the border."),
    ("RETREAT", "The guerrillas laid down their arms at a ceremony in the capital."),
    ("CONCEDE", "Estrelia lifted the curfew it imposed on the northern province."),
    ("SANCTION", "Estrelia expelled two Norvanian diplomats accused of spying."),
    ("SANCTION", "The European Union imposed new sanctions on Valdoria's oil exports."),
    ("SANCTION", "Norvania recalled its ambassador from Estrelia in protest at the arrests."),
    ("SANCTION", "The United States suspended military aid to the junta."),
    ("SANCTION", "Estrelia broke off diplomatic relations with Norvania."),
    ("SANCTION", "Valdoria froze the assets of ten officials linked to the regime."),
    ("CONSULT", "The foreign ministers of Norvania and Estrelia met in Geneva on Monday."),
    ("CONSULT", "The prime minister arrived in Tarsk for a two-day visit."),
    ("CONSULT", "Negotiators from both sides resumed talks in Vienna."),
    ("CONSULT", "The president spoke by telephone with his Valdorian counterpart."),
    ("CONSULT", "Estrelia hosted a delegation from the Norvanian parliament."),
    ("CONSULT", "The envoy held talks with rebel leaders in the mountains."),
    ("SUPPORT", "The foreign minister praised Estrelia's efforts to end the conflict."),
    ("SUPPORT", "Norvania backed Valdoria's bid to join the trade bloc."),
    ("AID", "Norvania sent two planes loaded with medicine to the flood-hit region."),
    ("AID", "The World Bank approved a 200 million dollar loan to Valdoria."),
    ("ASSAULT", "Gunmen killed five villagers in an attack on a market near Tarsk."),
    ("ASSAULT", "Fighter jets bombed rebel positions north of the capital."),
    ("COERCE", "Police arrested thirty opposition activists in the capital on Saturday."),
    ("COERCE", "The government banned the main opposition party."),
    ("MOBILIZE", "Norvania deployed thousands of troops along its border with Estrelia."),
    ("MOBILIZE", "The army put its forces on high alert after the missile launch."),
    ("REJECT", "Estrelia rejected Norvania's proposal for new talks."),
    ("REQUEST", "The United Nations called on both sides to observe the ceasefire."),
    ("ACCUSE", "Norvania accused Estrelia of violating the truce."),
    ("AGREE", "The two sides agreed to hold peace talks next month."),
    ("CONCEDE", "The government apologised for the deaths of the protesters."),
]


def test_general_verb_classes(nlp):
    coded = list(code_texts([text for _, text in GENERAL_CASES], nlp=nlp))
    wrong = [(event, text, events[0].event if events else None)
             for (event, text), events in zip(GENERAL_CASES, coded)
             if not events or events[0].event != event]
    assert not wrong


def test_a_json_line_stays_one_line_for_every_line_reader() -> None:
    from crosswire.briefing.render_plover import json_line

    record = {"id": "a\u0085b\u2028c\u2029d", "text": "Zoë said „ja“"}
    line = json_line(record)
    assert line.splitlines() == [line.rstrip("\n")]
    assert json.loads(line) == record  # the escapes read back as the same characters
