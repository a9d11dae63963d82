"""Why pairs were grouped wrongly (measure.eval_stories_pairs), on invented articles."""

from __future__ import annotations

from crosswire.measure.eval_stories import EvalArticle
from crosswire.measure.eval_stories_pairs import pair_reasons, reason_line

FLOOD = "Floodwater from the Varnel river covered Oskeby farms while the Varnel dam held."


def article(article_id: str, story: str, text: str, day: int | None = None) -> EvalArticle:
    return EvalArticle(id=article_id, story=story, title=None, text=text, day=day)


def filler(prefix: str) -> str:
    """Thirty-four words no other article uses, each once."""
    return " ".join(f"{prefix}{first}{second}wort" for first in "bcdfghjklmnpqrstv"
                    for second in "ae")


def test_missed_pairs_are_told_by_what_split_them():
    articles = [
        article("a", "flood", FLOOD, 700_000),
        # a month later: only the follow-up link could join it
        article("b", "flood", "Oskeby farmers counted losses as the Varnel flood receded.",
                700_030),
        # no word in common with any other
        article("c", "flood", "Quorble zintap melvorns."),
        # two shared words among many of its own: a candidate, below the threshold (of
        # 0.15 here: their similarity is about 0.1)
        article("d", "rally", f"zelkor pravin zelkor pravin {filler('ka')}"),
        article("e", "rally", f"zelkor pravin zelkor pravin {filler('mo')}"),
        # alike throughout, yet kept apart: the event cut parted them
        article("f", "strike", "Dockworkers at Quillhaven walked out over pay on the quays."),
        article("g", "strike", "Quillhaven dockworkers walked out on the quays over pay."),
    ]
    predicted = {key: key for key in "abcdefg"}
    missed, wrong = pair_reasons(predicted, articles, threshold=0.15)
    assert missed == {"follow-up refused": 1, "never a candidate": 2,
                      "below the threshold": 1, "the event cut": 1}
    assert not wrong


def test_wrong_joins_are_told_by_what_joined_them():
    articles = [
        article("a", "flood", FLOOD, 700_000),
        article("b", "fire", FLOOD, 700_002),  # the same words: words joined them
        article("c", "vote", "Councillors in Brenmoor approved the tram budget.", 700_001),
        article("d", "match", "Tessaly United beat Corvane on penalties.", 700_001),
        article("e", "quake", "Tremors shook Dorrin Vale overnight.", 700_050),
        article("f", "choir", "Lantry choir toured Hesk in spring."),
    ]
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "3", "f": "3"}
    missed, wrong = pair_reasons(predicted, articles)
    # e is dated and f undated: neither words, nor a shared day, nor beyond the window
    assert wrong == {"words": 1, "shared date": 1, "event cut kept them": 1}
    assert not missed
    far = [article("a", "flood", FLOOD, 700_000), article("b", "fire", "Kiln fire.", 700_040)]
    assert pair_reasons({"a": "1", "b": "1"}, far)[1] == {"follow-up link": 1}


def test_the_reason_line_names_every_kind():
    missed, wrong = pair_reasons({"a": "1", "b": "2"}, [article("a", "x", FLOOD),
                                                        article("b", "x", FLOOD)])
    line = reason_line("tuning", missed, wrong)
    assert "the event cut 1" in line and "never a candidate 0" in line
    assert line.count(",") == 6
