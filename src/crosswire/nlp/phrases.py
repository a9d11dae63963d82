"""Attributions cued by a phrase rather than a verb: "according to X" and the other
multi-word cues, and a source framing a clause ("In a new poll, 48 percent ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crosswire.nlp.candidates import Candidate, trim, within_paragraph
from crosswire.nlp.cue_frames import cue_lemma
from crosswire.nlp.cues import CueType, Lexicon
from crosswire.nlp.doc_view import view_of
from crosswire.nlp.layout import Layout

# "..., according to a spokeswoman for the dairy, Marta Kowal.": a name of at most this many
# words after the phrase is the speaker's.
MAX_SET_OFF_NAME_WORDS = 4
# "That's according to the survey": a demonstrative subject standing for what was just told
DEMONSTRATIVES = {"that", "this", "these", "those"}


def according_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"..., according to X" and the other multi-word cue phrases."""
    candidates = []
    # a no-break space inside the phrase ("according\xa0to") is still a space; same offsets
    lower = layout.text.lower().replace("\u00a0", " ")
    for phrase, cue_type in lexicon.phrases.items():
        position = lower.find(phrase)
        while position != -1:
            candidate = _phrase_candidate(doc, position, len(phrase), cue_type, layout)
            if candidate is not None:
                candidates.append(candidate)
            position = lower.find(phrase, position + 1)
    return candidates


def frame_candidates(doc: Doc, *, lexicon: Lexicon, layout: Layout) -> list[Candidate]:
    """"In a poll released Monday, 50 percent chose X", "in his words, ...": a source
    framing the clause it modifies (not "said in a statement": the verb is the cue)."""
    candidates = []
    for i, dep in enumerate(view_of(doc).deps):
        if dep != "prep":
            continue
        token = layout.tokens[i]
        if token.lower_ != "in" or layout.in_quote[token.i]:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        cue_type = lexicon.frames.get(objects[0].lemma_.lower()) if objects else None
        head = token.head
        if cue_type is None or head.pos_ not in ("VERB", "AUX") or any(
                cue_lemma(verb, lexicon) in lexicon.verbs for verb in [head, *head.ancestors]):
            continue  # "In an interview, X said ...": the verb is the cue
        if token.i > head.i and not (token.i > 0 and doc[token.i - 1].text == ","):
            continue  # "trailing in third place in polls": a place in the clause, not a frame
        owners = [c for c in objects[0].children if c.dep_ == "poss"]
        if cue_type == "speech" and not owners:
            continue  # "X shot back in a statement": X's act, told through a medium
        candidate = _phrase_candidate(doc, token.idx, len(token), cue_type, layout)
        if candidate is not None:
            candidate.origin = "frame"
            if owners:  # "in his words": the owner speaks
                candidate.speaker_head = owners[0]
            candidates.append(candidate)
    return candidates


def _points_back(words: Span) -> bool:
    """"That's", "This is", "Those were": words before a cue phrase that are only a
    demonstrative and a form of "be" say nothing but point to what came before."""
    words = [t for t in words if not (t.is_punct or t.is_space)]
    return len(words) >= 2 and words[0].lower_ in DEMONSTRATIVES and all(
        t.lemma_ == "be" for t in words[1:])


def _name_set_off_after(doc: Doc, start: int, sentence_end: int) -> Token | None:
    """The last word of a name that alone ends the sentence after a comma at ``start``."""
    if start >= sentence_end or doc[start].text != ",":
        return None
    words = [t for t in doc[start + 1 : sentence_end] if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_SET_OFF_NAME_WORDS or any(t.pos_ != "PROPN" for t in words):
        return None
    return words[-1]


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
    name = _name_set_off_after(doc, phrase_end, sentence.end)
    if name is not None:
        # "according to a spokeswoman for the dairy, Marta Kowal": the name the parse hung
        # on the main verb is the speaker's, not more of what was said
        speaker_head, phrase_end = name, name.i + 1
    if speaker_head.morph.get("PronType") == ["Art"]:
        speaker_head = None  # "according to the..." cut short: the text never names the source
    phrase_end_char = doc[phrase_end - 1].idx + len(doc[phrase_end - 1])
    sentence_start, sentence_end = within_paragraph(layout.text, cue.start_char,
                                                     sentence.start_char, sentence.end_char)
    before = trim(layout.text, sentence_start, cue.start_char)
    if _points_back(doc[sentence.start : cue.start]):
        # "That's according to the survey ...": what was said is the sentence before
        sentence_index = layout.sentence_of[cue.start]
        if sentence_index == 0:
            return None
        previous = layout.sentences[sentence_index - 1]
        before = trim(layout.text, *within_paragraph(layout.text, cue.start_char,
                                                     previous.start_char, previous.end_char))
        if before[1] - before[0] < 2:
            return None
        return Candidate(start=before[0], end=before[1], cue_start=cue.start_char,
                         cue_end=cue.end_char, cue_type=cue_type, cue_token=None,
                         speaker_head=speaker_head, origin="phrase", governor=cue[0].head)
    after = trim(layout.text, phrase_end_char, max(phrase_end_char, sentence_end))
    has_before = before[1] > before[0]
    # "..., according to officials there": words after the source with no verb of their
    # own are the source's; only a clause ("X, according to Y, is Z") goes on the content
    has_after = after[1] > after[0] and (not has_before or any(
        t.pos_ in ("VERB", "AUX") for t in doc[phrase_end : sentence.end]))
    if has_before and has_after:  # "X, according to Y, is Z": both sides are the content
        start, end = before[0], after[1]
    else:
        start, end = before if has_before else after
    if end - start < 2:
        return None
    return Candidate(start=start, end=end, cue_start=cue.start_char, cue_end=cue.end_char,
                     cue_type=cue_type, cue_token=None, speaker_head=speaker_head,
                     origin="phrase", governor=cue[0].head)
