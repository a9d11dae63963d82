"""Issue finding on invented stories: which words make an issue and how it is labelled."""

from __future__ import annotations

from dataclasses import replace

import crosswire.compare.issues as issues
from crosswire.compare.issue_labels import label_head
from crosswire.compare.issues import excluded_words, find_issues, issue_label, topic_words
from crosswire.compare.word_roots import word_roots
from crosswire.models import (
    Actor,
    Article,
    DateEstimate,
    MergedAnalysis,
    NounPhrase,
    Resolution,
    Statement,
)
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def _article(id_: str, title: str, text: str) -> Article:
    return Article(id_, f"{id_}.txt", f"Paper {id_}", title, UNDATED, "en", text)


def _statement(id_: str, article: Article, words: str, speaker: str) -> Statement:
    return Statement(id_, words_in(article.text, words, article.id), "indirect",
                     found_in(article.text, "said", article.id), None, Resolution("named", 1.0),
                     speaker=speaker)


def _phrases(article: Article, *phrases: str) -> list[NounPhrase]:
    """Noun phrases as the parse records them: the words, the head's lemma, the modifiers."""
    found = []
    for phrase in phrases:
        words = phrase.split()
        found.append(NounPhrase(words_in(article.text, phrase, article.id), words[-1].lower(), words[:-1]))
    return found


def _told(articles: list[Article], said: list[tuple[int, str, str]], people: dict[str, str],
          phrases: list[NounPhrase] | None = None) -> MergedAnalysis:
    """A story of ``articles``: what each speaker (id -> name in ``people``) said, as
    (article index, words, speaker id), and the noun phrases the parse found."""
    statements = [_statement(f"s{n}", articles[k], words, who) for n, (k, words, who) in enumerate(said, 1)]
    actors = [Actor(id_, name, "person", [name], []) for id_, name in people.items()]
    return MergedAnalysis(articles=articles, actors=actors, statements=statements,
                          noun_phrases=phrases or [])


def _with_organisation(story: MergedAnalysis, id_: str, name: str) -> MergedAnalysis:
    """``story`` with one more actor, an organisation that may speak in it."""
    return replace(story, actors=[*story.actors, Actor(id_, name, "organisation", [name], [])])


def _walk_out_story() -> MergedAnalysis:
    a = _article("a", "Union-backed walk-out spreads along the quay",
                 "Union leader Mara Toth said the walk-out would go on until wages rose. "
                 "The union-backed protest closed the quay.")
    b = _article("b", "Port chief condemns union-backed walk-out",
                 "Port chief Ivo Senn said the walk-out was unlawful and must end at once.")
    phrases = (_phrases(a, "walk-out", "union-backed protest", "quay")
               + _phrases(b, "Port chief Ivo Senn", "walk-out"))
    return _told([a, b], [(0, "the walk-out would go on until wages rose", "toth"),
                          (1, "the walk-out was unlawful and must end at once", "senn")],
                 {"toth": "Mara Toth", "senn": "Ivo Senn"}, phrases)


def test_a_hyphenated_noun_is_an_issue_and_a_hyphenated_modifier_is_not():
    [issue] = find_issues(_walk_out_story())
    assert issue.label == "walk-out"
    assert "union-backed" not in issue.terms
    # without a parse to tell a hyphenated noun from a modifier, neither names an issue
    assert all("-" not in term for issue in find_issues(replace(_walk_out_story(), noun_phrases=[]))
               for term in issue.terms)


def _panel_story() -> MergedAnalysis:
    a = _article("a", "Mayor sets up review panel to examine ferry crash",
                 "Mayor Ilse Brandt said the review panel would examine every safety record. "
                 "Harbour pilot Jonas Weir said a review panel was a waste of time.")
    b = _article("b", "City forms review panel to examine the crash",
                 "Councillor Petra Lunde said the review panel must examine the crash in public.")
    phrases = (_phrases(a, "Mayor Ilse Brandt", "review panel", "safety record", "Harbour pilot Jonas Weir",
                        "waste", "time")
               + _phrases(b, "Councillor Petra Lunde", "review panel", "crash", "public"))
    return _told([a, b], [(0, "the review panel would examine every safety record", "brandt"),
                          (0, "a review panel was a waste of time", "weir"),
                          (1, "the review panel must examine the crash in public", "lunde")],
                 {"brandt": "Ilse Brandt", "weir": "Jonas Weir", "lunde": "Petra Lunde"}, phrases)


def test_an_issue_is_labelled_by_a_noun_phrase_not_a_run_ending_in_a_verb():
    assert find_issues(replace(_panel_story(), noun_phrases=[]))[0].label == "review panel to examine"
    [issue] = find_issues(_panel_story())
    assert issue.label == "review panel"


def test_number_words_count_what_an_issue_is_about_and_never_name_it():
    excluded = excluded_words(_walk_out_story())
    assert [form for _, form in topic_words("a pledge of 40 million masks", excluded=excluded)] == [
        "pledge", "mask"]


def test_a_label_names_more_than_the_place_where_the_story_happens():
    a = _article("a", "Airlift leaves Norway as Norway counts stranded",
                 "Consul Dana Moss said the airlift leaves Norway on Friday. "
                 "Pilot Tom Hale said Norway still had stranded travellers in Norway.")
    b = _article("b", "Last airlift leaves Norway",
                 "Minister Eva Lind said the airlift leaves Norway while Norway needs it.")
    phrases = (_phrases(a, "Consul Dana Moss", "airlift", "Norway", "Friday", "Pilot Tom Hale",
                        "stranded travellers") + _phrases(b, "Minister Eva Lind", "airlift", "Norway"))
    story = _told([a, b], [(0, "the airlift leaves Norway on Friday", "moss"),
                           (0, "Norway still had stranded travellers in Norway", "hale"),
                           (1, "the airlift leaves Norway while Norway needs it", "lind")],
                  {"moss": "Dana Moss", "hale": "Tom Hale", "lind": "Eva Lind"}, phrases)
    # "Norway" is the noun phrase the texts use most, but it says where, not what
    assert find_issues(replace(story, noun_phrases=[]))[0].label == "airlift leaves norway"
    assert find_issues(story)[0].label == "airlift"


def test_a_place_named_in_two_words_is_no_issue_any_more_than_one_of_one_word():
    a = _article("a", "Costa Rica unrest deepens as fuel runs short",
                 "Trader Ana Ruiz said Costa Rica had run short of fuel.")
    b = _article("b", "Plotters stirred Costa Rica riots, says leader",
                 "Leader Rui Sol said plotters in Costa Rica had planned the riots.")
    story = _told([a, b], [(0, "Costa Rica had run short of fuel", "ruiz"),
                           (1, "plotters in Costa Rica had planned the riots", "sol")],
                  {"ruiz": "Ana Ruiz", "sol": "Rui Sol"})
    # "costa" and "rica" are no place alone; together they say where, not what
    assert "costa rica" not in [issue.label for issue in find_issues(story)]


def test_the_main_issue_is_what_several_headlines_name_not_two_words_of_one_headline():
    a = _article("a", "Province approves turbine park near coral reef",
                 "Minister Lotta Vary said the turbine park would power many homes. "
                 "Diver Paul Dias said the work would smother the coral reef.")
    b = _article("b", "Divers vow court fight over turbine park",
                 "Paul Dias said the coral reef would not survive the drilling. "
                 "Critic Mia Holt said the coral reef deserved an independent study.")
    story = _told([a, b], [(0, "the turbine park would power many homes", "vary"),
                           (0, "the work would smother the coral reef", "dias"),
                           (1, "the coral reef would not survive the drilling", "dias"),
                           (1, "the coral reef deserved an independent study", "holt")],
                  {"vary": "Lotta Vary", "dias": "Paul Dias", "holt": "Mia Holt"})
    # more statements speak of the reef, but only one headline names it
    assert find_issues(story)[0].label == "turbine park"


def test_the_main_issue_is_what_is_at_stake_not_the_organisation_that_decides_it():
    a = _article("a", "High court lets Ostmark keep its ferry levy",
                 "The High Court of Ostmark said the lower court had erred. "
                 "Skipper Lena Broch said the ferry levy would ruin small crews.")
    b = _article("b", "Ferry levy stays after high court ruling",
                 "The High Court of Ostmark said the high court would hear the case in May. "
                 "The High Court of Ostmark said the court would rule before summer. "
                 "Minister Arno Vik said the ferry levy paid for the new quay.")
    story = _told([a, b], [(0, "the lower court had erred", "court"),
                           (0, "the ferry levy would ruin small crews", "broch"),
                           (1, "the high court would hear the case in May", "court"),
                           (1, "the court would rule before summer", "court"),
                           (1, "the ferry levy paid for the new quay", "vik")],
                  {"broch": "Lena Broch", "vik": "Arno Vik"})
    story = _with_organisation(story, "court", "High Court of Ostmark")
    # more statements name the court than the levy, but the court is who decides
    assert find_issues(story)[0].label == "ferry levy"


def test_a_proposal_no_headline_names_is_never_the_main_issue_and_yields_its_statements():
    a = _article("a", "Rescue flights land in Ostmark",
                 "Mayor Ida Rask said the rescue flights were an important landmark. "
                 "Pilot Omar Hale said the rescue flights were an important landmark for the crews.")
    b = _article("b", "More rescue flights land",
                 "Ida Rask said the rescue flights were an important landmark.")
    story = _told([a, b], [(0, "the rescue flights were an important landmark", "rask"),
                           (0, "the rescue flights were an important landmark for the crews", "hale"),
                           (1, "the rescue flights were an important landmark", "rask")],
                  {"rask": "Ida Rask", "hale": "Omar Hale"})
    # "landmark" follows a stance marker in both articles, yet no one disputes it: the
    # flights the headlines name are the issue, and what is said of them is on it
    [issue] = find_issues(story)
    assert "landmark" not in issue.terms and "flight" in issue.terms
    assert issue.statements == ["s1", "s2", "s3"]


def test_a_headline_word_the_texts_use_as_a_verb_does_not_end_a_label():
    a = _article("a", "Quarry rockfall kills two at Brenn",
                 "Foreman Ulla Berg said the rockfall at the quarry killed two drivers.")
    b = _article("b", "Quarry rockfall kills drivers",
                 "Inspector Karl Moe said the quarry rockfall had been foreseen.")
    phrases = (_phrases(a, "Foreman Ulla Berg", "rockfall", "quarry", "two drivers")
               + _phrases(b, "Inspector Karl Moe", "quarry rockfall"))
    story = _told([a, b], [(0, "the rockfall at the quarry killed two drivers", "berg"),
                           (1, "the quarry rockfall had been foreseen", "moe")],
                  {"berg": "Ulla Berg", "moe": "Karl Moe"}, phrases)
    # "kills" is the headlines' own word; the texts write "killed", heading no noun phrase
    assert "kill" not in find_issues(story)[0].label


def test_a_noun_of_action_in_al_shares_its_verbs_root():
    assert word_roots({"arrival", "arrive", "arrived", "withdrawal", "withdraw"}) == {
        "arrival": "arrive", "arrive": "arrive", "arrived": "arrive",
        "withdrawal": "withdraw", "withdraw": "withdraw"}


def test_the_main_issue_is_a_thing_the_parse_saw_named_before_a_word_that_only_describes():
    a = _article("a", "Tarrow budget raises fees on the wealthy",
                 "Mayor Rita Holm said the budget was balanced. "
                 "Trader Ben Ash said the wealthy would leave town. "
                 "Clerk Ada Lo said the wealthy could afford it.")
    b = _article("b", "Budget plan targets wealthy in Tarrow",
                 "Rita Holm said the budget cut the library. "
                 "Ben Ash said the wealthy paid too little.")
    phrases = (_phrases(a, "Mayor Rita Holm", "budget", "Trader Ben Ash", "town", "Clerk Ada Lo")
               + _phrases(b, "Rita Holm", "budget", "library", "Ben Ash"))
    story = _told([a, b], [(0, "the budget was balanced", "holm"),
                           (0, "the wealthy would leave town", "ash"),
                           (0, "the wealthy could afford it", "lo"),
                           (1, "the budget cut the library", "holm"),
                           (1, "the wealthy paid too little", "ash")],
                  {"holm": "Rita Holm", "ash": "Ben Ash", "lo": "Ada Lo"}, phrases)
    # more statements speak of the wealthy, but "wealthy" heads no noun phrase of the parse
    assert find_issues(story)[0].label == "budget"


def test_headlines_that_share_only_a_speaking_organisations_name_share_no_topic():
    a = _article("a", "High Court rules on quarry permit",
                 "The High Court of Vandel said the court had weighed the quarry permit. "
                 "Miner Jon Falk said the quarry permit saved his job.")
    b = _article("b", "High Court sides with Vandel miners",
                 "Warden Elin Noor said the quarry permit would scar the valley.")
    story = _told([a, b], [(0, "the court had weighed the quarry permit", "court"),
                           (0, "the quarry permit saved his job", "falk"),
                           (1, "the quarry permit would scar the valley", "noor")],
                  {"falk": "Jon Falk", "noor": "Elin Noor"})
    story = _with_organisation(story, "court", "High Court of Vandel")
    # both headlines name the court, which speaks in the story: who rules, not what is at stake
    assert find_issues(story)[0].label == "quarry permit"


def test_a_label_never_joins_its_words_across_a_reporting_verb():
    excluded = excluded_words(_walk_out_story())
    label = issue_label({"levy", "tarrow"}, headlines=["Levy says Tarrow must pay", "Levy says Tarrow can wait"],
                        texts=[], excluded=excluded)
    assert label in {"levy", "tarrow"}


def test_where_the_headlines_share_only_a_word_that_describes_the_things_the_texts_name_stand_beside_it():
    a = _article("a", "Mayor accuses minister of lying",
                 "Mayor Ilse Brandt said the minister was lying. "
                 "Ilse Brandt said the dam loan went to a friend.")
    b = _article("b", "Minister denies lying, defends dam loan",
                 "Minister Omar Vik said the dam loan was lawful.")
    phrases = (_phrases(a, "Mayor Ilse Brandt", "minister", "Ilse Brandt", "dam loan", "friend")
               + _phrases(b, "Minister Omar Vik", "dam loan"))
    story = _told([a, b], [(0, "the minister was lying", "brandt"),
                           (0, "the dam loan went to a friend", "brandt"),
                           (1, "the dam loan was lawful", "vik")],
                  {"brandt": "Ilse Brandt", "vik": "Omar Vik"}, phrases)
    # both headlines share "lying", which heads no noun phrase; one names the loan
    assert find_issues(story)[0].label == "dam loan"


def _rent_story(headlines: tuple[str, str]) -> MergedAnalysis:
    a = _article("a", headlines[0],
                 "Tenant Olga Rusk said housing costs had doubled since spring. "
                 "Landlord Piet Claes said the rail fares kept tenants away.")
    b = _article("b", headlines[1],
                 "Olga Rusk said housing costs were driving families out. "
                 "Piet Claes said the rail fares would rise again.")
    return _told([a, b], [(0, "housing costs had doubled since spring", "rusk"),
                          (0, "the rail fares kept tenants away", "claes"),
                          (1, "housing costs were driving families out", "rusk"),
                          (1, "the rail fares would rise again", "claes")],
                 {"rusk": "Olga Rusk", "claes": "Piet Claes"})


def test_a_portfolio_word_of_a_title_names_an_issue_unless_the_story_writes_the_title():
    # "housing" is a word of "housing secretary", which this story never writes
    story = _rent_story(("Housing costs climb in Vell", "Vell housing costs soar"))
    assert "housing" in find_issues(story)[0].terms
    # here both headlines name the housing secretary: who speaks, not what is at stake
    story = _rent_story(("Housing Secretary Ada Lo defends rail fares", "Housing Secretary backs rail fares"))
    assert find_issues(story)[0].label == "rail fares"
    assert all("housing" not in issue.terms for issue in find_issues(story))


def test_a_measure_the_parse_saw_as_a_noun_names_an_issue_where_other_stance_markers_do_not():
    a = _article("a", "Court upholds Vell trawling ban",
                 "Skipper Rolf Aas said the trawling ban would sink his crew. "
                 "Warden Lise Berg said the trawling ban had saved the reef.")
    b = _article("b", "Trawling ban stays, court says",
                 "Rolf Aas said the trawling ban was unfair to small boats.")
    said = [(0, "the trawling ban would sink his crew", "aas"),
            (0, "the trawling ban had saved the reef", "berg"),
            (1, "the trawling ban was unfair to small boats", "aas")]
    people = {"aas": "Rolf Aas", "berg": "Lise Berg"}
    phrases = (_phrases(a, "Skipper Rolf Aas", "trawling ban", "crew", "Warden Lise Berg", "reef")
               + _phrases(b, "Rolf Aas", "trawling ban", "small boats"))
    assert find_issues(_told([a, b], said, people, phrases))[0].label == "trawling ban"
    # where no noun phrase of the parse ends in it, "ban" only takes a side
    assert find_issues(_told([a, b], said, people))[0].label == "trawling"


def test_headlines_that_share_only_what_happened_give_no_issue():
    a = _article("a", "Stage legend Ola Brisk dies at 90",
                 "Her agent Tove Lund said she died at home. Tove Lund said the theatre had been her life.")
    b = _article("b", "Ola Brisk, voice of a generation, dies",
                 "Director Max Bell said she died peacefully. Max Bell said the theatre would miss her.")
    phrases = (_phrases(a, "agent Tove Lund", "home", "theatre", "life")
               + _phrases(b, "Director Max Bell", "theatre"))
    story = _told([a, b], [(0, "she died at home", "lund"), (0, "the theatre had been her life", "lund"),
                           (1, "she died peacefully", "bell"), (1, "the theatre would miss her", "bell")],
                  {"lund": "Tove Lund", "bell": "Max Bell", "brisk": "Ola Brisk"}, phrases)
    # "dies" is all the headlines share, and the texts use it as a verb: no column is
    # headed by what happened
    assert find_issues(story) == []


def test_a_label_that_only_names_a_decision_is_taken_on_to_what_was_decided():
    a = _article("a", "Council stands by decision to shut pier",
                 "Mayor Ulla Berg said the decision was final. "
                 "Mayor Ulla Berg said the council would stand firm on the pier.")
    b = _article("b", "Councillors stand by their decision despite protests",
                 "Councillor Jon Falk said the decision would not be reversed.")
    phrases = (_phrases(a, "Mayor Ulla Berg", "decision", "council", "pier")
               + _phrases(b, "Councillor Jon Falk", "decision"))
    story = _told([a, b], [(0, "the decision was final", "berg"),
                           (0, "the council would stand firm on the pier", "berg"),
                           (1, "the decision would not be reversed", "falk")],
                  {"berg": "Ulla Berg", "falk": "Jon Falk"}, phrases)
    # "decision" says only that something was decided; a headline says what
    assert find_issues(story)[0].label == "decision to shut pier"
    # without a parse to tell a thing from a verb, the label is not taken on
    assert "pier" not in find_issues(replace(story, noun_phrases=[]))[0].label


def test_a_consonant_doubled_before_an_ending_joins_the_word_to_its_root():
    assert word_roots({"transferred", "transfer", "called", "call", "planned", "plan"}) == {
        "transferred": "transfer", "transfer": "transfer", "called": "call", "call": "call",
        "planned": "plan", "plan": "plan"}


def test_a_hyphenated_word_that_only_describes_still_holds_the_things_it_joins():
    a = _article("a", "Orlan councillors defy harbour chief on ferry fares",
                 "Councillor Ida Brun said the ferry fares would stay as they are.")
    b = _article("b", "Ferry-fare quarrel splits Orlan harbour as crossings slump",
                 "Harbour chief Olav Sand said ferry-fare rises were needed to keep boats running.")
    c = _article("c", "Crossings slump in Orlan as storms close the strait",
                 "Skipper Tor Lind said the storms had kept passengers at home.")
    phrases = (_phrases(a, "Councillor Ida Brun", "the ferry fares") + _phrases(b, "ferry-fare rises", "boats")
               + _phrases(c, "the storms", "passengers"))
    story = _told([a, b, c], [(0, "the ferry fares would stay as they are", "brun"),
                              (1, "ferry-fare rises were needed to keep boats running", "sand"),
                              (2, "the storms had kept passengers at home", "lind")],
                  {"brun": "Ida Brun", "sand": "Olav Sand", "lind": "Tor Lind"}, phrases)
    excluded = excluded_words(story)
    # "ferry-fare" heads no noun phrase, so it names nothing itself; its parts do
    assert [form for _, form in topic_words("the ferry-fare quarrel", excluded=excluded)] == [
        "ferry", "fare", "quarrel"]
    assert "fare" in find_issues(story)[0].label


def test_a_label_that_is_a_verbs_infinitive_is_taken_back_to_the_noun_whose_purpose_it_names():
    a = _article("a", "Rebels file motion to unseat Mayor Ena Vell",
                 "Councillor Ada Frey said the motion to unseat the mayor would be heard in June.")
    b = _article("b", "Harbour rebels force vote to unseat Vell",
                 "Clerk Jon Pike said nine votes were needed to unseat the mayor.")
    c = _article("c", "Ena Vell vows to fight bid to unseat her",
                 "Ena Vell said the attempt to unseat her was a stunt.")
    phrases = (_phrases(a, "Councillor Ada Frey", "the motion", "the mayor") + _phrases(b, "nine votes", "the mayor")
               + _phrases(c, "Ena Vell", "the attempt", "a stunt"))
    story = _told([a, b, c], [(0, "the motion to unseat the mayor would be heard in June", "frey"),
                              (1, "nine votes were needed to unseat the mayor", "pike"),
                              (2, "the attempt to unseat her was a stunt", "vell")],
                  {"frey": "Ada Frey", "pike": "Jon Pike", "vell": "Ena Vell"}, phrases)
    # "unseat" heads no noun phrase and follows "to" wherever it is used: what is at
    # stake is the motion it is the purpose of
    assert find_issues(story)[0].label == "motion to unseat"


def test_a_label_is_not_cut_short_of_the_noun_its_words_go_on_to():
    a = _article("a", "Judge halts harbour dredging permit",
                 "Mayor Ines Roth said the harbour dredging permit was lawful. "
                 "Skipper Ola Berg said harbour dredging would wreck the reef. "
                 "Warden Uma Lund said harbour dredging scared off the seals.")
    b = _article("b", "Divers cheer as harbour dredging stops",
                 "Ines Roth said the harbour dredging permit would stand. "
                 "Diver Kim Sato said harbour dredging had clouded the bay. "
                 "Pilot Sven Vik said harbour dredging cost the ferry its berth.")
    phrases = [phrase for article in (a, b) for phrase in _phrases(article, "harbour dredging permit")]
    for article in (a, b):
        at = 0
        for _ in range(3):
            at = article.text.index("harbour dredging", at) + 1
            phrases.append(NounPhrase(words_in(article.text, "harbour dredging", article.id, after=at - 1),
                                      "dredging", ["harbour"]))
    story = _told([a, b], [(0, "the harbour dredging permit was lawful", "roth"),
                           (0, "harbour dredging would wreck the reef", "berg"),
                           (0, "harbour dredging scared off the seals", "lund"),
                           (1, "the harbour dredging permit would stand", "roth"),
                           (1, "harbour dredging had clouded the bay", "sato"),
                           (1, "harbour dredging cost the ferry its berth", "vik")],
                  {"roth": "Ines Roth", "berg": "Ola Berg", "lund": "Uma Lund", "sato": "Kim Sato",
                   "vik": "Sven Vik"}, phrases)
    # "harbour dredging" is read in every "harbour dredging permit" too: there it is only
    # part of the noun phrase the issue's words go on to, and counts for that phrase alone
    assert find_issues(story)[0].label == "harbour dredging permit"


def test_a_label_that_only_describes_goes_on_to_the_noun_several_articles_give_it():
    a = _article("a", "Council backs curfew powers",
                 "Mayor Ines Roth said the curfew powers act would lapse in May. "
                 "Ola Berg said the powers were abused.")
    b = _article("b", "Court reviews curfew powers",
                 "Judge Kim Sato said the curfew powers act gave the council too much. "
                 "Ines Roth said the powers kept the town safe.")
    phrases = [phrase for article in (a, b) for phrase in _phrases(article, "curfew powers act")]
    story = _told([a, b], [(0, "the curfew powers act would lapse in May", "roth"),
                           (0, "the powers were abused", "berg"),
                           (1, "the curfew powers act gave the council too much", "sato"),
                           (1, "the powers kept the town safe", "roth")],
                  {"roth": "Ines Roth", "berg": "Ola Berg", "sato": "Kim Sato"}, phrases)
    # both articles' parse reads "powers" as describing an act, never as a phrase's head
    assert find_issues(story)[0].label == "curfew powers act"
    # one article's turn of phrase is not enough
    assert find_issues(replace(story, noun_phrases=phrases[:1]))[0].label == "curfew powers"


def test_the_level_a_figure_reaches_names_no_issue():
    a = _article("a", "Ferry delays fall to record low",
                 "Port chief Ida Kern said ferry delays fell to a record low in June. "
                 "Skipper Ola Berg said the new berths cut ferry delays.")
    b = _article("b", "Ferry delays hit record low as fleet grows",
                 "Ida Kern said the record low in ferry delays came from the new fleet. "
                 "Union head Tor Lund said ferry delays would climb again in winter.")
    story = _told([a, b], [(0, "ferry delays fell to a record low in June", "kern"),
                           (0, "the new berths cut ferry delays", "berg"),
                           (1, "the record low in ferry delays came from the new fleet", "kern"),
                           (1, "ferry delays would climb again in winter", "lund")],
                  {"kern": "Ida Kern", "berg": "Ola Berg", "lund": "Tor Lund"})
    # "record low" says how far the delays fell, not what the story's sides take up
    issues = find_issues(story)
    assert issues[0].label == "ferry delays"
    assert not {"low", "record"} & {term for issue in issues for term in issue.terms}


def _order_story(qualifier: str) -> tuple[list[Article], MergedAnalysis]:
    a = _article("a", "Order on ferry fares draws fire",
                 f"Mayor Ines Roth said the {qualifier} order was unlawful. "
                 "Ola Berg said the order would cut fares.")
    b = _article("b", "Governor defends order",
                 f"Governor Kim Sato said the {qualifier} order would stand. "
                 "Ines Roth said the order hurt the islands.")
    story = _told([a, b], [(0, f"the {qualifier} order was unlawful", "roth"),
                           (0, "the order would cut fares", "berg"),
                           (1, f"the {qualifier} order would stand", "sato"),
                           (1, "the order hurt the islands", "roth")],
                  {"roth": "Ines Roth", "berg": "Ola Berg", "sato": "Kim Sato"})
    return [a, b], story


def test_a_one_word_label_takes_the_words_several_articles_put_before_it():
    articles, story = _order_story("executive")
    phrases = [phrase for article in articles for phrase in _phrases(article, "executive order")]
    assert find_issues(story)[0].label == "order"  # without the parse's phrases, as found
    # "executive", a title's word, names no issue, but both articles' phrases say which order
    assert find_issues(replace(story, noun_phrases=phrases))[0].label == "executive order"
    # one article's phrase is not enough
    assert find_issues(replace(story, noun_phrases=phrases[:1]))[0].label == "order"
    # a name's capitalised word says who acts, not which kind of thing
    articles, story = _order_story("Harbour Trust")
    phrases = [phrase for article in articles for phrase in _phrases(article, "Harbour Trust order")]
    story = _with_organisation(replace(story, noun_phrases=phrases), "trust", "Harbour Trust")
    assert find_issues(story)[0].label == "order"


def test_a_one_word_label_takes_the_words_a_headline_and_another_articles_phrase_put_before_it():
    a = _article("a", "Shire council weighs fresh limits",
                 "The seasonal grazing limits start in May. Reeve Ines Roth said the limits would "
                 "protect the moor. Ola Berg said the limits would ruin small farms.")
    b = _article("b", "Farmers condemn limits",
                 "Herder Kim Sato said the limits came too late. "
                 "Ines Roth said the limits would stay.")
    story = _told([a, b], [(0, "the limits would protect the moor", "roth"),
                           (0, "the limits would ruin small farms", "berg"),
                           (1, "the limits came too late", "sato"),
                           (1, "the limits would stay", "roth")],
                  {"roth": "Ines Roth", "berg": "Ola Berg", "sato": "Kim Sato"})
    parsed = _phrases(a, "seasonal grazing limits")
    # one article's phrase is not enough
    assert find_issues(replace(story, noun_phrases=parsed))[0].label == "limits"
    # a headline is never parsed: its "grazing" counts where another article's parse saw it
    # describe a noun, as that article's own phrase would
    b_headline = replace(b, title="Farmers condemn grazing limits")
    moved = replace(story, articles=[a, b_headline], noun_phrases=parsed)
    assert find_issues(moved)[0].label == "grazing limits"
    # a headline word the parse never saw describe a noun is not taken ("condemn")
    assert "condemn" not in find_issues(moved)[0].label


def test_a_label_never_joins_its_words_across_an_auxiliary_verb():
    excluded = excluded_words(_walk_out_story())
    label = issue_label({"levy", "rise"}, headlines=["Harbour levy will rise", "Levy will rise in May"],
                        texts=[], excluded=excluded)
    assert label in {"levy", "rise", "harbour levy"}  # "levy will rise" is a clause


def test_the_main_issue_is_a_matter_not_the_place_where_more_statements_say_it_happens():
    a = _article("a", "Velmar district brings back night market curfew",
                 "Councillor Ada Finn said the district would enforce it strictly. "
                 "Trader Olu Bako said the night market curfew would cost stalls dearly.")
    b = _article("b", "District reinstates market curfew as thefts rise",
                 "Officer Rui Lenz said the district had seen thefts double. "
                 "Ada Finn said the district could not wait.")
    story = _told([a, b], [(0, "the district would enforce it strictly", "finn"),
                           (0, "the night market curfew would cost stalls dearly", "bako"),
                           (1, "the district had seen thefts double", "lenz"),
                           (1, "the district could not wait", "finn")],
                  {"finn": "Ada Finn", "bako": "Olu Bako", "lenz": "Rui Lenz"})
    # more statements name the district, but a district is where, not what is disputed
    assert find_issues(story)[0].label.endswith("market curfew")


def test_a_label_names_the_matter_before_the_people_it_concerns():
    a = _article("a", "Ministry opens sea crossings to island visitors",
                 "Minister Tove Aas said island visitors could come from Monday. "
                 "Skipper Jon Ruud said island visitors were welcome aboard.")
    b = _article("b", "Island visitors welcomed on sea crossings again",
                 "Nurse Pia Holm said island visitors still had to test. "
                 "Tove Aas said the sea crossings would run daily.")
    phrases = _phrases(a, "island visitors") + _phrases(b, "island visitors", "sea crossings")
    story = _told([a, b], [(0, "island visitors could come from Monday", "aas"),
                           (0, "island visitors were welcome aboard", "ruud"),
                           (1, "island visitors still had to test", "holm"),
                           (1, "the sea crossings would run daily", "aas")],
                  {"aas": "Tove Aas", "ruud": "Jon Ruud", "holm": "Pia Holm"}, phrases)
    # the texts name the visitors more often, but a column headed by people says whom
    # the matter concerns, not what it is
    assert find_issues(story)[0].label == "sea crossings"


def test_a_label_that_only_describes_never_goes_on_to_the_people_it_concerns():
    a = _article("a", "Council backs dock strike",
                 "Mayor Ines Roth said the dock strike workers would be paid. "
                 "Ola Berg said the strike was lawful.")
    b = _article("b", "Court reviews dock strike",
                 "Judge Kim Sato said the dock strike workers broke no law. "
                 "Ines Roth said the strike would end soon.")
    phrases = [phrase for article in (a, b) for phrase in _phrases(article, "dock strike workers")]
    story = _told([a, b], [(0, "the dock strike workers would be paid", "roth"),
                           (0, "the strike was lawful", "berg"),
                           (1, "the dock strike workers broke no law", "sato"),
                           (1, "the strike would end soon", "roth")],
                  {"roth": "Ines Roth", "berg": "Ola Berg", "sato": "Kim Sato"}, phrases)
    # both articles' parse reads "strike" only before "workers", but the strike is the
    # matter, the workers are whom it concerns
    assert find_issues(story)[0].label == "dock strike"


def test_the_main_issue_is_the_first_topic_a_named_speaker_speaks_to():
    # "loans" (two headlines) and "quay repairs" (two headlines) are both what the story is
    # about; the one speaker's words share more with the repairs, so "loans", sorted first,
    # holds no statement: the repairs are the main issue, not no issue at all
    a = _article("a", "Ministry may order quay repairs within weeks",
                 "A source said the order could come soon.")
    b = _article("b", "Ministry to announce coastal towns will need repair loans",
                 "Minister Oda Renn said most coastal towns will need repair loans to reopen quay berths.")
    c = _article("c", "Ministry crafts quay repairs scheme; auditors say small ports need loans",
                 "The auditors said the scheme was late.")
    story = _told([a, b, c], [(1, "most coastal towns will need repair loans to reopen quay berths", "renn")],
                  {"renn": "Oda Renn"})
    [issue] = find_issues(story)
    assert issue.label == "quay repairs"
    assert issue.statements == ["s1"]


def test_a_plural_in_es_after_a_hissing_sound_meets_its_singular():
    excluded = excluded_words(_walk_out_story())
    assert [form for _, form in topic_words("ferry taxes beside a ferry tax", excluded=excluded)] == [
        "ferry", "tax", "ferry", "tax"]


def test_the_words_of_a_stance_idiom_name_no_issue_where_the_story_writes_them_nowhere_else():
    a = _article("a", "Councillors draw 'red line' on ferry tolls",
                 "Councillor Ruth Okafor said higher ferry tolls were a red line for the island.")
    b = _article("b", "Island council draws 'red line' on tolls",
                 "Mayor Piet Dahl said the council drew a red line on new tolls.")
    story = _told([a, b], [(0, "higher ferry tolls were a red line for the island", "okafor"),
                           (1, "the council drew a red line on new tolls", "dahl")],
                  {"okafor": "Ruth Okafor", "dahl": "Piet Dahl"})
    [issue] = find_issues(story)
    assert issue.label == "tolls"
    assert {"red", "line"}.isdisjoint(issue.terms)
    # "line" names a thing where the story also writes it alone
    c = _article("c", "Ferry line reopens", "The ferry line reopens in May.")
    excluded = excluded_words(_told([a, b, c], [], {}))
    assert "red" in excluded and "line" not in excluded


def test_a_label_runs_across_a_preposition_but_not_a_conjunction_opening_a_clause():
    assert issue_label({"toll", "ferry"}, headlines=["Island adds tolls as ferry fleet shrinks",
                                                    "Tolls rise as ferry fleet shrinks"],
                       texts=["the tolls went up as the ferry fleet shrank"], excluded=frozenset()) == "tolls"
    assert issue_label({"toll", "ferry"}, headlines=["Island adds tolls on ferry crossings",
                                                    "Tolls on ferry crossings rise"],
                       texts=[], excluded=frozenset()) == "tolls on ferry"


def _with_place(story: MergedAnalysis, id_: str, name: str) -> MergedAnalysis:
    """``story`` with one more actor, a place its parse names (the gazetteer need not know it)."""
    return replace(story, actors=[*story.actors, Actor(id_, name, "place", [name], [])])


def test_a_disaster_is_what_happened_and_no_issue_even_beside_a_word_that_describes():
    a = _article("a", "Pier collapse leaves two dead in Orvik",
                 "Harbour master Eda Lind said the pier collapse came without warning. "
                 "Diver Tom Ekk said two dead were found under the pier collapse.")
    b = _article("b", "Two dead after Orvik pier collapse",
                 "Nurse Ulla Berg said the pier collapse shook the whole quay.")
    phrases = _phrases(a, "pier collapse", "warning") + _phrases(b, "pier collapse", "whole quay")
    story = _told([a, b], [(0, "the pier collapse came without warning", "lind"),
                           (0, "two dead were found under the pier collapse", "ekk"),
                           (1, "the pier collapse shook the whole quay", "berg")],
                  {"lind": "Eda Lind", "ekk": "Tom Ekk", "berg": "Ulla Berg"}, phrases)
    story = _with_place(story, "orvik", "Orvik")
    # no one is for or against a collapse, nor the town it struck; "dead" only describes
    assert find_issues(story) == []


def test_a_place_the_story_names_is_no_issue_though_the_gazetteer_lacks_it():
    a = _article("a", "Brenmoor anger at pier fee",
                 "Skipper Ola Vik said Brenmoor could not bear it. "
                 "Baker Ines Roe said Brenmoor was losing trade. "
                 "Mayor Kai Sten said the pier fee paid for repairs.")
    b = _article("b", "Pier fee doubled in Brenmoor",
                 "Ines Roe said Brenmoor shops were empty. "
                 "Kai Sten said the pier fee was fair.")
    phrases = (_phrases(a, "Brenmoor", "pier fee", "repairs") + _phrases(b, "pier fee", "Brenmoor shops"))
    story = _told([a, b], [(0, "Brenmoor could not bear it", "vik"),
                           (0, "Brenmoor was losing trade", "roe"),
                           (0, "the pier fee paid for repairs", "sten"),
                           (1, "Brenmoor shops were empty", "roe"),
                           (1, "the pier fee was fair", "sten")],
                  {"vik": "Ola Vik", "roe": "Ines Roe", "sten": "Kai Sten"}, phrases)
    story = _with_place(story, "brenmoor", "Brenmoor")
    # more statements name the town, but a town is where the fee is disputed
    assert [issue.label for issue in find_issues(story)] == ["pier fee"]


def test_a_place_named_with_a_noun_of_its_kind_is_no_issue():
    a = _article("a", "Quarry ban approved after long row in Dallow province",
                 "Governor Rui Fane said Dallow province needed clean water. "
                 "Miner Lev Orr said Dallow province would lose its jobs. "
                 "Rui Fane said the quarry ban was final.")
    b = _article("b", "Dallow province farmers, miners and traders split on quarry ban",
                 "Farmer Mia Cole said the quarry ban saved the river. "
                 "Lev Orr said Dallow province had been ignored.")
    phrases = (_phrases(a, "Dallow province", "clean water", "jobs", "quarry ban")
               + _phrases(b, "quarry ban", "river", "Dallow province"))
    story = _told([a, b], [(0, "Dallow province needed clean water", "fane"),
                           (0, "Dallow province would lose its jobs", "orr"),
                           (0, "the quarry ban was final", "fane"),
                           (1, "the quarry ban saved the river", "cole"),
                           (1, "Dallow province had been ignored", "orr")],
                  {"fane": "Rui Fane", "orr": "Lev Orr", "cole": "Mia Cole"}, phrases)
    story = _with_place(story, "dallow", "Dallow")
    # more statements name the province, but a place with a noun of its kind is still where
    assert [issue.label for issue in find_issues(story)] == ["quarry ban"]


def test_a_disaster_beside_a_matter_holds_what_is_said_of_it_and_is_no_column():
    a = _article("a", "Landslide closes valley road as council weighs road toll",
                 "Engineer Sofi Mark said the landslide buried the lower bend. "
                 "Mayor Ari Lunde said the road toll would pay for repairs.")
    b = _article("b", "Road toll vote delayed after landslide",
                 "Farmer Nils Odd said the landslide cut off his farm. "
                 "Trader Eva Sand said the road toll would ruin the market.")
    phrases = (_phrases(a, "landslide", "lower bend", "road toll", "repairs")
               + _phrases(b, "landslide", "farm", "road toll", "market"))
    story = _told([a, b], [(0, "the landslide buried the lower bend", "mark"),
                           (0, "the road toll would pay for repairs", "lunde"),
                           (1, "the landslide cut off his farm", "odd"),
                           (1, "the road toll would ruin the market", "sand")],
                  {"mark": "Sofi Mark", "lunde": "Ari Lunde", "odd": "Nils Odd", "sand": "Eva Sand"}, phrases)
    [issue] = find_issues(story)
    # the toll is disputed; the landslide is what happened, and what is said of it is on no issue
    assert issue.label == "road toll" and issue.statements == ["s2", "s4"]


def test_a_violent_crime_is_what_happened_not_an_issue_its_accused_is_against():
    a = _article("a", "Deckhand charged over harbour stabbing",
                 "Deckhand Olaf Brink said the harbour stabbing was none of his doing. "
                 "Witness Ada Fenn said the harbour stabbing lasted seconds.")
    b = _article("b", "Witnesses recall harbour stabbing",
                 "Cook Lis Moe said the harbour stabbing happened near the crane.")
    phrases = _phrases(a, "harbour stabbing", "harbour stabbing") + _phrases(b, "harbour stabbing", "crane")
    story = _told([a, b], [(0, "the harbour stabbing was none of his doing", "brink"),
                           (0, "the harbour stabbing lasted seconds", "fenn"),
                           (1, "the harbour stabbing happened near the crane", "moe")],
                  {"brink": "Olaf Brink", "fenn": "Ada Fenn", "moe": "Lis Moe"}, phrases)
    # the accused denies the deed; no one is for or against a stabbing itself
    assert not any("stabbing" in issue.label for issue in find_issues(story))


def test_people_alone_make_no_issue_where_nothing_else_is_shared():
    a = _article("a", "Referees leave the pitch at Vossberg",
                 "Coach Edda Lunn said the referees had lost control. "
                 "Steward Kai Brenn said the referees left through the east gate.")
    b = _article("b", "Angry referees quit before half time",
                 "Edda Lunn said the referees had been booed all evening. "
                 "Fan Tor Helle said the referees looked shaken.")
    story = _told([a, b], [(0, "the referees had lost control", "lunn"),
                           (0, "the referees left through the east gate", "brenn"),
                           (1, "the referees had been booed all evening", "lunn"),
                           (1, "the referees looked shaken", "helle")],
                  {"lunn": "Edda Lunn", "brenn": "Kai Brenn", "helle": "Tor Helle"})
    # the referees are whom the story concerns: a column of theirs would be a stray one, and
    # the story shares nothing else
    assert find_issues(story) == []


def test_a_role_noun_heads_a_label_of_people_whatever_wordnet_ranks_first():
    assert label_head("evening host") == "person"
    assert label_head("hosting fee") is None


def test_a_role_noun_that_also_names_a_matter_heads_no_label_of_people():
    assert label_head("coastal justice") is None
    assert label_head("ferry passenger figures") is None
    assert label_head("harbour spokesman") == "person"


def _ferry_measure_story(headlines: tuple[str, str], measure_words: str):
    """Two outlets on a measure against ferry crossings: ``measure_words`` is how the second
    article's chair words the measure ("a moratorium on ferry crossings")."""
    a = _article("a", headlines[0],
                 "Chair Runa Vass said the ferry crossings had grown unsafe. "
                 "Skipper Ole Brandt said the ferry crossings were safe enough.")
    b = _article("b", headlines[1],
                 f"Runa Vass said {measure_words} would last a month. "
                 "Ole Brandt said ferry crossings fed the island.")
    return _told([a, b], [(0, "the ferry crossings had grown unsafe", "vass"),
                          (0, "the ferry crossings were safe enough", "brandt"),
                          (1, f"{measure_words} would last a month", "vass"),
                          (1, "ferry crossings fed the island", "brandt")],
                 {"vass": "Runa Vass", "brandt": "Ole Brandt"})


def test_a_label_holds_the_measure_its_group_names_not_only_its_object():
    story = _ferry_measure_story(("Harbour board calls for moratorium on ferry crossings",
                                  "Ferry crossings face a moratorium on safety grounds"),
                                 "a moratorium on ferry crossings")
    # a side on the moratorium is the other side on the crossings: the column says which
    assert "moratorium" in find_issues(story)[0].label


def test_a_measure_anchors_its_label_in_the_root_form_the_story_gives_its_word(monkeypatch):
    # "closure" stands in for a measure noun the story also writes as a verb ("closing"):
    # the group holds its root, "close", which the anchor must be read in too
    measure_words = issues.marker_set

    def with_closure(kind: str) -> frozenset[str]:
        return measure_words(kind) | {"closure"} if kind == "measure" else measure_words(kind)

    monkeypatch.setattr(issues, "marker_set", with_closure)
    story = _ferry_measure_story(("Harbour board calls for closure of ferry crossings",
                                  "Ferry crossings face closure on safety grounds"),
                                 "closing the ferry crossings")
    assert "closure" in find_issues(story)[0].label


def test_a_label_names_each_of_its_words_once():
    excluded = excluded_words(_walk_out_story())
    label = issue_label({"quota", "change"},
                        headlines=["Quota changes the quota rules anglers follow", "Quota changes the quota again"],
                        texts=["Warden Pia Lund said the quota changes were rushed.",
                               "Skipper Eli Moen said quota changes hurt small boats."],
                        excluded=excluded)
    # "quota changes the quota" is two headings run together
    assert label == "quota changes"


def test_words_that_pick_out_cases_never_name_an_issue():
    excluded = excluded_words(_walk_out_story())
    # how narrowly a rule applies ("in specific instances") is not what it is about
    assert [form for _, form in topic_words("only in specific instances of reef fishing", excluded=excluded)] == [
        "reef", "fishing"]
