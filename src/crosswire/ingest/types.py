"""What every reader sees (one raw input) and what it must provide (the Reader protocol)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from crosswire.ingest.decode import Decoded, declared_charset, decode
from crosswire.models import Document, InputError


@dataclass(frozen=True)
class Page:
    """A fetched web page or feed: its bytes, the address after redirects, its media type."""

    url: str
    data: bytes
    content_type: str = ""


# Fetching is the archive's to allow (it guards the network); the readers only call it.
FetchPage = Callable[[str], "Page | InputError"]
ReadUrl = Callable[[str], Iterator["Document | InputError"]]
ReadPage = Callable[[bytes, str], Iterator["Document | InputError"]]


def _no_pages(data: bytes, source: str) -> Iterator[Document | InputError]:
    yield InputError(source, "a page inside another input, not read")


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input, the name errors and documents carry, and how to go on.

    ``path`` is the regular file the bytes came from, for readers that stream a large
    file record by record; ``content_type`` is the media type a server declared;
    ``read_url`` reads a linked page when the command fetches (``None``: it does not);
    ``read_page`` reads a page found inside the input (an archived response) as any
    input is read. Both are given by the registry, which the readers cannot import.
    """

    source: str
    data: bytes
    path: str | None = None
    content_type: str = ""
    read_url: ReadUrl | None = None
    read_page: ReadPage = _no_pages

    @property
    def name(self) -> str:
        """The input's file name, lower-cased, without a URL's query: what suffixes match."""
        return self.source.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1].lower()

    @cached_property
    def decoded(self) -> Decoded:
        """The bytes as text (raises ``Unreadable``); decoded once, shared by detect and read.

        A charset declared inside the bytes (HTML <meta>, XML declaration) is honoured
        whatever the reader: it only matters for input that is not UTF-8.
        """
        return decode(self.data, declared=declared_charset(self.data))


class Reader(Protocol):
    """A reader module: its name, the suffixes it claims, its size cap, a sniffer, a reader.

    A file whose name ends in a suffix a reader claims goes to that reader; any other
    input goes to the first reader whose ``detect`` accepts it (plain text accepts all).
    ``TEXT`` readers read ``raw.decoded``; the others read the bytes themselves.
    ``MAX_BYTES`` caps the input; ``None``: the reader streams a file record by record,
    so only input held in memory (stdin, a fetched page) is capped.
    Modules satisfy protocols too: ``self`` is dropped from their functions.
    """

    NAME: str
    SUFFIXES: tuple[str, ...]
    TEXT: bool
    MAX_BYTES: int | None

    def detect(self, raw: RawInput) -> bool: ...

    def read(self, raw: RawInput) -> Iterator[Document | InputError]: ...
