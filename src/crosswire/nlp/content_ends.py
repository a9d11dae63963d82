"""Where a statement's content ends when the parse hangs the speaker's next words on it.

The parse often hangs what the speaker did beside the report on the reported words: a
clause set off by a comma that holds a report of its own ("declared A, arguing B"), or a
verb joined by "and" in the cue's own form ("calling A unfair and promising B", "said A would
reopen and thanked B"). Both are told beside the content, so it ends before them.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from crosswire.nlp.candidates import Candidate, trim
from crosswire.nlp.doc_view import tokens_of
from crosswire.nlp.layout import Layout

# The forms of a cue whose next act the parse may join to its content with "and": a
# participle ("calling ... and vowing") and a past tense ("said ... and pushed").
JOINED_FORMS = frozenset({"VBG", "VBD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
AUXILIARIES = frozenset({"aux", "auxpass"})


def end_contents(candidates: list[Candidate], layout: Layout) -> None:
    """End each candidate's content before a report of its own set off by a comma and
    before the speaker's next verb joined by "and"."""
    _end_before_adjunct_reports(candidates, layout)
    for candidate in candidates:
        if candidate.cue_token is not None:
            _end_before_own_next_verb(candidate, layout)


def _end_before_adjunct_reports(candidates: list[Candidate], layout: Layout) -> None:
    """"X declared that A, arguing B", "X said A, as crews promised B": a clause set off by
    a comma that holds a report of its own is told beside the content, not in it, though
    the parse may hang it on the content's verb, so the content ends before that comma
    (a report the content's own verb makes, "said that Y told Z ...", is its content)."""
    cued = sorted((c for c in candidates if c.cue_token is not None), key=lambda c: c.cue_start)
    cue_starts = [c.cue_start for c in cued]
    for candidate in cued:
        # only the cues inside this content, found by bisection: a long article's every
        # pair of candidates is never walked
        first = bisect.bisect_right(cue_starts, max(candidate.start, candidate.cue_end))
        for other in cued[first:]:
            if other.cue_start >= candidate.end:
                break
            comma = _comma_before_adjunct(other.cue_token, candidate, layout)
            if comma is not None:
                candidate.end = min(candidate.end, trim(layout.text, candidate.start, comma.idx)[1])


def _comma_before_adjunct(cue: Token, content: Candidate, layout: Layout) -> Token | None:
    """The comma or dash setting off the adverbial or participle clause that holds ``cue``
    inside ``content``, walking up from the cue while the words stay in the content."""
    doc = cue.doc
    token = cue
    # a token's head is a new object on each read: the root is its own head by index
    while content.start <= token.idx < content.end and token.head.i != token.i:
        first = token.left_edge.i
        if token.dep_ in ("advcl", "acl") and first > 0 and (
                doc[first - 1].text in ",\u2014\u2013") and not layout.in_quote[first - 1] and (
                content.start < doc[first - 1].idx and content.cue_end <= doc[first - 1].idx):
            return doc[first - 1]
        token = token.head
    return None


def _end_before_own_next_verb(candidate: Candidate, layout: Layout) -> None:
    """"calling the fee unfair and promising to cut it", "said the pier would reopen and
    thanked the crews": a verb after "and" in the cue's own form, with no subject
    of its own, shares the cue's subject where the verb it is hung on in the content is of
    another form (no participle carried by "is", no past tense): it is the speaker's next
    act, and the content ends before the "and"."""
    cue = candidate.cue_token
    assert cue is not None
    if cue.tag_ not in JOINED_FORMS:
        return
    tokens = tokens_of(cue.doc)
    sentence = cue.sent
    for token in tokens[sentence.start : sentence.end]:
        if not max(candidate.start, candidate.cue_end) < token.idx < candidate.end:
            continue
        before = tokens[token.i - 1]
        if (token.dep_ == "conj" and token.tag_ == cue.tag_ and before.lower_ == "and"
                and not layout.in_quote[token.i] and candidate.start <= token.head.idx
                and not any(child.dep_ in SUBJECTS for child in token.children)
                and _of_another_form(token.head, token)):
            candidate.end = min(candidate.end, trim(layout.text, candidate.start, before.idx)[1])
            return


def _of_another_form(head: Token, verb: Token) -> bool:
    """Is ``head`` of another form than ``verb``, so the two are not one clause's verbs
    ("were cleaning and painting", "sank and left" are)?"""
    auxiliaries = [child for child in head.children if child.dep_ in AUXILIARIES]
    if verb.tag_ == "VBG":
        return not auxiliaries  # "were cleaning and painting": one progressive
    return head.tag_ not in ("VBD", "VBN") and not any(a.lemma_ == "have" for a in auxiliaries)
