"""Speaker resolution: names, pronouns, descriptions, unnamed sources (invented texts)."""

from __future__ import annotations

from crosswire.models import Article, DateEstimate
from crosswire.nlp import COMPONENTS, analyse


def resolved(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cue, speaker words, resolved mention text, method) for each statement."""
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en",
                      text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    return [(s.cue.text if s.cue else None, s.speaker_words.text if s.speaker_words else None,
             names.get(s.speaker_mention), s.resolution.method)
            for s in result.statements]


def _through_components(nlp, doc):
    """``doc``, built by hand to hold a parse the model gives some texts, through crosswire's
    components as the article it is."""
    doc._.crosswire_article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                                      published=DateEstimate(None, "unknown", "", 0.0),
                                      language="en", text=doc.text)
    with nlp.select_pipes(enable=COMPONENTS):
        return nlp(doc)


def test_pronoun_follows_gender_from_honorific(nlp):
    text = ("Ms. Ilse Vogt met Mr. Daniel Okafor in Geneva on Tuesday. "
            "She said that the meeting had been useful.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, words, method) == ("said", "She", "pronoun")
    assert name is not None and "Vogt" in name


def test_pronoun_prefers_previous_speaker(nlp):
    text = ('"The bridge will be rebuilt," Mayor Ruta Kalnina said. The city council met '
            'Elena Sorokina later. "We start in May," she added.')
    found = resolved(nlp, text)
    added = [f for f in found if f[0] == "added"]
    assert added and added[0][2] is not None and "Kalnina" in added[0][2]


def test_description_falls_back_to_last_named_speaker(nlp):
    text = ('Tariq Osman said on Friday that the shipment had left. "It will arrive on time," '
            "the diplomat said.")
    found = resolved(nlp, text)
    last = found[-1]
    assert last[1] == "the diplomat" and last[3] == "description"
    assert last[2] == "Tariq Osman"


def test_apposition_names_the_speaker(nlp):
    text = "The spokeswoman, Greta Holm, said that the airport would stay closed."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Greta Holm" and method == "named"


def test_relative_pronoun_resolves_to_its_noun(nlp):
    text = "It was Pablo Ferrer, who told reporters that the strike would continue."
    found = [f for f in resolved(nlp, text) if f[0] == "told"]
    assert found and found[0][1] == "who" and found[0][2] == "Pablo Ferrer"


def test_relative_pronoun_bound_to_no_one_shows_its_noun(nlp):
    text = "Marta Dunn phoned her landlord, who voiced no objection to the repairs."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, words, name) == ("voiced", "her landlord, who", None)


def test_someone_she_has_is_never_guessed_to_be_her(nlp):
    text = ("Marta Dunn had hoped to open her bakery on the harbour in May. Two days before "
            "the opening, Dunn phoned her lawyer, who voiced no doubts about the lease.")
    found = [f for f in resolved(nlp, text) if f[0] == "voiced"]
    assert found and found[0][1] == "her lawyer, who" and found[0][2] is None


def test_organisation_speaker(nlp):
    text = "The European Commission said that the fine would be appealed."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "The European Commission" or name == "European Commission"
    assert method == "named"


def test_indefinite_description_is_unnamed(nlp):
    text = "A senior diplomat said that the summit had been postponed."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert words == "A senior diplomat" and name is None and method == "unnamed"


def test_pronoun_without_antecedent_is_unresolved(nlp):
    text = "He said that the factory would close."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert words == "He" and name is None and method == "unresolved"


def test_it_takes_the_organisation_that_owns_the_subject(nlp):
    text = ("The Norvik Shipping company was hit by a cyberattack. Norvik Shipping's servers were "
            "breached on Monday, it announced in a statement.")
    found = [f for f in resolved(nlp, text) if f[0] == "announced"]
    assert found and found[0][2] == "Norvik Shipping" and found[0][3] == "pronoun"


def test_joint_speakers_give_the_first_named(nlp):
    text = "Norsk Hydro and German partner Brevik SE said they would seek approval from regulators."
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] == "Norsk Hydro"


def test_an_organisation_description_is_never_the_person_named_before(nlp):
    text = ('Foreign Minister Tomas Ruiz said on Saturday that Chile firmly rejects the '
            'report. "We accept no advice from outsiders," he tweeted. Later the Chilean '
            'foreign ministry said it had called in the envoy.')
    found = [f for f in resolved(nlp, text) if f[1] == "the Chilean foreign ministry"]
    assert found and found[0][2] == "Chilean foreign ministry"  # the state body itself


def test_the_noun_ending_an_organisations_name_is_that_body_not_its_officer(nlp):
    text = ("The Halden Harbour Board closed the quay on Monday. The board's chairman, "
            "Tomas Ruiz, said the cranes were unsafe. The board said it would reopen the quay "
            "by Friday.")
    found = [f for f in resolved(nlp, text) if f[1] == "The board"]
    assert found and found[0][2] == "Halden Harbour Board"  # not the board's chairman


def test_descriptions_keep_their_kind_and_head(nlp):
    text = ("Los Angeles County will require masks again. The county’s health officer said the "
            "order takes effect Saturday. McAfee was found dead, the Catalan justice department "
            "said. The Spanish newspaper El Faro reported that he had been found in his cell.")
    found = {words: (name, method) for _, words, name, method in resolved(nlp, text)}
    assert found["The county’s health officer"][0] is None  # a person noun is not the county
    assert found["the Catalan justice department"][0] is None  # nor a department "Catalan"
    assert found["The Spanish newspaper"] == ("El Faro", "named")  # its apposition names it


def test_the_company_is_the_organisation_the_text_is_about(nlp):
    text = ("Norrland Motors said on Tuesday that its plant would reopen. The company said it had "
            "found no serious faults on the line.")
    found = [f for f in resolved(nlp, text) if f[1] == "The company"]
    assert found and found[0][2] == "Norrland Motors" and found[0][3] == "description"


def test_a_party_member_is_a_person_not_the_party(nlp):
    text = ("Senator Joe Marlin, a moderate Democrat, said he would oppose the bill. "
            "The Democrat said that the filibuster must stay.")
    found = [f for f in resolved(nlp, text) if f[1] == "The Democrat"]
    assert found and found[0][2] == "Joe Marlin" and found[0][3] == "description"
    text = ('Gov. Ron Halvor signed the bill on Thursday. Speaking on "Morning Show," the '
            "Vermont Republican said that the law would protect voters.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    # not the Republicans: the epithet is the wire's second reference to the person just
    # named, a guess (method "description") the story-wide pass may still correct
    assert found and found[0][2] == "Ron Halvor" and found[0][3] == "description"
    text = ('The bill passed on Thursday. "Omar Lisk wrote this law," the Vermont Republican '
            "said.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] is None  # a name inside the quotation is no antecedent


def test_a_former_office_holder_is_not_the_current_one(nlp):
    text = ("Former President Olav Dahl criticised the plan. President Ana Berg defended it on "
            "Monday. In a statement, the former president called the inquiry a sham.")
    found = [f for f in resolved(nlp, text) if f[1] == "the former president"]
    assert found and found[0][2] is not None and found[0][2].endswith("Dahl")


def test_a_subjects_own_pronoun_tells_its_gender(nlp):
    text = ("President Olav Dahl shouted at a journalist as his briefing in the palace ended on "
            "Wednesday after she asked whether he was worried.")
    found = [f for f in resolved(nlp, text) if f[1] == "she"]
    assert found and found[0][2] is None


def test_of_two_office_holders_the_one_speaking_is_described(nlp):
    text = ('President Olav Dahl met Russian President Ivan Petrov in Geneva. "Since when have I '
            'been worried?" Mr Dahl said. "Let us be clear about that," the president said.')
    found = [f for f in resolved(nlp, text) if f[1] == "the president"]
    assert found and found[0][2] is not None and found[0][2].endswith("Dahl")


def test_a_lede_description_is_the_person_the_next_paragraph_names(nlp):
    text = ("A recently promoted Navy captain said Monday that the ship was unsafe.\n\n"
            "Capt. Henry Dolan told reporters the crew had complained for months.")
    found = resolved(nlp, text)
    assert found[0][1] == "A recently promoted Navy captain"
    assert (found[0][2], found[0][3]) == ("Henry Dolan", "description")


def test_a_lede_source_stays_unnamed_though_someone_is_named_next(nlp):
    text = ("A senior official said Monday that the talks had failed.\n\n"
            "Minister Petra Lind told reporters the talks would resume.")
    found = resolved(nlp, text)
    assert (found[0][2], found[0][3]) == (None, "unnamed")


def test_a_firm_named_with_its_trade_is_an_organisation(nlp):
    text = "Drugmaker Veltrix said it would file for approval. The company said the trial ended."
    found = resolved(nlp, text)
    assert [name for _, _, name, _ in found] == ["Veltrix", "Veltrix"]


def test_a_source_named_in_apposition_is_named(nlp):
    text = "A department spokesperson, Rita Vance, said the staff were safe."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == ("Rita Vance", "named")


def test_a_participle_after_the_reported_clause_goes_on_with_the_reporter(nlp):
    text = 'Governor Ellen Marsh said that the state will adopt the plan, calling it "a relief."'
    found = {cue: name for cue, _, name, _ in resolved(nlp, text)}
    assert found["calling"] == "Ellen Marsh"


def test_a_lede_title_is_the_person_named_next(nlp):
    text = ("The riots were organised by foes of the republic, the president has said.\n\n"
            "Speaking to reporters, Tom Varga said the organisers had been identified.")
    found = resolved(nlp, text)
    assert found[0][1] == "the president" and found[0][2] == "Tom Varga"


def test_the_company_is_a_one_word_firm_the_tagger_read_as_a_person(nlp):
    from spacy.tokens import Doc

    text = "Veltrix's new vaccine is safe in children, the drugmaker said on Monday."
    parsed = nlp(text)
    # the small model reads some one-word firm names as people's: tag it so
    ents = ["B-PERSON" if t.text == "Veltrix" else "O" for t in parsed]
    doc = Doc(parsed.vocab, words=[t.text for t in parsed],
              spaces=[bool(t.whitespace_) for t in parsed], heads=[t.head.i for t in parsed],
              deps=[t.dep_ for t in parsed], pos=[t.pos_ for t in parsed],
              tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed], ents=ents,
              sent_starts=[t.is_sent_start for t in parsed])
    doc = _through_components(nlp, doc)
    names = {m.id: m.span.text for m in doc._.crosswire_mentions}
    [statement] = doc._.crosswire_statements
    assert statement.speaker_words.text == "the drugmaker"
    assert names.get(statement.speaker_mention) == "Veltrix"


def test_a_hyphenated_given_name_stays_whole(nlp):
    text = "President Lin Mei-hua said on Sunday that the island would not bow to pressure."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == ("Lin Mei-hua", "named")


def test_a_lede_body_is_the_organisation_named_next_and_goes_on_speaking(nlp):
    text = ("The constable will face no discipline after an inquiry cleared her, the "
            "department said Tuesday.\n\n"
            "The review was thorough, the Harbor Police said in a written statement. The department "
            "said the officer had acted within its rules.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [
        ("the department", "Harbor Police"), ("the Harbor Police", "Harbor Police"),
        ("The department", "Harbor Police")]


def test_a_body_named_after_a_person_with_a_possessive_is_an_organisation(nlp):
    text = ("Talks between President Ana Ruiz’s administration and the unions ended Tuesday.\n\n"
            "The administration said it would present a new offer.")
    found = resolved(nlp, text)
    assert found[-1][1] == "The administration"
    assert found[-1][2] == "Ana Ruiz’s administration"


def test_a_party_tag_tells_which_member_a_description_means(nlp):
    text = ("Sen. Alma Ruiz (D-Calif.) and Sen. Bo Kerr (R-Ky.) met on Monday. Talks stalled, "
            "Kerr said.\n\nThe California Democrat told reporters that a vote would come soon.")
    found = [f for f in resolved(nlp, text) if f[1] == "The California Democrat"]
    assert found and found[0][2] == "Alma Ruiz"


def test_words_quoted_in_an_agency_relay_are_the_subjects(nlp):
    text = ('Attorney General Ana Berg addressed "a sharp rise in threats" against teachers on '
            "Tuesday and plans to open inquiries within a month, Agence France-Presse reported.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["addressed"][2] == "Ana Berg"  # the quotation is hers
    assert found["reported"][2] == "Agence France-Presse"  # the plans are the agency's account
    text = "Senator Jane Holm signed the bill on Tuesday, Agence France-Presse reported."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, name) == ("reported", "Agence France-Presse")  # no one's words quoted


def test_a_pronoun_before_the_subject_it_stands_for(nlp):
    text = ("The budget passed on Monday.\n\nWhen she announced the plan on Friday, Governor "
            "Mila Rant said the state would pay for it.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["announced"][1:3] == ("she", "Mila Rant")
    text = ("Tom Weller said on Monday that the vote would wait. When he announced the delay, "
            "Anna Greve said it was a mistake.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["announced"][2] == "Tom Weller"  # someone named before it in its paragraph


def test_a_lede_description_is_the_officer_named_next(nlp):
    text = ("A veteran army commander claimed on Monday that the supply convoys had been held "
            "back for weeks.\n\nLt. Col. Piet Hollander told a radio host that he would testify.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["claimed"][2] == "Piet Hollander" and found["claimed"][3] == "description"
    text = ("A senior official said on Monday that the talks had stalled.\n\nForeign Minister "
            "Ana Vrsk said the talks would go on.")
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["A senior official"][2] is None  # an unnamed source, not the minister


def test_a_name_after_a_title_of_a_place_or_office(nlp):
    text = ("U.S. Special Envoy for Sudan Peter Haldane arrived in Juba Monday, saying that he "
            "hoped the ceasefire would hold.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Peter Haldane"
    text = "Former Secretary of Defense Ana Ruiz said the plan was flawed."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Ana Ruiz" and method == "named"
    text = "Ambassador to Norway Carl Bildt said the talks would go on."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Carl Bildt"


def test_a_subheading_label_is_no_speaker(nlp):
    text = ("The Toronto Star reported on Monday that the panel had met.\n\n"
            "The big picture: An appeals court ruled the curfew unlawful.")
    assert all(f[1] != "The big picture" for f in resolved(nlp, text))


def test_prosecutors_are_a_party_not_an_unnamed_source(nlp):
    text = ("The judge released the defendant on bail despite prosecutors who said he might "
            "flee. Two officials said the ruling was expected.")
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["who"][2] == "prosecutors"
    assert found["Two officials"][2] is None


def test_it_does_not_reach_past_a_person_speaking_in_between(nlp):
    text = ("Russia's army struggles on the ground.\n\nLast month, President Ana Berg presented "
            "a peace plan that called for a withdrawal.\n\nIt also demands that prisoners be "
            "released.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["demands"][2] is None  # the plan speaks, not the army


def test_a_wire_dateline_is_never_the_speaker(nlp):
    text = ("TALLINN (AFP) — The country's president, Aurel Danescu, said on Monday that "
            "the border would reopen next week.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("The country's president", "Aurel Danescu")


def test_a_city_and_colon_opening_a_report_is_no_speaker(nlp):
    text = "Nairobi: President Aurel Danescu could be heard telling aides that the deal was done."
    found = resolved(nlp, text)
    assert [f[0] for f in found] == ["telling"] and found[0][2] == "Aurel Danescu"


def test_a_nationality_word_is_one_person_not_the_people(nlp):
    text = ("Aurel Danescu met the delegation on Monday. The Estonian said the vote had been "
            "fair.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("The Estonian", None)


def test_a_deputy_is_not_the_office_holder_named_before(nlp):
    text = ("Prime Minister Ivo Marek said on Monday that the budget was safe. \"We will not "
            "raise taxes,\" the deputy prime minister said. Vice President Paul Oster agreed. "
            "\"It is final,\" the president said.")
    found = {f[1]: f[2] for f in resolved(nlp, text)}
    assert found["the deputy prime minister"] != "Ivo Marek"
    assert found["the president"] != "Paul Oster"



def test_a_subheading_neither_speaks_nor_is_a_pronouns_antecedent(nlp):
    text = ("Foreign Minister Karl Beck said on Monday that the border would stay closed.\n\n"
            "Ivo Marek's comeback\n\nHe said the talks had been useful and would go on.\n\n"
            "Security\n\nIvo Marek, the opposition leader, has proposed a new tax on fuel.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["said"][2] == "Karl Beck"
    said_again = [f for f in resolved(nlp, text) if f[1] == "He"]
    assert said_again and said_again[0][2] == "Karl Beck"
    assert found["proposed"][1:3] == ("Ivo Marek", "Ivo Marek")


def test_a_statement_speaks_for_the_body_that_issued_it(nlp):
    text = ("The Defence Ministry said in a statement that two soldiers had been wounded. "
            "Minister Tomas Rehak visited the front on Sunday.\n\nThe statement said the army "
            "would respond.\n\nA report said the shelling had stopped.")
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["The statement"][2] == "Defence Ministry"
    assert found["A report"][2] is None


def test_a_hard_wrapped_line_is_no_heading(nlp):
    text = ("Ivo Marek, who has called the fire both an act of sabotage and a betrayal\n"
            "of trust, repeated that the law had to change.")
    found = {f[0]: f for f in resolved(nlp, text)}
    assert found["repeated"][1:3] == ("Ivo Marek", "Ivo Marek")


def test_a_speaker_set_off_inside_a_fronted_phrase_speaks(nlp):
    # the parse hangs "her senior adviser, Jon Berg" on "the Halden Courier": the speaker is
    # the apposition, never the preposition that opens the sentence
    text = ("Marta Kowal has led the union since 2019. In a statement to the Halden Courier, "
            "her senior adviser, Jon Berg, said: \u201cThe union believes the deal is unfair to "
            "tenants.\u201d")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert words == "her senior adviser" and name == "Jon Berg"


def test_a_name_the_parse_made_the_root_speaks_for_the_verb_hung_on_it(nlp):
    text = ("Voters booed the mayor of Halden at the rally. \u201cNot us, but we cannot argue "
            "with it!\u201d Kowal, the head of the union, tweeted on Sunday with a picture of the "
            "hall.")
    found = [f for f in resolved(nlp, text) if f[0] == "tweeted"]
    assert found and found[0][1] == "Kowal"


def test_that_stands_for_the_name_its_noun_describes(nlp):
    text = ("Marta Kowal leads the Halden Tenants Union, a group that argues that rents should "
            "be frozen for two years.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, words, name) == ("argues", "that", "Halden Tenants Union")


def test_a_participle_phrase_between_speaker_and_cue_is_stepped_over(nlp):
    text = ("\u201cWe have had better years than this one,\u201d Halden delegate Jon Berg, wearing a "
            "green hat and a union pin, said as the hall emptied.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][1] == "Halden delegate Jon Berg" and found[0][2] == "Jon Berg"


def test_an_infinitive_on_a_noun_speaks_for_whoever_holds_it(nlp):
    # "held a briefing to brag that": the parse reads the infinitive as a relative clause
    text = ("Mayor Ruta Kalnina on Monday held a surprise press briefing to brag that "
            "unemployment in Halden had fallen below 5 percent.")
    found = [f for f in resolved(nlp, text) if f[0] == "brag"]
    assert found and found[0][2] == "Ruta Kalnina"


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    # "according to a statement from X": the statement is X's words, not an unnamed source
    for text in ("The plant in Halden will close in March, according to a statement from the "
                 "Halden Tenants Union.",
                 "The plant in Halden will close in March, according to the Halden Tenants "
                 "Union's statement."):
        [(cue, words, name, method)] = resolved(nlp, text)
        assert "statement" in words and name == "Halden Tenants Union", (text, words, name)


def test_a_spokesman_for_a_body_is_named_by_the_apposition_on_that_body(nlp):
    # The parser hangs "Lena Ostrova" on "mission", not on "spokeswoman".
    text = ('"We urge both sides to pull back," a spokeswoman for the monitoring mission, '
            "Lena Ostrova, said in Halden.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name, method) == ("a spokeswoman", "Lena Ostrova", "named")


def test_an_office_set_off_after_its_complement_holds_the_name_whatever_the_preposition(nlp):
    # The parser hangs the name on the office's complement ("Brasca", "Velmont"): the name
    # holds the office with it, and a later title-only speaker is that person.
    text = ("The envoy to Brasca, Odile Ferrant, was called home on Monday. The envoy said "
            "she had not been given a reason. The governor from Velmont, Kasim Roe, "
            "criticised the ferry levy. The governor said it would drive traders away.")
    found = resolved(nlp, text)
    said = [(words, name) for cue, words, name, _ in found if cue == "said"]
    assert said == [("The envoy", "Odile Ferrant"), ("The governor", "Kasim Roe")]


def test_a_mention_set_off_after_an_offices_complement_has_that_office_as_role(nlp):
    doc = nlp("The envoy to Brasca, Odile Ferrant, arrived in Lisbon on Monday.")
    roles = {m.span.text: m.role for m in doc._.crosswire_mentions if m.kind == "person"}
    assert roles == {"Odile Ferrant": "envoy to Brasca"}


def test_a_name_set_off_after_a_joint_statements_second_office_speaks_with_the_first(nlp):
    # "Ilse Tarrow" may go untagged; set off after a speaking office, it is still a name.
    text = ("The depot's chief mechanic, Ruben Ost, and the yard foreman, Ilse Tarrow, said in "
            "a memo that the cranes were unsafe. They added that repairs would take a month.")
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    assert [(names.get(s.speaker_mention), [names[c] for c in s.co_speaker_mentions])
            for s in result.statements] == [("Ruben Ost", ["Ilse Tarrow"])] * 2


def test_a_fronted_adverb_phrase_is_no_speaker(nlp):
    text = ("Back in Dravnik, the mayor, Oskar Lintu, said the village had waited three "
            'years for a shelter. "Now two boys are dead," he said.')
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [
        ("the mayor", "Oskar Lintu"), ("he", "Oskar Lintu")]


def test_an_age_names_the_person_the_article_gave_it(nlp):
    text = ("Marta Velin, a 61-year-old farmer, said the shooting lasted an hour. Tomas "
            "Rauk, 47, said he heard nothing. The 61-year-old said she had hidden. "
            "The 47-year-old said he had slept.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found[2:]] == [
        ("The 61-year-old", "Marta Velin"), ("The 47-year-old", "Tomas Rauk")]


def test_an_age_alone_goes_on_with_the_person_just_speaking(nlp):
    text = ('"We will not give up our land," Defence Minister Piotr Halvik told reporters. '
            "The 54-year-old, a former commander, said the patrol had crossed the river.")
    found = resolved(nlp, text)
    assert found[-1][1:] == ("The 54-year-old", "Piotr Halvik", "description")


def test_a_persons_office_speaks_and_another_office_is_not_it(nlp):
    text = ("Defence Minister Piotr Halvik visited the post. Halvik's office later said that "
            "an inquiry had begun. The president's office said the president had called "
            "three leaders.")
    found = resolved(nlp, text)
    # the president's office, no president named, speaks as a body of its own
    assert [(words, name) for _, words, name, _ in found[:2]] == [
        ("Halvik's office", "Halvik's office"),
        ("The president's office", "president's office")]


def test_an_age_the_parser_hung_on_the_verb_is_the_speaker(nlp):
    text = ("The commission's chairman, Justo Mavale, spoke on Monday. \"The count has been "
            'open, it has been observed, and it has been fair," the 62-year-old said.')
    found = resolved(nlp, text)
    assert found[-1][1:3] == ("the 62-year-old", "Justo Mavale")


def test_an_interviewers_question_is_no_statement(nlp):
    text = ("Did your monitors see tally sheets being altered?\n\n"
            "Our monitors did not see that.\n\n"
            "Has the minister said that she will resign?\n\n"
            "Lidia Faro said on Monday that she will resign.")
    assert [(cue, name) for cue, _, name, _ in resolved(nlp, text)] == [("said", "Lidia Faro")]


def test_the_same_noun_after_an_unnamed_source_is_that_source(nlp):
    text = ('"Voting went well," said Kofi Amanor, who leads the mission. A Western diplomat, '
            "who asked not to be named, said the embassies were worried. \"That is the "
            'simplest way," the diplomat said.')
    found = resolved(nlp, text)
    assert found[-1][1:] == ("the diplomat", None, "unnamed")


def test_an_age_guess_skips_a_name_inside_the_reported_words(nlp):
    text = ("The commission's chairman, Justo Mavale, told a news conference in the capital "
            "that Mbele had won 58.4 percent against 36.9 percent for the opposition "
            'candidate, Graça Nhanto.\n\n"The count has been fair," the 62-year-old said.')
    assert resolved(nlp, text)[-1][1:3] == ("the 62-year-old", "Justo Mavale")


def test_an_organisation_apposed_to_a_description_is_the_speaker(nlp):
    text = ("Storms closed the harbour at Maren on Monday. The ferry's operator, Quillmoor "
            "Lines, said that all sailings were cancelled.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] == "Quillmoor Lines" and found[0][3] == "named"


def test_the_place_of_an_office_is_not_its_holder(nlp):
    text = ("Storms flooded the harbour at Hollet on Monday. The mayor of Hollet said "
            "that the town would rebuild the pier.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] != "Hollet"


def test_he_after_the_outlets_credit_line_is_not_the_outlet(nlp):
    text = ("DARNOW, May 4 (Oster Wire) - The port of Darnow stayed closed on Tuesday, the "
            "harbour authority said.\n\nThe harbour master told Oster Wire that the cranes "
            "were damaged. Crews were working through the night, he said.")
    article = Article(id="t", source_path="t.txt", outlet="Oster Wire", title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en",
                      text=text)
    [result] = analyse([article], nlp=nlp)
    assert all(m.kind != "person" for m in result.mentions if m.span.text == "Oster Wire")
    names = {m.id: m.span.text for m in result.mentions}
    spoken = [s for s in result.statements if s.speaker_words and s.speaker_words.text == "he"]
    assert spoken and names.get(spoken[0].speaker_mention) != "Oster Wire"


def test_a_name_with_an_office_apposed_after_it_is_a_person(nlp):
    text = '"We will not sell the pier," said Odile Crannock, the chief executive.'
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en",
                      text=text)
    [result] = analyse([article], nlp=nlp)
    [person] = [m for m in result.mentions if m.span.text == "Odile Crannock"]
    assert person.kind == "person" and person.role == "chief executive"


def test_joint_speakers_are_all_credited(nlp):
    texts = [
        "The mayor, Lena Brandt, and the governor, Otto Ferris, said the bridge would reopen.",
        "Lena Brandt and Otto Ferris said in a joint statement that the bridge would reopen.",
        '"We will rebuild the bridge," said Lena Brandt and Otto Ferris.',
    ]
    for text in texts:
        article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                          published=DateEstimate(None, "unknown", "", 0.0), language="en",
                          text=text)
        [result] = analyse([article], nlp=nlp)
        names = {m.id: m.span.text for m in result.mentions}
        [statement] = result.statements
        assert names[statement.speaker_mention] == "Lena Brandt", text
        assert [names[m] for m in statement.co_speaker_mentions] == ["Otto Ferris"], text


def test_three_joint_speakers_and_no_joint_speaker_for_a_second_verb(nlp):
    def co_speakers(text: str) -> list[list[str]]:
        article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                          published=DateEstimate(None, "unknown", "", 0.0), language="en",
                          text=text)
        [result] = analyse([article], nlp=nlp)
        names = {m.id: m.span.text for m in result.mentions}
        return [[names[m] for m in s.co_speaker_mentions] for s in result.statements]

    assert co_speakers("Lena Brandt, Otto Ferris and Ida Holm said the bridge would "
                       "reopen.") == [["Otto Ferris", "Ida Holm"]]
    assert co_speakers("The Harbour Authority and the Ministry of Transport said the bridge "
                       "would reopen.") == [["Ministry of Transport"]]
    # one speaker who did two things is no joint statement
    assert co_speakers("Lena Brandt arrived on Monday and said the bridge would "
                       "reopen.") == [[]]


def test_two_bare_titles_before_a_name_are_that_one_persons(nlp):
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en",
                      text="Writer and director Tomas Feld said on Monday that the film would "
                           "open in May. The mayor and Governor Ana Ruiz said the bridge would close.")
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    titled, joint = result.statements
    assert names[titled.speaker_mention] == "Tomas Feld" and not titled.co_speaker_mentions
    assert titled.speaker_words.text == "Writer and director Tomas Feld"
    # a title with a determiner is a second speaker
    assert [names[m] for m in joint.co_speaker_mentions] == ["Ana Ruiz"]


def test_a_state_named_by_its_people_speaks(nlp):
    text = ("Ozmeria said on Monday that its patrol had never crossed the river. The Karsenian "
            "government says Ozmerian soldiers fired first.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [
        ("Ozmeria", "Ozmeria"), ("The Karsenian government", "Karsenian government")]


def test_an_interviews_answers_are_the_interviewees(nlp):
    intro = ("The Harbour Gazette spoke to Ida Holm, the chief engineer of the port authority, "
             "about the collapse of the northern pier.\n\n")
    turns = ("Q: When did you first see cracks in the pier?\n\n"
             "A: In March. We reported them to the council the same week.\n\n"
             "Q: Was the pier safe for lorries?\n\n"
             "A: No. It was never designed for that weight.")
    def answers(text: str) -> list[str | None]:
        return [name for cue, words, name, _ in resolved(nlp, text) if words == "A"]

    # the interviewer's "Q" turns stay unresolved
    assert [(words, name) for _, words, name, _ in resolved(nlp, intro + turns)] == [
        ("Q", None), ("A", "Ida Holm"), ("Q", None), ("A", "Ida Holm")]
    # two people in the introduction: whose answers they are is not said
    two = intro.replace("about the collapse", "and to the mayor, Otto Ferris, about the collapse")
    assert answers(two + turns) == [None, None]
    # a report that names many people: the paragraph leading into the turns says whose
    report = ("Mayor Otto Ferris said on Monday that the pier would be rebuilt.\n\n"
              "In an interview after the session, Ida Holm said she had "
              "warned the council twice.\n\n")
    assert answers(report + turns) == ["Ida Holm", "Ida Holm"]


def test_a_description_is_no_guess_for_a_speaker_of_another_office(nlp):
    text = ('Mayor Lena Brandt said on Monday that the pier would stay closed. "The cables are '
            'corroded," the engineer said. "Nobody will walk on it," the official said.')
    found = resolved(nlp, text)
    # the mayor is no engineer, but "the official" is wide enough to be her
    assert [(words, name) for _, words, name, _ in found] == [
        ("Mayor Lena Brandt", "Lena Brandt"), ("the engineer", None),
        ("the official", "Lena Brandt")]


def test_a_name_described_before_the_cue_speaks_however_parsed(nlp):
    texts = [
        "In an interview with the Gazette, Lena Brandt, who heads the harbour pilots' union, "
        "said her members had warned the council for years.",
        "Ines Carvalho, the former Portuguese international who co-chairs the athletes' "
        "commission, said sponsors had begun to ask questions.",
    ]
    for text in texts:
        [found] = [f for f in resolved(nlp, text) if f[0] == "said"]
        assert found[1] in ("Lena Brandt", "Ines Carvalho"), text


def test_joint_speakers_named_after_a_plural_office_and_they_after_them(nlp):
    def joint(text: str) -> list[tuple[str | None, list[str]]]:
        article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                          published=DateEstimate(None, "unknown", "", 0.0), language="en",
                          text=text)
        [result] = analyse([article], nlp=nlp)
        names = {m.id: m.span.text for m in result.mentions}
        return [(names.get(s.speaker_mention), [names[m] for m in s.co_speaker_mentions])
                for s in result.statements]

    both = ("The council's legal director, Marguerite Daal, and its secretary-general, Nadia "
            "Kourani, said in a joint statement that the complaint had been logged. They said "
            "the decision to wait had been taken to protect the vote.")
    assert joint(both) == [("Marguerite Daal", ["Nadia Kourani"])] * 2
    chairs = ("The chairs of the athletes' commission, Tomasz Wilk and Ines Carvalho, said in "
              "a joint letter that players had lost faith.")
    [(first, others)] = joint(chairs)
    assert (first, others) == ("Tomasz Wilk", ["Ines Carvalho"])
    # someone else spoke between: "they" is no longer the pair
    later = both.replace(" They said", " Mayor Otto Ferris said the council was right. They said")
    assert joint(later)[-1][1] == []


def test_a_body_of_another_kind_is_not_the_one_just_speaking(nlp):
    text = ("The Ozmerian handball federation said it had serious concerns about the testimony. "
            "The council said in a statement that the claims were half-truths.")
    assert [name for _, _, name, _ in resolved(nlp, text)][-1] is None
    text = ("The Capitol Police said two officers were hurt. The department said it would "
            "review its plans.")
    assert [name for _, _, name, _ in resolved(nlp, text)] == ["Capitol Police"] * 2


def test_a_former_international_is_a_sportsperson_just_named(nlp):
    text = ('Ines Carvalho said the testimony was devastating. "If even half of this is true, '
            'the president cannot stay," the former Portuguese international said.')
    assert [name for _, _, name, _ in resolved(nlp, text)] == ["Ines Carvalho"] * 2


def test_a_lede_description_after_a_dateline_is_the_person_named_next(nlp):
    text = ("NORDHAVEN, April 15 - The man whose evidence triggered the crisis told an ethics "
            "hearing on Tuesday that he had been ordered to move payments.\n"
            "Pieter Almquist, the finance director until his dismissal, testified for hours.")
    [(_, words, name, _)] = resolved(nlp, text)
    assert (words, name) == ("The man", "Pieter Almquist")


def test_a_reply_is_the_person_asked_not_the_questioner(nlp):
    text = ("At the hearing, councillor Ada Brenn asked Hugo Teller, the port's director, about "
            'the cargo. "We checked every container," he replied.')
    replied = [f for f in resolved(nlp, text) if f[0] == "replied"]
    assert replied and replied[0][1:] == ("he", "Hugo Teller", "pronoun")


def test_a_reply_to_someone_described_is_the_holder_of_that_role(nlp):
    text = ("Tobin Marsh, the harbour master, opened the quay on Monday. Senator Paul Redding "
            'asked the harbour master whether the cranes were safe. "Not to my knowledge," '
            "he replied.")
    replied = [f for f in resolved(nlp, text) if f[0] == "replied"]
    assert replied and replied[0][2] == "Tobin Marsh"


def test_a_reply_to_someone_the_text_does_not_name_is_not_the_questioners(nlp):
    text = ('Senator Paul Redding asked the director whether the agency had known. "Not to my '
            'knowledge," he replied.')
    replied = [f for f in resolved(nlp, text) if f[0] == "replied"]
    assert replied and replied[0][1:] == ("he", None, "unresolved")


def test_asked_with_no_one_named_leaves_the_reply_to_the_subject(nlp):
    text = ('Mayor Ana Lind toured the quay. Asked whether the quay would reopen, she replied: '
            '"Next week."')
    replied = [f for f in resolved(nlp, text) if f[0] == "replied"]
    assert replied and replied[0][2] == "Ana Lind"


def test_a_colon_quote_after_summed_up_is_its_subjects(nlp):
    text = ("Mayor Ana Lind spoke first. A retired nurse summed up the feeling in the hall: "
            '"We were left alone."')
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, words, name, method) == ("summed", "A retired nurse", None, "unnamed")


def test_a_colon_quote_after_a_particle_verb_with_its_object_between(nlp):
    text = 'Mayor Ana Lind spoke first. Lars Pim, a trader, summed it up: "We were left alone."'
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (cue, name) == ("summed", "Lars Pim")



def test_a_date_opening_the_sentence_is_no_part_of_the_speakers_name(nlp):
    text = ("The harbour board met on Monday to weigh the cost of dredging. In August Teodor Marsh "
            "told reporters that the channel was too shallow. Last June Marsh said the "
            "work could wait. In May Mayor Lena Quist said the boats were at risk.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [
        ("Teodor Marsh", "Teodor Marsh"), ("Marsh", "Marsh"), ("Mayor Lena Quist", "Lena Quist")]


def test_a_name_the_parse_read_into_an_opening_date_still_speaks(nlp):
    text = ("Dredging of the channel stopped on Monday after a barge ran aground. "
            "On Tuesday Okonkwo said the channel would reopen within a week.")
    found = resolved(nlp, text)
    assert [(words, name) for _, words, name, _ in found] == [("Okonkwo", "Okonkwo")]


def test_an_office_written_as_a_title_before_a_given_name_is_the_role_not_the_name(nlp):
    text = ("The county closed two bridges on Monday after a flood. Councilwoman Rita Amadi said "
            "the detour would add an hour. Chief Executive Paul Venn of the road agency said repairs "
            "would start in spring.")
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    people = {m.span.text: m.role for m in result.mentions if m.kind == "person"}
    assert people == {"Rita Amadi": "Councilwoman", "Paul Venn": "Chief Executive"}


def test_titled_joint_speakers_keep_their_order_however_the_parse_hangs_them(nlp):
    text = ("Floodwater reached the square on Friday. Local MP Gareth Howells and council leader "
            "Moira Chen said in a joint statement that the defences must be raised.")
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    [statement] = result.statements
    assert names[statement.speaker_mention] == "Gareth Howells"
    assert [names[m] for m in statement.co_speaker_mentions] == ["Moira Chen"]


def test_a_description_owned_by_a_body_is_no_guess_for_a_speaker_of_another(nlp):
    text = ("Nurses will vote on the offer this week. Health Minister Daniel Okoro said the "
            "government had found the money. The union's leader said she would back the offer.")
    found = resolved(nlp, text)
    leader = [f for f in found if f[1] == "The union's leader"]
    assert leader and leader[0][2] is None


def test_a_participle_after_in_addition_to_speaks_for_the_clauses_subject(nlp):
    text = ("The tax bill passed on Monday. In addition to stating that the levy was unfair, "
            "Councillor Ines Ramos vowed to repeal it.")
    found = resolved(nlp, text)
    stating = [f for f in found if f[0] == "stating"]
    assert stating and stating[0][2] == "Ines Ramos"


def test_a_report_or_survey_speaks_for_whoever_issued_it(nlp):
    for text, issuer in (
            ("The Transport Ministry's monthly report shows that rail traffic fell by a fifth "
             "in May.", "Transport Ministry"),
            ("A survey by the Harbor Institute found that most commuters want more buses.",
             "Harbor Institute")):
        [(cue, words, name, method)] = resolved(nlp, text)
        assert name == issuer, (text, words, name, method)


def test_a_report_with_no_issuer_stays_an_unnamed_source(nlp):
    text = "A report released on Monday found that most commuters want more buses."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name is None and method == "unnamed"


def test_it_after_a_country_acting_as_the_subject_is_that_country(nlp):
    text = "Norway will send 200 engineers to rebuild the bridge, it said on Friday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name, method) == ("it", "Norway", "pronoun")


def test_it_after_a_country_something_happened_to_stays_unresolved(nlp):
    text = "Floods hit Norway on Monday. The damage was severe, it said."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name is None


def test_it_after_a_report_goes_on_with_the_report_not_an_earlier_body(nlp):
    text = ("The Harbor Institute criticised the plan. A new report by the Transport Agency "
            "came out on Monday. It suggests that most commuters want more buses.")
    found = [f for f in resolved(nlp, text) if f[1] == "It"]
    assert found and found[0][2] == "Transport Agency"
    text = ("The Harbor Institute criticised the plan. A new report came out on Monday. "
            "It suggests that most commuters want more buses.")
    found = [f for f in resolved(nlp, text) if f[1] == "It"]
    assert found and found[0][2:] == (None, "unnamed")


def test_a_pronoun_after_the_report_is_its_subject_when_no_one_else_fits(nlp):
    text = ("Oregon Gov. Marta Quill (D) is sending park rangers to Idaho to help fight the "
            "wildfires, she announced Monday.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name, method) == ("she", "Marta Quill", "pronoun")


def test_a_pronoun_after_the_report_prefers_the_person_named_before_it(nlp):
    text = "Mayor Tom Reyes met Dana Fuller. Fuller will resign next month, he said."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Tom Reyes"


def test_a_lede_official_who_spoke_is_the_one_the_next_sentence_names_in_apposition(nlp):
    text = ("Auditors summoned a former Treasury official who had promised to reopen the "
            "tax files. The official, Marvin Kettle, had led the review for a year.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("who", "Marvin Kettle")


def test_her_office_speaks_for_her(nlp):
    text = "Sen. Lena Hart will oppose the harbour plan, her office said on Monday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (words, name) == ("her office", "Lena Hart")


def _joint(nlp, text: str) -> list[tuple[str | None, list[str]]]:
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    return [(names.get(s.speaker_mention), [names[m] for m in s.co_speaker_mentions])
            for s in result.statements if s.speaker_words.text.lower() == "they"]


def test_they_after_a_subject_of_named_conjuncts_is_those_named(nlp):
    assert _joint(nlp, "Ana Ruiz and Tom Berg met the miners on Monday. They said the pits "
                       "would stay open.") == [("Ana Ruiz", ["Tom Berg"])]
    assert _joint(nlp, "Halvorsen and its partner Quillfield Bio will apply for approval of "
                       "the tablet “within weeks,” they said.") == [
        ("Halvorsen", ["Quillfield Bio"])]


def test_they_after_two_countries_is_not_a_joint_statement(nlp):
    assert _joint(nlp, "Norway and Sweden signed the pact. They said it would last.") == [
        (None, [])]


def test_lets_is_no_speaker(nlp):
    text = "Mayor Ruiz has unveiled another plan. Let’s look back at the week."
    assert [words for _, words, _, _ in resolved(nlp, text)] == ["Mayor Ruiz"]


def test_the_company_is_the_firm_just_speaking_not_a_name_modifying_its_product(nlp):
    text = ("Drugmaker Halvorsen told investors Monday that its oral COVID-19 pill cut deaths "
            "among older patients by a third.\n\nThe company said it would shortly apply to "
            "regulators for approval of the pill.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The company"] == "Halvorsen"


def test_a_bodys_officer_in_apposition_speaks_not_the_body(nlp):
    text = ("Harbour Pilots Union (HPU) Chairwoman Edda Lynn Morlan on Friday warned that the "
            "strike could spread to three more ports.")
    first = resolved(nlp, text)[0]
    assert first[0] == "warned" and first[2] == "Edda Lynn Morlan"


def test_a_pronoun_goes_on_with_a_speaker_named_by_description(nlp):
    text = ("President Mara Quint met Prime Minister Olav Brekke in Oslo on Monday. Brekke said "
            "the talks had gone well.\n\nThe president said her country would send more aid. "
            "She added that a new treaty was possible.")
    added = [f for f in resolved(nlp, text) if f[0] == "added"]
    assert added and added[0][2] == "Mara Quint"


def test_a_noun_that_names_no_one_speaks_when_a_name_is_set_beside_it(nlp):
    text = ("Foreign Minister Ana Costa told reporters that talks would resume. Her "
            "counterpart, Lars Eng, said he was less hopeful.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] == "Lars Eng"


def test_an_object_pronoun_of_a_persons_own_verb_is_not_their_gender(nlp):
    text = ("Governor Dan Price told lawmakers that Senator Ruth Hale had assured him the bill "
            "would pass. Hale denied it. She said she never made such a promise.")
    last = resolved(nlp, text)[-1]
    assert last[1] == "She" and last[2] is not None and "Hale" in last[2]


def test_one_of_a_group_is_an_unnamed_source(nlp):
    text = ("According to two officials familiar with the talks, the deal is close. One of "
            "them said a signing could come this week.")
    last = resolved(nlp, text)[-1]
    assert last[0] == "said" and last[3] == "unnamed"


def test_relative_pronoun_after_a_named_apposition_is_that_name(nlp):
    # the apposition names a person, so "who" is that person, not the group before it
    text = ("The mayor faces growing anger from Republicans, especially Councillor Ines Maro, "
            "who has accused the town of neglecting the roads.")
    found = [f for f in resolved(nlp, text) if f[0] == "accused"]
    assert found and found[0][1] == "who" and found[0][2] == "Ines Maro"


def test_a_name_after_according_to_speaks_though_the_tagger_missed_it(nlp):
    text = "Florida could see 20,000 new cases next week, according to Ines Darrow, a researcher."
    found = [f for f in resolved(nlp, text) if f[0] == "according to"]
    assert found and found[0][2] == "Ines Darrow"


def test_a_wide_role_noun_no_one_spoke_under_is_the_subject_named_before(nlp):
    # no one has spoken yet and no one holds "executive": the mayor the story is about
    text = ("Mayor Lena Holt shut the city's public pools for the summer on Tuesday.\n\n"
            "The city's chief executive said she regretted the closure but saw no other way.")
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] == "Lena Holt" and found[0][3] == "description"


def test_a_narrow_role_noun_is_not_the_subject_named_before(nlp):
    # "engineer" is no wide role noun: the plumber named before is not taken for it
    text = "Tom Brandt, a plumber, fixed the leak on Monday. The engineer said the pipes were old."
    found = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert found and found[0][2] is None


def test_an_analysis_or_audit_speaks_for_whoever_made_it(nlp):
    found = resolved(nlp, "Shipping costs rose by a third last year, according to an analysis "
                          "by the Harbor Trade Board.")
    assert [f[2] for f in found] == ["Harbor Trade Board"]
    found = resolved(nlp, "The Tessel Water Authority's audit found that the pipes were older "
                          "than records showed.")
    assert [f[2] for f in found] == ["Tessel Water Authority"]


def test_a_document_named_with_its_issuer_before_it_speaks_for_the_issuer(nlp):
    # the issuer's name compounded with the document ("Ministry statistics")
    text = ("Robberies fell by 12 percent last year, according to official Interior Ministry "
            "statistics released on Monday.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Interior Ministry"


def test_the_order_speaks_for_who_signed_it(nlp):
    # "the order" goes back past a mention binding no one to the order someone signed
    text = ("Governor Lena Holt signed an executive order on Friday that bars towns from "
            "closing schools.\n\nThe executive order, released on Friday, takes effect at "
            "once.\n\nAccording to the order, towns that do not comply will lose funding.")
    found = [f for f in resolved(nlp, text) if f[1] == "the order"]
    assert found and found[0][2] == "Lena Holt"


def test_a_document_is_not_the_word_of_who_talks_about_it(nlp):
    # Lund criticised the audit and spoke in its sentence, but did not issue it
    text = ("Mayor Pia Lund criticised the audit on Tuesday and said it was unfair to the "
            "council.\n\nAccording to the audit, the town overspent on roads for six years.")
    found = [f for f in resolved(nlp, text) if f[1] == "the audit"]
    assert found and found[0][2] != "Pia Lund"


def test_a_party_that_obtained_a_document_did_not_issue_it(nlp):
    # seeing, obtaining or leaking a text is not issuing it; releasing or issuing it is
    for text in ("A memo seen by the Harbor Ledger says that the Valmont Shipping Company "
                 "paid its fines late.",
                 "Documents obtained by the Harbor Ledger show that the Valmont Shipping "
                 "Company paid its fines late."):
        [(cue, words, name, method)] = resolved(nlp, text)
        assert name != "Harbor Ledger" and method == "unnamed", text
    text = ("A statement issued by the Valmont Shipping Company said that its fines were "
            "paid on time.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Valmont Shipping Company"


def test_data_named_with_its_issuer_speaks_for_it(nlp):
    # the parser's lemma of "data" is "datum": the word itself names the text
    text = "Agriculture Department data showed on Tuesday that grain exports rose in March."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Agriculture Department"


def test_a_text_restated_by_an_apposition_keeps_its_issuer(nlp):
    # the parser makes the apposition a second subject of "showed"; it restates the report
    # (or, taking "report" for a verb, the phrase before the comma a clause of "showed")
    for text in ("The monthly housing starts report from the Commerce Department on Friday, "
                 "the first data since the storm, also showed that builders slowed down.",
                 "The weekly mortgage rates report from the Housing Agency on Monday, the "
                 "clearest data on the market's mood, also showed that lending fell in June."):
        [(cue, words, name, method)] = resolved(nlp, text)
        assert name in ("Commerce Department", "Housing Agency"), text
    text = "On Monday, the data showed that lending fell in June."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert method == "unnamed"


def test_the_head_of_a_body_is_no_guess_for_the_person_the_story_is_about(nlp):
    # the role belongs to a body no one named is said to serve: unresolved, not the protagonist
    text = ("Dr. Lena Ostrova and Senator Paul Brandt argued at a hearing on Tuesday over the "
            "outbreak, which the head of the Global Health Council has said deserves more study.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the head of the Global Health Council"] is None


def test_a_wide_role_of_no_body_is_still_a_guess_for_the_protagonist(nlp):
    text = "Mayor Ilse Varden shut the pools on Tuesday. The city's chief executive said the water was unsafe."
    [(_, words, name, _)] = resolved(nlp, text)
    assert (words, name) == ("The city's chief executive", "Ilse Varden")


def test_the_senator_is_the_person_named_under_the_abbreviated_title(nlp):
    # the last speaker is a scientist: only "Sen." says who "the senator" is
    text = ("Sen. Mara Quill, R-Ohio, grilled Dr. Tomas Berg at a hearing on Tuesday.\n"
            "Berg, the country's top vaccine scientist, defended the program and cited new data.\n"
            "The senator said the data had been hidden for months.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["The senator"] == "Mara Quill"


def test_the_governor_is_gov_so_and_so_though_critics_spoke_between(nlp):
    text = ("Gov. Dana Whitlock signed the budget on Friday. Critics in the legislature, led by "
            "Rep. Omar Haddad, attacked the plan.\n\"This is a disgrace,\" the governor said.")
    found = {words: name for _, words, name, _ in resolved(nlp, text)}
    assert found["the governor"] == "Dana Whitlock"


def test_a_definite_plural_of_people_goes_on_with_a_joint_statement(nlp):
    def speakers(text: str) -> list[tuple[str | None, list[str]]]:
        article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                          published=DateEstimate(None, "unknown", "", 0.0), language="en",
                          text=text)
        [result] = analyse([article], nlp=nlp)
        names = {m.id: m.span.text for m in result.mentions}
        return [(names.get(s.speaker_mention), [names[m] for m in s.co_speaker_mentions])
                for s in result.statements]

    joint = "Lena Brandt and Otto Ferris said on Monday that the toll was unfair. "
    assert speakers(joint + "The two lawmakers argued that drivers had paid enough.")[-1] == (
        "Lena Brandt", ["Otto Ferris"])
    # other people, or some of a group, are not the two who spoke
    assert speakers(joint + "The other lawmakers argued that drivers had paid enough.")[-1] == (
        None, [])
    assert speakers(joint + "Several lawmakers argued that drivers had paid enough.")[-1] == (
        None, [])


def test_an_and_inside_a_body_name_titling_a_person_joins_no_speakers(nlp):
    # the office's body has "and" in its name: one person speaks, with no co-speaker
    text = ("Health and Social Care (HSC) Minister Ivo Brandt said on Monday that the "
            "wards would reopen.")
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    [statement] = result.statements
    assert names[statement.speaker_mention] == "Ivo Brandt"
    assert statement.co_speaker_mentions == []


def test_a_czar_is_an_office_that_goes_back_to_the_last_speaker(nlp):
    text = ('Dr. Lena Brandt has admitted a mistake in her flood guidance, apologizing by '
            'saying, "My error." The county flood czar had told the Gazette on Monday that '
            "the river would crest by the weekend.")
    told = [f for f in resolved(nlp, text) if f[0] == "told"]
    assert told == [("told", "The county flood czar", "Lena Brandt", "description")]


def test_a_surname_the_tagger_read_as_a_plural_is_the_person(nlp):
    # "Hodges" opening a sentence is tagged a plural noun, like "Officials"
    said = resolved(nlp, "Carla Hodges spoke on Monday. Hodges said the plan would fail.")
    assert said == [("said", "Hodges", "Hodges", "named")]
    said = resolved(nlp, "Officials met on Monday. Officials said the plan would fail.")
    assert said == [("said", "Officials", None, "unnamed")]


def test_an_orders_issuer_is_the_name_after_from_though_parsed_as_a_subject(nlp):
    from spacy.tokens import Doc

    text = ("Crews were told to leave the site, according to an order from Port Commissioner "
            "Oren Vass obtained by the Tribune.")
    parsed = nlp(text)
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    # as the parser reads some names: "Vass" the subject of "obtained", "from" left bare
    vass, obtained = (next(t.i for t in parsed if t.text == w) for w in ("Vass", "obtained"))
    heads[vass], deps[vass] = obtained, "nsubj"
    heads[obtained], deps[obtained] = parsed[0].head.i, "advcl"
    doc = Doc(parsed.vocab, words=[t.text for t in parsed],
              spaces=[bool(t.whitespace_) for t in parsed], heads=heads, deps=deps,
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
              sent_starts=[t.is_sent_start for t in parsed])
    doc = _through_components(nlp, doc)
    names = {m.id: m.span.text for m in doc._.crosswire_mentions}
    said = [s for s in doc._.crosswire_statements if s.cue and s.cue.text == "according to"]
    assert said and names.get(said[0].speaker_mention) == "Oren Vass"


def test_testimony_from_someone_is_their_word(nlp):
    said = resolved(nlp, "The tape was made in June at the farm, according to testimony from "
                         "Hal Denton, a state investigator.")
    assert said and said[0][2] == "Hal Denton"


def test_an_office_the_tagger_took_for_a_body_is_the_person_set_off_after_it(nlp):
    said = resolved(nlp, "On Friday, Norvex VP of Public Affairs, Dara Quint, announced that "
                         "the ban would last two years.")
    assert said and said[0][0] == "announced" and said[0][2] == "Dara Quint"
    said = resolved(nlp, "The Harbor Council, the city's oldest board, announced that the pier "
                         "would close.")
    assert said and said[0][2] == "Harbor Council"


def test_a_title_left_as_the_subject_by_a_sentence_split_at_its_stop_is_the_name_after(nlp):
    from spacy.tokens import Doc

    # "He fled, said Dunmore police Lt. Aldo Pressler." as the parser splits it at "Lt."
    rows = [  # word, head, dep, pos, tag, entity, space after
        ("He", 1, "nsubj", "PRON", "PRP", "O", True), ("fled", 3, "ccomp", "VERB", "VBD", "O", False),
        (",", 3, "punct", "PUNCT", ",", "O", True), ("said", 3, "ROOT", "VERB", "VBD", "O", True),
        ("Dunmore", 5, "compound", "PROPN", "NNP", "B-GPE", True),
        ("police", 6, "compound", "NOUN", "NN", "O", True), ("Lt", 3, "nsubj", "PROPN", "NNP", "O", False),
        (".", 3, "punct", "PUNCT", ".", "O", True), ("Aldo", 9, "compound", "PROPN", "NNP", "B-PERSON", True),
        ("Pressler", 9, "ROOT", "PROPN", "NNP", "I-PERSON", False), (".", 9, "punct", "PUNCT", ".", "O", False),
    ]
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, spaces=[r[6] for r in rows], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=["say" if w == "said" else w.lower() for w in words], ents=[r[5] for r in rows],
              sent_starts=[i in (0, 8) for i in range(len(rows))])
    doc = _through_components(nlp, doc)
    names = {m.id: m.span.text for m in doc._.crosswire_mentions}
    said = [s for s in doc._.crosswire_statements if s.cue and s.cue.text == "said"]
    assert said and names.get(said[0].speaker_mention) == "Aldo Pressler"


def test_a_lede_description_is_not_someone_the_next_lines_tell_things_befell(nlp):
    text = ("A dismissed accountant stormed into his former firm with a rifle, a police "
            "sergeant said on Tuesday.\nA receptionist, Ada Lind, was killed and two partners, "
            "Per Holm and Olaf Brandt, were hurt.\nBrandt was treated for a leg wound overnight, "
            "while Holm had not yet woken up.")
    said = [f for f in resolved(nlp, text) if f[0] == "said"]
    assert said and said[0][1] == "a police sergeant" and said[0][2] is None


def test_a_role_introduced_with_a_and_no_name_is_not_the_last_speaker(nlp):
    # "a guard knocked ... the guard told Ms. X": someone the article never names, not the
    # woman who spoke just before (and here is told)
    text = ('"We waited at the gate for an hour," Ms. Petra Lindqvist said. A police officer '
            "knocked at the gate at noon. The officer told Ms. Lindqvist to wait in the yard. "
            '"Stay inside," the officer said.')
    found = [f for f in resolved(nlp, text) if f[1] != "Ms. Petra Lindqvist"]
    assert [(f[2], f[3]) for f in found] == [(None, "unresolved"), (None, "unresolved")]


def test_a_role_said_of_a_name_is_still_that_persons(nlp):
    text = ('"Nobody left the block," Oskar Brandt said on Monday. He is an officer in the '
            'northern district. "We searched every room," the officer said.')
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["the officer"][2] == "Oskar Brandt"


def test_it_after_a_body_spoke_by_its_noun_is_that_body(nlp):
    # the body was named as a subject far back; "the navy said" just before is its word
    text = ('The Danish navy said on Sunday that it had detained 14 smugglers near the coast. '
            'The smugglers had boarded a cargo ship off the northern cape late on Saturday and '
            'fired at its crew with rifles. The crew locked themselves in the engine room and '
            'sent a call for help as the ship drifted towards the rocks. Fishing boats nearby '
            'turned away from the area, and the harbour at the cape was closed to traffic for '
            'the night. The weather was calm, and the water in the bay was shallow enough for '
            'small boats to cross it.\n'
            'A patrol boat reached the cargo ship within an hour of the call, the navy said in '
            'a statement. The smugglers would be handed to the coast guard, it said, adding '
            'that the patrol would go on.')
    found = [(f[0], f[2]) for f in resolved(nlp, text) if f[1] == "it"]
    assert found == [("said", "Danish navy"), ("adding", "Danish navy")]


def test_it_after_another_body_acted_is_not_the_body_that_spoke_before(nlp):
    # as above, but a firm is the subject of the sentence between "the navy said" and "it"
    text = ('The Danish navy said on Sunday that it had detained 14 smugglers near the coast. '
            'The smugglers had boarded a cargo ship off the northern cape late on Saturday and '
            'fired at its crew with rifles. The crew locked themselves in the engine room and '
            'sent a call for help as the ship drifted towards the rocks. Fishing boats nearby '
            'turned away from the area, and the harbour at the cape was closed to traffic for '
            'the night. The weather was calm, and the water in the bay was shallow enough for '
            'small boats to cross it.\n'
            'A patrol boat reached the cargo ship within an hour of the call, the navy said in '
            'a statement. A salvage company towed the ship to port at noon. It said the hull '
            'was badly damaged.')
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["It"][2] is None


def test_it_after_a_statement_the_article_said_who_issued_is_the_issuer(nlp):
    text = ("Veldmark Foods issued a statement on Sunday evening mourning its founder. The "
            "statement said she had started the firm in a garage. It said the company would "
            "make no further comment.")
    found = {f[1]: f for f in resolved(nlp, text)}
    assert found["It"][2] == "Veldmark Foods"


def test_a_police_rank_abbreviated_before_the_name_is_no_part_of_the_speaker(nlp):
    # the parser ends the sentence at the rank's stop; the person named after it speaks
    text = ("The road was closed for six hours, said Harbour Police spokesperson Const. Ada "
            "Rinne. Traffic resumed on Saturday.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == ("Ada Rinne", "named")


def test_a_firm_set_off_after_an_employees_phrase_is_the_firm_not_the_employee(nlp):
    text = ("Staff at the depot were sent home early. An employee of a neighbouring business, "
            "Harrow Garden Supplies, said its workers were walked out to the car park.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == (None, "unnamed")


def test_members_described_by_their_party_are_no_named_speaker(nlp):
    text = ("Two state senators, one Democrat and one Republican, asked the council on "
            "Monday to delay the vote.")
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == (None, "unnamed")


def _statements_of(nlp, text: str):
    article = Article(id="t", source_path="t.txt", outlet=None, title=None,
                      published=DateEstimate(None, "unknown", "", 0.0), language="en",
                      text=text)
    [result] = analyse([article], nlp=nlp)
    names = {m.id: m.span.text for m in result.mentions}
    return [(s.speaker_words.text if s.speaker_words else None, names.get(s.speaker_mention),
             [names[m] for m in s.co_speaker_mentions], s.resolution.method)
            for s in result.statements]


def test_they_after_a_plural_subject_is_that_group_not_a_body_named_before(nlp):
    named = ("The Farm Ministry published the new rules on Monday. Hours later, three farm "
             "groups, Norvik Growers, the Tessel Union and the Halden Farmers League, filed a "
             "suit in a district court seeking to halt rules that they say are unlawful.")
    [found] = [f for f in _statements_of(nlp, named) if f[0] == "they"]
    assert found[1:3] == ("Norvik Growers", ["Tessel Union", "Halden Farmers League"])
    unnamed = ("The Farm Ministry published the new rules on Monday. Hours later, three farm "
               "groups filed a suit in a district court seeking to halt rules that they say are "
               "unlawful.")
    [found] = [f for f in _statements_of(nlp, unnamed) if f[0] == "they"]
    assert (found[1], found[3]) == (None, "unnamed")
    # the tagger often reads that "that" as a preposition; it is still the relative
    tagged_apart = ("The Farm Ministry published the new rules on Monday. Three farm groups "
                    "filed a lawsuit on Friday seeking to stop the regulations that they say are "
                    "inconsistent with the law.")
    [found] = [f for f in _statements_of(nlp, tagged_apart) if f[0] == "they"]
    assert (found[1], found[3]) == (None, "unnamed")


def test_they_after_a_party_named_by_its_role_is_still_that_party(nlp):
    text = ("The defence asked the judge on Monday to drop the charges against Ivo Marsh. "
            "Federal prosecutors opposed the motion, although they did not dispute the facts "
            "of the case.")
    found = [f for f in _statements_of(nlp, text) if f[0] == "they"]
    assert [f[1] for f in found] == ["Federal prosecutors"]


def test_a_rank_abbreviation_written_without_its_stop_is_part_of_a_name(nlp):
    # "Det" is a detective's rank only as "Det."; without the stop it opens a firm's name
    text = "The hull passed its survey, Det Varga Skipsverft said in a report on Friday."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert name == "Det Varga Skipsverft"


def test_police_ranks_written_one_after_another_are_no_part_of_the_speaker(nlp):
    # the parser ends a sentence at each rank's stop; the person named after the last speaks
    text = "The ferry was checked at the dock, said Det. Sgt. Lena Voss of the harbour police."
    [(cue, words, name, method)] = resolved(nlp, text)
    assert (name, method) == ("Lena Voss", "named")
