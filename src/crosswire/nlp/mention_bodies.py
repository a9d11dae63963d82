"""Bodies that speak under a common noun: "the state transport ministry said", "the
prosecutor's office said".

News often names a public body only by what it does, in lowercase, and never by a proper
name. Such a phrase as the subject of a reporting verb is an organisation mention, so the
body speaks as itself and a later "the ministry said" goes on with it. Only a definite,
singular body noun (``data/organisation_nouns.jsonl``) that a common noun specifies
("transport", "prosecutor's") counts, never a firm's ("the news network", "the mining
company" describe a firm the text names): "the company" or "the group" alone stands for a body
named elsewhere, and one whose words an organisation already named holds ("the water
authority" after "the Merriton Valley Water Authority") is that organisation again.
A bare "the association said" goes back to the body the article introduced only by such a
lowercase description, "the city council" or, with "a", "a regional association of ferry
owners": that description is the organisation (``_described_before``).

A name compounded into such a noun phrase ("the Kestrel news agency", "the Norvik
company") is that body's name, whatever the tagger made of it (``names_its_body``), and a
name owning the subject of what "the drugmaker said" is that firm ("Norvex's vaccine is safe,
the drugmaker said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge.firms import is_firm_noun, is_organisation_noun, is_wide_body_noun
from crosswire.knowledge.places import fold
from crosswire.models import ActorKind
from crosswire.nlp.doc_view import text_of, view_of
from crosswire.nlp.mention_kinds import person_bodies, person_context, speech_lemmas

# What may specify a body's noun: a noun ("transport ministry"), a noun's possessive
# ("prosecutor's office") or an adjective beside such a noun ("regional water authority").
_SPECIFYING_DEPS = frozenset({"compound", "poss"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod"})
_NOUNS = ("NOUN", "PROPN")
# How far back "the association said" looks for the body it was introduced as.
DESCRIBED_LOOKBACK_TOKENS = 120


def speaking_bodies(
    doc: Doc, found: list[tuple[int, int, ActorKind, str | None]]
) -> list[tuple[int, int, ActorKind, str | None]]:
    """``found`` with each body named by its office in lowercase that is the subject of a
    reporting verb added as an organisation ("state transport ministry"), the name the
    tagger missed in such a phrase ("Kestrel" of "the Kestrel news agency said"), and the
    firm whose thing the words of "the company said" are about ("Norvex's vaccine")."""
    verbs = speech_lemmas()
    view = view_of(doc)
    text = text_of(doc)  # ``doc.text`` joins every token on each access
    added: list[tuple[int, int, ActorKind, str | None]] = []
    for i, part in enumerate(view.pos):
        if part not in ("VERB", "AUX") or view.tokens[i].lemma_.lower() not in verbs:
            continue
        for subject in (c for c in view.tokens[i].children if c.dep_ == "nsubj"):
            firm = _firm_in_its_report(view.tokens[i], subject)
            if firm is not None and not any(
                    s < firm.end_char and firm.start_char < e for s, e, _, _ in found + added):
                # the firm's noun as its role, as "Drugmaker X" would give it: the run
                # then knows the name for a firm's wherever the tagger reads a person
                added.append((firm.start_char, firm.end_char, "organisation", subject.lemma_.lower()))
            span = _body_phrase(subject) or _name_on_body(subject) or _described_before(subject)
            if span is None:
                continue
            begin, end = span.start_char, span.end_char
            if any(s < end and begin < e for s, e, _, _ in found + added):
                continue  # a name the tagger found, or a country's body ("the Norwegian ...")
            words = set(fold(span.text).split())
            if any(kind == "organisation" and words <= set(fold(text[s:e]).split())
                   for s, e, kind, _ in found):
                continue  # "the water authority": the "X Water Authority" named elsewhere
            added.append((begin, end, "organisation", None))
    return found + added


def _body_phrase(head: Token) -> Span | None:
    """"the state transport ministry" -> "state transport ministry": a definite singular
    body noun in lowercase, specified by a lowercase noun; None for anything else. (The
    tagger often calls such lowercase nouns proper ones: the case decides.)"""
    if (head.pos_ not in _NOUNS or head.tag_ not in ("NN", "NNP") or not head.is_lower
            or not is_organisation_noun(head.lemma_) or head.left_edge.lower_ != "the"):
        return None  # "a ministry", "its office", "this agency": no one body by itself
    if is_firm_noun(head.lemma_):
        return None  # "the news network", "the mining company": the firm named elsewhere
    modifiers = [t for t in head.lefts if t.dep_ in _MODIFIER_DEPS]
    if not any(t.dep_ in _SPECIFYING_DEPS and t.pos_ in _NOUNS for t in modifiers):
        return None
    span = head.doc[head.left_edge.i + 1 : head.i + 1]
    if any(not t.is_lower and t.is_alpha or t.pos_ in ("DET", "PRON", "NUM") for t in span):
        return None  # a proper name or a person's possessive: not a body's common noun
    return span


def _described_before(head: Token) -> Span | None:
    """"a regional association of ferry owners wrote ... the association said" -> "a
    regional association of ferry owners": the body a bare "the <body noun>" that speaks
    goes back to, where the article introduced it only by a description in lowercase,
    indefinite with words that single it out ("regional", "of ferry owners") or definite
    with a noun that specifies it ("the city council"). The nearest earlier use of the noun
    that is more than "the" and the noun decides; a firm's or a wide noun ("the company", "the group") stands for a body named
    elsewhere, and a description no word singles out ("a ministry") is no one body."""
    word = head.lemma_.lower()
    if (head.pos_ != "NOUN" or head.tag_ != "NN" or not head.is_lower
            or not is_organisation_noun(word) or is_firm_noun(word) or is_wide_body_noun(word)
            or [c.lower_ for c in head.lefts] != ["the"]):
        return None
    for token in reversed(head.doc[max(0, head.i - DESCRIBED_LOOKBACK_TOKENS) : head.i]):
        if token.lemma_.lower() != word or token.pos_ not in _NOUNS:
            continue
        if not token.is_lower or token.tag_ not in ("NN", "NNP"):
            return None  # "the National Ferry Association": a name, found or not; a plural
        if [c.lower_ for c in token.lefts] == ["the"]:
            continue  # "rejected the association's request": a bare use, like the one resolved
        return _body_phrase(token) or _introduced(token)
    return None


def _introduced(head: Token) -> Span | None:
    """"a regional association of ferry owners": an indefinite body's noun in lowercase,
    with an adjective or noun before it or an "of" phrase after it, up to that phrase's noun;
    kept with its "a", for the words only describe a body the article does not name."""
    if head.left_edge.lower_ not in ("a", "an"):
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if whole is None and not any(t.dep_ in _MODIFIER_DEPS for t in head.lefts):
        return None
    span = head.doc[head.left_edge.i : (head.i if whole is None else whole.i) + 1]
    if any(t.is_alpha and not t.is_lower or t.pos_ in ("PRON", "NUM") for t in span[1:]):
        return None  # a proper name or a count: not one body's common description
    return span


def _firm_in_its_report(verb: Token, subject: Token) -> Span | None:
    """"Norvex's flu vaccine is safe, the drugmaker said": the capitalised name owning the
    subject of the words "the <firm's noun>" reports is that firm, which the tagger often
    leaves out or reads as a person there (``data/organisation_nouns.jsonl``, ``firm``)."""
    if subject.pos_ != "NOUN" or not is_firm_noun(subject.lemma_) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for said_of in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            owner = next((c for c in said_of.children if c.dep_ == "poss"), None)
            if owner is None or owner.pos_ not in _NOUNS or not owner.is_title:
                continue
            start = owner.i
            while start > owner.left_edge.i and owner.doc[start - 1].is_title and (
                    owner.doc[start - 1].dep_ == "compound"):
                start -= 1
            return owner.doc[start : owner.i + 1]
    return None


def _name_on_body(head: Token) -> Span | None:
    """"the state-run Kestrel news agency" -> "Kestrel": the capitalised words compounded
    into a definite body's noun phrase, through lowercase nouns only; None for anything
    else ("the Marlow campaign" is a person's)."""
    word = head.lemma_.lower()
    if (head.pos_ != "NOUN" or not head.is_lower or head.left_edge.lower_ != "the"
            or not is_organisation_noun(word) or word in person_context() | person_bodies()):
        return None
    end = head.i
    while end > head.left_edge.i and head.doc[end - 1].is_lower and head.doc[end - 1].pos_ == "NOUN":
        end -= 1  # "news" of "news agency"
    start = end
    while start > head.left_edge.i + 1 and head.doc[start - 1].pos_ == "PROPN" and (
            head.doc[start - 1].is_title):
        start -= 1
    if start == end or any(t.is_alpha and not t.is_lower for t in head.doc[head.left_edge.i + 1 : start]):
        return None
    return head.doc[start:end]


def names_its_body(span: Span) -> bool:
    """Does the name only modify a body's common noun after it, through lowercase nouns
    ("the Kestrel news agency", "the Norvik mining company")? Then it names that body, not
    a person. A noun that follows people's names too ("the Marlow administration", "the
    Marlow campaign") says nothing of the kind."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod") or noun.i < span.end or noun.pos_ != "NOUN":
        return False
    between = span.doc[span.end : noun.i + 1]
    if any(not t.is_lower or t.pos_ != "NOUN" for t in between):
        return False
    word = noun.lemma_.lower()
    return is_organisation_noun(word) and word not in person_context() | person_bodies()
