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
What each version says on each point is read by ``crosswire.compare.claim_readings``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crosswire.compare.claim_readings import Reading, Token, contradict, counted_figures, denies, readings
from crosswire.knowledge.text import stop_words
from crosswire.models import ClaimConflict
from crosswire.nlp.cues import load_lexicon

# An agent is the words opening the act's clause, this many at most ("Union stewards
# ordered"): a longer run before the verb is no plain subject.
MAX_AGENT_WORDS = 4
# Whom an act was done to is named within this many words after it ("attacked police").
OBJECT_WORDS = 3
ACCOUNT = "account"


def _agent_disputes(words_a: Sequence[Token], words_b: Sequence[Token]) -> Iterable[tuple[Reading, Reading]]:
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


def _agent_named_apart(words_a: Sequence[Token], at_a: int, words_b: Sequence[Token], at_b: int) -> bool:
    """The act is done to one thing in both ("ordered the evacuation"), and one version
    names the other's agent after its own act, so not as its doer: "Union stewards ordered
    the evacuation after managers hesitated" / "Managers ordered the evacuation". Two
    words for one doer ("officials" / "authorities") are never named apart like that, and a
    figure is no doer ("the 2019 budget" / "the budget of 2019")."""
    stops = stop_words()
    if _passive(words_a, at_a) or _passive(words_b, at_b):
        return False  # the word before a passive act is what it was done to, never its doer
    if not {t for t in _object(words_a, at_a) if t not in stops} & _object(words_b, at_b):
        return False
    return any(words[at - 1].word not in stops and not words[at - 1].word[0].isdigit() and any(
        word.term == words[at - 1].term and not _reports(others[n + 1:n + 2])
        for n, word in enumerate(others[other_at + 1:], other_at + 1))
        for words, at, others, other_at in ((words_a, at_a, words_b, at_b), (words_b, at_b, words_a, at_a)))


def _reports(words: Sequence[Token]) -> bool:
    """The words open with a speech verb: the word before them names who told the
    version ("..., the mayor said"), not a party to the act."""
    cues = load_lexicon()
    return bool(words) and cues.verbs.get(cues.forms.get(words[0].word, words[0].word)) == "speech"


def _object(words: Sequence[Token], at: int) -> set[str]:
    """The words right after an act in its clause: whom it was done to; in the passive, the
    words opening its clause ("a rockfall caused by the storm": the rockfall)."""
    if _passive(words, at):
        return set(_opening(words, at))
    return {w.term for w in words[at + 1:at + 1 + OBJECT_WORDS] if w.clause == words[at].clause}


def _passive(words: Sequence[Token], at: int) -> bool:
    """The act is told in the passive, its doer named after "by" in its clause ("a rockfall
    caused by the storm", "guards were attacked by strikers"): the words before it are
    what it was done to."""
    return at + 1 < len(words) and words[at + 1].word == "by" and words[at + 1].clause == words[at].clause


def _once(words: Sequence[Token]) -> dict[str, int]:
    stops = stop_words()
    seen: dict[str, list[int]] = {}
    for at, word in enumerate(words):
        if word.word not in stops and not word.word[0].isdigit():
            seen.setdefault(word.term, []).append(at)
    return {t: places[0] for t, places in seen.items() if len(places) == 1}


def _clause_start(words: Sequence[Token], at: int) -> int:
    """Where the clause of the word at ``at`` starts in the text."""
    return words[_clause_first(words, at)].start


def _clause_first(words: Sequence[Token], at: int) -> int:
    """The index of the first word of the clause of the word at ``at``."""
    first = at
    while first > 0 and words[first - 1].clause == words[at].clause:
        first -= 1
    return first


def _agent(words: Sequence[Token], at: int, *, names: bool = False) -> frozenset[str]:
    """Who did the act at ``at``: the content words opening its clause, when a few of them
    stand right before it ("Union stewards ordered"), or in the passive the few after "by"
    ("ordered by union stewards"); else none. With ``names``, only the words of names among
    them."""
    if _passive(words, at):
        after = [w for w in words[at + 2:at + 2 + MAX_AGENT_WORDS] if w.clause == words[at].clause]
        stops = stop_words()
        return frozenset(w.term for w in after if w.word not in stops and (w.name or not names))
    return _opening(words, at, names=names)


def _opening(words: Sequence[Token], at: int, *, names: bool = False) -> frozenset[str]:
    """The content words opening the clause of the word at ``at``, when a few of them
    stand right before it; else none. With ``names``, only the words of names among them."""
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
        in_parts = _counted_in_parts(read[version.key][1])
        for reading in read[version.key][1]:
            if reading.point.startswith("quantity:") and reading.point.split(":")[1] in in_parts:
                continue
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


def _counted_in_parts(found: Iterable[Reading]) -> set[str]:
    """The words a version counts with two or more figures ("120 tonnes of grain in May and
    80 tonnes of grain in June"): a breakdown, no part of which contradicts another
    version's whole ("200 tonnes of grain")."""
    return {word for word, values in counted_figures(found).items() if len(values) > 1}


def _sides_words(disputed: list[str], sides: dict[str, list[tuple[Told, Reading]]],
                 versions: list[Told]) -> dict[str, list[str]]:
    """Each disputed side's words (in its first version) -> its versions' keys, in the
    order the versions come."""
    values: dict[str, list[str]] = {}
    order = {v.key: n for n, v in enumerate(versions)}
    for side in sorted(disputed, key=lambda name: min(order[v.key] for v, _ in sides[name])):
        version, reading = min(sides[side], key=lambda pair: order[pair[0].key])
        label = version.text[reading.start:reading.end]
        if denies(version.cue):  # the words are the same; the denial is the other side
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
