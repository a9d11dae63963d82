"""Where the measurement data sets live: ``../shared/datasets`` beside the repository.

Tests that read them skip when they are absent (a clone on its own)."""

from pathlib import Path

SHARED_DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
