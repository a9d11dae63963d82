"""An archive for the web interface tests: the invented archive articles plus one whose
title, outlet and text carry markup that must show as text and run nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import articles, write_jsonl
from click.testing import CliRunner

from crosswire.archive.commands import ingest

HOSTILE_TITLE = "<script>window.pwned = 1</script> Pier gate <b>stays</b> shut"
HOSTILE_TEXT = (
    "Harbour master Pella Quist said the north pier gate would stay shut until the storm "
    "passed. \"The <img src=x onerror=\"window.pwned = 2\"> gate stays shut tonight,\" Quist "
    "told reporters at the quay. Ferry crews said the closure stranded two boats."
)


def hostile_article() -> dict:
    return {"id": "x1", "text": HOSTILE_TEXT, "title": HOSTILE_TITLE,
            "outlet": "Quay <i>Times</i>", "published": "2031-05-02",
            "url": "https://quay.example/gate?a=1&b=<x>"}


def build_archive(folder: Path, nlp, records: list[dict] | None = None) -> Path:
    """Ingest ``records`` (default: the archive fixtures and the hostile article) into
    ``folder/news.db`` with the session's parser."""
    db = folder / "news.db"
    source = write_jsonl(folder / "news.jsonl", records or [*articles(), hostile_article()])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
        result = CliRunner().invoke(ingest, [str(source), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db
