"""One thing two outlets name with heads of one kind and two stances (``head_choices``), on
hand-made articles and the noun phrases a parse would give them."""

from __future__ import annotations

from crosswire.compare.framing import frame
from crosswire.models import Article, DateEstimate, MergedAnalysis, NounPhrase
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
NONE = {"North Wire": {}, "South Daily": {}}


def art(id_: str, outlet: str, text: str) -> Article:
    return Article(id_, f"{id_}.txt", outlet, None, UNDATED, "en", text)


def phrase(article: Article, words: str, head: str) -> NounPhrase:
    span = words_in(article.text, words, article.id)
    return NounPhrase(span, head, words.split()[:-1])


def heads_by_outlet(articles: list[Article], phrases: list[NounPhrase]) -> dict[str, dict[str, tuple]]:
    """outlet -> the phrase as written -> (referent, the other outlets' phrases)."""
    merged = MergedAnalysis(articles, [], [], noun_phrases=phrases)
    return {record.outlet: {use.term: (use.referent, use.others) for use in record.terms
                            if use.source == "heads"}
            for record in frame(merged)}


def test_one_act_named_with_a_dramatising_head_and_a_plain_one_is_a_row():
    """The phrases share a word besides their heads ("mass"): one act, told as raids by one
    outlet and as arrests by the other; the sentences share too little to be retold."""
    north = art("a", "North Wire", "Minister Halvard Oskeby ended mass arrests at Tollund farms.")
    south = art("b", "South Daily", "A memo told border agents to halt mass farm raids.")
    rows = heads_by_outlet([north, south], [phrase(north, "mass arrests", "arrest"),
                                            phrase(south, "mass farm raids", "raid")])
    assert rows == {
        "North Wire": {"mass arrests": ("the enforcement operation", {"South Daily": ["mass farm raids"]})},
        "South Daily": {"mass farm raids": ("the enforcement operation", {"North Wire": ["mass arrests"]})}}


def test_a_two_word_term_is_read_with_its_head_as_a_lemma():
    north = art("a", "North Wire", "The Kestrel Front, a terror group, shelled Ostrel.")
    south = art("b", "South Daily", "Ostrel was shelled by an armed group from the hills.")
    rows = heads_by_outlet([north, south], [phrase(north, "terror group", "group"),
                                            phrase(south, "armed group", "group")])
    assert rows["North Wire"] == {"terror group": ("the armed group", {"South Daily": ["armed group"]})}


def test_heads_of_one_kind_in_sentences_of_two_things_make_no_row():
    """Nothing ties the riot to the protest: no shared word, no shared telling."""
    north = art("a", "North Wire", "A riot broke out in Brandholm in 1962.")
    south = art("b", "South Daily", "Teachers staged a protest outside the Ostrel school board.")
    assert heads_by_outlet([north, south], [phrase(north, "riot", "riot"),
                                            phrase(south, "protest", "protest")]) == NONE


def test_sentences_telling_the_same_of_the_thing_align_bare_heads():
    north = art("a", "North Wire", "Police dispersed the riot near Vessby harbour on Friday night.")
    south = art("b", "South Daily", "Police dispersed the protest near Vessby harbour late Friday.")
    rows = heads_by_outlet([north, south], [phrase(north, "riot", "riot"),
                                            phrase(south, "protest", "protest")])
    assert rows["South Daily"] == {"protest": ("the gathering", {"North Wire": ["riot"]})}


def test_a_plain_head_beside_the_loaded_one_the_other_writes_or_one_stance_is_no_choice():
    """The second outlet writes the first's "riot" too: its "protest" chose against nothing."""
    north = art("a", "North Wire", "Police dispersed the riot near Vessby harbour on Friday night.")
    south = art("b", "South Daily", "Police dispersed the protest near Vessby harbour, then a riot.")
    assert heads_by_outlet([north, south], [phrase(north, "riot", "riot"),
                                            phrase(south, "protest", "protest"),
                                            phrase(south, "riot", "riot")]) == NONE
    rally = art("a", "North Wire", "Police dispersed the rally near Vessby harbour on Friday.")
    assert heads_by_outlet([rally, south], [phrase(rally, "rally", "rally"),
                                            phrase(south, "protest", "protest")]) == NONE


def test_a_quoted_head_or_one_in_a_name_is_not_the_outlets():
    south = art("b", "South Daily", "Police dispersed the protest near Vessby harbour late Friday.")
    protest = [phrase(south, "protest", "protest")]
    quoted = art("a", "North Wire", 'Police dispersed what the mayor called "a riot" near Vessby harbour.')
    assert heads_by_outlet([quoted, south], [phrase(quoted, "riot", "riot"), *protest]) == NONE
    named = art("a", "North Wire", "Police from the Riot Unit dispersed crowds near Vessby harbour.")
    assert heads_by_outlet([named, south], [phrase(named, "Riot", "riot"), *protest]) == NONE
