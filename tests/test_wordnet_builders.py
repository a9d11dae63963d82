"""The data files built from WordNet by ``tools/*_wordnet_*.py`` are what their builders
write today: a lexicon row added by hand (a new seed cue) must be followed by a rebuild, or
the shipped file silently drifts from the method its README describes."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.data import read_jsonl
from tool_modules import tool_module

WORDNET = Path("/usr/share/wordnet")

pytestmark = pytest.mark.skipif(not (WORDNET / "data.verb").exists(),
                                reason="WordNet 3.0 database files not installed")


def test_plover_wordnet_cues_match_their_builder():
    rows = tool_module("plover_wordnet_cues").build(WORDNET)
    assert rows == read_jsonl("plover_cues_wordnet.jsonl")


def test_unspeaking_nouns_match_their_builder():
    rows = tool_module("speaker_wordnet_nouns").unspeaking_nouns(WORDNET)
    assert rows == read_jsonl("unspeaking_nouns.jsonl")


def test_plover_intangibles_match_their_builder():
    rows = tool_module("plover_wordnet_intangibles").intangible_nouns(WORDNET)
    assert rows == read_jsonl("plover_intangibles.jsonl")


def test_setting_nouns_match_their_builder():
    rows = tool_module("issue_wordnet_settings").setting_nouns(WORDNET)
    assert rows == read_jsonl("setting_nouns.jsonl")
