"""The article's language (ISO 639-1) when it declares none: py3langid, a maintained
fork of langid.py (97 languages, its model inside the package, numpy only)."""

from __future__ import annotations

import functools
import re
from itertools import islice

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Enough text to be sure, little enough to stay fast on long articles.
SAMPLE_CHARS = 4800
# Fewer letters than this say too little to name a language ("Ok.", "Yes, sir.").
MIN_LETTERS = 10
# Below this probability (normalised over the model's languages) the guess is left out:
# short or mixed texts get ``None`` rather than a wrong language.
MIN_PROBABILITY = 0.9

_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or ``None`` when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    # Counting stops at MIN_LETTERS: listing every letter of the sample only to count
    # ten was a tenth of the language check.
    if sum(1 for _ in islice(_LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    return language if probability >= MIN_PROBABILITY else None


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
