"""Different descriptions of one referent across outlets, on short texts written here."""

from __future__ import annotations

import dataclasses

from crosswire.compare.descriptions import described_differently
from crosswire.compare.held_apart import scare_quoted_elsewhere
from crosswire.compare.loaded_words import is_loaded
from crosswire.compare.framing import frame
from crosswire.models import Article, DateEstimate, MergedAnalysis, TextSpan
from crosswire.nlp.short_quotations import scare_quotes
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def art(id_, outlet, text):
    return Article(id_, f"{id_}.txt", outlet, None, UNDATED, "en", text)


def test_loaded_words_and_affiliation_compounds():
    assert is_loaded("sweeping") and is_loaded("Republican-led") and is_loaded("state-backed")
    assert not is_loaded("federal") and not is_loaded("voting")


def test_same_head_loaded_differently_across_outlets():
    a = art("a", "North Wire", "The senator opposed the sweeping tax bill on Monday.")
    b = art("b", "South Daily", "The senator opposed the tax bill on Monday.")
    c = art("c", "East Post", "The senator visited a rural school on Monday.")
    uses = described_differently([a, b, c], {"a": "North Wire", "b": "South Daily", "c": "East Post"})
    north = {term for _, term in uses["North Wire"]}
    south = {term for _, term in uses["South Daily"]}
    assert north == {"sweeping tax bill"} and south == {"tax bill"}
    assert "East Post" not in uses
    (evidence,) = uses["North Wire"][("tax bill", "sweeping tax bill")]
    assert a.text[evidence.start:evidence.end] == "sweeping tax bill"


def test_a_loaded_word_in_a_quotation_left_open_is_the_speakers_not_the_outlets():
    # news style leaves a quotation open at its paragraph's end when it goes on in the next
    # one, and a cut-short text may end inside one: the words after the mark are still quoted
    quoted = ('The mayor spoke on Monday.\n\n"We will never fund a sweeping tax bill that '
              'punishes the farmers of this valley\n\n"Not while I hold office," she said.')
    a = art("a", "North Wire", quoted)
    b = art("b", "South Daily", "The senator opposed the tax bill for the valley farmers on Monday.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    assert described_differently([a, b], outlets) == {}
    closed = art("a", "North Wire", quoted.replace("valley\n", "valley\"\n"))
    assert described_differently([closed, b], outlets) == {}
    plain = art("a", "North Wire", quoted.replace('"We will', "She will"))
    assert {term for _, term in described_differently([plain, b], outlets)["North Wire"]} == {
        "sweeping tax bill"}


def test_same_head_for_different_things_is_not_aligned():
    a = art("a", "North Wire", "Officials announced a sweeping tax bill.")
    b = art("b", "South Daily", "Officials announced a farm bill.")
    assert described_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}


def test_phrases_owned_by_different_names_are_two_things():
    # "Ostrava's plan" and "Halden's sweeping plan" are two plans, however alike their words
    a = art("a", "North Wire", "The council weighed Halden's sweeping plan for the harbour on Monday.")
    b = art("b", "South Daily", "The council weighed Ostrava's plan for the harbour on Monday.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    assert described_differently([a, b], outlets) == {}
    # one owner: one plan, loaded by one outlet
    c = art("b", "South Daily", "The council weighed Halden's plan for the harbour on Monday.")
    assert {term for _, term in described_differently([a, c], outlets)["North Wire"]} == {"sweeping plan"}


def test_one_referent_keeps_its_number_and_what_it_is_of():
    a = art("a", "North Wire", "Both camps kept their hard-line positions. The fierce fighting in the hills went on.")
    b = art("b", "South Daily", "The envoy stated the ministry’s position. The fighting over the winter slowed.")
    c = art("c", "West Post", "The fighting in the hills went on all week.")
    uses = described_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    # "positions" of both camps are not the ministry's "position"; fighting in the hills is
    # not fighting over the winter
    assert uses == {}
    uses = described_differently([a, c], {"a": "North Wire", "c": "West Post"})
    assert {term for _, term in uses["North Wire"]} == {"fierce fighting"}


def test_descriptions_with_more_than_one_plain_word_apart_name_other_things():
    a = art("a", "North Wire", "Troops shelled the occupied regions.")
    b = art("b", "South Daily", "Troops shelled the Norland and Vesta regions.")
    assert described_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}


def test_scare_quoted_name_against_plain_use_but_not_a_speech_fragment():
    a = art("a", "North Wire", "The court struck down the state's “attack drones” ban. "
                                "The governor vowed to “crush the outbreak” soon.")
    b = art("b", "South Daily", "The court struck down the ban on attack drones. "
                                "The governor vowed to crush the outbreak soon.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    quotes = {x.id: scare_quotes(x, covered=[]) for x in (a, b)}
    uses = scare_quoted_elsewhere([a, b], outlets, quotes, covered={}, read={})
    assert set(uses["North Wire"]) == {("attack drones", "“attack drones”")}
    assert set(uses["South Daily"]) == {("attack drones", "attack drones")}


def test_words_another_outlet_writes_only_inside_a_longer_quotation_are_quoted_speech():
    a = art("a", "North Wire", 'The premier brushed off the envoy\'s call for a "lasting truce" in Halden.')
    b = art("b", "South Daily", 'The envoy said he expected "a lasting truce in Halden by the end of the week."')
    outlets = {"a": "North Wire", "b": "South Daily"}
    quotes = {x.id: scare_quotes(x, covered=[]) for x in (a, b)}
    assert scare_quoted_elsewhere([a, b], outlets, quotes, covered={}, read={}) == {}
    plain = art("b", "South Daily", "The envoy said he expected a lasting truce in Halden by Friday.")
    quotes["b"] = scare_quotes(plain, covered=[])
    assert set(scare_quoted_elsewhere([a, plain], outlets, quotes, covered={}, read={})) == {"North Wire", "South Daily"}


def test_framing_rows_carry_descriptions_with_evidence():
    a = art("a", "North Wire", "The separatist fighters were detained.")
    b = art("b", "South Daily", "The rebel fighters were detained.")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [], []))}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "descriptions"]
    assert north.term == "separatist fighters"
    assert north.others == {"South Daily": ["rebel fighters"]}
    assert a.text[north.evidence[0].start:north.evidence[0].end] == "separatist fighters"


def test_overlapping_rows_of_one_referent_are_one_row():
    a = art("a", "North Wire", "The judge struck down the state's controversial “attack drones” ban.")
    b = art("b", "South Daily", "The judge struck down the state's attack drones ban.")
    framing = frame(MergedAnalysis([a, b], [], []))
    referents = {t.referent for f in framing for t in f.terms}
    assert len(referents) == 1
    north = {t.term for f in framing if f.outlet == "North Wire" for t in f.terms}
    assert north == {"controversial “attack drones” ban", "“attack drones”"}


def test_an_epithet_against_a_plain_title_for_one_actor():
    from crosswire.models import Actor, Mention

    a = art("a", "North Wire", "The strongman Tomas Reyk spoke on Monday.")
    b = art("b", "South Daily", "President Tomas Reyk spoke on Monday.")
    c = art("c", "East Post", "President Tomas Reyk and the strongman Ivo Dal met.")
    start_a, start_b = a.text.index("Tomas"), b.text.index("Tomas")
    reyk = Actor("r", "Tomas Reyk", "person", ["Tomas Reyk"], ["President"], seen=[
        TextSpan("Tomas Reyk", start_a, start_a + 10, "a"), TextSpan("Tomas Reyk", start_b, start_b + 10, "b")])
    mentions = [Mention("m1", TextSpan("Tomas Reyk", start_a, start_a + 10, "a"), "person", role="strongman"),
                Mention("m2", TextSpan("Tomas Reyk", start_b, start_b + 10, "b"), "person", role="President")]
    merged = MergedAnalysis([a, b, c], [reyk], [], mentions=mentions)
    framing = {f.outlet: f for f in frame(merged)}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "epithets"]
    assert (north.referent, north.term, north.others) == ("Tomas Reyk", "strongman", {"South Daily": ["President"]})
    assert a.text[north.evidence[0].start:north.evidence[0].end] == "strongman"
    assert not [t for t in framing["East Post"].terms if t.source == "epithets"]


def test_the_parse_keeps_noun_phrases_outside_long_quotations(nlp):
    from crosswire.nlp.noun_phrases import find_noun_phrases

    text = ('Guards held rebel fighters at the gate. "We saw the tired old men '
            'walking home," a resident said.')
    phrases = find_noun_phrases(nlp(text), article="a", offset=10)
    described = {p.span.text: (p.head, p.modifiers) for p in phrases}
    assert described["rebel fighters"] == ("fighter", ["rebel"])
    assert not any("old men" in words for words in described)  # inside the quotation
    for phrase in phrases:
        assert text[phrase.span.start - 10:phrase.span.end - 10] == phrase.span.text


def test_a_loaded_label_for_the_head_against_its_plain_synonym_with_a_word_in_common():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The Ostrian regime closed the Halden border crossing on Monday.")
    b = art("b", "South Daily", "The Ostrian government closed the Halden border crossing on Monday.")
    uses = described_differently([a, b], outlets)
    assert {term for _, term in uses["North Wire"]} == {"Ostrian regime"}
    assert {term for _, term in uses["South Daily"]} == {"Ostrian government"}
    # "government of Premier Ana Varga" says whose, as "the Varga regime" does
    a = art("a", "North Wire", "The Varga regime closed the Halden border crossing on Monday.")
    b = art("b", "South Daily", "The government of Premier Ana Varga closed the Halden border crossing.")
    assert set(described_differently([a, b], outlets)) == {"North Wire", "South Daily"}


def test_a_label_against_a_synonym_sharing_no_word_names_maybe_another_government():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The strike was the largest since the end of the military regime in 1994.")
    b = art("b", "South Daily", "The Ostrian government said the strike had cost millions.")
    assert described_differently([a, b], outlets) == {}
    bare = art("b", "South Daily", "The government said the strike had cost millions.")
    assert described_differently([a, bare], outlets) == {}


def test_heads_of_a_family_without_a_label_compare_only_with_themselves():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The senator opposed the sweeping tax bill on Monday.")
    b = art("b", "South Daily", "The senator opposed the tax legislation on Monday.")
    assert described_differently([a, b], outlets) == {}


def test_one_partys_control_told_with_two_affiliation_words_is_one_label():
    a = art("a", "North Wire", "The Republican-controlled chamber passed the repeal on Friday.")
    b = art("b", "South Daily", "The GOP-led chamber passed the repeal on Friday.")
    c = art("c", "East Post", "The chamber passed the repeal on Friday.")
    d = art("d", "West Ledger", "The Democrat-pushed chamber rules failed. The Democratic-led chamber voted.")
    outlet_of = {"a": "North Wire", "b": "South Daily", "c": "East Post"}
    uses = described_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    assert uses == {}  # both say whose the chamber is, and say it alike
    uses = described_differently([a, b, c], outlet_of)
    assert {term for _, term in uses["East Post"]} == {"chamber"}  # the one leaving it out differs
    assert {term for _, term in uses["North Wire"]} == {"Republican-controlled chamber"}
    other = described_differently([b, d], {"b": "South Daily", "d": "West Ledger"})
    assert {term for _, term in other["West Ledger"]} == {"Democratic-led chamber"}  # another holder


def test_a_listed_word_inside_a_name_loads_nothing():
    a = art("a", "North Wire", "Agents of the Secret Service guarded the pier. Secret agents guarded the dock.")
    b = art("b", "South Daily", "The Secret Service agents guarded the pier. Two agents guarded the dock.")
    c = art("c", "East Post", "The agents guarded the pier on Monday.")
    outlet_of = {"a": "North Wire", "b": "South Daily", "c": "East Post"}
    uses = described_differently([b, c], {"b": "South Daily", "c": "East Post"})
    assert uses == {}  # "Secret Service agents" names whose agents they are
    uses = described_differently([a, c], {"a": "North Wire", "c": "East Post"})
    assert {term for _, term in uses["North Wire"]} == {"Secret agents"}  # a sentence opens on it
    south = {term for _, term in described_differently([a, b, c], outlet_of)["South Daily"]}
    assert "Secret Service agents" not in south  # its plain "agents" against a loaded one


def test_who_appointed_a_judge_against_a_plain_judge_is_framing_across_three_outlets():
    assert is_loaded("Lindqvist-appointed") and is_loaded("frenzied") and not is_loaded("appointed")
    a = art("a", "North Wire", "A Lindqvist-appointed judge paused the quarry permit in Dorvale on Friday.")
    b = art("b", "South Daily", "A judge paused the quarry permit in Dorvale on Friday.")
    c = art("c", "East Post", "The quarry in Dorvale hired forty workers on Friday.")
    uses = described_differently([a, b, c], {"a": "North Wire", "b": "South Daily", "c": "East Post"})
    assert {term for _, term in uses["North Wire"]} == {"Lindqvist-appointed judge"}
    assert {term for _, term in uses["South Daily"]} == {"judge"}
    assert "East Post" not in uses


def test_a_parenthesis_before_the_head_is_its_possessors_not_the_description(nlp):
    from crosswire.nlp.noun_phrases import find_noun_phrases

    text = "Critics assailed Mayor Ruth Ames’s (R) costly stadium plan on Friday."
    phrases = {p.span.text: (p.head, p.modifiers) for p in find_noun_phrases(nlp(text), article="a")}
    assert phrases.get("costly stadium plan") == ("plan", ["costly", "stadium"])
    assert not any(")" in words for words in phrases)


def test_a_loaded_word_in_a_short_quotation_is_the_speakers_or_held_apart_not_the_outlets():
    outlets = {"a": "North Wire", "b": "South Daily"}
    b = art("b", "South Daily", "The mayor said the city will fight the misinformation about the dam.")
    quoted = art("a", "North Wire", "The mayor said the city will fight “the dangerous misinformation” about the dam.")
    assert described_differently([quoted, b], outlets) == {}
    # nor is the quoted phrase the plain side of another outlet's loaded one
    other = art("c", "East Post", "The mayor said the city will fight the false misinformation about the dam.")
    assert described_differently([quoted, other], {**outlets, "c": "East Post"}) == {}
    own = art("a", "North Wire", "The mayor said the city will fight the dangerous misinformation about the dam.")
    assert {term for _, term in described_differently([own, b], outlets)["North Wire"]} == {
        "dangerous misinformation"}


def test_a_label_the_other_outlet_writes_on_a_neighbouring_word_is_told_alike():
    a = art("a", "North Wire", "The ministry sued Ostrava over the Senate-backed rules on ferry fares.")
    b = art("b", "South Daily", "The ministry sued Ostrava over Senate-led efforts to rewrite the rules on ferry fares.")
    c = art("c", "East Post", "The ministry sued Ostrava over the rules on ferry fares.")
    outlet_of = {"a": "North Wire", "b": "South Daily", "c": "East Post"}
    # the second outlet says whose the rules are, on the efforts that wrote them
    assert described_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}
    uses = described_differently([a, b, c], outlet_of)
    assert {term for _, term in uses["East Post"]} == {"rules"}  # the third leaves it out
    assert "South Daily" not in uses


def test_a_phrase_dated_to_a_past_year_tells_of_another_occasion():
    published = DateEstimate("2024-05-02", "day", "input metadata", 1.0)
    a = Article("a", "a.txt", "North Wire", None, published, "en",
                "The council set up a partisan review board to examine the flood response.")
    b = Article("b", "b.txt", "South Daily", None, published, "en",
                "The council copied the rules of the review board on the 2019 flood when it voted Monday.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    assert described_differently([a, b], outlets) == {}
    # a year written before the phrase's words dates it too
    before = Article("b", "b.txt", "South Daily", None, published, "en",
                     "The council copied the rules of the 2019 review board when it voted Monday.")
    assert described_differently([a, before], outlets) == {}
    # the story's own board, undated in both, is one referent loaded differently
    c = Article("c", "c.txt", "South Daily", None, published, "en",
                "The council set up a review board to examine the flood response.")
    assert {term for _, term in described_differently([a, c], {**outlets, "c": "South Daily"})["North Wire"]} == {
        "partisan review board"}


def test_a_loaded_description_before_a_name_against_an_outlet_naming_it_bare():
    """'the extremist group Vorn' loads what another outlet calls only 'Vorn'; 'a fierce
    break with the Vorn leadership' describes the break, not Vorn: that outlet names Vorn
    bare too."""
    from crosswire.models import Actor

    a = art("a", "North Wire", "Talks stalled after the extremist group Vorn fired on the port.")
    b = art("b", "South Daily", "Talks stalled after Vorn fired on the port.")
    c = art("c", "East Post", "It marked a fierce break with the Vorn leadership.")
    seen = [words_in(a.text, "Vorn", "a"), words_in(b.text, "Vorn", "b"), words_in(c.text, "Vorn", "c")]
    vorn = Actor("v", "Vorn", "organisation", ["Vorn"], [], seen=seen)
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b, c], [vorn], []))}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "epithets"]
    assert (north.referent, north.term) == ("Vorn", "extremist group")
    assert north.others == {"South Daily": ["Vorn"], "East Post": ["Vorn"]}
    assert a.text[north.evidence[0].start:north.evidence[0].end] == "extremist group"
    (south,) = [t for t in framing["South Daily"].terms if t.source == "epithets"]
    assert (south.term, south.evidence[0].start) == ("Vorn", b.text.index("Vorn"))


def test_a_speaker_told_by_a_loaded_description_is_an_epithet_of_the_actor_it_is_bound_to():
    """'The acclaimed marine biologist said' describes the scientist another outlet calls
    the institute's director: the description a statement is told by, bound to her, is an
    epithet beside that plain role."""
    from crosswire.models import Actor, Mention, Resolution, Statement

    a = art("a", "North Wire", "Ines Kola spoke. The acclaimed marine biologist said the reef would recover.")
    b = art("b", "South Daily", "Institute director Ines Kola said the reef would recover.")
    kola = Actor("k", "Ines Kola", "person", ["Ines Kola"], ["Institute director"],
                 seen=[words_in(a.text, "Ines Kola", "a"), words_in(b.text, "Ines Kola", "b")])
    mentions = [Mention("m1", words_in(b.text, "Ines Kola", "b"), "person", role="Institute director")]
    said = Statement("s1", words_in(a.text, "the reef would recover", "a"), "indirect",
                     words_in(a.text, "said", "a"), words_in(a.text, "The acclaimed marine biologist", "a"),
                     Resolution("description", 0.8), speaker="k")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [kola], [said], mentions=mentions))}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "epithets"]
    assert (north.referent, north.term) == ("Ines Kola", "acclaimed marine biologist")
    assert north.others == {"South Daily": ["Institute director"]}
    assert is_loaded("world-renowned") and is_loaded("acclaimed")


def test_a_year_opening_the_sentence_dates_the_phrase_after_it():
    """News writing dates a past occasion with a time adjunct opening the sentence ("In
    2011, a secretive board ..."): the board it tells of is not the story's own."""
    published = DateEstimate("2024-05-02", "day", "input metadata", 1.0)
    a = Article("a", "a.txt", "North Wire", None, published, "en",
                "The council set up a partisan review board to examine the storm response.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    for past in ("In 2011, a secretive review board cleared the mayor over the storm response.",
                 "In March 2011 a secretive review board cleared the mayor over the storm response."):
        b = Article("b", "b.txt", "South Daily", None, published, "en",
                    "The council set up a review board to examine the storm response. " + past)
        uses = described_differently([a, b], outlets)
        assert {term for _, term in uses["South Daily"]} == {"review board"}
        assert {term for _, term in uses["North Wire"]} == {"partisan review board"}
    # undated, the second board may be the story's own
    b = Article("b", "b.txt", "South Daily", None, published, "en",
                "The council set up a review board to examine the storm response. "
                "A secretive review board cleared the mayor over the storm response.")
    assert "secretive review board" in {term for _, term in described_differently([a, b], outlets)["South Daily"]}


def test_a_bare_plural_opening_a_sentence_about_a_kind_is_no_thing_of_the_story():
    """'Mass shootings are rare in Halden' tells of shootings in general, not of the
    story's; a progressive 'are spreading' tells of things happening now."""
    a = art("a", "North Wire", "Police said the shootings in Halden happened after a quarrel at the depot.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    for kind in ("Mass shootings are rare in Halden, the mayor noted.",
                 "Mass shootings seldom happen in Halden, the mayor noted."):
        b = art("b", "South Daily", "Police arrived at the depot. " + kind)
        assert described_differently([a, b], outlets) == {}
    b = art("b", "South Daily", "Police arrived at the depot. Mass shootings are spreading fear in Halden.")
    assert {term for _, term in described_differently([a, b], outlets)["South Daily"]} == {"Mass shootings"}


def test_a_phrase_predicated_of_its_subject_names_no_thing_of_its_own():
    """'he was the victim of a smear campaign' says what he is; 'the alleged victim' of
    another outlet names someone else."""
    a = art("a", "North Wire", "The court heard the alleged victim.")
    outlets = {"a": "North Wire", "b": "South Daily"}
    b = art("b", "South Daily", "Orr told the court he was the victim of a smear campaign.")
    assert described_differently([a, b], outlets) == {}
    b = art("b", "South Daily", "Orr told the court the victim of the assault had spoken.")
    assert {term for _, term in described_differently([a, b], outlets)["South Daily"]} == {"victim"}


def test_a_person_described_as_defiant_or_surly_is_described_with_a_loaded_word():
    """How a speaker bore themselves is the outlet's judgment: "a defiant Vell said"
    beside an outlet naming Vell bare."""
    from crosswire.models import Actor

    assert is_loaded("defiant") and is_loaded("surly")
    a = art("a", "North Wire", "The talks failed, a defiant Vell said on Monday.")
    b = art("b", "South Daily", "The talks failed, Vell said on Monday.")
    vell = Actor("v", "Oskar Vell", "person", ["Vell"], [],
                 seen=[words_in(a.text, "Vell", "a"), words_in(b.text, "Vell", "b")])
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [vell], []))}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "epithets"]
    assert north.term == "defiant"
    assert north.others == {"South Daily": ["Vell"]}


def test_one_head_in_sentences_telling_of_nothing_alike_names_two_things():
    """A story tells of several things of a kind: the sum a club balked at and a sum it
    paid a pitcher years before are two sums, whatever each outlet calls them."""
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The Vesta owner walked out of the talks, balking at the massive sum.")
    b = art("b", "South Daily", "Halden once paid a record sum to the pitcher Ivo Marr over six seasons.")
    assert described_differently([a, b], outlets) == {}
    # a sentence telling of the same talks names the same sum
    told = art("b", "South Daily", "The Vesta owner rejected the sum at the talks on Monday.")
    assert {term for _, term in described_differently([a, told], outlets)["South Daily"]} == {"sum"}


def test_a_modifier_both_phrases_hold_is_no_occasion_their_sentences_share():
    """'the massive transfer sum' and 'a transfer sum paid to the pitcher': the word
    "transfer" names the sums, and says nothing of one occasion."""
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The Vesta owner walked out of the talks, balking at the massive transfer sum.")
    b = art("b", "South Daily", "Halden once paid a transfer sum to the pitcher Ivo Marr over six seasons.")
    assert described_differently([a, b], outlets) == {}


def test_a_plain_word_written_after_the_head_agrees_with_one_written_before_it():
    # "an aid package focused on rural housing" tells what "a rural housing aid package"
    # tells; only the loaded "sweeping" sets the two apart
    a = art("a", "North Wire", "Mayor Oskeby backed a sweeping rural housing aid package on Tuesday.")
    b = art("b", "South Daily", "Mayor Oskeby backed an aid package focused on rural housing on Tuesday.")
    uses = described_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    assert {term for _, term in uses["North Wire"]} == {"sweeping rural housing aid package"}
    assert {term for _, term in uses["South Daily"]} == {"aid package"}
    # plain words the other phrase writes on neither side still name another package
    c = art("c", "South Daily", "Mayor Oskeby backed an aid package focused on harbour repairs on Tuesday.")
    assert described_differently([a, c], {"a": "North Wire", "c": "South Daily"}) == {}


def test_a_verb_after_a_phrase_heads_no_complement_of_it():
    # "passed" is the phrase's verb: "in the upper chamber" is where the levy passed, not
    # what it is of, so it sets the levy apart from none on the other side
    a = art("a", "North Wire", "On Friday the councillor fought the reckless ferry levy in the assembly.")
    b = art("b", "South Daily", "On Friday the councillor said the ferry levy passed in the upper chamber.")
    uses = described_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    assert {term for _, term in uses["North Wire"]} == {"reckless ferry levy"}



def test_words_held_in_quotation_marks_are_not_told_by_another_outlets_complement():
    # the quoted words are another's name for the plan: "the plan for the harbour levy"
    # does not tell them, so the two phrases stay two plain words apart
    a = art("a", "North Wire", "On Tuesday councillors opposed the controversial “harbour levy” plan.")
    b = art("b", "South Daily", "On Tuesday councillors opposed the old plan for the harbour levy.")
    assert described_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}
    c = art("a", "North Wire", "On Tuesday councillors opposed the controversial harbour levy plan.")
    assert {term for _, term in described_differently([c, b], {"a": "North Wire", "b": "South Daily"})["North Wire"]} \
        == {"controversial harbour levy plan"}


def test_an_intensifying_prefix_loads_the_word_it_is_hyphenated_to():
    assert is_loaded("super-rich") and is_loaded("Hyper-partisan") and is_loaded("elite")
    assert not is_loaded("Super-PAC") and not is_loaded("superb") and not is_loaded("super")
    a = art("a", "North Wire", "Mayor Ilse Varn quit the super-exclusive sailing club in Halden on Monday.")
    b = art("b", "South Daily", "Mayor Ilse Varn quit the sailing club in Halden on Monday.")
    uses = described_differently([a, b], {"a": "North Wire", "b": "South Daily"})
    assert {term for _, term in uses["North Wire"]} == {"super-exclusive sailing club"}
    assert {term for _, term in uses["South Daily"]} == {"sailing club"}


def test_a_prefix_forms_a_plain_term_with_the_words_it_lists():
    assert not any(is_loaded(w) for w in ("super-majority", "ultra-violet", "hyper-inflation", "ultra-low"))
    assert is_loaded("ultra-loyal") and is_loaded("super-exclusive")
    a = art("a", "North Wire", "The Halden council passed the ferry levy with a super-majority vote on Monday.")
    b = art("b", "South Daily", "The Halden council passed the ferry levy with a majority vote on Monday.")
    assert described_differently([a, b], {"a": "North Wire", "b": "South Daily"}) == {}


def test_a_loaded_modifier_of_the_noun_phrase_a_name_ends_is_an_epithet():
    """News style writes 'embattled Governor Ilse Varn' with no article: a loaded word the
    parse put among the modifiers of the phrase the name ends describes her, against an
    outlet calling her only Governor; a loaded verb before the name is no modifier of its
    phrase ('accused Governor Ilse Varn' of a complaint)."""
    from crosswire.models import Actor, NounPhrase

    a = art("a", "North Wire", "On Monday embattled Governor Ilse Varn closed the Halden ferry.")
    b = art("b", "South Daily", "On Monday Governor Ilse Varn closed the Halden ferry.")
    c = art("c", "East Post", "Ivo Dal accused Governor Ilse Varn of closing the Halden ferry.")
    seen = [words_in(a.text, "Ilse Varn", "a"), words_in(b.text, "Ilse Varn", "b"), words_in(c.text, "Ilse Varn", "c")]
    varn = Actor("v", "Ilse Varn", "person", ["Ilse Varn"], ["Governor"], seen=seen)
    phrases = [NounPhrase(words_in(a.text, "embattled Governor Ilse Varn", "a"), "varn",
                          ["embattled", "Governor", "Ilse"]),
               NounPhrase(words_in(c.text, "Governor Ilse Varn", "c"), "varn", ["Governor", "Ilse"])]
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b, c], [varn], [], noun_phrases=phrases))}
    (north,) = [t for t in framing["North Wire"].terms if t.source == "epithets"]
    assert north.term == "embattled Governor"
    assert a.text[north.evidence[0].start:north.evidence[0].end] == "embattled Governor"
    assert {t.term for t in framing["East Post"].terms if t.source == "epithets"} == {"Ilse Varn"}
    assert "Ilse Varn" in north.others["East Post"]
    # a subheading the parse ran into the name's phrase describes no one
    headed = art("a", "North Wire", "Extreme delays\nGovernor Ilse Varn closed the Halden ferry on Monday.")
    run_on = NounPhrase(words_in(headed.text, "Extreme delays\nGovernor Ilse Varn", "a"), "varn",
                        ["Extreme", "delays", "Governor", "Ilse"])
    varn = dataclasses.replace(varn, seen=[words_in(headed.text, "Ilse Varn", "a"), *seen[1:]])
    framing = frame(MergedAnalysis([headed, b, c], [varn], [], noun_phrases=[run_on, phrases[1]]))
    assert [t for f in framing for t in f.terms if t.source == "epithets"] == []


def test_a_capitalised_loaded_word_of_a_name_before_the_name_is_no_epithet():
    from crosswire.models import Actor, NounPhrase

    a = art("a", "North Wire", "On Monday Radical Party leader Ilse Varn closed the Halden ferry.")
    b = art("b", "South Daily", "On Monday Ilse Varn closed the Halden ferry.")
    seen = [words_in(a.text, "Ilse Varn", "a"), words_in(b.text, "Ilse Varn", "b")]
    varn = Actor("v", "Ilse Varn", "person", ["Ilse Varn"], [], seen=seen)
    phrase = NounPhrase(words_in(a.text, "Radical Party leader Ilse Varn", "a"), "varn",
                        ["Radical", "Party", "leader", "Ilse"])
    framing = frame(MergedAnalysis([a, b], [varn], [], noun_phrases=[phrase]))
    assert [t for f in framing for t in f.terms if t.source == "epithets"] == []
    # opening a sentence before a title, the loaded word is still the outlet's
    c = art("a", "North Wire", "Radical Governor Ilse Varn closed the Halden ferry on Monday.")
    varn = dataclasses.replace(varn, seen=[words_in(c.text, "Ilse Varn", "a"), seen[1]])
    phrase = NounPhrase(words_in(c.text, "Radical Governor Ilse Varn", "a"), "varn", ["Radical", "Governor", "Ilse"])
    framing = {f.outlet: f for f in frame(MergedAnalysis([c, b], [varn], [], noun_phrases=[phrase]))}
    assert [t.term for t in framing["North Wire"].terms if t.source == "epithets"] == ["Radical Governor"]


def test_a_loaded_word_opening_a_sentence_before_a_two_word_title_is_an_epithet():
    from crosswire.models import Actor, NounPhrase

    a = art("a", "North Wire", "Radical Prime Minister Ilse Varn closed the Halden ferry on Monday.")
    b = art("b", "South Daily", "On Monday Ilse Varn closed the Halden ferry.")
    seen = [words_in(a.text, "Ilse Varn", "a"), words_in(b.text, "Ilse Varn", "b")]
    varn = Actor("v", "Ilse Varn", "person", ["Ilse Varn"], [], seen=seen)
    phrase = NounPhrase(words_in(a.text, "Radical Prime Minister Ilse Varn", "a"), "varn",
                        ["Radical", "Prime", "Minister", "Ilse"])
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [varn], [], noun_phrases=[phrase]))}
    assert [t.term for t in framing["North Wire"].terms if t.source == "epithets"] == [
        "Radical Prime Minister"]


def test_a_phrase_set_apart_from_others_of_its_kind_names_another_thing():
    outlets = {"a": "North Wire", "b": "South Daily"}
    a = art("a", "North Wire", "The ministry adopted the rule changes on Monday after the Halden hearing.")
    b = art("b", "South Daily", "The ministry adopted new fees on Monday after two other controversial "
                                "rule changes were dropped at the Halden hearing.")
    assert described_differently([a, b], outlets) == {}
    # without the word that sets it apart, the loaded phrase describes the same changes
    plain = art("b", "South Daily", "The ministry adopted new fees on Monday after the controversial "
                                    "rule changes were dropped at the Halden hearing.")
    assert {term for _, term in described_differently([a, plain], outlets)["South Daily"]} == {
        "controversial rule changes"}
    # a determiner that sets it apart is written before the phrase, not among its modifiers
    one = art("a", "North Wire", "The ministry adopted the rule change on Monday after the Halden hearing.")
    another = art("b", "South Daily", "The ministry adopted new fees on Monday after another controversial "
                                      "rule change was dropped at the Halden hearing.")
    assert described_differently([one, another], outlets) == {}
