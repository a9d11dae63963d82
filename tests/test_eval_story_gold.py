"""The story gold evaluation: matching rules on hand-made gold and records, the --stories
folder input end to end, and floors on the shared gold stories."""

from __future__ import annotations

import dataclasses

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from shared_data import SHARED_DATASETS

from crosswire.cli import cli
from crosswire.measure.eval_story_gold import score_story
from crosswire.measure.eval_story_gold_align import locate, locate_keys, name_matches
from crosswire.measure.eval_story_gold_framing import framing_differences, score_framing
from crosswire.measure.eval_story_gold_inputs import folder_documents
from crosswire.measure.eval_story_gold_sides import score_issues, score_positions
from crosswire.measure.eval_story_gold_speech import score_claims, score_statements
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    Claim,
    ClaimVersion,
    DateEstimate,
    Issue,
    OutletFraming,
    Position,
    Resolution,
    Segment,
    Statement,
    TermUse,
    TextSpan,
)

GOLD_DEV = SHARED_DATASETS / "allsides" / "gold_dev.json"
ROUNDUPS = SHARED_DATASETS / "allsides" / "roundups.jsonl"

# Two articles as the input gave them (paragraphs apart by a blank line) and as cleaned.
SOURCE_A = "Ann Lee said taxes would rise.\n\nThe\u00a0plan passed, Bo Kim said."
CLEAN_A = "Ann Lee said taxes would rise.\nThe\u00a0plan passed, Bo Kim said."
SOURCE_B = "Taxes will rise, Mrs. Lee told reporters. Critics said it was a tax grab."


def article(article_id: str, text: str, source: str, outlet: str) -> Article:
    if text == source:
        segments = [Segment(0, 0, len(text), len(text))]
    else:  # the blank line between the two paragraphs became one newline
        first = source.index("\n\n")
        segments = [Segment(0, 0, first, first),
                    Segment(first + 1, first + 2, len(text) - first - 1, len(text) - first - 1)]
    return Article(id=article_id, source_path=article_id, outlet=outlet, title=None,
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text,
                   segments=segments)


ARTICLES = [article("s-left", CLEAN_A, SOURCE_A, "Left Paper"),
            article("s-right", SOURCE_B, SOURCE_B, "Right Paper")]
SOURCES = {"s-left": SOURCE_A, "s-right": SOURCE_B}
ACTORS = [Actor("a1", "Ann Lee", "person", ["Ann Lee", "Mrs. Lee"], []),
          Actor("a2", "Bo Kim", "person", ["Bo Kim"], [])]


def statement(statement_id: str, article_id: str, words: str, speaker: str | None) -> Statement:
    text = next(a.text for a in ARTICLES if a.id == article_id)
    start = text.index(words)
    return Statement(id=statement_id, span=TextSpan(words, start, start + len(words), article_id),
                     kind="indirect", cue=None, speaker_words=None,
                     resolution=Resolution("named" if speaker else "unnamed", 0.9),
                     speaker=speaker)


GOLD = {
    "batch": 1,
    "articles": {"s-left": {}, "s-right": {}},
    "statements": [
        {"id": "S1", "article": "s-left", "speaker": "Ann Lee", "key": "taxes would rise",
         "occ": 1, "kind": "indirect", "core": True},
        {"id": "S2", "article": "s-left", "speaker": "Bo Kim", "key": "plan passed", "occ": 1,
         "kind": "indirect", "core": True},
        {"id": "S3", "article": "s-right", "speaker": "Ann Lee", "key": "Taxes will rise",
         "occ": 1, "kind": "indirect", "core": True},
        {"id": "S4", "article": "s-right", "speaker": "critics (unnamed)",
         "key": "it was a tax grab", "occ": 1, "kind": "indirect", "core": False},
        {"id": "S5", "article": "s-right", "speaker": "(fact)", "key": "reporters", "occ": 1,
         "kind": "none", "core": False},
    ],
    "people": [{"name": "Ann Lee", "spellings": ["Ann Lee", "Mrs. Lee"]},
               {"name": "Bo Kim", "spellings": ["Bo Kim"]}],
    "claims": [{"id": "C1", "desc": "taxes rise", "members": ["S1", "S3"]},
               {"id": "C2", "desc": "plan passed", "members": ["S2"]}],
    "positions": [{"actor": "Ann Lee", "issue": "taxes", "stance": "for", "condition": None,
                   "evidence": ["S1", "S3"]},
                  {"actor": "Bo Kim", "issue": "plan", "stance": "for", "condition": None,
                   "evidence": ["S2"]}],
    "framing": [{"referent": "the levy", "terms": {"s-left": ["taxes"], "s-right": ["tax grab"]}}],
    "not_framing": [{"referent": "Ann Lee", "terms": {"s-left": ["Ann Lee"], "s-right": ["Mrs. Lee"]}}],
}


def briefing(**records) -> Briefing:
    return Briefing(articles=ARTICLES, actors=ACTORS, statements=records.pop("statements", []),
                    **records)


def spans_of(b: Briefing):
    return locate_keys(GOLD, briefing=b, sources=SOURCES)


def test_keys_are_found_in_the_input_and_carried_into_the_clean_text() -> None:
    left = ARTICLES[0]
    span = locate("plan passed", occ=1, source=SOURCE_A, article=left)
    assert span is not None and left.text[span[0]:span[1]] == "plan passed"
    assert locate("said", occ=2, source=SOURCE_A, article=left) == (CLEAN_A.rindex("said"),
                                                                    len(CLEAN_A) - 1)
    assert locate("said", occ=3, source=SOURCE_A, article=left) is None
    assert locate("\n\n", occ=1, source=SOURCE_A, article=left) is None  # dropped by cleaning


def test_speaker_names_match_spellings_joint_and_unnamed_speakers() -> None:
    gold = {"people": [{"name": "Jérôme Vallée", "spellings": ["President Jérôme Vallée"]},
                       {"name": "Lund administration", "spellings": ["the Lund administration"]}]}
    assert name_matches(gold, "Jérôme Vallée", "president jerome vallee")
    assert not name_matches(gold, "Jérôme Vallée", "Vallee")  # a surname the gold does not list
    assert not name_matches(gold, "Jérôme Vallée", "President")
    assert not name_matches(gold, "Lund administration", "administration")
    assert name_matches(gold, "Lund administration", "Lund administration")
    assert name_matches(gold, "Ann Lee; Bo Kim", "Bo Kim")
    assert name_matches(gold, "critics (unnamed)", None)
    assert not name_matches(gold, "critics (unnamed)", "Ann Lee")
    assert not name_matches(gold, "Ann Lee", None)


def test_statements_recall_counts_core_precision_skips_facts_speaker_over_found() -> None:
    b = briefing(statements=[
        statement("l1", "s-left", "Ann Lee said taxes would rise", "a1"),
        statement("r1", "s-right", "Taxes will rise", "a2"),  # found, wrong speaker
        statement("r2", "s-right", "it was a tax grab", None),  # non-core: still right
        statement("r3", "s-right", "reporters", "a1"),  # a fact is not a statement
    ])
    scores = score_statements(GOLD, b, spans_of(b))
    assert (scores["statement recall"].hits, scores["statement recall"].total) == (2, 3)
    assert "S2" in scores["statement recall"].errors[0]
    assert (scores["statement precision"].hits, scores["statement precision"].total) == (3, 4)
    assert (scores["speaker accuracy"].hits, scores["speaker accuracy"].total) == (1, 2)
    assert "gold Ann Lee, ours Bo Kim" in scores["speaker accuracy"].errors[0]


def version(statement_id: str, article_id: str, words: str) -> ClaimVersion:
    text = next(a.text for a in ARTICLES if a.id == article_id)
    start = text.index(words)
    return ClaimVersion(statement=statement_id, outlet=None,
                        span=TextSpan(words, start, start + len(words), article_id), kind="indirect")


def test_claims_need_members_in_two_articles_of_one_emitted_claim() -> None:
    across = Claim("c1", None, [version("l1", "s-left", "taxes would rise"),
                                version("r1", "s-right", "Taxes will rise")], [], 2, [])
    stray = Claim("c2", None, [version("l2", "s-left", "plan passed"),
                               version("r2", "s-right", "tax grab")], [], 2, [])
    single = Claim("c3", None, [version("l2", "s-left", "plan passed")], [], 1, [])
    b = briefing(claims=[across, stray, single])
    scores = score_claims(GOLD, b, spans_of(b))
    assert (scores["claim recall"].hits, scores["claim recall"].total) == (1, 2)
    assert (scores["claim precision"].hits, scores["claim precision"].total) == (1, 2)
    assert scores["claim precision"].errors[0].startswith("c2 ")


def test_strict_claims_need_the_gold_speaker_or_a_fact_told_as_fact() -> None:
    taxes = [version("l1", "s-left", "taxes would rise"), version("r1", "s-right", "Taxes will rise")]
    # a gold claim told as fact by one paper and as Kim's words by the other
    gold = {**GOLD, "claims": [*GOLD["claims"],
                               {"id": "C3", "desc": "plan passed", "members": ["S2", "S5"]}]}
    plan = [version("l2", "s-left", "plan passed"), version("r3", "s-right", "reporters")]

    def strict(*claims: Claim) -> tuple[int, int, list[str]]:
        b = briefing(claims=list(claims))
        scores = score_claims(gold, b, locate_keys(gold, briefing=b, sources=SOURCES))
        assert scores["claim recall"].hits == 2  # the lenient line takes each of them
        return (scores["strict claim recall"].hits, scores["strict claim precision"].hits,
                scores["strict claim recall"].errors)

    lee_claim = Claim("c1", "a1", taxes, [], 2, [])
    assert strict(lee_claim, Claim("c2", "a2", plan, [], 2, []))[:2] == (2, 2)
    # Lee's words credited to Kim are not told as the gold tells them
    recall, precision, errors = strict(Claim("c1", "a2", taxes, [], 2, []), Claim("c2", "a2", plan, [], 2, []))
    assert (recall, precision) == (1, 1)
    assert errors[0].startswith("C1 (taxes rise) found told otherwise: c1 as statement of Bo Kim")
    # the fact: told as fact, whoever's act, or by no one, matches; as Lee's words it does not
    assert strict(lee_claim, Claim("c2", "a1", plan, [], 2, [], kind="fact"))[:2] == (2, 2)
    assert strict(lee_claim, Claim("c2", None, plan, [], 2, []))[:2] == (2, 2)
    assert strict(lee_claim, Claim("c2", "a1", plan, [], 2, []))[:2] == (1, 1)


def test_positions_need_actor_stance_and_overlapping_evidence() -> None:
    statements = [statement("r1", "s-right", "Taxes will rise", "a1"),
                  statement("l2", "s-left", "plan passed", "a2")]
    right = Position("a1", "Mrs. Lee", "taxes", "for", ["r1"])
    wrong_stance = Position("a2", "Bo Kim", "plan", "against", ["l2"])
    by_evidence = Position("a2", "Bo Kim", "plan", "for", [],
                           evidence=[TextSpan("plan", CLEAN_A.index("plan"),
                                              CLEAN_A.index("plan") + 4, "s-left")])
    b = briefing(statements=statements, positions=[right, wrong_stance, by_evidence])
    scores = score_positions(GOLD, b, spans_of(b))
    assert (scores["position recall"].hits, scores["position recall"].total) == (2, 2)
    assert (scores["position precision"].hits, scores["position precision"].total) == (2, 3)


def test_strict_positions_need_the_issue_the_gold_issue_is_aligned_with() -> None:
    statements = [statement("l1", "s-left", "taxes would rise", "a1"),
                  statement("r1", "s-right", "Taxes will rise", "a1"),
                  statement("l2", "s-left", "plan passed", "a2")]
    levy = Issue("issue:levy", "levy", ["levy"], ["l1", "r1"])  # aligned with gold "taxes"
    plan = Issue("issue:plan", "plan", ["plan"], ["l2"])  # aligned with gold "plan"
    stray = Issue("issue:stray", "stray", ["stray"], [])  # aligned with no gold issue
    right = Position("a1", "Ann Lee", "issue:levy", "for", ["r1"])
    neighbour = Position("a2", "Bo Kim", "issue:levy", "for", ["l2"])  # Kim's side, on the levy
    unaligned = Position("a1", "Ann Lee", "issue:stray", "for", ["l1"])
    b = briefing(statements=statements, issues=[levy, plan, stray],
                 positions=[right, neighbour, unaligned])
    scores = score_positions(GOLD, b, spans_of(b))
    # the lenient line takes every one of them
    assert (scores["position recall"].hits, scores["position precision"].hits) == (2, 3)
    assert (scores["strict position recall"].hits, scores["strict position recall"].total) == (1, 2)
    assert (scores["strict position precision"].hits, scores["strict position precision"].total) == (1, 3)
    assert "Bo Kim for on \"plan\"" in scores["strict position recall"].errors[0]
    assert 'aligned with "plan"' in scores["strict position precision"].errors[0]
    assert "aligned with no issue of ours" not in scores["strict position precision"].errors[0]
    assert scores["strict position precision"].errors[1].startswith("Ann Lee for on issue:stray")
    # with no column of its own the gold "plan" is aligned with nothing: Kim's side is missed
    b = briefing(statements=statements, issues=[levy, stray], positions=[right, neighbour])
    scores = score_positions(GOLD, b, spans_of(b))
    assert scores["strict position recall"].hits == 1
    assert "aligned with no issue of ours" in scores["strict position recall"].errors[0]


def test_issues_match_gold_issues_one_to_one_by_evidence() -> None:
    statements = [statement("l1", "s-left", "taxes would rise", "a1"),
                  statement("l2", "s-left", "plan passed", "a2"),
                  statement("r1", "s-right", "Taxes will rise", "a1"),
                  statement("r2", "s-right", "it was a tax grab", None)]
    # the main issue holds evidence of both gold issues but stands for one of them only
    main = Issue("issue:levy", "levy", ["levy"], ["l1", "l2"])
    rise = Issue("issue:rise", "rise", ["rise"], ["r1"])
    stray = Issue("issue:grab", "grab", ["grab"], ["r2"])
    b = briefing(statements=statements, issues=[main, rise, stray])
    scores = score_issues(GOLD, b, spans_of(b))
    assert (scores["issue recall"].hits, scores["issue recall"].total) == (2, 2)
    assert (scores["issue precision"].hits, scores["issue precision"].total) == (2, 3)
    assert scores["issue precision"].errors[0].startswith('"grab" matches no gold issue')
    alone = briefing(statements=statements, issues=[main])
    assert score_issues(GOLD, alone, spans_of(alone))["issue recall"].hits == 1
    # a position's own evidence (no statement) counts for the issue it is on
    by_evidence = Position("a2", "Bo Kim", "issue:grab", "for", [],
                           evidence=[TextSpan("plan", CLEAN_A.index("plan"),
                                              CLEAN_A.index("plan") + 4, "s-left")])
    b = briefing(statements=statements, issues=[rise, stray], positions=[by_evidence])
    scores = score_issues(GOLD, b, spans_of(b))
    assert (scores["issue recall"].hits, scores["issue precision"].hits) == (2, 2)


def term_use(referent: str, article_id: str, words: str) -> TermUse:
    text = next(a.text for a in ARTICLES if a.id == article_id)
    start = text.index(words)
    return TermUse(referent, words, 1, [TextSpan(words, start, start + len(words), article_id)])


def test_framing_differences_against_framing_and_trivial_items() -> None:
    b = briefing(framing=[
        OutletFraming("Left Paper", ["s-left"], terms=[term_use("levy", "s-left", "taxes"),
                                                       term_use("rise", "s-left", "rise")]),
        OutletFraming("Right Paper", ["s-right"], terms=[term_use("levy", "s-right", "tax grab"),
                                                         term_use("rise", "s-right", "rise")]),
    ])
    assert set(framing_differences(b)) == {"levy"}  # one term everywhere is no difference
    same_but_case = briefing(framing=[
        OutletFraming("Left Paper", ["s-left"], terms=[term_use("tax", "s-left", "taxes")]),
        OutletFraming("Right Paper", ["s-right"], terms=[term_use("tax", "s-right", "Taxes")]),
    ])
    assert framing_differences(same_but_case) == {}
    scores = score_framing(GOLD, b, SOURCES)
    assert (scores["framing recall"].hits, scores["framing recall"].total) == (1, 1)
    assert (scores["framing precision"].hits, scores["framing precision"].total) == (1, 1)
    assert (scores["trivial framing"].hits, scores["trivial framing"].total) == (0, 1)
    trivial = briefing(framing=[
        OutletFraming("Left Paper", ["s-left"], terms=[term_use("Lee", "s-left", "Ann Lee")]),
        OutletFraming("Right Paper", ["s-right"], terms=[term_use("Lee", "s-right", "Mrs. Lee")]),
    ])
    assert score_framing(GOLD, trivial, SOURCES)["trivial framing"].hits == 1
    # the same offsets in a headline (part "title") are other words: they hit no gold term
    in_titles = briefing(framing=[
        OutletFraming(record.outlet, record.articles, terms=[
            dataclasses.replace(use, evidence=[dataclasses.replace(e, part="title") for e in use.evidence])
            for use in record.terms]) for record in b.framing])
    scores = score_framing(GOLD, in_titles, SOURCES)
    assert scores["framing recall"].hits == 0 and scores["framing precision"].hits == 0


def test_score_story_gives_every_measure() -> None:
    scores = score_story(GOLD, briefing=briefing(), sources=SOURCES)
    assert scores["statement recall"].total == 3 and scores["statement recall"].hits == 0
    assert scores["statement precision"].total == 0 and str(scores["statement precision"]) == "-"


def write_story(folder: Path) -> Path:
    """A tiny story of two articles in --stories form, and its gold file."""
    story = folder / "stories" / "t1"
    story.mkdir(parents=True)
    rows = [
        {"id": "t1-a", "outlet": "Daily Example", "title": "Mayor speaks", "url": None,
         "published": "2024-03-02",
         "text": "Mayor Ann Lee said on Friday that the bridge would reopen in May.\n\n"
                 "\"We are on schedule,\" Lee told reporters."},
        {"id": "t1-b", "outlet": "Example Times", "title": "Bridge to reopen", "url": None,
         "published": "2024-03-02",
         "text": "The bridge will reopen in May, Mayor Ann Lee said on Friday.\n\n"
                 "Council member Bo Kim said the repairs cost too much."},
    ]
    (story / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    gold = {"t1": {
        "headline": "Bridge", "date": "2024-03-02", "batch": 2,
        "articles": {"t1-a": {}, "t1-b": {}}, "issues": ["bridge"],
        "statements": [
            {"id": "S1", "article": "t1-a", "speaker": "Ann Lee", "key": "the bridge would reopen",
             "occ": 1, "kind": "indirect", "core": True},
            {"id": "S2", "article": "t1-a", "speaker": "Ann Lee", "key": "We are on schedule",
             "occ": 1, "kind": "direct", "core": True},
            {"id": "S3", "article": "t1-b", "speaker": "Ann Lee", "key": "The bridge will reopen",
             "occ": 1, "kind": "indirect", "core": True},
            {"id": "S4", "article": "t1-b", "speaker": "Bo Kim", "key": "the repairs cost too much",
             "occ": 1, "kind": "indirect", "core": True},
        ],
        "people": [{"name": "Ann Lee", "spellings": ["Mayor Ann Lee", "Lee"]},
                   {"name": "Bo Kim", "spellings": ["Council member Bo Kim"]}],
        "claims": [{"id": "C1", "desc": "bridge reopens in May", "members": ["S1", "S3"]}],
        "positions": [], "framing": [], "not_framing": [],
    }}
    gold_path = folder / "gold.json"
    gold_path.write_text(json.dumps(gold), "utf-8")
    return gold_path


def test_folder_documents_read_articles_jsonl(tmp_path: Path) -> None:
    write_story(tmp_path)
    documents = folder_documents(tmp_path / "stories", stories={"t1", "absent"})
    assert list(documents) == ["t1"]
    first = documents["t1"][0]
    assert (first.id, first.outlet, first.published) == ("t1-a", "Daily Example", "2024-03-02")
    assert first.content.startswith("Mayor Ann Lee said")


@pytest.mark.slow
def test_cli_scores_a_story_folder(tmp_path: Path) -> None:
    gold_path = write_story(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "story-gold", str(gold_path),
                                      "--stories", str(tmp_path / "stories")])
    assert result.exit_code == 0, result.output
    assert "1 stories of 1 in gold.json scored" in result.output
    assert "batch 2 (held out)" in result.output
    recall = re.search(r"statement recall +(\S+) \((\d+)/4\)", result.output)
    assert recall and int(recall.group(2)) >= 3, result.output


@pytest.mark.slow
def test_listed_errors_come_from_the_tuning_batch_unless_told(tmp_path: Path) -> None:
    gold_path = write_story(tmp_path)  # its one story is batch 2, the held-out part
    gold = json.loads(gold_path.read_text("utf-8"))
    gold["t1"]["statements"][3]["speaker"] = "Ann Lee"  # a speaker error to list
    gold_path.write_text(json.dumps(gold), "utf-8")
    base = ["eval", "story-gold", str(gold_path), "--stories", str(tmp_path / "stories")]
    default = CliRunner().invoke(cli, base)
    held = CliRunner().invoke(cli, [*base, "--errors-from", "batch 2"])
    assert default.exit_code == 0 and held.exit_code == 0, default.output + held.output
    assert "errors in" not in default.output
    assert "speaker accuracy: 1 errors in batch 2" in held.output, held.output


def test_cli_refuses_both_inputs(tmp_path: Path) -> None:
    gold_path = write_story(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "story-gold", str(gold_path), "--stories",
                                      str(tmp_path / "stories"), "--allsides", str(gold_path)])
    assert result.exit_code != 0 and "either --allsides or --stories" in result.output


# Floors sit a little under the figures measured on the 23 gold stories (see the closing
# notes), for parser noise. Raise, never lower.
FLOORS = {"statement recall": 0.96, "statement precision": 0.97, "speaker accuracy": 0.93,
          "claim recall": 0.75, "claim precision": 0.93, "strict claim recall": 0.69,
          "strict claim precision": 0.81, "issue recall": 0.65,
          "issue precision": 0.88, "position recall": 0.66,
          "position precision": 0.89, "strict position recall": 0.50,
          "strict position precision": 0.70, "framing recall": 0.68, "framing precision": 0.88}


@pytest.mark.slow
@pytest.mark.skipif(not (GOLD_DEV.exists() and ROUNDUPS.exists()),
                    reason="shared AllSides gold not available")
def test_floors_on_the_shared_gold_stories() -> None:
    result = CliRunner().invoke(cli, ["eval", "story-gold", str(GOLD_DEV), "--allsides",
                                      str(ROUNDUPS), "--errors", "0"])
    assert result.exit_code == 0, result.output
    for measure, floor in FLOORS.items():
        found = re.search(rf"^{measure} +(\d\.\d\d) ", result.output, re.MULTILINE)
        assert found and float(found.group(1)) >= floor, (measure, result.output)
    assert re.search(r"^trivial framing +0\.00 \(0/", result.output, re.MULTILINE), result.output
