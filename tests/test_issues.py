"""Issue finding on invented stories: which words make an issue and how it is labelled."""

from __future__ import annotations

from dataclasses import replace

from crosswire.compare.issues import excluded_words, find_issues, topic_words
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


def _story(*, with_noun_phrases: bool = True) -> MergedAnalysis:
    a = _article("a", "Union-backed walk-out spreads along the quay",
                 "Union leader Mara Toth said the walk-out would go on until wages rose. "
                 "The union-backed protest closed the quay.")
    b = _article("b", "Port chief condemns union-backed walk-out",
                 "Port chief Ivo Senn said the walk-out was unlawful and must end at once.")
    statements = [_statement("s1", a, "the walk-out would go on until wages rose", "toth"),
                  _statement("s2", b, "the walk-out was unlawful and must end at once", "senn")]
    actors = [Actor("toth", "Mara Toth", "person", ["Mara Toth"], []),
              Actor("senn", "Ivo Senn", "person", ["Ivo Senn"], [])]
    phrases = (_phrases(a, "walk-out", "union-backed protest", "quay")
               + _phrases(b, "Port chief Ivo Senn", "walk-out"))
    return MergedAnalysis(articles=[a, b], actors=actors, statements=statements,
                          noun_phrases=phrases if with_noun_phrases else [])


def test_a_hyphenated_noun_is_an_issue_and_a_hyphenated_modifier_is_not():
    [issue] = find_issues(_story())
    assert issue.label == "walk-out"
    assert "union-backed" not in issue.terms
    # without a parse to tell a hyphenated noun from a modifier, neither names an issue
    assert all("-" not in term for issue in find_issues(_story(with_noun_phrases=False))
               for term in issue.terms)


def _panel_story(*, with_noun_phrases: bool = True) -> MergedAnalysis:
    a = _article("a", "Mayor sets up review panel to examine ferry crash",
                 "Mayor Ilse Brandt said the review panel would examine every safety record. "
                 "Harbour pilot Jonas Weir said a review panel was a waste of time.")
    b = _article("b", "City forms review panel to examine the crash",
                 "Councillor Petra Lunde said the review panel must examine the crash in public.")
    statements = [_statement("s1", a, "the review panel would examine every safety record", "brandt"),
                  _statement("s2", a, "a review panel was a waste of time", "weir"),
                  _statement("s3", b, "the review panel must examine the crash in public", "lunde")]
    actors = [Actor(id_, name, "person", [name], []) for id_, name in
              [("brandt", "Ilse Brandt"), ("weir", "Jonas Weir"), ("lunde", "Petra Lunde")]]
    phrases = (_phrases(a, "Mayor Ilse Brandt", "review panel", "safety record", "Harbour pilot Jonas Weir",
                        "waste", "time")
               + _phrases(b, "Councillor Petra Lunde", "review panel", "crash", "public"))
    return MergedAnalysis(articles=[a, b], actors=actors, statements=statements,
                          noun_phrases=phrases if with_noun_phrases else [])


def test_an_issue_is_labelled_by_a_noun_phrase_not_a_run_ending_in_a_verb():
    assert find_issues(_panel_story(with_noun_phrases=False))[0].label == "review panel to examine"
    [issue] = find_issues(_panel_story())
    assert issue.label == "review panel"


def test_number_words_count_what_an_issue_is_about_and_never_name_it():
    excluded = excluded_words(_story())
    assert [form for _, form in topic_words("a pledge of 40 million masks", excluded=excluded)] == [
        "pledge", "mask"]


def test_a_label_names_more_than_the_place_where_the_story_happens():
    a = _article("a", "Airlift leaves Norway as Norway counts stranded",
                 "Consul Dana Moss said the airlift leaves Norway on Friday. "
                 "Pilot Tom Hale said Norway still had stranded travellers in Norway.")
    b = _article("b", "Last airlift leaves Norway",
                 "Minister Eva Lind said the airlift leaves Norway while Norway needs it.")
    statements = [_statement("s1", a, "the airlift leaves Norway on Friday", "moss"),
                  _statement("s2", a, "Norway still had stranded travellers in Norway", "hale"),
                  _statement("s3", b, "the airlift leaves Norway while Norway needs it", "lind")]
    actors = [Actor(id_, name, "person", [name], []) for id_, name in
              [("moss", "Dana Moss"), ("hale", "Tom Hale"), ("lind", "Eva Lind")]]
    phrases = (_phrases(a, "Consul Dana Moss", "airlift", "Norway", "Friday", "Pilot Tom Hale",
                        "stranded travellers") + _phrases(b, "Minister Eva Lind", "airlift", "Norway"))
    story = MergedAnalysis(articles=[a, b], actors=actors, statements=statements, noun_phrases=phrases)
    # "Norway" is the noun phrase the texts use most, but it says where, not what
    assert find_issues(replace(story, noun_phrases=[]))[0].label == "airlift leaves norway"
    assert find_issues(story)[0].label == "airlift"


def test_the_main_issue_is_what_several_headlines_name_not_two_words_of_one_headline():
    a = _article("a", "Province approves turbine park near coral reef",
                 "Minister Lotta Vary said the turbine park would power many homes. "
                 "Diver Paul Dias said the work would smother the coral reef.")
    b = _article("b", "Divers vow court fight over turbine park",
                 "Paul Dias said the coral reef would not survive the drilling. "
                 "Critic Mia Holt said the coral reef deserved an independent study.")
    statements = [_statement("s1", a, "the turbine park would power many homes", "vary"),
                  _statement("s2", a, "the work would smother the coral reef", "dias"),
                  _statement("s3", b, "the coral reef would not survive the drilling", "dias"),
                  _statement("s4", b, "the coral reef deserved an independent study", "holt")]
    actors = [Actor(id_, name, "person", [name], []) for id_, name in
              [("vary", "Lotta Vary"), ("dias", "Paul Dias"), ("holt", "Mia Holt")]]
    story = MergedAnalysis(articles=[a, b], actors=actors, statements=statements)
    # more statements speak of the reef, but only one headline names it
    assert find_issues(story)[0].label == "turbine park"
