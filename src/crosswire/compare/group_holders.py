"""Unnamed groups that hold a position: "critics", "environmental groups", "residents".

Stories often give a side to people they never name: "Critics say the reservoir would
flood the wetlands", "harbour officials urged boat owners to register". The
speaker stays unnamed (``Resolution.method == "unnamed"``), yet the group is one side of
the story. A statement is a group's when its speaker's words are plural ("critics", not "a
spokesman") and their head is no informant (``data/informant_nouns.jsonl``: "sources",
"witnesses", "reports" pass on what they know, they take no side as a group). The group is
named by its words up to the head ("environmental groups" of "environmental groups in the
north"; determiners and quantifiers left out: "some critics" are "critics"), and one group
across articles is the one named by the same words ("Critics" and "critics").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from crosswire.data import read_jsonl
from crosswire.knowledge.places import country_named
from crosswire.knowledge.text import WORD, crude_lemma, noun_forms, stop_words
from crosswire.models import Actor, Statement

# A group's actor id: never an id the actors stage gives, so a group is never a named actor.
GROUP_ID_PREFIX = "unnamed:"
# A group's name keeps the words after its head up to this length ("critics of the plan");
# a longer description is cut after the head.
MAX_GROUP_WORDS = 5
# Plurals without an "s": "fishermen", "businesswomen".
IRREGULAR_PLURAL_ENDINGS = ("men",)


@cache
def informant_nouns() -> frozenset[str]:
    """Nouns of unnamed sources that inform without taking a side as a group, in their
    plural forms ("sources", "witnesses")."""
    rows = read_jsonl("informant_nouns.jsonl", required=("lemma",))
    return frozenset(form for row in rows for form in noun_forms(row, "lemma"))


def group_name(words: str) -> str | None:
    """The unnamed group ``words`` name ("Environmental groups" -> "environmental
    groups", "critics of the plan"), None when they name no group: one person or thing,
    an informant, or no noun. Its head is the last word before the first function word
    ("critics [of] the plan"); what follows it stays in the name, at most
    MAX_GROUP_WORDS words, as it tells one group of critics from another."""
    function_words = stop_words()
    found = WORD.findall(words)
    while found and found[0].lower() in function_words:
        found = found[1:]  # "the", "some", "many": no part of the group's name
    head_at = next((n for n, word in enumerate(found) if word.lower() in function_words), len(found)) - 1
    if head_at < 0:
        return None
    head = found[head_at].lower()
    is_plural = head.endswith(IRREGULAR_PLURAL_ENDINGS) or (head.endswith("s") and crude_lemma(head) != head)
    if not is_plural or head in informant_nouns():
        return None  # singular ("a spokesman"), or an informant ("sources")
    kept = found[:MAX_GROUP_WORDS] if len(found) <= MAX_GROUP_WORDS else found[: head_at + 1]
    # as written from its first kept word to its last ("French harbour officials"), a
    # capital that only opens the sentence lowered ("Critics" -> "critics")
    start = words.index(kept[0])
    end = words.index(kept[-1], start) + len(kept[-1])
    name = words[start:end]
    return name if country_named(kept[0]) or not kept[0][:1].isupper() or kept[0].isupper() \
        else name[:1].lower() + name[1:]


def group_of(statement: Statement) -> str | None:
    """The id of the unnamed group whose statement it is, None if it is no group's."""
    if statement.speaker or statement.resolution.method != "unnamed" or not statement.speaker_words:
        return None
    name = group_name(statement.speaker_words.text)
    if name is None:
        return None
    return GROUP_ID_PREFIX + " ".join(crude_lemma(word) for word in name.split())


def told_by_others(statements: Iterable[Statement]) -> frozenset[str]:
    """Ids of the statements whose speaker's words lie inside another statement's content
    ("families would refuse to move until ..., the union's chairman said"): a group there
    is what someone else says it does, no side it takes in its own words."""
    contents: dict[str | None, list[tuple[int, int, str]]] = {}
    statements = list(statements)
    for statement in statements:
        span = statement.span
        contents.setdefault(span.article, []).append((span.start, span.end, statement.id))
    return frozenset(
        statement.id for statement in statements if statement.speaker_words is not None
        and any(start <= statement.speaker_words.start and statement.speaker_words.end <= end
                and other != statement.id for start, end, other in contents.get(statement.span.article, ())))


def group_actors(statements: Iterable[Statement]) -> dict[str, Actor]:
    """Group id -> an actor record for each unnamed group speaking in ``statements``:
    named as first written, with the country its words name ("Ruritanian officials")."""
    groups: dict[str, Actor] = {}
    for statement in statements:
        group = group_of(statement)
        if group and group not in groups and statement.speaker_words:
            name = group_name(statement.speaker_words.text) or group
            groups[group] = Actor(group, name, "group", [name], [], country=country_named(name))
    return groups


def group_affiliations(statements: Iterable[Statement]) -> dict[str, str]:
    """Group id -> the actor id of whom the group speaks for, where every statement of the
    group that names one names the same ("Harbour Board officials" in two articles)."""
    named: dict[str, set[str]] = {}
    for statement in statements:
        group = group_of(statement)
        if group and statement.affiliation:
            named.setdefault(group, set()).add(statement.affiliation)
    return {group: next(iter(ids)) for group, ids in named.items() if len(ids) == 1}
