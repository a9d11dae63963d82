"""brief.json: the briefing as a stable contract other tools read.

The shape is described by ``crosswire/data/brief.schema.json``. Dates of articles and
statements are flattened to their ISO string (``published``, ``said_on``) with the
precision and the days it allows (``_earliest``, ``_latest``) beside them, so a reader
that only wants the value does not have to know ``DateEstimate``. The analysis sections (claims, positions, events, framing, timeline)
are the compare records as they are, ids and character offsets included; the summary
is the one the HTML page shows, each sentence with the spans it cites.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from crosswire.briefing.summary import SummarySentence, summarise
from crosswire.compare.claim_meaning import matcher
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    DateEstimate,
    Mention,
    Statement,
    to_dict,
)

# Bumped when a field is renamed or removed; adding fields keeps the version.
FORMAT = "crosswire.brief"
FORMAT_VERSION = 1


def briefing_to_json(briefing: Briefing) -> dict[str, Any]:
    """The JSON-ready contract for one briefing."""
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
        "statements": [_statement(statement) for statement in briefing.statements],
        "mentions": [_mention(mention) for mention in briefing.mentions],
        "errors": [{"source": e.source, "message": e.message} for e in briefing.errors],
        "claim_matching": matcher(),
        "claims": _plain(briefing.claims),
        "issues": _plain(briefing.issues),
        "positions": _plain(briefing.positions),
        "events": _plain(briefing.events),
        "framing": _plain(briefing.framing),
        "timeline": _plain(briefing.timeline),
    }


def write_json(briefing: Briefing, *, path: Path) -> Path:
    # Compact: json's C encoder only runs without indent, and indenting costs 10x the time
    # on a large briefing (readers pretty-print with `python -m json.tool` or jq).
    path.write_text(json.dumps(briefing_to_json(briefing), ensure_ascii=False,
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
        "segments": [
            [s.text_start, s.source_start, s.length, s.source_length, s.exact]
            for s in article.segments
        ],
        "url": article.url,
        "input_id": article.input_id,
        "outlet_evidence": article.outlet_evidence,
    }


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
            {"text": alias.text, "article": alias.article, "start": alias.start, "end": alias.end}
            for alias in actor.seen
        ],
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "id": statement.id,
        "article": statement.article,
        "start": statement.start,
        "end": statement.end,
        "text": statement.text,
        "kind": statement.kind,
        "cue": statement.cue,
        "cue_start": statement.cue_start,
        "cue_end": statement.cue_end,
        "speaker": statement.speaker,
        "speaker_text": statement.speaker_text,
        "speaker_start": statement.speaker_start,
        "speaker_end": statement.speaker_end,
        "speaker_mention": statement.speaker_mention,
        "resolution": {
            "method": statement.resolution.method,
            "confidence": statement.resolution.confidence,
        },
        "via": statement.via,
        "addressee": statement.addressee,
        "cue_type": statement.cue_type,
        **_date("said_on", statement.said_on),
    }


def _sentence(sentence: SummarySentence) -> dict[str, Any]:
    return {**_plain(sentence), "outlets": sentence.outlets}


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "id": mention.id,
        "article": mention.article,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "role": mention.role,
    }


def _date(name: str, date: DateEstimate | None) -> dict[str, Any]:
    """``name``, ``name_precision``, ``name_evidence``, ``name_confidence`` and the days
    the date allows, ``name_earliest`` and ``name_latest``."""
    if date is None:
        return {
            name: None,
            f"{name}_precision": None,
            f"{name}_evidence": None,
            f"{name}_confidence": None,
            f"{name}_earliest": None,
            f"{name}_latest": None,
        }
    return {
        name: date.value,
        f"{name}_precision": date.precision,
        f"{name}_evidence": date.evidence,
        f"{name}_confidence": date.confidence,
        f"{name}_earliest": date.earliest,
        f"{name}_latest": date.latest,
    }


_ATOMS = (str, int, float, bool, type(None))
_field_names: dict[type, tuple[str, ...]] = {}


def _plain(record: Any) -> Any:
    """What ``models.to_dict`` returns, faster on the large analysis sections: the field
    names of each record class are looked up once instead of once per record."""
    kind = type(record)
    if kind in _ATOMS:
        return record
    names = _field_names.get(kind)
    if names is None:
        if isinstance(record, type) or not dataclasses.is_dataclass(record):
            if isinstance(record, list | tuple):
                return [_plain(item) for item in record]
            if isinstance(record, dict):
                return {key: _plain(value) for key, value in record.items()}
            return to_dict(record)
        names = _field_names[kind] = tuple(f.name for f in dataclasses.fields(record))
    return {name: _plain(getattr(record, name)) for name in names}
