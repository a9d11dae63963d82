"""The measuring commands (`eval`, `bench`) on datasets they cannot read: one line naming
the file and line, exit code 1, no traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.cli import cli
from crosswire.measure.dataset_lines import DatasetError, json_rows

QUOTE = {"doc_id": "d1", "text": "The mayor said on Monday that the bridge would reopen."}


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert not isinstance(result.exception, DatasetError | KeyError | json.JSONDecodeError)
    return result.exit_code, result.output


@pytest.mark.parametrize(("lines", "reason"), [
    ([json.dumps(QUOTE), "{broken"], "line 2: not valid JSON: Expecting property name enclosed "
                                      "in double quotes (column 2)"),
    ([json.dumps(QUOTE), "", "[1, 2]"], "line 3: expected a JSON object"),
    ([json.dumps(QUOTE), "[" * 200_000], "line 2: not valid JSON: nested too deeply"),
    ([json.dumps({"text": "No id here."})], "line 1: missing doc_id"),
])
def test_eval_quotes_names_the_line_it_cannot_read(tmp_path, lines, reason):
    path = tmp_path / "quotes.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert invoke("eval", "quotes", str(path)) == (1, f"Error: {path}: {reason}\n")


@pytest.mark.parametrize(("command", "missing"), [
    (["eval", "events"], "event, mode"),
    (["eval", "dates"], "id, story"),
    (["eval", "stories"], "story"),
    (["eval", "actors"], "case, article, entity"),
])
def test_each_eval_names_the_keys_a_line_lacks(tmp_path, command, missing):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"text": "Talks resumed in Ostrava on Friday."}) + "\n", "utf-8")
    assert invoke(*command, str(path)) == (1, f"Error: {path}: line 1: missing {missing}\n")


def test_a_dataset_that_is_no_utf8_is_one_line(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes(json.dumps({"id": "1", "story": "s", "text": "caf\u00e9"}).encode("utf-16"))
    code, output = invoke("eval", "dates", str(path))
    assert code == 1 and output.startswith(f"Error: {path}: not UTF-8 text (")
    assert len(output.splitlines()) == 1


@pytest.mark.parametrize("command", [["eval", "actors"], ["eval", "stories"]])
def test_a_latin1_dataset_is_one_line(tmp_path, command):
    path = tmp_path / "latin.jsonl"
    row = {"case": "c1", "article": "a1", "story": "s1", "entity": "e1",
           "text": "Mayor Ines Carvalho said the caf\u00e9 in Tolvern would close."}
    path.write_bytes(json.dumps(row, ensure_ascii=False).encode("latin-1") + b"\n")
    code, output = invoke(*command, str(path))
    assert (code, output) == (1, f"Error: {path}: not UTF-8 text (invalid continuation byte)\n")


@pytest.mark.parametrize("command", [["eval", "story-gold"], ["eval", "quote-cases"]])
def test_a_broken_gold_file_is_one_line(tmp_path, command):
    gold = tmp_path / "gold.json"
    gold.write_text('{"stories": [\n  {"id": "s1",\n  "statements": [}\n', "utf-8")
    roundups = tmp_path / "roundups.jsonl"
    roundups.write_text("", "utf-8")
    extra = ["--allsides", str(roundups)] if command[1] == "story-gold" else []
    assert invoke(*command, str(gold), *extra) == (
        1, f"Error: {gold}: line 3: not valid JSON: Expecting value (column 18)\n")


def test_a_gold_file_nested_too_deeply_is_one_line(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text("[" * 200_000, "utf-8")
    assert invoke("eval", "quote-cases", str(gold)) == (
        1, f"Error: {gold}: not valid JSON: nested too deeply\n")


def test_bench_names_the_source_line_it_cannot_read(tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(QUOTE) + "\n" + '{"text": "cut short\n', "utf-8")
    code, output = invoke("bench", "--part", "brief", "--articles", "2", "--source", str(source))
    assert (code, output) == (1, f"Error: {source}: line 2: not valid JSON: Invalid control "
                                 "character at (column 20)\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from(
    ['{"a": 1}', "[]", "null", '{"a": ', "\ufeff{}", '"text"', "{}", " ", "[" * 100_000])),
    max_size=8))
def test_any_lines_give_objects_or_one_error_naming_the_source(lines):
    try:
        rows = list(json_rows(lines, source="given.jsonl"))
    except DatasetError as error:
        assert str(error).startswith("given.jsonl: line ")
        assert "\n" not in str(error)
    else:
        assert all(isinstance(row, dict) for _, row in rows)
        assert [number for number, _ in rows] == [
            n for n, line in enumerate(lines, 1) if line.strip()]
