"""Short quotations an outlet may hold words at arm's length with (scare quotes: 'the
"referendums"'), and whether each one's words name or describe a thing, read from the
article's own parse while it is at hand, so the framing (``compare.distance_marks``,
``compare.held_apart``) need not parse their paragraphs again."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from crosswire.knowledge.text import WORD, stop_words
from crosswire.models import Article, ShortQuotation, TextSpan

# The word a sentence runs on from into an opening quotation mark ('of "pollution."').
RUNNING_INTO = re.compile(r"\w\s$")
# A quotation this short that no statement covers is a word held at arm's length
# ('the "referendums"'), not a quotation of speech.
SCARE_QUOTE_MAX_WORDS = 3
SCARE_QUOTE = re.compile(r"[\"“]([^\"“”\n]{2,60}?)[\"”]|(?<!\w)[‘']([^'‘’\n]{2,40}?)[’'](?!\w)")
# A quoted run opening with one of these is an account's handle or a hashtag, not a word.
HANDLE_MARKS = "@#"


def scare_quotes(article: Article, *, covered: list[tuple[int, int]]) -> list[TextSpan]:
    """Short quoted words that no statement accounts for, titles and handles aside."""
    found = []
    at = 0
    while (m := SCARE_QUOTE.search(article.text, at)) is not None:
        inner = m.group(1) or m.group(2)
        at = m.end()
        if inner != inner.strip():
            # a space inside the marks: the gap between one quotation's closing mark and
            # the next one's opening mark ('..." he said " and ...'), which may open the next
            at = m.end() - 1
            continue
        if len(inner.split()) > SCARE_QUOTE_MAX_WORDS or _is_title(inner) \
                or inner[-1:] in ".,!?" and not _closes_in_running_text(article.text, m.start(), inner):
            continue
        found.append(TextSpan(m.group(), m.start(), m.end(), article.id))
    return uncovered(found, covered)


def uncovered(quotes: list[TextSpan], covered: list[tuple[int, int]]) -> list[TextSpan]:
    """The quotes no span of ``covered`` (statements' spans) holds."""
    return [quote for quote in quotes
            if not any(start <= quote.start and quote.end <= end for start, end in covered)]


def names_a_thing(inside: Sequence[Token]) -> bool:
    """The words of a quotation (its tokens but punctuation) name a thing (their head is a
    noun) or describe one (an adjective on a noun outside the quotation)."""
    within = {token.i for token in inside}
    roots = [t for t in inside if t.head.i not in within or t.head.i == t.i]
    return len(roots) == 1 and (
        roots[0].pos_ in {"NOUN", "PROPN"}
        or roots[0].dep_ in {"amod", "compound"} and roots[0].head.pos_ in {"NOUN", "PROPN"})


def short_quotations(doc: Doc, article: Article) -> list[ShortQuotation]:
    """The article's short quotations (``scare_quotes`` with none covered), each read by
    ``names_a_thing`` from ``doc``, the article's parse."""
    quotes = scare_quotes(article, covered=[])
    if not quotes:
        return []
    starts = [token.idx for token in doc]
    found = []
    for quote in quotes:
        tokens = doc[bisect_left(starts, quote.start):bisect_left(starts, quote.end)]
        found.append(ShortQuotation(quote, names_a_thing([t for t in tokens if not t.is_punct])))
    return found


def _closes_in_running_text(text: str, opening: int, inner: str) -> bool:
    """Short quoted words ending in a period or comma are held at arm's length only where
    the sentence runs into them ('to rid the harbour of "pollution."', American
    style keeps the period inside the marks); a quotation opening its sentence with its
    own comma or period ('"No," she said') is speech."""
    return inner[-1] in ".," and inner[-2:-1].isalpha() \
        and RUNNING_INTO.search(text, max(0, opening - 2), opening) is not None


def _is_title(quoted: str) -> bool:
    """Quotation marks around a title or a handle ("Evening Roundtable", "@CityDesk") mark
    a name of a show, book, slogan or account, not words held at arm's length: two words or
    more, every content word capitalised (or a number: "Channel 9 Tonight"; a slogan's
    "Harbour First" has one content word beside a capitalised "First"), or a
    social-media handle or hashtag."""
    if quoted.strip()[:1] in HANDLE_MARKS:
        return True
    written = WORD.findall(quoted)
    words = [w for w in written if w.lower() not in stop_words()]
    return len(written) >= 2 and bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and any(w[:1].isupper() for w in words)
