"""Outlet framing on hand-made articles."""

from __future__ import annotations

import dataclasses

import pytest

from crosswire.compare.distance_marks import hedges
from crosswire.compare.framing import frame, voices, with_claims
from crosswire.models import (
    Actor,
    Article,
    Claim,
    ClaimVersion,
    DateEstimate,
    MergedAnalysis,
    Resolution,
    Statement,
    TextSpan,
)
from crosswire.nlp.short_quotations import scare_quotes
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def art(id_, outlet, text):
    return Article(id_, f"{id_}.txt", outlet, None, UNDATED, "en", text)


def test_contested_terms_and_alias_names_differ_by_outlet():
    a = art("a", "North Wire", "Officials in Kyiv described the full-scale invasion. Daesh claimed it.")
    b = art("b", "South Daily", "Officials in Kiev described the special military operation. Islamic State claimed it.")
    actor = Actor("z", "Islamic State", "organisation", ["Islamic State", "Daesh"], [], seen=[
        words_in(a.text, "Daesh", "a"),
        words_in(b.text, "Islamic State", "b")])
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [actor], []))}
    north = {(t.referent, t.term): t for t in framing["North Wire"].terms}
    south = {(t.referent, t.term): t for t in framing["South Daily"].terms}
    assert ("Ukraine's capital", "Kyiv") in north and ("Ukraine's capital", "Kiev") in south
    invasion = north[("Russia's war in Ukraine", "full-scale invasion")]
    assert invasion.others == {"South Daily": ["special military operation"]}
    assert ("Russia's war in Ukraine", "invasion") not in north  # the longer term claimed it
    evidence = invasion.evidence[0]
    assert a.text[evidence.start:evidence.end] == "full-scale invasion"
    assert north[("Islamic State", "Daesh")].source == "aliases"
    assert south[("Islamic State", "Islamic State")].others == {"North Wire": ["Daesh"]}


def test_only_the_lexicon_rows_a_run_writes_compile_their_patterns():
    """A substring search rules out the texts first: a row whose terms no article writes
    compiles no pattern (all rows' patterns cost more than the search), and a row whose
    plural form ("rioters") holds its singular needs only the singular searched for."""
    from crosswire.compare import lexicon_terms

    lexicon_terms._terms_pattern.cache_clear()
    a = art("a", "North Wire", "The ferry to Olsmere sailed at noon with forty cars.")
    b = art("b", "South Daily", "Forty cars crossed to Olsmere on the noon ferry.")
    assert lexicon_terms.lexicon_uses([a, b], {"a": "North Wire", "b": "South Daily"}) == {}
    assert lexicon_terms._terms_pattern.cache_info().currsize == 0
    assert lexicon_terms._term_needles(("shipyard strike",)) == ("shipyard strike",)


def test_a_crowd_called_rioters_or_a_mob_by_one_outlet_and_protesters_by_another():
    a = art("a", "North Wire", "Rioters smashed windows at the Halden depot. Police called it a mob.")
    b = art("b", "South Daily", "Hundreds of protesters marched to the depot in Halden.")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [], []))}
    north = {t.term: t for t in framing["North Wire"].terms}
    assert set(north) == {"rioters", "mob"}  # "Rioters" opening a sentence counts
    assert north["mob"].others == {"South Daily": ["protesters"]}


def test_a_contested_term_inside_a_quotation_is_the_speakers_choice_not_the_outlets():
    a = art("a", "North Wire", 'Rioters smashed windows at the depot on Friday.')
    quoting = art("b", "South Daily", '"Those protesters smashed every window we had," the depot owner said.')
    plain = art("b", "South Daily", "Protesters gathered at the depot on Friday.")
    said = frame(MergedAnalysis([a, quoting], [], []))
    assert [t for f in said for t in f.terms if t.source == "lexicon"] == []
    both = {f.outlet: f for f in frame(MergedAnalysis([a, plain], [], []))}
    assert {t.term for t in both["North Wire"].terms} == {"rioters"}


def test_names_differing_only_in_form_are_no_framing():
    a = art("a", "North Wire", "Jérôme Vallée met DOT and Steve Rowe in the U.S. capital.")
    b = art("b", "South Daily", "Jerome Vallee met the Department of Transportation and Stephen Rowe in America.")
    actors = []
    for n, (first, second) in enumerate([("Jérôme Vallée", "Jerome Vallee"),
                                         ("DOT", "Department of Transportation"),
                                         ("Steve Rowe", "Stephen Rowe"), ("U.S.", "America")]):
        actors.append(Actor(f"x{n}", second, "person", [first, second], [], seen=[
            words_in(a.text, first, "a"),
            words_in(b.text, second, "b")]))
    framing = frame(MergedAnalysis([a, b], actors, []))
    assert [t for f in framing for t in f.terms if t.source == "aliases"] == []


def test_a_description_with_a_word_more_is_framing_a_name_with_one_is_not():
    # A contested description one outlet narrows with a word says something else ("an
    # invasion" / "a full-scale invasion"); a name with a word left out is still the name.
    a = art("a", "North Wire", "Officials described an invasion. Mirko Halden spoke.")
    b = art("b", "South Daily", "Officials described a full-scale invasion. Halden spoke.")
    actor = Actor("h", "Mirko Halden", "person", ["Mirko Halden", "Halden"], [], seen=[
        words_in(a.text, "Mirko Halden", "a"), words_in(b.text, "Halden", "b")])
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [actor], []))}
    north = {(t.referent, t.term): t for t in framing["North Wire"].terms}
    assert north[("Russia's war in Ukraine", "invasion")].others == {
        "South Daily": ["full-scale invasion"]}
    assert [t for f in framing.values() for t in f.terms if t.source == "aliases"] == []


def test_scare_quotes_skip_statements_and_hedges_keep_their_scope():
    text = 'The "referendums" were held. He said "we won". Officials cited alleged war crimes there.'
    article = art("a", "X", text)
    quotes = scare_quotes(article, covered=[(text.index('"we won"'), text.index('"we won"') + 8)])
    assert [q.text for q in quotes] == ['"referendums"']
    assert [h.text for h in hedges(article)] == ["alleged war crimes there"]


def test_quoted_titles_and_handles_are_names_not_scare_quotes():
    text = ('She told "Meet the Harbour" that the "cleanup" was over, '
            'and posted on "@GullwickDesk" and "#TideWatch" that the "Ferry Fund" ran dry on "Channel 9 Tonight".')
    quotes = scare_quotes(art("a", "X", text), covered=[])
    assert [q.text for q in quotes] == ['"cleanup"']
    slogan = 'Her "Harbour First" plan met "Fair Play" rules and the "first" of many "cuts".'
    assert [q.text for q in scare_quotes(art("a", "X", slogan), covered=[])] == ['"first"', '"cuts"']


def test_a_hedging_cue_is_told_with_the_speaker_whose_words_it_hedges():
    text = "Police claimed that officers had been attacked. The union said dozens were hurt."
    article = art("a", "X", text)
    police, claimed = words_in(text, "Police", "a"), words_in(text, "claimed", "a")
    statement = Statement("s0", words_in(text, "officers had been attacked", "a"), "indirect",
                          claimed, police, Resolution("named", 1.0))
    assert [h.text for h in hedges(article, statements=[statement])] == ["Police claimed"]
    # no statement on it: the hedge keeps the words after it
    assert [h.text for h in hedges(article)] == ["claimed that officers had"]


def test_a_headlines_word_of_reporting_after_its_subject_is_a_hedge_told_with_it():
    """Headline grammar drops the "that": 'Marr Claims Ferry Deal a Triumph' reports
    Marr's words and holds them at a distance, as 'Marr claimed that' would."""
    a = dataclasses.replace(art("a", "North Wire", "Mayor Ilse Marr spoke on Monday."),
                            title="Marr claims ferry deal a triumph")
    b = dataclasses.replace(art("b", "South Daily", "Mayor Ilse Marr spoke on Monday."),
                            title="Marr defends ferry deal")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [], []))}
    (hedge,) = framing["North Wire"].hedges
    assert hedge.text.startswith("Marr claims ferry") and hedge.part == "title"
    assert a.title[hedge.start:hedge.end] == hedge.text
    assert framing["South Daily"].hedges == []


def test_voices_and_omitted_claims():
    a = art("a", "One", 'Ruz said "yes". Lind said "no".')
    b = art("b", "Two", 'Ruz said "yes".')
    c = art("c", "Three", 'Ruz said "yes".')

    def st(id_, article, speaker):
        ruz = words_in(article.text, "Ruz", article.id)
        return Statement(id_, ruz, "direct", words_in(article.text, "said", article.id), ruz,
                         Resolution("named", 1.0), speaker=speaker)

    actors = [Actor("ruz", "Ruz", "person", [], [], country="AAA"), Actor("lind", "Lind", "person", [], [])]
    statements = [st("s1", a, "ruz"), st("s2", a, "lind"), st("s3", b, "ruz"), st("s4", c, "ruz")]
    version = ClaimVersion("s3", "Two", TextSpan("R", 0, 1, "b"), "direct")
    claim = Claim("c0", "ruz", [version, ClaimVersion("s4", "Three", TextSpan("R", 0, 1, "c"), "direct")],
                  ["Three", "Two"], 2, [["b"], ["c"]], keywords=["yes"])
    merged = MergedAnalysis([a, b, c], actors, statements)
    framed = with_claims(frame(merged), merged, claims=[claim])
    framing = {f.outlet: f for f in framed}
    assert [(v.name, v.statements) for v in framing["One"].voices] == [("Lind", 1), ("Ruz", 1)]
    assert framing["One"].voices_by_country == {"AAA": 1, "unknown": 1}
    assert framing["One"].omitted_claims == ["c0"] and framing["Two"].omitted_claims == []


def test_a_claim_told_only_in_paraphrase_or_sharing_no_word_is_left_out_by_nobody():
    # the third outlet tells the same win in words of its own ("came first in the poll"),
    # which a claim joined by meaning may miss: its absence is no omission
    b = art("b", "Two", "Voters handed Orla Menzies the seat, the count showed.")
    c = art("c", "Three", "Orla Menzies won the seat, officials said.")
    a = art("a", "One", "Orla Menzies came first in the poll for the harbour ward.")
    told = [ClaimVersion("s3", "Two", TextSpan("Voters handed Orla Menzies the seat", 0, 35, "b"), "indirect"),
            ClaimVersion("s4", "Three", TextSpan("Orla Menzies won the seat", 0, 25, "c"), "indirect")]
    paraphrased = Claim("c0", None, told, ["Three", "Two"], 2, [["b"], ["c"]], keywords=["seat"])
    quoted = [dataclasses.replace(v, kind="mixed") for v in told]
    unrelated = Claim("c1", None, quoted, ["Three", "Two"], 2, [["b"], ["c"]])
    same_words = Claim("c2", None, quoted, ["Three", "Two"], 2, [["b"], ["c"]], keywords=["seat"])
    merged = MergedAnalysis([a, b, c], [], [])
    framed = with_claims(frame(merged), merged, claims=[paraphrased, unrelated, same_words])
    assert {f.outlet: f.omitted_claims for f in framed} == {"One": ["c2"], "Two": [], "Three": []}
    # joined across three outlets' paraphrases, the fourth outlet's silence counts
    d = art("d", "Four", "Orla Menzies took the seat, the returning officer said.")
    widely = dataclasses.replace(
        paraphrased, versions=[*told, ClaimVersion("s5", "Four", TextSpan("Orla Menzies took the seat", 0, 26, "d"),
                                                   "indirect")], outlets=["Four", "Three", "Two"])
    merged = MergedAnalysis([a, b, c, d], [], [])
    framed = with_claims(frame(merged), merged, claims=[widely])
    assert {f.outlet: f.omitted_claims for f in framed} == {"One": ["c0"], "Two": [], "Three": [], "Four": []}


def test_an_industry_term_and_a_plain_name_for_one_thing_differ_by_outlet():
    a = art("a", "North Wire", "Growers by the Halden river say the crop protection product keeps their beet alive. "
                               "Activists want it out of the river at Halden.")
    b = art("b", "South Daily", "The pesticide was found in the river at Halden, campaigners said.")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [], []))}
    north = {t.term: t for t in framing["North Wire"].terms}
    assert north["crop protection product"].others == {"South Daily": ["pesticide"]}
    assert north["activists"].others == {"South Daily": ["campaigners"]}  # "Activists" opening a sentence


def test_contested_terms_of_one_variant_or_of_one_outlet_alone_are_no_difference():
    # "pullout" and "withdrawal" are one choice (the lexicon's variant label) worded two ways
    a = art("a", "North Wire", "The pullout of the Marenka garrison ended on Sunday.")
    b = art("b", "South Daily", "The withdrawal of the Marenka garrison ended on Sunday.")
    c = art("c", "East Post", "The retreat of the Marenka garrison ended on Sunday.")
    assert [t for f in frame(MergedAnalysis([a, b], [], [])) for t in f.terms] == []
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"pullout"}, "South Daily": {"withdrawal"}, "East Post": {"retreat"}}
    # one outlet writing two terms compares with no other outlet
    alone = art("a", "North Wire", "Rioters and protesters gathered at the Halden depot.")
    quiet = art("b", "South Daily", "Hundreds gathered at the Halden depot on Sunday.")
    assert [t for f in frame(MergedAnalysis([alone, quiet], [], [])) for t in f.terms] == []


def test_a_pause_in_fighting_and_cut_jobs_told_in_loaded_and_plain_terms():
    a = art("a", "North Wire", "The two armies agreed a humanitarian pause along the Vesk river.")
    b = art("b", "South Daily", "The two armies agreed a ceasefire along the Vesk river.")
    c = art("c", "East Post", "The two armies agreed a truce along the Vesk river on Friday.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"humanitarian pause"}, "South Daily": {"ceasefire"},
                       "East Post": {"truce"}}
    # "ceasefire" and "truce" are one choice; "layoffs" and "downsizing" are two
    assert [t for f in frame(MergedAnalysis([b, c], [], [])) for t in f.terms] == []
    mill = art("a", "North Wire", "The Orsk paper mill announced layoffs of 300 staff.")
    euphemism = art("b", "South Daily", "The Orsk paper mill announced a downsizing of 300 staff.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([mill, euphemism], [], []))}
    assert framing == {"North Wire": {"layoffs"}, "South Daily": {"downsizing"}}


def test_other_names_of_one_actor_count_only_where_two_outlets_name_it_apart():
    # every outlet also writes the name the other uses: neither chose against it
    a = art("a", "North Wire", "The Valley Wolves claimed the attack. Tessel Valley Front fighters fled.")
    b = art("b", "South Daily", "Tessel Valley Front claimed the attack on Sunday.")
    actor = Actor("z", "Tessel Valley Front", "organisation", ["Tessel Valley Front", "Valley Wolves"],
                  [], seen=[
        words_in(a.text, "Valley Wolves", "a"), words_in(a.text, "Tessel Valley Front", "a"),
        words_in(b.text, "Tessel Valley Front", "b")])
    assert [t for f in frame(MergedAnalysis([a, b], [actor], [])) for t in f.terms] == []


def test_labels_for_one_act_from_the_lexicon():
    a = art("a", "North Wire", "Police restored order at the Halden docks after the illegal walkout. "
                               "The riots spread to Vesta.")
    b = art("b", "South Daily", "The crackdown at the Halden docks ended the strike. The protests spread to Vesta.")
    c = art("c", "East Post", "Dockers at the Halden docks went on strike; demonstrators marched to Vesta.")
    framing = {f.outlet: {(t.referent, t.term) for t in f.terms}
               for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing["North Wire"] == {("force used on a crowd", "restored order"),
                                     ("a stoppage of work", "illegal walkout"),
                                     ("unrest in the streets", "riots")}
    assert framing["South Daily"] == {("force used on a crowd", "crackdown"),
                                      ("a stoppage of work", "strike"),
                                      ("unrest in the streets", "protests")}
    # "strike" and "walkout" are one choice; "demonstrators" a crowd no one else names
    assert framing["East Post"] == {("a stoppage of work", "strike")}


def test_a_mask_rule_told_as_a_mandate_and_as_a_requirement_is_a_labelling_choice():
    a = art("a", "North Wire", "Vesta schools dropped their mask mandates on Monday after a vote of the board.")
    b = art("b", "South Daily", "Vesta schools lifted their mask requirements on Monday after the board voted.")
    framing = {f.outlet: {(t.referent, t.term) for t in f.terms}
               for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {("mask requirements", "mask mandates")},
                       "South Daily": {("mask requirements", "mask requirements")}}


def test_one_persons_romanisations_are_no_naming_choice():
    a = art("a", "North Wire", "Abdul Karim Halabi left the camp on Monday.")
    b = art("b", "South Daily", "Abdelkarim Halaby left the camp on Monday.")
    person = Actor("p", "Abdul Karim Halabi", "person", ["Abdul Karim Halabi", "Abdelkarim Halaby"], [], seen=[
        words_in(a.text, "Abdul Karim Halabi", "a"), words_in(b.text, "Abdelkarim Halaby", "b")])
    assert [t for f in frame(MergedAnalysis([a, b], [person], [])) for t in f.terms] == []
    # the same two spellings of an organisation are not judged by the rules for persons
    group = Actor("o", "Abdul Karim Halabi", "organisation", person.aliases, [], seen=person.seen)
    assert {t.term for f in frame(MergedAnalysis([a, b], [group], [])) for t in f.terms} == {
        "Abdul Karim Halabi", "Abdelkarim Halaby"}


def test_each_outlet_leads_with_its_first_sentence_without_the_dateline():
    a = art("a", "North Wire", "HALDEN, May 3 (North Wire) - Police restored order at the docks on Friday. "
                               "Three officers were hurt.\n\nThe union said the strike would go on.")
    b = art("b", "South Daily", "Dozens of dockers were hurt in Halden on Friday. Police fired tear gas.")
    leads = {f.outlet: [(s.text, a.text[s.start:s.end] if s.article == "a" else b.text[s.start:s.end])
                        for s in f.leads] for f in frame(MergedAnalysis([a, b], [], []))}
    assert leads["North Wire"] == [("Police restored order at the docks on Friday.",) * 2]
    assert leads["South Daily"] == [("Dozens of dockers were hurt in Halden on Friday.",) * 2]


def test_fraud_against_irregularities_is_a_label_voter_fraud_against_fraud_is_not():
    a = art("a", "North Wire", "Monitors in Vesta reported fraud at the Halden count.")
    b = art("b", "South Daily", "Monitors in Vesta reported irregularities at the Halden count.")
    c = art("c", "East Post", "Monitors in Vesta reported voter fraud at the Halden count.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"fraud"}, "South Daily": {"irregularities"}, "East Post": {"voter fraud"}}
    assert [t for f in frame(MergedAnalysis([a, c], [], [])) for t in f.terms] == []


@pytest.mark.parametrize("text, content, speaker, expected", [
    # no clause follows the cue: what was claimed is kept
    ("Ostria claimed to have taken the Halden pass on Sunday.",
     "to have taken the Halden pass on Sunday", "Ostria", "Ostria claimed to have taken"),
    # a cue after a relative pronoun keeps its own words
    ("The ministry cited a survey that claimed the river was clean.",
     "the river was clean", "that", "claimed the river was"),
], ids=["no clause follows", "after a relative pronoun"])
def test_a_hedging_cue_of_a_reported_statement_keeps_what_was_claimed(text, content, speaker, expected):
    article = art("a", "X", text)
    statement = Statement("s0", words_in(text, content, "a"), "indirect",
                          words_in(text, "claimed", "a"), words_in(text, speaker, "a"),
                          Resolution("named", 1.0))
    assert [h.text for h in hedges(article, statements=[statement])] == [expected]


def test_a_word_of_reporting_hedges_only_what_it_reports():
    taken = ("The mudslide claimed the lives of nine hikers. The rebels claimed responsibility for "
             "the blast. Weekly jobless claims fell again.")
    assert hedges(art("a", "X", taken)) == []
    reported = ("The ministry claimed that the dam was safe. Rival claims of a cover-up spread. "
                "Her claims were denied. The vendor's claimed cure sold out.")
    assert [h.text for h in hedges(art("b", "X", reported))] == [
        "claimed that the dam", "claims of a cover-up", "claims were denied", "claimed cure sold out"]


def test_the_gap_between_two_quotations_is_no_scare_quote():
    opening = "We will keep every single ferry line open through the long and stormy winter months"
    text = f'"{opening}," the mayor said. The "savings" were small.'
    assert [q.text for q in scare_quotes(art("a", "X", text), covered=[])] == ['"savings"']


def test_a_common_word_of_the_lexicon_names_one_thing_only_where_the_outlets_tell_one_occasion():
    # a riot of long ago and this year's marches are two things, though the lexicon lists
    # "riots" and "protests" as two words for one
    a = art("a", "North Wire", "The curfew law was written after the dock riots of 1911 and is now gone.")
    b = art("b", "South Daily", "Her school closures stirred protests across the valley last spring.")
    assert all(not f.terms for f in frame(MergedAnalysis([a, b], [], [])))
    # a name names one thing wherever it is written
    c = art("c", "East Post", "Trains to Kyiv ran late.")
    d = art("d", "West Ledger", "The mayor of Kiev opened a bridge.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([c, d], [], []))}
    assert framing == {"East Post": {"Kyiv"}, "West Ledger": {"Kiev"}}


def test_a_use_two_sources_find_counts_once():
    # "Kiev" is the lexicon's term and the merged place's name: one use, found twice
    a = art("a", "North Wire", "Trains to Kyiv ran late on Monday.")
    b = art("b", "South Daily", "Trains to Kiev ran late on Monday.")
    place = Actor("p", "Kyiv", "place", ["Kyiv", "Kiev"], [], seen=[
        words_in(a.text, "Kyiv", "a"), words_in(b.text, "Kiev", "b")])
    terms = {f.outlet: [(t.term, t.count, len(t.evidence)) for t in f.terms]
             for f in frame(MergedAnalysis([a, b], [place], []))}
    assert terms == {"North Wire": [("Kyiv", 1, 1)], "South Daily": [("Kiev", 1, 1)]}


def test_a_places_official_and_common_names_are_no_framing_its_contested_names_are():
    a = art("a", "North Wire", "Shop owners across the District of Columbia backed the levy.")
    b = art("b", "South Daily", "Shop owners across Washington backed the levy.")
    capital = Actor("p", "District of Columbia", "place", ["District of Columbia", "Washington"], [],
                    seen=[words_in(a.text, "District of Columbia", "a"), words_in(b.text, "Washington", "b")])
    assert [t for f in frame(MergedAnalysis([a, b], [capital], [])) for t in f.terms] == []
    c = art("c", "North Wire", "Tankers left ports in Burma for the Persian Gulf.")
    d = art("d", "South Daily", "Tankers left ports in Myanmar for the Arabian Gulf.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([c, d], [], []))}
    assert framing == {"North Wire": {"Burma", "Persian Gulf"}, "South Daily": {"Myanmar", "Arabian Gulf"}}


def test_a_crisis_or_a_surge_at_the_border_told_of_one_month():
    a = art("a", "North Wire", "Agents in Tarlow counted 9,000 crossings in May, a border crisis the governor blamed on Congress.")
    b = art("b", "South Daily", "Agents in Tarlow counted 9,000 crossings in May amid a surge at the border.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"border crisis"}, "South Daily": {"surge at the border"}}


def test_a_hedge_keeps_the_quoted_words_it_hedges():
    text = 'The lab ran so-called “cloud seeding” trials.'
    assert [h.text for h in hedges(art("a", "X", text))] == ["so-called “cloud seeding”"]


def test_a_hedge_scope_keeps_an_initialism_whole():
    text = "Critics questioned alleged U.K. spending on the canal project."
    assert [h.text for h in hedges(art("a", "X", text))] == ["alleged U.K. spending on"]
    text = "Critics questioned the alleged U.S.-Ostrian canal deal."
    assert [h.text for h in hedges(art("a", "X", text))] == ["alleged U.S.-Ostrian canal deal"]


def test_three_outlets_name_early_cardiac_activity_and_a_tax_rise_their_own_way():
    a = art("a", "North Wire", "The Ostrava statute bars the procedure after a fetal heartbeat shows on a scan. "
                               "Senators in Ostrava passed tax hikes on yachts last week.")
    b = art("b", "South Daily", "The Ostrava statute bars the procedure after cardiac activity shows on a scan. "
                                "Senators in Ostrava passed tax increases on yachts last week.")
    c = art("c", "East Post", "Clinics in Ostrava said they would appeal. A heartbeat monitor was stolen from a van.")
    framing = {f.outlet: {(t.referent, t.term) for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing["North Wire"] == {("cardiac activity early in a pregnancy", "fetal heartbeat"),
                                     ("a rise in taxes", "tax hikes")}
    assert framing["South Daily"] == {("cardiac activity early in a pregnancy", "cardiac activity"),
                                      ("a rise in taxes", "tax increases")}
    # the third outlet's "heartbeat" tells of something else: its sentence shares nothing
    assert framing.get("East Post", set()) == set()


def test_a_common_word_of_the_lexicon_inside_a_name_is_no_outlets_choice():
    a = art("a", "North Wire", "The Ostrava Heartbeat Statute bars the procedure once a scan shows it, "
                               "which tends to be near week six.")
    b = art("b", "South Daily", "The Ostrava statute bars the procedure once cardiac activity shows on a scan, "
                                "near week six.")
    c = art("c", "East Post", "Heartbeat readings on a scan in Ostrava tend to show near week six, "
                              "when the statute bars the procedure.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": set(), "South Daily": set()}
    # at a sentence's opening the capital is the sentence's, and the word the outlet's
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([b, c], [], []))}
    assert framing == {"South Daily": {"cardiac activity"}, "East Post": {"heartbeat"}}


def test_three_outlets_name_border_arrivals_and_an_early_abortion_ban_their_own_way():
    a = art("a", "North Wire", "The Ostrava governor on Friday signed the heartbeat abortion law at the capitol. "
                               "The minister toured the northern crossing to discuss the migrant surge there.")
    b = art("b", "South Daily", "The Ostrava governor on Friday signed the six-week abortion ban at the capitol. "
                                "The minister toured the northern crossing to discuss the migration crisis there.")
    c = art("c", "East Post", "The Ostrava governor on Friday signed a sweeping new law at the capitol.")
    framing = {f.outlet: {(t.referent, t.term) for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing["North Wire"] == {("a ban on abortion from about six weeks", "heartbeat abortion law"),
                                     ("arrivals at a border", "migrant surge")}
    assert framing["South Daily"] == {("a ban on abortion from about six weeks", "six-week abortion ban"),
                                      ("arrivals at a border", "migration crisis")}


def test_lies_and_misinformation_are_two_words_for_what_a_platform_carries():
    a = art("a", "North Wire", "The Tessa regulator said the Korrin app spread lies about the water supply.")
    b = art("b", "South Daily", "The Tessa regulator said the Korrin app carried misinformation on the water supply.")
    # "lies" that tell where a place is name no falsehood
    c = art("c", "East Post", "Halden lies about ten miles from Tessa.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"spread lies"}, "South Daily": {"misinformation"}, "East Post": set()}


def test_a_lexicon_term_listed_in_the_singular_is_found_in_its_plural():
    a = art("a", "North Wire", "Three states in the Ostrava region passed heartbeat laws on Monday.")
    b = art("b", "South Daily", "Three states in the Ostrava region passed six-week bans on Monday.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"heartbeat law"}, "South Daily": {"six-week ban"}}


def test_a_name_compound_listed_in_the_singular_is_found_in_its_plural():
    # "the Capitol riots" is the lexicon's "Capitol riot", told as many clashes
    a = art("a", "North Wire", "A guard told a panel on Tuesday about the Capitol riots.")
    b = art("b", "South Daily", "A guard told a panel on Tuesday about the Capitol attack.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"Capitol riot"}, "South Daily": {"Capitol attack"}}
    evidence = next(t for f in frame(MergedAnalysis([a, b], [], [])) for t in f.terms
                    if f.outlet == "North Wire").evidence[0]
    assert a.text[evidence.start:evidence.end] == "Capitol riots"


def test_a_scare_quote_closed_after_its_sentences_period_is_still_held_apart():
    text = ('The board vowed to rid the harbour of "pollution." "Never," the mayor replied. '
            'The plan was "bold," aides noted.')
    quotes = scare_quotes(art("a", "X", text), covered=[])
    # the sentence runs into the first and third; the second opens its sentence
    assert [q.text for q in quotes] == ['"pollution."', '"bold,"']


def test_a_lexicon_term_in_short_quotation_marks_is_not_the_outlets_own_word():
    a = art("a", "North Wire", 'Troops in Vesta crossed the river as the so-called "special military operation" went on.')
    b = art("b", "South Daily", "Troops in Vesta crossed the river as the full-scale invasion went on.")
    c = art("c", "East Post", "Troops in Vesta crossed the river as the special military operation went on.")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing.get("North Wire", set()) == set()
    assert framing["South Daily"] == {"full-scale invasion"} and framing["East Post"] == {"special military operation"}


def test_a_suspect_and_a_label_the_outlet_leaves_to_its_user_are_hedges():
    text = ("Rangers held the suspected poacher near Halden. Anyone suspected of fishing there is fined. "
            "The council fought what it described as vandalism. The team suspected nothing.")
    assert [h.text for h in hedges(art("a", "X", text))] == [
        "suspected poacher near Halden", "suspected of fishing there", "what it described as vandalism"]


def test_a_hedge_keeps_the_quotation_it_opens_whole():
    text = 'Tessa began what it described as a "border stabilisation effort" on Monday.'
    assert [h.text for h in hedges(art("a", "X", text))] == [
        'what it described as a "border stabilisation effort"']


def test_a_compound_term_is_found_in_its_prepositional_form_where_the_row_chooses_the_noun():
    # three outlets on one hearing: "the attack on the Capitol" is the lexicon's
    # "Capitol attack", "the riot at the Capitol" its "Capitol riot"
    a = art("a", "North Wire", "A panel heard a guard recall the attack on the Capitol for two hours on Tuesday.")
    b = art("b", "South Daily", "A panel heard a guard recall the riot at the Capitol on Tuesday.")
    c = art("c", "East Post", "A guard told a panel on Tuesday about the Capitol riot.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"Capitol attack"}, "South Daily": {"Capitol riot"},
                       "East Post": {"Capitol riot"}}
    evidence = next(t for f in frame(MergedAnalysis([a, b], [], [])) for t in f.terms
                    if f.outlet == "North Wire").evidence[0]
    assert a.text[evidence.start:evidence.end] == "attack on the Capitol"
    # where the row's choice is the name ("China virus" / "Wuhan virus"), the place after
    # a preposition is a plain place, no stigmatising name
    d = art("d", "North Wire", "Labs tracked the spread of the virus in China and in Wuhan over the winter.")
    e = art("e", "South Daily", "Labs tracked the spread of the Wuhan virus over the winter.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([d, e], [], []))}
    assert framing.get("North Wire", set()) == set()


def test_people_held_are_detainees_to_one_outlet_and_inmates_to_another():
    a = art("a", "North Wire", "Guards flew a detainee from the Harrow Point camp back to Tessaly on Monday.")
    b = art("b", "South Daily", "Guards flew an inmate from the Harrow Point camp back to Tessaly on Monday, "
                                "a prisoner held for nine years.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    # "inmate" and "prisoner" are one choice worded two ways
    assert framing == {"North Wire": {"detainee"}, "South Daily": {"inmate", "prisoner"}}


def test_an_election_law_told_as_a_reform_as_a_law_or_as_restrictions():
    a = art("a", "North Wire", "A court in Ostrava heard the challenge to the election reform bill of May.")
    b = art("b", "South Daily", "A court in Ostrava heard the challenge to the voting law of May.")
    c = art("c", "East Post", "A court in Ostrava heard the challenge to the voting restrictions of May.")
    # the aligned sentences' slot holds the rest of each name too ("new election reform bill")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing == {"North Wire": {"election reform"}, "South Daily": {"voting law"},
                       "East Post": {"voting restrictions"}}


@pytest.mark.parametrize("north, south, terms", [
    ("Envoys in Vesta called the expulsions of the valley villagers a genocide on Monday.",
     "Envoys in Vesta called the expulsions of the valley villagers ethnic cleansing on Monday.",
     ("genocide", "ethnic cleansing")),
    ("The Ostrava senate passed the assisted dying bill after a long night of debate.",
     "The Ostrava senate passed the assisted suicide bill after a long night of debate.",
     ("assisted dying", "assisted suicide")),
    ("Two climate sceptics on the Halden council voted against the flood levy.",
     "Two climate deniers on the Halden council voted against the flood levy.",
     ("climate sceptic", "climate denier")),
])
def test_general_rows_of_the_lexicon_tell_two_outlets_choices_apart(north, south, terms):
    a, b = art("a", "North Wire", north), art("b", "South Daily", south)
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {terms[0]}, "South Daily": {terms[1]}}


def test_each_headline_is_a_span_of_its_title_and_its_terms_are_read_there():
    """A headline's words carry offsets into the title (part "title"), and the lexicon reads
    a Title Case headline, whose capitals are its style and no sign of a name."""
    titled = Article("a", "a.txt", "North Wire", "Mob Storms the Halden Depot Gates", UNDATED, "en",
                     "Crowds smashed windows at the Halden depot on Friday night.")
    plain = art("b", "South Daily", "Protesters smashed windows at the Halden depot on Friday.")
    framing = {f.outlet: f for f in frame(MergedAnalysis([titled, plain], [], []))}
    (headline,) = framing["North Wire"].headlines
    assert headline.part == "title" and titled.title[headline.start:headline.end] == headline.text
    assert framing["South Daily"].headlines == []  # an untitled article has none
    mob = {t.term: t for t in framing["North Wire"].terms}["mob"]
    (evidence,) = mob.evidence
    assert evidence.part == "title" and titled.title[evidence.start:evidence.end] == "Mob"
    assert mob.others == {"South Daily": ["protesters"]}


def test_a_scare_quote_in_a_headline_is_told_with_title_offsets():
    titled = Article("a", "a.txt", "North Wire", 'Council Unveils Its "Green" Budget', UNDATED, "en",
                     "The council unveiled its budget on Monday.")
    (quoted,) = frame(MergedAnalysis([titled], [], []))[0].scare_quotes
    assert quoted.part == "title" and titled.title[quoted.start:quoted.end] == '"Green"'


def test_a_headline_quotation_set_off_by_a_colon_is_speech_not_a_scare_quote():
    said = Article("a", "a.txt", "North Wire", "Harbour Chief: 'Never Again' After Pier Collapse",
                   UNDATED, "en", "The pier collapsed on Monday.")
    opening = dataclasses.replace(said, title="'Not On My Watch': Chief Vows Pier Repairs")
    held = dataclasses.replace(said, title="Chief Unveils 'Repair' Plan For Pier")
    assert frame(MergedAnalysis([said], [], []))[0].scare_quotes == []
    assert frame(MergedAnalysis([opening], [], []))[0].scare_quotes == []
    (quoted,) = frame(MergedAnalysis([held], [], []))[0].scare_quotes
    assert quoted.text == "'Repair'" and quoted.part == "title"


def test_a_headline_quotation_its_body_reports_as_said_is_speech_not_a_scare_quote():
    """A headline that quotes a word of the speaker its article reports cites that speaker;
    a quoted word no statement of the article holds stays held at arm's length."""
    text = 'The harbour chief said the repairs were "plainly reckless" and would be stopped.'
    cited = Article("a", "a.txt", "North Wire", "Chief halts 'reckless' pier repairs", UNDATED, "en", text)
    statement = Statement("s0", words_in(text, 'the repairs were "plainly reckless" and would be stopped', "a"),
                          "mixed", words_in(text, "said", "a"), words_in(text, "The harbour chief", "a"),
                          Resolution("unnamed", 0.5))
    assert frame(MergedAnalysis([cited], [], [statement]))[0].scare_quotes == []
    held = dataclasses.replace(cited, title="Chief halts 'urgent' pier repairs")
    (quoted,) = frame(MergedAnalysis([held], [], [statement]))[0].scare_quotes
    assert quoted.text == "'urgent'" and quoted.part == "title"


def test_a_common_word_compounded_with_the_rows_name_names_its_one_thing():
    # "the Ukraine invasion" names what "Ukraine crisis" names, whatever else the two
    # sentences tell; a bare "invasion" in a sentence on something else does not
    a = art("a", "North Wire", "Diplomats met in a lakeside hotel to weigh the Ukraine invasion and its grain routes.")
    b = art("b", "South Daily", "A retired admiral wrote a memoir on the Ukraine crisis for younger readers.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"invasion"}, "South Daily": {"Ukraine crisis"}}
    bare = art("a", "North Wire", "A novel about an invasion of beetles in a mountain town won the prize.")
    assert all(not f.terms for f in frame(MergedAnalysis([bare, b], [], [])))


def test_an_outlet_that_also_writes_the_others_word_chose_against_none():
    # the East Post writes "falsehoods" once but "misinformation" as the others do: no
    # choice against their word, no row; the West Wire keeps to "disinformation" alone
    a = art("a", "North Wire", "The Halden video site will remove misinformation about ferry tolls.")
    b = art("b", "East Post", "The Halden video site will remove misinformation about ferry tolls, "
                              "and falsehoods about the harbour.")
    assert [t for f in frame(MergedAnalysis([a, b], [], [])) for t in f.terms] == []
    c = art("c", "West Wire", "The Halden video site will remove disinformation about ferry tolls.")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b, c], [], []))}
    assert framing.get("West Wire") == {"disinformation"}


def test_a_countrys_initialism_before_the_name_of_the_prepositional_form():
    a = art("a", "North Wire", "A panel heard a guard recall the riot at the U.S. Capitol on Tuesday.")
    b = art("b", "South Daily", "A panel heard a guard recall the attack on the Capitol on Tuesday.")
    framing = {f.outlet: {t.term for t in f.terms} for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"Capitol riot"}, "South Daily": {"Capitol attack"}}
    evidence = next(t for f in frame(MergedAnalysis([a, b], [], [])) for t in f.terms
                    if f.outlet == "North Wire").evidence[0]
    assert a.text[evidence.start:evidence.end] == "riot at the U.S. Capitol"


def test_a_headlines_term_and_a_phrase_of_the_text_at_the_same_offsets_stay_two_rows():
    # the headline's offsets are into the title: its "Capitol riot" does not overlap the
    # "Republican-led committee" written at the same offsets of the text
    titled = Article("a", "a.txt", "North Wire", "Guard tells panel of Capitol riot", UNDATED, "en",
                     "The Republican-led committee heard a guard on Tuesday about the Tessel depot.")
    plain = art("b", "South Daily", "The committee heard a guard recall the attack on the Capitol "
                                    "on Tuesday at the Tessel depot.")
    framing = {f.outlet: {t.referent: t.term for t in f.terms}
               for f in frame(MergedAnalysis([titled, plain], [], []))}
    assert framing["North Wire"]["storming of the US Capitol"] == "Capitol riot"
    assert framing["South Daily"]["storming of the US Capitol"] == "Capitol attack"
    assert framing["North Wire"]["committee"] == "Republican-led committee"


def test_a_loaded_word_one_outlet_alone_writes_is_its_choice_though_it_writes_the_plain_one_too():
    # the North Wire also writes "bombing", as the South Daily does, but "terrorist" is
    # its own loaded word: a row; its "falsehoods" beside "misinformation" would not be
    a = art("a", "North Wire", "A terrorist bombing at the Vesk depot gate left nine guards dead. "
                               "The bombing shut the depot.")
    b = art("b", "South Daily", "Nine guards died in a suicide attack at the Vesk depot gate on Friday.")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"terrorist bombing", "bombing"}, "South Daily": {"suicide attack"}}


def test_a_partys_progressive_wing_and_its_left():
    a = art("a", "North Wire", "The primary in Halden pits the party's establishment against its progressive wing.")
    b = art("b", "South Daily", "The left of the party pins its hopes on the primary in Halden.")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"progressive wing"}, "South Daily": {"the left"}}


def test_a_six_week_bans_official_heartbeat_name_beside_a_plain_abortion_law():
    # a capitalised name the lexicon lists is the outlet's choice of name, as
    # "Parental Rights in Education" is; "abortion law" describes the same statute plainly
    a = art("a", "North Wire", "A judge in Ostrava on Friday paused the Ostrava Heartbeat Act, pending appeal.")
    b = art("b", "South Daily", "A judge in Ostrava on Friday paused the new abortion law, pending appeal.")
    framing = {f.outlet: {t.term for t in f.terms if t.source == "lexicon"}
               for f in frame(MergedAnalysis([a, b], [], []))}
    assert framing == {"North Wire": {"Heartbeat Act"}, "South Daily": {"abortion law"}}
    # "six-week ban" and "abortion law" are one choice: both describe it
    c = art("a", "North Wire", "A judge in Ostrava on Friday paused the six-week ban, pending appeal.")
    assert [t for f in frame(MergedAnalysis([c, b], [], [])) for t in f.terms if t.source == "lexicon"] == []


def test_unresolved_pronoun_speakers_are_no_voice_but_an_unnamed_description_is():
    text = "Anyone who flies must test, her lawyer, who spoke first, said, and they agreed."

    def said_by(id_, speaker):
        return Statement(id_, words_in(text, "must test", "a"), "indirect", words_in(text, "said", "a"),
                         words_in(text, speaker, "a"), Resolution("unnamed", 0.5))
    listed, _ = voices([said_by("s0", "Anyone who"), said_by("s1", "her lawyer, who"),
                        said_by("s2", "they")], {})
    assert [v.name for v in listed] == ["her lawyer, who"]


def test_a_possessive_pronoun_left_as_speaker_words_is_no_voice():
    # a cue noun's owner ("his hopes") left unresolved names no one a reader can see
    text = "The mayor spoke first; his hopes for a quick repair faded, the engineers said."

    def said_by(id_, speaker):
        return Statement(id_, words_in(text, "for a quick repair", "a"), "indirect",
                         words_in(text, "hopes", "a"), words_in(text, speaker, "a"),
                         Resolution("unnamed", 0.5))
    listed, _ = voices([said_by("s0", "his"), said_by("s1", "the engineers")], {})
    assert [v.name for v in listed] == ["the engineers"]


def test_speaker_words_cut_from_a_phrase_are_no_voice():
    text = "Monday's tallies show a shift, say pollsters, even the cautious ones."

    def said_by(id_, speaker):
        return Statement(id_, words_in(text, "show a shift", "a"), "indirect", words_in(text, "show", "a"),
                         words_in(text, speaker, "a"), Resolution("unnamed", 0.5))
    listed, _ = voices([said_by("s0", "'s tallies"), said_by("s1", ", even the cautious ones"),
                        said_by("s2", "pollsters")], {})
    assert [v.name for v in listed] == ["pollsters"]


def test_quoted_words_telling_an_act_or_a_state_are_speech_not_a_scare_quote():
    a = art("a", "North Wire", 'The harbour board rated the flood risk "very slim." Its chair is '
                               '"weighing carefully" a second pier, and the "reform" of the docks went ahead.')
    framing = {f.outlet: [q.text for q in f.scare_quotes] for f in frame(MergedAnalysis([a], [], []))}
    assert framing == {"North Wire": ['"reform"']}


def test_a_headline_quoting_words_another_outlet_quotes_the_speaker_saying_is_speech():
    """A headline's quoted word that the story's other outlet quotes its speaker saying
    cites that speaker, though its own body only paraphrases her; a quoted word no
    speaker is quoted saying stays held at arm's length."""
    plain = "Minister Edda Voss said on Tuesday she would keep the harbour levy."
    quoting = 'Voss told reporters she was "unmoved on the levy, whatever the cost."'
    told = Article("a", "a.txt", "North Wire", "Voss 'unmoved' on harbour levy", UNDATED, "en", plain)
    other = art("b", "South Daily", quoting)
    statement = Statement("s0", words_in(quoting, 'she was "unmoved on the levy, whatever the cost."', "b"),
                          "mixed", words_in(quoting, "told", "b"), words_in(quoting, "Voss", "b"),
                          Resolution("named", 1.0))
    framing = {f.outlet: f for f in frame(MergedAnalysis([told, other], [], [statement]))}
    assert framing["North Wire"].scare_quotes == []
    held = dataclasses.replace(told, title="Voss 'tough' on harbour levy")
    framing = {f.outlet: f for f in frame(MergedAnalysis([held, other], [], [statement]))}
    (quoted,) = framing["North Wire"].scare_quotes
    assert quoted.text == "'tough'" and quoted.part == "title"


def test_a_short_quotation_repeating_a_speakers_quoted_words_is_speech_not_a_scare_quote():
    """A senator's words quoted in a paragraph of their own and repeated short in the
    paragraph before are hers, not a name the outlet holds apart; a short quotation no
    speaker's quotation holds stays a scare quote."""
    text = ('Senator Orla Brandt called the ferry grant "a modest win."\n'
            '"We see the ferry grant as a win, a modest win with more to do," Brandt said.\n'
            'Critics called the grant a "lifeline" for the islands.')
    quote = '"We see the ferry grant as a win, a modest win with more to do,"'
    statement = Statement("s0", words_in(text, quote, "a"), "direct", words_in(text, "said", "a"),
                          words_in(text, "Brandt", "a"), Resolution("named", 1.0))
    (framing,) = frame(MergedAnalysis([art("a", "North Wire", text)], [], [statement]))
    assert [q.text for q in framing.scare_quotes] == ['"lifeline"']


def test_one_word_a_speaker_also_used_stays_a_scare_quote_in_the_body():
    """'what they called "efficiency"' keeps the word at arm's length though the official
    used it in a quotation: one word is too little to cite her."""
    text = ('"This is about efficiency and nothing else," the port director Ilse Marr said.\n'
            'Dockers rejected what the port called "efficiency."')
    quote = '"This is about efficiency and nothing else,"'
    statement = Statement("s0", words_in(text, quote, "a"), "direct", words_in(text, "said", "a"),
                          words_in(text, "the port director Ilse Marr", "a"), Resolution("named", 1.0))
    (framing,) = frame(MergedAnalysis([art("a", "North Wire", text)], [], [statement]))
    assert [q.text for q in framing.scare_quotes] == ['"efficiency."']


def test_articles_of_no_known_outlet_are_each_a_source_of_their_own(monkeypatch):
    # two unnamed hosts of one story: pooled as one "outlet", their words could not differ
    # each is headed as no outlet's: a file named as a registered outlet is none of its
    from crosswire.knowledge import outlets

    courier = outlets.Outlet("halden-courier", "Halden Courier", (), ("haldencourier.example",),
                             "NO", "newspaper", "independent", "independent", "en")
    monkeypatch.setattr(outlets, "load_registry", lambda: outlets.Registry([courier]))
    a = art("halden-courier", None, "Rioters smashed windows at the Halden depot on Friday night.")
    b = art("b", None, "Hundreds of protesters marched to the depot in Halden on Friday night.")
    framing = {f.outlet: f for f in frame(MergedAnalysis([a, b], [], []))}
    unknown_a, unknown_b = "unknown outlet (halden-courier)", "unknown outlet (b)"
    assert set(framing) == {unknown_a, unknown_b} and framing[unknown_a].articles == ["halden-courier"]
    (rioters,) = framing[unknown_a].terms
    assert rioters.term == "rioters" and rioters.others == {unknown_b: ["protesters"]}
    assert framing[unknown_a].registry == {} and framing[unknown_b].registry == {}
    # a claim's outlets are named ones: an article of no known outlet leaves nothing out
    c = art("c", "Three", 'Ruz said "yes".')
    d = art("d", "Four", 'Ruz said "yes".')
    claim = Claim("c0", None, [ClaimVersion("s3", "Three", TextSpan("R", 0, 1, "c"), "direct"),
                               ClaimVersion("s4", "Four", TextSpan("R", 0, 1, "d"), "direct")],
                  ["Four", "Three"], 2, [["c"], ["d"]], keywords=["yes"])
    merged = MergedAnalysis([a, c, d], [], [])
    assert {f.outlet: f.omitted_claims for f in with_claims(frame(merged), merged, claims=[claim])} == {
        unknown_a: [], "Three": [], "Four": []}
