"""Quotations the clause pass left unattributed: find their cue next to the marks.

Handles '"...," he said', 'X said: "..."' (also across a paragraph break after the
colon), split quotes ('"...," he said, "..."'), '"..." -Commissioner X', and
floating quotes that continue the previous speaker's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from crosswire.knowledge.firms import is_organisation_noun
from crosswire.nlp.candidates import Candidate
from crosswire.nlp.circumstances import DATE_ENTITIES
from crosswire.nlp.cue_frames import cue_lemma, is_label
from crosswire.nlp.cues import Lexicon
from crosswire.nlp.layout import Layout
from crosswire.nlp.mention_roles import is_role_word
from crosswire.nlp.quotes import QuoteSpan
from crosswire.nlp.speaker_heads import (
    quoting_outlet,
    subject_of,
    unattached_subject,
)

# A quote shorter than this with no closing punctuation inside is a scare quote or a
# title ("called it "bizarre""), not a statement of its own; calibrated on PolNeAR.
MIN_STANDALONE_WORDS = 4
# How many tokens to look at after a quote for "he said" (room for an apposition: "X,
# a former adviser to the minister, said") / before it for "X said:".
CUE_WINDOW_AFTER = 16
CUE_WINDOW_BEFORE = 14
# A quote at least this covered by an extracted statement belongs to that statement.
COVERED_FRACTION = 0.5
DASHES = "-\u2013\u2014"
TERMINAL_INSIDE = ".,?!;:\u2026"
# Marks after which a quotation opens a sentence of its own or is introduced ("X said:").
LEAD_IN_END = ".!?:\u2026"
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
# Words of a speaker's phrase between a quotation and its cue ("the 61-year-old said").
SPEAKER_PHRASE_POS = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"}
SPEAKER_PHRASE_TAGS = {"HYPH", "POS"}


def attribute_quotes(doc: Doc, *, quotes: list[QuoteSpan], candidates: list[Candidate],
                     lexicon: Lexicon, layout: Layout) -> None:
    """Extend or add ``candidates`` (sorted by start) so each real quote is attributed."""
    by_cue = {c.cue_token.i: c for c in candidates if c.cue_token is not None}
    for quote in quotes:
        if _covered(quote, candidates):
            continue
        if not _is_statement(layout.text, quote):
            # a short quotation is a statement only right after its cue ('said, "No."')
            cue = _cue_before(doc, quote, lexicon, layout, adjacent_only=True)
            if cue is not None and cue.i not in by_cue:
                candidate = _new(quote, cue, speaker_head=_speaker_for(cue, layout),
                                 origin="quote")
                by_cue[cue.i] = candidate
                candidates.append(candidate)
                candidates.sort(key=lambda c: c.start)
            continue
        cue = _cue_after(doc, quote, lexicon, layout) or _cue_before(
            doc, quote, lexicon, layout)
        if cue is not None:
            existing = by_cue.get(cue.i)
            if existing is not None:
                _join(existing, quote, layout.text)
                continue
            candidate = _new(quote, cue, speaker_head=_speaker_for(cue, layout), origin="quote")
            if cue.pos_ not in ("VERB", "AUX"):  # "the 61-year-old said" with "said" a noun
                candidate.speaker_span = doc[layout.first_token_at_or_after(quote.end) : cue.i]
                candidate.speaker_head = doc[cue.i - 1]
            by_cue[cue.i] = candidate
            candidates.append(candidate)
            candidates.sort(key=lambda c: c.start)
            continue
        dash = _dash_attribution(doc, quote, layout)
        if dash is not None:
            candidates.append(dash)
            candidates.sort(key=lambda c: c.start)
            continue
        _attach_floating(layout.text, quote, candidates, layout, lexicon)


def _join(candidate: Candidate, quote: QuoteSpan, text: str) -> None:
    """Add a quotation to its cue's statement: the other half of a split quote, or,
    when the parse gave the cue an unquoted clause on the far side, the quote instead."""
    quote_before_cue = quote.end <= candidate.cue_start
    content_before_cue = candidate.end <= candidate.cue_start
    unquoted = not any(mark in text[candidate.start : candidate.end] for mark in QUOTE_MARKS)
    if quote_before_cue != content_before_cue and unquoted and candidate.origin == "clause":
        candidate.start, candidate.end = quote.start, quote.end
        return
    candidate.start = min(candidate.start, quote.start)
    candidate.end = max(candidate.end, quote.end)


def _covered(quote: QuoteSpan, candidates: list[Candidate]) -> bool:
    length = quote.end - quote.start
    for candidate in candidates:
        overlap = min(candidate.end, quote.end) - max(candidate.start, quote.start)
        if overlap > 0 and overlap >= COVERED_FRACTION * length:
            return True
    return False


def _inner(text: str, quote: QuoteSpan) -> str:
    return text[quote.start : quote.end].strip(QUOTE_MARKS + " ")


def _is_statement(text: str, quote: QuoteSpan) -> bool:
    inner = _inner(text, quote)
    if len(inner.split()) >= MIN_STANDALONE_WORDS:
        return True
    return bool(inner) and inner[-1] in TERMINAL_INSIDE and len(inner.split()) > 1


def _cue_after(doc: Doc, quote: QuoteSpan, lexicon: Lexicon, layout: Layout) -> Token | None:
    """'"...," he said' / '"...," said X' / '"...," X told reporters'."""
    if _inner(layout.text, quote).endswith("."):
        return None  # a quote closed by a full stop is a sentence: a cue after it is the next one's
    first = layout.first_token_at_or_after(quote.end)
    for token in doc[first : first + CUE_WINDOW_AFTER]:
        if layout.in_quote[token.i] or "\n" in token.text:
            return None
        if lexicon.verbs.get(token.lemma_.lower()) == "speech" and token.pos_ == "VERB":
            return token
        if _mistagged_cue(token, first, lexicon):
            return token
        if layout.sentence_end[token.i] and token.i > first:
            return None
    return None


def _mistagged_cue(token: Token, first: int, lexicon: Lexicon) -> bool:
    """'"...," the 61-year-old said, standing ...': a speech verb's form the tagger read
    as a noun or adjective, right after the speaker's phrase that follows the quotation
    and before a comma or the sentence's end, is the cue."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.lemma_.lower() in lexicon.verbs or (
            not lexicon.is_speech(cue_lemma(token, lexicon))) or token.lower_.endswith("ing"):
        return False
    phrase = doc[first : token.i]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return len(phrase) > 0 and all(
        t.pos_ in SPEAKER_PHRASE_POS or t.tag_ in SPEAKER_PHRASE_TAGS for t in phrase) and (
        after is None or after.is_punct or after.is_space)


def _cue_before(doc: Doc, quote: QuoteSpan, lexicon: Lexicon, layout: Layout, *,
                adjacent_only: bool = False) -> Token | None:
    """'X said: "..."', 'X told AFP, "..."', and the colon before a paragraph break."""
    last = layout.first_token_at_or_after(quote.start) - 1
    position = quote.start
    while position > 0 and layout.text[position - 1].isspace():
        position -= 1
    lead = layout.text[position - 1 : position]  # the mark just before the quotation
    if adjacent_only and lead not in (":", ","):
        return None
    seen = 0
    for index in range(last, max(-1, last - CUE_WINDOW_BEFORE), -1):
        token = doc[index]
        if layout.in_quote[index]:
            return None
        if "\n" in token.text and lead != ":":
            return None
        if lexicon.is_speech(cue_lemma(token, lexicon)) and token.pos_ == "VERB":
            if is_label(token):
                return None  # 'What she's saying: "...," the mayor said': cued after it
            if adjacent_only:
                return token if seen <= 1 else None
            return token if lead in (":", ",") or seen <= 2 else None
        if layout.sentence_end[index] and index != last:
            return None
        if not token.is_space:
            seen += 1
    return None


def _speaker_for(cue: Token, layout: Layout) -> Token | None:
    head = subject_of(cue)
    if head is not None and layout.in_quote[head.i]:
        head = unattached_subject(cue)
    if head is not None:
        return head
    for token in cue.doc[cue.i + 1 : cue.i + 4]:  # '"...," said Marnie Howlett'
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.ent_type_ not in DATE_ENTITIES:
            return token.head if token.dep_ == "compound" else token
    return None


def _new(quote: QuoteSpan, cue: Token, *, speaker_head: Token | None, origin: str) -> Candidate:
    return Candidate(start=quote.start, end=quote.end, cue_start=cue.idx,
                     cue_end=cue.idx + len(cue), cue_type="speech", cue_token=cue,
                     speaker_head=speaker_head, origin=origin, via_hint=quoting_outlet(cue))


def _dash_attribution(doc: Doc, quote: QuoteSpan, layout: Layout) -> Candidate | None:
    """'"..." -Commissioner X' or '"..." — X, a lecturer'."""
    text = layout.text
    position = quote.end
    while position < len(text) and text[position] in " \t":
        position += 1
    if position >= len(text) or text[position] not in DASHES:
        return None
    first = layout.first_token_at_or_after(position + 1)
    names = []
    for token in doc[first : first + 8]:
        if token.pos_ != "PROPN" and not (token.text.istitle() and token.pos_ == "NOUN"):
            break
        names.append(token)
    if not names:
        return None
    return Candidate(start=quote.start, end=quote.end, cue_start=position, cue_end=position + 1,
                     cue_type="speech", cue_token=None, speaker_head=names[-1], origin="dash")


def _attach_floating(text: str, quote: QuoteSpan, candidates: list[Candidate],
                     layout: Layout, lexicon: Lexicon) -> None:
    """A quotation with no cue of its own goes on the previous speaker's quotation: in the
    same paragraph ('"A," X said. "B."') or the next one (a quote running on)."""
    before = text[: quote.start].rstrip()
    if before and before[-1] not in LEAD_IN_END and before[-1] not in QUOTE_MARKS:
        return  # a quotation inside a sentence of the narrator's (a title, a scare quote)
    previous = [c for c in candidates if c.end <= quote.start and c.speaker_head is not None
                and layout.paragraph(quote.start) - layout.paragraph(c.end) <= 2]
    if not previous:
        return
    last = max(previous, key=lambda c: c.end)
    if not _may_go_on(last.speaker_head, lexicon):
        return  # "protests demanding X's release ...\n"B."": no one whose words run on
    quoted = [c for c in previous if any(m in text[c.start : c.end] for m in QUOTE_MARKS)]
    if quoted:
        latest_quoted = max(quoted, key=lambda c: c.end)
        # a quotation runs on from a quotation, from reported words that close on the
        # speaker's own quoted words just before the cue ('A needs leaders "who listen,"
        # X said.\n"B."'), or from reported words in its own paragraph; a paragraph
        # opening with a quotation after the writer's account of what X said ('X said
        # the plan had "gone well" during the storm.\n"We will ..."') is X's next
        # statement, not more of the account
        quoting = text[latest_quoted.start] in QUOTE_MARKS or (
            latest_quoted.end <= latest_quoted.cue_start
            and text[: latest_quoted.end].rstrip()[-1:] in QUOTE_MARKS)
        runs_on = (quoting or layout.paragraph(quote.start)
                   == layout.paragraph(latest_quoted.end)) and not _narration_between(
            latest_quoted, quote, layout)
        if runs_on and (latest_quoted is last or last.speaker_head == latest_quoted.speaker_head or (
                last.start > latest_quoted.start and last.end <= latest_quoted.end)):
            latest_quoted.end = quote.end
            return
    starts_paragraph = not text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip()
    if starts_paragraph:
        candidates.append(Candidate(
            start=quote.start, end=quote.end, cue_start=last.cue_start, cue_end=last.cue_end,
            cue_type=last.cue_type, cue_token=last.cue_token, speaker_head=last.speaker_head,
            speaker_span=last.speaker_span, origin="floating"))
        candidates.sort(key=lambda c: c.start)


def _narration_between(earlier: Candidate, quote: QuoteSpan, layout: Layout) -> bool:
    """Does a sentence of the writer's own, neither the statement's nor its cue's, stand
    between a statement and a later quotation ('"A," X said.\nX toured the site.\n"B."')?
    Then the quotation is X's next statement, and the statement's words do not run on
    over the writer's sentence."""
    before = layout.first_token_at_or_after(quote.start) - 1
    if before < 0 or layout.in_quote[before]:
        return False
    own = {layout.sentence_of[layout.first_token_at_or_after(earlier.cue_start)],
           layout.sentence_of[max(0, layout.first_token_at_or_after(earlier.end) - 1)]}
    return layout.sentence_of[before] not in own


def _may_go_on(speaker: Token | None, lexicon: Lexicon) -> bool:
    """Can a quotation with no cue go on with this speaker: a name, a pronoun, a role, a
    body's noun ("the committee") or a source's noun ("officials"), not a thing read as
    demanding or showing something ("rallies demanding ...", "the figures show")?"""
    return speaker is not None and (
        speaker.pos_ in ("PROPN", "PRON") or is_role_word(speaker)
        or is_organisation_noun(speaker.lemma_)
        or speaker.lemma_.lower() in lexicon.source_nouns)
