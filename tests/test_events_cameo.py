"""PLOVER cues converted from the CAMEO verb dictionary (``data/plover_cues_cameo.jsonl``, built
by ``tools/plover_cameo_cues.py``): the converter reads the dictionary's format as PETRARCH
does, the shipped file is what it writes, and the coder reads verbs only those rows know.

Every sentence and dictionary line here is invented (places and people included).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coded_events import events_of, first_type
from crosswire.data import read_jsonl
from shared_data import SHARED_DATASETS
from tool_modules import tool_module

WORDNET = Path("/usr/share/wordnet")
TABLE = SHARED_DATASETS / "plover" / "CAMEO2PLOVER-2021.txt"


# An invented dictionary in the CAMEO format: a set, a block of a broad act, two patterns.
DICTIONARY = """
&CRATE
+BOX
+WOODEN_CHEST

---  HAUL   [170]  ---
HAUL {HAULS HAULED HAULING}
TOW [173]
- * &CRATE                                            [1711]        # HAULED
- &CRATE *                                            [0841]        # TOW
- * OFF (TO PORT)                                     [174]         # HAUL
- * FLAG (TO MAST) (IN PROTEST)                       [141]         # HAUL
"""


def test_the_converter_reads_blocks_sets_and_patterns():
    tool = tool_module("plover_cameo_cues")
    sets, blocks = tool.parse(DICTIONARY)
    assert sets["&CRATE"] == ["box", "wooden chest"]
    block = blocks[0]
    assert block.name == "haul" and block.code == "170"
    assert block.synonyms == {"haul": "", "tow": "173"}
    # a pattern's verb is found through the forms its line lists
    assert tool._resolve("hauled", block) == "haul"
    assert [p[2] for p in block.patterns] == ["1711", "0841", "174", "141"]
    # a set's member words; a particle joins the verb; a phrase names what is required
    assert tool.pattern_words("&CRATE", sets) == ("", ["box"], True)
    assert tool.pattern_words("OFF (TO PORT)", sets) == ("off", ["port"], False)
    # two conditions at once cannot be one row's "any of these words"
    assert tool.pattern_words("FLAG (TO MAST) (IN PROTEST)", sets) is None


def test_codes_map_through_the_table_with_the_manuals_conventions():
    tool = tool_module("plover_cameo_cues")
    table = tool.plover_table("16: SANCTION\n163: COERCE, restrict, diplomatic # embargo\n17: COERCE\n")
    # sanctions are SANCTION by the manual, not COERCE as the table has them
    assert tool.code_of("163", table) == ("SANCTION", "discontinue")
    # a code the table lacks takes its parent's; the target side of a code is not the act
    assert tool.code_of("176", table) == ("COERCE", None)
    assert tool.code_of(":173", table) is None
    # codes outside the roots read are left alone
    assert tool.code_of("190", table) is None


@pytest.mark.skipif(not (WORDNET / "data.verb").exists() or not TABLE.exists(),
                    reason="WordNet 3.0 or the CAMEO-to-PLOVER table not available")
def test_plover_cameo_cues_match_their_converter():
    tool = tool_module("plover_cameo_cues")
    rows = tool.build(tool.EXCERPT.read_text(encoding="latin-1"), TABLE.read_text(encoding="latin-1"), WORDNET)
    assert rows == read_jsonl("plover_cues_cameo.jsonl")


def test_cameo_cues_are_weak_and_fill_gaps():
    hand = read_jsonl("plover_cues.jsonl")
    plain: dict[str, set[str]] = {}
    for row in hand:
        if row["pos"] == "VERB" and row.get("event") and not row.get("requires"):
            plain.setdefault(row["cue"], set()).update(row.get("excludes", ()))
    lightest = min(row.get("weight", 1.0) for row in hand
                   if row.get("event") and not row.get("role") and not row.get("extension"))
    derived = read_jsonl("plover_cues_cameo.jsonl")
    assert derived
    # a hand row wins wherever both apply, and a verb the hand lexicon codes in every
    # sense is read again only with the words its hand row excludes ("gave a deadline")
    assert all(row["weight"] < lightest and row["note"].startswith("CAMEO 2.0") for row in derived)
    assert all(set(row.get("requires", ())) <= plain[row["cue"]] and row.get("requires")
               for row in derived if row["cue"] in plain)


@pytest.mark.parametrize("text, event", [
    # verbs only the dictionary's patterns know, each with the object its pattern requires
    ("The Velmar coast guard intercepted a trawler loaded with rifles off Port Sellin.", "COERCE"),
    ("The Ostrel assembly criminalized unlicensed rallies in the capital on Monday.", "COERCE"),
    ("Pelka reimposed controls on the bridge crossings after a row over tolls.", "COERCE"),
    ("Varn's troops poured into the valley below the pass at dawn.", "MOBILIZE"),
    ("The dockers' council set a deadline of Friday for the harbour board to rehire the crews.",
     "THREATEN"),
    ("Ostrel reacted angrily to Varn's decision to close the ferry link.", "ACCUSE"),
    ("Pelka's police hunted down the two escaped convicts near the lake.", "COERCE"),
    ("Ostrel's envoy countered the remarks of Varn's premier at the council session.", "ACCUSE"),
    ("Students disrupted the Velmar minister's speech at the university on Tuesday.", "PROTEST"),
    ("Pelka disassociated itself from the fishing accord with Ostrel.", "SANCTION"),
])
def test_a_verb_known_by_its_cameo_pattern(nlp, text, event):
    assert first_type(nlp, text) == event


@pytest.mark.parametrize("text, event", [
    # the same verbs with other objects code nothing from those patterns
    ("The Velmar ministry issued a statement on the anniversary of the port's founding.", "ACCUSE"),
    ("Rebel commanders in the hills formed a new armed group on Monday.", "COOPERATE"),
    # time given for a task is no ultimatum ("gave ... hours" is SKIPPED)
    ("The Velmar tribunal gave the defence lawyers three weeks to file their papers.", "THREATEN"),
])
def test_a_pattern_left_out_codes_nothing(nlp, text, event):
    assert first_type(nlp, text) != event


def test_a_phrase_noun_of_the_rows_own_act_is_coded_once_by_the_noun(nlp):
    # "with outrage" names the disapproval itself: the verb adds no second event
    events = events_of(nlp, "Ostrel reacted with outrage to Varn's decision to close the ferry link.")
    assert [event.trigger.text for event in events if event.event == "ACCUSE"] == ["outrage"]


def test_an_act_a_threat_names_is_the_threats_content(nlp):
    # "considered an embargo": the verb's pattern codes the threat, the embargo is not imposed
    events = events_of(nlp, "The Trell cabinet is considering an embargo on grain from Ostrel.")
    assert events[0].event == "THREATEN" and events[0].trigger.text == "considering"
    assert "SANCTION" not in {event.event for event in events}
