"""Spelling-robust keys for names written in many romanisations (and in Cyrillic, Arabic, Han).

A name is first made ASCII with anyascii, then reduced to a *skeleton* in which the letters
that romanisation schemes disagree on fall together: the sibilants and affricates of
Cyrillic (zh, sh, ch, shch, sch, tsch, cz, sz, ts, z, s) become ``S``; k, q, hard c, g
become ``K``; kh and h become ``H``; y, j and i become ``i``; w is v; doubled letters are
one; a final i-sound (-iy, -yy, -yi, -ij, -y, -i) is dropped. Where one spelling can stand
for two sounds (German "ch" is Cyrillic kh, English "ch" is ch; French "j" is zh) the word
gets one skeleton per reading, so blocking on any of them finds the pair.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from anyascii import anyascii

# Spelling sequences of one sound, longest first so "shch" is not read as "sh" + "ch".
_CLUSTERS: tuple[tuple[str, str], ...] = (
    ("schtsch", "S"), ("chtch", "S"), ("shtch", "S"), ("sztsch", "S"), ("szcz", "S"),
    ("shch", "S"), ("tsch", "S"), ("tch", "S"), ("sch", "S"), ("sh", "S"), ("zh", "S"),
    ("cz", "S"), ("sz", "S"), ("zs", "S"), ("ts", "S"), ("tz", "S"), ("dz", "S"), ("dj", "S"),
    ("kh", "H"), ("gh", "K"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "K"),
)
_SINGLE = str.maketrans({"z": "S", "s": "S", "k": "K", "q": "K", "g": "K", "y": "i",
                         "j": "i", "w": "v", "h": "H"})
_VOWELS = frozenset("aeiou")
# Vowel pairs that transliterations of Arabic and Persian swap freely (Mohammed/Muhammad,
# Omar/Umar, Hussein/Husayn); other vowel changes make a different name (Maria/Mario).
_LOOSE_VOWELS = frozenset({frozenset("ou"), frozenset("ea")})
# Readings kept per word: "ch" is Cyrillic kh (German) or ch (English); "j" before a vowel is
# a y-sound (Slavic) or English j (Jinping, Ahmadinejad); an initial "kh" may be a velar
# (Khadafy ~ Qaddafi).
_MAX_READINGS = 8
_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0590-\u05ff]")


def ascii_letters(text: str) -> str:
    """Lowercase ASCII letters of ``text`` (any script), nothing else."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _readings(word: str) -> list[str]:
    """The word with each ambiguous "ch" and initial "j"/"kh" expanded into its readings."""
    word = word.replace("dsch", "S").replace("dzh", "S")  # German and English for the j of "Javad"
    for cluster, sound in _CLUSTERS[:9]:  # the unambiguous clusters that contain "ch"
        word = word.replace(cluster, sound)
    parts = re.split(r"(ch|^j|j(?=[aeou])|^kh)", word)
    options: list[list[str]] = []
    for part in parts:
        if part == "ch":
            options.append(["S", "H"])
        elif part == "j":
            options.append(["i", "S"])
        elif part == "kh":
            options.append(["H", "K"])
        elif part:
            options.append([part])
    readings = ["".join(choice) for choice in itertools.product(*options)]
    return readings[:_MAX_READINGS]


def _reduce(word: str) -> str:
    for cluster, sound in _CLUSTERS:
        word = word.replace(cluster, sound)
    word = re.sub(r"c(?=[eiy])", "S", word)
    word = word.replace("c", "K").replace("x", "KS").replace("ou", "u")
    word = word.translate(_SINGLE)
    word = re.sub(r"off$", "ov", word)  # old French/German -off for Russian -ov
    word = re.sub(r"(.)\1+", r"\1", word)
    word = re.sub(r"(?<=.)i(?=[aeou])", "", word)  # iu/ia/ie: the soft vowel letters
    if len(word) > 3:
        word = re.sub(r"(?<=[^aeiou])i+$", "", word)
    return word


@lru_cache(maxsize=200_000)
def skeletons(word: str) -> tuple[str, ...]:
    """Every skeleton of one name word; the first is the default reading."""
    letters = ascii_letters(word)
    if not letters:
        return ()
    if _ABJAD.search(word):
        # Arabic and Persian script write no short vowels: only the consonants can match.
        return (consonant_key(_reduce(letters)),)
    seen: dict[str, None] = {}
    for reading in _readings(letters):
        seen.setdefault(_reduce(reading), None)
    return tuple(seen)


def skeleton(word: str) -> str:
    """The default skeleton of a name word ("" when it has no letters)."""
    keys = skeletons(word)
    return keys[0] if keys else ""


def consonant_key(key: str) -> str:
    """A skeleton without its vowels (the first letter kept): coarse block key."""
    if not key:
        return ""
    return key[0] + "".join(ch for ch in key[1:] if ch not in _VOWELS)


def loosely_equal(a: str, b: str, *, any_vowel: bool = False) -> bool:
    """Skeletons equal up to vowel swaps (Arabic/Persian pairs, or any vowel when asked).

    A skeleton without vowels (from Arabic script) matches on its consonants alone.
    """
    if a == b:
        return True
    if a == consonant_key(a) or b == consonant_key(b):
        return len(a) > 2 and len(b) > 2 and consonant_key(a) == consonant_key(b)
    if len(a) != len(b) or consonant_key(a) != consonant_key(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if x not in _VOWELS or y not in _VOWELS:
            return False
        if not any_vowel and frozenset((x, y)) not in _LOOSE_VOWELS:
            return False
    return True


def words_match(a: str, b: str, *, any_vowel: bool = False) -> bool:
    """Two name words are spellings of one another under some reading."""
    keys_b = skeletons(b)
    return any(
        loosely_equal(x, y, any_vowel=any_vowel) for x in skeletons(a) for y in keys_b
    )
