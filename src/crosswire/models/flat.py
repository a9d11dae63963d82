"""How records are written out flat: the ``FLAT`` layouts of records with spans and the
one JSON-ready copy of any record (``to_dict``)."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

# Records with spans are stored and rendered flat, in the shape they had before spans were
# records of their own (brief.json, events.plover.jsonl and archive rows are contracts):
# ``FLAT`` maps each output key, in order, to the attribute path it comes from (several
# paths: the first is written, all are restored on reading).
FlatLayout = dict[str, str | tuple[str, ...]]

_ATOMS = (str, int, float, bool, type(None))


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of a record (or a list of them), flat where its class says so.

    Fast enough for a large briefing's analysis sections: atoms, most of the values, are
    copied where they are met instead of in a call of their own, and each record class's
    layout is worked out once."""
    kind = type(record)
    if kind in _ATOMS:
        return record
    if isinstance(record, list | tuple):
        return [item if type(item) in _ATOMS else to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: value if type(value) in _ATOMS else to_dict(value) for key, value in record.items()}
    layout = _record_layout(kind)
    if layout is None:
        return record
    copy = {}
    for key, name, inner in layout:
        value = getattr(record, name) if inner is None else getattr(getattr(record, name), inner, None)
        copy[key] = value if type(value) in _ATOMS else to_dict(value)
    for key in _omitted_when_none(kind):
        if copy.get(key) is None:
            del copy[key]
    return copy


@cache
def _omitted_when_none(kind: type) -> tuple[str, ...]:
    """Keys a record class writes only when set (``OMITTED_WHEN_NONE``): a field added
    for a few records leaves every other one's written shape as it was."""
    return getattr(kind, "OMITTED_WHEN_NONE", ())


@cache
def _record_layout(kind: type) -> tuple[tuple[str, str, str | None], ...] | None:
    """``flat_layout`` of a record class, None for a class that is no record."""
    return flat_layout(kind) if dataclasses.is_dataclass(kind) else None


@cache
def flat_layout(cls: type) -> tuple[tuple[str, str, str | None], ...]:
    """Per key a record of ``cls`` is written with, in order: the key, the field it comes
    from and, for a span stored flat, the span's attribute (None: the field itself)."""
    flat: FlatLayout | None = getattr(cls, "FLAT", None)
    if flat is None:
        return tuple((f.name, f.name, None) for f in dataclasses.fields(cls))
    rows = []
    for key, paths in flat.items():
        name, _, inner = (paths if isinstance(paths, str) else paths[0]).partition(".")
        rows.append((key, name, inner or None))
    return tuple(rows)


# --- Cross-article analysis (crosswire.compare): events, claims, positions, framing, timeline.
