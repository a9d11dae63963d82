"""brief.json: the briefing as a stable contract other tools read.

The shape is described by ``crosswire/data/brief.schema.json``. Dates of articles and
statements are flattened to their ISO string (``published``, ``said_on``) with the
precision and the days it allows (``_earliest``, ``_latest``) beside them, so a reader
that only wants the value does not have to know ``DateEstimate``. The analysis sections (claims, positions, events, framing, timeline)
are the compare records as they are, ids and character offsets included; the summary
is the one the HTML page shows, each sentence with the spans it cites.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crosswire.briefing.summary import SummarySentence, summarise
from crosswire.compare.sentence_model import matcher
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    DateEstimate,
    Mention,
    Segment,
    Statement,
    to_dict,
)

# Bumped when a field is renamed or removed; adding fields keeps the version.
FORMAT = "crosswire.brief"
FORMAT_VERSION = 1


def briefing_to_json(briefing: Briefing, *, event_records: list[dict[str, Any]] | None = None
                     ) -> dict[str, Any]:
    """The JSON-ready contract for one briefing; ``event_records``: its events' ``to_dict``
    where the caller made it already (``write_briefing`` shares it with the PLOVER lines)."""
    # a statement not in English carries its language, as the other renderings mark it
    languages = {article.id: article.language for article in briefing.articles
                 if article.language not in (None, "en")}
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "counts": {
            "articles": len(briefing.articles),
            "statements": len(briefing.statements),
            "actors": len(briefing.actors),
            "mentions": len(briefing.mentions),
            "errors": len(briefing.errors),
            "claims": len(briefing.claims),
            "issues": len(briefing.issues),
            "positions": len(briefing.positions),
            "events": len(briefing.events),
            "timeline": len(briefing.timeline),
        },
        "summary": [_sentence(sentence) for sentence in summarise(briefing)],
        "articles": [_article(article) for article in briefing.articles],
        "actors": [_actor(actor) for actor in briefing.actors],
        "statements": [_statement(statement, language=languages.get(statement.span.article))
                       for statement in briefing.statements],
        "mentions": [_mention(mention) for mention in briefing.mentions],
        "errors": [{"source": e.source, "message": e.message} for e in briefing.errors],
        "claim_matching": matcher(),
        "claims": to_dict(briefing.claims),
        "issues": to_dict(briefing.issues),
        "positions": to_dict(briefing.positions),
        "events": event_records if event_records is not None else to_dict(briefing.events),
        "framing": to_dict(briefing.framing),
        "timeline": to_dict(briefing.timeline),
    }


def write_json(briefing: Briefing, *, path: Path,
               event_records: list[dict[str, Any]] | None = None) -> Path:
    # Compact: json's C encoder only runs without indent, and indenting costs 10x the time
    # on a large briefing (readers pretty-print with `python -m json.tool` or jq).
    path.write_text(json.dumps(briefing_to_json(briefing, event_records=event_records), ensure_ascii=False,
                               separators=(",", ":")), "utf-8")
    return path


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source_path": article.source_path,
        "outlet": article.outlet,
        "title": article.title,
        **_date("published", article.published),
        "language": article.language,
        "text": article.text,
        "removed": [
            {
                "text": piece.text,
                "reason": piece.reason,
                "source_start": piece.source_start,
                "source_end": piece.source_end,
            }
            for piece in article.removed
        ],
        # Compact rows, not objects: a long article has many segments.
        "segments": [_segment(s) for s in article.segments],
        # The title's way back to the input, a segment row; only where the input holds it.
        **({"title_source": _segment(article.title_source)} if article.title_source else {}),
        "url": article.url,
        "input_id": article.input_id,
        "outlet_evidence": article.outlet_evidence,
        # Only HTML pages name their author; other inputs keep their briefs unchanged.
        **({"author": article.author} if article.author else {}),
        # Only articles no pipeline read say so; analysed ones keep their briefs unchanged.
        **({"not_analysed": article.not_analysed} if article.not_analysed else {}),
    }


def _segment(s: Segment) -> list[Any]:
    return [s.text_start, s.source_start, s.length, s.source_length, s.exact]


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "roles": list(actor.roles),
        "country": actor.country,
        "country_evidence": actor.country_evidence,
        "seen": [
            {"text": seen.text, "article": seen.article, "start": seen.start, "end": seen.end}
            for seen in actor.seen
        ],
    }


def _statement(statement: Statement, *, language: str | None) -> dict[str, Any]:
    span, cue, speaker_words = statement.span, statement.cue, statement.speaker_words
    return {
        "id": statement.id,
        "article": span.article,
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "kind": statement.kind,
        "cue": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "speaker": statement.speaker,
        "speaker_text": speaker_words.text if speaker_words else None,
        "speaker_start": speaker_words.start if speaker_words else None,
        "speaker_end": speaker_words.end if speaker_words else None,
        "speaker_mention": statement.speaker_mention,
        "co_speakers": statement.co_speakers,
        "co_speaker_mentions": statement.co_speaker_mentions,
        "affiliation": statement.affiliation,
        "affiliation_mention": statement.affiliation_mention,
        "resolution": {
            "method": statement.resolution.method,
            "confidence": statement.resolution.confidence,
        },
        "via": statement.via,
        "addressee": statement.addressee,
        "cue_type": statement.cue_type,
        **_date("said_on", statement.said_on),
        **_located("said_on", statement.said_on),
        **({"language": language} if language else {}),
    }


def _sentence(sentence: SummarySentence) -> dict[str, Any]:
    return {**to_dict(sentence), "outlets": sentence.outlets}


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "id": mention.id,
        "article": mention.span.article,
        "start": mention.span.start,
        "end": mention.span.end,
        "text": mention.span.text,
        "kind": mention.kind,
        "role": mention.role,
    }


def _located(name: str, date: DateEstimate | None) -> dict[str, Any]:
    """``name_start`` and ``name_end``: where the phrase the date was read from stands in
    the record's article; None when the publication dates it."""
    span = date.span if date is not None else None
    return {f"{name}_start": span.start if span else None,
            f"{name}_end": span.end if span else None}


def _date(name: str, date: DateEstimate | None) -> dict[str, Any]:
    """``name``, ``name_precision``, ``name_evidence``, ``name_confidence``, the days
    the date allows, ``name_earliest`` and ``name_latest``, and how it was reached,
    ``name_basis``."""
    if date is None:
        return {
            name: None,
            f"{name}_precision": None,
            f"{name}_evidence": None,
            f"{name}_confidence": None,
            f"{name}_earliest": None,
            f"{name}_latest": None,
            f"{name}_basis": None,
        }
    return {
        name: date.value,
        f"{name}_precision": date.precision,
        f"{name}_evidence": date.evidence,
        f"{name}_confidence": date.confidence,
        f"{name}_earliest": date.earliest,
        f"{name}_latest": date.latest,
        f"{name}_basis": date.basis,
    }
