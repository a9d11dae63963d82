"""Russian: natasha (razdel's tokens and sentences, slovnet's parts of speech and
morphology, pymorphy's lemmas; the models inside the packages) and the Russian reporting
forms of the data files: «…» quotations, "заявил(а)", "сообщил(а)", "по словам X",
"по данным X", "как отметил X", "«…», — сказал X"."""

from __future__ import annotations

import functools

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, Segmenter

from crosswire.models import Article, ArticleAnalysis
from crosswire.nlp.languages.reported import find_reported, is_speech_cue
from crosswire.nlp.languages.tagged import Lexicon, Sentence, Word, joined, load_lexicon

LANGUAGE = "ru"
QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ('"', '"'))
CLOSED_WORDS = (
    ("pronouns", ("он", "она", "они", "я", "мы")),
    ("reflexives", ("себя",)),
    ("complementisers", ("что", "чтобы", "ли")),
    ("source_openers", ("как",)),
    ("anaphors", ("это", "об", "этом")),
)


def analyse_article(article: Article) -> ArticleAnalysis:
    """Speaker mentions and statements of a Russian article."""
    mentions, statements = find_reported(article.text, sentences(article.text),
                                         lexicon=_lexicon(), article=article)
    return ArticleAnalysis(article=article, mentions=mentions, statements=statements)


def speech_cue(cue: str) -> bool:
    """Does a cue as written ("заявил", "по словам") name speech?"""
    tagged = sentences(cue)
    return bool(tagged) and is_speech_cue([w for s in tagged for w in s.words], _lexicon())


def sentences(text: str) -> list[Sentence]:
    segmenter, tagger, vocabulary = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(tagger)
    result = []
    for sent in doc.sents:
        words = []
        for token in sent.tokens:
            token.lemmatize(vocabulary)
            words.append(Word(text=token.text, start=token.start, end=token.stop,
                              lemma=token.lemma or token.text.lower(), pos=token.pos,
                              finite=(token.feats or {}).get("VerbForm") == "Fin"))
        if words:
            result.append(Sentence(words=words, paragraph=text.count("\n\n", 0, words[0].start)))
    return joined(text, result, _lexicon())


@functools.cache
def _lexicon() -> Lexicon:
    return load_lexicon(LANGUAGE, quote_pairs=QUOTE_PAIRS, words=CLOSED_WORDS)


@functools.cache
def _models() -> tuple[Segmenter, NewsMorphTagger, MorphVocab]:
    return Segmenter(), NewsMorphTagger(NewsEmbedding()), MorphVocab()
