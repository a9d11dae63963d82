"""Names that differ only in form, against names that differ in what they call a thing."""

from __future__ import annotations

import pytest

from crosswire.knowledge.variants import is_acronym_of, mere_name_variants, mere_variants


@pytest.mark.parametrize("a, b", [
    ("Jerome", "Jérôme"),                                  # accent
    ("Lund-Hagen", "Lund Hagen"),                          # hyphen
    ("car parks", "carpark"),                              # space and plural
    ("honour", "honor"),                                   # British / American
    ("organisation", "organization"),
    ("Verbytskyy", "Verbytsky"),                           # one letter in a long word
    ("U.S.", "United States"),                             # acronym
    ("DOT", "Department of Transportation"),
    ("FAA", "U.S. Federal Aviation Administration"),      # acronym without the leading words
    ("Stephen Marlow", "Steve Marlow"),                    # nickname
    ("Maj. Gen.", "Major General"),                        # written abbreviation
    ("Clean Water Act", "Clean water act"),               # case
])
def test_mere_variants(a, b):
    assert mere_variants(a, b) and mere_variants(b, a)
    assert mere_name_variants(a, b) and mere_name_variants(b, a)


@pytest.mark.parametrize("a, b", [
    ("Anton R. Velde", "Anton Velde"),                     # middle initial
    ("Dmitry Orlov", "Dmitri S. Orlov"),                   # initial and one letter
    ("Orlov", "Dmitri Orlov"),                             # surname alone
    ("Balkans", "Balkan Peninsula"),                       # a name and its class noun
    ("Great Britain", "UK"),                               # conventional names of one country
    ("ICRC", "Red Cross"),                                 # names of one listed organisation
    ("IRGC", "Revolutionary Guards"),
])
def test_mere_name_variants(a, b):
    assert mere_name_variants(a, b) and mere_name_variants(b, a)


@pytest.mark.parametrize("a, b", [
    ("raids", "deportation raids"), ("invasion", "full-scale invasion"),
    ("invasion", "conflict in the region"), ("referendums", "sham referendums"),
])
def test_a_description_with_words_more_or_other_is_no_mere_variant(a, b):
    # true of descriptions, and "in" is no abbreviation of "invasion"
    assert not mere_variants(a, b) and not mere_variants(b, a)


@pytest.mark.parametrize("a, b", [
    ("Danzig", "Gdansk"), ("Daesh", "Islamic State"), ("regime", "government"),
    ("strongman", "president"), ("Ana Varga", "Ivo Varga"), ("militants", "terrorists"),
])
def test_different_names(a, b):
    assert not mere_variants(a, b)


def test_acronym_needs_the_initials():
    assert is_acronym_of("FDA", "Food and Drug Administration")
    assert not is_acronym_of("FBI", "Food and Drug Administration")
    assert not is_acronym_of("Food", "Food and Drug Administration")


def test_a_listed_organisation_is_no_other_organisation_or_an_unlisted_name():
    assert not mere_name_variants("Daesh", "Islamic State")
    assert not mere_name_variants("ICRC", "Red Crescent")
