"""Roles of a person mention, as the text states them.

Three places carry a role: title words before the name (inside the entity or just left
of it: "Kremlin spokesman Anna Petrova", "US Army General Lloyd Harper"), a noun phrase
the name is in apposition to ("Ukraine's foreign minister, Oksana Melnyk"), and an
apposition after the name ("Stella Ghervas, a professor of Russian history at Newcastle
University"). "President Mara Ostrel of Valdoria" gives "President of Valdoria".

A role names an office, an occupation or what a person is to others: its head (or a
title word in it) must be a listed role noun (``data/role_nouns.jsonl``), so a clause the
parser mis-attached to a name ("a string of attacks on ...") is no role.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from crosswire.knowledge.names import (
    is_given_name,
    is_honorific,
    longest_title,
    title_length,
    title_length_before,
)
from crosswire.knowledge.firms import is_organisation_noun
from crosswire.knowledge.places import country_of
from crosswire.data import read_jsonl
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.doc_view import tokens_of

# Dependency labels of words that modify a name from its left as part of a title.
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod"})
# Appositions longer than this are clauses the parser mis-attached, not roles; the longest
# genuine ones in the seed and review articles ("a lecturer in ... politics at the
# University of ...") run to 10-11 tokens.
MAX_ROLE_TOKENS = 12
_ARTICLES = frozenset({"the", "a", "an"})
# Articles that bring in something not yet told of ("a nearby firm").
INDEFINITE_ARTICLES = frozenset({"a", "an"})


@cache
def _role_nouns(marked: str | None = None) -> frozenset[str]:
    """The role nouns, or those whose row sets ``marked`` ("general", "chamber")."""
    return frozenset(row["noun"].lower() for row in read_jsonl("role_nouns.jsonl", required=("noun",))
                     if marked is None or row.get(marked))


def is_role_noun(word: str) -> bool:
    """An office, occupation or relation noun as written ("judge", "spokesman")."""
    return word.lower() in _role_nouns()


def is_general_role_noun(word: str) -> bool:
    """A role noun wide enough to stand for many offices ("official", "diplomat")."""
    return word.lower() in _role_nouns("general")


def is_role_word(token: Token) -> bool:
    """An office, occupation or relation noun, or a title word ("spokesman", "Gen.")."""
    nouns = _role_nouns()
    return token.lower_ in nouns or token.lemma_.lower() in nouns or bool(title_length([token.text]))


def person_role(span: Span) -> tuple[int, str | None]:
    """(token index where the bare name starts, role text or None) for a person entity."""
    doc = span.doc
    name_start = span.start
    # Title words the tagger put inside the entity: everything up to the last title word
    # that still leaves a name after it.
    tokens = tokens_of(doc)
    for offset in range(len(span) - 1):
        size = title_length([t.text for t in tokens[span.start + offset : span.end - 1]])
        if size:
            name_start = span.start + offset + size
    # "Superintendent Joel Park", "Fraud Detective Ana Ruiz", "Deputy Inspector Ana
    # Ruiz": an office the titles list lacks, written as a title before a name, is the
    # role, not the name's first words
    name_start = _after_role_run(span, name_start)
    roles: list[str] = []
    prefix_start = _left_title_start(span, name_start)
    across = _title_across_start(span) if name_start == span.start else None
    if across is not None:  # "Chief of Staff Ada X" tagged "Staff Ada X"
        prefix_start, name_start = min(prefix_start, across[0]), across[1]
    if prefix_start < name_start:
        prefix_end = name_start
        # "Labour MP Sir": the honorific is a form of address, not part of the office.
        while prefix_end - 1 > prefix_start and is_honorific(tokens[prefix_end - 1].text):
            prefix_end -= 1
        prefix = doc[prefix_start:prefix_end]
        roles.append(_of_country(prefix, span))
    head_role = _apposed_to(span)
    if head_role:
        roles.append(head_role)
    tail_role = _apposition(span)
    if tail_role:
        roles.append(tail_role)
    return name_start, "; ".join(dict.fromkeys(roles)) or None


def _after_role_run(span: Span, name_start: int) -> int:
    """Where the name starts after capitalised words ending in a role noun that open it
    ("Fraud Detective" Ana Ruiz), leaving two words or more; ``name_start`` where none
    do. Past the first word the one after the role noun must be a given name, so a
    surname that is a role word stays a name ("Martin Luther King Jr.")."""
    start = name_start
    tokens = tokens_of(span.doc)
    for index in range(name_start, span.end - 2):
        token, after = tokens[index], tokens[index + 1]
        if not token.is_title:
            break
        if is_role_noun(token.text) and after.is_title and not is_role_noun(after.text) and (
                index == name_start or is_given_name(after.text)):
            start = index + 1
    return start


def _title_across_start(span: Span) -> tuple[int, int] | None:
    """(start, end) of a listed title that opens before the entity and ends inside it,
    leaving a name after it ("Chief of Staff Ada X" tagged "Staff Ada X"), or None."""
    tokens = tokens_of(span.doc)
    for end in range(span.start + 1, span.end):
        start = max(0, end - longest_title())
        size = title_length_before([t.text for t in tokens[start:end]])
        if size > end - span.start:
            return end - size, end
    return None


# The hyphens a title is joined with ("Vice-President", "Then-President")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _left_title_start(span: Span, name_start: int) -> int:
    """Start of the title words left of the name that modify it (or name_start: none)."""
    doc = span.doc
    tokens = tokens_of(doc)
    root = span.root
    start = span.start
    while start > 0:
        token = tokens[start - 1]
        if token.dep_ not in _TITLE_DEPS or token.pos_ in ("VERB", "DET", "PRON", "AUX"):
            break
        if token.ent_type_ in DATE_ENTITIES:
            break  # "In March Spokeswoman X": the month opens the sentence, not the title
        if token.dep_ == "punct" and token.text not in HYPHENS:
            break
        if not (token.is_ancestor(root) or root.is_ancestor(token) or token.head.i >= start - 1):
            break
        start -= 1
    if start < name_start and tokens[start].text in HYPHENS:
        # "Then-President X", "ex-Senator X": the word the hyphen joins opens the title
        hyphened = start > 0 and tokens[start - 1].is_alpha and not tokens[start - 1].whitespace_
        start += -1 if hyphened else 1
    candidate = doc[start:name_start]
    if not len(candidate) or not _has_title_word(candidate):
        return name_start
    while start < name_start and tokens[start].lower_ in _ARTICLES:
        start += 1
    return start


def _has_title_word(tokens: Span) -> bool:
    """The words hold a title of the titles list, or a role noun written lower case as a
    noun ("spokesman") or capitalised as a title ("Superintendent")."""
    words = [t.text for t in tokens]
    if any(title_length(words[i:]) for i in range(len(words))):
        return True
    return any((t.pos_ == "NOUN" and t.is_lower or t.is_title) and is_role_word(t) for t in tokens)


def _of_country(prefix: Span, span: Span) -> str:
    """ "President" + "Mara Ostrel of Valdoria" -> "President of Valdoria". A chamber's
    or a party's office ("Speaker", "Majority Whip") is not a state's: the state after its
    holder's name is where they come from ("Speaker X of Idaho": "Speaker (Idaho)")."""
    for child in span.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [t for t in child.children if t.dep_ == "pobj" and t.ent_type_ == "GPE"]
            if objects:
                place = span.doc[objects[0].left_edge.i : objects[0].i + 1]
                if prefix[-1].lower_ in _role_nouns("chamber") and not country_of(place.text):
                    return f"{prefix.text} ({place.text})"  # as a party tag gives the state
                return f"{prefix.text} of {place.text}"
    return prefix.text


def _clean(tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].lower_ in _ARTICLES or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    opened = [i for i, t in enumerate(tokens) if t.text == "("]
    if opened and not any(t.text == ")" for t in tokens[opened[-1]:]):
        # "a frequent critic of Senator X (D-Ore.)": the bracket after the last name is that
        # person's party tag, cut open by the trailing comma; it is no part of the role
        tokens = tokens[: opened[-1]]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_ROLE_TOKENS:
        return None
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def apposed_to_role_noun(span: Span) -> bool:
    """The name stands in apposition to an office or occupation noun written before it
    ("the mission's spokesman, X"), or to the body that noun serves, where the parser
    hangs it ("a spokesman for the mission, X"), or has one after it ("X, the chief
    executive"): a person's name, whatever the tagger called it."""
    root = span.root
    if _role_apposed_after(span):
        return True
    if root.dep_ != "appos" or root.head.i > span.start or _restates_body_between(root):
        return False
    return _is_role_head(root.head) or office_of_complement(root) is not None


def _restates_body_between(name: Token) -> bool:
    """"an employee of a nearby firm, Kestrel Tools": a name set off after a body's noun
    that the role's own phrase ends with restates that noun, however the parser hung it; it
    is the firm, not the employee. Only a body brought in with "a"/"an", one not yet told
    of, is named after it: "a spokesman for the ministry, X" and "the chief executive of the
    firm, X" name the person."""
    office = name.head
    return any(prep.dep_ == "prep" and office.i < prep.i < name.i and any(
        body.dep_ == "pobj" and body.i < name.i and is_organisation_noun(body.lemma_)
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in body.children)
        for body in prep.children) for prep in office.children)


def office_of_complement(name: Token) -> Token | None:
    """The office noun a name is set off after where the parser hung the name on the
    office's complement: "a spokesman for the mission, X", "the ambassador to Chile, X",
    "the senator from Ohio, X" (X in apposition to "mission", "Chile", "Ohio"), whatever
    the preposition; None for any other name."""
    body = name.head
    if name.dep_ != "appos" or body.dep_ != "pobj" or body.i > name.i or (
            body.head.dep_ != "prep"):
        return None
    office = body.head.head
    return office if is_role_word(office) and office.i < body.i else None


def _role_apposed_after(span: Span) -> bool:
    """"X Y, the chief executive, said": a name of two or three capitalised words with a
    definite office noun in apposition after it (a body is "the company", not "the chief
    executive")."""
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    for noun in (c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end):
        definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the"
                       for c in noun.children)
        if definite and _is_role_head(noun):
            return True
    return False


def _is_role_head(token: Token) -> bool:
    return token.pos_ == "NOUN" and (is_role_noun(token.text) or is_role_noun(token.lemma_))


def _apposed_to(span: Span) -> str | None:
    """The noun phrase the name stands in apposition to: "Ukraine's foreign minister, X";
    a plural one is each coordinated name's own, in the singular and without its count:
    "the two co-chairs, X and Y" makes each a "co-chair"."""
    root = span.root
    joined = root.dep_ == "conj"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the two co-chairs, X and Y": Y stands where X does
    head = root.head
    office = office_of_complement(root)
    if office is not None and not joined:
        # "the ambassador to Chile, X": the office with its complement, up to the name
        return _clean(list(span.doc[office.left_edge.i : root.head.right_edge.i + 1])[
            : span.start - office.left_edge.i])
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i > span.start or not is_role_word(head):
        return None
    if joined and head.tag_ != "NNS":
        return None  # "Finance Minister X and Y": the office is X's alone
    if head.tag_ == "NNS":
        kept = [t for t in span.doc[head.left_edge.i : head.i]
                if t.dep_ not in ("det", "predet", "nummod") and not t.like_num]
        words = _clean(kept) if kept else None
        return f"{words} {head.lemma_}" if words else head.lemma_
    tokens = [t for t in span.doc[head.left_edge.i : head.i + 1]]
    return _clean(tokens)


def _apposition(span: Span) -> str | None:
    """An apposition after the name: "X, a professor of Russian history at Y". A plural
    ("X and his fellow directors", parsed as one) names a group, never one person's role."""
    for child in span.root.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.tag_ != "NNS" and (
                child.i >= span.end) and is_role_word(child):
            tokens = [t for t in child.subtree if t.i >= span.end]
            return _clean(tokens)
    return None
