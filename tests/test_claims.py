"""Claims across outlets, on hand-made briefings."""

from __future__ import annotations

from crosswire.compare.claims import find_claims
from crosswire.models import Actor, Article, Briefing, DateEstimate, Resolution, Statement

UNDATED = DateEstimate(None, "unknown", "", 0.0)


def article(id_, outlet, text):
    return Article(id=id_, source_path=f"{id_}.txt", outlet=outlet, title=None, published=UNDATED,
                   language="en", text=text)


def statement(id_, art, quote, *, speaker=None, kind="direct", via=None, said_on=None, speaker_text=None):
    start = art.text.index(quote)
    return Statement(id=id_, article=art.id, start=start, end=start + len(quote), text=quote, kind=kind,
                     cue="said", cue_start=None, cue_end=None, speaker_text=speaker_text,
                     speaker_start=None, speaker_end=None, resolution=Resolution("named", 1.0),
                     speaker=speaker, via=via, said_on=said_on)


def test_same_speaker_paraphrases_group_with_number_and_kind_conflicts():
    a = article("a", "Daily Post", 'The minister said "we will rebuild 300 schools in the northern provinces this year".')
    b = article("b", "Evening Star", "The minister said the government would rebuild 250 schools in northern provinces.")
    c = article("c", "Evening Star", "The mayor complained about potholes on the ring road.")
    statements = [
        statement("s1", a, "we will rebuild 300 schools in the northern provinces this year", speaker="m"),
        statement("s2", b, "the government would rebuild 250 schools in northern provinces", speaker="m",
                  kind="indirect"),
        statement("s3", c, "about potholes on the ring road", speaker="y", kind="indirect"),
    ]
    briefing = Briefing(articles=[a, b, c], actors=[Actor("m", "Minister", "person", [], [])],
                        statements=statements)
    claims = find_claims(briefing)
    top = claims[0]
    assert [v.statement for v in top.versions] == ["s1", "s2"]
    assert top.outlets == ["Daily Post", "Evening Star"] and top.independent == 2
    aspects = {c.aspect: c.values for c in top.conflicts}
    assert aspects["number"] == {"300": ["s1"], "250": ["s2"]}
    assert set(aspects["kind"]) == {"quoted", "paraphrased"}
    assert "speaker" not in aspects
    assert len(claims) == 2 and claims[1].versions[0].statement == "s3"
    for version in top.versions:
        source = {x.id: x for x in briefing.articles}[version.article]
        assert source.text[version.start:version.end] == version.text


def test_shared_wire_and_copies_count_once():
    wire = "Officials confirmed that the dam on the river had burst after days of heavy rain."
    a = article("a", "Paper One", wire + " More to follow.")
    b = article("b", "Paper Two", wire + " Local reaction below.")
    c = article("c", "Paper Three", "According to the agency, the dam on the river burst after days of heavy rain.")
    quote = "the dam on the river had burst after days of heavy rain"
    statements = [
        statement("s1", a, quote, speaker="o", kind="indirect"),
        statement("s2", b, quote, speaker="o", kind="indirect"),
        statement("s3", c, "the dam on the river burst after days of heavy rain", speaker="o",
                  kind="indirect", via="Reuters"),
    ]
    briefing = Briefing(articles=[a, b, c], actors=[], statements=statements)
    claim = find_claims(briefing)[0]
    assert len(claim.versions) == 3
    assert claim.independent == 2 and ["a", "b"] in claim.independent_groups


def test_different_speakers_need_near_identical_words():
    a = article("a", "One", "Smith said the border will reopen on Monday for trucks.")
    b = article("b", "Two", "Jones said the border will reopen on Monday for trucks.")
    c = article("c", "Three", "Brown said talks on the border reopening stalled.")
    statements = [
        statement("s1", a, "the border will reopen on Monday for trucks", speaker="smith", kind="indirect"),
        statement("s2", b, "the border will reopen on Monday for trucks", speaker="jones", kind="indirect"),
        statement("s3", c, "talks on the border reopening stalled", speaker="smith", kind="indirect"),
    ]
    claims = find_claims(Briefing(articles=[a, b, c], actors=[], statements=statements))
    grouped = [c for c in claims if len(c.versions) > 1]
    assert len(grouped) == 1 and {v.statement for v in grouped[0].versions} == {"s1", "s2"}
    assert {c.aspect for c in grouped[0].conflicts} == {"speaker"}
