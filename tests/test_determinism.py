"""The brief is a function of its inputs: two runs under different string-hash seeds write
byte-identical files (set and dict iteration orders must never reach the output)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("1", "2")


def _brief(outdir: Path, *, hash_seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-m", "crosswire", "brief", "examples/seeds", "--year", "2022",
         "-o", str(outdir), "--quiet"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
    )
    return {path.name: path.read_bytes() for path in sorted(outdir.iterdir())}


def test_brief_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    first, second = (_brief(tmp_path / f"seed{seed}", hash_seed=seed) for seed in SEEDS)
    assert "brief.json" in first
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"outputs differ between PYTHONHASHSEED={' and '.join(SEEDS)}: {differing}"
