"""A word of wanting tells the wish of its clause's subject: other people's wish, told by a
speaker, is no side of the speaker's."""

from __future__ import annotations

import pytest

from crosswire.compare.stance import statement_stance
from crosswire.compare.wishes import wished_by_others

FERRY = frozenset({"ferry", "crossing"})


@pytest.mark.parametrize("text, stance", [
    # people other than the speaker, named by a figure or a noun of persons
    ("some of the remaining 2,000 islanders may not want the ferry crossings", "unclear"),
    ("many residents are not ready for the ferry crossings", "unclear"),
    ("about 300 still want the ferry crossings", "unclear"),
    # the speaker's own wish, or one a name or pronoun may be the speaker's
    ("we are not ready for the ferry crossings", "against"),
    ("he was willing to restore the ferry crossings", "for"),
    ("the Harbour Guild does not want the ferry crossings", "against"),
])
def test_another_peoples_wish_is_no_side_of_the_speaker(text, stance):
    assert statement_stance(text, terms=[], topic=FERRY)[0] == stance


@pytest.mark.parametrize("clause, others", [
    ("a few of the last 300 may not ", True),
    ("many residents are ", True),
    ("the company is ", False),  # a body's noun: the body speaking
    ("they ", False),
    ("", False),
])
def test_whose_wish_a_clause_tells(clause, others):
    assert wished_by_others(clause) is others
