#!/usr/bin/env python3
"""Set up the project's virtual environment if needed, then run one task.

    python3 dev.py brief   # briefing of the bundled example corpus
    python3 dev.py test    # the test suite

Only the standard library is used here, so this runs on a bare Python 3.11. The
environment lives in .venv/ and is rebuilt only when requirements.lock or
pyproject.toml change, so a second run starts at once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".crosswire-installed"
LOCK = ROOT / "requirements.lock"
BROWSER = Path("/usr/bin/chromium")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    if not (BIN / "python").exists():
        print("crosswire: creating .venv", file=sys.stderr)
        venv.create(VENV, with_pip=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    print("crosswire: installing pinned dependencies into .venv", file=sys.stderr)
    subprocess.run([*pip, "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(_fingerprint())


def ensure_browser() -> None:
    """Debian's Chromium for the briefing's browser test; tests skip without it."""
    if BROWSER.exists() or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    print("crosswire: installing Debian's chromium for the browser test", file=sys.stderr)
    quiet = {"stdout": subprocess.DEVNULL}
    subprocess.run(["apt-get", "update", "-q"], check=False, **quiet)
    subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=False, **quiet)


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("", [])
    if task not in {"brief", "test"}:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_environment()
    os.chdir(ROOT)
    if task == "brief":
        command = [str(BIN / "crosswire"), "brief", "examples/seeds", "--year", "2022",
                   "-o", "out/seeds", *rest]
    else:
        ensure_browser()
        command = [str(BIN / "python"), "-m", "pytest", "-n", "2", "-q", *rest]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
