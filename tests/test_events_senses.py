"""PLOVER coding: which sense of a cue applies, and which predicate carries the event.

Every sentence is invented (names of places and people included); each pair or group
contrasts one mechanism, not one word.
"""

from __future__ import annotations

import pytest

from crosswire.nlp import code_texts
from coded_events import first_type


@pytest.mark.parametrize("text, event", [
    # the parse often makes a permission's object the subject of its complement
    ("The junta allowed foreign observers to enter the northern districts.", "RETREAT"),
    ("The ministry granted Valdorian inspectors access to the reactor site.", "RETREAT"),
    # a light verb's event noun parsed as an adverbial or as the passive subject
    ("Farmers' groups held a march through Tarsk against the new dam.", "PROTEST"),
    ("Negotiations between the union and the mine owners were held in a hotel.", "CONSULT"),
])
def test_the_verb_argument_the_parse_misplaces(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an act two parties do together is cooperation, whatever the act
    ("Police of Valdoria and Norvania carried out a joint raid on a forgers' workshop.", "COOPERATE"),
    ("Police of Valdoria raided a forgers' workshop near the border.", "COERCE"),
    ("Engineers of the two states trained together at the Tarsk depot.", "COOPERATE"),
    ("Valdoria and Norvania co-financed a new ferry terminal.", "COOPERATE"),
    ("Valdoria financed a new ferry terminal in flood-hit Norvania.", "AID"),
    ("The two customs services began joint checks of lorries at the crossing.", "COOPERATE"),
    # joint military operations are COOPERATE (manual, MOBILIZE notes), force included
    ("Valdorian and Norvanian jets carried out joint strikes on the rebel camps.", "COOPERATE"),
    ("Valdorian jets carried out strikes on the rebel camps.", "ASSAULT"),
    # "together with" adds a patient, not a second doer
    ("Gunmen kidnapped a Valdorian engineer together with his driver.", "ASSAULT"),
    # a joint statement is a statement, not cooperation
    ("Both governments raised concerns about the vote in a joint statement.", "ACCUSE"),
])
def test_acting_together_is_cooperation(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a boycott is a protest (CAMEO 143); boycotting talks is refusing to meet
    ("Teachers' unions boycotted the new national tests in Tarsk.", "PROTEST"),
    ("The rebel delegation boycotted the peace talks in Tarsk.", "REJECT"),
    ("Dock workers walked out after the port cut their overtime pay.", "PROTEST"),
    ("The exiled opposition stayed away from the national dialogue in Tarsk.", "REJECT"),
    ("Jailed union leaders have refused food for two weeks.", "PROTEST"),
])
def test_withholding_as_protest_or_refusal(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # who blocks a way decides: civilians protest, the state's forces restrict
    ("Taxi drivers blocked the main avenue into Tarsk for five hours.", "PROTEST"),
    ("Police blocked the main avenue into Tarsk for five hours.", "COERCE"),
    ("Farmers blockaded the motorway with their tractors.", "PROTEST"),
    # a noun's doer guessed from its clause does not shift it
    ("The mayor said the police had behaved badly during the protest.", "PROTEST"),
])
def test_who_blocks_a_way(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # what people do in protest is a protest; a state doing the same keeps the act's type
    ("Bakers in Tarsk shut their shops for two days in protest against the flour tax.", "PROTEST"),
    ("Dockers stopped working to protest against the sacking of a colleague.", "PROTEST"),
    ("Valdoria recalled its envoy from Norvania in protest at the arrests.", "SANCTION"),
    ("The ministry cancelled the minister's visit to Tarsk in protest at the verdict.", "REJECT"),
])
def test_an_act_done_in_protest(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event, trigger", [
    # an act done under an agreement carries it out: cooperation, told by its verb
    ("Under the new grain pact, the first Valdorian freighters reached Norvania's northern ports.",
     "COOPERATE", "reached"),
    ("Within the framework of the transit accord, Tarsk opened its rail yards to Valdorian freight.",
     "COOPERATE", "opened"),
    # an act with a type of its own keeps it
    ("Under the deal with the opposition, the junta freed forty detainees.", "RETREAT", "freed"),
])
def test_an_act_under_an_agreement(nlp, text, event, trigger):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert (events[0].event, events[0].trigger.text) == (event, trigger)


@pytest.mark.parametrize("text, event", [
    # ground taken by force is an assault; combatants captured are abducted (manual, ASSAULT);
    # property seized by the state is coercion
    ("Militia fighters seized the hill villages north of Tarsk.", "ASSAULT"),
    ("Government troops recaptured the river town after a week of fighting.", "ASSAULT"),
    ("The rebels captured nine Valdorian soldiers near the pass.", "ASSAULT"),
    ("Customs officers seized a lorry of smuggled cigarettes at the crossing.", "COERCE"),
])
def test_ground_or_property_taken(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a material act needs a doer: with an event for subject, the verb tells what followed
    ("The shelling of the pumping station left Tarsk without water for a week.", "ASSAULT"),
    ("The union's boycott of the new timetable left the trains half empty.", "PROTEST"),
    ("A donation of grain from Valdoria arrived in the port on Monday.", "AID"),
    # a body that acts keeps its act
    ("The bishops' council sent blankets to the flooded valley.", "AID"),
])
def test_an_event_as_subject(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # exchanges taken up again are cooperation; talks taken up again consultation
    ("Valdoria and Norvania resumed direct flights between their capitals.", "COOPERATE"),
    ("Grain exports from Tarsk to Norvania resumed on Monday.", "COOPERATE"),
    ("Valdoria and Norvania resumed talks on the river border.", "CONSULT"),
])
def test_exchanges_resumed(nlp, text, event):
    assert first_type(nlp, text) == event


def test_concern_about_conduct_is_criticism_a_worry_that_is_not(nlp):
    assert first_type(nlp, "The ombudsman expressed concern about the treatment of detainees in Tarsk.") == "ACCUSE"
    assert first_type(nlp, "The remarks raised concerns that Valdoria may be seeking to redraw the border.") != "ACCUSE"


@pytest.mark.parametrize("text, event", [
    # what describes an argument is not what is promised: rebuilding is no threat
    ("The governor promised to rebuild the bridge destroyed by the floods.", "AGREE"),
    ("The council vowed to rebuild storm-hit villages before winter.", "AGREE"),
    ("The militia vowed to destroy the bridge before the army crossed it.", "THREATEN"),
])
def test_what_describes_an_argument_is_not_promised(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a noun named by the noun before it ("asset freeze", "credit line") takes that noun along
    ("The bloc imposed an asset freeze on six Valdorian generals.", "SANCTION"),
    ("The bloc imposed a curfew on the port district.", "COERCE"),
    ("The fund approved a new credit line for Norvania.", "AID"),
])
def test_a_noun_named_by_the_noun_before_it(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # sanctions lifted are a concession, done or promised (the manual's CONCEDE text; CAMEO
    # 085's RETREAT 'ease' is a mode the manual dropped: tests/fixtures/README.md)
    ("Valdoria lifted its sanctions on Norvanian steel on Monday.", "CONCEDE"),
    ("Valdoria said it would lift its sanctions on Norvanian steel next month.", "CONCEDE"),
    # what is stopped may be a gerund: stopping fire is a ceasefire
    ("Both militias stopped firing at dawn.", "RETREAT"),
    ("The army suspended military operations in the valley.", "RETREAT"),
])
def test_sanctions_lifted_or_fire_stopped(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # what a state cuts off from its own press, groups or dissidents is repression
    ("The regulator suspended the opposition channel for two weeks.", "COERCE"),
    ("The government froze the accounts of two rights groups.", "COERCE"),
    ("Valdoria froze the assets of four Norvanian ministers.", "SANCTION"),
])
def test_what_is_cut_off_decides_sanction_or_repression(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # taking in people who flee is aid, whatever the verb of welcome
    ("Norvania took in twenty thousand refugees from the fighting in Valdoria.", "AID"),
    ("The monastery offered shelter to families fleeing the floods.", "AID"),
    ("Norvania welcomed the Valdorian president at the airport.", "CONSULT"),
    # a state hit with sanctions is sanctioned, not attacked
    ("Valdoria was hit with new sanctions after the missile test.", "SANCTION"),
])
def test_taking_in_refugees_and_being_hit_with_sanctions(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # force held out as a prospect, or not ruled out, is a threat
    ("The Valdorian defence minister raised the prospect of military action against the camps.",
     "THREATEN"),
    ("The ministry did not exclude a military response to the border incursions.", "THREATEN"),
    ("The navy said it would respond with force to any boarding of its ships.", "THREATEN"),
    # talks held out as a prospect are an offer
    ("The mediator raised the possibility of talks between the two militias.", "AGREE"),
])
def test_force_held_out(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # goods withheld from a besieged place are coercion; a proposal blocked a refusal
    ("Militia fighters blocked food deliveries to the besieged district.", "COERCE"),
    ("The upper house blocked the budget proposal.", "REJECT"),
    # forces made ready or shown are mobilised
    ("The army paraded its new rockets through Tarsk.", "MOBILIZE"),
    ("Police beefed up security around the stadium.", "MOBILIZE"),
])
def test_withholding_and_readiness(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a wanted person handed to the state that wants them is judicial cooperation
    ("Norvania deported the fugitive banker back to Valdoria at its request.", "COOPERATE"),
    ("The Norvanian police turned over to Valdoria a suspect in the ferry bombing.", "COOPERATE"),
    # people thrown out on suspicion are coerced
    ("The junta deported two foreign reporters accused of spying.", "COERCE"),
])
def test_handing_over_the_wanted(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a month's name is part of a date, never the act its word also names
    ("The regional council said the Tarsk dam must be repaired by March 14.", "COMMENT"),
    ("The vote on the ferry levy is set for March.", None),
    ("Thousands joined a march through Tarsk on Sunday.", "PROTEST"),
])
def test_a_month_name_is_no_event(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a reaction told in the passive with an event for subject: the event is the news
    ("The extradition of a Valdorian banker from Norvania was hailed by prosecutors.", "COOPERATE"),
    ("The pledge by Marenka's government to double its flood aid was welcomed by its neighbours.", "AGREE"),
    # an actor as passive subject keeps the reaction
    ("The Valdorian envoy was praised by the opposition for his candour.", "SUPPORT"),
    # what a protest demands is the protest's message
    ("A march by thousands of teachers through Tarsk demanded higher pay.", "PROTEST"),
    ("The Tarsk teachers' union demanded higher pay.", "REQUEST"),
])
def test_event_subject_of_a_reaction_is_the_news(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a protest held out on a condition is a threat to restrict (README: threats of blockades)
    ("Lorry drivers said they would block the Tarsk ring road if the fuel tax went up.", "THREATEN"),
    # an announced protest is the protest
    ("Lorry drivers said they will block the Tarsk ring road on Friday.", "PROTEST"),
])
def test_conditional_protest_is_a_threat(nlp, text, event):
    assert first_type(nlp, text) == event


def test_a_reduced_plural_takes_no_crude_stem():
    from crosswire.nlp.events.parse import _lookup_keys

    # the lemmatizer reduced "planes" to "plane": no "plan" (an intention) besides it
    assert "plan" not in _lookup_keys(("plane", "planes"), lower="planes", tag="NNS")
    # a verb form the lemmatizer got wrong still gets its stems ("fined" is no "fin")
    assert "fine" in _lookup_keys(("fin", "fined"), lower="fined", tag="VBD")


@pytest.mark.parametrize("text, event", [
    # a verb of handing over gives way to the event noun it hands over
    ("The Valdorian premier sent a congratulatory message to the new president of Norvania.", "SUPPORT"),
    ("The farmers' party lent its support to the land reform.", "SUPPORT"),
    ("President Arvel granted a pardon to nine jailed journalists.", "CONCEDE"),
    # what is handed over, when it is material, is still aid
    ("Valdoria sent two cargo planes of tents and medicine to the flooded valley.", "AID"),
])
def test_transfer_verbs_give_way_to_the_event_they_carry(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an order imposes its material act on whoever must obey; a newspaper made to stop is COERCE
    ("The Valdorian government ordered an opposition newspaper to suspend publication.", "COERCE"),
    # an order to talk or to withdraw is still a demand
    ("The council ordered both armies to withdraw from the valley.", "REQUEST"),
])
def test_an_order_imposes_its_material_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an imposed departure from the country is an expulsion: of diplomats SANCTION, of people COERCE
    ("Valdoria ordered the Norvanian defence attache to leave the country within 48 hours.", "SANCTION"),
    ("Valdoria expelled two Norvanian envoys over spying claims.", "SANCTION"),
    ("Valdoria ordered forty foreign farm workers to leave the country within a week.", "COERCE"),
    # a raid on a mission is no expulsion
    ("Police raided the offices of the Norvanian trade mission in Tarsk.", "COERCE"),
])
def test_expelling_diplomats_is_a_sanction(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a scheduled meeting is a promise to meet (manual, AGREE), as "will meet" is
    ("The foreign ministers of Valdoria and Norvania are due to meet in Tarsk later this month.", "AGREE"),
    ("The foreign ministers of Valdoria and Norvania met in Tarsk on Monday.", "CONSULT"),
])
def test_a_scheduled_act_is_future(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # supplies given in exchange for others are trade, not aid
    ("Valdoria shipped 90,000 tonnes of grain to Norvania in exchange for fertiliser.", "COOPERATE"),
    ("Valdoria shipped 90,000 tonnes of grain to flood-hit Norvania.", "AID"),
    # acting in tandem is acting together
    ("Customs officers of Valdoria and Norvania searched lorries in tandem at the crossing.", "COOPERATE"),
])
def test_an_in_frame_marks_exchange_and_joint_acts(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # standing ready to talk is an offer (AGREE); to take ground back by force, a threat
    ("Valdoria stood ready to resume fishing talks with Norvania, a spokeswoman said.", "AGREE"),
    ("The president said her army stood ready to take back the northern valley by force.", "THREATEN"),
])
def test_standing_ready_is_an_offer_or_a_threat(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # joining another in an act is that act
    ("Valdoria joined Norvania in condemning the missile test.", "ACCUSE"),
    ("Valdoria joined Norvania in backing the candidate from Tarsk.", "SUPPORT"),
    # joining a body or drills keeps its own sense
    ("Valdoria joined the regional power pool on Monday.", "COOPERATE"),
])
def test_joining_another_in_an_act_is_that_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # citizens blockading or occupying protest; the state's forces doing it restrict or seize
    ("Fishermen blockaded the harbour mouth at Tarsk with sixty boats.", "PROTEST"),
    ("Homeless families occupied an empty ministry building in Tarsk.", "PROTEST"),
    ("The navy blockaded the harbour mouth at Tarsk.", "COERCE"),
])
def test_citizens_blockading_protest(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a sense its object rules out is not read: holding a referendum detains no one
    ("The ruling council held a referendum on the new constitution.", None),
    ("Police held the opposition leader for two days.", "COERCE"),
    ("The ruling party struck a bargain with two independent deputies.", "AGREE"),
])
def test_an_object_can_rule_a_sense_out(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a court's finding that an act or a party broke the law is SANCTION 'convict' (manual),
    # told as a small clause or as a copular "that" clause alike
    ("The high court of Tarsk ruled that the governor's curfew order was unlawful.", "SANCTION"),
    ("A magistrate in Orlen ruled the dockers' blockade illegal.", "SANCTION"),
    ("The appeals bench found that the haulage firm was liable for the collapse.", "SANCTION"),
    # the same verbs with no finding of illegality code nothing of the kind
    ("The mayor of Orlen said that the new parking fee was illegal.", "COMMENT"),
])
def test_a_finding_of_illegality(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # "no" with its noun after a speech verb is no refusal: an agreement not reached, no one's
    # "no" (test_events_modality: an agreement not reached is no refusal)
    ("Valdorian officials said no agreement on the canal tolls had been reached.", "AGREE"),
    ("The Norvanian cabinet said no to the loan the Valdorian bank proposed.", "REJECT"),
    ("The Norvanian cabinet said yes to a second round of canal talks.", "AGREE"),
])
def test_saying_no_and_no_with_its_noun(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, act", [
    ("No shots were fired at the marchers in Tarsk, the garrison said.", "fired"),
    ("The fire brigade said no one was injured when the old depot roof collapsed.", "injured"),
])
def test_a_no_on_the_subject_negates_the_act(nlp, text, act):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert events[0].event != "REJECT"
    assert next(e for e in events if e.trigger.text == act).status == "negated"


@pytest.mark.parametrize("text, event", [
    # responding to force is force; responding to questions is speech
    ("Norvania said it would respond to any incursion across the river with force.", "THREATEN"),
    ("The garrison responded to the mortar attack with artillery fire.", "ASSAULT"),
    ("The harbour master responded to the complaints in a letter to residents.", "ACCUSE"),
    # claiming an attack is the attack; claiming that something happened is an allegation
    ("A splinter faction claimed responsibility for the bombing of the pipeline.", "ASSAULT"),
    ("The faction claimed that garrison troops had burned the grain store.", "ACCUSE"),
    # coming under fire from critics is criticism; from gunmen it is an attack
    ("The transport minister came under fire for the chaos at the ferry port.", "ACCUSE"),
    ("A relief convoy came under fire near the Orlen pass.", "ASSAULT"),
])
def test_a_verb_sense_chosen_by_its_argument(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a cue word inside a body's name is no act: the body's act is coded
    ("The Norvanian Relief Commission allocated two million crowns to help flood victims in Tarsk.", "AID"),
    # a verb's required word that heads a phrase of its own gives the phrase ("air strikes")
    ("In reply, Valdoria launched air strikes on depots outside Tarsk.", "ASSAULT"),
    ("Tram drivers in Tarsk launched a strike over rosters.", "PROTEST"),
    # weapons launched at a target are an attack; launched into the sea, a show of force
    ("The garrison launched rockets at the ridge held by the rebels.", "ASSAULT"),
    ("Norvania launched a long-range test rocket into the sea east of its coast.", "MOBILIZE"),
    # forces ordered to a place are deployed; ordered to act, the order is the news
    ("The Norvanian defence chief ordered two frigates to the disputed strait.", "MOBILIZE"),
    ("The Norvanian defence chief ordered the frigates to leave the strait.", "REQUEST"),
])
def test_which_word_carries_the_act(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a meeting that ends or opens with an act is that act's setting
    ("The Tarsk summit ended with a pledge to reopen the rail link.", "AGREE"),
    ("The Tarsk summit ended without a word on the rail link.", "CONSULT"),
    # settling a dispute or a case is reaching agreement; settling somewhere is not an act
    ("The port authority and the pilots' guild settled their dispute over night shifts.", "AGREE"),
    ("The ministers of the three states reached a consensus on grain quotas.", "AGREE"),
])
def test_agreement_reached_and_its_setting(nlp, text, event):
    assert first_type(nlp, text) == event


def test_settling_in_a_place_is_no_agreement(nlp):
    assert first_type(nlp, "Several hundred herders settled in the valley below Tarsk.") is None


@pytest.mark.parametrize("text, event", [
    # a sale or a purchase between parties is COOPERATE (the fixtures' convention)
    ("Valdoria sold four patrol boats to the Norvanian coast guard.", "COOPERATE"),
    ("The Norvanian rail company bought forty carriages from a Valdorian works.", "COOPERATE"),
    # a meeting that opens with something on its agenda names its topic, not an act
    ("Talks on the canal opened in Tarsk, with the tolls at the top of the agenda.", "CONSULT"),
])
def test_trade_and_the_topic_of_talks(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # protesting to a state, named by its name, is a diplomatic protest
    ("Valdoria protested to France over the new toll on the canal.", "ACCUSE"),
    ("Dockers in Tarsk protested outside the harbour office over the new tolls.", "PROTEST"),
    # a preposition that dates the act is no particle of a phrase ("a call on Saturday")
    ("The two foreign ministers went over the canal dispute in a telephone call on Sunday.", "CONSULT"),
    ("The Tarsk council called on the ferry company to restore the night service.", "REQUEST"),
    # forces arriving somewhere are deployed; a premier arriving visits
    ("Army reinforcements arrived in the harbour district of Tarsk after the riots.", "MOBILIZE"),
    ("The Norvanian premier arrived in Tarsk for a two-day visit.", "CONSULT"),
    # receiving an act names its recipient: the act is coded
    ("The Tarsk harbour master received death threats from a smuggling gang.", "THREATEN"),
])
def test_how_a_phrase_names_its_act(nlp, text, event):
    assert first_type(nlp, text) == event


def test_people_objects_are_no_act_of_the_subject(nlp):
    # "police dispersed protesters": the protesters are people, not a protest the police held
    events = next(iter(code_texts(["Tarsk police drenched the protesters with hoses outside the depot."], nlp=nlp)))
    assert all(e.event != "COERCE" or e.trigger.text != "protesters" for e in events)


def test_the_source_of_a_report_is_no_argument(nlp):
    # "according" is no accord: the withdrawal from positions is a retreat
    text = "Rebel units pulled back from the ridge above Tarsk on Friday, according to the garrison."
    assert first_type(nlp, text) == "RETREAT"


@pytest.mark.parametrize("text, event", [
    # people seized by an armed group are abducted (CAMEO 181); by the state's forces, or
    # ground and goods seized, it is COERCE 'seize' (CAMEO 171, 192)
    ("Gunmen seized two aid workers from their lorry on the Tarsk road.", "ASSAULT"),
    ("Tarsk police seized two smugglers and their boat at the quay.", "COERCE"),
])
def test_people_seized(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # what a passive participle or relative clause describes is what its verb is done to: a
    # report released frees no one
    ("The report, which was released by the Ostrel ministry on Monday, runs to ninety pages.", None),
    ("A grim survey released by the Varn water board on Friday found the lake shrinking.", None),
    # captives released are
    ("The Pelkan rebels released two captured border guards on Monday.", "RETREAT"),
    ("The border guards who were released by the rebels reached Varn on Monday.", "RETREAT"),
])
def test_what_a_participle_describes_is_its_object(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # receiving a visitor is a meeting; receiving letters, tips or cheques is none
    ("The Varn premier received the Pelkan foreign minister at her residence.", "CONSULT"),
    ("The Varn premier received him at her residence on Monday.", "CONSULT"),
    ("The Tessel harbour office received more than 300 letters about the smuggling ring.", None),
    ("Most pensioners in Tessel received their rebate cheques last month.", None),
])
def test_a_visit_received_needs_a_visitor(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, trigger, coded", [
    # a known event ("the", "its") named to describe another noun or to date the sentence's
    # own act is told elsewhere: the sentence reports no such event
    ("The Tessel ministry attacked a report on the scope of its inquiry into the dredging.", "inquiry", False),
    ("Varn expelled two Ostrel diplomats twenty years after the harbour bombings.", "bombings", False),
    ("The Ostrel governor demanded an update on the riots in the capital.", "riots", False),
    # ... where it tells no act of its own, the known event is what it is about
    ("The Ostrel governor gave no reason for the overnight arrests.", "arrests", True),
    # an event told as such stays: a new one, one hung on an event noun, one that acts
    ("Ostrel police arrested two men after an attack on a bus depot.", "attack", True),
    ("Varn condemned the shelling of the port on Sunday.", "shelling", True),
    ("The riots in the Ostrel capital spread to three more towns.", "riots", True),
])
def test_a_known_event_named_in_passing(nlp, text, trigger, coded):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert any(e.trigger.text == trigger for e in events) == coded


@pytest.mark.parametrize("text, event", [
    # the court sense of "try" takes a person or a case: an infinitive after it is an attempt,
    # so only the act attempted is coded
    ("The Ostrel tribunal will try the former harbour commander in the spring.", "ACCUSE"),
    ("Two Varn customs officers were tried for smuggling in a closed court.", "ACCUSE"),
    ("Tessel lawmakers will try to pass the ferry levy before the summer.", None),
    ("Retired miners were trying to march on the Varn parliament when the gates shut.", "PROTEST"),
    ("The harbour board tried everything it could to keep the dock open.", None),
])
def test_trying_someone_is_a_trial_and_trying_to_act_an_attempt(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, reported", [
    # a verb that reports only a clause or a quotation ("added", "noted") with a plain object
    # does what its words say; one that also reports through an object stays a report
    ("The Varn shipyards added 3,400 welders over the winter.", False),
    ("Some 900 berths were added at the Tessel marina this year.", False),
    ("The Tessel harbour master added that the dredging would resume.", True),
    ("\"The quay is safe,\" the Tessel harbour master added.", True),
    ("The Ostrel ministry announced a review of the ferry contracts.", True),
])
def test_a_reporting_verb_with_a_plain_object_reports_only_if_it_can(nlp, text, reported):
    events = next(iter(code_texts([text], nlp=nlp)))
    assert any(e.event == "COMMENT" for e in events) == reported


@pytest.mark.parametrize("text, event", [
    # a promise's act is the act it names, not an event noun that act is about or that dates it
    ("The Varn premier vowed to take action on knife violence in the harbour towns.", "AGREE"),
    ("The Tessel mayor vowed to take action against the landlords after the bombing.", "AGREE"),
    ("The Ostrel governor promised new rules on walkouts by ferry crews.", "AGREE"),
    # ... while force it names itself is held out: a threat
    ("The Varn premier vowed to bomb the rebel harbour.", "THREATEN"),
])
def test_a_promise_is_of_its_act_not_of_what_the_act_is_about(nlp, text, event):
    assert first_type(nlp, text) == event
