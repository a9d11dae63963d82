"""Statements read through the frame around the cue: whom it tells and where, a question
put to the speaker, a cue the tagger misread, a cue that reports nothing. Invented
sentences, one construction per test."""

from __future__ import annotations

import pytest

from tests.test_attribution import only, statements


def test_that_clause_after_an_audience_and_its_place_is_what_was_told(nlp):
    # the parse hangs the clause on "capital" with "that" as the object of "won", though
    # "won" has an object of its own
    text = ("The board's chairman, Oren Vasquel-Tarmo, told a news conference in the capital "
            "that Tilbury had won 58.4 percent of the vote against 36.9 percent for the "
            "runner-up.")
    told = only(statements(nlp, text), "told")
    assert told.span.text.startswith("that Tilbury had won 58.4 percent")
    assert told.speaker_words.text == "The board's chairman"


def test_relative_clause_on_a_place_after_the_audience_stays_a_relative(nlp):
    # "that" is the object "founded" lacks: a relative clause, not what was told
    text = "Ada Rimsky told the pupils at the school that she founded about her travels."
    assert not [s for s in statements(nlp, text) if s.span.text.startswith("that she founded")]


def test_question_fronted_before_the_answer_is_put_to_the_answerer(nlp):
    # the parse makes "Asked" the root and "said" its auxiliary; the question is put to
    # the one who answers, and the answer is a statement of that speaker
    text = ("Asked about opposition claims that results sheets had been altered in the "
            "northern province of Orvimba, Mossa-Lacuácua said the commission had received "
            "no formal complaint.")
    found = statements(nlp, text)
    said = only(found, "said")
    assert said.span.text == "the commission had received no formal complaint"
    assert said.speaker_words.text == "Mossa-Lacuácua"
    asked = only(found, "Asked")
    assert asked.speaker_words is None
    assert "Mossa-Lacuácua" not in asked.span.text and "said" not in asked.span.text


def test_quote_before_a_said_the_tagger_reads_as_a_noun(nlp):
    # the tagger makes "said" a noun in apposition; the quotation is still the
    # 58-year-old's, and the comma-set participle after it is no cue
    text = '"We will not leave," the 58-year-old said, pointing at the river.'
    said = only(statements(nlp, text), "said")
    assert said.span.text == '"We will not leave,"'
    assert said.speaker_words.text == "the 58-year-old"
    assert said.kind == "direct"


def test_lone_adjective_parsed_as_a_clause_is_no_content(nlp):
    # the parse makes "dead" a clause of "expressed": the object is what was expressed
    text = ('A presidential spokesman, Ivo Tarnović, said the president had expressed her '
            'condolences to the families of the Kelsanian dead but that responsibility for '
            'their deaths lay with "those who sent them across the river".')
    expressed = only(statements(nlp, text), "expressed")
    assert expressed.span.text == "her condolences to the families of the Kelsanian dead"


def test_belief_verb_in_a_clause_of_purpose_is_an_aim(nlp):
    text = "To understand what happened on the river, the Courier spoke to Ada Rimsky."
    assert not [s for s in statements(nlp, text) if s.cue.text == "understand"]
    # a speech verb of purpose is still said
    text = "Mayor Ivo Tarn called a news conference to warn that the dam could break."
    assert only(statements(nlp, text), "warn").span.text == "that the dam could break"


def test_act_foreseen_after_a_word_of_likelihood_is_no_report(nlp):
    text = "Diplomats said the council was likely to discuss the incident on Friday."
    found = statements(nlp, text)
    assert not [s for s in found if s.cue.text == "discuss"]
    assert only(found, "said").span.text == "the council was likely to discuss the incident on Friday"


def test_passive_infinitive_after_an_empty_it_is_an_open_question(nlp):
    text = ("The mayor unveiled a plan for a new tram line, though it remains to be seen "
            "whether the council will fund it.")
    assert not [s for s in statements(nlp, text) if s.cue.text == "seen"]


def test_noun_received_with_its_own_topic_is_no_view_of_the_subject(nlp):
    text = ("The builder and its director are bracing to face charges related to suspected "
            "bribery of planning officials.")
    assert not [s for s in statements(nlp, text) if s.cue.text == "charges"]
    # the view of someone named, about the subject, stays
    text = "The minister drew sharp criticism from opposition lawmakers over the delayed hospital."
    criticism = only(statements(nlp, text), "criticism")
    assert criticism.speaker_words.text == "opposition lawmakers"


def test_subject_that_names_a_state_or_feeling_is_no_speaker(nlp):
    text = "Anxiety in the valley suggests that residents no longer trust the dam operator."
    assert not [s for s in statements(nlp, text) if s.cue.text == "suggests"]
    # a quantity speaks for the people it counts
    text = "Half said the new bridge toll was too high."
    assert only(statements(nlp, text), "said").speaker_words.text == "Half"


def test_state_noun_before_the_noun_that_ends_the_subject_still_speaks(nlp):
    # the parse may make "diseases" the head of "the top wildlife diseases expert"
    text = ("The country's leading wildlife diseases expert said Monday she did not expect "
            "the parks to shut again.")
    said = only(statements(nlp, text), "said")
    assert said.span.text == "she did not expect the parks to shut again"


def test_a_ruling_on_what_was_put_to_the_court_is_no_statement(nlp):
    # a court that turns down an application decides; it asserts nothing
    text = ("The appeals panel on Tuesday rejected a motion from the shipping firm to halt "
            "the new harbour fees.")
    found = statements(nlp, text)
    assert not [s for s in found if s.cue.text == "rejected"]
    # the motion is its maker's, never the panel's
    assert not [s for s in found if s.speaker_words and "panel" in s.speaker_words.text]
    text = "A magistrate in Corvale denied bail to the two dockworkers after a short hearing."
    assert not [s for s in statements(nlp, text) if s.cue.text == "denied"]


def test_denying_a_proposition_is_still_a_statement(nlp):
    text = "The harbour authority denied reports that the new fees would double next year."
    denied = only(statements(nlp, text), "denied")
    assert "the new fees would double" in denied.span.text
    text = "The harbour authority denied that it had raised the fees in secret."
    assert only(statements(nlp, text), "denied").span.text == "that it had raised the fees in secret"


def test_seeing_what_happens_is_no_view(nlp):
    # "see" with a plain object tells what a place or body went through; with "as" or a
    # clause it holds a view
    text = "The port city is seeing a sharp rise in break-ins this winter."
    assert not statements(nlp, text)
    text = "The rule takes effect as the port city is seeing a sharp rise in break-ins."
    assert not statements(nlp, text)
    text = "The dockers' union sees the new contract as a betrayal of its members."
    sees = only(statements(nlp, text), "sees")
    assert sees.span.text == "the new contract as a betrayal of its members"
    text = "Mr. Lund sees his rival as captured by a narrow faction."
    assert only(statements(nlp, text), "sees").span.text == "his rival as captured by a narrow faction"


def test_a_cue_verb_in_what_a_vow_reports_is_no_second_statement(nlp):
    # the union asks, the members would reject: "reject" is the union's request
    text = "The dockers' union urged its members to reject the latest offer from the port."
    found = statements(nlp, text)
    assert only(found, "urged").span.text == "its members to reject the latest offer from the port"
    assert not [s for s in found if s.cue.text == "reject"]
    text = "The island's governor vowed on Sunday to defend its fishing grounds."
    assert [s.cue.text for s in statements(nlp, text)] == ["vowed"]


def test_a_request_ruled_on_is_its_makers(nlp):
    text = ("The appeals panel on Tuesday denied a request from the Harbor Pilots Association "
            "to halt the new fees.")
    request = only(statements(nlp, text), "request")
    assert request.speaker_words.text == "the Harbor Pilots Association"
    assert request.span.text == "to halt the new fees"


@pytest.mark.parametrize("text", [
    "The harbour board wants to double the mooring fees before winter.",
    "The ministry plans to open a second ferry line next spring.",
    "The council decided to postpone the vote on the new bridge.",
    "Growers are seeking to overturn the water ruling in a higher court.",
    "Residents who wanted the library to stay open gathered outside the hall.",
    "The mayor's decision to close the pier angered the anglers.",
])
def test_an_aim_or_decision_is_no_statement(text, nlp):
    # an infinitive after a verb or noun of wanting, planning or deciding says what its
    # holder wants done, not what anyone said or holds true
    assert statements(nlp, text) == []


def test_a_clause_after_a_verb_of_hope_or_decision_is_still_a_view(nlp):
    found = statements(nlp, "The mayor hopes that the new levy will pay for the repairs.")
    assert only(found, "hopes").span.text == "that the new levy will pay for the repairs"
    found = statements(nlp, "The coach decided that the team had trained enough for one week.")
    assert only(found, "decided").speaker_words.text == "The coach"
    # a forecast's infinitive is listed for "expect": the holder's view of what will be
    found = statements(nlp, "The ferry company expects to lose money this winter.")
    assert only(found, "expects").span.text == "to lose money this winter"


def test_what_a_speaker_did_not_say_is_no_statement(nlp):
    assert statements(nlp, "The minister did not say when the talks would resume.") == []
    assert statements(nlp, "The ministry would not say whether the fares would rise.") == []
    # a negated verb with a proposition concedes it, and a negated belief is a view held
    found = statements(nlp, "The port authority did not dispute that the pier was unsafe.")
    assert only(found, "dispute").span.text == "that the pier was unsafe"
    found = statements(nlp, "The mayor not only criticized the tram plan but also called "
                            "it a waste of money.")
    assert only(found, "criticized").span.text == "the tram plan"
    found = statements(nlp, "The chief does not think that the levy will pass.")
    assert only(found, "think").span.text == "that the levy will pass"


def test_a_label_before_a_colon_is_not_what_was_told(nlp):
    text = ("What's happening: Crews will repair the walls in two phases, a county official "
            "told reporters on a Monday evening call.")
    told = only(statements(nlp, text), "told")
    assert told.span.text == "Crews will repair the walls in two phases"
    # a colon inside the quotation is the speaker's own
    text = "\"It comes down to this: the walls must hold,\" the engineer said."
    assert only(statements(nlp, text), "said").span.text.startswith("\"It comes down to this:")


def test_calling_a_race_is_no_statement_but_calling_a_plan_unfair_is(nlp):
    text = "Palmer edged out his rival by 900 votes, and the Gazette called the race at midnight."
    assert statements(nlp, text) == []
    found = statements(nlp, "Critics called the plan unfair to renters.")
    assert only(found, "called").span.text == "the plan unfair to renters"



def test_a_label_before_a_colon_reports_nothing_itself(nlp):
    found = statements(nlp, "What she's saying: \"We will rebuild every wall,\" the mayor "
                            "said at the harbour.")
    said = only(found, "said")
    assert said.speaker_words.text == "the mayor"
    assert not [s for s in found if s.cue and s.cue.text == "saying"]


def test_a_report_the_parse_made_a_conjunct_after_a_comma_reports_the_clause_before(nlp):
    from spacy.tokens import Doc

    from crosswire.nlp.cue_content import complement
    from crosswire.nlp.cues import load_lexicon

    # the parse of "Crews will repair the walls, the county announced Monday" that makes
    # "announced" a conjunct of "repair" (no "and" joins them)
    words = ["Crews", "will", "repair", "the", "walls", ",", "the", "county", "announced",
             "Monday", "."]
    heads = [2, 2, 2, 4, 2, 2, 7, 8, 2, 8, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "punct", "det", "nsubj", "conj",
            "npadvmod", "punct"]
    pos = ["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PROPN",
           "PUNCT"]
    tags = ["NNS", "MD", "VB", "DT", "NNS", ",", "DT", "NN", "VBD", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    start, end = complement(doc[8], "speech", load_lexicon(), has_speaker=True)
    assert doc.text[start:end].rstrip(" ,") == "Crews will repair the walls"
    # joined by "and", the second clause is an event of its own
    words[5] = "and"
    deps[5] = "cc"
    pos[5], tags[5] = "CCONJ", "CC"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert complement(doc[8], "speech", load_lexicon(), has_speaker=True) is None


def test_a_negation_after_the_cue_belongs_to_what_was_said(nlp):
    from spacy.tokens import Doc

    from crosswire.nlp.cue_frames import unsaid

    # a parse that hangs the question's "n't" on "asked": it negates nothing of the asking
    words = ["She", "asked", "whether", "the", "loans", "were", "n't", "late", "."]
    heads = [1, 1, 5, 4, 5, 1, 1, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "neg", "acomp", "punct"]
    # (the question's clause opens with "whether": only the negation's place decides)
    assert not unsaid(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[1])
    words = ["She", "did", "not", "ask", "whether", "the", "loans", "were", "late", "."]
    heads = [3, 3, 3, 3, 7, 6, 7, 3, 7, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"]
    assert unsaid(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[3])


def test_a_fact_that_underscores_something_is_no_speaker(nlp):
    # "underscore" takes a fact as often as a speaker: a thing for its subject is the
    # writer's comment on the fact, no one's statement
    text = "Repeated flooding along the Marrow estuary underscored the risks facing the ferry towns."
    assert not [s for s in statements(nlp, text) if s.cue.text == "underscored"]


def test_a_participle_glossing_an_act_is_the_writers(nlp):
    # hung on a clause that tells an act, "highlighting" glosses the act
    text = ("Engineers closed the Tarven bridge to lorries on Friday, highlighting the decay "
            "of the county's roads.")
    assert not [s for s in statements(nlp, text) if s.cue.text == "highlighting"]


def test_a_speaker_who_underscores_a_point_still_reports_it(nlp):
    text = "Mayor Ilse Varndorf underscored the need for new flood barriers."
    stressed = only(statements(nlp, text), "underscored")
    assert stressed.span.text.startswith("the need for new flood barriers")


def test_a_demonstrative_before_according_to_points_to_the_sentence_before(nlp):
    text = ("Ferry crossings on the Marrow fell by a third in 2023. That's according to a "
            "count released Monday by the port authority.")
    according = only(statements(nlp, text), "according to")
    assert according.span.text == "Ferry crossings on the Marrow fell by a third in 2023"


def test_a_clause_hung_loosely_on_a_root_cue_is_what_was_said(nlp):
    # the parse makes "said" the root and the clause before the comma a loose "dep" noun
    # phrase ("memo" with "called" hung on it), which reads like a citation of a source
    text = ("The March 3 memo called on the council to be blunt in describing damage by the "
            "storms, the aide said. The paper has not seen the memo.")
    said = only(statements(nlp, text), "said")
    assert said.span.text.startswith("The March 3 memo called on the council")
    assert said.speaker_words.text == "the aide"


def test_a_clause_read_as_a_second_subject_of_a_root_cue_is_what_was_said(nlp):
    text = "The June 2 letter urged the council to be open in reporting damage by the floods, the aide said."
    said = only(statements(nlp, text), "said")
    assert said.span.text == "The June 2 letter urged the council to be open in reporting damage by the floods"
    assert said.speaker_words.text == "the aide"


def test_rows_of_figures_after_labels_are_a_list_not_words_said(nlp):
    text = ("Training rose in every corps, spokeswoman Ruth Anselm said.\n"
            "Here are the figures she gave, by corps:\n"
            "Varn Rangers: 40% fully trained, 57% with one course.\n"
            "Tessel Guard: 53% fully trained, 60% with one course.\n"
            "Kessel Fleet: 73% fully trained, 79% with at least one course.")
    assert [s.cue.text for s in statements(nlp, text)] == ["said"]
    # a lone name before a colon in a headline still speaks
    found = statements(nlp, "Okafor: harbour deal is dead\nThe talks ended on Monday.")
    assert [s.span.text for s in found] == ["harbour deal is dead"]
