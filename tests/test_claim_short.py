"""Short statements of one speaker in two articles: one claim when act and object agree."""

from __future__ import annotations

from crosswire.compare.claims import find_claims
from crosswire.models import Actor, MergedAnalysis

from test_claims import article, statement

OSKEBY = Actor("o", "Halvard Oskeby", "person", [], [])


def _claims_of(*pairs):
    """The statement ids of each claim of the briefing of the (article, statements) pairs."""
    merged = MergedAnalysis(articles=[a for a, _ in pairs], actors=[OSKEBY],
                            statements=[s for _, statements in pairs for s in statements])
    return sorted(sorted(v.statement for v in claim.versions) for claim in find_claims(merged))


def test_a_short_denial_joins_the_same_denial_told_at_length():
    a = article("a", "Fjord Post", "Minister Halvard Oskeby denied the report on Tuesday.")
    b = article("b", "Coast Herald", "Oskeby denies the report that the harbour levy would double.")
    claims = _claims_of(
        (a, [statement("s1", a, "the report", speaker="o", cue="denied", kind="indirect")]),
        (b, [statement("s2", b, "the report that the harbour levy would double", speaker="o",
                       cue="denies", kind="indirect")]))
    assert claims == [["s1", "s2"]]


def test_a_short_statement_with_another_act_or_another_object_stays_apart():
    a = article("a", "Fjord Post", "Minister Halvard Oskeby praised the report on Tuesday.")
    b = article("b", "Coast Herald", "Oskeby denies the report that the harbour levy would double.")
    c = article("c", "Valley Courier", "Oskeby denied the rumour on Wednesday.")
    claims = _claims_of(
        (a, [statement("s1", a, "the report", speaker="o", cue="praised", kind="indirect")]),
        (b, [statement("s2", b, "the report that the harbour levy would double", speaker="o",
                       cue="denies", kind="indirect")]),
        (c, [statement("s3", c, "the rumour", speaker="o", cue="denied", kind="indirect")]))
    assert claims == [["s1"], ["s2"], ["s3"]]


def test_a_negated_act_is_no_version_of_the_act():
    a = article("a", "Fjord Post", "Minister Halvard Oskeby did not deny the report on Tuesday.")
    b = article("b", "Coast Herald", "Oskeby denies the report that the harbour levy would double.")
    claims = _claims_of(
        (a, [statement("s1", a, "the report", speaker="o", cue="deny", kind="indirect")]),
        (b, [statement("s2", b, "the report that the harbour levy would double", speaker="o",
                       cue="denies", kind="indirect")]))
    assert claims == [["s1"], ["s2"]]


def test_short_words_credited_to_no_one_join_only_when_the_same():
    a = article("a", "Fjord Post", 'At one point he whispered, "I am calm," and sat down.')
    b = article("b", "Coast Herald", 'At one point he whispered, "I am calm," and sat down.')
    c = article("c", "Valley Courier", 'Later he whispered, "I am calm and rested," to the bench.')
    claims = _claims_of(
        (a, [statement("s1", a, "I am calm,", cue="whispered")]),
        (b, [statement("s2", b, "I am calm,", cue="whispered")]),
        (c, [statement("s3", c, "I am calm and rested,", cue="whispered")]))
    assert claims == [["s1", "s2"], ["s3"]]
