"""Headlines in Title Case or ALL CAPS, read as sentence case for event coding.

spaCy's tagger reads the capitalised verbs of "Rebels Seize Border Town After Talks
Collapse" as proper nouns, so such a sentence codes no event. The coder re-parses a
recased copy instead: sentence case, with the words the gazetteer and the PLOVER entity
table know as names ("Russia", "United Nations", "NATO") kept capitalised. The copy has the
original's length character for character, so every offset read from its parse holds in
the original text; ``restored`` puts the original words back into an event's spans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from crosswire.knowledge import places, plover
from crosswire.models import Event, EventParticipant, TextSpan
from crosswire.nlp.doc_view import text_of, tokens_of

# Parses texts with the parser alone, in one batch, one Doc per text in order.
Reparse = Callable[[list[str]], list[Doc]]

# A sentence is ALL CAPS when at least this share of its letters is upper-case.
UPPER_LETTER_SHARE = 0.8
# Fewer words than this are a name or a label, not a headline with an act.
MIN_WORDS = 3
# A known name in ALL CAPS this short is kept in capitals, an acronym ("UN", "IMF"); a
# longer one reads as a name ("MALI" as "Mali", and "NATO" as "Nato", which the tagger
# also reads as a name).
ACRONYM_LETTERS = 3

# A word: letters, joined by apostrophes or dots ("Russia's", "U.S.").
_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?")


def capitalised(words_of: Iterable[Token]) -> bool:
    """The sentence (or line), or its tokens, is written in Title Case or ALL CAPS."""
    words = [t for t in words_of if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    letters = "".join([t.text for t in words])
    if sum(map(str.isupper, letters)) >= UPPER_LETTER_SHARE * len(letters):
        return True
    # Title Case: every content word starts upper-case (short function words may not); a
    # body sentence thick with names ("President Ana Lind of Sweden met Prime Minister
    # Kofi Mensah") still writes its verb, its act, in lowercase
    content = [t for t in words if not t.is_stop]
    return len(content) >= MIN_WORDS and all(t.text[0].isupper() for t in content)

def lines_to_reparse(sent: Span) -> list[tuple[Span, bool]]:
    """The sentence's lines, each with whether it is capitalised, when one of them is; else
    none. The parser runs a title with no closing stop into the paragraph below it
    ("... Northern Benin\n\nFighters entered ..."), so each line is parsed again alone."""
    doc = sent.doc
    tokens = tokens_of(doc)
    # A line break stands only in a whitespace token: a sentence without one is one line,
    # and its tokens need no look.
    if "\n" not in text_of(doc)[sent.start_char : sent.end_char]:
        return [(sent, True)] if capitalised(tokens[sent.start : sent.end]) else []
    bounds: list[tuple[int, int]] = []
    start = sent.start
    for i in range(sent.start, sent.end):
        token = tokens[i]
        if token.is_space and "\n" in token.text:
            if i > start:
                bounds.append((start, i))
            start = i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    flags = [capitalised(tokens[begin:end]) for begin, end in bounds]
    return [(doc[begin:end], flag) for (begin, end), flag in zip(bounds, flags)] if any(flags) else []


def recased(text: str) -> str:
    """``text`` in sentence case, known names kept capitalised; the same length."""
    words = list(_WORD.finditer(text))
    all_caps = not any(c.islower() for c in text)
    kept = _names(text, words)
    chars = [_one(c.lower(), c) for c in text]
    for number, word in enumerate(words):
        original = word.group()
        if number in kept or (not all_caps and len(original) > 1 and original.isupper()):
            # a name, or an acronym a Title Case headline writes in capitals ("IMF")
            if all_caps and len(original.rstrip(".")) > ACRONYM_LETTERS:
                chars[word.start()] = original[0]  # "RUSSIA" reads "Russia"
            else:
                chars[word.start():word.end()] = original
        elif number == 0:
            chars[word.start()] = _one(original[0].upper(), original[0])
    return "".join(chars)


def _one(changed: str, original: str) -> str:
    # a letter whose other case is two characters ("İ") keeps its case: offsets must hold
    return changed if len(changed) == 1 else original


def _names(text: str, words: list[re.Match[str]]) -> set[int]:
    """The numbers of the words that are part of a known name, longest name first."""
    kept: set[int] = set()
    longest = plover.max_entity_words()
    number = 0
    while number < len(words):
        for size in range(min(longest, len(words) - number), 0, -1):
            run = words[number : number + size]
            if any(text[a.end() : b.start()].strip() for a, b in zip(run, run[1:])):
                continue  # a name's words are separated by spaces only
            if _is_name(" ".join(w.group() for w in run)):
                kept.update(range(number, number + size))
                number += size
                break
        else:
            number += 1
    return kept


def _is_name(words: str) -> bool:
    key = re.sub(r"['’]s$", "", words.lower())
    return (key in plover.entity_codes() or places.country_of(key) is not None
            or places.resolve_organisation(key) is not None)


def restored(event: Event, text: str) -> Event:
    """``event`` with every span's words read from ``text`` at the span's offsets."""

    def span(s: TextSpan) -> TextSpan:
        return replace(s, text=text[s.start : s.end])

    def person(p: EventParticipant | None) -> EventParticipant | None:
        return None if p is None else replace(p, span=span(p.span))

    return replace(
        event,
        trigger=span(event.trigger), evidence=span(event.evidence),
        actor=[person(p) for p in event.actor], recipient=[person(p) for p in event.recipient],
        speaker=person(event.speaker), location=person(event.location),
        conditions=[replace(c, span=span(c.span)) for c in event.conditions],
    )
