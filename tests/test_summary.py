"""The briefing summary: few sentences, each from the records, each citing its sources."""

from __future__ import annotations

import dataclasses
import re

from test_briefing import EMPTY, analysis_briefing, fact_briefing, sample_briefing

from crosswire.briefing.summary import MAX_QUOTE_CHARS, MAX_SENTENCES, summarise
from crosswire.models import Briefing, Claim, ClaimVersion, Issue, Position, TextSpan

QUOTED = re.compile(r"“([^”]*)”")


def _sources(briefing: Briefing) -> list[str]:
    """Every text a quotation in the summary may come from."""
    texts = [s.span.text for s in briefing.statements]
    texts += [c.span.text for p in briefing.positions for c in p.conditions]
    texts += [u.term for f in briefing.framing for u in f.terms]
    texts += [v.span.text for c in briefing.claims for v in c.versions]  # a fact's wording
    return [" ".join(t.split()) for t in texts]


def _check_derivable(briefing: Briefing) -> None:
    articles = {a.id: a for a in briefing.articles}
    statements = {s.id for s in briefing.statements}
    outlets = {a.outlet or a.title or a.id for a in briefing.articles}
    sources = _sources(briefing)
    sentences = summarise(briefing)
    for sentence in sentences:
        assert sentence.citations, sentence.text
        for citation in sentence.citations:
            assert citation.outlet in outlets
            assert citation.outlet in sentence.outlets
            text = articles[citation.article].text
            if citation.start is not None:
                assert 0 <= citation.start < citation.end <= len(text)
            if citation.statement:
                assert citation.statement in statements
        assert set(sentence.statements) <= statements
        for quoted in QUOTED.findall(sentence.text):
            words = quoted.removesuffix(" …")
            assert any(words in source for source in sources), quoted
    return sentences


def test_sentences_are_templated_from_the_records_and_cite_them():
    briefing = analysis_briefing()
    sentences = _check_derivable(briefing)
    assert 3 <= len(sentences) <= MAX_SENTENCES
    texts = [s.text for s in sentences]
    assert texts[0].startswith("3 articles from 3 outlets (Coast Courier, Northern Wire and "
                               "State Voice), published 2024-03-15, report 7 statements")
    assert ("2 outlets (Coast Courier and Northern Wire) report that Lena Varga said: "
            "“We will not negotiate under pressure”.") in texts
    positions = next(t for t in texts if t.startswith("Positions on negotiations"))
    assert "Lena Varga (Otherland) conditional, “only if Examplia first withdrew" in positions
    assert "Tomas Reyk (Examplia) against" in positions
    assert "Ana Sol (mediator) in favour" in positions
    assert ("The outlets differ in naming Vell (city): Coast Courier writes “Vell”; "
            "Northern Wire writes “Velle”.") in texts


def test_a_claim_sentence_cites_each_outlet_once_at_its_version():
    briefing = analysis_briefing()
    sentence = next(s for s in summarise(briefing) if s.claims == ["c0"])
    spans = {(c.outlet, c.article, c.start, c.end) for c in sentence.citations}
    versions = briefing.claims[0].versions
    assert spans == {(v.outlet, v.span.article, v.span.start, v.span.end) for v in versions}
    assert sentence.outlets == ["Coast Courier", "Northern Wire"]


def test_the_best_corroborated_claims_come_first():
    briefing = analysis_briefing()
    weaker, stronger = briefing.claims[1], briefing.claims[2]
    third = dataclasses.replace(
        stronger, id="c9", independent=3,
        versions=[*stronger.versions, dataclasses.replace(
            stronger.versions[0], outlet="Coast Courier",
            span=dataclasses.replace(stronger.versions[0].span, article="courier"))],
        outlets=["Coast Courier", "Northern Wire", "State Voice"])
    sentences = summarise(dataclasses.replace(briefing, claims=[weaker, third]))
    claim_ids = [s.claims for s in sentences if s.claims]
    assert claim_ids == [["c9"], ["c1"]]
    assert sentences[1].text.startswith("3 outlets (Northern Wire, State Voice and Coast Courier)")


def test_a_briefing_without_analysis_still_gets_three_sourced_sentences():
    briefing = sample_briefing()
    sentences = _check_derivable(briefing)
    assert len(sentences) == 3
    extractive = [s for s in sentences if s.kind == "extractive"]
    assert extractive, [s.text for s in sentences]
    statement = briefing.statements[1]
    assert extractive[0].statements == [statement.id]
    # the statement's own words, without the quotation marks the article put round them
    assert "“We cannot wait for <script>alert('x')</script> another storm”" in extractive[0].text


def test_long_quotations_are_cut_at_a_word_and_marked():
    briefing = analysis_briefing()
    words = "the delta " * 60
    article = dataclasses.replace(briefing.articles[0], text=briefing.articles[0].text + " " + words)
    start = len(briefing.articles[0].text) + 1
    long = dataclasses.replace(briefing.statements[1], id="courier:long",
                               span=TextSpan(words, start, start + len(words), article.id), kind="direct")
    claim = Claim(id="c-long", speaker="a-varga", outlets=["Coast Courier", "Northern Wire"],
                  versions=[ClaimVersion(long.id, "Coast Courier", long.span, "direct"),
                            ClaimVersion("wire:s1", "Northern Wire", TextSpan(words, 0, 10, "wire"),
                                         "direct")],
                  independent=2, independent_groups=[["courier"], ["wire"]])
    briefing = dataclasses.replace(briefing, articles=[article, *briefing.articles[1:]],
                                   statements=[*briefing.statements, long], claims=[claim])
    quoted = QUOTED.findall(next(s.text for s in summarise(briefing) if s.claims))[0]
    assert quoted.endswith("delta …") and len(quoted) <= MAX_QUOTE_CHARS + 2


def test_never_more_than_seven_sentences():
    briefing = analysis_briefing()
    issues = [dataclasses.replace(briefing.issues[0], id=f"i{n}", label=f"issue {n}")
              for n in range(5)]
    positions = [dataclasses.replace(p, issue=i.id) for i in issues for p in briefing.positions]
    claims = [dataclasses.replace(briefing.claims[0], id=f"c{n}") for n in range(5)]
    busy = dataclasses.replace(briefing, issues=issues, positions=positions, claims=claims)
    assert len(summarise(busy)) == MAX_SENTENCES


def test_unclear_stances_and_unknown_issues_are_not_summarised():
    briefing = analysis_briefing()
    unclear = [dataclasses.replace(p, stance="unclear") for p in briefing.positions]
    stray = Position(actor="a-sol", actor_name="Ana Sol", issue="no-such-issue", stance="for",
                     statements=["voice:s1"])
    texts = [s.text for s in summarise(dataclasses.replace(
        briefing, positions=[*unclear, stray], issues=[Issue("x", "x", ["x"], [])]))]
    assert not any(t.startswith("Positions") for t in texts)


def test_an_empty_briefing_has_no_summary():
    assert summarise(EMPTY) == []


def test_a_fact_is_reported_not_said_and_quoted_word_for_word():
    briefing = fact_briefing()
    sentence = next(s for s in _check_derivable(briefing) if s.claims == ["c0"])
    assert sentence.text.startswith("2 outlets (Coast Courier and Northern Wire) report that “")
    assert " said" not in sentence.text
    quoted = QUOTED.findall(sentence.text)
    assert quoted == ["Examplia closed the river border on Friday"]
    assert quoted[0] in {v.span.text for v in briefing.claims[0].versions}
    # the version no statement carries cites its span, not an empty statement id
    assert [c.statement for c in sentence.citations] == [None, "wire:s0"]
    assert sentence.statements == ["wire:s0"]


def test_an_actor_named_after_its_side_is_not_repeated():
    briefing = analysis_briefing()
    position = dataclasses.replace(briefing.positions[1], actor_name="Examplia")
    briefing = dataclasses.replace(briefing, positions=[briefing.positions[0], position,
                                                        *briefing.positions[2:]])
    text = next(s.text for s in summarise(briefing) if s.text.startswith("Positions on"))
    assert "Examplia against" in text and "Examplia (Examplia)" not in text


def test_a_call_is_labelled_with_the_story_issue_holding_its_versions():
    briefing = analysis_briefing()
    story_issue = Issue(id="issue:harbour toll", label="harbour toll", terms=["toll"],
                        statements=["courier:s0", "wire:s0"])
    call = dataclasses.replace(briefing.claims[1], call="negotiations:for")
    briefing = dataclasses.replace(briefing, issues=[story_issue], claims=[call])
    text = next(s.text for s in summarise(briefing) if s.claims == [call.id])
    assert "Lena Varga speaking for harbour toll;" in text


def test_a_call_no_story_issue_holds_is_labelled_with_the_seed_label_not_its_id():
    briefing = analysis_briefing()
    call = dataclasses.replace(briefing.claims[1], call="negotiations:against")
    briefing = dataclasses.replace(briefing, issues=[], claims=[call])
    text = next(s.text for s in summarise(briefing) if s.claims == [call.id])
    assert "speaking against negotiations and talks;" in text
