"""What every reader sees (one raw input) and what it must provide (the Reader protocol)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from typing import Protocol

from crosswire.ingest.decode import Decoded, decode
from crosswire.models import Document, InputError


@dataclass(frozen=True)
class RawInput:
    """The bytes of one file or of stdin, and the name errors and documents carry."""

    source: str
    data: bytes

    @property
    def suffix(self) -> str:
        return PurePath(self.source).suffix.lower()

    @cached_property
    def decoded(self) -> Decoded:
        """The bytes as text (raises ``Unreadable``); decoded once, shared by detect and read."""
        return decode(self.data)


class Reader(Protocol):
    """A reader module: the suffixes it claims, a content sniffer, and the reader itself.

    A file whose suffix a reader claims goes to that reader; any other file goes to the
    first reader whose ``detect`` accepts its content (the plain-text reader accepts all).
    """

    SUFFIXES: tuple[str, ...]

    @staticmethod
    def detect(raw: RawInput) -> bool: ...

    @staticmethod
    def read(raw: RawInput) -> Iterator[Document | InputError]: ...
