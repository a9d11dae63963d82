"""One name per outlet across a run, whichever spelling each page credits it by."""

from __future__ import annotations

from crosswire.metadata.outlet_names import one_name_per_outlet
from crosswire.models import Article, DateEstimate


def article(article_id: str, outlet: str | None) -> Article:
    return Article(id=article_id, source_path=f"{article_id}.txt", outlet=outlet, title=None,
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text="")


def test_a_paper_with_and_without_its_the_is_one_outlet():
    named = one_name_per_outlet([article("a1", "The Tidewater Ledger"), article("a2", "Tidewater Ledger"),
                                 article("a3", "tidewater  ledger")])
    assert {a.outlet for a in named} == {"The Tidewater Ledger"}


def test_the_most_used_spelling_names_the_outlet_and_other_outlets_stay_apart():
    named = one_name_per_outlet([article("a1", "Tidewater Ledger"), article("a2", "Tidewater Ledger"),
                                 article("a3", "The Tidewater Ledger"), article("a4", "The Ledger Weekly"),
                                 article("a5", None)])
    assert [a.outlet for a in named] == ["Tidewater Ledger"] * 3 + ["The Ledger Weekly", None]
