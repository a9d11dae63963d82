"""`crosswire eval dates` on a tiny invented set shaped like ECB+ (id, topic, story, text)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crosswire.cli import cli
from crosswire.measure.eval_dates import report_lines
from shared_data import SHARED_DATASETS

ECBPLUS = SHARED_DATASETS / "ecbplus" / "dev.jsonl"

ROWS = [
    {"id": "1_1", "topic": 1, "story": "1_a",
     "text": "Sluice gates jam in Halden\nDecember 30, 2025\nThe sluice gates jammed on Monday."},
    {"id": "1_2", "topic": 1, "story": "1_a",
     "text": "Halden gates reopen\nJanuary 2, 2026\nThe gates reopened on Thursday."},
    {"id": "1_3", "topic": 1, "story": "1_b",
     "text": "Marenka ferry strike\nJune 3, 2019\nFerry crews walked out."},
]


def test_eval_dates_counts_right_wrong_and_open(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "dates", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 articles of dev.jsonl open with a full date" in result.output
    assert "right to the day: 0.667 (2/3)" in result.output
    assert ("wrong: 0; left open (no dated article of its story near enough, or years it "
            "allows alike): 1") in result.output


@pytest.mark.skipif(not ECBPLUS.exists(), reason="ECB+ dev file not present")
def test_floor_on_ecbplus_stories():
    lines = report_lines(path=ECBPLUS)
    right = float(lines[1].split(": ")[1].split()[0])
    # 129/132 when written (46/49 before weekday date lines and times were read): one left
    # open has no dated neighbour, two are in stories that allow two years alike.
    assert right >= 0.97
    assert lines[2].startswith("wrong: 0;")
