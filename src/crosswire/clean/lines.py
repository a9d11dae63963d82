"""Lines of a scraped text with their offsets and the shape features the rules look at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from crosswire.clean.rules import ENDS_AS_SENTENCE

# Scripts written without spaces count one word per character, so a Japanese paragraph
# weighs like an English one of similar content.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_COUNTED_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")
_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
_CLAUSE_MARK = re.compile(r"[.,;:!?。、，！？]")
_DOMAIN = re.compile(
    r"[a-z0-9-]{2,}\.(?:com|org|net|info|biz|io|co|ru|tv|bet|xyz|us|uk|de|top|site|online"
    r"|club|me|in)\b",
    re.IGNORECASE,
)

# A line of at least this many words that reads as sentences is article prose; prose is
# mostly lowercase words where headlines and menus are Title Case. Both sit on a flat
# optimum on the ScrapingHub pages (text mode F1 0.925-0.929 for 8-12 words, 0.35-0.55).
PROSE_MIN_WORDS = 10
PROSE_MIN_LOWERCASE = 0.45
# A headline, a caption heading or a linked story title has at most this many words.
HEADLINE_MAX_WORDS = 30
# Concatenated link spam: long "words" (domains glued together) or many domains per line.
SPAM_MIN_CHARS = 60
SPAM_MEAN_TOKEN_CHARS = 14
SPAM_MIN_DOMAINS = 4
# Teaser lists scraped without spacing glue a Title Case headline to its summary.
_GLUED_HEADLINE = re.compile(r"(?<=[a-z]{3}|[a-z]{2}[?!])(?=[A-Z])")
GLUED_HEADLINE_MAX_CHARS = 160
GLUED_HEADLINE_MIN_WORDS = 3
GLUED_HEADLINE_MIN_CAPITALISED = 0.75


@dataclass
class Line:
    """One non-blank line: its stripped text and where it sits in the content."""

    text: str
    start: int
    end: int

    @cached_property
    def words(self) -> list[str]:
        return _COUNTED_WORD.findall(self.text)

    @property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(ENDS_AS_SENTENCE.search(self.text))

    @cached_property
    def lowercase_ratio(self) -> float | None:
        """Share of lowercase-initial words among cased words; None for uncased scripts."""
        cased = [word for word in self.words if word[0].isupper() or word[0].islower()]
        if len(cased) < 3:
            return None
        return sum(1 for word in cased if word[0].islower()) / len(cased)

    @cached_property
    def is_prose(self) -> bool:
        if self.word_count < PROSE_MIN_WORDS and not (self.ends_sentence and self.word_count >= 4):
            return False
        if not self.ends_sentence and self.word_count < 2 * PROSE_MIN_WORDS:
            return False
        if self.word_count > PROSE_MIN_WORDS and not _CLAUSE_MARK.search(self.text):
            return False  # a tag cloud or keyword list: many words, no punctuation at all
        ratio = self.lowercase_ratio
        return ratio is None or ratio >= PROSE_MIN_LOWERCASE

    @cached_property
    def is_headline(self) -> bool:
        """Short, without final period: a title, subheading, or the title of a linked story."""
        return 1 <= self.word_count <= HEADLINE_MAX_WORDS and not self.text.endswith(".")

    @cached_property
    def is_spam_run(self) -> bool:
        if len(self.text) < SPAM_MIN_CHARS or self.ends_sentence:
            return False
        tokens = self.text.split()
        mean_token = sum(len(token) for token in tokens) / len(tokens)
        if mean_token >= SPAM_MEAN_TOKEN_CHARS:
            return True
        return len(_DOMAIN.findall(self.text)) >= SPAM_MIN_DOMAINS

    @cached_property
    def is_glued_teaser(self) -> bool:
        """A linked headline run into its summary: "Mayor Opens New BridgeThe city's ..."."""
        junction = _GLUED_HEADLINE.search(self.text, 0, GLUED_HEADLINE_MAX_CHARS)
        if not junction:
            return False
        headline_words = _COUNTED_WORD.findall(self.text[: junction.start()])
        if len(headline_words) < GLUED_HEADLINE_MIN_WORDS:
            return False
        capitalised = sum(1 for word in headline_words if word[0].isupper() or word[0].isdigit())
        return capitalised / len(headline_words) >= GLUED_HEADLINE_MIN_CAPITALISED


def split_lines(content: str) -> list[Line]:
    """Non-blank lines of ``content`` with surrounding spaces trimmed, offsets kept exact."""
    lines = []
    for match in _LINE.finditer(content):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(stripped, start, start + len(stripped)))
    return lines
