"""`crosswire events`: PLOVER coding of standalone sentences, one JSON line out per line in."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

from spacy.language import Language

from crosswire.briefing.render_plover import event_json
from crosswire.nlp import code_texts, load_nlp


def code_jsonl(infile: IO[str], *, output: IO[str], on_error: Callable[[str], None] = lambda m: None,
               quiet: bool = False, nlp: Language | None = None) -> int:
    """Code lines ``{"id", "text"}`` of ``infile``; one output line per input line.

    A malformed line is reported through ``on_error`` and answered with an empty event
    list and an ``error`` field, so line N of the output always answers line N of the
    input. Returns the number of lines that failed.
    """
    rows: list[tuple[Any, str | None, str | None]] = []
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            rows.append((item.get("id", number), item["text"], None))
        except ValueError as exc:
            message = f"crosswire: line {number}: {exc}"
            on_error(message)
            rows.append((number, None, message))
    nlp = nlp or load_nlp()
    texts = [text for _, text, _ in rows if text is not None]
    coded = iter(code_texts(_progress(texts, quiet=quiet), nlp=nlp))
    failures = 0
    for row_id, text, error in rows:
        if text is None:
            failures += 1
            output.write(json.dumps({"id": row_id, "events": [], "error": error}) + "\n")
            continue
        events = next(coded)
        output.write(json.dumps({"id": row_id, "events": [event_json(e) for e in events]},
                                ensure_ascii=False) + "\n")
    return failures


def _progress(texts: list[str], *, quiet: bool) -> Iterable[str]:
    if quiet:
        return texts
    from tqdm import tqdm

    return tqdm(texts, desc="coding", unit="sentence", file=sys.stderr)


