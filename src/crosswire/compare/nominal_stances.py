"""Sides told in a noun phrase: "Varga's motion to drop the charges", "a sharp rebuke from
the union".

News often gives a side without a statement or a verb of its holder: the holder owns a
noun that takes a side (``data/stance_nouns.jsonl``: a motion, request or call is for what
it asks; criticism, a rebuke or an objection is against what it answers), as its possessor
("the council's request for a delay", at most MAX_MODIFIERS words between: "the council's
renewed call for"), where a preposition or "to" opens what it asks or answers, or as its
source ("criticism from the union", "from former Governor X": its title aside). The
holder is an actor the article names there (``Actor.seen``), the whole phrase ("a request
from French President X" is no side of "French"); what a possessed noun is about are the
first words of its clause after it, what a sourced one answers is what the sentence told
before it. A noun that is for what it asks ("asks" in the data: a motion, request, plan)
takes a side only where its clause names what it asks: "a request from the ministry"
takes none, whatever the sentence told before it. A noun no one owns nor is named as the
source of ("drew cross-party criticism over the toll") is the side of the unnamed people it
implies (``holders`` in the data: criticism is critics').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from crosswire.compare.group_holders import GROUP_ID_PREFIX
from crosswire.compare.slots import sentences
from crosswire.data import read_jsonl
from crosswire.knowledge.names import split_title
from crosswire.knowledge.text import crude_lemma, noun_forms, stop_words
from crosswire.models import Actor, Article, Stance, TextSpan

# Words between a possessive and its stance noun: "the council's [renewed] call for".
MAX_MODIFIERS = 2
POSSESSIVE = re.compile(r"['’]s?\s+")
WORDS_AFTER = re.compile(r"[\w-]+")
FROM_SOURCE = re.compile(r"\s+from\s+")
THE = re.compile(r"the\s+", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"\s+[A-Z]|['’]s?\s")
CLAUSE_END = re.compile(r"[.;:,!?\"“”]")
# What a possessed noun asks or answers opens with one of these: "call [for]", "bid [to]".
COMPLEMENT = re.compile(r"\s+(?:to|for|of|on|against|over|that)\s", re.IGNORECASE)
# A title between "from" and the holder's name is this short: "from [former Governor] X".
TITLE_REACH_CHARS = 40
# What a possessed noun is about: the first words of its clause after it.
ABOUT_WORDS = 6
SPACE = re.compile(r"\s+")
# Whoever these stand for owns the stance noun after them (past its modifiers): "[his]
# sharp criticism"; and none is told after these: "[no] criticism", "[without] a backlash".
OWNING_WORDS = frozenset({"his", "her", "their", "its", "our", "my", "your", "no", "without"})
WORDS_BEFORE = re.compile(r"[\w'’-]+")
# How far back the words before a stance noun are read for its owner: a few words.
OWNER_REACH_CHARS = 60


@dataclass(frozen=True)
class NominalSide:
    """A holder's side told by a noun it owns: the noun, its sentence, and what follows
    the noun there (what the side is on)."""

    holder: str
    stance: Stance
    noun: TextSpan
    sentence: TextSpan
    about: str  # empty for a noun from a source ("a rebuke from the union")


@cache
def stance_nouns() -> dict[str, Stance]:
    """Each stance noun and its plural -> the side its owner takes."""
    return {form: stance for form, (stance, _) in _noun_rows().items()}


@cache
def asking_nouns() -> frozenset[str]:
    """The stance nouns (and plurals) that are for what they ask, propose or decide
    (``"asks": true``: "motion", "request", "plan"): their side is on what they ask."""
    return frozenset(form for form, (_, asks) in _noun_rows().items() if asks)


@cache
def _noun_rows() -> dict[str, tuple[Stance, bool]]:
    name = "stance_nouns.jsonl"
    table: dict[str, tuple[Stance, bool]] = {}
    for row in read_jsonl(name, required=("noun", "stance")):
        if row["stance"] not in ("for", "against") or not isinstance(row.get("asks", False), bool):
            raise ValueError(f"{name}: stance is for or against, asks true or false: {row}")
        for form in noun_forms(row, "noun"):
            table[form] = (row["stance"], row.get("asks", False))
    return table


@cache
def holder_nouns() -> dict[str, str]:
    """Each stance noun (and its plural) that implies the unnamed people holding it -> what
    they are called (``holders``: criticism is critics')."""
    return {form: row["holders"] for row in read_jsonl("stance_nouns.jsonl", required=("noun", "stance"))
            if row.get("holders") for form in noun_forms(row, "noun")}


def unowned_sides(articles: Iterable[Article]) -> list[tuple[Actor, NominalSide]]:
    """Sides of unnamed people told by a stance noun no one owns ("his criticism"), denies
    ("no criticism") or is named as the source of ("criticism from allies"): "drew
    cross-party criticism over the toll", "faced a backlash". Its holders are the group its
    row names ("critics", as "critics said" names them), each with the side; what the noun
    answers is what the sentence tells, as for a sourced noun (``about`` empty)."""
    found = []
    for article in articles:
        hits = [hit for hit in _holder_pattern().finditer(article.text)
                if not FROM_SOURCE.match(article.text, hit.end()) and _unowned(article.text, hit.start())]
        if not hits:
            continue  # most articles: no sentence to split
        bounds = [(s.start, s.end) for s in sentences(article)]
        for hit in hits:
            start, end = next(((s, e) for s, e in bounds if s <= hit.start() < e), (hit.start(), hit.end()))
            name = holder_nouns()[hit.group().lower()]
            group = Actor(GROUP_ID_PREFIX + " ".join(crude_lemma(word) for word in name.split()),
                          name, "group", [name], [])
            found.append((group, NominalSide(
                holder=group.id, stance=stance_nouns()[hit.group().lower()],
                noun=TextSpan(hit.group(), hit.start(), hit.end(), article.id),
                sentence=TextSpan(article.text[start:end], start, end, article.id), about="")))
    return found


def _unowned(text: str, at: int) -> bool:
    """Whether the stance noun at ``at`` has no owner before it: back over at most
    MAX_MODIFIERS describing words ("cross-party", "sharp") to a determiner or the clause,
    no possessive ("the union's", "his") and no denial ("no", "without")."""
    before = WORDS_BEFORE.findall(text[max(0, at - OWNER_REACH_CHARS):at])
    function_words = stop_words()
    for word in reversed(before[-(MAX_MODIFIERS + 1):]):
        lowered = word.lower()
        if lowered in OWNING_WORDS or lowered.endswith(("'s", "’s", "s'", "s’")):
            return False
        if lowered in function_words:
            return True
    return True


@cache
def _holder_pattern() -> re.Pattern[str]:
    return _any_word(holder_nouns())


def nominal_sides(articles: Iterable[Article], *, holders: Iterable[Actor]) -> list[NominalSide]:
    """Every side ``holders`` take in the articles by a stance noun they own."""
    named_in: dict[str | None, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in holders:
        for seen in actor.seen:
            named_in[seen.article].append((seen.start, seen.end, actor.id))
    found = []
    for article in articles:
        named = sorted(named_in.get(article.id, ()))
        if not named:
            continue
        told = [(holder, noun, True) for holder, noun in _possessed(article.text, named)]
        # "a request from the ministry" names nothing it asks: no side on anything
        told += [(holder, noun, False) for holder, noun in _sourced(article.text, named)
                 if noun.text.lower() not in asking_nouns()]
        if not told:
            continue  # most articles: no sentence to split
        bounds = [(s.start, s.end) for s in sentences(article)]
        for holder, noun, possessed in told:
            start, end = next(((s, e) for s, e in bounds if s <= noun.start < e), (noun.start, noun.end))
            # "the council's call [for a delay]": what follows in its clause; "a rebuke from
            # the union" answers what the sentence told before it: nothing of its own
            clause = CLAUSE_END.search(article.text, noun.end, end)
            about = article.text[noun.end:clause.start() if clause else end] if possessed else ""
            if possessed and not COMPLEMENT.match(about):
                continue  # "X's motion [is granted]": the noun is a subject, asking nothing here
            found.append(NominalSide(
                holder=holder, stance=stance_nouns()[noun.text.lower()],
                noun=TextSpan(noun.text, noun.start, noun.end, article.id),
                sentence=TextSpan(article.text[start:end], start, end, article.id),
                about=" ".join(about.split()[:ABOUT_WORDS])))
    return found


def _possessed(text: str, named: list[tuple[int, int, str]]) -> Iterator[tuple[str, TextSpan]]:
    """(holder, noun) for "Holder's [modifiers] noun"."""
    nouns, function_words = stance_nouns(), stop_words()
    for _, end, holder in named:
        # the name's span may hold its possessive ending already
        mark = SPACE.match(text, end) if text[end - 2:end] in ("'s", "’s") else POSSESSIVE.match(text, end)
        if mark is None:
            continue
        at = mark.end()
        for _ in range(MAX_MODIFIERS + 1):
            word = WORDS_AFTER.match(text, at)
            if word is None or word.group()[:1].isupper() or word.group() in function_words:
                break
            if word.group().lower() in nouns:
                yield holder, TextSpan(word.group(), word.start(), word.end(), None)
                break
            at = word.end() + 1


def _sourced(text: str, named: list[tuple[int, int, str]]) -> Iterator[tuple[str, TextSpan]]:
    """(holder, noun) for "noun from [the] Holder"."""
    # the longest name starting at each offset, holder and end together: "from French
    # President X" is the president's, where "French" (a place) starts there too
    longest: dict[int, tuple[int, str]] = {}
    for start, end, holder in named:
        if end > longest.get(start, (-1, ""))[0]:
            longest[start] = (end, holder)
    for hit in _noun_pattern().finditer(text):
        source = FROM_SOURCE.match(text, hit.end())
        if source is None:
            continue
        the = THE.match(text, source.end())
        at = _name_start(text, the.end() if the else source.end(), longest)
        if at is None:
            continue
        end, holder = longest[at]
        # the holder is the whole phrase: a name going on past it ("the Tide Club Trust")
        # is someone else's
        if not NAME_GOES_ON.match(text, end):
            yield holder, TextSpan(hit.group(), hit.start(), hit.end(), None)


def _name_start(text: str, at: int, longest: dict[int, tuple[int, str]]) -> int | None:
    """Where a holder's name starts at ``at``, or past the title before it there ("criticism
    from [former Governor] X": the actor is named by its name, its title aside); None
    where no holder's name starts so."""
    if at in longest:
        return at
    for start in sorted(s for s in longest if at < s <= at + TITLE_REACH_CHARS):
        title, _ = split_title(text[at:longest[start][0]])
        if title and title.split() == text[at:start].split():
            return start
    return None


@cache
def _noun_pattern() -> re.Pattern[str]:
    return _any_word(stance_nouns())


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word in any case, the longest first where one holds another."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])", re.IGNORECASE)
