"""French: spaCy's ``fr_core_news_sm`` (tokens, parts of speech, lemmas, mood, sentences)
and the French reporting forms of the data files: « … » quotations, cue verbs ("a
déclaré", "a-t-il ajouté"), "selon X", "d'après X", "comme l'a indiqué X", and the
conditional of unconfirmed report ("le ministre aurait démissionné")."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from crosswire.nlp.languages.tagged import (Lexicon, Sentence, Word, by_paragraph, joined,
                                            load_lexicon, paragraph_numbers)

LANGUAGE = "fr"
MODEL = "fr_core_news_sm"
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))
CLOSED_WORDS = (
    ("pronouns", ("il", "elle", "ils", "elles", "on", "je", "nous", "-il", "-elle", "-ils",
                  "-elles", "-on")),
    ("attachments", ("de", "du", "des", "d'")),
    ("reflexives", ("se", "s'")),
    ("complementisers", ("que", "qu'", "si")),
    ("source_openers", ("comme",)),
    ("passive_auxiliaries", ("être",)),
    ("anaphors", ("c'", "cela", "ce")),
    ("objects", ("l'", "le", "la", "les", "lui", "leur", "y", "en")),
)


def sentences(text: str) -> list[Sentence]:
    doc = _nlp()(text)
    paragraph = paragraph_numbers(text)
    result = []
    for sent in doc.sents:
        words = [_word(token) for token in sent if not token.is_space]
        result.extend(by_paragraph(words, paragraph))
    return joined(text, result, lexicon())


def _word(token) -> Word:
    finite = "Fin" in token.morph.get("VerbForm")
    pos = token.pos_
    if token.text == "-t":  # the euphonic t of "a-t-elle"
        pos = "PART"
    elif token.text.startswith("-") and token.text.lower() in lexicon().pronouns:
        pos = "PRON"  # the subject after an inverted verb ("a-t-elle ajouté")
    return Word(text=token.text, start=token.idx, end=token.idx + len(token.text),
                lemma=token.lemma_, pos=pos, finite=finite,
                reporting_mood=finite and "Cnd" in token.morph.get("Mood"))


@functools.cache
def lexicon() -> Lexicon:
    """The cue lexicons and closed word classes of this language."""
    return load_lexicon(LANGUAGE, quote_pairs=QUOTE_PAIRS, words=CLOSED_WORDS)


@functools.cache
def _nlp() -> Language:
    return spacy.load(MODEL, exclude=["ner"])
