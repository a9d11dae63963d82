"""Where a piece of comparison work runs: ``here`` (now, in this process), or wherever the
caller's ``Elsewhere`` puts it (the brief pipeline: a forked process on an idle core)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
# Starts a piece of work and returns the call that waits for its result.
Elsewhere = Callable[[Callable[[], T]], Callable[[], T]]


def here(work: Callable[[], T]) -> Callable[[], T]:
    """Run ``work`` now; the returned call gives its result."""
    result = work()
    return lambda: result
