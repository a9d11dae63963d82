"""Which of a story's issues may head a column: a question its sides take up, never a
general noun alone, a group of people, a word the parse saw only as a verb, or the
words of one text several articles reprint (invented stories)."""

from __future__ import annotations

from crosswire.compare.issue_labels import label_head, names_happening
from crosswire.compare.issues import find_issues
from crosswire.compare.reprints import reprinted
from crosswire.compare.story_parts import statements_by_article
from crosswire.models import Actor, Article, DateEstimate, MergedAnalysis, NounPhrase, Resolution, Statement
from text_spans import found_in, words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def _article(id_: str, title: str | None, text: str) -> Article:
    return Article(id_, f"{id_}.txt", f"Paper {id_}", title, UNDATED, "en", text)


def _told(articles: list[Article], said: list[tuple[int, str, str]], people: dict[str, str],
          phrases: list[tuple[int, str]] = ()) -> MergedAnalysis:
    """A story of ``articles``: what each speaker said, as (article index, words, speaker
    id), and the noun phrases the parse found, as (article index, words)."""
    statements = []
    for n, (k, words, who) in enumerate(said, 1):
        article = articles[k]
        statements.append(Statement(f"s{n}", words_in(article.text, words, article.id), "indirect",
                                    found_in(article.text, "said", article.id), None,
                                    Resolution("named", 1.0), speaker=who))
    noun_phrases = [NounPhrase(words_in(articles[k].text, words, articles[k].id), words.split()[-1].lower(),
                               words.split()[:-1]) for k, words in phrases]
    return MergedAnalysis(articles=articles, actors=[Actor(i, name, "person", [name], []) for i, name in people.items()],
                          statements=statements, noun_phrases=noun_phrases)


def test_a_general_noun_alone_or_a_bare_proposal_noun_heads_no_label_of_a_matter():
    assert label_head("effect") == "general"
    assert label_head("decision") == "general"
    # with the words that say of what, it names a matter
    assert label_head("effect of the levy") is None
    assert label_head("ferry decision") is None


def test_a_collective_noun_of_people_heads_a_label_of_people():
    assert label_head("rowing squad") == "person"
    assert label_head("squad rotation") is None


def test_a_general_noun_whose_lemma_differs_from_its_spelling_is_still_general():
    # "news" is "new" to the crude lemma every label head is looked up by
    assert label_head("news") == "general"


def test_the_police_and_a_militia_are_people_a_matter_concerns():
    assert label_head("harbour police") == "person"
    assert label_head("hill militias") == "person"
    assert label_head("police pay") is None


def test_a_general_noun_before_of_leaves_the_head_to_what_it_is_of():
    # a count of what befell is what befell; a count of what is decided is a matter
    assert names_happening("counts of murder")
    assert names_happening("series of landslides")
    assert not names_happening("series of levies")
    assert not names_happening("vote count")


def _effect_story() -> MergedAnalysis:
    a = _article("a", "Closing the mill: the effect is unclear",
                 "Mayor Ines Varga said the effect would be felt for years. "
                 "Grocer Tomas Relk said the effect on his shop was small.")
    b = _article("b", "Weighing the effect, a week on",
                 "Ines Varga said the effect reached every street. "
                 "Teacher Lena Oskar said the effect was overstated.")
    return _told([a, b], [(0, "the effect would be felt for years", "varga"),
                          (0, "the effect on his shop was small", "relk"),
                          (1, "the effect reached every street", "varga"),
                          (1, "the effect was overstated", "oskar")],
                 {"varga": "Ines Varga", "relk": "Tomas Relk", "oskar": "Lena Oskar"})


def test_a_general_noun_alone_is_no_column():
    # "effect" says of what only with the words around it: a column headed by it is stray
    assert all(issue.label != "effect" for issue in find_issues(_effect_story()))


def test_a_squad_is_whom_a_matter_concerns_and_no_column():
    a = _article("a", "Harbour squad loses again at Brenvik",
                 "Owner Pia Storm said the squad had given up. "
                 "Fan Ole Vik said the squad played without heart.")
    b = _article("b", "Fans turn on the squad after eighth defeat",
                 "Pia Storm said the squad would be rebuilt. "
                 "Captain Jon Elde said the squad still believed.")
    story = _told([a, b], [(0, "the squad had given up", "storm"), (0, "the squad played without heart", "vik"),
                           (1, "the squad would be rebuilt", "storm"), (1, "the squad still believed", "elde")],
                  {"storm": "Pia Storm", "vik": "Ole Vik", "elde": "Jon Elde"})
    assert find_issues(story) == []


def _guild_story(verb: str) -> MergedAnalysis:
    """Two articles whose headlines share only ``verb``, which no noun phrase holds."""
    a = _article("a", f"Can the ferry guild {verb} at Osterby?",
                 f"Skipper Bo Lind said the guild would {verb} at the quay. "
                 f"Clerk Eva Moss said the guild could not {verb} past spring.")
    b = _article("b", f"Skippers told they may {verb} one more season",
                 f"Bo Lind said the crews would {verb} while talks went on. "
                 f"Eva Moss said the harbour office let them {verb}.")
    return _told([a, b], [(0, f"the guild would {verb} at the quay", "lind"),
                          (0, f"the guild could not {verb} past spring", "moss"),
                          (1, f"the crews would {verb} while talks went on", "lind"),
                          (1, f"the harbour office let them {verb}", "moss")],
                 {"lind": "Bo Lind", "moss": "Eva Moss"},
                 phrases=[(0, "Skipper Bo Lind"), (0, "the quay"), (0, "Clerk Eva Moss"), (0, "spring"),
                          (1, "Bo Lind"), (1, "the crews"), (1, "talks"), (1, "Eva Moss"),
                          (1, "the harbour office")])


def test_a_word_the_parse_saw_only_as_a_verb_is_no_column():
    # "linger" heads no noun phrase the parse found: it is what someone does, no question
    assert all("linger" not in issue.label for issue in find_issues(_guild_story("linger")))
    # a gerund names an act, a question, wherever the parse put it
    assert [issue.label for issue in find_issues(_guild_story("go trawling"))] == ["trawling"]


def _launch_story() -> MergedAnalysis:
    release = ("the Norvel X8 keeps a crowded calendar tidy from dawn well into the night, "
               "with bright maps and quick replies")
    articles = [_article("a", None, f"Norvel will sell a new handset. \"{release},\" said Ida Sand."),
                _article("b", None, f"A new handset arrives in March. \"{release},\" said Ida Sand."),
                _article("c", None, f"Shops expect the handset to sell well. \"{release},\" Ida Sand said.")]
    return _told(articles, [(k, release, "sand") for k in range(3)], {"sand": "Ida Sand"})


def test_a_statement_several_articles_reprint_counts_once():
    story = _launch_story()
    assert reprinted(statements_by_article(story.statements)) == {"s2", "s3"}


def test_the_words_of_one_reprinted_text_make_no_issue():
    # three copies of one release say what one text says, not what three articles are about
    assert all("calendar" not in issue.label for issue in find_issues(_launch_story()))
