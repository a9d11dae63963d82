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
# A cap on the readings of one word (the product of its ambiguous letters' readings).
_MAX_READINGS = 16
_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0590-\u05ff]")
# Compiled once: every name word of a run and every gazetteer city passes through these
# (re's own cache costs a look-up per call: some ninety thousand calls in a brief of the
# 150 bench articles).
_NOT_LETTER = re.compile(r"[^a-z]")
_FRENCH_GU = re.compile(r"gu(?=[eiy])")
_SOFT_C = re.compile(r"c(?=[eiy])")
_OFF_ENDING = re.compile(r"off$")
_REPEATED = re.compile(r"(.)\1+")
_GLIDE_I = re.compile(r"i(?=[aeou])")
_FINAL_I = re.compile(r"(?<=[^aeiou])i+$")


def ascii_letters(text: str) -> str:
    """Lowercase ASCII letters of ``text`` (any script), nothing else."""
    text = text.replace("đ", "dj").replace("Đ", "Dj")  # Serbo-Croatian: Đinđić is Djindjic
    return _NOT_LETTER.sub("", anyascii(text).lower())


# Sequences that spell one sound in every scheme that uses them; replaced before the
# ambiguous letters are expanded ("dsch" is German for the j of "Javad").
# Dutch and Swedish write the Cyrillic sibilants with a j ("sjtsj", "tsj"; "sj", "zj" and
# "tj" are read below, as they may also be a consonant before a soft vowel: Kostjantyn).
_UNAMBIGUOUS = (("schtsch", "S"), ("sjtsj", "S"), ("sztsch", "S"), ("chtch", "S"), ("shtch", "S"),
                ("szcz", "S"), ("sjtj", "S"), ("shch", "S"), ("dsch", "S"), ("tsch", "S"),
                ("tsj", "S"), ("tch", "S"), ("sch", "S"), ("dzh", "S"), ("sh", "S"), ("zh", "S"),
                ("cz", "S"), ("th", "t"), ("ph", "f"), ("dh", "d"), ("gh", "K"))
# Letters that stand for different sounds in different schemes, and their readings:
# "ch" is English ch or German kh; "c" is English k or Slavic ts (Kuznecov); "h" is h or
# Ukrainian for Russian g (Hryhoriy/Grigory); "x" is ks or scholarly kh; "j" before a
# vowel is a y-sound (Slavic), English j (Jinping) or Spanish kh (Jarkov); an initial "kh"
# may be Arabic q; "oe" is Dutch for u (Oekraine) or two vowels (Noel).
_AMBIGUOUS = re.compile(r"^kh|kh|ch|c(?=[eiy])|c|h|x|[stz]j|j|oe")
_READINGS = {"ch": ["S", "H"], "c": ["K", "S"], "h": ["H", "K"], "x": ["KS", "H"],
             "j": ["i", "S"], "kh": ["H"], "^kh": ["H", "K"], "c+": ["S"], "oe": ["oe", "u"],
             "sj": ["si", "S"], "zj": ["zi", "S"], "tj": ["ti", "S"]}


def _readings(word: str) -> list[str]:
    """The word with each ambiguous letter expanded into its readings."""
    word = _FRENCH_GU.sub("g", word)  # French "gue", "gui"
    for cluster, sound in _UNAMBIGUOUS:
        word = word.replace(cluster, sound)
    options: list[list[str]] = []
    position = 0
    for match in _AMBIGUOUS.finditer(word):
        if match.start() > position:
            options.append([word[position : match.start()]])
        text = match.group()
        if text == "kh" and match.start() == 0:
            text = "^kh"
        elif text == "c" and word[match.end() : match.end() + 1] in ("e", "i", "y"):
            text = "c+"
        options.append(_READINGS[text])
        position = match.end()
    if position < len(word):
        options.append([word[position:]])
    readings = ["".join(choice) for choice in itertools.islice(itertools.product(*options), _MAX_READINGS)]
    return readings


def _reduce(word: str) -> str:
    for cluster, sound in _CLUSTERS:
        word = word.replace(cluster, sound)
    word = _SOFT_C.sub("S", word)
    word = word.replace("c", "K").replace("x", "KS").replace("ou", "u")
    word = word.translate(_SINGLE)
    word = _OFF_ENDING.sub("ov", word)  # old French/German -off for Russian -ov
    word = _REPEATED.sub(r"\1", word)
    # Yu/Ju/Iu/Û, Ya/Ja/Ia/Â, Ye/Je/E: the soft vowel letters lose their i-glide.
    word = _GLIDE_I.sub("", word)
    word = _REPEATED.sub(r"\1", word)
    if len(word) > 3:
        word = _FINAL_I.sub("", word)
    return word


# Case endings of Russian and Ukrainian surnames in Cyrillic, and their nominative:
# adjectival ones (Зеленского, Зеленскому -> Зеленский; Навальной -> Навальная) and the
# -а/-у/-ым of surnames in -ов/-ин/-ев (Петрова, Путину -> Петров, Путин).
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DECLINED = (
    (re.compile(r"(?<=[сцзк])(ого|ому|им|ом)$"), "ий"),
    (re.compile(r"(?<=[сцзк])(ой|ую)$"), "ая"),
    (re.compile(r"(?<=(ов|ев|ин|ын))(а|у|ым|е)$"), ""),
)


def nominatives(word: str) -> tuple[str, ...]:
    """The nominative a Cyrillic surname may be declined from ("Зеленского" ->
    "Зеленский"); no other script is touched."""
    if not _CYRILLIC.search(word):
        return ()
    lowered = word.lower()
    return tuple(pattern.sub(ending, lowered) for pattern, ending in _DECLINED
                 if pattern.search(lowered))


@lru_cache(maxsize=200_000)
def skeletons(word: str) -> tuple[str, ...]:
    """Every skeleton of one name word (a declined Cyrillic surname's nominative's
    among them); the first is the default reading."""
    letters = ascii_letters(word)
    if not letters:
        return ()
    if _ABJAD.search(word):
        # Arabic and Persian script write no short vowels: only the consonants can match.
        return (consonant_key(_reduce(letters)),)
    seen: dict[str, None] = {}
    for form in (letters, *(ascii_letters(n) for n in nominatives(word))):
        for reading in _readings(form):
            seen.setdefault(_reduce(reading), None)
    return tuple(seen)


def skeleton(word: str) -> str:
    """The default skeleton of a name word ("" when it has no letters)."""
    keys = skeletons(word)
    return keys[0] if keys else ""


@lru_cache(maxsize=200_000)
def consonant_key(key: str) -> str:
    """A skeleton without its vowels (the first letter kept): coarse block key."""
    if not key:
        return ""
    return _REPEATED.sub(r"\1", key[0] + "".join(ch for ch in key[1:] if ch not in _VOWELS))


def loosely_equal(a: str, b: str, *, any_vowel: bool = False, abjad: bool = False) -> bool:
    """Skeletons equal up to vowel swaps (Arabic/Persian pairs, or any vowel when asked).

    With ``abjad`` (one word is in Arabic or Persian script) a skeleton without vowels
    matches on its consonants alone. A Latin word is not read so: "Act", whose one vowel
    opens it, is no spelling of "Scott".
    """
    if a == b:
        return True
    if abjad and (a == consonant_key(a) or b == consonant_key(b)):
        return len(a) > 1 and len(b) > 1 and _consonants(a) == _consonants(b)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if x not in _VOWELS or y not in _VOWELS:
            return False
        if not any_vowel and frozenset((x, y)) not in _LOOSE_VOWELS:
            return False
    return True


@lru_cache(maxsize=200_000)
def _consonants(key: str) -> str:
    return _REPEATED.sub(r"\1", "".join(ch for ch in key if ch not in _VOWELS))


@lru_cache(maxsize=200_000)
def surname_keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(fine, coarse) block keys of a surname.

    Fine keys ("consonants|length") are shared by every pair ``words_match(any_vowel=True)``
    accepts: same length and consonants, or equal up to a mute -e. A skeleton without
    vowels (Arabic script) has only a coarse key "~consonants", which every spelling
    of those consonants also carries.
    """
    fine: set[str] = set()
    coarse: set[str] = set()
    for key in skeletons(word):
        consonants = _consonants(key) or key
        coarse.add("~" + consonants)
        if key == consonant_key(key):
            fine.add("~" + consonants)
            continue
        for variant in {key, key.rstrip("e") or key}:
            fine.add(f"{_consonants(variant) or variant}|{len(variant)}")
    return frozenset(fine), frozenset(coarse)


@lru_cache(maxsize=500_000)
def words_match(a: str, b: str, *, any_vowel: bool = False) -> bool:
    """Two name words are spellings of one another under some reading.

    With ``any_vowel`` (surnames) vowels may differ and a French mute -e may be added
    (Salmane/Salman).
    """
    keys_b = skeletons(b)
    abjad = bool(_ABJAD.search(a) or _ABJAD.search(b))
    for x in skeletons(a):
        for y in keys_b:
            if loosely_equal(x, y, any_vowel=any_vowel, abjad=abjad):
                return True
            if any_vowel and len(x) > 3 and len(y) > 3 and x.rstrip("e") == y.rstrip("e"):
                return True
    return False


# What the first letters of a name may be written as, when the name is cut to an initial:
# one class per sound the schemes disagree on (Ye/E/Je/I/Y, G/H for Ukrainian, Ts/C/Z).
_INITIAL_DIGRAPHS = {"kh": "kh", "ch": "chs", "zh": "zsj", "sh": "s", "ts": "tcz", "tz": "tcz"}
_INITIAL_LETTERS = {"w": "v", "q": "k", "x": "hk",
                    "c": "cks", "g": "gh", "h": "hg", "z": "zs", "s": "sz", "k": "k"}


# Vowel-letter starts of Cyrillic names in Latin: Yu/Ju/Iu/Û, Ya/Ja/Ia/Â, Ye/Je/E, Yo/Jo/Io.
# Ye and E are one letter (Yevgeny/Evgeny), but a plain A, U or O is never Ya, Yu or Yo:
# the soft ones are their own classes ("ya"), so "J." (Jurievna) is not "A." (Arkadievna).
_SOFT_VOWEL = re.compile(r"^([yji]?)([uaeo])")
# ISO 9 writes Ya and Yu as one letter with a circumflex (Âkov, Ûrij).
_CIRCUMFLEX_SOFT = frozenset("ÂÛâû")
# A lone "Y." or "J." may be any of them, or I.
_ANY_SOFT = frozenset({"ya", "yu", "yo", "e", "i"})


@lru_cache(maxsize=50_000)
def initial_classes(word: str) -> frozenset[str]:
    """The sound classes a name's initial may stand for ("Ye" and "E." share one)."""
    letters = ascii_letters(word)
    if not letters:
        return frozenset()
    if letters in ("y", "j"):
        return _ANY_SOFT
    soft = _SOFT_VOWEL.match(letters.replace("ou", "u"))
    if soft:
        glide, vowel = soft.groups()
        first = next((ch for ch in word if ch.isalpha()), "")
        if vowel == "e":
            return frozenset("e")
        return frozenset({"y" + vowel if glide or first in _CIRCUMFLEX_SOFT else vowel})
    if letters[0] in "yji":
        return frozenset("i")
    if letters[:2] in _INITIAL_DIGRAPHS:
        return frozenset(_INITIAL_DIGRAPHS[letters[:2]])
    return frozenset(_INITIAL_LETTERS.get(letters[0], letters[0]))


def initials_agree(a: str, b: str) -> bool:
    return bool(initial_classes(a) & initial_classes(b))
