"""Whether a reporting verb's plain object, or its clause, makes it an act or a report.

"The mayor added that ..." and '"...," she added' report speech; "the economy added
180,000 jobs" and "maintained the roads" do what their words say. The attribution lexicon
(``data/cue_verbs.jsonl``) already tells which verbs report through an object ("denied
any links", "announced a review"): a reporting cue outside those with an object and no
clause or quotation of its own is no statement. A verb that demands as well as reports
("insisted") reports where its clause tells a fact rather than what must be done.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.cues import load_lexicon

# What a report hangs on its verb: a clause ("added that ...", a quotation '"...," she added').
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
# What a verb is done to: its object, or a passive's subject ("jobs were added").
DONE_TO_DEPS = frozenset({"dobj", "nsubjpass"})
# Verb forms and auxiliaries of a clause that tells a fact, where a demand's clause has a
# bare verb ("insisted that the army withdraw", "that the results be published") or a modal
# of obligation ("should resign"): closed classes of English grammar.
INDICATIVE_TAGS = frozenset({"VBD", "VBZ"})
INDICATIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                    "can", "could", "may", "might", "does", "did", "'s", "'re", "'ve",
                                    "'d", "'ll", "wo", "ca"})
# Who is told, never what is told ("told reporters", "told Varn radio").
ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def acts_on_its_object(verb: Token) -> bool:
    """Whether a reporting verb the attribution lexicon lets report only a clause takes a
    plain object and reports nothing ("added 180,000 jobs", "noted a rise", "maintained the
    roads"), where a verb that also reports through an object ("announced a review",
    "stated its position") is still speech."""
    lexicon = load_lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.verbs or "dobj" in lexicon.complements.get(lemma, frozenset()):
        return False
    if any(child.dep_ in REPORTED_DEPS for child in verb.children):
        return False
    return any(child.dep_ in DONE_TO_DEPS and not _addressee(child, lexicon.recipients)
               for child in verb.children)


def states_a_fact(verb: Token) -> bool:
    """Whether a verb that demands or reports ("insisted") reports: its clause tells a fact
    ("insisted the move was lawful", "insisting it would serve out its term") and nothing
    is asked; "insisted that the army withdraw", "insisted on talks" demand."""
    if any(child.dep_ == "prep" and child.lower_ == "on" for child in verb.children):
        return False
    clauses = [child for child in verb.children if child.dep_ == "ccomp"]
    return any((_finite_form(clause) and not _auxiliaries(clause)
                or _auxiliaries(clause) & INDICATIVE_AUXILIARIES)
               and not any(_bare_verb(token) for token in clause.subtree) for clause in clauses)


def asks_another(verb: Token) -> bool:
    """Whether a wish is of someone else: a plain object ("wants a recount") or a clause with
    a subject of its own ("wants the minister to resign"), not a "to" act of its own subject
    ("the firm wants to expand")."""
    return any(child.dep_ in ("dobj", "dative") or child.dep_ in ("ccomp", "xcomp")
               and _has_subject(child) for child in verb.children)


def _has_subject(clause: Token) -> bool:
    """A clause with a subject of its own, or a "to" clause holding one ("wants to see the
    limit cut", "wants to make sure the vote is held")."""
    return any(g.dep_ in ("nsubj", "nsubjpass") or g.dep_ in ("ccomp", "xcomp") and _has_subject(g)
               for g in clause.children)


def _finite_form(verb: Token) -> bool:
    """A past or third-person form, which no demand's bare verb takes; a past that is also
    the bare form ("that the government cut subsidies") may be either."""
    return verb.tag_ in INDICATIVE_TAGS and not (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())


def _bare_verb(token: Token) -> bool:
    """A verb in its bare form with no auxiliary or "to" of its own: a demand's verb, wherever
    the parse hung it ("that the commission publish the results")."""
    return token.tag_ == "VB" and not _auxiliaries(token)


def _auxiliaries(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}


def _addressee(noun: Token, recipients: frozenset[str]) -> bool:
    """Someone who may be told, unless counted: "added 40,000 workers" is a quantity."""
    if any(child.dep_ == "nummod" for child in noun.children):
        return False
    return noun.pos_ == "PRON" or noun.ent_type_ in ADDRESSEE_ENTITIES \
        or noun.lemma_.lower() in recipients
