"""What one version of a claim says on each point it makes, for the dispute check
(``crosswire.compare.claim_disputes``): its words (``tokens``), with clause numbers, and its
readings: each predicate said or negated next to a word near it, each opposite predicate
(``data/claim_opposites.jsonl``: "failed" / "succeeded") and each exact or bounded figure
of a quantity ("fourteen miners", "at least fourteen"); ``contradict`` tells two readings'
sides of one point apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from crosswire.compare.claim_terms import term
from crosswire.data import located_rows
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import (
    WHOLE_YEAR,
    WORD,
    figures,
    is_date_figure,
    numbers,
    stop_words,
    straight_apostrophes,
)

# A negator governs a predicate this many words after it in its clause ("had not been
# inspected", "received no warnings"); farther away it negates something else.
NEGATION_REACH = 3
# A predicate negated in one version only, or opposite predicates, contradict when a word
# both versions carry stands this near it in its clause ("the shaft was not inspected",
# "talks failed", "failed to reach the men"): the same thing is said to go opposite ways.
NEAR_WORDS = 4
# An exact figure from this up that two texts both give ties them (``count_apart``; and
# ``claim_meaning`` counts it as a word they share): one-digit figures are in too many sentences.
MIN_FIGURE = 10
# A quantity is named by the words right after its figure ("fourteen trapped miners").
QUANTITY_WORDS = 2
# Where a clause ends inside a version: punctuation between two words, or a conjunction
# (``Lexicon.clause_openers``), which opens the next clause ("the shaft was inspected | and
# the pumps were not repaired").
CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\s[—–-]\s")
# Kinds of claim_opposites.jsonl rows that are plain word lists.
WORD_SETS = ("negation_gap", "not_negator", "irrealis", "negator_verb", "question", "question_verb",
             "clause_opener", "adverbial_opener", "relative", "rate")
# Versions whose readings are kept: a statement is read once for every candidate pair and
# claim it is checked in (``claims._said_otherwise``, ``claim_disputes``).
READINGS_CACHE_SIZE = 4096
# A version's words, and the percent sign read as the word it stands for: "30%" and "30
# percent" are one quantity, "a 30% rise" counts what "a 30 percent rise" does.
TOKEN = re.compile(f"{WORD.pattern}|%", re.UNICODE)
PERCENT = "percent"

@dataclass(frozen=True)
class Token:
    word: str  # lower case
    term: str
    start: int
    end: int
    clause: int
    name: bool  # capitalised inside its sentence: part of a name ("supporters of Vasse")


@dataclass(frozen=True)
class Reading:
    """What one version says on one point: ``point`` names it (a predicate, a pair of
    opposite predicates, a quantity, an act), ``side`` what the version says of it, and
    ``start``/``end`` its words."""

    point: str
    side: str
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    opposites: dict[tuple[str, ...], tuple[int, int]]  # term sequence -> (row, side)
    exempt: tuple[tuple[str, ...], ...]  # negator phrases that negate nothing
    negators: frozenset[str]
    gap: frozenset[str]  # words that may stand between a negator and its predicate
    irrealis: frozenset[str]  # words that tell a predicate as wished or possible
    negator_verbs: frozenset[str]  # negators that negate only the verb after "to"
    denials: frozenset[str]
    questions: frozenset[str]  # words that open an indirect question, which asserts nothing
    question_verbs: frozenset[str]  # words a question word right after opens such a question ("know which")
    clause_openers: frozenset[str]  # conjunctions that open another clause ("and", "because")
    adverbial_openers: frozenset[str]  # a sentence opening with one opens with a subordinate clause
    relatives: frozenset[str]  # pronouns that open a relative clause ("who", "which")
    rates: frozenset[str]  # words after a counted thing that make its figure a rate ("per")
    bounds: dict[tuple[str, ...], str]  # words before a figure -> "lower", "upper", "about"


@cache
def lexicon() -> Lexicon:
    """``data/claim_opposites.jsonl``, validated and loaded once."""
    opposites: dict[tuple[str, ...], tuple[int, int]] = {}
    exempt, denials, bounds = [], set(), {}
    gap, not_negators, irrealis, negator_verbs, questions, openers = set(), set(), set(), set(), set(), set()
    question_verbs: set[str] = set()
    adverbials, relatives, rates = set(), set(), set()
    for number, (where, row) in enumerate(located_rows("claim_opposites.jsonl")):
        kind = row.get("kind")
        if kind == "opposite":
            sides = row.get("sides")
            if not (isinstance(sides, list) and len(sides) == 2 and all(_phrases(s) for s in sides)):
                raise ValueError(f"{where}: an opposite needs 'sides', two lists of words")
            for side, phrases in enumerate(sides):
                for phrase in phrases:
                    opposites[tuple(term(w) for w in WORD.findall(phrase))] = (number, side)
        elif kind in ("exempt", "denial", "bound", *WORD_SETS) and _phrases(row.get("words")):
            words = [tuple(w.lower() for w in WORD.findall(p)) for p in row["words"]]
            if kind == "exempt":
                exempt += words
            elif kind in ("denial", *WORD_SETS):
                {"denial": denials, "negation_gap": gap, "not_negator": not_negators,
                 "irrealis": irrealis, "negator_verb": negator_verbs, "question": questions,
                 "question_verb": question_verbs,
                 "clause_opener": openers, "adverbial_opener": adverbials,
                 "relative": relatives, "rate": rates}[kind].update(w[0] for w in words)
            elif row.get("side") in ("lower", "upper", "about"):
                bounds |= {w: row["side"] for w in words}
            else:
                raise ValueError(f"{where}: a bound's 'side' is lower, upper or about")
        else:
            raise ValueError(f"{where}: 'kind' opposite, exempt, denial, bound or one of "
                             f"{', '.join(WORD_SETS)}, with its words")
    negators = frozenset(stance_markers("negator")) - not_negators
    return Lexicon(opposites, tuple(exempt), negators, frozenset(gap), frozenset(irrealis),
                   frozenset(negator_verbs), frozenset(denials), frozenset(questions),
                   frozenset(question_verbs), frozenset(openers),
                   frozenset(adverbials), frozenset(relatives), frozenset(rates), bounds)


def asks(text: str) -> bool:
    """The version holds a question word ("declined to say when the shaft was inspected"):
    a predicate after it may be asked about, not told."""
    questions = lexicon().questions
    return any(w.lower() in questions for w in WORD.findall(text))


def _phrases(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(p, str) and WORD.search(p) for p in value)


def tokens(text: str) -> list[Token]:
    """The words of a version with their terms and clause numbers."""
    found, clause, position = [], 0, 0
    openers = lexicon().clause_openers
    last = ""  # the last character before the word that is not white space
    for match in TOKEN.finditer(text):
        if position < match.start():
            breaks = CLAUSE_BREAK.findall(text, position, match.start() + 1)
            # an initial's period ("U.S. military", "J. Orr") ends no clause
            initial = bool(found) and len(found[-1].word) == 1 and text[position:position + 1] == "."
            clause += len(breaks) - (1 if initial and breaks and breaks[0] == "." else 0)
        if found and match.group().lower() in openers:
            clause += 1
        gap = text[position:match.start()].rstrip()
        last = gap[-1] if gap else last
        position = match.end()
        word = PERCENT if match.group() == "%" else straight_apostrophes(match.group().lower())
        opens = not last or last in ".!?\"“"
        last = match.group()[-1]
        found.append(Token(word, term(word), match.start(), match.end(), clause,
                           name=match.group()[0].isupper() and not opens))
    return found


def _asked(words: list[Token]) -> list[bool]:
    """Per word, whether it stands in an indirect question: after a question word right
    after a word asking or knowing it ("to know which residents have not registered",
    "declined to say whether the pier was inspected"), to that word's clause's end. What
    such a clause says is what is asked or known of, not told: it takes no side."""
    table = lexicon()
    found = [False] * len(words)
    for at in range(1, len(words)):
        if words[at].word in table.questions and words[at - 1].word in table.question_verbs:
            later = at + 1
            while later < len(words) and words[later].clause == words[at].clause:
                found[later] = True
                later += 1
    return found


def _told_as_possible(words: list[Token], at: int) -> bool:
    """The first word before the word at ``at`` past its gap words tells it as wished,
    planned or possible ("hope to pass", "unlikely to meet"): it says neither way."""
    table = lexicon()
    back = at - 1
    while back >= 0 and words[back].clause == words[at].clause and words[back].word in table.gap:
        back -= 1
    return back >= 0 and words[back].clause == words[at].clause and words[back].word in table.irrealis


def _negation_start(words: list[Token], at: int) -> int | None:
    """Where the negation of the word at ``at`` starts (its first negator), or None: an odd
    number of negators right before it in its clause, only gap words between them and it
    ("had not been inspected", "no warnings"; not "not strong enough to hold")."""
    table = lexicon()
    count, first = 0, None
    back = at - 1
    while back >= 0 and at - back <= NEGATION_REACH and words[back].clause == words[at].clause:
        word = words[back]
        following = tuple(w.word for w in words[back:back + 4])
        if (word.word in table.negators or word.word.endswith("n't")) \
                and not any(following[:len(e)] == e for e in table.exempt) \
                and (word.word not in table.negator_verbs or following[1:2] == ("to",)):
            count, first = count + 1, back
        elif word.word not in table.gap:
            break
        back -= 1
    return first if count % 2 == 1 else None


def ends_negated(text: str) -> bool:
    """The last word of ``text`` is negated by the words before it in its clause
    (``_negation_start``): "did not deny", "had never claimed"."""
    words = tokens(text)
    return bool(words) and _negation_start(words, len(words) - 1) is not None


def _negators_before(words: list[Token]) -> list[bool]:
    """Per word, a negator anywhere before it in its clause: a side is taken only where
    the version is plain about it. (A clause's words follow one another.)"""
    negators = lexicon().negators
    found, clause, seen = [], None, False
    for word in words:
        if word.clause != clause:
            clause, seen = word.clause, False
        found.append(seen)
        seen = seen or word.word in negators or word.word.endswith("n't")
    return found


def _negated(words: list[Token], at: int, *, denied: bool) -> bool:
    """Whether the word at ``at`` is negated, by negators before it or by a denial
    reporting the whole version."""
    return (_negation_start(words, at) is not None) != denied


@lru_cache(maxsize=READINGS_CACHE_SIZE)
def readings(text: str, *, cue: str | None = None) -> tuple[tuple[Token, ...], tuple[Reading, ...]]:
    """The version's words, and its readings on predicates, opposites and quantities
    (tuples: one reading of a text serves every pair and claim it is compared in)."""
    words = tokens(text)
    denied = denies(cue)
    found = []
    stops = stop_words()
    negator_before = _negators_before(words)
    asked = _asked(words)
    for at, word in enumerate(words):
        if word.word in stops or len(word.word) < 2 or word.word[0].isdigit() or asked[at]:
            continue
        if _told_as_possible(words, at):
            continue
        negation = _negation_start(words, at)
        if negation is None and negator_before[at]:
            continue  # "not a member of the X group": whether X is negated is not clear
        first = negation if negation is not None else _label_start(words, at)
        for other in _near(words, at, at + 1):
            found.append(Reading(f"predicate:{word.term}:{other}", str((negation is not None) != denied),
                                 words[first].start, word.end))
    found += _opposite_readings(words, denied=denied, asked=asked)
    found += _quantity_reading(text)  # shared with ``quantities``: one count per text
    return tuple(words), tuple(found)


def quantities(text: str) -> dict[str, set[str]]:
    """What a text counts, by the word counted, with the figures it gives ("500 million
    doses" -> {"dose": {"5e+08"}}), bounds ("at least") aside."""
    return counted_figures(_quantity_reading(text))


@lru_cache(maxsize=READINGS_CACHE_SIZE)
def _quantity_reading(text: str) -> tuple[Reading, ...]:
    """The quantity readings of ``readings`` alone, made once per text: a count needs
    neither the predicates nor the opposites (most of a whole reading's cost), and a text
    without a figure (four of five units of a story) counts nothing before its words are
    even split."""
    if next(iter(figures(text)), None) is None:
        return ()
    return tuple(_quantity_readings(text, tokens(text)))


def count_apart(text_a: str, text_b: str) -> bool:
    """Both count something, nothing the same and with no figure in common: "shipping 300
    tonnes of grain" and "enough to feed 40,000 families" are two facts of one event,
    however near in meaning. (Two figures of one thing, "14 miners" / "16 miners", are
    one account disputed.) "One" counts nothing apart: English says "a" or "one" of any
    single thing ("a one-day strike", "one of the ships"), so a text counting
    only ones tells no figure of its own. A figure both give is in common whether or not
    each says what it counts: "the depot hired fewer drivers, just 340, and fares rose 12
    percent" and "the depot took on 340 drivers"."""
    counted_a, counted_b = (_counts(text) for text in (text_a, text_b))
    if not counted_a or not counted_b or counted_a.keys() & counted_b.keys():
        return False
    return not (set().union(*counted_a.values()) & set().union(*counted_b.values())
                or _shared_figures(text_a, text_b))


def telling_figures(text: str) -> set[str]:
    """The figures (``numbers``) a text gives from MIN_FIGURE up, exact or bounded: an outlet's
    "more than 4,000 crossings" gives another's "4,000 crossings" (a one-digit figure is in too
    many sentences to tie two of them)."""
    return {figure for figure in numbers(text, bounded=True) if float(figure) >= MIN_FIGURE}


def _shared_figures(text_a: str, text_b: str) -> set[str]:
    """The telling figures both texts give, years left out: a year dates what a text tells
    rather than counting it."""
    return {figure for figure in telling_figures(text_a) & telling_figures(text_b)
            if not WHOLE_YEAR.fullmatch(figure)}


def _counts(text: str) -> dict[str, set[str]]:
    """What a text counts (``quantities``), counts of one left out."""
    counted = {thing: values - {"1"} for thing, values in quantities(text).items()}
    return {thing: values for thing, values in counted.items() if values}


def counted_figures(found: Iterable[Reading]) -> dict[str, set[str]]:
    """``quantities`` of a text's readings, already read."""
    counted: dict[str, set[str]] = {}
    for reading in found:
        if reading.point.startswith("quantity:"):
            counted.setdefault(reading.point.split(":")[1], set()).add(reading.side.split(":")[1])
    return counted


def _label_start(words: list[Token], at: int) -> int:
    """Where the words showing a side start: two words before the word at ``at`` in its
    clause ("had received warnings")."""
    first = at
    while first > 0 and at - first < 2 and words[first - 1].clause == words[at].clause:
        first -= 1
    return first


def denies(cue: str | None) -> bool:
    """The cue is a denial ("denied"): it reports the opposite of its words."""
    return bool(cue) and any(w.lower() in lexicon().denials for w in WORD.findall(cue or ""))


def _opposite_readings(words: list[Token], *, denied: bool, asked: list[bool]) -> Iterable[Reading]:
    """One reading per opposite predicate, its side turned by a negation; its point names
    the lexicon row and each word near it, so that only versions sharing one meet."""
    table = lexicon().opposites
    longest = max((len(k) for k in table), default=0)
    at = 0
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            hit = table.get(tuple(w.term for w in words[at:at + size]))
            if hit is None:
                continue
            row, side = hit
            if _told_as_possible(words, at) or asked[at]:
                break
            if _negated(words, at, denied=denied):
                side = 1 - side
            for other in _near(words, at, at + size):
                yield Reading(f"opposite:{row}:{other}", str(side), words[at].start, words[at + size - 1].end)
            at += size - 1
            break
        at += 1


def _near(words: list[Token], start: int, end: int) -> list[str]:
    """The terms of the content words near ``words[start:end]`` in its clause: a point is
    a predicate with one of them, so that versions meet on it only when they say it of
    one thing ("the shaft was not inspected" / "the shaft was inspected"), not when one
    negates it of something else."""
    own = {w.term for w in words[start:end]}
    stops = stop_words()
    return sorted({w.term for w in words[max(0, start - NEAR_WORDS):end + NEAR_WORDS]
                   if w.clause == words[start].clause and w.term not in own and w.word not in stops
                   and len(w.word) > 1})


def _quantity_readings(text: str, words: list[Token]) -> Iterable[Reading]:
    """A figure and the words it counts, each with a word beside it ("fourteen trapped
    miners were rescued" reads 14 of "trap" beside "miner", and of "miner" beside "trap"
    and "rescue"), with its bound ("at least") when it has one: one word alone ("doses")
    names no one quantity."""
    bounds = lexicon().bounds
    for start, end, value in figures(text):
        if is_date_figure(text, start, end) or "/" in text[max(0, start - 1):end + 1] \
                or text[max(0, start - 1):start] == "-":
            continue  # "the 1932 strike", "24/7", "COVID-19": a year, ratio or name counts nothing
        before = tuple(w.lower() for w in WORD.findall(text[max(0, start - 24):start]))
        bound = next((side for phrase, side in bounds.items() if before[-len(phrase):] == phrase), "exact")
        # a figure hyphened to its unit ("40-year-old rule", "four-decade-old rule") counts the
        # unit alone: the compound's other words describe the thing, which both wordings share
        after = [w for w in words if w.start >= end][:1 if text[end:end + 1] == "-" else QUANTITY_WORDS]
        counted = []
        for word in after:  # "fourteen trapped miners"; not "strike of dockers"
            if word.word in stop_words() or word.clause != after[0].clause:
                break
            counted.append(word)
        # "2 percent per year" is a rate, another point than "4 percent last year" (counting
        # the same thing, so no count apart)
        following = words[words.index(counted[-1]) + 1:][:1] if counted else []
        rate = " per" if following and following[0].word in lexicon().rates else ""
        for word in counted:
            for other in _beside(words, words.index(word), skip=(start, end)):
                yield Reading(f"quantity:{word.term}:{other}{rate}", f"{bound}:{value:g}", start, word.end)


def _beside(words: list[Token], at: int, *, skip: tuple[int, int]) -> set[str]:
    """The nearest content word on each side of the word at ``at`` in its clause, the
    figure's own words (``skip``) passed over: what the counted thing did or was
    ("miners were trapped", "turnout was 61 percent"; "gave doses" is not "wasted doses")."""
    stops = stop_words()
    found = set()
    for step in (-1, 1):
        other = at + step
        while 0 <= other < len(words) and words[other].clause == words[at].clause:
            word = words[other]
            if word.word not in stops and not skip[0] <= word.start < skip[1]:
                found.add(word.term)
                break
            other += step
    return found


def contradict(a: str, b: str) -> bool:
    """Two readings' sides of one point disagree."""
    if a.count(":") == 1 and b.count(":") == 1:  # figures: "exact:14", "lower:14"
        (bound_a, value_a), (bound_b, value_b) = a.split(":"), b.split(":")
        if "about" in (bound_a, bound_b) or value_a == value_b:
            return False
        return not (_within(bound_a, float(value_a), float(value_b))
                    or _within(bound_b, float(value_b), float(value_a)))
    return a != b


def _within(bound: str, limit: float, value: float) -> bool:
    """A figure ``value`` is consistent with a bound ``limit`` of that kind."""
    return (bound == "lower" and value >= limit) or (bound == "upper" and value <= limit)
