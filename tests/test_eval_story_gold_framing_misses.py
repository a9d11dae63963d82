"""The breakdown of framing misses and wrong rows in the story-gold evaluation, on an
invented gold: each gold framing item no difference of ours hits, and each difference of
ours hitting no gold framing item, counts under one kind."""

from __future__ import annotations

from crosswire.measure.eval_story_gold_framing_misses import FRAMING_MISS_MEASURES, score_framing_misses
from crosswire.models import Article, Briefing, DateEstimate, OutletFraming, Segment, TermUse, TextSpan

TEXTS = {"a": ("The Varn council passed the levy. Protesters called it a land grab. The new "
               "stadium opened. Officials praised the rebate. The harbour tunnel closed. "
               "Sweeping fees began. Strict rules apply."),
         "b": ("The Varn board passed the tax. Residents called it a seizure. The new arena "
               "opened. Officials praised the handout. The tunnel shut. Fees began. A firm "
               "rule applies.")}
# gold framing item -> its term in a, its term in b
FRAMED = {"the charge": ("levy", "tax"), "the scheme": ("land grab", "seizure"),
          "the venue": ("stadium", "arena"), "the payment": ("rebate", "handout"),
          "the closure": ("closed", "shut"), "the fees": ("sweeping fees", "fees"),
          "the rules": ("strict rules", "firm rule"), "the objectors": ("Protesters", "Residents")}
GOLD = {"framing": [{"referent": referent, "terms": {"a": [term_a], "b": [term_b]}}
                    for referent, (term_a, term_b) in FRAMED.items()],
        "not_framing": [{"referent": "the tunnel", "terms": {"a": ["harbour tunnel"], "b": ["tunnel"]}}]}


def article(side: str) -> Article:
    text = TEXTS[side]
    return Article(id=side, source_path=side, outlet=f"Paper {side}", title="Varn votes",
                   published=DateEstimate(None, "unknown", "", 0.0), language="en", text=text,
                   segments=[Segment(0, 0, len(text), len(text))])


def use(referent: str, term: str, side: str, words: str, part: str | None = None) -> tuple[str, TermUse]:
    text = "Varn votes" if part else TEXTS[side]
    start = text.index(words)
    return side, TermUse(referent, term, 1, [TextSpan(words, start, start + len(words), side, part)])


def briefing(*uses: tuple[str, TermUse]) -> Briefing:
    return Briefing(articles=[article("a"), article("b")], actors=[], statements=[], framing=[
        OutletFraming(f"Paper {side}", [side], terms=[u for s, u in uses if s == side]) for side in "ab"])


def test_each_miss_and_wrong_row_counts_under_one_kind() -> None:
    b = briefing(
        use("objectors", "Protesters", "a", "Protesters"), use("objectors", "Residents", "b", "Residents"),
        # the two outlets' words for the charge read as two things
        use("charge", "levy", "a", "levy"), use("duty", "tax", "b", "tax"),
        # both words read as one thing, under one term
        use("taking", "taking", "a", "land grab"), use("taking", "taking", "b", "seizure"),
        # one outlet's word in a difference with other words of the other outlet
        use("venue", "stadium", "a", "stadium"), use("venue", "opened", "b", "opened"),
        # one outlet's word, named alike by no one else
        use("payment", "rebate", "a", "rebate"),
        # wrong rows: a style variant, a difference in a headline, one outside the gold
        use("tunnel", "harbour tunnel", "a", "harbour tunnel"), use("tunnel", "tunnel", "b", "tunnel"),
        use("votes", "votes", "a", "votes", part="title"), use("votes", "ballots", "b", "passed"),
        use("council", "council", "a", "council"), use("council", "board", "b", "board"))
    tallies = score_framing_misses(GOLD, b, {side: text for side, text in TEXTS.items()})
    assert set(tallies) == set(FRAMING_MISS_MEASURES)
    counts = {measure: (t.hits, t.total) for measure, t in tallies.items()}
    assert counts == {
        "framing miss: split across rows": (1, 7),
        "framing miss: one row, one term": (1, 7),
        "framing miss: one article, a difference elsewhere": (1, 7),
        "framing miss: one article, no difference": (1, 7),
        # no row holds 'sweeping fees' / 'fees' (a listed loaded word), 'strict rules' /
        # 'firm rule' (one head, 'rule'), or 'closed' / 'shut'
        "framing miss: not found, a known loaded word": (1, 7),
        "framing miss: not found, one head": (1, 7),
        "framing miss: not found, other heads": (1, 7),
        "framing wrong row: trivial": (1, 4),
        "framing wrong row: headline only": (1, 4),
        "framing wrong row: one gold article": (1, 4),  # the venue row
        "framing wrong row: outside the gold": (1, 4),
    }
    split = tallies["framing miss: split across rows"].errors
    assert split == ["the charge: levy / tax; a: 'levy' in row charge (lexicon); "
                     "b: 'tax' in row duty (lexicon)"]
