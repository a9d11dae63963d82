"""Lookups made fast for the brief bench give what the plain scans they replaced give."""

from __future__ import annotations

import random

from crosswire.compare.claim_meaning import _covered, _inside_last, quote_regions


def test_a_word_starts_in_a_name_exactly_when_a_scan_of_every_name_span_says_so():
    rng = random.Random(13)
    for _ in range(300):
        spans = [(start, start + rng.randint(0, 12), f"actor{n}")
                 for n, start in enumerate(rng.choices(range(100), k=rng.randint(0, 9)))]
        stretches = _covered(spans)
        starts = [start for start, _ in stretches]
        for position in range(-2, 116):
            assert _inside_last(stretches, starts, position, position + 1) == any(
                start <= position < end for start, end, _ in spans)


def test_a_stretch_is_quoted_exactly_when_a_scan_of_every_quote_region_says_so():
    text = ('Ms Orla Venn said "we will talk" and, later, "not today, maybe \'soon\'" '
            "before a “fine” and an unclosed \" here")
    regions = quote_regions(text)
    assert len(regions) >= 3
    starts = [start for start, _ in regions]
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert _inside_last(regions, starts, start, end) == any(
                q_start <= start and end <= q_end for q_start, q_end in regions)
