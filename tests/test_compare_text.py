"""The shortcuts that keep cross-outlet comparison fast must not change what it finds."""

from __future__ import annotations

import gc
import re

from crosswire.gc_pause import gc_paused
from crosswire.knowledge.text import CaselessIndex, caseless_haystack, may_occur
from crosswire.models import DateEstimate, TextSpan, to_dict


def _regex_finds(needle: str, text: str) -> bool:
    return re.search(re.escape(needle), text, re.IGNORECASE) is not None


def test_substring_prefilter_never_hides_a_case_blind_match():
    texts = ["The So-Called referendum", "an “alleged” attack", "Kiev’s mayor",
             "the \u017fo-called vote", "a \u212ailometre away", "nothing here"]
    for text in texts:
        haystack = caseless_haystack(text)
        for needle in ["so-called", "alleged", "kiev", "kilometre", "referendum"]:
            if _regex_finds(needle, text):
                assert may_occur(needle, haystack), (needle, text)
    # long s and the Kelvin sign fold to ASCII letters: those texts are always scanned
    assert caseless_haystack("the \u017fo-called vote") is None
    assert not may_occur("alleged", caseless_haystack("nothing here"))


def test_index_names_the_texts_a_needle_may_be_in():
    index = CaselessIndex(["Grain deal talks", "a ceasefire", "\u017fome text", "GRAIN prices"])
    assert index.candidates(["grain"]) == {0, 2, 3}  # 2: cannot be ruled out
    assert index.candidates(["ceasefire", "truce"]) == {1, 2}
    assert index.candidates(["zernovaya sdelka"]) == {2}
    assert index.candidates(["über"]) is None  # non-ASCII needles are not prefiltered
    assert index.candidates([]) is None


def test_index_search_moves_on_to_the_next_text_after_a_hit(monkeypatch):
    """A needle written many times in a text is found there once: the search goes on in the
    next text (a common needle cost one lookup per hit)."""
    from crosswire.knowledge import text as text_module

    lookups = []
    bisect = text_module.bisect_right
    monkeypatch.setattr(text_module, "bisect_right", lambda *a: lookups.append(a) or bisect(*a))
    index = CaselessIndex(["toll after toll, TOLL", "no such word", "a toll", "toll"])
    assert index.candidates(["toll"]) == {0, 2, 3}
    assert len(lookups) == 3


def test_to_dict_copies_records_into_json_types():
    date = DateEstimate("2022-03-01", "day", "dateline", 0.9)
    evidence = [TextSpan("alleged attack", 3, 17, "a1"), TextSpan("so-called vote", 0, 14, None)]
    record = {"date": date, "evidence": evidence, "nested": [(1, 2.5), {"k": [date]}], "none": None}
    day = {"value": "2022-03-01", "precision": "day", "evidence": "dateline", "confidence": 0.9,
           "earliest": None, "latest": None, "basis": None, "span": None}
    assert to_dict(record) == {
        "date": day,
        "evidence": [{"text": "alleged attack", "start": 3, "end": 17, "article": "a1"},
                     {"text": "so-called vote", "start": 0, "end": 14, "article": None}],
        "nested": [[1, 2.5], {"k": [day]}],
        "none": None,
    }


def test_gc_pause_restores_the_collector():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves the outer pause alone
    assert gc.isenabled()
