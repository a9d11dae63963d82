"""Whether a reporting verb's plain object makes it an act rather than a report.

"The mayor added that ..." and '"...," she added' report speech; "the economy added
180,000 jobs" and "maintained the roads" do what their words say. The attribution lexicon
(``data/cue_verbs.jsonl``) already tells which verbs report through an object ("denied
any links", "announced a review"): a reporting cue outside those with an object and no
clause or quotation of its own is no statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.cues import load_lexicon

# What a report hangs on its verb: a clause ("added that ...", a quotation '"...," she added').
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
# What a verb is done to: its object, or a passive's subject ("jobs were added").
DONE_TO_DEPS = frozenset({"dobj", "nsubjpass"})
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


def _addressee(noun: Token, recipients: frozenset[str]) -> bool:
    """Someone who may be told, unless counted: "added 40,000 workers" is a quantity."""
    if any(child.dep_ == "nummod" for child in noun.children):
        return False
    return noun.pos_ == "PRON" or noun.ent_type_ in ADDRESSEE_ENTITIES \
        or noun.lemma_.lower() in recipients
