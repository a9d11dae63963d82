"""Text as the reported-speech rules read it: tagged words and sentences, quotation spans,
and one language's lexicon (its cue files, quotation marks and closed word classes)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from crosswire.data import read_jsonl


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # Universal Dependencies part of speech
    finite: bool = False
    # A separable verb particle ("teilte ... mit"): it completes the verb before it.
    particle: bool = False
    # A verb form of the reporting mood (German Konjunktiv I: "sei", "habe").
    reporting_mood: bool = False
    # A form that marks its sentence as reported with no cue at all (German Konjunktiv I,
    # the reportative "sollen"): never a conditional.
    hearsay: bool = False
    # The grammatical case where the tagger gives it ("Gen"): the words of one name share
    # it, and only a genitive runs a noun phrase on ("министр иностранных дел").
    case: str | None = None


@dataclass(frozen=True)
class Sentence:
    words: list[Word]
    paragraph: int

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


@dataclass(frozen=True)
class Lexicon:
    """One language's reporting forms: cue verbs by lemma (with their type), source
    phrases, and the quotation marks its texts open and close quotations with."""

    verbs: dict[str, str]
    phrases: list[dict]
    # Verbs that report only with one of these words in their clause ("sprach von einem
    # Dammbruch", not "sprach mit seiner Frau").
    verb_needs: dict[str, frozenset[str]]
    quote_pairs: dict[str, str]
    # Personal pronouns that can be a speaker ("er", "sie").
    pronouns: frozenset[str]
    # Words that attach a phrase to the noun before it ("des", "von"): a speaker's
    # phrase runs on through them ("der Sprecher des Amtes"); none for a language
    # without articles.
    attachments: frozenset[str]
    # Words between a verb and its subject that are neither ("sich").
    reflexives: frozenset[str]
    # Words that open a content clause ("dass", "ob").
    complementisers: frozenset[str]
    # A clause that opens with one of these names its source ("Wie die Polizei
    # mitteilte, ..."): any clause after it is the content.
    source_openers: frozenset[str]
    # The auxiliary of the passive ("werden"): its subject is no speaker.
    passive_auxiliaries: frozenset[str]
    # Pronouns that point back to the sentence before ("Das teilte die Polizei mit").
    anaphors: frozenset[str]
    # Object pronouns that stand before the verb ("comme l'a indiqué X"): no subject.
    objects: frozenset[str]


@functools.cache
def load_lexicon(language: str, *, quote_pairs: tuple[tuple[str, str], ...],
                 words: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    """The lexicon of ``language``: its cue files, its quotation marks, and the closed
    word classes of ``words`` (field name, words) the rules ask about."""
    rows = read_jsonl(f"cue_verbs.{language}.jsonl", required=("lemma", "type"))
    verbs = {row["lemma"].lower(): row["type"] for row in rows}
    needs = {row["lemma"].lower(): frozenset(row["with"]) for row in rows if row.get("with")}
    phrases = read_jsonl(f"cue_phrases.{language}.jsonl", required=("phrase", "source", "type"))
    closed = {name: frozenset(members) for name, members in words}
    return Lexicon(verbs=verbs, phrases=phrases, verb_needs=needs, quote_pairs=dict(quote_pairs),
                   **{name: closed.get(name, frozenset()) for name in (
                       "pronouns", "attachments", "reflexives", "complementisers",
                       "source_openers", "passive_auxiliaries", "anaphors", "objects")})


def joined(text: str, sentences: list[Sentence], lexicon: Lexicon) -> list[Sentence]:
    """A tagger's sentences with those it cut inside a quotation, or before words that go
    on ("«Nous viendrons», a-t-il dit"; "...», — заявил он"), joined to the one before;
    never across a paragraph break."""
    quotes = quotations(text, lexicon.quote_pairs)
    result: list[Sentence] = []
    for sentence in sentences:
        if result and result[-1].paragraph == sentence.paragraph and (
                any(s < sentence.start < e for s, e in quotes)
                or sentence.words[0].text[:1] in ",;:–—-"
                or sentence.words[0].text[:1].islower()):
            result[-1] = Sentence(words=result[-1].words + sentence.words,
                                  paragraph=sentence.paragraph)
        else:
            result.append(sentence)
    return result


def paragraph_numbers(text: str) -> Callable[[int], int]:
    """The number of the paragraph each offset of ``text`` is in. A line break ends a
    paragraph: clean text keeps one between paragraphs, raw text leaves a blank line, and
    more blank lines count as more paragraphs (a break in the story)."""
    breaks = [match.start() for match in re.finditer(r"\n+", text)
              for _ in range(max(1, len(match.group()) // 2))]
    return lambda offset: bisect.bisect_left(breaks, offset)


def by_paragraph(words: list[Word], paragraph: Callable[[int], int]) -> list[Sentence]:
    """A tagger's sentence cut again at each paragraph break it runs over."""
    result: list[Sentence] = []
    for word in words:
        number = paragraph(word.start)
        if result and result[-1].paragraph == number:
            result[-1].words.append(word)
        else:
            result.append(Sentence(words=[word], paragraph=number))
    return result


def quotations(text: str, pairs: dict[str, str]) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, outermost only; an unclosed
    quotation ends with its paragraph."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        closer = pairs.get(text[i])
        if closer is None:
            i += 1
            continue
        paragraph_end = text.find("\n", i)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        end = text.find(closer, i + 1, paragraph_end)
        if end < 0:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans
