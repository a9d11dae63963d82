"""The terms two versions of a claim are compared on: word stems, synonym families, actors.

Outlets word one fact differently ("rejected talks" / "banning any negotiations"), spell
names differently (Kovalenko / Kowalenko) and inflect differently (negotiate /
negotiations). A term is therefore a word stem mapped to its synonym family, or an actor
id for words that name a merged actor, so that wordings compare without a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from crosswire.data import located_rows
from crosswire.knowledge.text import WORD, WORD_CACHE_SIZE, stop_words, straight_apostrophes, verb_forms

ACTOR_PREFIX = "@"
# Suffixes stripped by the light stemmer, longest first; a stem keeps at least
# MIN_STEM_CHARS so short words ("sing", "bed") are not cut to nothing.
SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ments", "ment", "ness", "ings", "ing",
            "ies", "ied", "ate", "ed", "es", "s")
MIN_STEM_CHARS = 3
# Two rounds: "willingness" -> "willing" -> "will"; "negotiations" -> "negoti".
STEM_ROUNDS = 2
UNDOUBLED = frozenset("lsz")  # "ll", "ss", "zz" stay doubled: "still", "press"


def stem(word: str) -> str:
    """A crude stem: lower case, possessive, inflection and nominal endings dropped, an
    irregular verb's forms brought to the verb ("lost", "losing" -> "lose").

    Not the parse's lemma: wordings of one claim must meet across parts of speech
    ("negotiate", "negotiations"), which lemmas keep apart."""
    word = straight_apostrophes(word.lower())
    if word.endswith("'s"):
        word = word[:-2]
    word = verb_forms().get(word, word)
    for _ in range(STEM_ROUNDS):
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_CHARS:
                if suffix == "s" and word.endswith(("ss", "us", "is")):
                    continue  # "press", "status", "crisis" are not plurals
                word = word[: -len(suffix)]
                if suffix in ("ies", "ied"):
                    word += "y"
                break
        else:
            break
    if len(word) > MIN_STEM_CHARS and word[-1] == word[-2] and word[-1] not in UNDOUBLED:
        word = word[:-1]  # "banning" -> "bann" -> "ban"
    if len(word) > MIN_STEM_CHARS + 1 and word.endswith("e"):
        word = word[:-1]  # "decree"/"decrees", "remove"/"removed" meet
    return word


@cache
def synonym_families() -> dict[str, str]:
    """Stem -> family name, from ``data/claim_synonyms.jsonl`` (validated, loaded once)."""
    families: dict[str, str] = {}
    for where, row in located_rows("claim_synonyms.jsonl"):
        family, words = row.get("family"), row.get("words")
        if not isinstance(family, str) or not isinstance(words, list) or not words:
            raise ValueError(f"{where}: needs a 'family' name and a list of 'words'")
        for word in [family, *words]:
            if not isinstance(word, str) or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word):
                raise ValueError(f"{where}: {word!r} is not one word")
            key = stem(word)
            if families.get(key, family) != family:
                raise ValueError(f"{where}: {word!r} is already in family {families[key]!r}")
            families[key] = family
    return families


@cache
def family_words() -> dict[str, frozenset[str]]:
    """Family name -> its words as the data writes them (the family name among them)."""
    synonym_families()  # validates the rows
    return {row["family"]: frozenset([row["family"], *row["words"]])
            for _, row in located_rows("claim_synonyms.jsonl")}


@lru_cache(maxsize=WORD_CACHE_SIZE)
def term(word: str) -> str:
    key = stem(word)
    return synonym_families().get(key, key)


def word_terms(text: str) -> set[str]:
    """Terms of plain text: stop words and one-letter words left out."""
    stops = stop_words()
    return {term(w) for w in WORD.findall(text)
            if len(w) > 1 and w.lower() not in stops and not w[0].isdigit()}


def name_spans(text: str, start: int = 0, end: int | None = None
               ) -> list[tuple[int, int, frozenset[str]]]:
    """Each name of several words in ``text[start:end]``, where it stands and its terms: a
    run of capitalised words, single stop words between them ("Bank of Lowmoor", "Harvest
    Day", "World War II"). A name is one thing however many words spell it: two versions
    naming it share one term's worth of evidence, not one per word. Punctuation ends a
    run; runs of fewer than two terms are left out."""
    stops = stop_words()
    found: list[tuple[int, int, frozenset[str]]] = []
    current: set[str] = set()
    first = last = previous = start
    gap = False

    def close() -> None:
        if len(current) > 1:
            found.append((first, last, frozenset(current)))
        current.clear()

    for match in WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        if text[previous:match.start()].strip():  # a comma, a full stop: the name ended there
            close()
        previous = match.end()
        if word[0].isupper():
            if not current:
                first = match.start()
            if word.lower() not in stops and len(word) > 1:
                current.add(term(word))
            last, gap = match.end(), False
        elif word.lower() in stops and current and not gap:
            gap = True  # "of" in "Bank of Lowmoor": the name may go on
        else:
            close()
            gap = False
    close()
    return found


def span_terms(text: str, start: int, end: int, *, actor_spans: Iterable[tuple[int, int, str]] = (),
               drop: Iterable[tuple[int, int]] = ()) -> set[str]:
    """Terms of ``text[start:end]``: words inside an actor's span become that actor's
    term, words inside a ``drop`` span (the subject, the speaker) are left out."""
    # a dropped span sorts before an actor span at the same place, and so swallows it
    # spans wholly outside the window never cut it; leaving them out first keeps the sort small
    cuts = sorted([(s, e, None) for s, e in drop]
                  + [span for span in actor_spans if span[1] > start and span[0] < end],
                  key=lambda cut: (cut[0], cut[2] is not None, -cut[1]))
    terms: set[str] = set()
    position = start
    for cut_start, cut_end, actor in cuts:
        if cut_end <= position or cut_start >= end:
            continue
        terms |= word_terms(text[position:max(position, cut_start)])
        if actor is not None:
            terms.add(ACTOR_PREFIX + actor)
        position = max(position, min(cut_end, end))
    terms |= word_terms(text[position:end])
    return terms


def actor_terms(terms: set[str]) -> set[str]:
    return {t for t in terms if t.startswith(ACTOR_PREFIX)}


def actor_id(key: str | None) -> str | None:
    """The actor id an ``ACTOR_PREFIX`` term (or key) stands for; None for any other."""
    return key[len(ACTOR_PREFIX):] if key and key.startswith(ACTOR_PREFIX) else None


def actor_ids(terms: Iterable[str]) -> Iterator[str]:
    """The actor ids the ``ACTOR_PREFIX`` terms among ``terms`` stand for."""
    return (found for t in terms if (found := actor_id(t)) is not None)
