"""The briefing: one Briefing record rendered as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

import json
from pathlib import Path

from crosswire.models import Briefing, to_dict


def write_briefing(briefing: Briefing, *, outdir: Path) -> dict[str, Path]:
    """STUB (briefing helper replaces): JSON only."""
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / "brief.json"
    path.write_text(json.dumps(to_dict(briefing), ensure_ascii=False, indent=1), "utf-8")
    return {"json": path}
