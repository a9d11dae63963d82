"""One slot of aligned sentences named differently across outlets, on texts written here."""

from __future__ import annotations

import pytest

from crosswire.compare.framing import frame
from crosswire.compare.slots import aligned_pairs, named_differently, sentence_at, sentences
from crosswire.models import Article, DateEstimate, MergedAnalysis

UNDATED = DateEstimate(None, "unknown", "", 0.0)
OUTLETS = {"a": "North Wire", "b": "South Daily", "c": "East Post"}


def art(id_, text):
    return Article(id_, f"{id_}.txt", OUTLETS[id_], None, UNDATED, "en", text)


def terms(uses, outlet):
    return {term for _, term in uses.get(outlet, {})}


def test_sentences_split_at_ends_and_keep_offsets():
    article = art("a", "The mayor of Rellby spoke on Monday. \"We will rebuild,\" she said.\nA new line.")
    found = sentences(article)
    assert [article.text[s.start:s.end] for s in found] == [
        "The mayor of Rellby spoke on Monday.", "\"We will rebuild,\" she said.", "A new line."]
    assert "mayor" in found[0].words and "the" not in found[0].words


def test_a_sentence_keeps_its_closing_quote_mark():
    article = art("a", "The crowd gave a \"long sigh.\" Then the mayor of Rellby (the city's first) spoke.) "
                       "She left.")
    assert [article.text[s.start:s.end] for s in sentences(article)] == [
        "The crowd gave a \"long sigh.\"", "Then the mayor of Rellby (the city's first) spoke.)", "She left."]


def test_sentence_at_finds_the_sentence_holding_a_position():
    article = art("a", "\nThe ferry left Dunmore at noon. It docked late.\nCrews cheered.")
    assert sentence_at(article, 0) is None  # before the first sentence opens
    for word, expected in [("ferry", "The ferry left Dunmore at noon."), ("docked", "It docked late."),
                           ("cheered", "Crews cheered.")]:
        found = sentence_at(article, article.text.index(word))
        assert found is not None and article.text[found.start:found.end] == expected


def test_abbreviations_do_not_end_sentences():
    article = art("a", "Gov. Ann Lee met U.S. officials in Tolvik. Then Mr. Bo Ray left! It rained.")
    assert [article.text[s.start:s.end] for s in sentences(article)] == [
        "Gov. Ann Lee met U.S. officials in Tolvik.", "Then Mr. Bo Ray left!", "It rained."]


def test_an_articles_first_sentences_are_read_from_its_one_split(monkeypatch):
    """Leads read an article's first sentences and descriptions all of them: one split serves
    both, and gives the first ones as the whole split does."""
    from crosswire.compare import slots

    splits = []
    split = slots._sentences
    monkeypatch.setattr(slots, "_sentences", lambda *key: splits.append(key) or split(*key))
    slots._sentence_starts.cache_clear()
    article = art("a", "The weir at Olsmere failed on Tuesday. Crews came at dawn.\nThe road reopened.")
    first = sentences(article, limit=1)
    assert sentences(article)[:1] == first and len(sentences(article, limit=2)) == 2
    assert sentence_at(article, article.text.index("road")) == sentences(article)[2]
    assert len(splits) == 1


@pytest.mark.parametrize("first, second", [
    # both sentences align, but what "get" and "said" take is anything at all
    ("Health minister Ola Brandt said on Sunday in Tolvik that patients should get "
     "their vaccines before the winter season.",
     "Health minister Ola Brandt said on Sunday in Tolvik that patients should get "
     "booster appointments before the winter season."),
    # an outlet using both words chose neither
    ("The council told the residents on Friday that the old depot would close next "
     "spring. The residents were angry.",
     "The council told the tenants on Friday that the old depot would close next "
     "spring. Some residents were angry."),
])
def test_aligned_sentences_with_no_chosen_word(first, second):
    a, b = art("a", first), art("b", second)
    assert aligned_pairs([a, b], {"a": "North Wire", "b": "South Daily"})
    assert named_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}


def retold_pair() -> tuple[Article, Article]:
    """One sentence told active by one outlet and passive by the other, its object named
    two ways."""
    a = art("a", "Transport minister Ola Brandt warned parliament on Tuesday that the port "
                 "will soon close its fishing docks before the March deadline.")
    b = art("b", "Transport minister Ola Brandt warned parliament on Tuesday that the port's "
                 "old cargo piers will soon be closed before the March deadline.")
    return a, b


def test_retellings_align_and_other_sentences_do_not():
    a = art("a", "Transport minister Ola Brandt warned parliament that the port will close its "
                 "eastern docks by March. The weather was mild.")
    b = art("b", "Ola Brandt, the transport minister, told parliament the port's eastern piers "
                 "will be closed by March. Farmers met in Tolvik.")
    pairs = aligned_pairs([a, b], {"a": "North Wire", "b": "South Daily"})
    assert [(a.text[x.start:x.end][:20], b.text[y.start:y.end][:20]) for x, y in pairs] == [
        ("Transport minister O", "Ola Brandt, the tran")]


def test_the_object_of_one_verb_named_two_ways():
    # active and passive: the thing closed is one slot
    a, b = retold_pair()
    uses = named_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    assert terms(uses, "North Wire") == {"fishing docks"}
    assert terms(uses, "South Daily") == {"old cargo piers"}
    ((_, term), [evidence]) = next(iter(uses["South Daily"].items()))
    assert b.text[evidence.start:evidence.end] == term


def test_more_detail_numbers_and_spelling_slips_are_not_other_names():
    outlets = {"a": "North Wire", "b": "South Daily"}
    detail = [art("a", "The governor of Vesta on Monday signed the farm subsidy bill into law after a long fight."),
              art("b", "The governor of Vesta on Monday signed the bill into law after a long fight.")]
    amount = [art("a", "The council in Vesta on Monday closed the 30-year-old bridge over the river."),
              art("b", "The council in Vesta on Monday closed the three-decade-old bridge over the river.")]
    slip = [art("a", "The court in Vesta on Monday upheld the farming quotas for the northern valleys."),
            art("b", "The court in Vesta on Monday upheld the farmimg quotas for the northern valleys.")]
    for pair in (detail, amount, slip):
        assert aligned_pairs(pair, outlets)  # the sentences align; their slots do not differ
        assert named_differently(pair, outlets) == {}


def test_a_time_told_two_ways_is_no_name():
    # "the bitter winter" / "the wet spring" fill one slot, but the entity recogniser types
    # both dates (run on the sentences whose names are compared): no thing named two ways
    outlets = {"a": "North Wire", "b": "South Daily"}
    told = ("Harbour councillor Mira Holt said on Tuesday that the ferry crews spent {} "
            "repairing the northern quay near the old fish market.")
    pair = [art("a", told.format("the bitter winter")), art("b", told.format("the wet spring"))]
    assert aligned_pairs(pair, outlets)
    assert named_differently(pair, outlets) == {}
    # the same slot filled with things is named two ways
    things = [art("a", told.format("the bitter dues")), art("b", told.format("the wet nets"))]
    assert terms(named_differently(things, outlets), "North Wire") == {"bitter dues"}


def test_a_speakers_quoted_words_are_not_the_outlets_name():
    a = art("a", "Mayor Ann Lee of Rellby said on Friday the city \"will close the failing "
                 "ferry service next spring\" after months of losses.")
    b = art("b", "Mayor Ann Lee of Rellby said on Friday the city will close the harbour "
                 "ferry service next spring after months of losses.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    unquoted = art("a", a.text.replace('"', ""))
    assert terms(named_differently([unquoted, b], outlets), "North Wire") == {"failing ferry service"}


def test_names_and_pronouns_are_left_to_the_alias_alignment():
    a = art("a", "On Monday the ministry in Tolvik accused Vesta of shelling the border villages.")
    b = art("b", "On Monday the ministry in Tolvik accused them of shelling the border villages.")
    assert named_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}


def test_slot_differences_reach_the_outlet_framing_rows():
    a, b = retold_pair()
    merged = MergedAnalysis(articles=[a, b], actors=[], statements=[], mentions=[], events=[], errors=[])
    rows = {record.outlet: record.terms for record in frame(merged)}
    (north,) = [use for use in rows["North Wire"] if use.source == "slots"]
    assert north.term == "fishing docks" and north.others == {"South Daily": ["old cargo piers"]}


@pytest.mark.parametrize("north, south", [
    ("its eastern docks", "its eastern piers"),  # one description, its head worded two ways
    ("its aim", "its goal"),  # two bare plain words for one thing
])
def test_a_plain_head_worded_two_ways_is_no_framing_unless_a_loaded_word_differs(north, south):
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", f"The Halden port board stated {north} in a letter to the Vesta council on Tuesday.")
    b = art("b", f"The Halden port board stated {south} in a letter to the Vesta council on Tuesday.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    loaded = art("b", b.text.replace(south, south.replace("its ", "its sham ")))
    assert terms(named_differently([a, loaded], outlets), "South Daily") == {south.replace("its ", "sham ")}


def test_one_name_told_with_words_that_load_neither_is_no_framing():
    # the same head, set apart by plain words: wording, not a name an analyst would note
    a = art("a", "The health agency in Vesta on Monday ordered new tests of the river water "
                 "after the chemical spill.")
    b = art("b", "The health agency in Vesta on Monday ordered fresh tests of the river water "
                 "after the chemical spill.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    # a loaded word setting one apart is a choice: "bogus tests"
    loaded = art("a", a.text.replace("new tests", "bogus tests"))
    assert terms(named_differently([loaded, b], outlets), "North Wire") == {"bogus tests"}


def test_what_a_vote_was_to_do_told_with_a_loaded_verb_is_framing_a_plain_synonym_is_not():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Vesta transit board voted on Monday to close the night ferry at the Halden pier.")
    b = art("b", "Transit chiefs in Vesta voted on Monday to axe the night ferry at the Halden pier.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"close"} and terms(uses, "South Daily") == {"axe"}
    ((_, term), [evidence]) = next(iter(uses["South Daily"].items()))
    assert b.text[evidence.start:evidence.end] == term == "axe"
    # "end" and "close": two plain words for one act
    plain = art("b", b.text.replace("to axe", "to end"))
    assert aligned_pairs([a, plain], outlets)
    assert named_differently([a, plain], outlets) == {}


def test_heads_of_one_synonym_family_are_one_name_unless_a_loaded_word_sets_them_apart():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Vesta council passed the ferry bill on Monday after a long debate in Halden.")
    b = art("b", "The Vesta council passed the ferry legislation on Monday after a long debate in Halden.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    loaded = art("b", b.text.replace("the ferry legislation", "the sprawling ferry legislation"))
    assert terms(named_differently([a, loaded], outlets), "South Daily") == {"sprawling ferry legislation"}


def test_the_source_of_an_attribution_phrase_fills_no_slot():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Halden harbour board will meet twice a month in Vesta, according to two people "
                 "familiar with the plan.")
    b = art("b", "The Halden harbour board will meet twice a month in Vesta, according to several reports.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}


def test_what_is_done_to_one_thing_told_with_a_loaded_verb_is_framing_a_plain_synonym_is_not():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Vesta council on Tuesday repealed the night curfew for the Halden docks.")
    b = art("b", "Councillors in Vesta on Tuesday scrapped the night curfew for the Halden docks.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"repealed"} and terms(uses, "South Daily") == {"scrapped"}
    plain = art("b", b.text.replace("scrapped", "lifted"))
    assert aligned_pairs([a, plain], outlets)
    assert named_differently([a, plain], outlets) == {}


def test_a_dysphemism_done_to_nothing_tells_a_plain_act():
    outlets = {"a": "North Wire", "b": "South Daily", "c": "East Post"}
    a = art("a", "The Korrin probe blasted off from the Tessa launch site at dawn on Monday with two pilots.")
    b = art("b", "The Korrin probe lifted off from the Tessa launch site at dawn on Monday with two pilots.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    # the loaded sense acts on something: the critics' target
    c = art("c", "Senator Ivo Marr blasted the Korrin probe budget in Tessa on Monday with two aides.")
    d = art("a", "Senator Ivo Marr questioned the Korrin probe budget in Tessa on Monday with two aides.")
    uses = named_differently([c, d], outlets)
    assert terms(uses, "East Post") == {"blasted"} and terms(uses, "North Wire") == {"questioned"}


def test_two_acts_of_one_doer_are_two_acts_not_one_act_named_two_ways():
    # a loaded verb beside another verb of the same doer: the doer fills no slot of verbs
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "Governor Ilse Varn of Tessa slammed the Korrin dam budget at a rally in Halden on Friday.")
    b = art("b", "Governor Ilse Varn of Tessa signed the Halden river bill at a rally in Halden on Friday.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}


def test_a_removal_told_as_a_purge_is_framing_a_plain_removal_is_not():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The club board in Vesta on Friday ousted Alma Reyes from its finance panel.")
    b = art("b", "The club board in Vesta voted on Friday to purge Alma Reyes from its finance panel.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"ousted"} and terms(uses, "South Daily") == {"purge"}
    plain = art("b", b.text.replace("purge", "remove"))
    assert named_differently([a, plain], outlets) == {}


def test_a_dysphemism_aimed_at_someone_through_its_preposition_is_framing():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "Premier Ilse Varn sparred on Monday with a Tessa Courier reporter who asked why she "
                 "was sure the Korrin dam would open.")
    b = art("b", "Premier Ilse Varn snapped at a Tessa Courier reporter on Monday after he asked why she "
                 "was sure the Korrin dam would open.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"sparred"} and terms(uses, "South Daily") == {"snapped"}
    # two plain words for one exchange load nothing
    plain = art("b", b.text.replace("snapped at", "argued with"))
    assert aligned_pairs([a, plain], outlets)
    assert named_differently([a, plain], outlets) == {}


def test_a_dysphemism_at_a_time_or_place_acts_on_no_one():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Korrin dam gate broke at dawn on Monday as a Tessa Courier reporter watched the "
                 "water rise.")
    b = art("b", "The Korrin dam gate snapped at dawn on Monday as a Tessa Courier reporter watched the "
                 "water rise.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}


def test_a_day_or_a_place_named_after_a_preposition_is_when_or_where_not_someone():
    outlets = {"a": "North Wire", "b": "South Daily"}
    # a weekday: the firm closing and the firm restructuring on one day fill no slot alike
    a = art("a", "The Vesta ferry firm closed on Monday after its owners met two unions.")
    b = art("b", "The Vesta ferry firm restructured on Monday after its owners met two unions.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    # a place: a gate snapping at a town is a gate breaking there
    c = art("a", "The Korrin dam gate broke at Halden on Monday as a Tessa Courier reporter watched the "
                 "water rise.")
    d = art("b", "The Korrin dam gate snapped at Halden on Monday as a Tessa Courier reporter watched the "
                 "water rise.")
    assert aligned_pairs([c, d], outlets)
    assert named_differently([c, d], outlets) == {}


def test_a_figurative_dysphemism_done_to_someone_tells_the_act_itself():
    outlets = {"a": "North Wire", "b": "South Daily"}
    # a death and an injury are two acts, not one act told with a loaded word
    a = art("a", "The rockslide near Halden on Sunday killed three hikers from the Vesta walking club.")
    b = art("b", "The rockslide near Halden on Sunday injured three hikers from the Vesta walking club.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}
    named = art("a", "The rockslide near Halden on Sunday killed Orla Menzies of the Vesta walking club.")
    injured = art("b", "The rockslide near Halden on Sunday injured Orla Menzies of the Vesta walking club.")
    assert named_differently([named, injured], outlets) == {}
    # done to a thing, the same verb is the figure that loads it
    c = art("a", "The Vesta council on Tuesday killed the night curfew for the Halden docks.")
    d = art("b", "Councillors in Vesta on Tuesday repealed the night curfew for the Halden docks.")
    uses = named_differently([c, d], outlets)
    assert terms(uses, "North Wire") == {"killed"} and terms(uses, "South Daily") == {"repealed"}


def test_a_verb_with_its_particle_is_loaded_where_the_bare_verb_is_plain():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The club board in Vesta on Friday removed Alma Reyes from its finance panel.")
    b = art("b", "The club board in Vesta on Friday pushed out Alma Reyes from its finance panel.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"removed"} and terms(uses, "South Daily") == {"pushed out"}
    ((_, term), [evidence]) = next(iter(uses["South Daily"].items()))
    assert b.text[evidence.start:evidence.end] == term
    # the bare verb is a plain push: "pushed Alma Reyes to stay" urges, it ousts no one
    c = art("a", "The club board in Vesta on Friday urged Alma Reyes to stay on its finance panel.")
    d = art("b", "The club board in Vesta on Friday pushed Alma Reyes to stay on its finance panel.")
    assert aligned_pairs([c, d], outlets)
    assert named_differently([c, d], outlets) == {}


def test_a_figurative_dysphemism_done_to_a_counted_thing_loads_it():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Korrin shipyard in Vesta on Monday slashed 300 jobs at its eastern docks.")
    b = art("b", "The Korrin shipyard in Vesta on Monday cut 300 jobs at its eastern docks.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"slashed"} and terms(uses, "South Daily") == {"cut"}
    # counted people are victims: the act itself, not a figure
    c = art("a", "The rockslide near Halden on Sunday killed four people from the Vesta walking club.")
    d = art("b", "The rockslide near Halden on Sunday injured four people from the Vesta walking club.")
    assert named_differently([c, d], outlets) == {}


def test_a_verb_with_an_unlisted_particle_is_the_bare_verb():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "The Vesta council on Tuesday killed the night curfew for the Halden docks.")
    b = art("b", "The Vesta council on Tuesday killed off the night curfew for the Halden docks.")
    assert aligned_pairs([a, b], outlets)
    assert named_differently([a, b], outlets) == {}


def test_a_particle_verb_that_needs_an_object_loads_only_with_one():
    outlets = {"a": "North Wire", "b": "South Daily"}
    # the parse tags this particle as an adverb
    a = art("a", "The Vesta council on Tuesday walked back its pledge to close the Halden docks.")
    b = art("b", "The Vesta council on Tuesday dropped its pledge to close the Halden docks.")
    uses = named_differently([a, b], outlets)
    assert terms(uses, "North Wire") == {"walked back"} and terms(uses, "South Daily") == {"dropped"}
    # done to nothing, winding down is a plain end
    c = art("a", "The harvest festival in Vesta wound down on Sunday evening after three days.")
    d = art("b", "The harvest festival in Vesta ended on Sunday evening after three days.")
    assert aligned_pairs([c, d], outlets)
    assert named_differently([c, d], outlets) == {}
