"""Statements: direct, indirect and mixed quotations with cue, speaker and source.

Rule-based, on the dependency parse and quotation-mark spans (after the Gender Gap
Tracker's approach): cue verbs with their complement clause and "according to"
phrases first (``clauses``), cue nouns and "Name:" headlines (``nominal_cues``),
then every remaining quotation is tied to the cue next to it or to the previous
speaker (``quote_attribution``); speakers resolve to named mentions (``speakers``)
and the cue's circumstances give via, addressee and date (``circumstances``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Span

from crosswire.knowledge.outlets import load_registry
from crosswire.knowledge.text import NEGATIVE_PRONOUNS, straight_apostrophes
from crosswire.models import Article, Mention, Resolution, Statement, StatementKind, TextSpan
from crosswire.nlp.circumstances import read_circumstances, resolve_date
from crosswire.nlp.candidates import Candidate, trim
from crosswire.nlp.clauses import verb_candidates
from crosswire.nlp.content_ends import end_contents
from crosswire.nlp.cues import CueType, Lexicon, load_lexicon
from crosswire.nlp.doc_view import text_of
from crosswire.nlp.inanimate import names_no_one
from crosswire.nlp.layout import Layout
from crosswire.nlp.nominal_cues import (
    ANSWER_MARKER,
    adjective_candidates,
    colon_candidates,
    noun_candidates,
)
from crosswire.nlp.phrases import according_candidates, frame_candidates
from crosswire.nlp.quote_attribution import attribute_quotes
from crosswire.nlp.quotes import QuoteSpan, find_quote_spans, quote_span_at
from crosswire.nlp.speakers import SpeakerResolver, speaker_phrase, with_its_whole

# A floating quote's speaker is the previous speaker's, at this share of its confidence.
FLOATING_CONFIDENCE_FACTOR = 0.7
# Two candidates whose contents overlap this much report the same words: keep one.
DUPLICATE_OVERLAP = 0.8
SENTENCE_BREAKS = ".!?:;-\u2013\u2014"


def find_statements(doc: Doc, *, article: Article, mentions: list[Mention]) -> list[Statement]:
    """Every attributed statement of ``doc`` (the parse of ``article.text``), in text order."""
    text = text_of(doc)
    if not text.strip():
        return []
    lexicon = load_lexicon()
    quotes = find_quote_spans(text)
    layout = Layout.of(doc, quotes=quotes)
    candidates = verb_candidates(doc, lexicon=lexicon, layout=layout)
    candidates += according_candidates(doc, lexicon=lexicon, layout=layout)
    # a frame ("In a new poll, ...") gives way to any cue inside the clause it frames
    candidates += [frame for frame in frame_candidates(doc, lexicon=lexicon, layout=layout)
                   if not any(frame.start <= c.cue_start < frame.end for c in candidates)]
    candidates += colon_candidates(doc, lexicon=lexicon, layout=layout)
    candidates += noun_candidates(doc, lexicon=lexicon, layout=layout)
    candidates += adjective_candidates(doc, lexicon=lexicon, layout=layout)
    candidates = [c for c in candidates if not _cannot_speak(c, lexicon)]
    for candidate in candidates:
        _snap_to_quotes(candidate, quotes, layout.text)
    end_contents(candidates, layout)
    candidates = _without_duplicates(sorted(_merge_relays(_merge_phrases(candidates), lexicon),
                                            key=lambda c: (c.start, -c.end)))
    attribute_quotes(doc, quotes=quotes, candidates=candidates, lexicon=lexicon, layout=layout)

    resolver = SpeakerResolver(doc, mentions=mentions, lexicon=lexicon, in_quote=layout.in_quote)
    statements: list[Statement] = []
    for candidate in sorted(candidates, key=lambda c: c.start):
        resolver.note_content(candidate.start, candidate.end)
        statements.append(_statement(candidate, layout=layout, article=article, quotes=quotes,
                                     resolver=resolver, number=len(statements)))
    return statements


def _cannot_speak(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A speaker headed by a common noun that names no one (a state, thought, body part or
    time: "initial unemployment", "the drought", "the issue", "face") is a misread subject,
    not someone who says or believes; the nouns of sources and documents may speak. Nor is
    the "us" of "let's" anyone's, nor a holder the words deny ("no one", "nobody"): "No one
    knows what ..." is the writer saying that no one holds a view."""
    head = candidate.speaker_head
    if head is None:
        return False
    if head.lower_ in NEGATIVE_PRONOUNS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    if straight_apostrophes(head.lower_) in ("'s", "us") and head.i > 0 and (
            head.doc[head.i - 1].lower_ == "let"):
        return True  # "Let's look back at the week": the writer's suggestion, no one's report
    # the parse may stop short of the phrase's last noun ("the top infectious diseases
    # expert said"): the noun that ends the run of nouns is the one judged
    while head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ in ("NOUN", "PROPN"):
        head = head.doc[head.i + 1]
    lemma = head.lemma_.lower()
    # the lemmatiser turns "data" into "datum": the word as written may be a source noun
    source_noun = lemma in lexicon.source_nouns or head.lower_ in lexicon.source_nouns
    return names_no_one(head) and not source_noun


def _snap_to_quotes(candidate: Candidate, quotes: list[QuoteSpan], text: str) -> None:
    """A content that starts or ends inside a quotation takes the whole quotation."""
    opening = quote_span_at(quotes, candidate.start)
    if opening is not None and not opening.start < candidate.cue_start < opening.end:
        candidate.start = opening.start
    closing = quote_span_at(quotes, candidate.end - 1)
    if closing is not None and not (closing.start < candidate.cue_start < closing.end):
        candidate.end = max(candidate.end, closing.end)
        lead = text[candidate.start : closing.start].rstrip()
        if closing.end <= candidate.cue_start and lead[-1:] in SENTENCE_BREAKS:
            # "Neither was impressed - "Born with a silver spoon," X said": only the
            # quotation next to the cue is what X said.
            candidate.start = closing.start


def _merge_phrases(candidates: list[Candidate]) -> list[Candidate]:
    """"X said Y, according to Interfax": X is the speaker and the agency the carrier,
    so the "according to" candidate gives way to the cue verb inside its content."""
    verbs = [c for c in candidates if c.cue_token is not None and c.cue_type == "speech"]
    kept = []
    drop: set[int] = set()
    for candidate in candidates:
        if candidate.origin == "phrase":
            inner = [v for v in verbs if candidate.start <= v.cue_start < candidate.end
                     and v.cue_token in (candidate.governor, candidate.governor.head)]
            if inner and all(_names_someone(v) for v in inner):
                for verb in inner:
                    verb.via_hint = verb.via_hint or _phrase_text(candidate)
                continue
            drop.update(id(v) for v in inner)  # "Attempts ... ask that X, according to Y"
        kept.append(candidate)
    return [c for c in kept if id(c) not in drop]


def _merge_relays(candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """"X said Y, the news agency reported": a news outlet relaying someone's words is
    their carrier, not their speaker, as with "according to" (the outlet's own report
    with no one speaking inside it stays the outlet's)."""
    verbs = [c for c in candidates if c.cue_token is not None and c.cue_type == "speech"]
    kept = []
    for candidate in candidates:
        outlet = _outlet_speaker(candidate, lexicon)
        inner = [] if outlet is None else [
            v for v in verbs if v is not candidate and v.cue_token.head == candidate.cue_token
            and candidate.start <= v.cue_start < candidate.end and _names_someone(v)]
        if inner:
            for verb in inner:
                verb.via_hint = verb.via_hint or outlet
            continue
        kept.extend([candidate] if outlet is None else _relay_quoted_subject(candidate, outlet))
    return kept


def _relay_quoted_subject(candidate: Candidate, outlet: str) -> list[Candidate]:
    """"X addressed "a spike in threats" ..., the news agency reported": the words in
    quotation marks are X's, whatever the verb, and the outlet only carries them. The
    content's own clause must name its subject and hold the quotation; an outlet's report
    of an event, with no one's words quoted, stays the outlet's, and so does a predicate
    of X joined on after the quotation ("... and plans to ...": the outlet's account)."""
    verb = candidate.cue_token
    doc = verb.doc
    clause = next((t for t in verb.children if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")
                   and candidate.start <= t.idx < candidate.end), None)
    if clause is None:
        return [candidate]
    subject = next((t for t in clause.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return [candidate]
    joined = next((t for t in clause.children if t.dep_ == "conj" and t.pos_ == "VERB"), None)
    end = candidate.end if joined is None else joined.left_edge.idx
    quoted = [t for t in doc[clause.i + 1 : joined.i if joined else clause.right_edge.i + 1]
              if t.is_quote]
    if len(quoted) < 2:
        return [candidate]
    text = text_of(doc)
    start, end = trim(text, doc[clause.i + 1].idx, end)
    while end > start and text[end - 4 : end] == " and":
        end = trim(text, start, end - 4)[1]
    relayed = replace(candidate, start=start, end=end, speaker_head=subject, speaker_span=None,
                      cue_token=clause, cue_start=clause.idx, cue_end=clause.idx + len(clause),
                      via_hint=candidate.via_hint or outlet)
    if joined is None:
        return [relayed]
    return [relayed, replace(candidate, start=joined.idx)]


def _outlet_speaker(candidate: Candidate, lexicon: Lexicon) -> str | None:
    """The speaker's words when they name a news outlet or a generic carrier and nothing
    else ("the Associated Press", "state media")."""
    if candidate.cue_token is None or candidate.origin != "clause":
        return None
    words = _phrase_text(candidate)
    if not words:
        return None
    bare = words[4:] if words.lower().startswith("the ") else words
    whole = any(words[: match.start].strip().lower() in ("", "the") and match.end == len(words)
                for match in load_registry().find_in_text(words))
    return words if whole or bare.lower() in {c.lower() for c in lexicon.carriers} else None


def _names_someone(candidate: Candidate) -> bool:
    """Does the verb's subject name or point to someone ("Petrova", "he", "the Kremlin
    spokesman, Anna S. Petrova"), rather than a thing ("attempts ... ask")?"""
    head = candidate.speaker_head
    return head is not None and (head.pos_ in ("PROPN", "PRON") or any(
        child.dep_ == "appos" or child.pos_ == "PROPN" for child in head.children))


def _phrase_text(candidate: Candidate) -> str | None:
    head = candidate.speaker_head
    return None if head is None else head.doc[head.left_edge.i : head.right_edge.i + 1].text


def _without_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        length = candidate.end - candidate.start
        duplicate = False
        for other in kept[-4:]:
            overlap = min(other.end, candidate.end) - max(other.start, candidate.start)
            shorter = min(length, other.end - other.start)
            if overlap > 0 and overlap >= DUPLICATE_OVERLAP * shorter and (
                    other.cue_start == candidate.cue_start or other.cue_type != "speech"
                    or candidate.cue_type != "speech" or other.origin != candidate.origin):
                duplicate = True
                if candidate.cue_type == "speech" and other.cue_type != "speech":
                    kept[kept.index(other)] = candidate
                break
        if not duplicate:
            kept.append(candidate)
    return kept


def _kind(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> StatementKind:
    opening = quote_span_at(quotes, start)
    closing = quote_span_at(quotes, end - 1)
    if opening is not None and opening.start == start and closing is not None and (
            closing.end == end):
        return "direct"
    first = bisect.bisect_left([q.end for q in quotes], start + 1)
    if first < len(quotes) and quotes[first].start < end:
        return "mixed"
    return "indirect"


def _statement(candidate: Candidate, *, layout: Layout, article: Article, quotes: list[QuoteSpan],
               resolver: SpeakerResolver, number: int) -> Statement:
    lexicon = resolver.lexicon
    span: Span | None = None
    mention_id: str | None = None
    resolution = Resolution("unresolved", 0.0)
    co_speakers: list[str] = []
    affiliation: str | None = None
    if candidate.speaker_head is not None:
        span = candidate.speaker_span or speaker_phrase(candidate.speaker_head, lexicon=lexicon)
        speaker = (resolver.interviewee(span) if candidate.origin == "colon"
                   and span.text == ANSWER_MARKER else resolver.resolve(span))
        mention_id, resolution = speaker.mention, speaker.resolution
        # the words that name whom the phrase stands for ("her landlord" for "who"; the
        # name after two titles, "Writer and director X")
        span = speaker.span if mention_id is not None else with_its_whole(speaker.span)
        co_speakers = resolver.bind_co_speakers(candidate.speaker_head, mention_id)
        if resolution.method == "unnamed":
            affiliation = resolver.affiliation(speaker.span.root)
        if candidate.origin == "floating":
            resolution = Resolution(resolution.method,
                                    round(resolution.confidence * FLOATING_CONFIDENCE_FACTOR, 2))
    circumstances = read_circumstances(candidate.cue_token, speaker=span,
                                       via_hint=candidate.via_hint, lexicon=lexicon)
    text = layout.text
    return Statement(
        id=f"{article.id}:s{number}",
        span=TextSpan(text[candidate.start : candidate.end], candidate.start, candidate.end,
                      article.id),
        kind=_kind(text, candidate.start, candidate.end, quotes),
        cue=TextSpan(text[candidate.cue_start : candidate.cue_end], candidate.cue_start,
                     candidate.cue_end, article.id),
        speaker_words=_located(span, article.id),
        resolution=resolution,
        speaker_mention=mention_id,
        via=circumstances.via,
        addressee=circumstances.addressee,
        said_on=resolve_date(_located(circumstances.date_phrase, article.id),
                             anchor=article.published),
        cue_type=_reported_type(candidate, lexicon),
        co_speaker_mentions=co_speakers,
        affiliation_mention=affiliation,
    )


def _located(words: Span | None, article: str) -> TextSpan | None:
    """The words' place in the article, as records keep it."""
    return None if words is None else TextSpan(words.text, words.start_char, words.end_char, article)


def _reported_type(candidate: Candidate, lexicon: Lexicon) -> CueType:
    """"According to a new poll" reports evidence, though "according to" is a speech cue
    everywhere else (it competes with cue verbs as one)."""
    source = candidate.speaker_head
    if candidate.origin == "phrase" and source is not None and (
            lexicon.frames.get(source.lemma_.lower()) == "evidence"):
        return "evidence"
    return candidate.cue_type
