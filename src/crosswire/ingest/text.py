"""Plain text in any common encoding: the reader of last resort."""

from __future__ import annotations

from collections.abc import Iterator

from crosswire.ingest.decode import MAX_INPUT_BYTES
from crosswire.ingest.types import RawInput
from crosswire.models import Document, InputError

NAME = "text"
SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md")
TEXT = True
MAX_BYTES: int | None = MAX_INPUT_BYTES


def detect(raw: RawInput) -> bool:
    """Anything that decodes is text; decoding failures are reported by the caller."""
    return True


def read(raw: RawInput) -> Iterator[Document | InputError]:
    decoded = raw.decoded
    yield Document(source_path=raw.source, content=decoded.text, format="text",
                   encoding=decoded.encoding)
