"""Hand-made records for the framing readers' tests: articles, coded acts, and the rows a
reader gives each outlet."""

from __future__ import annotations

from crosswire.compare.framing import frame
from crosswire.models import (
    Article,
    DateEstimate,
    Event,
    EventParticipant,
    MergedAnalysis,
    NounPhrase,
    TextSpan,
)
from text_spans import words_in

UNDATED = DateEstimate(None, "unknown", "", 0.0)
NONE = {"North Wire": {}, "South Daily": {}}


def art(id_: str, outlet: str, text: str) -> Article:
    return Article(id_, f"{id_}.txt", outlet, None, UNDATED, "en", text)


def act(article: Article, kind: str, trigger: str, *, doer: str | None = None,
        target: str | None = None, extension: bool = False) -> Event:
    """An event as the parse codes one: its participants' spans name no article, its
    trigger and evidence do."""
    def participant(words: str) -> EventParticipant:
        return EventParticipant(words_in(article.text, words, None), None)

    return Event(id=f"{article.id}:{trigger}", event=kind, mode=None, context=[],
                 actor=[participant(doer)] if doer else [],
                 recipient=[participant(target)] if target else [],
                 trigger=words_in(article.text, trigger, article.id),
                 evidence=TextSpan(article.text, 0, len(article.text), article.id),
                 extension=extension)


def terms_by_outlet(articles: list[Article], source: str, *, events: list[Event] | None = None,
                    noun_phrases: list[NounPhrase] | None = None) -> dict[str, dict[str, tuple]]:
    """outlet -> the term as written -> (referent, the other outlets' terms), for the rows
    one reader (``source``) gives."""
    merged = MergedAnalysis(articles, [], [], events=events or [], noun_phrases=noun_phrases or [])
    return {record.outlet: {use.term: (use.referent, use.others) for use in record.terms
                            if use.source == source}
            for record in frame(merged)}
