"""A light language guesser: writing system first, then stopword profiles (ISO 639-1)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from crosswire.data import located_rows
from crosswire.knowledge.text import WORD

# Enough words to be sure, few enough to stay fast on long articles.
SAMPLE_WORDS = 600
# Below this many stopword hits, or this share of the words, the text is too short or
# in a language without a profile. Calibrated on one-sentence inputs: a plain English
# sentence of ten words has three to five stopwords.
MIN_STOPWORD_HITS = 3
MIN_STOPWORD_SHARE = 0.08
# Share of letters in one script above which that script decides the language.
SCRIPT_SHARE = 0.3

_LETTER = re.compile(r"[^\W\d_]")
_SCRIPTS = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese even when mixed with kanji
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
]


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or ``None`` when it cannot tell."""
    sample = text[: SAMPLE_WORDS * 8]
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        for language, script in _SCRIPTS:
            if letters and len(script.findall(sample)) / letters > SCRIPT_SHARE:
                return language
    words = [word.lower() for word in WORD.findall(sample)[:SAMPLE_WORDS]]
    if not words:
        return None
    counts = Counter(words)
    hits = Counter()
    for language, stopwords in _profiles().items():
        hits[language] = sum(n for word, n in counts.items() if word in stopwords)
    if not hits:
        return None
    language, count = hits.most_common(1)[0]
    if count < MIN_STOPWORD_HITS or count / len(words) < MIN_STOPWORD_SHARE:
        return None
    return language


@functools.cache
def _profiles() -> dict[str, frozenset[str]]:
    profiles: dict[str, frozenset[str]] = {}
    for where, record in located_rows("stopwords.jsonl"):
        language, words = record.get("language"), record.get("words")
        if not (isinstance(language, str) and re.fullmatch(r"[a-z]{2}", language)):
            raise ValueError(f"{where}: 'language' must be an ISO 639-1 code")
        if not (isinstance(words, list) and words and all(isinstance(w, str) for w in words)):
            raise ValueError(f"{where}: 'words' must be a non-empty list of strings")
        if language in profiles:
            raise ValueError(f"{where}: language {language!r} has two profiles")
        profiles[language] = frozenset(word.lower() for word in words)
    return profiles
