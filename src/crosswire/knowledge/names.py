"""Person names: titles stripped, parsed into given names and surname, compared.

A parsed name knows its given words (initials kept as initials), its surname (the last
word, or the first for East Asian names written surname first), and a generational
suffix (Jr., Sr., III). Two names are the same person's when their surnames are
spellings of one another and their given names do not contradict each other: a full
given name agrees with its initial, with its spellings in other romanisations, with the
same name in a sister language (Volodymyr/Vladimir) and with its English nicknames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii

from crosswire.knowledge.transliterate import (
    initial_classes,
    initials_agree,
    skeletons,
    words_match,
)
from crosswire.data import read_jsonl

# Generational suffixes tell a father from a son: both present and different -> two people.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
# Name particles that romanisations keep, drop or glue on (al-Assad, Assad, Al Assad).
PARTICLES = frozenset({"al", "el", "ul", "ad", "as", "ash", "at", "az", "ar", "an", "bin",
                       "ibn", "ben", "bint", "abu", "van", "von", "der", "den", "de", "da",
                       "di", "du", "la", "le", "dos", "das", "del", "della", "ter", "ten"})
_GLUED_ARTICLE = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an)[-‐‑'’]", re.IGNORECASE)
_ARABIC_ARTICLE = re.compile(r"^ال")
_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ich|ichna|ovych|ivna)$")
# Syllables of Hanyu Pinyin and of Korean romanisations: a given name made only of these,
# after a known East Asian surname, is written surname first (Xi Jinping, Kim Jong-un).
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsywv])?"
    r"(?:iang|iong|uang|yeo|yae|wae|ang|eng|ing|ong|ian|iao|uai|uan|ueo|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ue|ui|ae|eo|eu|oe|ya|ye|yo|yu|wa|wo|we|wi|a|o|e|i|u|v)"
    r"(?:ng|n|m|l|k|p|t)?|er"
)
_INITIAL = re.compile(r"^([A-ZА-ЯЁЇІЄҐ][a-zа-я]?)\.$|^[A-ZА-ЯЁЇІЄҐ]$")


@lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    return re.sub(r"[^a-z ]", "", anyascii(text).lower().replace("-", " ").replace(".", " "))


@cache
def titles() -> dict[tuple[str, ...], str]:
    """Title word sequences (folded) -> type: honorific, military or office."""
    table: dict[tuple[str, ...], str] = {}
    for row in read_jsonl("titles.jsonl", required=("title", "type")):
        table[tuple(_fold(row["title"]).split())] = row["type"]
    return table


# Words that make an office a lower one: the vice president is not "the president".
LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "co"})


@cache
def rank_words() -> frozenset[str]:
    """Words that make one office of another: every word but the last of a title of
    several words ("deputy", "vice", "prime", "foreign"). The deputy minister is not the
    minister, nor the vice president the president."""
    return frozenset(word for words, kind in titles().items() if kind != "honorific"
                     for word in words[:-1] if len(word) > 2 and word not in ("the", "for"))


@cache
def _title_kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_jsonl("titles.jsonl", required=("title", "type")):
        for form in (row["title"], row.get("means") or row["title"]):
            kinds.setdefault(" ".join(_fold(form).split()), set()).add(row["type"])
    return {title: frozenset(types) for title, types in kinds.items()}


def title_kinds(text: str) -> frozenset[str]:
    """Every kind a title is listed with ("commander": military and office), or none."""
    return _title_kinds().get(" ".join(_fold(text).split()), frozenset())


@cache
def title_words() -> dict[str, str]:
    """Abbreviated title words (folded) -> the word they stand for ("gov" -> "governor")."""
    return {_fold(row["title"]).strip(): row["means"]
            for row in read_jsonl("titles.jsonl", required=("title", "type")) if row.get("means")}


@cache
def _title_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(key) for key in titles()}, reverse=True))


@cache
def _title_starts() -> frozenset[str]:
    return frozenset(words[0] for words in titles() if words)


@cache
def _dotted_titles() -> frozenset[str]:
    """Abbreviations (folded) that are titles only written with their stop ("Det.",
    "Supt."): without it they are words of a name ("Det Varga ...")."""
    return frozenset(_fold(row["title"]).strip()
                     for row in read_jsonl("titles.jsonl", required=("title", "type"))
                     if row.get("dotted"))


def title_length(words: list[str]) -> int:
    """How many of the leading ``words`` form one title ("Prime Minister" -> 2), or 0.
    An abbreviation listed as ``dotted`` followed by a word other than its stop (which the
    tokenizer may split off: "Det", ".") is no title: "Det Varga ..." is a name."""
    # Most words asked about open no title: one look-up settles them, and only as many
    # words as the longest title are folded for the others.
    if not words or (first := _fold(words[0]).strip()) not in _title_starts():
        return 0
    if first in _dotted_titles() and len(words) > 1 and not (
            words[0].endswith(".") or words[1] == "."):
        return 0
    folded = [_fold(word).strip() for word in words[: _title_lengths()[0]]]
    for size in _title_lengths():
        if size <= len(folded) and tuple(folded[:size]) in titles():
            return size
    return 0


@cache
def _title_ends() -> frozenset[str]:
    return frozenset(words[-1] for words in titles() if words)


def may_end_title(word: str) -> bool:
    """Can a title end on ``word`` ("Minister", "Gen.")? A cheap test before trying the
    words before it with ``title_length``."""
    return _fold(word).strip() in _title_ends()


def longest_title() -> int:
    """The most words a listed title has: how far back ``title_length_before`` need look."""
    return _title_lengths()[0]


def title_length_before(words: list[str]) -> int:
    """How many of the trailing ``words`` form one title ("... Chief of Staff" -> 3), or
    0: the longest that fits."""
    if not words or not may_end_title(words[-1]):
        return 0
    # as ``title_length`` from the other end: the trailing words folded once
    folded = [_fold(word).strip() for word in words[-longest_title():]]
    for size in _title_lengths():
        if size <= len(folded) and tuple(folded[-size:]) in titles():
            return size
    return 0


def is_honorific(text: str) -> bool:
    """"Mr.", "Dr", "Sheikh": a form of address, not a role."""
    return titles().get(tuple(_fold(text).split())) == "honorific"


def split_title(text: str) -> tuple[str, str]:
    """("US Army General Lloyd Harper") -> ("US Army General", "Lloyd Harper").

    The title is everything up to the last title word that still leaves a name after it
    (so "Martin Luther King Jr." keeps its King).
    """
    words = text.split()
    named = len(words)
    while named > 1 and _fold(words[named - 1]).strip() in SUFFIXES:
        named -= 1
    taken = 0
    for start in range(named - 1):
        size = title_length(words[start:named - 1])
        if size:
            taken = start + size
    return " ".join(words[:taken]), " ".join(words[taken:])


@cache
def given_name_groups() -> dict[str, frozenset[int]]:
    """Skeleton of a given name -> the ids of the cross-language groups it belongs to."""
    groups: dict[str, set[int]] = {}
    for number, row in enumerate(read_jsonl("given_names.jsonl", required=("forms",))):
        for form in row["forms"]:
            for key in skeletons(form):
                groups.setdefault(key, set()).add(number)
    return {key: frozenset(ids) for key, ids in groups.items()}


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Lowercase name -> names it is a nickname of, or that are nicknames of it."""
    from nicknames import NickNamer

    namer = NickNamer()
    related: dict[str, set[str]] = {}
    for canonical, nicks in namer.nickname_lookup.items():
        for nick in nicks:
            related.setdefault(canonical, set()).add(nick)
            related.setdefault(nick, set()).add(canonical)
    return {name: frozenset(others) for name, others in related.items()}


@lru_cache(maxsize=100_000)  # asked of every capitalised word, by several scans
def is_given_name(word: str) -> bool:
    """A known given name: in a cross-language group or the English nickname table."""
    if len(word) < 3 or not word[:1].isupper():
        return False
    groups = given_name_groups()
    return any(key in groups for key in skeletons(word)) or _fold(word).strip() in _nicknames()


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]
    surname: str
    suffix: str | None = None
    surname_first: bool = False

    @property
    def full_given(self) -> bool:
        """The first given name is written out, not an initial."""
        return bool(self.given) and not is_initial(self.given[0])


def is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word)) or len(re.sub(r"\W", "", word)) == 1


def _syllabic(word: str) -> bool:
    letters = re.sub(r"[^a-z]", "", anyascii(word).lower())
    return bool(letters) and bool(re.fullmatch(f"(?:{_SYLLABLE.pattern}){{1,3}}", letters))


@cache
def east_asian_surnames() -> frozenset[str]:
    rows = read_jsonl("east_asian_surnames.jsonl", required=("surname",))
    return frozenset(_fold(row["surname"]).replace(" ", "") for row in rows)


def _words(text: str) -> list[str]:
    """Name words, particles (al, bin, von) dropped; Han and Hangul as romanised syllables."""
    text = re.sub(r"['’]s$", "", text.strip())
    if re.search(r"[\u3400-\u9fff\uac00-\ud7af]", text):
        # anyascii gives one capitalised syllable per character ("Bin" is no particle here).
        return re.findall(r"[A-Z][a-z]*", anyascii(text))
    words = []
    for word in text.replace(",", " ").split():
        if _GLUED_ARTICLE.match(word):
            word = _GLUED_ARTICLE.sub("", word)
        word = _ARABIC_ARTICLE.sub("", word)
        if word and word.lower().strip(".") not in PARTICLES:
            words.append(word)
    return words


_ABD = re.compile(r"^abd(?:el|al|ul|ol|ou|-)?$|^abd(?:el|al|ul|ol|ou)?-?(?=\w{3})", re.IGNORECASE)


def _join_abd(words: list[str]) -> list[str]:
    """ "Abdel Fattah", "Abd al-Fattah", "Abdelfattah" -> one given name "Abd" + "Fattah"."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if re.fullmatch(r"abd(?:el|al|ul|ol|ou)?", word.lower()) and index + 1 < len(words):
            joined.append("Abd" + words[index + 1].replace("-", ""))
            index += 2
            continue
        if _ABD.match(word) and len(word) > 5:
            word = "Abd" + _ABD.sub("", word).replace("-", "")
        joined.append(word)
        index += 1
    return joined


@lru_cache(maxsize=200_000)
def parse_person(text: str) -> PersonName | None:
    """Parse a person's name as written, titles and honorifics removed; None if no name."""
    _, core = split_title(text)
    words = _join_abd(_words(core))
    suffix = None
    if len(words) > 1 and words[-1].lower().strip(".,") in SUFFIXES:
        suffix = words.pop().lower().strip(".,")
    words = [word for word in words if re.search(r"\w", word)]
    if not words:
        return None
    if len(words) == 1:
        return PersonName(given=(), surname=words[0].strip("."), suffix=suffix)
    first = _fold(words[0]).replace(" ", "")
    if first in east_asian_surnames() and all(_syllabic(w) for w in words[1:]):
        given = "".join(re.sub(r"[-‐‑'’]", "", w).lower() for w in words[1:])
        return PersonName(given=(given,), surname=words[0], suffix=suffix, surname_first=True)
    if len(words) == 3 and _PATRONYMIC.search(_fold(words[2])) and not _PATRONYMIC.search(
        _fold(words[1])
    ):
        # Russian official order: Surname Given Patronymic.
        return PersonName(given=(words[1], words[2]), surname=words[0], suffix=suffix)
    return PersonName(given=tuple(words[:-1]), surname=words[-1], suffix=suffix)


def given_compatible(a: str, b: str) -> bool:
    """One given name could be the other: initial, spelling, sister-language form, nickname."""
    if is_initial(a) or is_initial(b):
        return initials_agree(a, b)
    if words_match(a, b):
        return True
    groups = given_name_groups()
    ids_a = set().union(*(groups.get(key, frozenset()) for key in skeletons(a)))
    if ids_a and any(ids_a & groups.get(key, frozenset()) for key in skeletons(b)):
        return True
    nicks = _nicknames()
    fold_a, fold_b = _fold(a).strip(), _fold(b).strip()
    return fold_b in nicks.get(fold_a, ())


def same_person(a: PersonName, b: PersonName) -> bool:
    """Full names that may be one person (a bare surname is decided elsewhere, by context)."""
    if not words_match(a.surname, b.surname, any_vowel=True):
        return False
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if not a.given or not b.given:
        return True
    if a.surname_first != b.surname_first:
        return False
    if a.surname_first:
        return words_match(a.given[0], b.given[0])
    written_a = [g for g in a.given if not is_initial(g)]
    written_b = [g for g in b.given if not is_initial(g)]
    if len(written_a) > 1 or len(written_b) > 1:
        # "Jean-Luc" and "Jean Luc": the given names written as one.
        if written_a and written_b and words_match("".join(written_a), "".join(written_b)):
            return True
    if not given_compatible(a.given[0], b.given[0]):
        # Known by a second given name ("Tayyip Erdogan" for Recep Tayyip Erdogan).
        return _second_name_match(a, b) or _second_name_match(b, a)
    middles_a, middles_b = a.given[1:], b.given[1:]
    for x, y in zip(middles_a, middles_b):
        if not initials_agree(x, y):
            return False
    return True


def _second_name_match(full: PersonName, short: PersonName) -> bool:
    """``short`` uses only ``full``'s second (or later) written-out given name."""
    if len(short.given) != 1 or is_initial(short.given[0]):
        return False
    return any(
        not is_initial(word) and words_match(word, short.given[0]) for word in full.given[1:]
    )


@cache
def _group_forms() -> dict[int, tuple[str, ...]]:
    rows = read_jsonl("given_names.jsonl", required=("forms",))
    return {number: tuple(row["forms"]) for number, row in enumerate(rows)}


@lru_cache(maxsize=100_000)
def _given_classes(word: str) -> frozenset[str]:
    """Initial classes of a given name and of every name it may stand for or with."""
    classes = set(initial_classes(word))
    if is_initial(word):
        return frozenset(classes)
    forms = _group_forms()
    for key in skeletons(word):
        for number in given_name_groups().get(key, ()):
            for form in forms[number]:
                classes |= initial_classes(form)
    for related in _nicknames().get(_fold(word).strip(), ()):
        classes |= initial_classes(related)
    return frozenset(classes)


def given_classes(name: PersonName) -> frozenset[str]:
    """What a full name's given names may start with, for blocking by given name too.

    Two names that ``same_person`` could accept always share a class: the first given
    name's (with its sister-language forms and nicknames) or a later one's (Tayyip).
    """
    classes: set[str] = set()
    if name.given:
        classes |= _given_classes(name.given[0])
        for word in name.given[1:]:
            if not is_initial(word):
                classes |= initial_classes(word)
        if len(name.given) > 1:
            classes |= initial_classes("".join(g for g in name.given if not is_initial(g)) or "x")
    return frozenset(classes)
