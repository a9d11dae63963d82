"""Story grouping: the grouper itself, B-cubed scoring, and the evaluation command."""

from __future__ import annotations

import json
import random

import pytest
from archive_fixtures import articles, quake_reports
from shared_data import SHARED_DATASETS

from crosswire.archive.db import connect
from crosswire.archive.features import (
    DocumentFrequencies,
    article_features,
    lead_terms,
    day_number,
)
from crosswire.archive.stories import WINDOW_DAYS, StoryGrouper
from crosswire.measure.eval_stories import (
    bcubed,
    load_articles,
    recall_by_pair_kind,
    report_lines,
    shuffled,
    split,
)
from crosswire.measure.eval_stories import group as group_articles

ALLSIDES = SHARED_DATASETS / "allsides" / "roundups.jsonl"


def group(records: list[dict]) -> dict[str, str]:
    frequencies, grouper, assigned = DocumentFrequencies(), StoryGrouper(), {}
    for record in records:
        lead = lead_terms(record["text"], title=record.get("title"))
        frequencies.observe(list(lead.counts))
        features = article_features(lead, day=day_number(record["published"]),
                                    frequencies=frequencies)
        assigned[record["id"]] = grouper.assign(record["id"], features).story_id
    return assigned


def test_bcubed_perfect_and_lumped():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert recall == 1.0 and precision == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    precision, recall, _ = bcubed({"a": "1", "b": "2", "c": "3"}, gold)
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_same_event_grouped_other_event_apart():
    records = [r for r in articles() if r["id"] != "f1-copy"]
    story = group(records)
    assert story["f1"] == story["f2"]
    assert story["t1"] == story["t2"]
    assert len({story["f1"], story["t1"], story["f-later"]}) == 3


def test_story_named_after_its_first_article_and_stays_so():
    story = group([r for r in articles() if r["id"] in ("f1", "f2")])
    assert story["f1"] == story["f2"] == "s-f1"


def test_window_closes_a_story():
    first, second = articles()[0], dict(articles()[2])
    second["published"] = "2031-03-{:02d}".format(3 + WINDOW_DAYS + 2)
    story = group([first, second])
    assert story[first["id"]] != story[second["id"]]


def test_a_developing_story_bridges_five_days_but_not_a_month():
    # a verdict, then the sentence five days after the latest report, told in the same
    # words: one story; a retrial a month later is another
    verdict = ("Judge Marit Ostvold found Pell Harrow guilty of the Lindau depot fraud, "
               "the court in Vesterhavn said. Harrow had forged invoices for the depot.")
    sentence = ("Pell Harrow was sentenced for the Lindau depot fraud by Judge Marit "
                "Ostvold in Vesterhavn. The court said Harrow forged the depot invoices.")
    records = [{"id": "v1", "text": verdict, "published": "2031-05-02"},
               {"id": "v2", "text": verdict + " He will appeal.", "published": "2031-05-03"},
               {"id": "s1", "text": sentence, "published": "2031-05-08"},
               {"id": "r1", "text": sentence + " A retrial began.", "published": "2031-06-20"}]
    story = group(records)
    assert story["v1"] == story["v2"] == story["s1"]
    assert story["r1"] != story["v1"]


def test_close_stale_keeps_memory_bounded():
    grouper, frequencies = StoryGrouper(), DocumentFrequencies()
    for day in range(60):
        lead = lead_terms(f"Unrelated event number{day} happened in place{day}.")
        frequencies.observe(list(lead.counts))
        grouper.assign(f"a{day}", article_features(lead, day=740_000 + day,
                                                    frequencies=frequencies))
        grouper.dirty.clear()  # as after a save
        grouper.close_stale()
    assert len(grouper.stories) <= 3 * WINDOW_DAYS + 2


def test_eval_on_generic_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    stories = {"f1": "flood", "f2": "flood", "t1": "trade", "t2": "trade", "f-later": "audit"}
    path.write_text("".join(json.dumps({**r, "story": stories[r["id"]]}) + "\n"
                            for r in articles() if r["id"] in stories), "utf-8")
    lines = report_lines(path=path, limit=None, shuffle=(1, 2))
    assert lines[0].startswith("5 articles in 3 gold stories")
    all_line = next(line for line in lines if line.startswith("crosswire") and " all " in line)
    assert all_line.endswith("F1 1.000")
    shuffled = [line for line in lines if "shuffled (seed" in line]
    assert len(shuffled) == 2 and all(line.endswith("all 1.000") for line in shuffled)
    assert any(line.startswith("word-overlap baseline") for line in lines)
    # no article dated from its text: no second figure
    assert not any("(dates from the input only)" in line for line in lines)


@pytest.mark.skipif(not ALLSIDES.exists(), reason="shared AllSides dataset not present")
def test_allsides_floors():
    articles = load_articles(ALLSIDES)
    _, held_out = split(articles)
    scores = [bcubed(group_articles(part), {a.id: a.story for a in part})[2]
              for part in (held_out, articles)]
    # measured 0.959 on the held-out half and 0.926 on the whole file (twice the stories
    # a week, so more same-topic neighbours to tell apart; 0.955 and 0.924 before days
    # were counted by story_cut.day_cost); the floors may only be raised
    assert scores[0] >= 0.955 and scores[1] >= 0.925


@pytest.mark.skipif(not ALLSIDES.exists(), reason="shared AllSides dataset not present")
def test_allsides_floor_in_a_shuffled_order():
    articles = shuffled(load_articles(ALLSIDES), 1)
    f1 = bcubed(group_articles(articles), {a.id: a.story for a in articles})[2]
    # measured 0.922 (seed 2: 0.925)
    assert f1 >= 0.92


def test_undated_roundup_articles_mostly_share_their_roundup_s_day(tmp_path):
    path = tmp_path / "roundups.jsonl"
    rows = [{"id": n, "date": "2021-03-10", "news": {
        "left": {"newsLink": "https://example.org/2021/03/09/report", "newsTitle": "A",
                 "newBody": [f"Invented report {n} on the vote."]},
        "center": {"newsLink": "https://example.org/report", "newsTitle": "B",
                   "newBody": [f"Invented account {n} of the vote."]},
        "right": {"newsLink": "https://example.org/view", "newsTitle": "C",
                  "newBody": [f"Invented view {n} of the vote."]}}} for n in range(200)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    loaded = load_articles(path)
    url_day = day_number("2021-03-09")
    assert {a.day for a in loaded if a.dated == "url"} == {url_day}
    drawn = [a for a in loaded if a.dated == "drawn"]
    # the shared lead (70%) plus the own draws that land on it too (22%)
    share = sum(a.day == url_day for a in drawn) / len(drawn)
    assert len(drawn) == 400 and 0.65 < share < 0.9


def test_split_keeps_a_topic_together(tmp_path):
    path = tmp_path / "topics.jsonl"
    rows = [{"id": f"{topic}-{story}-{n}", "topic": topic, "story": f"{topic}-{story}",
             "text": f"Invented report {n} on event {story} of kind {topic}."}
            for topic in range(12) for story in "ab" for n in range(2)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    tuning, held_out = split(load_articles(path))
    assert tuning and held_out
    assert not {a.topic for a in tuning} & {a.topic for a in held_out}
    assert report_lines(path=path)[0].endswith(
        f"tuned on {len(tuning)} articles with even topic hash, held out {len(held_out)}")


ECBPLUS = SHARED_DATASETS / "ecbplus" / "dev.jsonl"


def test_an_undated_input_is_dated_as_the_archive_dates_it(tmp_path):
    path = tmp_path / "events.jsonl"
    rows = [{"id": "a", "story": "s", "text": "Ferry aground off Tolmby\nMarch 3, 2019\n"
             "A ferry ran aground off Tolmby on Sunday, the coast guard said."},
            {"id": "b", "story": "s", "text": "The ferry that ran aground was refloated."},
            {"id": "c", "story": "s", "published": "2019-03-05",
             "text": "Inspectors boarded the ferry on Tuesday."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    dated = {a.id: (a.day, a.dated) for a in load_articles(path)}
    assert dated == {"a": (day_number("2019-03-03"), "text"), "b": (None, "none"),
                     "c": (day_number("2019-03-05"), "given")}
    assert load_articles(path, archive_dates=False)[0].dated == "given"
    lines = report_lines(path=path)
    assert "article dates: 1 given, 1 none, 1 text" in lines
    # the figure with the input's dates only is kept beside it, labelled
    assert [line.split()[1] for line in lines if line.endswith("(dates from the input only)")] == [
        "held-out", "all"]


def test_recall_is_told_by_pair_kind(tmp_path):
    path = tmp_path / "events.jsonl"
    # story "u" hashes even (the tuning half), "s" odd
    rows = [{"id": "a", "story": "u", "published": "2019-03-03", "text": "A ferry ran aground."},
            {"id": "b", "story": "u", "published": "2019-03-04", "text": "It was refloated."},
            {"id": "c", "story": "u", "text": "Divers inspected its hull."},
            {"id": "d", "story": "u", "text": "The ferry sails again."},
            {"id": "e", "story": "s", "text": "A bridge closed for repairs."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    loaded = load_articles(path, archive_dates=False)
    predicted = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "3"}
    assert recall_by_pair_kind(predicted, loaded) == {
        "dated-dated": (1, 1), "dated-undated": (2, 4), "undated-undated": (0, 1)}
    # the report gives it for the tuning half when some articles are undated
    line = next(line for line in report_lines(path=path) if "recall by pair" in line)
    assert line.split(": ")[1].split(", ")[0].startswith("dated-dated ") and line.count("/") == 3


def test_a_line_ingest_refuses_keeps_no_day_and_is_reported(tmp_path, monkeypatch, capsys):
    import crosswire.pipeline

    cleaned = crosswire.pipeline.clean

    def refusing(document):
        if "Tolmby" in document.content:
            raise ValueError("unreadable body")
        return cleaned(document)

    monkeypatch.setattr(crosswire.pipeline, "clean", refusing)
    path = tmp_path / "events.jsonl"
    rows = [{"id": "a", "story": "s", "text": "Ferry aground off Tolmby\nMarch 3, 2019\nThe ferry ran aground."},
            {"id": "b", "story": "s", "text": "Ferry refloated at Vesta\nMarch 5, 2019\nThe ferry was refloated."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    dated = {a.id: (a.day, a.dated) for a in load_articles(path)}
    assert dated == {"a": (None, "none"), "b": (day_number("2019-03-05"), "text")}
    assert "unreadable body" in capsys.readouterr().err


@pytest.mark.skipif(not ECBPLUS.exists(), reason="shared ECB+ dataset not present")
def test_ecbplus_floor():
    # the figure with the input's dates only (ECB+ gives none), as reported before the
    # eval dated articles as ingest does (test_ecbplus_floor_with_archive_dates)
    articles = load_articles(ECBPLUS, archive_dates=False)
    _, held_out = split(articles)
    scores = [bcubed(group_articles(part), {a.id: a.story for a in part})[2]
              for part in (articles, held_out)]
    # measured 0.928 on the whole file and 0.906 on the held-out topics (same-topic hard
    # negatives); the floors may only be raised
    assert scores[0] >= 0.925 and scores[1] >= 0.90


@pytest.mark.skipif(not ECBPLUS.exists(), reason="shared ECB+ dataset not present")
def test_ecbplus_floor_with_archive_dates():
    articles = load_articles(ECBPLUS)
    _, held_out = split(articles)
    scores = [bcubed(group_articles(part), {a.id: a.story for a in part})[2]
              for part in (articles, held_out)]
    # 155 of 408 articles dated from their text as ingest dates them; measured 0.872 on
    # the whole file and 0.880 on the held-out topics (0.868 and 0.880 before a report
    # within follow_ups.RECENT_DAYS could follow up without naming a month; 0.856 and
    # 0.877 before the follow-up link, archive.follow_ups; 0.874 held out before days
    # were counted by story_cut.day_cost; 0.840 and 0.840 before a dated and an undated
    # article paid UNDATED_PAIR_PENALTY in the event cut); the floors may only be raised
    assert scores[0] >= 0.870 and scores[1] >= 0.878


@pytest.mark.skipif(not ECBPLUS.exists(), reason="shared ECB+ dataset not present")
def test_ecbplus_floor_in_a_shuffled_order():
    articles = shuffled(load_articles(ECBPLUS, archive_dates=False), 1)
    f1 = bcubed(group_articles(articles), {a.id: a.story for a in articles})[2]
    # measured 0.929 (seeds 2 and 3: 0.929, 0.937; 0.814 before recent members moved,
    # 0.926 before a bridged story gave its members to the other)
    assert f1 >= 0.925


def quake_features(reports: list[tuple[str, str]], frequencies: DocumentFrequencies):
    items = []
    for article_id, text in reports:
        lead = lead_terms(text)
        frequencies.observe(list(lead.counts))
        items.append((article_id, article_features(lead, day=None, frequencies=frequencies),
                      None))
    return items


def test_two_events_of_one_kind_in_one_batch_stay_apart():
    reports = [r for pair in zip(quake_reports("north"), quake_reports("south")) for r in pair]
    grouper = StoryGrouper()
    items = quake_features(reports, DocumentFrequencies())
    story = {item[0]: a.story_id for item, a in zip(items, grouper.assign_batch(items))}
    # words alone make them one topic: every report shares the kind's words with the others
    assert len({story[f"north-{n}"] for n in range(4)}) == 1
    assert len({story[f"south-{n}"] for n in range(4)}) == 1
    assert story["north-0"] != story["south-0"]


def test_a_stored_story_keeps_its_event_and_the_other_event_starts_a_story():
    frequencies, grouper = DocumentFrequencies(), StoryGrouper()
    north = quake_reports("north")
    first = quake_features(north[:3], frequencies)
    stored = {a.story_id for a in grouper.assign_batch(first)}
    assert len(stored) == 1
    later = quake_features([north[3], *quake_reports("south")], frequencies)
    placed = {item[0]: a for item, a in zip(later, grouper.assign_batch(later))}
    assert placed["north-3"].story_id in stored and placed["north-3"].via == "grouped"
    assert len({placed[f"south-{n}"].story_id for n in range(4)}) == 1
    assert placed["south-0"].story_id not in stored


FLOOD_REPORTS = [
    ("a", "Flood waters swept through Riverton on Monday, closing the old bridge and the "
          "schools of the town."),
    ("b", "Mayor Kestrel ordered evacuations across the valley after the dam above "
          "Millbrook cracked."),
    ("c", "Flood waters swept through Riverton after the dam above Millbrook cracked; "
          "Mayor Kestrel ordered evacuations and closed the old bridge."),
]


def test_two_unlike_reports_of_one_event_become_one_story_when_an_article_bridges_them(
        tmp_path):
    conn = connect(tmp_path / "archive.db")
    frequencies, grouper = DocumentFrequencies(), StoryGrouper(conn)
    placed = {}
    for article_id, text in FLOOD_REPORTS:
        lead = lead_terms(text)
        frequencies.observe(list(lead.counts))
        features = article_features(lead, day=None, frequencies=frequencies)
        placed[article_id] = grouper.assign_batch([(article_id, features, None)])[0].story_id
        grouper.save()
    # the first two share too few words to join; the third tells of both
    assert placed == {"a": "s-a", "b": "s-b", "c": "s-a"}
    assert grouper.moved == {"b": "s-a"} and "s-b" not in grouper.stories
    grouper.drop_emptied()
    assert [row[0] for row in conn.execute("SELECT id FROM stories")] == ["s-a"]


def test_an_early_mix_of_two_events_is_mended_by_later_articles():
    frequencies, grouper = DocumentFrequencies(), StoryGrouper()
    north, south = quake_reports("north"), quake_reports("south")
    # two reports are too few to cut: the first batch gives both events one story
    first = quake_features([north[0], south[0]], frequencies)
    story = {item[0]: a.story_id for item, a in zip(first, grouper.assign_batch(first))}
    assert story["north-0"] == story["south-0"] == "s-north-0"
    later = quake_features(north[1:] + south[1:], frequencies)
    story |= {item[0]: a.story_id for item, a in zip(later, grouper.assign_batch(later))}
    assert grouper.moved == {"south-0": story["south-1"]}
    story |= grouper.moved
    assert {story[f"north-{n}"] for n in range(4)} == {"s-north-0"}
    assert len({story[f"south-{n}"] for n in range(4)}) == 1
    assert story["south-0"] != "s-north-0"
    assert grouper.stories["s-north-0"].size == 4
    assert grouper.stories[story["south-0"]].size == 4


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouping_does_not_depend_on_arrival_order(seed):
    reports = quake_reports("north") + quake_reports("south")
    random.Random(seed).shuffle(reports)
    frequencies, grouper, story = DocumentFrequencies(), StoryGrouper(), {}
    for start in range(0, len(reports), 2):  # two at a time: each batch alone is ambiguous
        batch = quake_features(reports[start : start + 2], frequencies)
        story |= {item[0]: a.story_id for item, a in zip(batch, grouper.assign_batch(batch))}
        story |= grouper.moved
        grouper.moved.clear()
    assert len({story[f"north-{n}"] for n in range(4)}) == 1
    assert len({story[f"south-{n}"] for n in range(4)}) == 1
    assert story["north-0"] != story["south-0"]


def test_a_crowded_topic_is_cut_on_each_story_s_latest_members(monkeypatch):
    import crosswire.archive.story_cut as story_cut

    frequencies, grouper = DocumentFrequencies(), StoryGrouper()
    north, south = quake_reports("north"), quake_reports("south")
    first = quake_features(north[:3], frequencies)
    stored = {a.story_id for a in grouper.assign_batch(first)}
    # room for the five new reports and two of the stored story's three members
    monkeypatch.setattr(story_cut, "CUT_NODES", 7)
    cut_sizes, bisect = [], story_cut._bisect
    monkeypatch.setattr(story_cut, "_bisect", lambda similarity, nodes: (
        cut_sizes.append(len(similarity)) or bisect(similarity, nodes)))
    later = quake_features([north[3], *south], frequencies)
    placed = {item[0]: a.story_id for item, a in zip(later, grouper.assign_batch(later))}
    assert cut_sizes[0] == 7
    assert placed["north-3"] in stored
    assert len({placed[f"south-{n}"] for n in range(4)}) == 1
    assert placed["south-0"] not in stored and not grouper.moved


def test_an_article_barely_tied_to_its_event_stands_alone():
    import numpy as np

    from crosswire.archive.story_cut import _bisect

    # three reports tied evenly, and a fourth with faint ties to them: the normalised cut
    # of one article is at least 1 whatever its ties, so only the detach rule leaves it out
    similarity = np.full((4, 4), 0.5)
    similarity[3, :] = similarity[:, 3] = 0.05
    np.fill_diagonal(similarity, 0.0)
    assert _bisect(similarity, [0, 1, 2, 3]) == [[0, 1, 2], [3]]
    similarity[3, :3] = similarity[:3, 3] = 0.4  # tied about as well as the others
    assert _bisect(similarity, [0, 1, 2, 3]) == [[0, 1, 2, 3]]


def test_the_thinnest_cut_is_the_least_normalised_cut_along_the_spectral_order():
    import numpy as np

    from crosswire.archive.story_cut import _thinnest_cut

    rng = np.random.default_rng(3)
    for size in (2, 3, 7, 20):
        graph = rng.random((size, size)) * (rng.random((size, size)) < 0.6)
        graph = np.triu(graph, 1) + np.triu(graph, 1).T
        ncut, side = _thinnest_cut(graph)
        degree = graph.sum(axis=1) + 1e-12
        crossing = graph[np.ix_(side, ~side)].sum()
        assert 0 < side.sum() < size
        assert ncut == pytest.approx(crossing / degree[side].sum()
                                     + crossing / degree[~side].sum())
        # no prefix of the same spectral order is cut thinner
        scale = 1.0 / np.sqrt(degree)
        _, vectors = np.linalg.eigh(np.eye(size) - scale[:, None] * graph * scale[None, :])
        order = np.argsort(scale * vectors[:, 1], kind="stable")
        for cut in range(1, size):
            left, right = order[:cut], order[cut:]
            through = graph[np.ix_(left, right)].sum()
            assert ncut <= through / degree[left].sum() + through / degree[right].sum() + 1e-9
    # two tight pairs tied faintly: the cut falls between the pairs
    pairs = np.array([[0, 1, .1, 0], [1, 0, 0, .1], [.1, 0, 0, 1], [0, .1, 1, 0]])
    assert sorted([list(np.flatnonzero(part)) for part in (_thinnest_cut(pairs)[1],
                                                            ~_thinnest_cut(pairs)[1])]) == [
        [0, 1], [2, 3]]


def test_a_loose_article_s_ties_are_judged_against_its_own_best_tie():
    import numpy as np

    from crosswire.archive.story_cut import _relative

    # events a (0-2) and b (3-5), and a long report of a (6) told in other words
    similarity = np.full((7, 7), 0.1)
    similarity[:3, :3] = similarity[3:6, 3:6] = 0.6
    similarity[6, :3] = similarity[:3, 6] = 0.15
    similarity[6, 3:6] = similarity[3:6, 6] = 0.05
    np.fill_diagonal(similarity, 0.0)
    relative = _relative(similarity)
    assert np.allclose(relative, relative.T)
    assert relative[6, 0] / relative[0, 1] > similarity[6, 0] / similarity[0, 1]
    assert relative[6, 0] > relative[6, 3]  # still nearer its own event
    assert np.all(relative <= np.maximum(similarity, 1e-12) ** 0.5 + 1e-9)


def test_the_weekdays_a_lead_names():
    from crosswire.archive.features import weekdays_named

    monday, tuesday = 1, 2
    assert weekdays_named("The council voted on Tuesday after Monday's debate.") == (
        monday | tuesday)
    assert weekdays_named("A monday-like mood; no day named.") == 0


def test_dated_reports_naming_other_weekdays_are_further_apart_in_the_event_cut():
    from crosswire.archive.story_cut import WEEKDAY_PENALTY, _similarity

    vector = {"council": 0.8, "vote": 0.6}
    monday, tuesday = 1, 2
    dated = _similarity([(vector, 700_000, None, monday), (vector, 700_000, None, tuesday),
                         (vector, 700_000, None, monday | tuesday)])
    assert dated[0, 1] == pytest.approx(1.0 - WEEKDAY_PENALTY)
    assert dated[0, 2] == dated[1, 2] == pytest.approx(1.0)  # a day named by both
    undated = _similarity([(vector, None, None, monday), (vector, None, None, tuesday)])
    assert undated[0, 1] == pytest.approx(1.0)


def test_an_undated_event_of_the_same_kind_is_cut_from_a_dated_one():
    from crosswire.archive.story_cut import UNDATED_PAIR_PENALTY, _similarity, events

    def report(place: str, n: int, day: int | None):
        weights = {"flood": 0.6, "levee": 0.6, place: 0.8, f"{place}{n}": 0.3}
        norm = sum(w * w for w in weights.values()) ** 0.5
        return ({term: w / norm for term, w in weights.items()}, day, None, 0)

    # three dated reports of a flood at Orsk and three undated ones of a flood at Velm:
    # the undated reports' ties carried no day's cost, so they tied as closely to the
    # dated event as to each other and the cut kept all six together
    dated = [report("orsk", n, 740_000) for n in range(3)]
    undated = [report("velm", n, None) for n in range(3)]
    assert sorted(event.articles for event in events([], dated + undated)) == [
        [0, 1, 2], [3, 4, 5]]
    plain = _similarity([dated[0], dated[1]])[0, 1]
    mixed = _similarity([dated[0], report("orsk", 1, None)])[0, 1]
    assert mixed == pytest.approx(plain - UNDATED_PAIR_PENALTY)
    both_undated = _similarity([report("orsk", 0, None), report("orsk", 1, None)])[0, 1]
    assert both_undated == pytest.approx(plain)
