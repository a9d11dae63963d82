"""The archive as the pages read it: read-only connections, outlets by a URL-safe key.

Pages never write: each connection opens the file with ``mode=ro``, so a bug in a page
cannot change the archive, and in WAL mode every read sees the last commit of an ingest
running beside the server (new stories appear without a restart).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from anyascii import anyascii

from crosswire.archive.db import BUSY_TIMEOUT_MS, CACHE_KIB, MIGRATIONS, ArchiveError, connect
from crosswire.knowledge.outlets import Outlet, load_registry

UNKNOWN_OUTLET = "unknown outlet"


def prepare(path: Path) -> None:
    """Bring the archive's schema up to date once, before serving (pages cannot: they
    read only). Raises ``ArchiveError`` or ``FileNotFoundError`` in one line."""
    if not path.exists():
        raise FileNotFoundError(f"no archive at {path} (run crosswire ingest first)")
    connect(path).close()


def open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != len(MIGRATIONS):
        conn.close()
        raise ArchiveError(f"{path}: archive schema {version}, expected {len(MIGRATIONS)} "
                           "(restart crosswire serve to update it)")
    return conn


class Connections:
    """One read-only connection per server thread, opened on first use (a connection
    keeps its page cache warm between requests; SQLite connections are not shared)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = open_readonly(self.path)
        return conn


@dataclass(frozen=True)
class OutletRef:
    """An outlet as the archive names it, its key in URLs and its registry entry."""

    key: str
    name: str
    registry: Outlet | None


def outlet_key(name: str | None) -> str:
    """The registry id of a known outlet, else a slug of its name ("Tide Gazette" ->
    "tide-gazette"); stable across requests, safe in a path."""
    if not name:
        return "unknown"
    known = load_registry().by_name(name)
    if known is not None:
        return known.id
    return _slug(name)


@cache
def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-") or "outlet"


def outlet_ref(name: str | None) -> OutletRef:
    return OutletRef(outlet_key(name), name or UNKNOWN_OUTLET,
                     load_registry().by_name(name) if name else None)


def archive_outlets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Outlet key -> the names the archive stores it under (an outlet may be stored under
    several of its names), from the outlet index."""
    names: dict[str, list[str]] = {}
    for (name,) in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"):
        names.setdefault(outlet_key(name), []).append(name)
    return names


def registry_facts(outlet: Outlet | None) -> dict[str, str]:
    if outlet is None:
        return {}
    return {"name": outlet.name, "country": outlet.country, "kind": outlet.kind,
            "ownership": outlet.ownership, "state_affiliation": outlet.state_affiliation,
            "language": outlet.language}


def placeholders(values: list) -> str:
    return ",".join("?" * len(values))
