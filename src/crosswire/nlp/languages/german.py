"""German: spaCy's German tokenizer and sentence rules, HanTa's part-of-speech tags and
lemmas (its model inside the package), and the German reporting forms of the data files:
„…“ and »…« quotations, cue verbs with their separable particles ("teilte ... mit"),
"laut X", "X zufolge", ", so X", and the Konjunktiv I of indirect speech ("sei", "habe").
"""

from __future__ import annotations

import functools
from dataclasses import replace

import spacy
from HanTa import HanoverTagger
from spacy.language import Language

from crosswire.data import read_jsonl
from crosswire.nlp.languages.tagged import (Lexicon, Sentence, Word, load_lexicon,
                                            paragraph_numbers)

LANGUAGE = "de"
QUOTE_PAIRS = (("„", "“"), ("»", "«"), ("“", "”"), ('"', '"'))
OPENING_QUOTES = ("„", "»")
CLOSING_QUOTES = ("“", "«")
# The closed word classes the rules of ``reported`` ask about (see ``tagged.Lexicon``).
CLOSED_WORDS = (
    ("pronouns", ("er", "sie", "es", "ich", "wir", "man")),
    ("attachments", ("des", "der", "eines", "einer", "von", "vom")),
    ("reflexives", ("sich",)),
    ("complementisers", ("dass", "ob")),
    ("source_openers", ("wie",)),
    ("passive_auxiliaries", ("werden", "sein")),  # "sind ... vertreten": a state
    ("anaphors", ("das", "dies")),
)
# STTS tags (HanTa's tag set) to Universal Dependencies parts of speech.
STTS_TO_UD = {
    "NN": "NOUN", "NE": "PROPN", "ART": "DET", "PPOSAT": "DET", "PDAT": "DET", "PIAT": "DET",
    "ADJ": "ADJ", "NNA": "NOUN", "NNI": "NOUN", "CARD": "NUM", "PPER": "PRON", "PDS": "PRON", "PIS": "PRON",
    "PRF": "PRON", "PRELS": "PRON", "PRELAT": "DET", "PWS": "PRON", "PPOSS": "PRON",
    "ADV": "ADV", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV", "KOUS": "SCONJ", "KOUI": "SCONJ",
    "KON": "CCONJ", "KOKOM": "CCONJ", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "PTKVZ": "PART", "PTKNEG": "PART", "PTKZU": "PART", "PTKA": "PART",
    "PTKANT": "PART", "ITJ": "INTJ", "XY": "X", "TRUNC": "X",
    # Foreign material in German news is mostly names ("Northwest Airlines").
    "FM": "PROPN",
}


def sentences(text: str) -> list[Sentence]:
    """Tagged sentences. spaCy's German tokenizer keeps the full stop of an abbreviation
    or an ordinal on its word ("z.", "3."), so a full stop of its own ends a sentence,
    unless a quotation is still open or the next word goes on (a comma, a small letter:
    "„Wir kommen.“, sagte sie"); a paragraph break always ends one."""
    tokens = [t for t in _tokenizer()(text) if not t.is_space]
    groups: list[list] = []
    current: list = []
    open_quotes = 0
    for token, following in zip(tokens, tokens[1:] + [None]):
        current.append(token)
        if token.text in OPENING_QUOTES:
            open_quotes += 1
        elif token.text in CLOSING_QUOTES:
            open_quotes = max(0, open_quotes - 1)
        if following is None:
            break
        gap = text[token.idx + len(token.text):following.idx]
        ends = (token.text in ".!?" or (token.text in CLOSING_QUOTES and len(current) > 1
                                        and current[-2].text in ".!?"))
        if "\n\n" in gap or "\n" in gap and not open_quotes or (
                ends and not open_quotes and following.text not in CLOSING_QUOTES
                and following.text[:1] not in ",;:" and not following.text[:1].islower()):
            groups.append(current)
            current, open_quotes = [], 0
    if current:
        groups.append(current)
    tagger = _tagger()
    paragraph = paragraph_numbers(text)
    result = []
    for group in groups:
        tags = tagger.tag_sent([t.text for t in group], taglevel=1)
        words = _reportative([_word(token, lemma, tag)
                              for token, (_, lemma, tag) in zip(group, tags)])
        result.append(Sentence(words=words, paragraph=paragraph(group[0].idx)))
    return result


def _word(token, lemma: str, tag: str) -> Word:
    base, _, form = tag.partition("(")
    if base.startswith("$"):
        pos = "PUNCT"
    elif base in ("VV", "VA", "VM"):
        pos = "AUX" if base in ("VA", "VM") else "VERB"
    else:
        pos = STTS_TO_UD.get(base, "X")
    finite = form.startswith("FIN")
    mood = _reporting_mood(token.text, lemma) if finite else None
    return Word(text=token.text, start=token.idx, end=token.idx + len(token.text),
                lemma=lemma, pos=pos, finite=finite, particle=base == "PTKVZ",
                reporting_mood=mood is not None, hearsay=mood == "I")


def _reportative(words: list[Word]) -> list[Word]:
    """Mark the reportative "sollen" with a perfect infinitive ("Er soll Geld veruntreut
    haben": it is said that he did) as the reporting mood."""
    perfect = any(w.lemma in ("sein", "haben") and not w.finite and w.pos == "AUX"
                  and i and words[i - 1].pos in ("VERB", "AUX") for i, w in enumerate(words))
    if not perfect:
        return words
    return [replace(w, reporting_mood=True, hearsay=True)
            if w.finite and w.lemma == "sollen" else w for w in words]


def _reporting_mood(form: str, lemma: str) -> str | None:
    """"I" for Konjunktiv I, "II" for the Konjunktiv II standing in for it, else None:
    the listed forms, and a third person singular made of the stem and "e" ("gebe" of
    "geben", not "gibt")."""
    form = form.lower()
    if form in _subjunctive_forms():
        return _subjunctive_forms()[form]
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else ""
    if stem and form == stem + "e" and lemma not in ("werden", "sein", "haben"):
        return "I"
    return None


@functools.cache
def _subjunctive_forms() -> dict[str, str]:
    return {row["form"]: row["mood"] for row in read_jsonl("subjunctive_forms.de.jsonl",
                                                           required=("form", "mood"))}


@functools.cache
def lexicon() -> Lexicon:
    """The cue lexicons and closed word classes of this language."""
    return load_lexicon(LANGUAGE, quote_pairs=QUOTE_PAIRS, words=CLOSED_WORDS)


@functools.cache
def _tokenizer() -> Language:
    return spacy.blank(LANGUAGE)


@functools.cache
def _tagger() -> HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
