"""Records to and from the JSON the archive stores them as."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar

from crosswire.models import FlatLayout, to_dict

T = TypeVar("T")


def dumps(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    return from_dict(cls, json.loads(text))


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a (nested) dataclass from ``to_dict`` output; unknown keys are ignored so
    records stored before a field was added still load."""
    layout = getattr(cls, "FLAT", None)
    if layout is not None:
        data = _nest(layout, data)
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values = {key: _value(hints[key], value) for key, value in data.items() if key in names}
    return cls(**values)


def _nest(layout: FlatLayout, data: dict[str, Any]) -> dict[str, Any]:
    """A flat record's keys gathered back under the attributes their paths name; a span
    whose offsets were stored as null is None."""
    nested: dict[str, Any] = {}
    spans: dict[str, dict[str, Any]] = {}
    for key, paths in layout.items():
        if key not in data:
            continue
        for path in (paths,) if isinstance(paths, str) else paths:
            name, _, inner = path.partition(".")
            if inner:
                spans.setdefault(name, {})[inner] = data[key]
            else:
                nested[name] = data[key]
    for name, span in spans.items():
        nested[name] = None if span.get("start") is None else span
    return nested


@cache
def _hints(cls: type) -> dict[str, Any]:
    # each record's module (crosswire.models.*) holds every name its annotations use
    return typing.get_type_hints(cls)


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _value(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_value(item, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value
