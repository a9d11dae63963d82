"""crosswire's per-article analysis as registered spaCy pipeline components.

``crosswire_mentions`` finds actor mentions, ``crosswire_statements`` the attributed
statements (their speakers resolved against the mentions, so it requires them) and
``crosswire_events`` the PLOVER events and ``crosswire_noun_phrases`` the noun phrases
framing compares across outlets; each writes a list of records to a Doc extension
of its own name (``doc._.crosswire_mentions`` ...). A model loaded with plain
``spacy.load`` takes them with ``nlp.add_pipe("crosswire_mentions")`` and so on; spaCy
finds them through the ``spacy_factories`` entry points without crosswire being imported.

The article a Doc is the text of travels on the Doc, in ``doc._.crosswire_article``, set
on a Doc from ``nlp.make_doc`` before the pipeline runs (``nlp.pipe`` takes ready Docs).
Statements need it for their ids and to date "on Monday" from the publication date. A
component config could not carry it: config is fixed when the pipe is added, the article
changes with every Doc. A Doc without an article (a plain ``nlp(text)``) is read as an
undated article whose id is ``doc``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from crosswire.models import Article, DateEstimate
from crosswire.nlp.attribution import find_statements
from crosswire.nlp.events.coding import code_doc, code_recast, recasting
from crosswire.nlp.mentions import find_mentions
from crosswire.nlp.noun_phrases import find_noun_phrases

ARTICLE = "crosswire_article"
MENTIONS = "crosswire_mentions"
STATEMENTS = "crosswire_statements"
EVENTS = "crosswire_events"
NOUN_PHRASES = "crosswire_noun_phrases"
# In pipeline order: statements resolve their speakers against the mentions.
COMPONENTS = (MENTIONS, STATEMENTS, EVENTS, NOUN_PHRASES)
# A short text judged by its tags and dependencies alone (a quotation's words, a headline)
# is parsed without these: the named entities and lemmas, which the recogniser (with an
# embedding of its own) and the lemmatizer add after the parse, would cost about half of
# that parse and change none of it.
ALL_BUT_TAGS_AND_DEPENDENCIES = (*COMPONENTS, "lemmatizer", "ner")

UNNAMED_ARTICLE_ID = "doc"

for _extension in (ARTICLE, *COMPONENTS):
    if not Doc.has_extension(_extension):
        Doc.set_extension(_extension, default=None)


def article_of(doc: Doc) -> Article:
    """The article ``doc`` was made from, or an undated stand-in when none was set."""
    article = doc._.get(ARTICLE)
    if article is None:
        article = Article(id=UNNAMED_ARTICLE_ID, source_path="", outlet=None, title=None,
                          published=DateEstimate(None, "unknown", "", 0.0), language=None,
                          text=doc.text)
        doc._.set(ARTICLE, article)
    return article


@Language.component(
    MENTIONS,
    requires=["doc.ents", "token.ent_type", "token.dep", "token.tag", "token.lemma"],
    assigns=[f"doc._.{MENTIONS}"],
)
def mentions_component(doc: Doc) -> Doc:
    """Actor mentions: named people, organisations, places and peoples."""
    doc._.set(MENTIONS, find_mentions(doc, article=article_of(doc)))
    return doc


@Language.component(
    STATEMENTS,
    requires=[f"doc._.{MENTIONS}", "doc.sents", "token.dep", "token.tag", "token.lemma"],
    assigns=[f"doc._.{STATEMENTS}"],
)
def statements_component(doc: Doc) -> Doc:
    """Attributed statements in text order, speakers resolved to the Doc's mentions."""
    mentions = doc._.get(MENTIONS)
    if mentions is None:
        raise ValueError(f"{STATEMENTS} needs {MENTIONS} earlier in the pipeline")
    doc._.set(STATEMENTS, find_statements(doc, article=article_of(doc), mentions=mentions))
    return doc


@Language.factory(
    EVENTS,
    requires=["doc.sents", "doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=[f"doc._.{EVENTS}"],
)
def events_component(nlp: Language, name: str) -> EventsComponent:
    """PLOVER events of every sentence, in sentence order; a Title Case or ALL CAPS
    sentence is parsed again, recased, by ``nlp`` without crosswire's components."""
    return EventsComponent(nlp)


class EventsComponent:
    """The events pipe; a class, not a closure, so a pipeline with it pickles (the brief
    sends the pipeline to spawned workers)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def reparse(self, texts: list[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts, disable=COMPONENTS))

    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc).id
        doc._.set(EVENTS, code_doc(doc, article=article, id_prefix=f"{article}:e",
                                   reparse=self.reparse))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 16) -> Iterator[Doc]:
        """What ``__call__`` does to each Doc, the lines to parse again of a whole batch
        parsed in one call: each ``nlp.pipe`` call costs several milliseconds however few
        its words, and most articles with a headline to recase have only one or two."""
        # each Doc's lines found as it comes, while its view (``doc_view.py``) is at hand
        for batch in minibatch(((doc, recasting(doc)) for doc in docs), size=batch_size):
            texts = [copy for _, plan in batch for copy in plan.copies]
            copies = iter(self.reparse(texts) if texts else [])
            for doc, plan in batch:
                article = article_of(doc).id
                doc._.set(EVENTS, code_recast(plan, [next(copies) for _ in plan.copies],
                                              article=article, id_prefix=f"{article}:e"))
                yield doc


@Language.component(
    NOUN_PHRASES,
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=[f"doc._.{NOUN_PHRASES}"],
)
def noun_phrases_component(doc: Doc) -> Doc:
    """Noun phrases with a modifier before their head, outside long quotations."""
    doc._.set(NOUN_PHRASES, find_noun_phrases(doc, article=article_of(doc).id))
    return doc
