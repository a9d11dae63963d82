"""Where a statement's content ends when the parse hangs the speaker's next words on it.

The parse often hangs what the speaker did beside the report on the reported words: a
clause set off by a comma that holds a report of its own ("declared A, arguing B") is told
beside the content, so it ends before it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from crosswire.nlp.candidates import Candidate, trim
from crosswire.nlp.layout import Layout


def end_contents(candidates: list[Candidate], layout: Layout) -> None:
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
