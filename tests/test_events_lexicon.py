"""PLOVER coding: the lexicon's senses, chosen by what a cue's verb is done to or by.

Every sentence is invented (names of places and people included). Each group holds a
cue's new sense beside the sense it keeps elsewhere, so a row that fires too widely fails
the contrast, not only the case it was written for.
"""

from __future__ import annotations

import pytest

from coded_events import first_type


@pytest.mark.parametrize("text, event", [
    # a court's order to pay is a penalty (SANCTION 'convict'); other orders ask
    ("A court in Pernat ordered the mining company to pay 40 million dollars in damages.", "SANCTION"),
    ("The regulator ordered the bank to review its lending rules within a month.", "REQUEST"),
    # charges dismissed or a conviction thrown out are conceded; an appeal thrown out is refused
    ("A judge in Morvel dismissed the charges against six student activists on Thursday.", "CONCEDE"),
    ("Judges in Castor threw out the 2019 conviction of an ex-mayor for fraud.", "CONCEDE"),
    ("The supreme court threw out the appeal lodged by the opposition against the result.", "REJECT"),
    ("The finance minister dismissed the criticism from the central bank as political.", "REJECT"),
    # charges pressed are an accusation; a government pressed is asked
    ("The family of the dead teenager pressed charges against two police officers.", "ACCUSE"),
    ("Western governments pressed the generals to free the jailed president.", "REQUEST"),
])
def test_courts_and_charges(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a proposal or nominee shot down is voted down; a drone shot down is hit
    ("Lawmakers shot down the president's proposal for a third term in office.", "REJECT"),
    ("Senators shot down the nomination of the former general as defence minister.", "REJECT"),
    ("Air defence units shot down two drones over the capital early on Sunday.", "ASSAULT"),
    # tools laid down stop work; weapons laid down end a fight
    ("Crane operators at Verlo laid down their tools, demanding a new contract.", "PROTEST"),
    ("Some 300 insurgents laid down their guns before United Nations monitors.", "RETREAT"),
    # a weapon slamming into a depot attacks it; a person slamming a policy criticises it
    ("An explosive-laden drone slammed into a power station near Verlo overnight.", "ASSAULT"),
    ("Senator Ilka Varn slammed the cabinet's record on housing in a fiery speech.", "ACCUSE"),
    # bombs dropped attack; charges dropped concede
    ("Government helicopters dropped bombs on a rebel-held market town, residents said.", "ASSAULT"),
    ("Prosecutors in Ardel dropped the case's charges against three pilots' leaders.", "CONCEDE"),
    # a ceasefire broken by fighting is an attack (CAMEO 196); a violation alleged is no attack
    ("Militants broke the truce on Saturday by shelling two army outposts.", "ASSAULT"),
    ("Coast guard sailors returned fire when a speedboat crew shot at their vessel.", "ASSAULT"),
    # a report released publishes; captives released go free
    ("A watchdog released a study that accuses customs officers of taking bribes.", "ACCUSE"),
    ("The insurgents released three kidnapped nurses on the edge of Verlo on Friday.", "RETREAT"),
])
def test_the_object_or_doer_chooses_the_sense(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # weapons handed out arm a militia; blankets handed out are aid
    ("Local leaders handed out rifles and ammunition to villagers to defend their farms.", "MOBILIZE"),
    ("Volunteers handed out blankets and hot meals at a stadium used as a shelter.", "AID"),
    ("Hundreds of villagers took up arms to guard their land against cattle raiders.", "MOBILIZE"),
    # reservists summoned are called up; an ambassador summoned is rebuked
    ("The defence ministry summoned thousands of reservists to their barracks.", "MOBILIZE"),
    ("Ardelia summoned Kestria's ambassador to complain about a cartoon in state media.", "ACCUSE"),
    ("The army redeployed two brigades from the capital to the southern front.", "MOBILIZE"),
])
def test_arming_and_calling_up(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # commodities supplied or shipped are trade; food and medicine shipped are aid
    ("The state energy company began supplying natural gas to its neighbour through a new pipeline.", "COOPERATE"),
    ("Ardelia shipped crude oil to Tasmorian refineries all winter, port data show.", "COOPERATE"),
    ("The charity shipped tents, medicines and flour to the flooded southern districts.", "AID"),
    # talks walked away from and funding pulled are cut off; troops pulled out retreat
    ("The government walked away from the peace talks on Sunday after a bomb in the capital.", "SANCTION"),
    ("A Gulf lender pulled its funding for the port expansion once the strikes began.", "SANCTION"),
    ("The army pulled its troops out of the two villages overnight.", "RETREAT"),
    ("Nine governments will stage a diplomatic boycott of Vastoria's summit in May.", "SANCTION"),
    ("Tasmor brought a case against Ardelia at the sea tribunal about fishing rights.", "ACCUSE"),
])
def test_trade_and_cutting_off(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # particle verbs: the particle makes the act, and an object can still change it
    ("The government locked down the capital after a surge in infections.", "COERCE"),
    ("The regime locked up hundreds of dissidents after the failed coup.", "COERCE"),
    ("Border guards turned back hundreds of migrants at the crossing.", "COERCE"),
    ("The senate turned back an attempt by the opposition to delay the vote.", "REJECT"),
    ("Riot squads fanned out through the port district before the rally.", "MOBILIZE"),
    ("The city council rolled back the parking fee increase after complaints.", "CONCEDE"),
    ("Over a month the generals phased out the night curfew in Verlo.", "CONCEDE"),
    ("Church leaders spoke out against the proposed surveillance bill on Wednesday.", "ACCUSE"),
    ("The farmers' party came out against a plan to raise the retirement age.", "REJECT"),
    ("Neighbouring states chipped in 20 million dollars for a new maternity ward.", "AID"),
])
def test_particle_verbs(nlp, text, event):
    assert first_type(nlp, text) == event


def test_a_nomination_locked_up_jails_no_one(nlp):
    assert first_type(nlp, "The senator locked up the party's nomination with a win in the primary.") != "COERCE"


@pytest.mark.parametrize("text, event", [
    # nominal events told as the subject of their clause
    ("The handover of the prisoners took place at a border crossing.", "RETREAT"),
    ("The court ordered a freeze of the ruling family's assets.", "SANCTION"),
])
def test_nominal_events(nlp, text, event):
    assert first_type(nlp, text) == event


def test_a_hiring_freeze_is_no_sanction(nlp):
    assert first_type(nlp, "The company announced a hiring freeze and said profits would fall.") != "SANCTION"


@pytest.mark.parametrize("text, event", [
    # common news verbs the lexicon lacked, each coded by the CAMEO category it falls in
    ("The prime minister ridiculed the opposition's tax plan as fantasy economics.", "ACCUSE"),
    ("State media derided the protesters as paid agents of foreign powers.", "ACCUSE"),
    ("Pro-government newspapers vilified the judge after the ruling.", "ACCUSE"),
    ("The president insulted the neighbouring country's leader in a televised speech.", "ACCUSE"),
    ("Military intelligence officers interrogated the captured pilot for two days.", "ACCUSE"),
    ("Health authorities quarantined the entire village after the outbreak.", "COERCE"),
    ("The regime has persecuted religious minorities for decades, the report said.", "COERCE"),
    ("Rebels ransacked government offices in the northern town before retreating.", "ASSAULT"),
    ("The army garrisoned the border towns with two extra battalions.", "MOBILIZE"),
    ("The country has begun to rearm after decades of cuts to its military.", "MOBILIZE"),
    ("The minister retracted his claim that the opposition had rigged the vote.", "CONCEDE"),
    ("The church excommunicated the bishop for defying the synod.", "SANCTION"),
])
def test_common_verbs_once_missing(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a deadline given to another side is an ultimatum; money given is aid
    ("The regional bloc gave the junta until the end of the month to restore civilian rule.", "THREATEN"),
    ("The donors gave the ministry 20 million dollars for new schools.", "AID"),
    # workers strike, aircraft strike
    ("Air traffic controllers struck for a second day on Tuesday over pensions.", "PROTEST"),
    ("Israeli jets struck targets in the south of the city overnight.", "ASSAULT"),
    # storming out of a room protests; storming a plane attacks
    ("The opposition delegation stormed out of the meeting in protest.", "PROTEST"),
    ("Special forces stormed the hijacked plane and freed all the passengers.", "ASSAULT"),
    # a state leaving a treaty cuts its part
    ("The country pulled out of the arms control treaty on Friday.", "SANCTION"),
    ("The government backed away from its plan to sell the state airline.", "CONCEDE"),
    ("Government troops fought rebels for control of the airport.", "ASSAULT"),
])
def test_senses_of_common_verbs(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text", [
    "Firefighters battled wildfires in the hills above the city for a third day.",
    "The government pledged to fight corruption in the civil service.",
])
def test_fighting_a_social_ill_is_no_attack(nlp, text):
    assert first_type(nlp, text) not in ("ASSAULT", "THREATEN")


@pytest.mark.parametrize("text, event", [
    # nominal events of the weak types, told without a verb of their own
    ("A go-slow by customs officers has left hundreds of lorries queuing at the border.", "PROTEST"),
    ("Rail unions announced a work-to-rule from Monday in a row over staffing.", "PROTEST"),
    ("A general strike shut shops and offices across the country on Wednesday.", "PROTEST"),
    ("Thousands of people formed a human chain along the coast against offshore drilling.", "PROTEST"),
    ("A parley between village elders and the army commander ended without result.", "CONSULT"),
    ("The central banks opened a swap line to ease the shortage of dollars.", "COOPERATE"),
    ("The prisoner swap took place on the bridge at dawn.", "RETREAT"),
    ("The drawdown of American troops from the country was completed in August.", "RETREAT"),
    ("The bloc imposed a visa ban on twenty officials linked to the crackdown.", "SANCTION"),
])
def test_nominal_events_of_weak_types(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # what is sent decides: goods are aid, warships a deployment, a letter only its words
    ("The EU dispatched tonnes of food and medicine to the stricken region.", "AID"),
    ("The navy dispatched two frigates to the strait on Friday.", "MOBILIZE"),
    ("The mayor sent a letter to the minister asking for more police.", "REQUEST"),
    ("The government sent tents and blankets to the flooded villages.", "AID"),
])
def test_what_is_sent(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # fire is an attack whoever fires it, named or not: a list of shooters would miss "rebel
    # fire" and "cross-border fire" (an accident, "caught fire", is still coded ASSAULT: open)
    ("The convoy came under heavy artillery fire near the border.", "ASSAULT"),
    ("Rebel fire brought down an army helicopter over the valley.", "ASSAULT"),
    ("Cross-border fire damaged houses in three villages on Sunday.", "ASSAULT"),
    ("A UN convoy came under fire near the border town on Tuesday.", "ASSAULT"),
    ("The minister came under fire from critics for his handling of the floods.", "ACCUSE"),
])
def test_fire_that_someone_fires(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a deal worked out is reached; contracts signed are business, a treaty signed is support
    ("Negotiators hammered out a compromise on fishing quotas in the early hours of Sunday.", "AGREE"),
    ("The two parties ironed out their differences over the budget late on Thursday.", "AGREE"),
    ("The union and the railway arrived at a settlement after two weeks of talks.", "AGREE"),
    ("The foreign minister arrived at the presidential palace for talks on Monday.", "CONSULT"),
    ("State firms from the two countries signed contracts worth two billion dollars at the fair.", "COOPERATE"),
    ("The two presidents signed the border treaty in a ceremony on Friday.", "SUPPORT"),
    # access given; a post left; a member expelled from a body; foreigners expelled
    ("The junta let in UN inspectors, who toured the prison on Monday.", "RETREAT"),
    ("The government admitted an EU monitoring mission to the disputed province.", "RETREAT"),
    ("The finance minister bowed out after eight years in the post.", "RETREAT"),
    ("The football federation expelled the country from its regional committee.", "SANCTION"),
    ("The country expels two envoys over spying claims.", "SANCTION"),
    ("The country expelled two foreign reporters over their coverage of the protests.", "COERCE"),
])
def test_deals_access_and_expulsions(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a guest received is a meeting; aid received is aid
    ("The king received the visiting envoy at the palace on Tuesday.", "CONSULT"),
    ("The country received 2 billion dollars in aid from the bank last year.", "AID"),
])
def test_what_is_received(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a call with someone is a conversation; a call for something asks for it
    ("A call between the two presidents lasted more than an hour, officials said.", "CONSULT"),
    ("The union renewed its call for a general pay rise.", "REQUEST"),
])
def test_calls_made_and_calls_for(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a verb of movement with no object only sets about its "to" act; moving forces is moving
    ("The assembly in Tarvel moved to ban the sale of fireworks after the accident.", "COERCE"),
    ("The cabinet moved to expel the two envoys accused of spying.", "SANCTION"),
    ("The army moved two battalions to the northern pass to secure the road.", "MOBILIZE"),
    # a bare phone call is talks; a call "for" something asks for it
    ("The prime minister of Ostrel took a call from the king of Vardu on Monday evening.", "CONSULT"),
    ("The miners' union repeated its call for a national inquiry into the collapse.", "REQUEST"),
    # a law or resolution drafted is no conscription; young men drafted are
    ("The committee will draft a new electoral law within six months.", None),
    ("The junta drafted 6,000 young men into the infantry last spring.", "MOBILIZE"),
])
def test_attempts_calls_and_drafts(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a professional body striking off a member expels them; a missile striking attacks
    ("The dental council struck off a dentist who had faked his diplomas.", "SANCTION"),
    ("A missile struck a fuel depot outside Karvan on Tuesday night.", "ASSAULT"),
    # detained foreigners sent home are released; troops sent home withdrawn
    ("Officials in Dolmar sent 85 detained trawler crewmen home on Thursday.", "RETREAT"),
    ("The ministry sent 40 tonnes of flour to the flooded valley.", "AID"),
    # a ship or a plane seized by pirates or hijackers is hijacked; by the coast guard seized
    ("Hijackers seized a regional airliner shortly after take-off from Velm.", "ASSAULT"),
    ("The coast guard seized a trawler fishing illegally in Ostrel's waters.", "COERCE"),
])
def test_struck_off_sent_home_and_hijacked(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # harm done by a quake, a flood or a crash is an accident, no attack
    ("The earthquake killed at least 200 people in the hill towns around Varno.", None),
    ("A passenger train derailed south of Kell, injuring 35 people.", None),
    ("Floodwaters destroyed 400 homes along the Lenna river over the weekend.", None),
    # the same harm done by someone is an attack
    ("Gunmen killed at least 20 people in the hill towns around Varno.", "ASSAULT"),
    ("Militants destroyed 40 homes in a raid on a village near the Lenna river.", "ASSAULT"),
])
def test_an_accident_is_no_attack(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # force by a crowd while it protests is a violent protest; by the police it is force
    ("Hundreds of students clashed with riot police in Kell as they marched towards the assembly.",
     "PROTEST"),
    ("Supporters of the jailed mayor fought with guards outside the court during a rally.", "PROTEST"),
    ("Police clashed with demonstrators in Kell during a protest against the new tax.", "ASSAULT"),
    # a bomb set off during a protest stays an attack
    ("Militants bombed a police station in Kell during a protest by shopkeepers.", "ASSAULT"),
])
def test_force_while_protesting(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # what is given decides: words, reasons and time are no aid; money and goods are
    ("The interior minister of Vardu gave a long speech to the assembly on Tuesday.", None),
    ("A police spokesman in Kell gave no reason for the overnight arrests.", "COERCE"),
    ("The navy of Ostrel gave the smugglers a deadline to leave the bay or be boarded.", "THREATEN"),
    ("The city of Varno gave 20 tonnes of rice and blankets to the flood victims.", "AID"),
])
def test_what_is_given(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # rates, jobs and prices cut are business; aid or ties cut are a sanction
    ("The central bank of Ostrel cut its main interest rate by a quarter point.", None),
    ("Ostrel cut all military aid to Vardu after the coup.", "SANCTION"),
    # a price hitting a record harms no one; a shell hitting a school attacks it
    ("Wheat prices in Kell hit a record high on Monday.", None),
    ("A shell hit a school in the border village of Rasko on Monday.", "ASSAULT"),
])
def test_business_figures_are_no_events(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # an accord cancelled ends cooperation; a meeting cancelled is a refusal to meet
    ("Norvania cancelled its fishing accord with Valdoria after the dispute over the islets.", "SANCTION"),
    ("Norvania cancelled the summit with Valdoria planned for next week.", "REJECT"),
    # supplies halted to another state reduce relations, whatever the halt is "over"; a
    # curfew halted is conceded
    ("Valdoria halted fuel deliveries to Norvania over unpaid bills, leaving Tarsk without heating.",
     "SANCTION"),
    ("The governor halted the curfew in Tarsk after a week of calm.", "CONCEDE"),
    # ... and cut to a state's own camp or villages they coerce its people
    ("The authorities cut water supplies to the displaced persons' camp outside Tarsk.", "COERCE"),
    ("Valdoria cut water supplies to neighbouring Norvania after the border row.", "SANCTION"),
])
def test_ties_and_supplies_ended(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # a leader welcomed is a visit; an election or a decision welcomed is approval
    ("The Valdorian government welcomed the election of a civilian president in Norvania.", "SUPPORT"),
    ("The Valdorian president welcomed the visiting Norvanian premier at Tarsk airport.", "CONSULT"),
    # an inquiry's hearings are an investigation
    ("A Norvanian tribunal opened hearings into the killings of 40 villagers near Tarsk.", "ACCUSE"),
])
def test_what_is_welcomed_or_heard(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # forces flown in or gathering again are deployed; supplies flown in are aid
    ("Two battalions of Valdorian troops were airlifted to the northern border overnight.", "MOBILIZE"),
    ("Valdorian air force planes airlifted food and tents to the flooded delta.", "AID"),
    ("Armed militias are regrouping in the hills above Tarsk, monitors said.", "MOBILIZE"),
    ("Valdorian forces along the frontier were put on a heightened state of readiness.", "MOBILIZE"),
    ("Valdorian troop movements near the Norvanian frontier alarmed the monitors.", "MOBILIZE"),
    # relief carried or dropped to the needy is aid; charges dropped are conceded
    ("Valdorian navy boats ferried food and tents to the flooded delta villages.", "AID"),
    ("Norvanian army planes dropped food and medicine to hamlets cut off by the snow.", "AID"),
    ("Prosecutors in Tarsk dropped the charges against the four dockers.", "CONCEDE"),
])
def test_forces_moved_or_readied(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # force used by a crowd of students is rioting; by the state's police, an assault
    ("Students fought running battles with police in central Tarsk, throwing rocks at patrol cars.",
     "PROTEST"),
    ("Valdorian police fought running battles with rebels in the hills above Tarsk.", "ASSAULT"),
    # captives of gunmen freed by commandos are rescued (AID); captors freeing them release them
    ("Valdorian commandos freed nine engineers held by gunmen in the delta.", "AID"),
    ("Rebels in the delta freed nine engineers they had seized in March.", "RETREAT"),
])
def test_who_uses_force_or_frees_captives(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # forces hitting back use force, here held out on a condition; a leader hitting back at
    # critics answers them in words
    ("Valdoria's defence chief said his forces would hit back hard if the shelling of Tarsk went on.",
     "THREATEN"),
    ("Norvanian troops hit back at the rebels, shelling their positions near Tarsk.", "ASSAULT"),
    ("The Valdorian president hit back at his critics in a speech to parliament.", "ACCUSE"),
])
def test_hitting_back(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # goods handed to another state are a gift (AID); weapons handed over, a disarmament
    ("Valdoria handed Norvania twelve army trucks at a ceremony in Tarsk.", "AID"),
    ("The rebels handed over their rifles to the monitors in Tarsk.", "RETREAT"),
    # a state freezing its own press's accounts coerces it; another state's, a sanction
    ("Valdorian tax police froze the accounts of a private radio network.", "COERCE"),
    ("Valdoria froze the accounts of Norvania's state airline.", "SANCTION"),
])
def test_handed_or_frozen(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # handing over something intangible (a hint, an advantage, a lecture) is no aid
    ("The Ostrel ministry gave the Pelkan delegation a hint of its new budget plans.", None),
    ("The court ruling provided the Pelkan opposition an advantage in the coming vote.", None),
    ("The Varn governor delivered a fiery lecture to the provincial assembly on Monday.", None),
    # goods, money and equipment handed over are
    ("Ostrel gave the flooded Pelkan provinces two hundred tonnes of rice.", "AID"),
    ("The Varn ministry delivered tents and blankets to the quake survivors on Sunday.", "AID"),
    ("Ostrel supplied the Varn militia with rifles and ammunition last year.", "AID"),
    # a deadline or a standard met is no meeting; a counterpart met is
    ("The Varn water board met the deadline for its new flood plan by a single day.", None),
    ("The Varn rail operator finally met the safety standards set by the regulator.", None),
    ("The Pelkan foreign minister met her Ostrel counterpart in Varn on Tuesday.", "CONSULT"),
])
def test_what_is_handed_over_or_met(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # coming round to a position is accepting it (the manual's AGREE)
    ("After a month of hesitation the Varn council came round to the idea of a shared ferry timetable.", "AGREE"),
    ("The Ostrel senator came around to the treaty late in the debate.", "AGREE"),
    # coming round from a faint accepts nothing
    ("The old ferryman came round an hour after the accident.", None),
])
def test_coming_round_to_a_position(nlp, text, event):
    assert first_type(nlp, text) == event
