"""`crosswire brief` end to end on bad and mixed inputs: report, continue, fail only on nothing."""

from __future__ import annotations

import errno
import json

import pytest
from click.testing import CliRunner

from crosswire.cli import cli

GOOD = "The foreign minister said on Sunday that talks could resume. \"We are ready,\" she said.\n"


@pytest.fixture(scope="module")
def runner(nlp):
    """A CliRunner, once the model is loaded (and cached) by the session fixture."""
    return CliRunner()


def brief(runner: CliRunner, *args: str, stdin: bytes | None = None):
    return runner.invoke(cli, ["brief", "-q", "--workers", "1", *args], input=stdin)


def test_mixed_folder_reports_bad_inputs_and_briefs_the_good(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "feed.jsonl").write_text('{"text": "broken" \n', "utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    out = tmp_path / "out"

    result = brief(runner, str(folder), "-o", str(out))

    assert result.exit_code == 0, result.output
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"crosswire: {folder / 'empty.txt'}: empty file",
        f"crosswire: {folder / 'feed.jsonl'}: line 1: invalid JSON: "
        "Expecting ',' delimiter (column 19)",
        f"crosswire: {folder / 'scan.pdf'}: binary file (PDF document), not text",
    ]
    written = json.loads((out / "brief.json").read_text("utf-8"))
    assert [article["source_path"] for article in written["articles"]] == [str(folder / "good.txt")]
    assert result.stdout == ""  # -q: errors only, and those on stderr


def test_only_bad_inputs_exit_non_zero(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = brief(runner, str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                   "-o", str(tmp_path / "out"))
    assert result.exit_code != 0
    assert f"crosswire: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert "no input could be read" in result.stderr
    assert not (tmp_path / "out" / "brief.json").exists()


def test_a_briefing_that_cannot_be_written_is_one_line_naming_its_folder(runner, tmp_path,
                                                                         monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("crosswire.briefing.write_briefing", full_disk)
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    result = brief(runner, str(tmp_path / "good.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write into {tmp_path / 'out'}: No space left on device\n"


def test_stdin_dash_is_read(runner, tmp_path):
    out = tmp_path / "out"
    result = brief(runner, "-", "-o", str(out), stdin=GOOD.encode("utf-16"))
    assert result.exit_code == 0, result.output
    article, = json.loads((out / "brief.json").read_text("utf-8"))["articles"]
    assert article["source_path"] == "<stdin>"
    assert article["text"].startswith("The foreign minister said")


def test_jsonl_articles_keep_their_declared_fields(runner, tmp_path):
    lines = [{"id": "a1", "text": GOOD, "outlet": "Example Wire", "title": "Talks"},
             {"id": 2, "text": GOOD, "published": "2022-11-20"}]
    source = tmp_path / "batch.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    result = brief(runner, str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    articles = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))["articles"]
    assert [(a["id"], a["source_path"]) for a in articles] == [
        ("a1", f"{source}:1"), ("2", f"{source}:2")]
    assert articles[0]["outlet"] == "Example Wire"
