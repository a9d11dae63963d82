"""The plain look for an issue's words in ``calls_of`` never rules out a statement its
pattern matches: capitals, a dotless or dotted capital i, the Kelvin sign and a long s."""

from __future__ import annotations

import pytest

from crosswire.compare.claim_calls import _fold, _named_issues, _plain
from crosswire.compare.issues import seed_issues
from crosswire.compare.marker_search import term_pattern

SPELLINGS = [str.upper, str.title,
             lambda t: t.replace("i", "\u0131"), lambda t: t.replace("i", "\u0130"),
             lambda t: t.replace("k", "\u212a"), lambda t: t.replace("s", "\u017f")]


@pytest.mark.parametrize("spell", SPELLINGS)
def test_every_pattern_match_is_found_by_the_plain_look(spell):
    looked = 0
    for issue_id, _, terms in seed_issues():
        plain = _plain(terms)
        for term in terms:
            text = f"The minister said {spell(term)}s were the way forward."
            if not term_pattern(terms).search(text):
                continue
            looked += 1
            assert plain is None or issue_id in _named_issues(_fold(text)), (term, text)
    assert looked > 10


def test_a_term_outside_ascii_is_left_to_the_pattern():
    assert _plain(("négociation",)) is None
    assert _plain(("talks", "peace deal")) == ("talks", "peace deal")
