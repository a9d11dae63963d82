from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline, loaded once per test session."""
    from crosswire.nlp import load_nlp

    return load_nlp()
