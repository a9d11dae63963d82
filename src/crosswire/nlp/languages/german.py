"""German: spaCy's German tokenizer and sentence rules, HanTa's part-of-speech tags and
lemmas (its model inside the package), and the German reporting forms of the data files:
„…“ and »…« quotations, cue verbs with their separable particles ("teilte ... mit"),
"laut X", "X zufolge", ", so X", and the Konjunktiv I of indirect speech ("sei", "habe").
"""

from __future__ import annotations

import functools

import spacy
from HanTa import HanoverTagger
from spacy.language import Language

from crosswire.data import read_jsonl
from crosswire.models import Article, ArticleAnalysis
from crosswire.nlp.languages.reported import (
    Lexicon,
    Sentence,
    Word,
    find_reported,
    is_speech_cue,
    load_lexicon,
)

LANGUAGE = "de"
QUOTE_PAIRS = (("„", "“"), ("»", "«"), ("“", "”"), ('"', '"'))
PRONOUNS = ("er", "sie", "es", "ich", "wir", "man")
# Genitive articles and "von" join a phrase to the noun before it ("der Sprecher des Amtes").
ATTACHMENTS = ("des", "der", "eines", "einer", "von", "vom")
REFLEXIVES = ("sich",)
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


def analyse_article(article: Article) -> ArticleAnalysis:
    """Speaker mentions and statements of a German article (no events or noun phrases:
    their lexicons are English)."""
    text = article.text
    mentions, statements = find_reported(text, sentences(text), lexicon=_lexicon(),
                                         article=article)
    return ArticleAnalysis(article=article, mentions=mentions, statements=statements)


def speech_cue(cue: str) -> bool:
    """Does a cue as written ("teilte mit", "laut") name speech?"""
    sentence = sentences(cue)
    return bool(sentence) and is_speech_cue(sentence[0].words, _lexicon())


def sentences(text: str) -> list[Sentence]:
    """Tagged sentences; a sentence the rules cut inside a quotation, or before a comma or
    a small letter ("„Wir kommen.“, sagte sie"), is joined to the one before."""
    doc = _tokenizer()(text)
    spans: list[list] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        if spans and _continues(text, spans[-1], tokens):
            spans[-1].extend(tokens)
        else:
            spans.append(tokens)
    tagger = _tagger()
    result = []
    for tokens in spans:
        tags = tagger.tag_sent([t.text for t in tokens], taglevel=1)
        words = [_word(token, lemma, tag) for token, (_, lemma, tag) in zip(tokens, tags)]
        result.append(Sentence(words=words, paragraph=text.count("\n\n", 0, tokens[0].idx)))
    return result


def _continues(text: str, before: list, tokens: list) -> bool:
    first = tokens[0].text
    if first[:1] in ",;:" or first[:1].islower():
        return "\n\n" not in text[before[-1].idx:tokens[0].idx]
    opened = sum(1 for t in before if t.text in ("„", "»"))
    closed = sum(1 for t in before if t.text in ("“", "«"))
    return opened > closed and "\n\n" not in text[before[0].idx:tokens[0].idx]


def _word(token, lemma: str, tag: str) -> Word:
    base, _, form = tag.partition("(")
    if base.startswith("$"):
        pos = "PUNCT"
    elif base in ("VV", "VA", "VM"):
        pos = "AUX" if base in ("VA", "VM") else "VERB"
    else:
        pos = STTS_TO_UD.get(base, "X")
    finite = form.startswith("FIN")
    return Word(text=token.text, start=token.idx, end=token.idx + len(token.text),
                lemma=lemma, pos=pos, finite=finite, particle=base == "PTKVZ",
                reporting_mood=finite and _reporting_mood(token.text, lemma))


def _reporting_mood(form: str, lemma: str) -> bool:
    """Konjunktiv I (or the Konjunktiv II standing in for it): the listed forms, and a
    third person singular made of the stem and "e" ("gebe" of "geben", not "gibt")."""
    form = form.lower()
    if form in _subjunctive_forms():
        return True
    lemma = lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else ""
    return bool(stem) and form == stem + "e" and lemma not in ("werden", "sein", "haben")


@functools.cache
def _subjunctive_forms() -> frozenset[str]:
    return frozenset(row["form"] for row in read_jsonl("subjunctive_forms.de.jsonl",
                                                       required=("form",)))


@functools.cache
def _lexicon() -> Lexicon:
    return load_lexicon(LANGUAGE, quote_pairs=QUOTE_PAIRS, pronouns=PRONOUNS,
                        attachments=ATTACHMENTS, reflexives=REFLEXIVES)


@functools.cache
def _tokenizer() -> Language:
    nlp = spacy.blank(LANGUAGE)
    nlp.add_pipe("sentencizer")
    return nlp


@functools.cache
def _tagger() -> HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
