"""The modality of an event's clause: negated, future, hypothetical or asserted; what
someone "must" do; and the conditions ("if", "unless") it is held under.

Pure functions over spaCy tokens, read by the coder (``coding.py``, ``reading.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.knowledge import plover
from crosswire.knowledge.markers import condition_markers
from crosswire.nlp.doc_view import tokens_of, view_of
from crosswire.nlp.events.main_clause import headline_future
from crosswire.nlp.events.parse import CIRCUMSTANCE_PREPOSITIONS, has_to_marker, noun_events, token_keys

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should"})
# Modals of will, not ability: "would not negotiate" refuses, "could not agree" fails.
WILLING_MODALS = FUTURE_AUX | {"would"}
# Verbs whose negation asserts their complement: "will not hesitate to use force".
LITOTES_VERBS = frozenset({"hesitate"})
DEONTIC_AUX = frozenset({"must", "should", "ought"})
# Verbs whose "to" complement is an obligation ("has to agree", "needs to withdraw").
DEONTIC_VERBS = frozenset({"have", "need"})
NEGATED_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def is_deontic(anchor: Token) -> bool:
    """"X must withdraw", "X has to agree", "X needs to pull back": the clause states what
    someone is asked to do."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in anchor.children):
        return True
    if anchor.dep_ == "xcomp" and anchor.head.lemma_ in DEONTIC_VERBS and not not_yet_done(anchor):
        return True
    # the parse hangs "needed to pull back" as a purpose clause; "needed troops to guard"
    # needs something, which obliges no one
    head = anchor.head
    return anchor.dep_ == "advcl" and head.lemma_ == "need" and has_to_marker(anchor) \
        and not any(c.dep_ in ("dobj", "dative") for c in head.children)


def status_of(anchor: Token) -> str:
    """PLOVER auxiliary mode of the trigger's clause: negated, future, hypothetical or asserted."""
    scope = clause_scope(anchor)
    children = [c for t in scope for c in t.children]
    negations = [c for c in children
                 if c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")]
    # "no agreement was reached", "fired no shots": a "no" on the clause's subject or object
    # denies the act itself
    negations += [g for c in children if c.dep_ in NEGATED_ARGUMENT_DEPS
                  for g in c.children if g.dep_ == "det" and g.lower_ == "no"]
    if negations and not (len(scope) > 1 and scope[1].lemma_ in LITOTES_VERBS
                          and all(c.head.i == scope[1].i for c in negations)):
        return "negated"
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if _has_condition(children) and auxes & (HYPOTHETICAL_AUX | {"would"}):
        return "hypothetical"
    if auxes & FUTURE_AUX or "would" in auxes or _going_to(anchor):
        return "future"
    if auxes & HYPOTHETICAL_AUX:
        return "hypothetical"
    return "asserted"


# Verbs whose "yet to" clause has not happened so far ("has yet to respond", "is yet to
# pay"): not done, yet neither refused nor an obligation.
NOT_YET_VERBS = frozenset({"have", "be"})


def not_yet_done(anchor: Token) -> bool:
    """Whether the act is the "to" clause of "has yet to" or "is yet to": not done so far."""
    head = anchor.head
    return anchor.dep_ == "xcomp" and head.lemma_ in NOT_YET_VERBS and has_to_marker(anchor) \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


# Adverbs that, negated, end the act from now on ("will no longer insist", "no longer buys").
CESSATION_ADVERBS = frozenset({"longer"})


def ceased(anchor: Token) -> bool:
    """Whether the clause says its act stops ("will no longer sit on the panel", "no longer blocks
    the port"): neither done nor denied, but given up."""
    return any(c.dep_ == "advmod" and c.lower_ in CESSATION_ADVERBS
               and any(n.dep_ == "neg" or n.lower_ == "no" for n in c.children)
               for c in anchor.children)


# Subordinators that hold a clause under a condition of its own ("if the ban stays",
# "unless Congress acts").
CONDITION_SUBORDINATORS = frozenset({"if", "unless"})


def is_conditional(anchor: Token) -> bool:
    """Whether the clause is held under an "if" or "unless" clause of its own."""
    return _has_condition([c for t in clause_scope(anchor) for c in t.children])


# Arguments whose act is told by the verb they hang on ("if [rockets] were fired").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def is_condition(anchor: Token) -> bool:
    """Whether the act is itself what an "if" or "unless" clause supposes ("would retaliate if
    rockets were fired"): supposed, not done. A noun is read by the verb it is the subject or
    object of."""
    clause = anchor.head if anchor.dep_ in ARGUMENT_DEPS and anchor.head.pos_ in ("VERB", "AUX") else anchor
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_SUBORDINATORS
                                          for c in clause.children)


def clause_scope(anchor: Token) -> list[Token]:
    """The verbs whose dependents mark the trigger's clause: the trigger, and the verb an
    "xcomp" trigger completes ("refused to sign": "refused" carries the "not", the "if")."""
    return [anchor, anchor.head] if anchor.dep_ == "xcomp" and anchor.head.i != anchor.i else [anchor]


def _has_condition(children: list[Token]) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ in CONDITION_SUBORDINATORS for m in c.children)
               for c in children)


# Words that put their "to" clause in a scheduled future: "is going to", "are due to meet",
# "is set to sign", "is scheduled to visit"; the copula alone does too ("is to provide").
FUTURE_FRAMES = frozenset({"going", "due", "set", "scheduled", "poised"})
COPULAS = frozenset({"is", "are", "am", "was", "were", "'s", "'re"})


def _going_to(anchor: Token) -> bool:
    if headline_future(anchor):
        return True
    head = anchor.head
    if anchor.dep_ == "xcomp" and head.lower_ in COPULAS and has_to_marker(anchor) \
            and not not_yet_done(anchor):
        # not a copula with a predicate of its own ("it is strange to receive"), nor one
        # "yet to" act ("is yet to pay": pending, not scheduled)
        return not any(c.dep_ in ("acomp", "attr", "expl") or c.lower_ == "it" for c in head.children)
    # the copula governs the frame word ("are due": "due" its complement) or hangs below it
    return (anchor.dep_ == "xcomp" and head.lower_ in FUTURE_FRAMES
            and any(c.lower_ in COPULAS for c in (*head.children, head.head)))


def conditions_of(anchor: Token, *, text: str | None = None) -> list[tuple[str, Span]]:
    """Conditional clauses attached to the trigger or the verbs governing it.

    ``text`` is the Doc's text when the caller has it: slicing it is what ``Span.text``
    would build token by token, for every clause of every trigger.
    """
    found: list[tuple[str, Span]] = []
    markers = condition_markers()
    doc = anchor.doc
    if text is None:
        text = doc.text
    # the clause's characters from the token list: a Span (and each doc[i]) made for every
    # clause of every trigger only to read its text cost more than the test below
    tokens, starts = tokens_of(doc), view_of(doc).starts
    head = anchor
    for _ in range(3):
        for child in head.children:
            if child.dep_ not in ("advcl", "prep", "advmod", "ccomp"):
                continue
            left, last = child.left_edge.i, child.right_edge
            before = text[starts[max(left - 2, 0)] : starts[left - 1] + len(tokens[left - 1])].lower() \
                if left > 0 else ""
            lowered = text[starts[left] : last.idx + len(last)].lower()
            joined = (before + " " + lowered).strip()
            if not (lowered.startswith(markers) or joined.startswith(markers)):
                continue  # no marker opens it: one test for all of them
            for marker in markers:
                if lowered.startswith(marker) or joined.startswith(marker):
                    found.append((marker, doc[left : last.i + 1]))
                    break
        if head.head.i == head.i or head.dep_ not in ("xcomp", "ccomp", "conj"):
            break
        head = head.head
    return found


# How a word governs the act it undoes or weighs: a verb its object, its passive subject
# ("the order was cancelled") or its complement ("halted buying gas", "weighing whether to
# expel"); a noun its "of" phrase ("the cancellation of the contract").
GOVERNED_VERB_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp"})
GOVERNOR_DEPTH = 6


def undone(anchor: Token) -> bool:
    """Whether the act lies inside what an undoing word cancels ("scrapped the purchase of
    jets", "the suspension of talks on trade"), or is what something went without: it does
    not take place.

    A "for X to" clause right after the undone phrase belongs to it ("the cancellation of
    contracts for Norland to build ships"), though the parse often hangs it on the verb."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "without":
        return True  # "broke up without a deal": no deal was made
    return _governed(anchor, "undone") or _clause_after_undone(anchor)


def weighed(anchor: Token) -> bool:
    """Whether the act is what someone is considering ("is weighing sanctions", "mulled
    whether to expel"): held open, not done."""
    return _governed(anchor, "weighed")


def refused(predicate: Token) -> bool:
    """Whether the act is the "to" clause of a refusal ("refused to free the crew", "its
    refusal to hand back the boats", "declined to release them"): refused, so not done.
    What a refusal takes as its object is another's act that did happen ("rejected the
    accusations", "refused the request"), so only its clause counts."""
    clause = _first_conjunct(predicate)  # "refused to free the crew or return the boats"
    if not has_to_marker(clause):
        return False
    head, keys = clause.head, token_keys(clause.head)
    if clause.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        return not _governor_words("refused", "VERB").isdisjoint(keys)
    return clause.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") \
        and not _governor_words("refused", "NOUN").isdisjoint(keys)


def undoes(verb: Token) -> bool:
    """Whether the verb is one that cancels the act it takes ("suspended", "scrapped")."""
    return not _governor_words("undone", "VERB").isdisjoint(token_keys(verb))


# Who asked a speaker is the reporter when the asking clause names none ("Asked about the
# sanctions, the minister said"); a clause with its own subject is someone's request.
QUESTION_CLAUSE_DEPS = frozenset({"advcl"})


def questioned(anchor: Token) -> bool:
    """Whether the cue is, or lies in, a question put to the speaker: an asking verb's
    participle clause with no subject of its own ("Asked about the sanctions, ...", "When
    pressed on whether talks would resume, ..."). Neither the asking nor what it is about is
    anyone's act: the speaker's answer is the news."""
    verbs = _governor_words("questioned", "VERB")
    for depth, token in enumerate((anchor, *anchor.ancestors)):
        if depth > GOVERNOR_DEPTH:
            return False
        if token.tag_ == "VBN" and token.dep_ in QUESTION_CLAUSE_DEPS and verbs.intersection(token_keys(token)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children):
            return True
    return False


def _governed(anchor: Token, effect: str) -> bool:
    verbs, nouns = _governor_words(effect, "VERB"), _governor_words(effect, "NOUN")
    child = anchor
    for depth, head in enumerate(anchor.ancestors):
        if depth == GOVERNOR_DEPTH or child.dep_ == "relcl":
            # a relative clause describes its noun: "abandoning a bid to join the bloc, which
            # the neighbour has long opposed" abandons no opposition
            return False
        if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            # what sets the act in time, place or cause stays as it was: "failed to take the
            # bridge after days of fighting" fought, "shelved the bill amid protests" was protested
            return False
        keys = token_keys(head)
        if head.pos_ in ("VERB", "AUX") and verbs.intersection(keys):
            if child.dep_ in GOVERNED_VERB_DEPS:
                return True
        elif head.pos_ in ("NOUN", "PROPN") and nouns.intersection(keys):
            if child.dep_ == "prep" and child.lower_ == "of":
                return True
        child = head
    return False


def _governor_words(effect: str, pos: str) -> frozenset[str]:
    return plover.act_governors().get((effect, pos), frozenset())


def _first_conjunct(token: Token) -> Token:
    """The first of the list ("A and B") ``token`` is a later item of; itself if none."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _clause_after_undone(anchor: Token) -> bool:
    """A "to" clause (the anchor, or the clause it is a conjunct of) that starts right where
    an undone phrase ends and that the parse hung on a verb above the undoing word; hung on
    the undoing verb itself it is that verb's purpose ("suspended the law to allow ...")."""
    clause = _first_conjunct(anchor)
    if clause.dep_ not in ("advcl", "xcomp") or not has_to_marker(clause):
        return False
    if _governor_words("undone", "VERB").intersection(token_keys(clause.head)):
        return False
    before = clause.left_edge.i - 1
    if before < clause.sent.start:
        return False
    previous = clause.doc[before]
    return previous.pos_ in ("NOUN", "PROPN") and undone(previous)


def unreached_agreement(tokens: tuple[Token, ...], predicate: Token, event: str | None) -> bool:
    """An agreement noun a verb did not reach, with no will against it ("could not strike a
    deal", "did not reach an agreement"): no side made it and none refused it (the manual's
    REJECT is a refusal, as "will not make a deal" is)."""
    if event != "AGREE" or any(c.dep_ == "aux" and c.lower_ in WILLING_MODALS for c in predicate.children):
        return False
    return any(t.i != predicate.i and "AGREE" in noun_events(t) for t in tokens)
