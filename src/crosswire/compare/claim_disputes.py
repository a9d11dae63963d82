"""Versions of one claim that contradict one another: a disputed claim.

Outlets tell one occurrence in opposite ways: "the shaft was inspected in May" / "was not
inspected in May"; "rescuers succeeded in reaching the men" / "failed to reach the men";
"protesters attacked police" / "police attacked protesters"; "fourteen miners are trapped" /
"twenty-three miners are trapped". Such versions match as one claim (they tell one
occurrence in mostly the same words), and they stay one: that the outlets disagree is the
finding, and a claim split in two would hide it (splitting on a negation anywhere in the
text cost a third of the gold claims found). The claim is marked disputed instead, with each
side's versions and words (a ``ClaimConflict`` of aspect "account").

Versions from two articles contradict on a point both make, never on a word only one of
them has:
- a predicate both carry, negated in one only ("not", "no", "refused to", from
  ``stance_markers.jsonl``; or reported by a denial, "denied that ..."), or opposite
  predicates ("failed" / "succeeded", ``claim_opposites.jsonl``), next to a word both
  carry: "the shaft was not inspected" / "the shaft was inspected";
- one act done by different agents: each the other's object ("protesters attacked police"
  / "police attacked protesters"), one to the same thing with the other's agent named apart
  ("managers ordered the evacuation" / "stewards ordered the evacuation after managers
  hesitated"), or the same words about two named parties ("supporters of X" / "supporters
  of Y");
- different exact figures of one quantity ("fourteen miners" / "twenty-three miners"); a
  bound ("at least fourteen") contradicts only a figure outside it, a rounded figure none.
A version that adds detail (a figure, a place, a clause) agrees on every point it shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from crosswire.compare.claim_terms import term
from crosswire.data import located_rows
from crosswire.knowledge.markers import stance_markers
from crosswire.knowledge.text import WORD, figures, is_date_day, stop_words
from crosswire.nlp.cues import load_lexicon
from crosswire.models import ClaimConflict

# A negator governs a predicate this many words after it in its clause ("had not been
# inspected", "received no warnings"); farther away it negates something else.
NEGATION_REACH = 3
# A predicate negated in one version only, or opposite predicates, contradict when a word
# both versions carry stands this near it in its clause ("the shaft was not inspected",
# "talks failed", "failed to reach the men"): the same thing is said to go opposite ways.
NEAR_WORDS = 4
# An agent is the words opening the act's clause, this many at most ("Union stewards
# ordered"): a longer run before the verb is no plain subject.
MAX_AGENT_WORDS = 4
# Whom an act was done to is named within this many words after it ("attacked police").
OBJECT_WORDS = 3
# A quantity is named by the words right after its figure ("fourteen trapped miners").
QUANTITY_WORDS = 2
# Where a clause ends inside a version: punctuation or a conjunction opening another.
CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\s[—–-]\s|\s(?:and|but|while|whereas|after|before|because|"
                          r"although|though|when|which|who|as)\s", re.IGNORECASE)
ACCOUNT = "account"
# Kinds of claim_opposites.jsonl rows that are plain word lists.
WORD_SETS = ("negation_gap", "not_negator", "irrealis", "negator_verb", "question")
YEAR = re.compile(r"1[89]\d\d|20\d\d")


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
    bounds: dict[tuple[str, ...], str]  # words before a figure -> "lower", "upper", "about"


@cache
def lexicon() -> Lexicon:
    """``data/claim_opposites.jsonl``, validated and loaded once."""
    opposites: dict[tuple[str, ...], tuple[int, int]] = {}
    exempt, denials, bounds = [], set(), {}
    gap, not_negators, irrealis, negator_verbs, questions = set(), set(), set(), set(), set()
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
                 "irrealis": irrealis, "negator_verb": negator_verbs, "question": questions}[kind].update(w[0] for w in words)
            elif row.get("side") in ("lower", "upper", "about"):
                bounds |= {w: row["side"] for w in words}
            else:
                raise ValueError(f"{where}: a bound's 'side' is lower, upper or about")
        else:
            raise ValueError(f"{where}: 'kind' opposite, exempt, denial, bound or one of "
                             f"{', '.join(WORD_SETS)}, with its words")
    negators = frozenset(stance_markers("negator")) - not_negators
    return Lexicon(opposites, tuple(exempt), negators, frozenset(gap), frozenset(irrealis),
                   frozenset(negator_verbs), frozenset(denials), frozenset(questions), bounds)


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
    last = ""  # the last character before the word that is not white space
    for match in WORD.finditer(text):
        if position < match.start():
            clause += len(CLAUSE_BREAK.findall(text, position, match.start() + 1))
        gap = text[position:match.start()].rstrip()
        last = gap[-1] if gap else last
        position = match.end()
        word = match.group().lower().replace("’", "'")
        opens = not last or last in ".!?\"“"
        last = match.group()[-1]
        found.append(Token(word, term(word), match.start(), match.end(), clause,
                           name=match.group()[0].isupper() and not opens))
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


def readings(text: str, *, cue: str | None = None) -> tuple[list[Token], list[Reading]]:
    """The version's words, and its readings on predicates, opposites and quantities."""
    words = tokens(text)
    denied = _denies(cue)
    found = []
    stops = stop_words()
    negator_before = _negators_before(words)
    for at, word in enumerate(words):
        if word.word in stops or len(word.word) < 2 or word.word[0].isdigit():
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
    found += _opposite_readings(words, denied=denied)
    found += _quantity_readings(text, words)
    return words, found


def _label_start(words: list[Token], at: int) -> int:
    """Where the words showing a side start: two words before the word at ``at`` in its
    clause ("had received warnings")."""
    first = at
    while first > 0 and at - first < 2 and words[first - 1].clause == words[at].clause:
        first -= 1
    return first


def _denies(cue: str | None) -> bool:
    return bool(cue) and any(w.lower() in lexicon().denials for w in WORD.findall(cue or ""))


def _opposite_readings(words: list[Token], *, denied: bool) -> Iterable[Reading]:
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
            if _told_as_possible(words, at):
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
        if is_date_day(text, start, end):
            continue
        if YEAR.fullmatch(text[start:end]) or "/" in text[max(0, start - 1):end + 1] \
                or text[max(0, start - 1):start] == "-":
            continue  # "the 1915 massacre", "24/7", "COVID-19": a year, ratio or name counts nothing
        before = tuple(w.lower() for w in WORD.findall(text[max(0, start - 24):start]))
        bound = next((side for phrase, side in bounds.items() if before[-len(phrase):] == phrase), "exact")
        after = [w for w in words if w.start >= end][:QUANTITY_WORDS]
        counted = []
        for word in after:  # "fourteen trapped miners"; not "massacre of Armenians"
            if word.word in stop_words() or word.clause != after[0].clause:
                break
            counted.append(word)
        for word in counted:
            for other in _beside(words, words.index(word), skip=(start, end)):
                yield Reading(f"quantity:{word.term}:{other}", f"{bound}:{value:g}", start, word.end)


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


def _agent_disputes(words_a: list[Token], words_b: list[Token]) -> Iterable[tuple[Reading, Reading]]:
    """One act (a word both carry once) opening a clause of each, done by different agents:
    each version's agent is whom the other's act was done to ("protesters attacked police" /
    "police attacked protesters"), one version names the other's agent apart from the act
    (``_agent_named_apart``), or the agents are the same words about two different
    named parties ("supporters of X" / "supporters of Y")."""
    once_a, once_b = _once(words_a), _once(words_b)
    for shared in sorted(once_a.keys() & once_b.keys()):
        at_a, at_b = once_a[shared], once_b[shared]
        agent_a, agent_b = _agent(words_a, at_a), _agent(words_b, at_b)
        names_a, names_b = _agent(words_a, at_a, names=True), _agent(words_b, at_b, names=True)
        if names_a and names_b:
            # "Supporters of X" / "supporters of Y": the same words about two named parties
            # (not one name's forms: "Russia's troops" / "Russian troops")
            differ = bool(agent_a - names_a) and agent_a - names_a == agent_b - names_b and not any(
                x.startswith(y) or y.startswith(x) for x in names_a for y in names_b)
        else:
            differ = bool(agent_a and agent_b and not agent_a & agent_b
                          and (agent_a & _object(words_b, at_b) and agent_b & _object(words_a, at_a)
                               or _agent_named_apart(words_a, at_a, words_b, at_b)))
        if differ:
            yield tuple(Reading("agent:" + shared, " ".join(sorted(agent)), _clause_start(words, at),
                                words[at].end)
                        for agent, words, at in ((agent_a, words_a, at_a), (agent_b, words_b, at_b)))


def _agent_named_apart(words_a: list[Token], at_a: int, words_b: list[Token], at_b: int) -> bool:
    """The act is done to one thing in both ("ordered the evacuation"), and one version
    names the other's agent after its own act, so not as its doer: "Union stewards ordered
    the evacuation after managers hesitated" / "Managers ordered the evacuation". Two
    words for one doer ("officials" / "authorities") are never named apart like that, and a
    figure is no doer ("the 2019 budget" / "the budget of 2019")."""
    stops = stop_words()
    if not {t for t in _object(words_a, at_a) if t not in stops} & _object(words_b, at_b):
        return False
    return any(words[at - 1].word not in stops and not words[at - 1].word[0].isdigit() and any(
        word.term == words[at - 1].term and not _reports(others[n + 1:n + 2])
        for n, word in enumerate(others[other_at + 1:], other_at + 1))
        for words, at, others, other_at in ((words_a, at_a, words_b, at_b), (words_b, at_b, words_a, at_a)))


def _reports(words: list[Token]) -> bool:
    """The words open with a speech verb: the word before them names who told the
    version ("..., the mayor said"), not a party to the act."""
    cues = load_lexicon()
    return bool(words) and cues.verbs.get(cues.forms.get(words[0].word, words[0].word)) == "speech"


def _object(words: list[Token], at: int) -> set[str]:
    """The words right after an act in its clause: whom it was done to."""
    return {w.term for w in words[at + 1:at + 1 + OBJECT_WORDS] if w.clause == words[at].clause}


def _once(words: list[Token]) -> dict[str, int]:
    stops = stop_words()
    seen: dict[str, list[int]] = {}
    for at, word in enumerate(words):
        if word.word not in stops and not word.word[0].isdigit():
            seen.setdefault(word.term, []).append(at)
    return {t: places[0] for t, places in seen.items() if len(places) == 1}


def _clause_start(words: list[Token], at: int) -> int:
    """Where the clause of the word at ``at`` starts in the text."""
    return words[_clause_first(words, at)].start


def _clause_first(words: list[Token], at: int) -> int:
    """The index of the first word of the clause of the word at ``at``."""
    first = at
    while first > 0 and words[first - 1].clause == words[at].clause:
        first -= 1
    return first


def _agent(words: list[Token], at: int, *, names: bool = False) -> frozenset[str]:
    """The content words opening the clause of the word at ``at``, when a few of them
    stand right before it ("Union stewards ordered"); else none. With ``names``, only
    the words of names among them."""
    before = words[_clause_first(words, at):at]
    if not before or len(before) > MAX_AGENT_WORDS:
        return frozenset()
    stops = stop_words()
    return frozenset(w.term for w in before if w.word not in stops and (w.name or not names))


@dataclass(frozen=True)
class Told:
    """One version as the dispute check reads it: its id, article and words."""

    key: str
    article: str
    text: str
    cue: str | None = None


def account_conflicts(versions: list[Told]) -> list[ClaimConflict]:
    """Points on which versions from different articles contradict, each as a conflict of
    aspect "account" mapping each side's words (in its first version) to its versions."""
    if len({v.article for v in versions}) < 2:
        return []  # most claims: one article's, nothing to dispute
    read = {v.key: readings(v.text, cue=v.cue) for v in versions}
    points: dict[str, dict[str, list[tuple[Told, Reading]]]] = {}  # point -> side -> versions
    for version in versions:
        for reading in read[version.key][1]:
            points.setdefault(reading.point, {}).setdefault(reading.side, []).append((version, reading))
    for i, a in enumerate(versions):
        for b in versions[i + 1:]:
            if a.article == b.article:
                continue
            for reading_a, reading_b in _agent_disputes(read[a.key][0], read[b.key][0]):
                sides = points.setdefault(reading_a.point, {})
                for version, reading in ((a, reading_a), (b, reading_b)):
                    sides.setdefault(reading.side, []).append((version, reading))
    # "not inspected" negates "inspected" near "shaft" and near "May" alike: points splitting
    # the versions the same way are one dispute, shown by its longest words
    found: dict[frozenset[frozenset[str]], dict[str, list[str]]] = {}
    for point, sides in points.items():
        both = {v.key for side in sides.values() for v, _ in side}
        both = {key for key in both if sum(any(v.key == key for v, _ in side) for side in sides.values()) > 1}
        sides = {name: [(v, r) for v, r in side if v.key not in both] for name, side in sides.items()}
        sides = {name: side for name, side in sides.items() if side}  # a version on both sides says neither
        if point.startswith("quantity:") and _within_an_article(sides):
            continue  # an article giving two figures of it counts two quantities
        disputed = _disputed_sides(sides)
        values = _sides_words(disputed, sides, versions)
        if len(values) < 2:
            continue
        who = frozenset(frozenset(ids) for ids in values.values())
        if who not in found or len("".join(values)) > len("".join(found[who])):
            found[who] = values
    return [ClaimConflict(aspect=ACCOUNT, values=values) for values in found.values()]


def _sides_words(disputed: list[str], sides: dict[str, list[tuple[Told, Reading]]],
                 versions: list[Told]) -> dict[str, list[str]]:
    """Each disputed side's words (in its first version) -> its versions' keys, in the
    order the versions come."""
    values: dict[str, list[str]] = {}
    order = {v.key: n for n, v in enumerate(versions)}
    for side in sorted(disputed, key=lambda name: min(order[v.key] for v, _ in sides[name])):
        version, reading = min(sides[side], key=lambda pair: order[pair[0].key])
        label = version.text[reading.start:reading.end]
        if _denies(version.cue):  # the words are the same; the denial is the other side
            label = f"{version.cue}: {label}"
        values.setdefault(label, []).extend(dict.fromkeys(v.key for v, _ in sides[side]))
    return values


def _within_an_article(sides: dict[str, list[tuple[Told, Reading]]]) -> bool:
    """Some article's versions stand on two sides that contradict."""
    names = sorted(sides)
    return any(contradict(a, b) and {v.article for v, _ in sides[a]} & {v.article for v, _ in sides[b]}
               for i, a in enumerate(names) for b in names[i + 1:])


def _disputed_sides(sides: dict[str, list[tuple[Told, Reading]]]) -> list[str]:
    """The sides of one point that some version from another article contradicts."""
    names = sorted(sides)
    disputed = set()
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            articles_a = {v.article for v, _ in sides[a]}
            articles_b = {v.article for v, _ in sides[b]}
            if contradict(a, b) and (articles_a | articles_b) != (articles_a & articles_b):
                disputed |= {a, b}
    return [s for s in names if s in disputed]
