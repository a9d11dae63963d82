"""Attributions found in the dependency parse: a cue verb with its clause, "according to".

Each finder returns ``Candidate``s: content character range, cue token(s) and the
speaker's head token. Quote marks are handled later (``quote_attribution``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crosswire.nlp.cues import CueType, Lexicon
from crosswire.nlp.layout import Layout

TRIM_CHARACTERS = " \t\n,;:.\u2014\u2013-"
CLOSING_MARKS = "\"\u201d\u2019\u00bb'"
# Verbs that climb to their head's subject when they have none: "adding that",
# "X denied it, saying that", "X was quoted as saying".
SUBJECTLESS_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "ccomp", "dep"}


@dataclass
class Candidate:
    start: int
    end: int
    cue_start: int
    cue_end: int
    cue_type: CueType
    cue_token: Token | None
    speaker_head: Token | None
    speaker_span: Span | None = None
    origin: str = "clause"
    via_token: Token | None = None
    extra_quotes: list[tuple[int, int]] = field(default_factory=list)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and clause punctuation, keeping a closing quote mark."""
    while start < end and text[start] in TRIM_CHARACTERS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARACTERS:
        end -= 1
    return start, end


def verb_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """Cue verbs with a complement clause: "Kirby stressed that ...", "..., he said"."""
    candidates = []
    for token in doc:
        cue_type = lexicon.verbs.get(token.lemma_.lower())
        if cue_type is None or token.pos_ not in ("VERB", "AUX") or layout.in_quote[token.i]:
            continue
        if token.dep_ in ("amod", "compound") or token.is_title and not layout.sentence_start[token.i]:
            continue  # "telling insight", or a headline in title case
        speaker_head = subject_of(token)
        clause = _complement(token, cue_type, lexicon, has_speaker=speaker_head is not None)
        if clause is None:
            continue
        start, end = _within_paragraph(layout.text, token.idx, *clause)
        start, end = trim(layout.text, start, end)
        if end - start < 2:
            continue
        candidates.append(Candidate(
            start=start, end=end, cue_start=token.idx, cue_end=token.idx + len(token),
            cue_type=cue_type, cue_token=token, speaker_head=speaker_head,
            via_token=_quoting_outlet(token)))
    return candidates


def _complement(cue: Token, cue_type: CueType, lexicon: Lexicon, *,
                has_speaker: bool) -> tuple[int, int] | None:
    """Character range of what the cue reports, from the parse: a complement clause,
    an infinitive ("vowed to repeal"), an object for verbs that report through one
    ("denied any links"), or the clause the cue interrupts ("X, she said, is Y")."""
    # An object or infinitive reports something only with someone doing the reporting
    # ("a super PAC supporting X" and "isn't expected to attend" do not).
    extra = lexicon.complements.get(cue.lemma_.lower(), frozenset()) if has_speaker else ()
    for deps in ("ccomp", "xcomp", "dobj"):
        if deps != "ccomp" and deps not in extra:
            continue
        complements = [c for c in cue.children if c.dep_ == deps]
        if complements:
            clause = max(complements, key=lambda c: c.right_edge.i - c.left_edge.i)
            return _range(clause.left_edge, clause.right_edge)
    if cue_type != "speech":
        return None
    head = cue.head
    if cue.dep_ in ("parataxis", "ccomp", "advcl") and head.pos_ in ("VERB", "AUX") and (
            head.i < cue.i):
        left = cue.left_edge.i
        if cue.right_edge.i + 2 < head.right_edge.i:  # "X, she said, is Y": the whole
            return _range(head.left_edge, head.right_edge)
        if left > head.left_edge.i:  # "Talks are over, the minister said"
            return _range(head.left_edge, cue.doc[left - 1])
    return None


def _within_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """A clause never leaves the cue's paragraph (quotations extend it later)."""
    paragraph_start = text.rfind("\n", 0, anchor) + 1
    paragraph_end = text.find("\n", anchor)
    if paragraph_end == -1:
        paragraph_end = len(text)
    return max(start, paragraph_start), min(end, paragraph_end)


def _range(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last)


def subject_of(cue: Token) -> Token | None:
    """The head of the speaker: the subject, the passive agent, or a governing verb's."""
    token: Token | None = cue
    for _ in range(4):
        assert token is not None
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                    return token.head
                if child.dep_ == "nsubjpass" and token.lemma_ == "quote":
                    return child
                if child.dep_ == "nsubjpass":
                    continue
                return child
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        quoted = _quoted_object(token)
        if quoted is not None:
            return quoted
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head if token.tag_ == "VBG" else None  # "a statement saying"
        if token.dep_ not in SUBJECTLESS_DEPS and token.dep_ != "prep":
            return None
        token = token.head
    return None


def _quoted_object(token: Token) -> Token | None:
    """"AFP quoted adviser X as saying": the quoted person is the object of "quote"."""
    if token.lemma_ != "quote":
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


def _quoting_outlet(cue: Token) -> Token | None:
    """The subject of "quote" in "AFP quoted X as saying": the carrier."""
    token = cue
    for _ in range(3):
        if token.lemma_ == "quote":
            for child in token.children:
                if child.dep_ == "nsubj":
                    return child
            return None
        token = token.head
    return None


def according_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"..., according to X" and the other multi-word cue phrases."""
    candidates = []
    lower = layout.text.lower()
    for phrase, cue_type in lexicon.phrases.items():
        position = lower.find(phrase)
        while position != -1:
            candidate = _phrase_candidate(doc, position, len(phrase), cue_type, layout)
            if candidate is not None:
                candidates.append(candidate)
            position = lower.find(phrase, position + 1)
    return candidates


def _phrase_candidate(doc: Doc, position: int, length: int, cue_type: CueType,
                      layout: Layout) -> Candidate | None:
    cue = doc.char_span(position, position + length, alignment_mode="expand")
    if cue is None or layout.in_quote[cue.start]:
        return None
    objects = [t for t in cue[-1].children if t.dep_ == "pobj"]
    if not objects:
        following = [t for t in cue.doc[cue.end : cue.end + 6] if t.pos_ in ("NOUN", "PROPN")]
        if not following:
            return None
        objects = [following[0]]
    speaker_head = objects[0]
    sentence = layout.sentences[layout.sentence_of[cue.start]]
    phrase_end = max(speaker_head.right_edge.i + 1, cue.end)
    phrase_end_char = doc[phrase_end - 1].idx + len(doc[phrase_end - 1])
    before = trim(layout.text, sentence.start_char, cue.start_char)
    after = trim(layout.text, phrase_end_char, sentence.end_char)
    has_before, has_after = before[1] > before[0], after[1] > after[0]
    if has_before and has_after:  # "X, according to Y, is Z": both sides are the content
        start, end = before[0], after[1]
    else:
        start, end = before if has_before else after
    if end - start < 2:
        return None
    return Candidate(start=start, end=end, cue_start=cue.start_char, cue_end=cue.end_char,
                     cue_type=cue_type, cue_token=None, speaker_head=speaker_head,
                     origin="phrase")
