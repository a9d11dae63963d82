"""Reporting words as framing: the load each outlet put on one speaker's one utterance."""

from __future__ import annotations

import dataclasses

from crosswire.compare.framing import frame, with_claims
from crosswire.compare.reporting_words import reporting_uses
from crosswire.data import read_jsonl
from crosswire.models import (
    Actor,
    Article,
    Claim,
    ClaimVersion,
    DateEstimate,
    MergedAnalysis,
    Resolution,
    Statement,
)
from crosswire.nlp.cues import load_lexicon
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
SPEAKER = "Wenna Tallis"


def _article(id_: str, outlet: str, written: str) -> Article:
    return Article(id_, f"{id_}.txt", outlet, None, UNDATED, "en",
                   f"Minister {SPEAKER} {written} that the ferry levy would fall next spring. "
                   "Dock workers have waited for the cut since the harbour fees rose.")


def _statement(article: Article, cue: str, speaker: str) -> Statement:
    return Statement(f"s-{article.id}", words_in(article.text, "the ferry levy would fall next spring", article.id),
                     "indirect", words_in(article.text, cue, article.id),
                     words_in(article.text, SPEAKER, article.id), Resolution("named", 1.0), speaker=speaker)


def _story(written: dict[str, str], *, speaker_of: dict[str, str] | None = None, kind: str = "statement",
           cue_of: dict[str, str] | None = None) -> tuple[MergedAnalysis, list[Claim]]:
    """One utterance of the minister's told by each outlet with the words ``written``
    (the statement's cue: those words, unless ``cue_of`` names the cue among them)."""
    articles = [_article(f"a{n}", outlet, words) for n, (outlet, words) in enumerate(written.items())]
    statements = [_statement(a, (cue_of or {}).get(a.outlet, words), (speaker_of or {}).get(a.outlet, "tallis"))
                  for a, words in zip(articles, written.values())]
    actors = [Actor("tallis", SPEAKER, "person", [SPEAKER], []), Actor("orr", "Bram Orr", "person", [], [])]
    versions = [ClaimVersion(s.id, a.outlet, s.span, "indirect") for a, s in zip(articles, statements)]
    claim = Claim("c0", "tallis", versions, list(written), len(written), [[a.id] for a in articles], kind=kind)
    return MergedAnalysis(articles, actors, statements), [claim]


def _terms(merged: MergedAnalysis, claims: list[Claim]) -> dict[str, list[str]]:
    return {f.outlet: [t.term for t in f.terms if t.source == "reporting words"]
            for f in with_claims(frame(merged), merged, claims=claims)}


def test_one_utterance_told_with_a_loaded_verb_by_one_outlet_and_plainly_by_another():
    merged, claims = _story({"Quay Post": "claimed", "Fjord Times": "said"})
    assert _terms(merged, claims) == {"Quay Post": ["claimed"], "Fjord Times": ["said"]}
    row = next(t for f in with_claims(frame(merged), merged, claims=claims) for t in f.terms
               if t.source == "reporting words" and t.term == "claimed")
    assert row.referent == f"how {SPEAKER}'s words are told"
    assert row.others == {"Fjord Times": ["said"]}
    evidence = row.evidence[0]
    assert merged.articles[0].text[evidence.start:evidence.end] == "claimed"


def test_a_judgement_around_the_verb_is_told_with_it():
    merged, claims = _story({"Quay Post": "falsely stated", "Fjord Times": "stated"},
                            cue_of={"Quay Post": "stated"})
    assert _terms(merged, claims) == {"Quay Post": ["falsely stated"], "Fjord Times": ["stated"]}
    merged, claims = _story({"Quay Post": "said, without evidence,", "Fjord Times": "said"},
                            cue_of={"Quay Post": "said"})
    assert _terms(merged, claims)["Quay Post"] == ["said, without evidence"]
    # an adverb that judges nothing is no load
    assert _terms(*_story({"Quay Post": "firmly said", "Fjord Times": "said"},
                          cue_of={"Quay Post": "said"})) == {"Quay Post": [], "Fjord Times": []}


def test_no_row_where_the_loads_agree_or_nothing_is_loaded():
    assert _terms(*_story({"Quay Post": "said", "Fjord Times": "told reporters"})) == {
        "Quay Post": [], "Fjord Times": []}
    # two verbs of one load are one choice worded two ways
    assert _terms(*_story({"Quay Post": "slammed", "Fjord Times": "blasted"})) == {
        "Quay Post": [], "Fjord Times": []}


def test_only_one_speakers_one_utterance_counts():
    # the claim's other version is another speaker's: no two outlets told one utterance
    merged, claims = _story({"Quay Post": "claimed", "Fjord Times": "said"}, speaker_of={"Fjord Times": "orr"})
    assert _terms(merged, claims) == {"Quay Post": [], "Fjord Times": []}
    # a fact's versions that are its doer's statements tell the words said on that occasion
    assert _terms(*_story({"Quay Post": "claimed", "Fjord Times": "said"}, kind="fact")) == {
        "Quay Post": ["claimed"], "Fjord Times": ["said"]}


def test_a_call_joins_words_said_at_different_times():
    merged, (claim,) = _story({"Quay Post": "claimed", "Fjord Times": "said"})
    called = dataclasses.replace(claim, call="levy:against")
    assert _terms(merged, [called]) == {"Quay Post": [], "Fjord Times": []}


def test_a_verb_with_its_particle_and_none_without():
    merged, claims = _story({"Quay Post": "lashed out", "Fjord Times": "said"})
    uses = reporting_uses(claims, merged.statements, merged.actors, merged.articles,
                          {a.id: a.outlet for a in merged.articles})
    assert [term for _, term in uses["Quay Post"]] == ["lashed out"]


def test_every_loaded_verb_is_a_cue_verb():
    """A load on a verb no statement is ever cued by could never be read."""
    cues = load_lexicon().verbs
    for row in read_jsonl("reporting_loads.jsonl"):
        if "verb" in row:
            assert row["verb"] in cues, row
