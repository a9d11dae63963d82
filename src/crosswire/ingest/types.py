"""What every reader sees (one raw input) and what it must provide (the Reader protocol)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from typing import Protocol

from crosswire.ingest.decode import Decoded, declared_charset, decode
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
        """The bytes as text (raises ``Unreadable``); decoded once, shared by detect and read.

        A charset declared inside the bytes (HTML <meta>, XML declaration) is honoured
        whatever the reader: it only matters for input that is not UTF-8.
        """
        return decode(self.data, declared=declared_charset(self.data))


class Reader(Protocol):
    """A reader module: the suffixes it claims, a content sniffer, and the reader itself.

    A file whose suffix a reader claims goes to that reader; any other file goes to the
    first reader whose ``detect`` accepts its content (the plain-text reader accepts all).
    Modules satisfy protocols too: ``self`` is dropped from their functions.
    """

    SUFFIXES: tuple[str, ...]

    def detect(self, raw: RawInput) -> bool: ...

    def read(self, raw: RawInput) -> Iterator[Document | InputError]: ...
