"""Headlines as framing reads them: each article's title as a span of its own (``part``
"title"), and a stand-in article whose text is the title, so the readers of an article's
words (contested terms, scare quotes, hedges) read the headline the way they read the body
and their spans are moved into the title.

A title is kept apart from the clean text and never parsed: only readers that need no
parse read it.
"""

from __future__ import annotations

import dataclasses
import re

from crosswire.knowledge.text import WORD, stop_words
from crosswire.models import TITLE, Article, Statement, TextSpan
from crosswire.nlp.noun_phrases import quotations

# A headline with fewer content words than this tells nothing of its case style.
TITLE_CASE_MIN_WORDS = 3
# Headline grammar sets someone's words off with a colon: "Mayor: 'We Will Rebuild'",
# "'Not Again': Floods Return".
COLON_BEFORE = re.compile(r":\s*$")
COLON_AFTER = re.compile(r"\s*:")
# The words inside a headline's quotation marks, its punctuation left out ("‘cult,’" -> "cult").
QUOTED_WORDS = re.compile(r"\w+(?:[’'-]\w+)*")


def headline(article: Article) -> TextSpan | None:
    """The article's title as a span in it: how the outlet headlined the story."""
    title = (article.title or "").strip()
    if not title:
        return None
    start = (article.title or "").index(title)
    return TextSpan(title, start, start + len(title), article.id, part=TITLE)


def title_article(article: Article) -> Article | None:
    """A stand-in for ``article`` whose text is its title (same id: a span a reader finds
    in it is moved into the title by ``in_title``); None for an untitled article."""
    if not (article.title or "").strip():
        return None
    return dataclasses.replace(article, text=article.title, removed=[], segments=[])


def in_title(span: TextSpan) -> TextSpan:
    """A span a reader found in a ``title_article``, as words of the title."""
    return dataclasses.replace(span, part=TITLE)


def set_off_by_colon(title: str, span: TextSpan) -> bool:
    """A quotation a headline sets off with a colon is the words of whom it names, as
    quoted speech, not words held at arm's length."""
    return COLON_BEFORE.search(title, 0, span.start) is not None \
        or COLON_AFTER.match(title, span.end) is not None


def said_in_body(title: str, span: TextSpan, said: list[str]) -> bool:
    """A headline's quotation whose words the article's own statements hold ("Agency to Probe
    'Unacceptable' Bans" over a body quoting the minister's "simply unacceptable") cites the
    speaker the body reports, as quoted speech, not words the outlet holds at arm's length;
    so does a body's short quotation whose words a quotation of the speaker holds. ``title``:
    the text holding ``span``; ``said``: the texts of the statements, or of their quotations
    (``quoted_in_statements``)."""
    words = QUOTED_WORDS.findall(title[span.start:span.end])
    if not words:
        return False
    pattern = re.compile(r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])",
                         re.IGNORECASE)
    return any(pattern.search(text) for text in said)


def quoted_in_statements(statements: list[Statement]) -> list[str]:
    """The quotations inside the statements' texts: a speaker's own words, as whichever
    outlet of the story quoted them. A headline or a short quotation repeating them cites
    that speaker ("Minister 'Firm' On Levy" where another outlet quotes her "firm on the
    levy, whatever it costs"); an outlet's paraphrase in a statement is its own wording,
    and counts only for its own headline."""
    return [statement.span.text[start:end] for statement in statements
            for start, end in quotations(statement.span.text)]


def title_case(text: str) -> bool:
    """Every content word capitalised ("Mayor Opens Harbour Bridge"): a capital in such a
    headline is its style, no sign of a name."""
    stop = stop_words()
    content = [w for w in WORD.findall(text) if w[0].isalpha() and w.lower() not in stop]
    return len(content) >= TITLE_CASE_MIN_WORDS and all(w[0].isupper() for w in content)
