"""Whole stories against hand gold: statements, speakers, claims, issues, positions and framing.

This module runs the brief pipeline on each gold story, scores it and prints the table;
``eval_story_gold_inputs`` reads the stories' articles, ``eval_story_gold_align`` finds the
gold's keys in the clean text (a record matches a gold item when their spans overlap) and
matches names, and ``eval_story_gold_speech``, ``_sides`` and ``_framing`` score.

Decisions the gold leaves open:
- "(fact)" entries (kind "none") are unattributed facts: they are not statements to find,
  and an emitted statement on one does not count as right for precision. Precision counts
  an emitted statement right when it overlaps the key of any attributed gold statement,
  core or not.
- A speaker is right when the resolved actor's display name is the gold name or one of the
  gold person's spellings (case and accents aside), as the issue defines the measure: a bare
  surname the gold does not list is wrong; a joint speaker "A; B" accepts either; an unnamed gold speaker
  ("critics (unnamed)") is right when we resolve no actor (unnamed or unresolved). An unnamed
  source of ours counts as the gold's named speaker when its affiliation, the body or person
  its words say it speaks for ("Harbour Board officials": the Harbour Board), bears the gold name: the
  gold often credits the body whose anonymous people spoke, where we keep them unnamed.
- An emitted claim hits a gold claim when its versions overlap members in two or more
  different articles; it counts for precision only when its versions span two articles.
  The strict claim line also needs the claim told as the gold tells it: the claim's speaker
  is the gold speaker of one of the members it covers (an unnamed gold speaker: none of
  ours), and a member the gold gives as "(fact)" is told alike by a claim we tell as fact
  too (kind "fact", whoever's act it reports, or no speaker).
- An emitted position hits a gold one with the same stance, an actor name among the gold
  actor's spellings (or, as for speakers, an unnamed group of ours whose affiliation bears
  it; for an unnamed gold group, "cross-party critics (unnamed)", an unnamed
  group of ours whose words hold the noun it ends in: "critics"), and a statement or
  evidence span overlapping a gold evidence key; the issue is not compared on this line
  (the gold's issues are free text, ours are found terms). The strict position line also
  needs the issue: the position's must be the emitted issue the gold position's issue is
  aligned with (below), so a position on an issue aligned with no gold issue never counts.
- Issues are scored on their own by the same evidence rule: a gold issue's evidence is that
  of the gold positions on it, an emitted issue's is its statements and the evidence of the
  positions on it. Each emitted issue matches at most one gold issue and each gold issue at
  most one emitted issue, the pairs sharing most evidence keys first, so a story's main
  issue, which gathers most statements, cannot stand for every gold issue at once.
- An emitted framing difference is a referent that outlets name with two or more distinct
  terms (in their texts or headlines); it hits a gold framing (or ``not_framing``) item
  when its evidence in the texts overlaps that item's terms in at least two articles (the
  gold marks terms in the text only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from crosswire.compare.sentence_model import default_embedder
from crosswire.measure.dataset_lines import json_document
from crosswire.measure.eval_story_gold_align import locate_keys
from crosswire.measure.eval_story_gold_claim_misses import CLAIM_MISS_MEASURES, score_claim_misses
from crosswire.measure.eval_story_gold_framing import score_framing
from crosswire.measure.eval_story_gold_framing_misses import FRAMING_MISS_MEASURES, score_framing_misses
from crosswire.measure.eval_story_gold_inputs import allsides_documents, folder_documents
from crosswire.measure.eval_story_gold_position_misses import (
    POSITION_OUTCOME_MEASURES,
    RIGHT_MEASURES,
    score_position_outcomes,
)
from crosswire.measure.eval_story_gold_sides import score_issues, score_positions
from crosswire.measure.eval_story_gold_speaker_misses import MISS_MEASURES, UNNAMED_MEASURES
from crosswire.measure.eval_story_gold_split_reasons import SPLIT_REASON_MEASURES, score_split_reasons
from crosswire.measure.eval_story_gold_speech import score_claims, score_statements
from crosswire.measure.eval_story_gold_tally import Tally
from crosswire.models import Briefing, Document

# Measures in the order the table prints them; "trivial framing" counts emitted framing
# differences that are spelling or style variants (lower is better).
MEASURES = (
    "statement recall", "statement precision", "speaker accuracy", *MISS_MEASURES, *UNNAMED_MEASURES,
    "claim recall", "claim precision", "strict claim recall", "strict claim precision",
    *CLAIM_MISS_MEASURES, *SPLIT_REASON_MEASURES,
    "issue recall", "issue precision",
    "position recall", "position precision", "strict position recall", "strict position precision",
    *POSITION_OUTCOME_MEASURES,
    "framing recall", "framing precision", "trivial framing",
    *FRAMING_MISS_MEASURES,
)
MEASURE_WIDTH = max(map(len, MEASURES)) + 1


def score_story(gold: dict, *, briefing: Briefing, sources: dict[str, str]) -> dict[str, Tally]:
    """Every measure for one story; ``sources`` maps article ids to the text the gold
    was annotated on (the input text, before cleaning)."""
    spans = locate_keys(gold, briefing=briefing, sources=sources)
    return {
        **score_statements(gold, briefing, spans),
        **score_claims(gold, briefing, spans),
        **score_claim_misses(gold, briefing, spans),
        **score_split_reasons(gold, briefing, spans, embed=default_embedder()),
        **score_issues(gold, briefing, spans),
        **score_positions(gold, briefing, spans),
        **score_position_outcomes(gold, briefing, spans),
        **score_framing(gold, briefing, sources),
        **score_framing_misses(gold, briefing, sources),
    }


# --- Stories in, report out


def score_stories(gold: dict[str, dict], documents: dict[str, list[Document]]
                  ) -> Iterator[tuple[str, dict[str, Tally]]]:
    """Run the brief pipeline once per story and score it, story by story."""
    from crosswire.nlp import load_nlp
    from crosswire.pipeline import run

    nlp = load_nlp()
    for story, story_gold in gold.items():
        if story not in documents:
            continue
        inputs = [d for d in documents[story] if d.id in story_gold["articles"]]
        briefing = run(inputs, nlp=nlp, workers=1)
        sources = {d.id: d.content for d in inputs}
        yield story, score_story(story_gold, briefing=briefing, sources=sources)


def report_lines(*, gold_path: Path, allsides: Path | None = None, stories: Path | None = None,
                 errors: int = 10, errors_from: str = "batch 1") -> Iterable[str]:
    """The table (all stories, batch 1, batch 2) and up to ``errors`` examples per measure,
    taken from the part ``errors_from`` only ("batch 1", the tuning part, unless told: the
    held-out batch's errors are not for reading while tuning)."""
    gold = json_document(gold_path)
    wanted = set(gold)
    if stories is not None:
        documents = folder_documents(stories, stories=wanted)
    elif allsides is not None:
        documents = allsides_documents(allsides, stories=wanted)
    else:
        raise ValueError("the stories' articles: give an AllSides roundups file or a folder")
    parts: dict[str, dict[str, Tally]] = defaultdict(lambda: {m: Tally() for m in MEASURES})
    counted: dict[str, int] = defaultdict(int)
    for story, scores in score_stories(gold, documents):
        for part in ("all", f"batch {gold[story].get('batch', 1)}"):
            counted[part] += 1
            for measure, tally in scores.items():
                parts[part][measure].merge(tally)
    absent = sorted(wanted - set(documents))
    yield (f"{counted['all']} stories of {len(gold)} in {gold_path.name} scored"
           + (f"; no articles for {', '.join(absent)}" if absent else ""))
    columns = ["all", *sorted(p for p in parts if p != "all")]
    header = {"all": "all stories", "batch 2": "batch 2 (held out)"}
    yield f"{'measure':{MEASURE_WIDTH}}" + "".join(
        f"{header.get(c, c) + f' [{counted[c]}]':>24}" for c in columns)
    yield from measure_rows(parts, columns)
    if "batch 2" in parts:
        yield "batch 2 is the held-out part: measure on it, do not tune on it"
    yield "trivial framing: spelling or style differences reported as framing (lower is better)"
    yield "speaker miss: the judged speakers missed in each way (lower is better)"
    yield ("unnamed source: the \"unnamed source\" misses by where the gold speaker's name is "
           "written and by a role noun in our source's words (lower is better)")
    yield ("strict claim: told by the gold's speaker (or as fact where the gold tells a fact); "
           "strict position: on the issue the gold position's issue is aligned with")
    yield ("strict claim miss: the share of strict claim misses of each kind (not covered, split "
           "across our claims, or found told otherwise: see eval_story_gold_claim_misses)")
    yield ("split apart: the share of split claims each reason holds for (several may hold; "
           "see eval_story_gold_split_reasons)")
    yield ("gold positions / our positions: the share of gold positions (of ours) under each "
           "outcome, the first that holds: see eval_story_gold_position_misses")
    yield ("framing miss / wrong row: the share of framing misses (our wrong differences) of "
           "each kind: see eval_story_gold_framing_misses")
    if errors <= 0 or errors_from not in parts:
        return
    for measure in MEASURES:
        if measure in RIGHT_MEASURES:
            continue  # right positions, no errors
        listed = parts[errors_from][measure].errors[:errors]
        if listed:
            yield ""
            yield (f"{measure}: {len(parts[errors_from][measure].errors)} errors in "
                   f"{errors_from}, first {len(listed)}")
            yield from (f"  {error}" for error in listed)


def measure_rows(parts: dict[str, dict[str, Tally]], columns: list[str]) -> Iterator[str]:
    """A row per measure: its name, then its tally in each column (part)."""
    for measure in MEASURES:
        yield f"{measure:{MEASURE_WIDTH}}" + "".join(f"{str(parts[c][measure]):>24}" for c in columns)
