"""Names that differ only in form, against names that differ in what they call a thing."""

from __future__ import annotations

import pytest

from crosswire.knowledge.variants import is_acronym_of, mere_variants


@pytest.mark.parametrize("a, b", [
    ("Moise", "Moïse"),                                    # accent
    ("Taylor-Greene", "Taylor Greene"),                    # hyphen
    ("work sites", "worksite"),                            # space and plural
    ("honour", "honor"),                                   # British / American
    ("organisation", "organization"),
    ("Zelenskyy", "Zelensky"),                             # one letter in a long word
    ("U.S.", "United States"),                             # acronym
    ("DHS", "Department of Homeland Security"),
    ("ICE", "U.S. Immigration and Customs Enforcement"),  # acronym without the leading words
    ("Stephen Bannon", "Steve Bannon"),                    # nickname
    ("Roger T. Benitez", "Roger Benitez"),                 # middle initial
    ("Dmitry Peskov", "Dmitri S. Peskov"),                 # initial and one letter
    ("Crimea", "Crimean Peninsula"),                       # a name and its class noun
    ("Lt. Col.", "Lieutenant Colonel"),                    # written abbreviation
    ("Great Britain", "UK"),                               # conventional names of one country
    ("For The People Act", "For the People Act"),          # case
])
def test_mere_variants(a, b):
    assert mere_variants(a, b) and mere_variants(b, a)


@pytest.mark.parametrize("a, b", [
    ("Kyiv", "Kiev"), ("Daesh", "Islamic State"), ("regime", "government"),
    ("strongman", "president"), ("Joe Biden", "Hunter Biden"), ("militants", "terrorists"),
])
def test_different_names(a, b):
    assert not mere_variants(a, b)


def test_acronym_needs_the_initials():
    assert is_acronym_of("FDA", "Food and Drug Administration")
    assert not is_acronym_of("FBI", "Food and Drug Administration")
    assert not is_acronym_of("Food", "Food and Drug Administration")
