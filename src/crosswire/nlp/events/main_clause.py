"""How far a trigger sits from its sentence's main predicate, with the parse's misreadings
of the main clause mended: a reduced relative taken for the main verb ("journalists held
for months were released"), a headline without its auxiliary ("Three guards killed in
ambush") or with a "to" infinitive ("Ministry to hold talks"), a predicate hung inside its
subject's relative clause ("strikers who had held the mill for a week left")."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.doc_view import kept_per_doc
from crosswire.nlp.events.parse import CLAUSE_EDGE_COST, DEFAULT_EDGE_COST, has_to_marker


# Edges out of reporting and light verbs that lead to the reported event itself.
FREE_EDGES = frozenset({"ccomp", "xcomp", "dobj", "attr", "parataxis", "conj"})


def clause_cost(token: Token, *, skip: frozenset[int] = frozenset()) -> float:
    """Distance from the sentence's main predicate; complement edges out of ``skip`` are free.

    A reduced relative the parse took for the main verb ("journalists held for months were
    released", parsed with "were released" a complement of "held") is costed as what it is:
    the passive it governs is the main clause, and the relative a description of its subject.

    Kept per Doc: a sentence's triggers are costed to sort them, to sort complements and
    to rank events, each walking the same heads."""
    return kept_per_doc(token.doc, ("clause cost", token.i, skip), lambda: _clause_cost(token, skip))


def _clause_cost(token: Token, skip: frozenset[int]) -> float:
    cost = 0.0
    below: Token | None = None
    subject = predicate_of_relative_subject(token)
    if subject is not None:
        token = subject  # the verb is costed where its subject stands: it is that noun's predicate
    main = misread_main_clause(token)
    while True:
        if main is not None and (below is None or below.i != main.i):
            cost += CLAUSE_EDGE_COST["acl"] + CLAUSE_EDGE_COST["nsubj"]
        if token.head.i == token.i:
            return cost
        head_main = misread_main_clause(token.head)  # read once: the next step's ``main``
        rescued = (token.dep_ in ("ccomp", "conj") and head_main is not None and head_main.i == token.i
                   or verb_of_noun_root(token))
        if not rescued and (token.head.i not in skip or token.dep_ not in FREE_EDGES):
            cost += CLAUSE_EDGE_COST.get(token.dep_, DEFAULT_EDGE_COST)
        below, token, main = token, token.head, head_main


def verb_of_noun_root(token: Token) -> bool:
    """A verb after a sentence whose root the parse made its subject noun: the verb is the
    sentence's predicate, whether a headline leaves out the auxiliary ("Three guards killed
    in ambush", "Pelka to withdraw troops") or the parse took the main verb for a reduced
    relative ("Militiamen in the hills handed over nine officers")."""
    head = token.head
    if token.dep_ != "acl" or head.head.i != head.i or head.pos_ not in ("NOUN", "PROPN") \
            or token.i < head.i or any(c.dep_ == "acl" and c.i < token.i for c in head.children):
        return False
    if headline_future(token):
        return True
    return token.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in token.children)


def headline_future(verb: Token) -> bool:
    """A headline's "to" infinitive on its subject, with no finite verb: a scheduled act
    ("Government to hold talks", "Pelka to withdraw troops"), however the parse hangs it."""
    if not has_to_marker(verb) or verb.tag_ != "VB":
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head
    return verb.dep_ == "acl" and head.head.i == head.i and head.pos_ in ("NOUN", "PROPN") \
        and verb.i > head.i


def misread_main_clause(verb: Token) -> Token | None:
    """The clause a reduced relative was parsed as governing: a bare participle with a noun
    subject whose later complement, or conjunct with no "and" before it, has an auxiliary
    (or is a finite past verb) but no subject of its own ("[journalists] held for months
    [were released]"). Kept per Doc: every trigger's walk to the root asks it of the same
    heads."""
    return kept_per_doc(verb.doc, ("misread main clause", verb.i), lambda: _misread_clause_of(verb))


def _misread_clause_of(verb: Token) -> Token | None:
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    subject = None
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg"):
            return None
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
            subject = child
    if subject is None:
        return None
    for child in verb.children:
        # a finite past verb needs no auxiliary to be the predicate the subject lacks,
        # whether parsed as a complement or an adverbial clause, when no comma sets it off
        # as a clause of its own and the first verb takes no object, as a participle
        # describing a noun takes none: "[farmers] angered by the levy [blocked the
        # motorway]", not "paid compensation to the widows of miners [killed] in the blast"
        finite = child.dep_ in ("ccomp", "advcl") and child.tag_ == "VBD" and child.i > verb.i \
            and not any(t.is_punct for t in verb.doc[verb.i + 1 : child.i]) \
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        if finite or child.dep_ == "ccomp" and child.i > verb.i or child.dep_ == "conj" and not any(
                c.dep_ == "cc" and verb.i < c.i < child.i for c in verb.children):
            deps = {c.dep_ for c in child.children}
            if not (deps & {"aux", "auxpass"} or finite) or deps & {"nsubj", "nsubjpass", "expl", "mark"}:
                continue
            # a past tense with a subject is a main verb reporting a later clause ("Dell warned
            # that X would be arrested"); only a participle's passive "were freed" is misread,
            # or a verb joined to it with no "and" that has an auxiliary but no subject: no
            # coordination reads so ("[dockers] held at the camp [have gone]")
            if verb.tag_ == "VBN" or child.dep_ == "conj" or all(
                    c.lower_ in ("was", "were") for c in child.children if c.dep_ in ("aux", "auxpass")):
                return child
    return None


def predicate_of_relative_subject(verb: Token) -> Token | None:
    """The subject a verb is the predicate of where the parse hung it inside the subject's
    relative clause ("Protesters who had held the square for a week [left] on Sunday",
    with "left" a participle describing "week"): a verb with no subject, auxiliary or marker
    of its own, after the noun it is hung on, inside a relative clause whose noun has no
    predicate of its own (the sentence's root, or one of two subjects of one verb, "...
    [decamped], a local official said"). None for every other verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    clause = verb.head
    while clause.dep_ != "relcl":
        if clause.dep_ not in ("pobj", "prep", "dobj", "npadvmod") or clause.head.i == clause.i:
            return None
        clause = clause.head
    subject = clause.head
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.dep_ == "ROOT":
        return subject
    predicate = subject.head
    doubled = subject.dep_ == "nsubj" and predicate.i > verb.i and sum(
        c.dep_ == "nsubj" for c in predicate.children) > 1
    return subject if doubled else None
