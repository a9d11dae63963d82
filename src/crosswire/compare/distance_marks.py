"""What an outlet holds at arm's length in its own words: scare quotes (short quoted words
no statement accounts for, ``nlp.short_quotations``) that name things, and hedges ("alleged
war crimes", "Police claimed"), read from the text alone, for the framing (``framing.py``),
which reads headlines with them too."""

from __future__ import annotations

import re

from crosswire.compare.marker_search import whole_word
from crosswire.knowledge.markers import hedge_markers, reporting_hedges
from crosswire.knowledge.text import RELATIVE_PRONOUNS, caseless_haystack, may_occur
from crosswire.models import Article, Statement, TextSpan
from crosswire.nlp import ALL_BUT_TAGS_AND_DEPENDENCIES, load_nlp
from crosswire.nlp.short_quotations import names_a_thing

# Words after a hedge kept as its evidence ("alleged war crimes"), quotation marks around
# them too ('so-called "rapid review" process'); an initialism is one word with its periods
# ("alleged U.S. funding", not "alleged U").
SCOPE_WORD = r"(?:(?:[A-Z]\.){2,}[\w’'-]*|[\w’'-]+)"
# A quotation the hedge (or the word after it) opens is kept whole: 'what it described as
# a "special military operation"'.
HEDGE_SCOPE = re.compile(rf"(?:{SCOPE_WORD}\s+)?[\"“][^\"“”\n]{{1,60}}?[\"”]"
                         rf"|[\"“‘]?{SCOPE_WORD}(?:\s+{SCOPE_WORD}){{0,2}}[\"”’]?")
# A word of reporting hedges what it reports: the clause it opens ("claimed that",
# "claims to be", "claims of fraud") or, as a noun or modifier after a determiner or
# possessive, the thing it names ("his claims", "the claimed cure").
REPORTED_AFTER = re.compile(r"\s+(?:that|to|of)(?!\w)", re.IGNORECASE)
DETERMINED_BEFORE = re.compile(
    r"(?:(?<!\w)(?:the|a|an|his|her|its|their|our|these|those|such)|['’]s)\s+$", re.IGNORECASE)
# A statement's speaker written at most this many characters before its hedging cue is
# told with it ("Police on Thursday claimed").
SPEAKER_BEFORE_HEDGE = 40


def names_things(quoted: list[tuple[str, TextSpan]], *, read: dict[TextSpan, bool]) -> list[bool]:
    """Per (text, quotation in it): its words name a thing or describe one
    (``names_a_thing``), as the article's parse read them (``read``: ``ShortQuotation``s by
    span), else as a parse of the quotation's paragraph reads them (an article the archive
    gave back, whose parse is not kept). A paragraph holding several quotations is parsed once."""
    unread = [(text, quote) for text, quote in quoted if quote not in read]
    paragraphs = []
    for text, quote in unread:
        start = text.rfind("\n", 0, quote.start) + 1
        end = text.find("\n", quote.end)
        paragraphs.append((start, end if end >= 0 else len(text)))
    distinct = list(dict.fromkeys(text[s:e] for (text, _), (s, e) in zip(unread, paragraphs)))
    docs = dict(zip(distinct, load_nlp().pipe(distinct, disable=ALL_BUT_TAGS_AND_DEPENDENCIES)))
    parsed = {}
    for (text, quote), (start, end) in zip(unread, paragraphs):
        doc = docs[text[start:end]]
        parsed[quote] = names_a_thing([t for t in doc if quote.start <= start + t.idx < quote.end
                                       and not t.is_punct])
    return [read[quote] if quote in read else parsed[quote] for _, quote in quoted]


def hedges(article: Article, *, statements: list[Statement] | tuple[()] = (),
           leading: TextSpan | None = None) -> list[TextSpan]:
    """Hedging words with the words they hedge ("alleged war crimes", "so-called republics").
    A hedge that is the reporting verb of a statement hedges its speaker's words, so it is
    told with the speaker written before it ("Police claimed", "Moscow claimed to have
    annexed"): whose accounts an outlet holds at a distance and whose it reports as said.
    ``leading``: where ``article`` is a headline, the words it leads with
    (``headline_subjects``); a word of reporting right after them reports their words, as
    headline grammar drops the "that" ("Lind claims ferry deal a triumph")."""
    cues = [(s.cue, s.speaker_words) for s in statements
            if s.cue is not None and s.span.article == article.id]
    found = []
    # Most markers are absent from an article: a substring test rules them out before the
    # case-blind regex scan.
    haystack = caseless_haystack(article.text)
    for marker in hedge_markers():
        if not may_occur(marker, haystack):
            continue
        for m in whole_word(marker, caseless=True).finditer(article.text):
            scope = HEDGE_SCOPE.match(article.text, m.end() + 1) if m.end() < len(article.text) else None
            start, end = m.start(), scope.end() if scope and article.text[m.end()] == " " else m.end()
            cue_of = [who for cue, who in cues if cue.start <= m.start() < cue.end]
            if leading is not None and leading.end < m.start() and not article.text[leading.end:m.start()].strip():
                cue_of.append(leading)
            if marker in reporting_hedges() and not cue_of \
                    and not _reports(article.text, m.start(), m.end()):
                continue  # "claimed the title", "insurance claims": nothing reported
            speaker = cue_of[0] if cue_of else None
            # a relative pronoun ("a report that claimed") names no one to tell it with
            if speaker is not None and speaker.text.lower() not in RELATIVE_PRONOUNS \
                    and 0 <= m.start() - speaker.end <= SPEAKER_BEFORE_HEDGE:
                # "Moscow claimed to have annexed" keeps what was claimed; a "that" opens
                # the reported clause, the statement's own words
                start = speaker.start
                if scope and scope.group().split()[0].lower() == "that":
                    end = m.end()
            if not any(e.start <= m.start() < e.end for e in found):
                found.append(TextSpan(article.text[start:end], start, end, article.id))
    return sorted(found, key=lambda e: e.start)


def _reports(text: str, start: int, end: int) -> bool:
    """The word of reporting at ``start:end`` opens what it reports or names it."""
    return REPORTED_AFTER.match(text, end) is not None \
        or DETERMINED_BEFORE.search(text, max(0, start - 12), start) is not None
