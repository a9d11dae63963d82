"""The same ingest three ways: one process, the built-in worker pool, a Dask LocalCluster.

Also the single writer's own throughput (articles stored per second, parsing taken out)
against one worker's parse rate: the number of workers one writer can keep up with.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from crosswire.archive import export


def archive_contents(db: Path) -> dict[str, list[dict[str, Any]]]:
    """Every exported table of the archive at ``db``, without the ingest times: two
    archives that store the same are equal here."""
    conn = sqlite3.connect(db)
    try:
        return {table: [{name: value for name, value in row.items() if name != "ingested_at"}
                        for row in export.rows(conn, table)]
                for table in export.TABLES}
    finally:
        conn.close()
