"""One thing two outlets name with heads of one kind and two stances (``head_choices``), on
hand-made articles and the noun phrases a parse would give them."""

from __future__ import annotations

from crosswire.compare.head_choices import referent_heads
from crosswire.models import Article, NounPhrase
from framing_records import NONE, act, art, terms_by_outlet
from text_spans import words_in


def phrase(article: Article, words: str, head: str) -> NounPhrase:
    span = words_in(article.text, words, article.id)
    return NounPhrase(span, head, words.split()[:-1])


def heads_by_outlet(articles: list[Article], phrases: list[NounPhrase]) -> dict[str, dict[str, tuple]]:
    """outlet -> the phrase as written -> (referent, the other outlets' phrases)."""
    return terms_by_outlet(articles, "heads", noun_phrases=phrases)


def test_one_act_named_with_a_dramatising_head_and_a_plain_one_is_a_row():
    """The phrases share a word besides their heads ("dawn"): one act, told as searches by
    one outlet and as raids by the other; the sentences share too little to be retold."""
    plain, dramatic = "dawn searches", "dawn dock raids"
    north = art("a", "North Wire", f"Minister Halvard Oskeby ended {plain} at Tollund wharves.")
    south = art("b", "South Daily", f"A memo told border agents to halt {dramatic}.")
    rows = heads_by_outlet([north, south], [phrase(north, plain, "search"),
                                            phrase(south, dramatic, "raid")])
    assert rows == {
        "North Wire": {plain: ("the enforcement operation", {"South Daily": [dramatic]})},
        "South Daily": {dramatic: ("the enforcement operation", {"North Wire": [plain]})}}


def test_a_two_word_term_is_read_with_its_head_as_a_lemma():
    north = art("a", "North Wire", "The Kestrel Front, a terror group, shelled Ostrel.")
    south = art("b", "South Daily", "Ostrel was shelled by an armed group from the hills.")
    rows = heads_by_outlet([north, south], [phrase(north, "terror group", "group"),
                                            phrase(south, "armed group", "group")])
    assert rows["North Wire"] == {"terror group": ("the armed group", {"South Daily": ["armed group"]})}


def test_heads_of_one_kind_in_sentences_of_two_things_make_no_row():
    """Nothing ties the sweep to the search: no shared word, no shared telling."""
    north = art("a", "North Wire", "A sweep broke up a Brandholm gang in 1962.")
    south = art("b", "South Daily", "Teachers began a search outside the Ostrel school board.")
    assert heads_by_outlet([north, south], [phrase(north, "sweep", "sweep"),
                                            phrase(south, "search", "search")]) == NONE


def test_sentences_telling_the_same_of_the_thing_align_bare_heads():
    north = art("a", "North Wire", "Police began the sweep near Vessby harbour on Friday night.")
    south = art("b", "South Daily", "Police began the search near Vessby harbour late Friday.")
    rows = heads_by_outlet([north, south], [phrase(north, "sweep", "sweep"),
                                            phrase(south, "search", "search")])
    assert rows["South Daily"] == {"search": ("the enforcement operation", {"North Wire": ["sweep"]})}


def test_a_plain_head_beside_the_loaded_one_the_other_writes_or_one_stance_is_no_choice():
    """The second outlet writes the first's "sweep" too: its "search" chose against nothing."""
    north = art("a", "North Wire", "Police began the sweep near Vessby harbour on Friday night.")
    south = art("b", "South Daily", "Police began the search near Vessby harbour, then a sweep.")
    assert heads_by_outlet([north, south], [phrase(north, "sweep", "sweep"),
                                            phrase(south, "search", "search"),
                                            phrase(south, "sweep", "sweep")]) == NONE
    arrest = art("a", "North Wire", "Police began the arrest near Vessby harbour on Friday.")
    assert heads_by_outlet([arrest, south], [phrase(arrest, "arrest", "arrest"),
                                             phrase(south, "search", "search")]) == NONE


def test_a_quoted_head_or_one_in_a_name_is_not_the_outlets():
    south = art("b", "South Daily", "Police began the search near Vessby harbour late Friday.")
    search = [phrase(south, "search", "search")]
    quoted = art("a", "North Wire", 'Police began what the mayor called "a sweep" near Vessby harbour.')
    assert heads_by_outlet([quoted, south], [phrase(quoted, "sweep", "sweep"), *search]) == NONE
    named = art("a", "North Wire", "Police from the Sweep Unit searched sheds near Vessby harbour.")
    assert heads_by_outlet([named, south], [phrase(named, "Sweep", "sweep"), *search]) == NONE


def test_terms_the_contested_lexicon_rows_are_no_heads():
    """contested_terms.jsonl rows these already (its contexts, its variants): a head of
    them here would name one choice twice."""
    for words in [("riot",), ("protest",), ("mob",), ("tax", "cut"), ("tax", "relief"), ("bailout",),
                  ("rescue", "package"), ("massacre",), ("crackdown",)]:
        assert words not in referent_heads()


def test_what_a_preposition_after_the_head_names_ties_two_phrases():
    """Neither phrase holds a word besides its head, and the sentences share one word."""
    north = art("a", "North Wire", "Agents carried out a raid on Ostrel at dawn.")
    south = art("b", "South Daily", "Investigators began the search of Ostrel late Tuesday.")
    rows = heads_by_outlet([north, south], [phrase(north, "raid", "raid"),
                                            phrase(south, "search", "search")])
    assert rows["North Wire"] == {"raid": ("the enforcement operation", {"South Daily": ["search"]})}


def test_a_possessor_and_a_peoples_word_for_one_country_tie_two_phrases():
    owned = art("a", "North Wire", "Sanctions hit Norway's government after the vote in Bergen.")
    demonym = art("b", "South Daily", "Critics of the Norwegian regime faced arrest.")
    rows = heads_by_outlet([owned, demonym], [phrase(owned, "government", "government"),
                                              phrase(demonym, "Norwegian regime", "regime")])
    assert rows["South Daily"] == {"Norwegian regime": ("the government", {"North Wire": ["government"]})}


def test_one_coded_act_told_by_verbs_of_two_stances_meets_through_its_parties():
    north = art("a", "North Wire", "Senator Ilse Varn slammed the Tollund ferry levy on Monday.")
    south = art("b", "South Daily", "In a speech to Halden farmers, Varn criticised the levy.")
    events = [act(north, "ACCUSE", "slammed", doer="Senator Ilse Varn", target="the Tollund ferry levy"),
              act(south, "ACCUSE", "criticised", doer="Varn", target="the levy")]
    rows = terms_by_outlet([north, south], "heads", events=events)
    assert rows["North Wire"] == {"slammed": ("the criticism", {"South Daily": ["criticised"]})}
    other_kind = [events[0], act(south, "COMMENT", "criticised", doer="Varn", target="the levy")]
    assert not any(terms_by_outlet([north, south], "heads", events=other_kind).values())
