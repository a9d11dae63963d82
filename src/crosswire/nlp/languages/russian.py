"""Russian: natasha (razdel's tokens and sentences, slovnet's parts of speech and
morphology, pymorphy's lemmas; the models inside the packages) and the Russian reporting
forms of the data files: «…» quotations, "заявил(а)", "сообщил(а)", "по словам X",
"по данным X", "как отметил X", "«…», — сказал X"."""

from __future__ import annotations

import functools

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, Segmenter

from crosswire.nlp.languages.tagged import (Lexicon, Sentence, Word, by_paragraph, joined,
                                            load_lexicon, paragraph_numbers)

LANGUAGE = "ru"
QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ('"', '"'))
CLOSED_WORDS = (
    ("pronouns", ("он", "она", "они", "я", "мы")),
    ("reflexives", ("себя",)),
    ("complementisers", ("что", "чтобы", "ли")),
    ("source_openers", ("как",)),
    ("anaphors", ("это", "об", "этом")),
)


def sentences(text: str) -> list[Sentence]:
    segmenter, tagger, vocabulary = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(tagger)
    paragraph = paragraph_numbers(text)
    result = []
    for sent in doc.sents:
        words = []
        for token in sent.tokens:
            token.lemmatize(vocabulary)
            words.append(Word(text=token.text, start=token.start, end=token.stop,
                              lemma=token.lemma or token.text.lower(), pos=token.pos,
                              finite=(token.feats or {}).get("VerbForm") == "Fin",
                              case=(token.feats or {}).get("Case")))
        result.extend(by_paragraph(words, paragraph))
    return joined(text, result, lexicon())


@functools.cache
def lexicon() -> Lexicon:
    """The cue lexicons and closed word classes of this language."""
    return load_lexicon(LANGUAGE, quote_pairs=QUOTE_PAIRS, words=CLOSED_WORDS)


@functools.cache
def _models() -> tuple[Segmenter, NewsMorphTagger, MorphVocab]:
    return Segmenter(), NewsMorphTagger(NewsEmbedding()), MorphVocab()
