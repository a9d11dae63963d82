"""Light text comparison without a parse: content words, numbers, shingles, overlap.

The parse (spaCy) is the tokenizer and lemmatiser wherever a stage has one. This module
defines, once each, the units used where no parse exists: stages after the per-article
parse see text and offsets only, metadata and cleaning run before it, and the archive's
search index and duplicate shingles must not depend on a model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate

from crosswire.data import located_rows, read_jsonl
from crosswire.knowledge.dates import YEAR

# Letters, perhaps joined by inner apostrophes or hyphens ("don't", "sit-in", "O'Neill").
LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
# The word of record: letters as above, or a number ("5,000", "2.5").
WORD = re.compile(rf"{LETTER_WORD.pattern}|\d[\d,.]*\d|\d", re.UNICODE)
# A run of word characters (letters, digits, underscore): what SQLite's full-text index
# counts as a word, so also the unit of search queries, near-duplicate shingles and the
# word-overlap baseline that stands for a plain bag of words.
WORD_CHARS = re.compile(r"\w+", re.UNICODE)
# Terminal escape sequences (CSI "ESC[2J", OSC "ESC]0;title BEL" and hyperlinks, two-byte
# "ESC x") and every other control character: stored titles and texts come from anyone's
# pages, and a terminal obeys them (clears the screen, retitles the window, hides text).
TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                             r"|\x1b[ -~]?")
CONTROL_CHAR = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A sentence boundary in running text: end punctuation, perhaps a closing quote or
# bracket, space, then a capital (perhaps after an opening quote or bracket).
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z])")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
# Words that make a figure of the number before them ("twelve hundred", "4 million").
MULTIPLIERS = {word: NUMBER_WORDS[word]
               for word in ("dozen", "hundred", "thousand", "million", "billion", "trillion")}
# Multipliers written as a letter or two right after the digits ("$1.2tn", "550bn", "$3T").
# One letter stands for one only after a currency sign: "5m" alone may be five metres.
ABBREVIATED_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000,
                           "bn": 1_000_000_000, "t": 1_000_000_000_000, "tn": 1_000_000_000_000,
                           "trn": 1_000_000_000_000}
CURRENCY_SIGNS = "$€£¥"
# ... except news shorthand, an upper-case K or M right after the digits, which stands for
# its multiplier alone ("600K deaths", "1.2M jobs"); lower case alone may be a unit ("5m",
# "a 10k run").
SHORTHAND_MULTIPLIERS = frozenset("KM")
# Significant digits a figure is read to: more than any written figure has.
FIGURE_DIGITS = 15
# A digit number (perhaps with its abbreviated multiplier) or a number word: the parts a
# figure is read from. Digits joined by a hyphen to a word before them are part of a name
# ("COVID-19", "F-35", "G-7"), not a figure. The "a" of "a thousand" is not a part: it is
# read before its multiplier (``ARTICLE_BEFORE``), and matching every "a" and "an" of a
# text as a part to pass over cost most of the reading. The look-ahead for a part's first
# character lets every other position be passed over before the alternatives are tried
# (half the regex's time on news text).
_FIGURE_START = "".join(sorted({word[0] for word in NUMBER_WORDS}))
FIGURE_PART = re.compile(r"(?=(?i:[\d" + _FIGURE_START + r"]))"
                         r"(?:(?<![\w.])(?<![^\W\d_]-)(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
                         r"(?P<abbreviation>(?i:" + "|".join(sorted(ABBREVIATED_MULTIPLIERS, key=len, reverse=True))
                         + r"))?(?![\w])"
                         r"|\b(?i:" + "|".join(NUMBER_WORDS) + r")\b)")
# Words before a figure that round it or bound it: an outlet's "more than 1,000" does not
# contradict another's 1,200.
ROUNDED = re.compile(r"\b(?i:more\s+than|fewer\s+than|less\s+than|over|under|nearly|almost|about|"
                     r"around|roughly|some|approximately|at\s+least|at\s+most|up\s+to|upwards\s+of|"
                     r"close\s+to)\s+$")
# A month name just before or after a number makes it a date's day ("June 14", "14 June").
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "a thousand", "an hundred": the article right before a multiplier stands for one.
ARTICLE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
DATE_DAY = re.compile(_MONTHS + r"\s+$")
DATE_MONTH = re.compile(r"\s+" + _MONTHS + r"\b")
# A figure that is a year a news date may name ("since 2002"): it dates, it counts nothing.
WHOLE_YEAR = re.compile(YEAR)


def terminal_safe(text: str) -> str:
    """``text`` on one line with nothing a terminal would act on: escape sequences dropped,
    every other control character (line breaks too) a space."""
    return CONTROL_CHAR.sub(" ", TERMINAL_ESCAPE.sub("", text))


@cache
def english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# Plural endings whose "es" belongs to the plural, not the word: "witnesses", "taxes",
# "clashes", "speeches". Not "-ses" or "-zes", where the "e" is mostly the word's own
# ("cases", "sizes").
SIBILANT_PLURALS = ("sses", "xes", "shes", "ches")
# Words of reporting itself ("X said", "according to"): they tell nothing about what was said.
REPORTING_WORDS = frozenset({"said", "says", "told", "according", "added", "’s", "'s"})
# Pronouns that can stand for a speaker but name no one: left unresolved, they are no voice.
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which",
                              "that", "this", "these", "those"})
# Possessive pronouns: as a speaker's words ("his hopes", a cue noun's owner left
# unresolved) they name no one either.
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our", "your"})
# Relative pronouns: they stand for the noun their clause describes ("the official who
# spoke", "the report, which was released", "the aide whom she named").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Pronouns that stand for one person: as a subject, and in any case ("according to her").
PERSON_PRONOUNS = frozenset({"he", "she"})
PERSON_PRONOUN_FORMS = PERSON_PRONOUNS | {"him", "her"}
# Pronouns that stand for a thing or a body, never for a person.
THING_PRONOUNS = frozenset({"it", "its"})
# Pronouns that stand for anyone at all ("anyone who wants ..."): with or without their
# relative clause they name no voice.
UNSPECIFIED_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "someone",
                                  "somebody", "whoever"})
# Pronouns that deny a holder ("nobody believes ..."); "no one" is the noun with "no".
NEGATIVE_PRONOUNS = frozenset({"nobody", "none"})


@cache
def stop_words() -> frozenset[str]:
    """Words left out when comparing what statements say."""
    return english_stop_words() | REPORTING_WORDS


# Words repeat across articles: caching their normal form keeps compare linear in new words.
WORD_CACHE_SIZE = 1 << 16


def straight_apostrophes(text: str) -> str:
    """The text with typographic apostrophes as plain ones: "Hart’s" and "Hart's" are one
    word wherever words are compared."""
    return text.replace("’", "'")


# A possessive ending, either apostrophe, "s" or not ("Hart's", "Harts'", "Hart’s").
POSSESSIVE_END = re.compile(r"['’]s?$")


def without_possessive(word: str) -> str:
    """The word without a possessive ending: "Hart’s" -> "Hart", "states'" -> "states"."""
    return POSSESSIVE_END.sub("", word)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def crude_lemma(word: str) -> str:
    """A word's lemma without a parse: lower case, plural and possessive endings dropped
    ("talks" meets "talk", "parties" meets "party", "taxes" meets "tax": the "es" that
    ``plural`` puts after a hissing ending goes with the "s")."""
    word = straight_apostrophes(word.lower())
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(SIBILANT_PLURALS):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(noun: str) -> str:
    """A noun's regular English plural: "study" -> "studies", "witness" -> "witnesses",
    "rebuke" -> "rebukes" (data files list the singular, and an irregular plural in a row's
    own ``plural`` field: see ``noun_forms``)."""
    if len(noun) > 2 and noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


def noun_forms(row: dict, key: str) -> tuple[str, str]:
    """A data row's noun (its ``key`` field) lower-cased, and its plural: the row's own
    ``plural`` where the regular one is wrong ("vetoes"), else the regular one."""
    noun = row[key].lower()
    return noun, row.get("plural") or plural(noun)


def content_words(text: str) -> list[str]:
    stops = stop_words()
    return [crude_lemma(w) for w in WORD.findall(text) if w.lower() not in stops and len(w) > 1]


def content_words_in(text: str) -> int:
    """How many words of ``text`` are not stop words: what a unit has to say."""
    stops = stop_words()
    return sum(1 for w in WORD.findall(text) if w.lower() not in stops)


# Characters a case-blind regex matches to an ASCII letter although their lower case is not
# that letter (dotless i, long s, Kelvin sign), and the one whose lower case grows (İ).
ODD_CASE_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def caseless_haystack(text: str) -> str | None:
    """``text`` lower-cased when ``needle.lower() in`` it tells whether an ASCII needle can
    match case-blind (``re.IGNORECASE``) anywhere; None when an odd case fold forbids it."""
    if not text.isascii() and any(char in text for char in ODD_CASE_FOLDS):
        return None
    return text.lower()


def may_occur(needle: str, haystack: str | None) -> bool:
    """False only when ``needle`` certainly has no case-blind match in the text of ``haystack``."""
    return haystack is None or not needle.isascii() or needle.lower() in haystack


class CaselessIndex:
    """Which of many texts may hold any of some ASCII needles case-blind, found with one
    substring search per needle over all the texts instead of one per needle and text."""

    def __init__(self, texts: list[str]):
        haystacks = [caseless_haystack(text) for text in texts]
        self.unsearchable = {n for n, haystack in enumerate(haystacks) if haystack is None}
        self.joined = "\n".join(haystack or "" for haystack in haystacks)
        self.starts = list(accumulate((len(h or "") + 1 for h in haystacks[:-1]), initial=0))

    def candidates(self, needles: Iterable[str]) -> set[int] | None:
        """Indexes of the texts a needle may occur in; None when any text may."""
        needles = list(needles)
        if not needles or not all(needle.isascii() for needle in needles):
            return None
        found = set(self.unsearchable)
        for needle in {needle.lower() for needle in needles}:
            at = self.joined.find(needle)
            while at != -1:
                text = bisect_right(self.starts, at) - 1
                found.add(text)
                # one hit makes a text a candidate: the search goes on in the next text (a
                # common needle, "war", had the search stop at each of its thousands of hits)
                if text + 1 == len(self.starts):
                    break
                at = self.joined.find(needle, self.starts[text + 1])
        return found


def numbers(text: str, *, bounded: bool = False) -> set[str]:
    """Figures a text states exactly, in digits or words, normalised: "1,200", "1200" and
    "twelve hundred" agree, "4 million" is 4000000. A rounded figure ("more than a
    thousand", "nearly 300") and a date's day ("June 14") are left out: they contradict no
    exact figure another outlet gives. ``bounded`` keeps the rounded ones: "more than
    600,000" and "600,000" give one figure, for telling that two texts tell one count."""
    found = set()
    for start, end, value in figures(text):
        if not bounded and ROUNDED.search(text[max(0, start - 24):start]):
            continue
        if is_date_day(text, start, end):
            continue
        found.add(str(int(value)) if value == int(value) else str(value))
    return found


def is_date_day(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` is a date's day ("June 14", "14 June"), not a count."""
    return bool(DATE_DAY.search(text[max(0, start - 10):start]) or DATE_MONTH.match(text, end))


def is_date_figure(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` dates rather than counts: a date's day ("June 14") or a
    year ("since 2002")."""
    return is_date_day(text, start, end) or WHOLE_YEAR.fullmatch(text, start, end) is not None


def figures(text: str) -> Iterable[tuple[int, int, float]]:
    """(start, end, value) of each figure: a number, perhaps with multipliers after it
    ("4 million", "twelve hundred", "a thousand", "two dozen", "$1.2tn") or units ("twenty
    seven", "twenty-seven")."""
    # 4.1 times a billion is 4099999999.9999995 in floating point: a figure has fewer
    # significant digits than that, and "4.1bn" must equal "4,100,000,000"
    for start, end, value in _figures(text):
        yield start, end, float(f"{value:.{FIGURE_DIGITS}g}")


def _figures(text: str) -> Iterable[tuple[int, int, float]]:
    value: float | None = None
    start = end = 0
    for match in FIGURE_PART.finditer(text):
        # casefold, not lower: the pattern ignores case the way Unicode folds it, so it
        # also matches "ſeven" (long s) and a Kelvin sign K, which lower() leaves unlisted
        word = match.group().casefold()
        abbreviation = (match.group("abbreviation") or "").casefold()
        if len(abbreviation) == 1 and match.group("abbreviation") not in SHORTHAND_MULTIPLIERS \
                and not (match.start() and text[match.start() - 1] in CURRENCY_SIGNS):
            continue  # "5m", "2k" without a currency: a unit, or a name's part
        follows = value is not None and text[end:match.start()].strip() in ("", "-")
        article = None if follows or word not in MULTIPLIERS else ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start())
        if word in MULTIPLIERS and (follows or (word != "dozen" and article)):
            if not follows:
                if value is not None:
                    yield start, end, value
                value, start = 1.0, article.start()
            value *= MULTIPLIERS[word]
        else:
            number = (float(NUMBER_WORDS.get(word) or match.group("digits").replace(",", ""))
                      * ABBREVIATED_MULTIPLIERS.get(abbreviation, 1))
            if follows and value % 10 == 0 and 20 <= value < 100 and number < 10:
                value += number  # "twenty seven"
            else:
                if value is not None:
                    yield start, end, value
                value, start = number, match.start()
        end = match.end()
    if value is not None:
        yield start, end, value


def shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def overlap(a: set, b: set) -> float:
    """Overlap coefficient: shared items over the smaller set."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[list]:
        found: dict = {}
        for item in self.parent:
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())


@cache
def auxiliary_verbs() -> frozenset[str]:
    """Auxiliary and modal verbs (``data/auxiliary_verbs.jsonl``: "may", "are", "will"), which
    join a subject to its verb."""
    return frozenset(row["word"] for row in read_jsonl("auxiliary_verbs.jsonl", required=("word",)))


@cache
def setting_nouns() -> dict[str, str]:
    """Nouns whose most frequent sense is a person, a place or a time -> that sense's
    WordNet file ("visitor": person, "district": location; ``data/setting_nouns.jsonl``)."""
    return {row["lemma"]: row["field"] for row in read_jsonl("setting_nouns.jsonl", required=("lemma", "field"))}


@cache
def person_nouns() -> frozenset[str]:
    """Nouns whose first sense is a person ("resident", "voter"; ``setting_nouns``)."""
    return frozenset(lemma for lemma, field in setting_nouns().items() if field == "person")


@cache
def verb_forms() -> dict[str, str]:
    """Inflected form -> its verb, for the verbs of ``data/irregular_verbs.jsonl``: the
    irregular forms each row lists, and for a verb ending in "e" its "-s" and "-ing" forms,
    which suffix rules cut to another stem than the verb's own when it is short ("losing"
    -> "los", "lose" -> "lose"); claim terms stem with it, and event cues look a verb up by
    it where the parse left an irregular past unlemmatised ("forgave")."""
    forms: dict[str, str] = {}
    for where, row in located_rows("irregular_verbs.jsonl"):
        verb, listed = row.get("verb"), row.get("forms")
        if not isinstance(verb, str) or not isinstance(listed, list) or not listed \
                or not all(isinstance(w, str) and w.isalpha() and w.islower() for w in [verb, *listed]):
            raise ValueError(f"{where}: needs a 'verb' and its irregular 'forms', lower-case words")
        regular = [verb + "s", verb[:-1] + "ing"] if verb.endswith("e") and not verb.endswith("ee") else []
        for form in [*listed, *regular]:
            if forms.get(form, verb) != verb:
                raise ValueError(f"{where}: {form!r} is already a form of {forms[form]!r}")
            forms[form] = verb
    return forms


@cache
def general_nouns() -> dict[str, str]:
    """Nouns too general to name a question alone -> "general" for a shell noun ("impact",
    "matter"), "person" for a collective noun of people ("team"; ``data/general_nouns.jsonl``)."""
    # keyed by the lemma, as a label's head is looked up ("news" is "new" to ``crude_lemma``)
    return {crude_lemma(row["noun"]): row["field"]
            for row in read_jsonl("general_nouns.jsonl", required=("noun", "field"))}
