"""Bodies named in Title Case by their office and a preposition: "the Office for Water
Safety", "the Bureau of Harbour Works", "the Commission on Coastal Fishing".

The small tagger often leaves such a name untagged, above all after an owner ("the
ministry's Office for Water Safety"), so a later "the office said" has nothing to bind to.
A capitalised body's noun (``data/organisation_nouns.jsonl``), with the capitalised words
compounded before it, followed by "of", "for" or "on" and a run of capitalised words is an
organisation's name whatever the tagger made of it; its noun is its role, so "the office"
of the same story is that body. Only the preposition in lowercase counts: a headline in
Title Case ("Board To Vote On Fees") writes its every word capitalised.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from crosswire.knowledge.dates import MONTHS, WEEKDAYS
from crosswire.knowledge.firms import is_organisation_noun
from crosswire.models import ActorKind
from crosswire.nlp.doc_view import tokens_of

# The prepositions a body's name goes on with after its noun ("Office for", "Bureau of",
# "Council on"); others ("in", "at") tell where the body is, not which one it is.
_NAME_PREPOSITIONS = frozenset({"of", "for", "on"})
# Words inside the name after its preposition: "and" between two capitalised words
# ("Office of Roads and Bridges"), "the" before one ("Office of the Ombudsman")
_JOINING_WORDS = frozenset({"and", "&", "the"})
_NAME_PARTS = frozenset({"PROPN", "NOUN", "ADJ"})


def titled_bodies(
    doc: Doc, found: list[tuple[int, int, ActorKind, str | None]]
) -> list[tuple[int, int, ActorKind, str | None]]:
    """``found`` with each Title Case body's name of the shape above that overlaps no
    mention already found, or only organisations the tagger found as parts of it ("Tidal
    Fisheries" of "the Department of Tidal Fisheries"), added as an organisation, its noun
    as its role, in place of those parts."""
    tokens = tokens_of(doc)
    added: list[tuple[int, int, ActorKind, str | None]] = []
    parts: list[tuple[int, int, ActorKind, str | None]] = []
    for head in tokens:
        if not _is_titled_body_noun(head):
            continue
        end = _name_end(tokens, head.i)
        if end is None:
            continue
        start = _name_start(tokens, head.i)
        begin, finish = tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1])
        overlapping = [item for item in found + added if item[0] < finish and begin < item[1]]
        if not all(_part_of(item, begin, finish) for item in overlapping):
            continue  # the tagger's own name, or a place inside it ("Council of Europe")
        parts.extend(overlapping)
        added.append((begin, finish, "organisation", head.lower_))
    return [item for item in found if item not in parts] + added


def _part_of(item: tuple[int, int, ActorKind, str | None], begin: int, finish: int) -> bool:
    """Is a mention an organisation the tagger cut out of the name from ``begin`` to
    ``finish``: inside it and shorter?"""
    start, end, kind, _ = item
    return kind == "organisation" and begin <= start and end <= finish and (
        end - start < finish - begin)


def _is_titled_body_noun(token: Token) -> bool:
    return token.is_title and token.is_alpha and is_organisation_noun(token.lower_)


def _name_end(tokens: list[Token], head: int) -> int | None:
    """The index after the name's last capitalised word, or None where the noun is not
    followed by a lowercase name preposition and a capitalised word."""
    i = head + 1
    if i >= len(tokens) or tokens[i].text not in _NAME_PREPOSITIONS:
        return None
    i += 1
    end = None
    while i < len(tokens):
        token = tokens[i]
        if _is_name_word(token):
            i += 1
            end = i
        elif token.text == "-" and end == i and _joins(tokens, i):
            i += 2  # "French-speaking" of "Organization of French-speaking Countries"
            end = i
        elif token.lower_ in _JOINING_WORDS and token.text.islower() or token.text == "&":
            if i + 1 >= len(tokens) or not _is_name_word(tokens[i + 1]):
                break
            i += 1
        else:
            break
    return end


def _is_name_word(token: Token) -> bool:
    """A capitalised word of a name ("Civil", "NATO"), never a verb or function word a
    Title Case headline capitalises ("To Investigate"), nor a date: "the Bureau on Monday"
    is the bureau, when it acted."""
    return token.is_alpha and (token.is_title or token.is_upper and len(token) > 1) and (
        token.pos_ in _NAME_PARTS) and token.ent_type_ not in ("DATE", "TIME") and (
        token.text not in WEEKDAYS and token.text not in MONTHS)


def _joins(tokens: list[Token], hyphen: int) -> bool:
    """A hyphen written tight between a name's word and the next word, one word of two."""
    return (hyphen + 1 < len(tokens) and not tokens[hyphen - 1].whitespace_
            and not tokens[hyphen].whitespace_ and tokens[hyphen + 1].is_alpha)


def _name_start(tokens: list[Token], head: int) -> int:
    """The first capitalised word compounded before the noun ("Federal" of "Federal Bureau
    of ..."), never a determiner or an owner ("the ministry's")."""
    start = head
    while start > 0:
        before = tokens[start - 1]
        if not (before.is_title and before.pos_ in ("PROPN", "ADJ")
                and before.dep_ in ("compound", "amod") and before.head.i >= start):
            break
        start -= 1
    return start
