"""Whether two terms for one referent differ only in form: case, accents, punctuation,
hyphens and spaces, British or American spelling, a typo-sized slip in a long word, an
acronym for its expansion, an abbreviation of a word. Two names of one referent differ only
in form also where one leaves out words of the other, gives a nickname or initial for a
given name, or where both are conventional names of one country; a description that
leaves out or adds a word ("raids" / "deportation raids") says something else. Such
differences of form are style, never framing. A place written as its conventional
abbreviation ("Calif.", "Ont.") is the place spelled out (``data/place_abbreviations.jsonl``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii

from crosswire.data import read_jsonl
from crosswire.knowledge.names import given_compatible, is_initial
from crosswire.knowledge.places import country_of, resolve_institution, resolve_organisation
from crosswire.knowledge.text import without_possessive

# Words an acronym skips ("DOT" for the Department of Transportation).
ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "a", "an", "&"})
# Letters from which one slipped letter is a spelling or typing slip, not another word:
# "Verbytskyy"/"Verbytsky" and "judgement"/"judgment", but a place renamed in another
# language (one letter apart, yet politically distinct) stays apart.
SLIP_MIN_LETTERS = 6
# British spelling endings and their American forms, longest first.
BRITISH_ENDINGS = (
    ("isation", "ization"), ("ogue", "og"), ("ise", "ize"), ("yse", "yze"),
    ("our", "or"), ("tre", "ter"), ("lled", "led"), ("lling", "ling"), ("ence", "ense"),
)
SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")


@cache
def _place_abbreviations() -> dict[str, str]:
    """Each abbreviation, without spaces, to the place it stands for ("calif." -> "California")."""
    return {row["abbreviation"].replace(" ", "").lower(): row["name"]
            for row in read_jsonl("place_abbreviations.jsonl", required=("abbreviation", "name"))}


def spelled_out_place(text: str) -> str | None:
    """The place a conventional abbreviation stands for ("Calif." -> "California", "W. Va."
    -> "West Virginia"), else None. Only the dotted form as listed counts: "Miss" without
    its dot is a word of its own."""
    return _place_abbreviations().get(text.strip().replace(" ", "").lower())


def _word_key(word: str) -> str:
    """One word in American spelling, lower case, without accents or punctuation."""
    word = re.sub(r"[^a-z0-9]", "", anyascii(word).lower())
    for british, american in BRITISH_ENDINGS:
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word


@lru_cache(maxsize=50_000)
def words_of(name: str) -> tuple[str, ...]:
    """A name's words as compared: possessive and a leading "the" dropped, each word keyed."""
    name = without_possessive(name.strip())
    words = [w for w in SEPARATORS.split(name) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return tuple(key for key in (_word_key(w) for w in words) if key)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


def is_acronym_of(short: str, long: str) -> bool:
    """``short`` spells the initials of ``long`` ("U.S." / "United States", "DOT" /
    "Department of Transportation", with or without the skipped small words)."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if not 2 <= len(letters) <= 8 or len(short.split()) > 1:
        return False
    words = [w for w in SEPARATORS.split(anyascii(long).lower()) if w]
    if len(words) < 2:
        return False
    letters = letters.lower()
    content = [w for w in words if w not in ACRONYM_SKIPPED]
    # The acronym may leave out leading words ("ICE" for U.S. Immigration and Customs
    # Enforcement).
    return any(letters == _initials(run[start:])
               for run in (content, words) for start in range(len(run) - 1))


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is a written abbreviation of ``long`` ("Lt." / "Lieutenant", "Col" /
    "Colonel"): a dotted or short word whose letters run in order through the long word
    from its first letter."""
    letters = short.rstrip(".").lower()
    # a short lower-case word is a word of its own ("in" is no abbreviation of "invasion")
    if not letters or len(letters) >= len(long) or not (
            short.endswith(".") or len(letters) <= 3 and short[:1].isupper()):
        return False
    rest = iter(long.lower())
    return long[:1].lower() == letters[0] and all(ch in rest for ch in letters)


def _one_slip(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _same_word(a: str, b: str, *, original_a: str, original_b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= SLIP_MIN_LETTERS and _one_slip(a, b):
        return True
    if _abbreviates(original_a, b) or _abbreviates(original_b, a):
        return True
    # "Steve" for Stephen, "T." for a middle name: only in capitalised name words.
    if original_a[:1].isupper() and original_b[:1].isupper():
        return (is_initial(original_a) or is_initial(original_b)
                or given_compatible(original_a, original_b))
    return False


def _original_words(name: str) -> list[str]:
    name = without_possessive(name.strip())
    words = [w for w in SEPARATORS.split(name) if w and re.sub(r"[^\w]", "", w)]
    return words[1:] if words and words[0].lower() == "the" else words


def _within(shorter: list[tuple[str, str]], longer: list[tuple[str, str]]) -> bool:
    rest = iter(longer)
    return all(any(_same_word(key, other_key, original_a=word, original_b=other_word)
                   for other_key, other_word in rest)
               for key, word in shorter)


def mere_variants(a: str, b: str) -> bool:
    """Two terms for one referent that differ only in form, word for word, not in what
    they call it ("organisation" / "organization", "Maj. Gen." / "Major General")."""
    key_a, key_b = words_of(a), words_of(b)
    if not key_a or not key_b:
        return False
    joined_a, joined_b = "".join(key_a), "".join(key_b)
    if joined_a == joined_b:  # case, accents, punctuation, hyphens, spaces
        return True
    if min(len(joined_a), len(joined_b)) >= SLIP_MIN_LETTERS and _one_slip(joined_a, joined_b):
        return True  # "car parks" / "carpark"
    if is_acronym_of(a, b) or is_acronym_of(b, a):
        return True
    words_a, words_b = _compared_words(a), _compared_words(b)
    return words_a is not None and words_b is not None and len(words_a) == len(words_b) and (
        _within(words_a, words_b))


def mere_name_variants(a: str, b: str) -> bool:
    """Two names of one referent that differ only in form, not in what they call it: as
    ``mere_variants``, or one name leaving out words of the other, or two conventional
    names of one country or of one listed organisation or institution ("GOP" /
    "Republican Party"). Never for descriptions, where a word more is more said."""
    if mere_variants(a, b):
        return True
    key_a, key_b = words_of(a), words_of(b)
    if not key_a or not key_b:
        return False
    words_a, words_b = _compared_words(a), _compared_words(b)
    if words_a is not None and words_b is not None:
        # Every word of the shorter name is a form of a word of the longer, in order:
        # "Dmitry Orlov" / "Dmitri S. Orlov", "Transportation" / "Department of
        # Transportation", "Balkans" / "Balkan Peninsula".
        shorter, longer = sorted((words_a, words_b), key=len)
        if _within(shorter, longer):
            return True
    if set(key_a) <= set(key_b) or set(key_b) <= set(key_a):
        return True
    country_a, country_b = country_of(a), country_of(b)
    if country_a is not None and country_a == country_b:
        return True
    listed_a = _listed_name(a)
    return listed_a is not None and listed_a == _listed_name(b)


def _listed_name(name: str) -> str | None:
    """The display name of a listed organisation or institution the name is one of."""
    institution = resolve_institution(name)
    return resolve_organisation(name) or (institution.name if institution else None)


def _compared_words(name: str) -> list[tuple[str, str]] | None:
    """Each word's key with the word as written, or None where the two do not pair up."""
    keys, words = words_of(name), _original_words(name)
    return list(zip(keys, words)) if len(keys) == len(words) else None
