"""Acts carried by what a plain reporting verb says, not by a cue verb of their own.

Wire copy tells a threat as often through "said", "told" or "stated" and a clause as
through "threatened": "X said its navy would sink any ship that ...", "X told Y there would
be consequences if ...". The clause's content is the act: harm the speaker holds out, to
come. Its harm is read from the outcomes of ``data/plover_threat_outcomes.jsonl``
("consequences", "pay a price", "would sink"), which name no act of their own, and from any
act of force the speaker's clause is to answer (a material conflict noun of the lexicon).
And an act named only in the condition a clause is held under ("if the offensive goes on",
"should the raids continue") is supposed, not done: it comes after the act it conditions
(``salience.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import plover
from crosswire.nlp.events.modality import WILLING_MODALS, clause_scope, is_condition, status_of
from crosswire.nlp.events.parse import Trigger, token_keys
from crosswire.nlp.inanimate import names_no_one

# Auxiliaries that open a condition by inversion, with no "if": "should the raids continue",
# "were the border to close", "had the talks failed".
INVERTING_AUX = frozenset({"should", "were", "had"})
# Determiners that make an act any one of its kind: what someone would answer, not an act done.
ANY_DETERMINERS = frozenset({"any", "every"})
# Clauses below the content's predicate that are no part of what it holds out: a condition,
# a relative clause describing a noun, a clause of its own reported inside it.
OUTSIDE_CONTENT_DEPS = frozenset({"advcl", "relcl", "ccomp", "parataxis", "acl"})


def condition_clause(verb: Token) -> bool:
    """Whether a verb heads a condition held over another clause: an adverbial clause opened
    by "if" or "unless", or a clause opened by an inverted auxiliary before its subject
    ("should the raids continue")."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    if is_condition(verb):
        return True
    children = list(verb.children)
    # an inverted clause is never what is said, though the parse may hang it as if it were
    # ("said the harvest would be lost [should the raids continue]")
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTING_AUX and c.i < subject.left_edge.i
        for c in children)


def supposed(anchor: Token) -> bool:
    """Whether the act lies inside a condition clause ("would strike back if [the offensive]
    went on"), read up to the first clause the act belongs to, or is any act of its kind
    ("would answer any incursion"): what the speaker supposes, not what anyone did."""
    if any_act_answered(anchor):
        return True
    for token in (anchor, *anchor.ancestors):
        if condition_clause(token):
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp", "conj", "aux", "auxpass"):
            return False
    return False


def any_act_answered(noun: Token) -> bool:
    """Whether a noun is any act of its kind that a verb told in the future or the
    conditional is to meet ("would answer any incursion", "will block every attempt"): not
    "had not made any proposal", which denies one, nor "any agreement would be cancelled"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") \
            or not any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.pos_ in ("VERB", "AUX") and _willed(verb) and status_of(verb) != "negated"


def threat_in_content(report: Token, by_anchor: dict[int, Trigger]) -> bool:
    """Whether what a reporting verb says is harm held out: its content clause tells, in the
    future or the conditional and not denied, a harmful outcome ("its navy would sink any
    ship", "there would be consequences if") or the speaker's answer to any act of force
    ("would answer any incursion"), and its
    subject, if any, is someone who can act (a storm that "would flatten crops" threatens
    no one)."""
    for content in report.children:
        if content.dep_ != "ccomp" or not _willed(content) or status_of(content) == "negated":
            continue
        subject = next((c for c in content.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and names_no_one(subject):
            continue
        tokens = _content_tokens(content)
        if any(_threat_of_its_own(token, by_anchor) for token in tokens):
            continue  # "would pay a heavy price", "would shell the port": the cue holds it out
        if any(_harm(token, by_anchor) for token in tokens):
            return True
    return False


def _willed(verb: Token) -> bool:
    """The clause is told with "will", "would" or "shall", on its verb or on the verb whose
    "to" complement it is ("would not hesitate to sink")."""
    return any(c.dep_ == "aux" and c.lower_ in WILLING_MODALS
               for head in clause_scope(verb) for c in head.children)


def _content_tokens(content: Token) -> list[Token]:
    """The tokens of a content clause, without its conditions, relative clauses and the
    clauses reported inside it."""
    found, stack = [], [content]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in OUTSIDE_CONTENT_DEPS)
    return found


def _threat_of_its_own(token: Token, by_anchor: dict[int, Trigger]) -> bool:
    """A cue of the content that codes the threat itself: a threat's own words, or a verb of
    material conflict, which told in the future is read as one (``reading.py``)."""
    trigger = by_anchor.get(token.i)
    return trigger is not None and (trigger.cue.event == "THREATEN" or (
        trigger.cue.pos == "VERB" and trigger.cue.event in plover.MATERIAL_CONFLICT_TYPES))


def _harm(token: Token, by_anchor: dict[int, Trigger]) -> bool:
    """A word of the content that holds out harm: a harmful outcome of the data file, or
    an object naming any act of force ("would answer any incursion")."""
    outcomes = plover.threat_outcomes()
    if any(_holds_out(token, outcomes[(key, token.pos_)]) for key in token_keys(token)
           if (key, token.pos_) in outcomes):
        return True
    trigger = by_anchor.get(token.i)
    if trigger is None or trigger.cue.pos != "NOUN" or trigger.cue.event not in plover.MATERIAL_CONFLICT_TYPES:
        return False
    return any_act_answered(token)


def _holds_out(token: Token, outcome: plover.ThreatOutcome) -> bool:
    """Whether an outcome word is used as harm done to someone: a verb with an object or a
    passive subject ("would sink any ship", "would be flattened"), not one that tells what
    befalls its subject ("the ferry would sink"), a word on one of its
    ``heads`` ("pay a price"), "be" only as "there would be" ("the shortages would be a
    consequence of the drought" holds nothing out)."""
    if outcome.pos == "VERB":
        # the parse reads "sink [any ship that ...]" as a clause whose subject is the object
        return any(c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "ccomp" and c.i > token.i and any(
            s.dep_ == "nsubj" and s.i > token.i for s in c.children) for c in token.children)
    head = token.head
    if head.lemma_ not in outcome.heads:
        return False
    return head.lemma_ != "be" or any(c.dep_ == "expl" for c in head.children)
