"""events.plover.jsonl: a run's events as PLOVER JSON Lines, PLOVER fields first."""

from __future__ import annotations

import json
import re
from typing import IO, Any

from crosswire.models import Briefing, Event, to_dict


# Characters that are valid raw in JSON but that many line readers (Python's splitlines,
# JavaScript before ES2019) take as line breaks: written escaped, one record stays one line.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
# Translating a line char by char cost twice the encoding; few lines hold one of them.
_LINE_BREAK = re.compile("[\u0085\u2028\u2029]")


def json_line(record: dict[str, Any]) -> str:
    """One JSON Lines record, non-ASCII text kept readable, line-break characters escaped."""
    line = json.dumps(record, ensure_ascii=False)
    return (line.translate(_LINE_BREAKS) if _LINE_BREAK.search(line) else line) + "\n"


def event_json(event: Event) -> dict[str, Any]:
    """A PLOVER JSON record: PLOVER fields first, crosswire extensions after them."""
    return _plover_record(to_dict(event))


def _plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """``event_json`` of an event's ``to_dict``, which is left as it was (brief.json writes
    the same copy)."""
    ordered = {key: record[key] for key in ("id", "event", "mode", "context")}
    for key in ("actor", "recipient"):
        ordered[key] = [{"text": p["text"], "code": p["code"], "start": p["start"], "end": p["end"]}
                        for p in record[key]]
    ordered.update((key, value) for key, value in record.items() if key not in ordered)
    return ordered


def write_plover_jsonl(briefing: Briefing, *, output: IO[str],
                       event_records: list[dict[str, Any]] | None = None) -> int:
    """Export a run's events as PLOVER JSON Lines, one event a line, each with its source
    article (id, outlet, URL, publication date); returns the number of lines written.
    ``event_records``: the events' ``to_dict`` where the caller made it already."""
    articles = {article.id: article for article in briefing.articles}
    written = 0
    records = event_records if event_records is not None else to_dict(briefing.events)
    for event, copy in zip(briefing.events, records, strict=True):
        record = _plover_record(copy)
        article = articles.get(event.evidence.article or "")
        if article is not None:
            record["source_article"] = {"id": article.id, "outlet": article.outlet, "url": article.url,
                                        "published": article.published.value}
        output.write(json_line(record))
        written += 1
    return written
