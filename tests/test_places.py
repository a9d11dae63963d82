"""The gazetteer's datelines and place kinds (invented text, real place names)."""

from __future__ import annotations

import pytest

from crosswire.knowledge.places import dateline_length


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("TALLINN (Reuters) — The minister said", "TALLINN (Reuters) — "),
    ("RIGA, Latvia (AP) — Officials said", "RIGA, Latvia (AP) — "),
    ("TALLINN, March 5 (Xinhua) -- The talks", "TALLINN, March 5 (Xinhua) -- "),
    ("Tallinn, 5 March (TASS): The talks", "Tallinn, 5 March (TASS): "),
    ("Tallinn: The ministry said", "Tallinn: "),
    ("WASHINGTON — A senator said", "WASHINGTON — "),
    ("Ines Varga: we will not give in", ""),   # a speaker, not a place
    ("Estonia: we will not give in", ""),      # a headline's country speaks
    ("Q: What did you expect?", ""),
    ("The minister — who had resigned — said", ""),
])
def test_a_dateline_is_a_place_with_a_credit_or_dash_or_a_known_city(paragraph, dateline):
    assert paragraph[: dateline_length(paragraph)] == dateline
