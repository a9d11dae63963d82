"""Who takes part in an event: the words naming a participant and its PLOVER code."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.knowledge import plover
from crosswire.nlp.doc_view import view_of


def phrase_of(token: Token) -> Span:
    """The words naming a participant: the noun with its modifiers, not its clauses."""
    doc = token.doc
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod"):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    right = token
    for child in token.rights:
        if child.dep_ in ("flat", "compound") or (child.dep_ == "appos" and child.ent_type_):
            right = max(right, child.right_edge, key=lambda t: t.i)
    return doc[left.i : right.i + 1]


# Pronouns that stand for an actor named elsewhere in the sentence.
ACTOR_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our"})
# Clauses inside a participant's subtree that describe something else.
DETACHED_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "appos"})


def antecedent(pronoun: Token) -> Token | None:
    """The named subject a pronoun most likely stands for: the nearest governing clause's
    subject that is not itself a pronoun ("Syria says it ...", "Serbs said their forces")."""
    head = pronoun
    while head.head.i != head.i:
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON" and child.i < pronoun.i:
                return child
    return None


def _scope_words(token: Token) -> list[Token]:
    """The participant's words without the clauses hanging off it."""
    detached: set[int] = set()
    subtree = list(token.subtree)
    for t in subtree:
        if t.dep_ in DETACHED_DEPS and t.i != token.i and t.i not in detached:
            detached.update(x.i for x in t.subtree)
    return [t for t in subtree if t.i not in detached]


def code_for(token: Token) -> str | None:
    """A PLOVER country or entity code for a participant, from the words around it; kept
    per Doc, as one participant takes part in several of a sentence's events."""
    memo = view_of(token.doc).memo
    key = ("plover code", token.i)
    if key not in memo:
        memo[key] = _code_for(token)
    return memo[key]


def _code_for(token: Token) -> str | None:
    codes = plover.entity_codes()
    longest = plover.max_entity_words()
    words = [t.text for t in _scope_words(token)]
    for size in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            text = " ".join(words[i : i + size]).lower()
            if text.endswith("'s"):
                text = text[:-2].strip()
            code = codes.get(text) or codes.get(text.replace("the ", "", 1))
            if code is None and size == 1 and text.endswith("s"):
                code = codes.get(text[:-1])  # "Nigerians"
            if code:
                return code
    return None
