"""The briefing renderers: JSON contract, Markdown, self-contained HTML."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from crosswire.briefing import briefing_to_json, render_html, render_markdown, write_briefing
from crosswire.briefing.marks import Span, split_marked
from crosswire.briefing.summary import summarise
from crosswire.compare.sentence_model import matcher
from crosswire.models import (
    Actor,
    Article,
    Briefing,
    Claim,
    ClaimConflict,
    ClaimLink,
    ClaimVersion,
    Condition,
    DateEstimate,
    Event,
    InputError,
    Issue,
    Mention,
    OutletFraming,
    Position,
    Removed,
    Resolution,
    Segment,
    Statement,
    TermUse,
    TextSpan,
    TimelineEntry,
    VoiceCount,
)
from text_spans import words_in

FIRST_TEXT = (
    "The harbour authority will close the northern pier, its director Mara Ostrova said on "
    "Tuesday. \"We cannot wait for <script>alert('x')</script> another storm,\" she told "
    "reporters. Fishermen said the decision came too late.\n\n"
    "According to the Tide Gazette, repairs will cost 2 million euros."
)
SECOND_TEXT = (
    "Mara Ostrova, the harbour director, said the pier would reopen in spring. "
    "The council has not commented."
)


def _statement(
    sid: str, article: Article, words: str, *, kind: str = "indirect", cue: str | None = None,
    speaker_words: str | None = None, speaker: str | None = None, mention: str | None = None,
    method: str = "named", via: str | None = None, said_on: DateEstimate | None = None,
) -> Statement:
    said_by = words_in(article.text, speaker_words, article.id) if speaker_words else None
    # "said" follows its speaker ("Fishermen said"); "According to" comes before it
    after = said_by.start if said_by and cue == "said" else 0
    return Statement(
        id=sid, span=words_in(article.text, words, article.id), kind=kind,
        cue=words_in(article.text, cue, article.id, after=after) if cue else None,
        speaker_words=said_by,
        resolution=Resolution(method, 0.9 if speaker else 0.0), speaker_mention=mention,
        speaker=speaker, via=via, said_on=said_on,
    )


def sample_briefing() -> Briefing:
    """Two articles, one actor quoted directly (pronoun), indirectly and in a mixed quote
    that contains its own speaker span, one unattributed statement, boilerplate removed."""
    first = Article(
        id="harbour-1", source_path="in/harbour-1.html", outlet="Coast Courier",
        title="Northern pier to close <for now>",
        published=DateEstimate("2024-03-05", "day", "meta article:published_time", 1.0),
        language="en", text=FIRST_TEXT,
        removed=[Removed("Share on https://social.example/share", "share buttons", 10, 47),
                 Removed("Read more: Storm season", "promo", 900, 923)],
        segments=[Segment(0, 120, len(FIRST_TEXT), len(FIRST_TEXT), True)],
        url="https://courier.example/pier",
    )
    second = Article(
        id="harbour-2", source_path="in/harbour-2.txt", outlet=None, title=None,
        published=DateEstimate("2024-03", "month", "text: 'in March'", 0.5),
        language="en", text=SECOND_TEXT,
    )
    director = Actor(
        id="a0", name="Mara Ostrova", kind="person", aliases=["Mara Ostrova", "Ostrova"],
        roles=["harbour director"], country="Examplia",
        seen=[words_in(FIRST_TEXT, "Mara Ostrova", first.id),
              words_in(SECOND_TEXT, "Mara Ostrova", second.id)],
    )
    gazette = Actor(id="a1", name="Tide Gazette", kind="organisation", aliases=["Tide Gazette"],
                    roles=[])
    mentions = [
        Mention("harbour-1:m0", words_in(FIRST_TEXT, "Mara Ostrova", first.id), "person",
                role="director"),
        Mention("harbour-2:m0", words_in(SECOND_TEXT, "Mara Ostrova", second.id), "person",
                role="the harbour director"),
    ]
    tuesday = DateEstimate("2024-03-05", "day", "on Tuesday", 0.8)
    statements = [
        _statement("harbour-1:s0", first,
                   "The harbour authority will close the northern pier, its director "
                   "Mara Ostrova said on Tuesday",
                   kind="mixed", cue="said", speaker_words="Mara Ostrova", speaker="a0",
                   mention="harbour-1:m0", said_on=tuesday),
        _statement("harbour-1:s1", first,
                   "\"We cannot wait for <script>alert('x')</script> another storm,\"",
                   kind="direct", cue="told", speaker_words="she", speaker="a0",
                   mention="harbour-1:m0", method="pronoun", via="reporters"),
        _statement("harbour-1:s2", first, "the decision came too late", cue="said",
                   speaker_words="Fishermen", method="unnamed"),
        _statement("harbour-1:s3", first, "repairs will cost 2 million euros",
                   cue="According to", speaker_words="Tide Gazette", speaker="a1"),
        _statement("harbour-2:s0", second, "the pier would reopen in spring", cue="said",
                   speaker_words="Mara Ostrova", speaker="a0", mention="harbour-2:m0"),
    ]
    return Briefing(
        articles=[first, second], actors=[director, gazette], statements=statements,
        mentions=mentions, errors=[InputError("in/broken.pdf", "not a text or HTML file")],
    )


EMPTY = Briefing(articles=[], actors=[], statements=[])


@pytest.fixture(scope="module")
def schema():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema not installed (test dep)")
    text = resources.files("crosswire.data").joinpath("brief.schema.json").read_text("utf-8")
    document = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document)


# JSON contract


def test_json_keeps_the_contract_fields():
    data = briefing_to_json(sample_briefing())
    contract = {
        "articles": {"id", "source_path", "outlet", "title", "published", "published_precision",
                     "language", "text", "removed"},
        "actors": {"id", "name", "kind", "aliases", "roles"},
        "statements": {"id", "article", "start", "end", "text", "kind", "cue", "speaker",
                       "speaker_text", "speaker_start", "speaker_end", "via", "said_on"},
    }
    for section, fields in contract.items():
        assert data[section], section
        for record in data[section]:
            assert fields <= record.keys(), (section, fields - record.keys())
    assert set(data["articles"][0]["removed"][0]) >= {"text", "reason"}


def test_json_flattens_dates_to_iso_strings():
    data = briefing_to_json(sample_briefing())
    assert data["articles"][0]["published"] == "2024-03-05"
    assert data["articles"][1]["published_precision"] == "month"
    said = {s["id"]: s for s in data["statements"]}
    assert said["harbour-1:s0"]["said_on"] == "2024-03-05"
    assert said["harbour-1:s0"]["said_on_precision"] == "day"
    assert said["harbour-1:s1"]["said_on"] is None
    assert said["harbour-1:s1"]["resolution"] == {"method": "pronoun", "confidence": 0.9}


def test_json_offsets_round_trip_through_the_rendered_file(tmp_path):
    write_briefing(sample_briefing(), outdir=tmp_path)
    data = json.loads((tmp_path / "brief.json").read_text("utf-8"))
    texts = {article["id"]: article["text"] for article in data["articles"]}
    for statement in data["statements"]:
        text = texts[statement["article"]]
        assert text[statement["start"]:statement["end"]] == statement["text"]
        if statement["speaker_start"] is not None:
            speaker = text[statement["speaker_start"]:statement["speaker_end"]]
            assert speaker == statement["speaker_text"]
        if statement["cue_start"] is not None:
            assert text[statement["cue_start"]:statement["cue_end"]] == statement["cue"]
    for actor in data["actors"]:
        for seen in actor["seen"]:
            assert texts[seen["article"]][seen["start"]:seen["end"]] == seen["text"]
    assert data["articles"][0]["segments"] == [[0, 120, len(FIRST_TEXT), len(FIRST_TEXT), True]]


def test_json_validates_against_the_schema(tmp_path, schema):
    for briefing in (sample_briefing(), EMPTY):
        write_briefing(briefing, outdir=tmp_path)
        schema.validate(json.loads((tmp_path / "brief.json").read_text("utf-8")))


def test_schema_rejects_a_broken_contract(schema):
    data = briefing_to_json(sample_briefing())
    del data["statements"][0]["speaker_text"]
    data["articles"][0]["published_precision"] = "week"
    assert len(list(schema.iter_errors(data))) == 2


def joint_briefing() -> Briefing:
    """The sample with its last statement said jointly by the director and the gazette."""
    briefing = sample_briefing()
    joint = dataclasses.replace(briefing.statements[-1], co_speakers=["a1"],
                                co_speaker_mentions=["harbour-2:m1"])
    return dataclasses.replace(briefing, statements=[*briefing.statements[:-1], joint])


def test_a_joint_statement_names_every_speaker(tmp_path, schema):
    briefing = joint_briefing()
    said = {s["id"]: s for s in briefing_to_json(briefing)["statements"]}
    assert said["harbour-2:s0"]["speaker"] == "a0"
    assert said["harbour-2:s0"]["co_speakers"] == ["a1"]
    assert said["harbour-1:s0"]["co_speakers"] == []
    write_briefing(briefing, outdir=tmp_path)
    schema.validate(json.loads((tmp_path / "brief.json").read_text("utf-8")))
    assert "- **Mara Ostrova and Tide Gazette** (the harbour director)" in render_markdown(
        briefing)
    assert "with Tide Gazette" in render_html(briefing)


def test_an_unnamed_source_shows_whom_it_speaks_for(tmp_path, schema):
    """The fishermen's statement, kept unnamed, as said for the gazette (an invented tie)."""
    briefing = sample_briefing()
    unnamed = dataclasses.replace(briefing.statements[2], affiliation="a1")
    briefing = dataclasses.replace(briefing, statements=[
        *briefing.statements[:2], unnamed, *briefing.statements[3:]])
    said = {s["id"]: s for s in briefing_to_json(briefing)["statements"]}
    assert (said["harbour-1:s2"]["speaker"], said["harbour-1:s2"]["affiliation"]) == (None, "a1")
    assert said["harbour-1:s3"]["affiliation"] is None
    write_briefing(briefing, outdir=tmp_path)
    schema.validate(json.loads((tmp_path / "brief.json").read_text("utf-8")))
    assert "- **Fishermen (for Tide Gazette)** — indirect" in render_markdown(briefing)
    assert "for Tide Gazette</span>" in render_html(briefing)


@pytest.mark.parametrize(("words", "shown"), [
    ("Tide Gazette", "Tide Gazette"),  # its name, in the source's words
    ("Ostrova", "Ostrova"),  # an alias of the one spoken for
    ("Tide", "Tide (for Tide Gazette)"),  # a piece of the name is not the name
])
def test_an_affiliation_the_source_words_name_is_shown_once(words, shown):
    """The gazette's line of repairs, kept unnamed and tied to whom its words name."""
    briefing = sample_briefing()
    tied_to = "a1" if words.startswith("Tide") else "a0"
    unnamed = dataclasses.replace(
        _statement("harbour-1:s3", briefing.articles[0], "repairs will cost 2 million euros",
                   cue="According to", speaker_words=words, method="unnamed"),
        affiliation=tied_to)
    briefing = dataclasses.replace(briefing, statements=[*briefing.statements[:3], unnamed])
    assert f"- **{shown}** — indirect" in render_markdown(briefing)
    spoken_for = "Tide Gazette" if tied_to == "a1" else "Mara Ostrova"
    assert (f"for {spoken_for}</span>" in render_html(briefing)) == ("(for" in shown)


# Markdown

def test_markdown_keeps_no_control_character_a_terminal_would_obey():
    """brief.md is read with `cat` and `less -R`: a page's escape sequences must not reach it."""
    briefing = sample_briefing()
    first, second = briefing.articles
    first = dataclasses.replace(first, title="Pier \x1b]0;retitled\x07closes \x1b[2J",
                                outlet="Coast \x1b[31mCourier\x9b", source_path="in/\x1b[8mhidden")
    director, gazette = briefing.actors
    director = dataclasses.replace(director, roles=["harbour \x07director\x08\x08"])
    briefing = dataclasses.replace(briefing, articles=[first, second], actors=[director, gazette])
    page = render_markdown(briefing)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", page), [
        line for line in page.splitlines() if re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", line)]
    assert "Pier closes" in page and "Coast Courier" in page



def test_markdown_lists_each_statement_under_its_speaker():
    markdown = render_markdown(sample_briefing())
    assert "## 1. Coast Courier — Northern pier to close \\<for now\\>" in markdown
    assert "*Published 2024-03-05; meta article:published\\_time*" in markdown
    assert "*Published 2024-03 (month only)" in markdown
    assert "- **Mara Ostrova** (director) — mixed, “said”, 2024-03-05:" in markdown
    assert "> the pier would reopen in spring" in markdown
    assert "[harbour-2 §" in markdown
    assert "- **Fishermen** — indirect, “said”:" in markdown
    assert "reporters" in markdown and "via reporters" in markdown
    assert "\\<script\\>" in markdown and "<script>" not in markdown
    assert "*Boilerplate: 2 pieces removed" in markdown
    assert "**Mara Ostrova** (person, Examplia, harbour director) — also Ostrova;" in markdown
    assert "— also Ostrova; 3 statements" in markdown
    assert "`in/broken.pdf`: not a text or HTML file" in markdown


def test_markdown_of_an_empty_briefing():
    markdown = render_markdown(EMPTY)
    assert "0 articles, 0 statements, 0 actors" in markdown
    assert "No actors found." in markdown


# HTML


class _Collector(HTMLParser):
    """Tags with their attributes, and the text outside <script>/<style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_html_escapes_article_text():
    html = render_html(sample_briefing())
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "Northern pier to close &lt;for now&gt;" in html
    page = _parse(html)
    assert [tag for tag, _ in page.tags].count("script") == 1


def test_html_is_self_contained():
    html = render_html(sample_briefing())
    for tag, attrs in _parse(html).tags:
        for name in ("src", "href", "action", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, name, value)
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
    assert "@import" not in html and "url(" not in html
    # URLs from the input appear only as escaped text
    assert "https://courier.example/pier" in html


def test_html_marks_every_statement_span_in_its_article():
    briefing = sample_briefing()
    page = _parse(render_html(briefing))
    ids = {attrs.get("id") for tag, attrs in page.tags if tag == "mark"}
    assert {f"st-{n}" for n in range(len(briefing.statements))} <= ids
    assert "sp-0" in ids and "cue-0" in ids
    links = [attrs["data-target"] for tag, attrs in page.tags
             if "data-target" in attrs and attrs.get("class") == "quote"]
    assert sorted(links) == sorted(f"st-{n}" for n in range(len(briefing.statements)))
    every = {key for tag, attrs in page.tags for key in attrs.get("data-target", "").split()}
    assert every <= ids | {f"art-{n}" for n in range(len(briefing.articles))}
    # the clean text reads unchanged once the marks are stripped
    assert FIRST_TEXT in "".join(page.text)


def test_html_of_an_empty_briefing():
    html = render_html(EMPTY)
    assert "No statements were found" in html
    assert "<b>0</b> articles" in html


def test_html_does_not_repeat_article_text_per_statement():
    articles = [
        Article(id=f"a{n}", source_path=f"a{n}.txt", outlet=f"Outlet {n % 7}", title=f"Story {n}",
                published=DateEstimate(None, "unknown", "", 0.0), language="en",
                text=f"Article {n} body. " * 200)
        for n in range(500)
    ]
    statements = [
        Statement(id=f"a{n}:s{k}",
                  span=TextSpan(articles[n].text[18 * k:18 * k + 16], 18 * k, 18 * k + 16, f"a{n}"),
                  kind="direct", cue=None, speaker_words=None,
                  resolution=Resolution("unresolved", 0.0))
        for n in range(500) for k in range(3)
    ]
    body = sum(len(article.text) for article in articles)
    html = render_html(Briefing(articles=articles, actors=[], statements=statements))
    # markup per record is bounded; a copy of the text per statement would be 4x body
    assert len(html) < 1.2 * body + 700 * (len(statements) + len(articles))


def test_overlapping_spans_split_into_nested_pieces():
    spans = [Span(0, 10, "statement", "st-0"), Span(5, 15, "statement", "st-1"),
             Span(2, 4, "speaker", "sp-0"), Span(3, 99, "cue", "bad")]
    pieces = split_marked("0123456789abcdefghij", spans)
    assert "".join(piece.text for piece in pieces) == "0123456789abcdefghij"
    layout = [(p.text, [(m.span.key, m.first) for m in p.marks]) for p in pieces]
    assert layout == [
        ("01", [("st-0", True)]),
        ("23", [("st-0", False), ("sp-0", True)]),
        ("4", [("st-0", False)]),
        ("56789", [("st-0", False), ("st-1", True)]),
        ("abcde", [("st-1", False)]),
        ("fghij", []),
    ]


def test_statements_sharing_an_id_still_get_their_own_anchor():
    briefing = sample_briefing()
    twin = dataclasses.replace(briefing.statements[4], id=briefing.statements[0].id)
    html = render_html(dataclasses.replace(briefing, statements=[*briefing.statements[:4], twin]))
    ids = [attrs["id"] for tag, attrs in _parse(html).tags if tag == "mark" and "id" in attrs]
    assert len(ids) == len(set(ids))
    assert "st-4" in ids


def test_a_span_outside_its_text_is_not_marked_but_listed():
    briefing = sample_briefing()
    statement = briefing.statements[4]
    broken = dataclasses.replace(statement, span=dataclasses.replace(statement.span, start=90, end=500))
    html = render_html(dataclasses.replace(briefing, statements=[broken]))
    assert 'id="st-0"' not in html
    assert 'data-target="st-0"' in html


# End to end on the seed articles: whatever the extraction stages emit must fit the contract.

SEEDS = Path(__file__).parent.parent / "examples" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="examples/seeds missing")
def test_seed_briefing_fits_the_contract(nlp, tmp_path, schema):
    from crosswire.ingest import read_inputs
    from crosswire.pipeline import run

    briefing = run(read_inputs([str(SEEDS)]), nlp=nlp, workers=1)
    written = write_briefing(briefing, outdir=tmp_path)
    data = json.loads(written["json"].read_text("utf-8"))
    schema.validate(data)
    texts = {article["id"]: article["text"] for article in data["articles"]}
    for statement in data["statements"]:
        assert texts[statement["article"]][statement["start"]:statement["end"]] == statement["text"]
    html = written["html"].read_text("utf-8")
    assert f"<b>{len(briefing.articles)}</b> articles" in html
    assert html.count('class="art"') == len(briefing.articles)


# The cross-outlet sections, on a hand-made story: three outlets, three sides, one issue.

RIVER_TEXTS = {
    "courier": (
        "Otherland's foreign minister Lena Varga said on Monday that talks with Examplia could "
        "begin only if Examplia first withdrew its troops from the river delta. \"We will not "
        "negotiate under pressure,\" Varga told reporters in Vell."
    ),
    "wire": (
        "Lena Varga said talks could begin only if Examplia first withdrew its troops from the "
        "river delta. \"We will not negotiate under pressure,\" she said in Velle on 14 March. "
        "President Tomas Reyk said Examplia would never negotiate with Otherland."
    ),
    "voice": (
        "Tomas Reyk, the president of Examplia, said his country would never negotiate with "
        "Otherland. An alleged attack on the delta was reported in 2023, and the so-called "
        "\"peace plan\" was shelved. Mediator Ana Sol said both sides should return to talks."
    ),
}
RIVER_OUTLETS = {"courier": "Coast Courier", "wire": "Northern Wire", "voice": "State Voice"}


def _evidence(article: Article, words: str, after: int = 0) -> TextSpan:
    return words_in(article.text, words, article.id, after=after)


def analysis_briefing() -> Briefing:
    """Claims (one with a date conflict), positions with a condition, framing with a
    spelling difference, a scare quote and a hedge, a timeline with day, month and year dates."""
    articles = {
        key: Article(id=key, source_path=f"in/{key}.txt", outlet=RIVER_OUTLETS[key],
                     title=f"River talks ({RIVER_OUTLETS[key]})",
                     published=DateEstimate("2024-03-15", "day", "meta", 1.0), language="en",
                     text=text)
        for key, text in RIVER_TEXTS.items()
    }
    courier, wire, voice = articles["courier"], articles["wire"], articles["voice"]
    varga = Actor(id="a-varga", name="Lena Varga", kind="person", aliases=["Lena Varga", "Varga"],
                  roles=["foreign minister"], country="Otherland")
    reyk = Actor(id="a-reyk", name="Tomas Reyk", kind="person", aliases=["Tomas Reyk"],
                 roles=["president"], country="Examplia")
    sol = Actor(id="a-sol", name="Ana Sol", kind="person", aliases=["Ana Sol"], roles=["mediator"])
    monday = DateEstimate("2024-03-11", "day", "on Monday", 0.8)
    march14 = DateEstimate("2024-03-14", "day", "on 14 March", 0.9)
    condition_words = "only if Examplia first withdrew its troops from the river delta"
    quote = "\"We will not negotiate under pressure,\""
    statements = [
        _statement("courier:s0", courier, "talks with Examplia could begin " + condition_words,
                   cue="said", speaker_words="Lena Varga", speaker="a-varga", said_on=monday),
        _statement("courier:s1", courier, quote, kind="direct", cue="told",
                   speaker_words="Varga", speaker="a-varga", said_on=monday),
        _statement("wire:s0", wire, "talks could begin " + condition_words, cue="said",
                   speaker_words="Lena Varga", speaker="a-varga"),
        _statement("wire:s1", wire, quote, kind="direct", cue="said", speaker_words="she",
                   speaker="a-varga", method="pronoun", said_on=march14),
        _statement("wire:s2", wire, "Examplia would never negotiate with Otherland", cue="said",
                   speaker_words="President Tomas Reyk", speaker="a-reyk"),
        _statement("voice:s0", voice, "his country would never negotiate with Otherland",
                   cue="said", speaker_words="Tomas Reyk", speaker="a-reyk"),
        _statement("voice:s1", voice, "both sides should return to talks", cue="said",
                   speaker_words="Mediator Ana Sol", speaker="a-sol"),
    ]
    by_id = {s.id: s for s in statements}

    def version(statement_id: str) -> ClaimVersion:
        s = by_id[statement_id]
        return ClaimVersion(statement=s.id, outlet=RIVER_OUTLETS[s.span.article or ""], span=s.span,
                            kind=s.kind, via=s.via,
                            speaker_text=s.speaker_words.text if s.speaker_words else None)

    claims = [
        Claim(id="c0", speaker="a-varga", versions=[version("courier:s1"), version("wire:s1")],
              outlets=["Coast Courier", "Northern Wire"], independent=2,
              independent_groups=[["courier"], ["wire"]],
              conflicts=[ClaimConflict("date", {"2024-03-11": ["courier:s1"],
                                                "2024-03-14": ["wire:s1"]})],
              links=[ClaimLink("courier:s1", "wire:s1", "quote", fragment="we will not negotiate")]),
        Claim(id="c1", speaker="a-varga", versions=[version("courier:s0"), version("wire:s0")],
              outlets=["Coast Courier", "Northern Wire"], independent=2,
              independent_groups=[["courier"], ["wire"]]),
        Claim(id="c2", speaker="a-reyk", versions=[version("wire:s2"), version("voice:s0")],
              outlets=["Northern Wire", "State Voice"], independent=2,
              independent_groups=[["voice"], ["wire"]],
              links=[ClaimLink("wire:s2", "voice:s0", "meaning", score=0.934)]),
        Claim(id="c3", speaker="a-sol", versions=[version("voice:s1")], outlets=["State Voice"],
              independent=1, independent_groups=[["voice"]]),
    ]
    issues = [Issue(id="negotiations", label="negotiations", terms=["negotiat", "talks"],
                    statements=[s.id for s in statements if s.id != "courier:s1"], seed=True)]
    positions = [
        Position(actor="a-varga", actor_name="Lena Varga", issue="negotiations",
                 stance="conditional", statements=["courier:s0", "wire:s0"],
                 conditions=[Condition("only if", words_in(courier.text, condition_words, "courier"))],
                 country="Otherland"),
        Position(actor="a-reyk", actor_name="Tomas Reyk", issue="negotiations", stance="against",
                 statements=["wire:s2", "voice:s0"], country="Examplia"),
        Position(actor="a-sol", actor_name="Ana Sol", issue="negotiations", stance="for",
                 statements=["voice:s1"]),
    ]
    vell, velle = _evidence(courier, "Vell"), _evidence(wire, "Velle")
    framing = [
        OutletFraming(outlet="Coast Courier", articles=["courier"],
                      terms=[TermUse("Vell (city)", "Vell", 1, [vell], {"Northern Wire": ["Velle"]})],
                      voices=[VoiceCount("a-varga", "Lena Varga", "Otherland", 2)],
                      omitted_claims=["c2"],
                      registry={"country": "EX", "ownership": "private company",
                                "state_affiliation": "independent"}),
        OutletFraming(outlet="Northern Wire", articles=["wire"],
                      terms=[TermUse("Vell (city)", "Velle", 1, [velle], {"Coast Courier": ["Vell"]})],
                      voices=[VoiceCount("a-varga", "Lena Varga", "Otherland", 2),
                              VoiceCount("a-reyk", "Tomas Reyk", "Examplia", 1)]),
        OutletFraming(outlet="State Voice", articles=["voice"],
                      scare_quotes=[_evidence(voice, "\"peace plan\"")],
                      hedges=[_evidence(voice, "alleged attack")],
                      headlines=[TextSpan(voice.title, 0, len(voice.title), "voice", part="title")],
                      leads=[_evidence(voice, "Tomas Reyk, the president of Examplia, said his country "
                                              "would never negotiate with Otherland.")],
                      voices=[VoiceCount("a-reyk", "Tomas Reyk", "Examplia", 1),
                              VoiceCount("a-sol", "Ana Sol", None, 1)],
                      omitted_claims=["c0", "c1"],
                      registry={"country": "OT", "state_affiliation": "state-owned"}),
    ]
    attack = _evidence(voice, "An alleged attack on the delta was reported in 2023")
    events = [Event(id="e0", event="ASSAULT", mode=None, context=[], actor=[], recipient=[],
                    trigger=_evidence(voice, "attack"), evidence=attack, status="historical",
                    date=DateEstimate("2023", "year", "in 2023", 0.7))]
    timeline = [
        TimelineEntry(DateEstimate("2023", "year", "in 2023", 0.7), "event", "e0",
                      attack.text, ["voice"], ["State Voice"]),
        TimelineEntry(DateEstimate("2024-03", "month", "this month", 0.5, "2024-03-01",
                                   "2024-03-15"), "statement", "wire:s2",
                      by_id["wire:s2"].span.text, ["wire"], ["Northern Wire"]),
        TimelineEntry(monday, "statement", "courier:s0", by_id["courier:s0"].span.text,
                      ["courier"], ["Coast Courier"]),
        TimelineEntry(march14, "statement", "wire:s1", by_id["wire:s1"].span.text, ["wire"],
                      ["Northern Wire"]),
        TimelineEntry(DateEstimate(None, "unknown", "", 0.0), "statement", "voice:s1",
                      by_id["voice:s1"].span.text, ["voice"], ["State Voice"]),
    ]
    return Briefing(
        articles=list(articles.values()), actors=[varga, reyk, sol], statements=statements,
        events=events, claims=claims, issues=issues, positions=positions, framing=framing,
        timeline=timeline,
    )


ANALYSIS_SECTIONS = ("summary", "claims", "issues", "positions", "events", "framing", "timeline")


def test_json_carries_the_analysis_sections_with_their_offsets(tmp_path, schema):
    write_briefing(analysis_briefing(), outdir=tmp_path)
    data = json.loads((tmp_path / "brief.json").read_text("utf-8"))
    schema.validate(data)
    assert all(data[section] for section in ANALYSIS_SECTIONS)
    assert data["counts"]["claims"] == 4 and data["counts"]["timeline"] == 5
    texts = {article["id"]: article["text"] for article in data["articles"]}
    titles = {article["id"]: article["title"] for article in data["articles"]}

    def check(record: dict) -> None:
        # words of a headline count in the title; only they say so ("part")
        words = titles if record.get("part") == "title" else texts
        assert words[record["article"]][record["start"]:record["end"]] == record["text"]

    for claim in data["claims"]:
        for version in claim["versions"]:
            check(version)
    for position in data["positions"]:
        for condition in position["conditions"]:
            check(condition)
    for outlet in data["framing"]:
        for evidence in [e for use in outlet["terms"] for e in use["evidence"]]:
            check(evidence)
        for evidence in outlet["scare_quotes"] + outlet["hedges"] + outlet["leads"] + outlet["headlines"]:
            check(evidence)
    (headline,) = data["framing"][2]["headlines"]
    assert headline["part"] == "title" and "part" not in data["framing"][2]["leads"][0]
    for event in data["events"]:
        check(event["evidence"])
    assert data["timeline"][1]["date"] == {"value": "2024-03", "precision": "month",
                                           "evidence": "this month", "confidence": 0.5,
                                           "earliest": "2024-03-01", "latest": "2024-03-15",
                                           "basis": None, "span": None}
    for sentence in data["summary"]:
        assert sentence["citations"] and sentence["outlets"]
        for citation in sentence["citations"]:
            if citation["start"] is not None:
                assert citation["end"] <= len(texts[citation["article"]])


def test_the_written_briefing_holds_the_events_as_plover_lines(tmp_path):
    briefing = analysis_briefing()
    written = write_briefing(briefing, outdir=tmp_path)
    assert list(written) == ["json", "markdown", "html", "plover"]
    lines = written["plover"].read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [event.id for event in briefing.events]
    assert briefing.events


def test_schema_rejects_a_broken_analysis_section(schema):
    data = briefing_to_json(analysis_briefing())
    data["positions"][0]["stance"] = "maybe"
    del data["claims"][0]["versions"][0]["start"]
    data["summary"][0]["citations"][0]["page"] = 3
    assert len(list(schema.iter_errors(data))) == 3


def test_markdown_carries_the_analysis_sections_in_order():
    markdown = render_markdown(analysis_briefing())
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings[:6] == ["## Summary", "## Positions", "## Claims across outlets",
                            "## Framing by outlet", "## Timeline", "## 1. Coast Courier — River "
                            "talks (Coast Courier)"]
    assert "1. 3 articles from 3 outlets" in markdown
    assert ("| **Lena Varga** | Otherland | conditional: “only if Examplia first withdrew its "
            "troops from the river delta” [courier §") in markdown
    assert "| Coast Courier | quoted | \"We will not negotiate under pressure,\" | [courier §" in markdown
    assert ("**Versions differ on date:** 2024-03-11 (Coast Courier) vs 2024-03-14 "
            "(Northern Wire)") in markdown
    row = next(line for line in markdown.splitlines() if line.startswith("| Vell (city) |"))
    assert re.fullmatch(r"\| Vell \(city\) \| Vell ×1 \[courier §\d+–\d+\] \| "
                        r"Velle ×1 \[wire §\d+–\d+\] \|  \|", row), row
    # a month-precision date whose range narrows it down shows the range
    assert ("- `between 2024-03-01 and 2024-03-15` statement: Examplia would never negotiate"
            in markdown)
    assert "  - hedges: alleged attack" in markdown
    assert "  - leads with: Tomas Reyk, the president of Examplia, said his country" in markdown
    assert "  - headline: River talks (State Voice) [voice title §0–25]" in markdown


def test_the_timeline_names_a_claim_told_as_fact_a_fact():
    briefing = analysis_briefing()
    claim = briefing.claims[0]
    entry = dataclasses.replace(briefing.timeline[1], ref=claim.id, text="the ports reopened at dawn")

    def timeline_line(kind: str) -> str:
        claims = [dataclasses.replace(claim, kind=kind), *briefing.claims[1:]]
        markdown = render_markdown(dataclasses.replace(briefing, claims=claims, timeline=[entry]))
        return next(line for line in markdown.splitlines() if "the ports reopened at dawn" in line)

    assert "` statement: the ports reopened at dawn" in timeline_line("statement")
    assert "` fact: the ports reopened at dawn" in timeline_line("fact")


def test_claims_say_why_versions_in_other_words_are_one_and_how_they_were_matched():
    briefing = analysis_briefing()
    markdown = render_markdown(briefing)
    assert ('One claim: Coast Courier and Northern Wire carry the quoted words "we will not '
            'negotiate"') in markdown
    assert "One claim: Northern Wire and State Voice say the same in other words (meaning 0.93)" in markdown
    assert f"Matched by {matcher()}." in markdown
    page = render_html(briefing)
    assert 'class="joined">One claim: Northern Wire and State Voice say the same' in page
    assert f"Matched by {html.escape(matcher())}." in page
    assert briefing_to_json(briefing)["claim_matching"] == matcher()


def test_a_claim_joined_as_two_outlets_leads_says_so(schema):
    briefing = analysis_briefing()
    lead = ClaimLink("courier:s0", "wire:s0", "lead", score=0.874)
    claims = [dataclasses.replace(c, links=[lead]) if c.id == "c1" else c for c in briefing.claims]
    briefing = dataclasses.replace(briefing, claims=claims)
    assert "One claim: Coast Courier and Northern Wire both open with it (meaning 0.87)" in render_markdown(briefing)
    assert not list(schema.iter_errors(briefing_to_json(briefing)))


def test_a_disputed_claim_says_so_with_each_side_in_every_format(schema):
    briefing = analysis_briefing()
    dispute = ClaimConflict("account", {"will not negotiate": ["courier:s1"], "will negotiate": ["wire:s1"]})
    claims = [dataclasses.replace(c, disputed=True, conflicts=[dispute, *c.conflicts]) if c.id == "c0" else c
              for c in briefing.claims]
    briefing = dataclasses.replace(briefing, claims=claims)
    markdown = render_markdown(briefing)
    assert "### Lena Varga (disputed) — 2 outlets" in markdown
    assert ('**Versions differ on what happened:** "will not negotiate" (Coast Courier) vs '
            '"will negotiate" (Northern Wire)') in markdown
    page = render_html(briefing)
    assert '<b class="disputed">disputed</b>' in page
    assert "Versions differ on what happened: &#34;will not negotiate&#34; (Coast Courier)" in page
    data = briefing_to_json(briefing)
    assert data["claims"][0]["disputed"] is True and data["claims"][1]["disputed"] is False
    assert not list(schema.iter_errors(data))


def test_html_links_every_analysis_item_to_a_mark_in_its_article():
    briefing = analysis_briefing()
    page = _parse(render_html(briefing))
    ids = {attrs.get("id") for tag, attrs in page.tags if attrs.get("id")}
    targets = [attrs["data-target"] for tag, attrs in page.tags if "data-target" in attrs]
    assert len(targets) > 25
    for keys in targets:
        assert set(keys.split()) <= ids, keys
    marks = {attrs.get("id"): attrs.get("class") for tag, attrs in page.tags if tag == "mark"}
    kinds = {css for css in marks.values() if css and css.startswith("ev ")}
    assert kinds == {"ev cond", "ev term", "ev scare", "ev hedge", "ev lead", "ev event", "ev headline"}
    # a headline's mark stands in its article's heading, around the title's words
    (key,) = [key for key, css in marks.items() if css == "ev headline"]
    heading = re.search(r"<h3><mark[^>]*>([^<]*)</mark></h3>", render_html(briefing))
    assert heading is not None and heading.group(1) == "River talks (State Voice)" and key in heading.group(0)
    # a version that is a statement reuses the statement's mark instead of adding one
    assert sum(1 for tag, attrs in page.tags if tag == "mark" and "st" in attrs.get("class", "").split()
               and "id" in attrs) == len(briefing.statements)
    section_order = [attrs["id"] for tag, attrs in page.tags if tag == "section"]
    assert section_order[:6] == ["summary", "positions", "claims", "framing", "timeline",
                                 "statements"]


def test_html_timeline_draws_precision():
    html = render_html(analysis_briefing())
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count('class="mark ') == 4
    assert svg.count("<circle") == 2  # two dates known to the day
    assert svg.count("<rect x=") == 1  # the month: a bar (lane bands are <rect class=...>)
    assert svg.count("<path") == 1  # the 2023 event lies before the axis


def test_html_with_analysis_stays_small_for_500_articles():
    sections = analysis_briefing()
    articles, statements, claims, positions, timeline = [], [], [], [], []
    for n in range(500):
        for article in sections.articles:
            articles.append(dataclasses.replace(article, id=f"{article.id}-{n}",
                                                text=article.text + " Background. " * 150))
        for statement in sections.statements:
            statements.append(dataclasses.replace(statement, id=f"{statement.id}-{n}",
                                                  span=_moved(statement.span, n)))
        for claim in sections.claims:
            claims.append(dataclasses.replace(claim, id=f"{claim.id}-{n}", versions=[
                dataclasses.replace(v, statement=f"{v.statement}-{n}", span=_moved(v.span, n))
                for v in claim.versions]))
        for position in sections.positions:
            positions.append(dataclasses.replace(
                position, actor=f"{position.actor}-{n}", statements=[f"{s}-{n}" for s in position.statements],
                conditions=[dataclasses.replace(c, span=_moved(c.span, n)) for c in position.conditions]))
        for entry in sections.timeline:
            timeline.append(dataclasses.replace(entry, ref=f"{entry.ref}-{n}",
                                                articles=[f"{a}-{n}" for a in entry.articles]))
    big = dataclasses.replace(sections, articles=articles, statements=statements, claims=claims,
                              positions=positions, timeline=timeline)
    body = sum(len(article.text) for article in articles)
    html = render_html(big)
    assert len(html) < 1.2 * body + 700 * (len(statements) + len(articles))


def _moved(span: TextSpan, n: int) -> TextSpan:
    """The same words in the ``n``-th copy of their article."""
    return dataclasses.replace(span, article=f"{span.article}-{n}")


# Facts: an act several outlets tell in their own voice, not words anyone said.

BORDER_TEXTS = {
    "courier": "Examplia closed the river border on Friday. Traders waited at the bridge.",
    "wire": "On Friday Examplia shut its river border to all traffic, Lena Varga said.",
}


def fact_briefing() -> Briefing:
    """Two outlets telling one fact (no statement carries it in the first) and a date conflict."""
    articles = {
        key: Article(id=key, source_path=f"in/{key}.txt", outlet=RIVER_OUTLETS[key],
                     title=f"Border ({RIVER_OUTLETS[key]})",
                     published=DateEstimate("2024-03-09", "day", "meta", 1.0), language="en",
                     text=text)
        for key, text in BORDER_TEXTS.items()
    }
    courier, wire = articles["courier"], articles["wire"]
    examplia = Actor(id="a-ex", name="Examplia", kind="place", aliases=["Examplia"], roles=[])
    said = _statement("wire:s0", wire, "On Friday Examplia shut its river border to all traffic",
                      cue="said", speaker_words="Lena Varga")
    told = _evidence(courier, "Examplia closed the river border on Friday")
    versions = [
        ClaimVersion(statement="", outlet="Coast Courier", span=told, kind="indirect",
                     speaker_text="Examplia", event="courier:e0"),
        ClaimVersion(statement="wire:s0", outlet="Northern Wire", span=said.span, kind="indirect",
                     speaker_text="Examplia", event="wire:e0"),
    ]
    claim = Claim(id="c0", speaker="a-ex", versions=versions,
                  outlets=["Coast Courier", "Northern Wire"], independent=2,
                  independent_groups=[["courier"], ["wire"]], kind="fact",
                  conflicts=[ClaimConflict("date", {"2024-03-08": ["courier:e0"],
                                                    "2024-03-01": ["wire:s0"]})])
    return Briefing(articles=[courier, wire], actors=[examplia], statements=[said],
                    claims=[claim])


def test_a_fact_conflict_names_the_outlets_not_the_event_ids():
    from crosswire.briefing.build import BriefingView
    from crosswire.briefing.views import describe_conflicts

    briefing = fact_briefing()
    described = describe_conflicts(BriefingView.of(briefing), briefing.claims[0])
    assert described == [("date", "2024-03-08 (Coast Courier) vs 2024-03-01 (Northern Wire)")]


def test_fact_versions_read_reported_as_fact_in_markdown_and_html():
    briefing = fact_briefing()
    markdown = render_markdown(briefing)
    assert "| Coast Courier | reported as fact | Examplia closed the river border" in markdown
    assert "| Northern Wire | reported as fact |" in markdown
    assert "paraphrased" not in markdown
    assert "courier:e0" not in markdown
    html = render_html(briefing)
    claims = html[html.index('id="claims"'):html.index('id="framing"')]
    assert claims.count(">reported as fact<") == 2
    assert "paraphrased" not in claims and "courier:e0" not in claims


def test_a_fact_version_links_to_a_mark_on_its_words():
    briefing = fact_briefing()
    html = render_html(briefing)
    claims = html[html.index('id="claims"'):html.index('id="framing"')]
    targets = re.findall(r'<a href="#([\w-]+)" data-target="[^"]*"[^>]*class="quote"', claims)
    assert len(targets) == 2
    for key in targets:
        marked = re.search(rf'<mark[^>]*id="{key}"[^>]*>(.*?)</mark>', html, re.S)
        assert marked, key
    told = re.search(rf'<mark[^>]*id="{targets[0]}"[^>]*>(.*?)</mark>', html, re.S).group(1)
    assert told == "Examplia closed the river border on Friday"


# Date ranges


def test_json_carries_date_ranges_and_the_schema_checks_them(schema):
    week = DateEstimate("2022-11", "month", "last week", 0.6, "2022-11-14", "2022-11-20")
    briefing = sample_briefing()
    first = dataclasses.replace(briefing.articles[0], published=week)
    statement = dataclasses.replace(briefing.statements[4], said_on=week)
    briefing = dataclasses.replace(briefing, articles=[first, *briefing.articles[1:]],
                                   statements=[*briefing.statements[:4], statement])
    data = briefing_to_json(briefing)
    schema.validate(data)
    assert data["articles"][0]["published_earliest"] == "2022-11-14"
    assert data["articles"][0]["published_latest"] == "2022-11-20"
    assert data["articles"][1]["published_earliest"] is None
    said = data["statements"][4]
    assert (said["said_on_precision"], said["said_on_earliest"], said["said_on_latest"]) == (
        "month", "2022-11-14", "2022-11-20")
    assert data["statements"][1]["said_on_earliest"] is None
    data["statements"][4]["said_on_latest"] = "2022-11"
    del data["articles"][0]["published_earliest"]
    assert len(list(schema.iter_errors(data))) == 2


@pytest.mark.parametrize(("date", "label"), [
    (DateEstimate("2022-11-20", "day", "", 1.0, "2022-11-20", "2022-11-20"), "2022-11-20"),
    (DateEstimate("2022-11", "month", "", 0.6, "2022-11-14", "2022-11-20"),
     "between 2022-11-14 and 2022-11-20"),
    (DateEstimate("2022", "year", "", 0.6, "2022-03-01", "2022-05-31"),
     "between 2022-03-01 and 2022-05-31"),
    # a range as wide as the month or year the value names adds nothing
    (DateEstimate("2022-11", "month", "", 0.6, "2022-11-01", "2022-11-30"), "2022-11 (month only)"),
    (DateEstimate("2022", "year", "", 0.6, "2022-01-01", "2022-12-31"), "2022 (year only)"),
    (DateEstimate("2022", "year", "", 0.6, "2021-06-01", "2022-12-31"), "2022 (year only)"),
    (DateEstimate("2022", "year", "", 0.6, "2022-03-01", None), "2022 (year only)"),
    (DateEstimate(None, "unknown", "", 0.0), "date unknown"),
])
def test_date_labels_show_a_range_only_when_it_narrows_the_date(date, label):
    from crosswire.briefing.build import date_label

    assert date_label(date) == label


def test_html_and_markdown_show_a_narrowing_range():
    week = DateEstimate("2024-03", "month", "last week", 0.6, "2024-03-04", "2024-03-10")
    briefing = sample_briefing()
    statement = dataclasses.replace(briefing.statements[4], said_on=week)
    briefing = dataclasses.replace(briefing, statements=[*briefing.statements[:4], statement])
    assert "between 2024-03-04 and 2024-03-10" in render_markdown(briefing)
    assert "said between 2024-03-04 and 2024-03-10" in render_html(briefing)


# Linking event participants to actors


def test_a_participant_links_to_the_actor_that_heads_its_phrase():
    from crosswire.compare import link_events
    from crosswire.models import EventParticipant, MergedAnalysis

    text = "Otherlandish President Lena Varga closed the border. Lena Varga's allies agreed."
    article = Article(id="x", source_path="in/x.txt", outlet=None, title=None,
                      published=DateEstimate("2024-03-09", "day", "meta", 1.0), language="en",
                      text=text)
    # the group comes first, and its span starts the phrase
    group = Actor(id="a-group", name="Otherlandish", kind="group", aliases=["Otherlandish"],
                  roles=[], seen=[words_in(text, "Otherlandish", "x")])
    person = Actor(id="a-varga", name="Lena Varga", kind="person", aliases=["Lena Varga"],
                   roles=["president"],
                   seen=[words_in(text, "Lena Varga", "x"),
                         words_in(text, "Lena Varga", "x", after=40)])
    merged = MergedAnalysis(articles=[article], actors=[group, person], statements=[])

    def event(eid: str, phrase: str, after: int = 0) -> Event:
        where = _evidence(article, phrase, after)
        return Event(id=eid, event="RETREAT", mode=None, context=[],
                     actor=[EventParticipant(where, None)], recipient=[],
                     trigger=where, evidence=where)

    linked = link_events(merged, [
        event("e0", "Otherlandish President Lena Varga"),
        event("e1", "Lena Varga's allies", 40),  # no span ends it: the longest overlap
        event("e2", "the border"),
    ])
    assert [e.actor[0].actor for e in linked] == ["a-varga", "a-varga", None]


def test_events_are_linked_here_and_no_event_comes_back_from_elsewhere():
    # Work handed elsewhere (a forked process in the brief pipeline) sends its result back
    # pickled: the events, thousands in a story, are linked before it starts, so only
    # issues and positions cross back.
    from crosswire.compare import compare, here
    from crosswire.models import EventParticipant, MergedAnalysis

    text = "Governor Ilse Marrow closed the ferry port on Monday."
    article = Article(id="x", source_path="in/x.txt", outlet=None, title=None,
                      published=DateEstimate("2024-05-06", "day", "meta", 1.0), language="en",
                      text=text)
    marrow = Actor(id="a-marrow", name="Ilse Marrow", kind="person", aliases=["Ilse Marrow"],
                   roles=["governor"], seen=[words_in(text, "Ilse Marrow", "x")])
    where = _evidence(article, "Governor Ilse Marrow")
    closing = Event(id="e0", event="RETREAT", mode=None, context=[],
                    actor=[EventParticipant(where, None)], recipient=[],
                    trigger=_evidence(article, "closed"), evidence=_evidence(article, text))
    merged = MergedAnalysis(articles=[article], actors=[marrow], statements=[], events=[closing])
    handed_back: list[object] = []

    def recording(work):
        result = here(work)
        handed_back.append(result())
        return result

    briefing = compare(merged, elsewhere=recording)
    assert [e.actor[0].actor for e in briefing.events] == ["a-marrow"]

    def holds_an_event(value: object) -> bool:
        if isinstance(value, Event):
            return True
        return isinstance(value, (list, tuple)) and any(holds_an_event(item) for item in value)

    assert handed_back and not any(holds_an_event(value) for value in handed_back)


def test_a_person_wins_over_a_group_on_the_same_words():
    from crosswire.compare import participant_actor
    from crosswire.models import EventParticipant

    group = Actor(id="g", name="Vargas", kind="group", aliases=[], roles=[])
    person = Actor(id="p", name="Varga", kind="person", aliases=[], roles=[])
    participant = EventParticipant(TextSpan("the Vargas", 0, 10), None)
    assert participant_actor(participant, [(4, 10, group), (4, 10, person)]) == "p"
    assert participant_actor(participant, [(4, 10, person), (4, 10, group)]) == "p"


def test_a_summary_names_an_outlet_once_and_numbers_its_passages():
    briefing = analysis_briefing()
    varga = dataclasses.replace(briefing.positions[0], statements=["wire:s0", "courier:s0"])
    briefing = dataclasses.replace(briefing, positions=[varga, *briefing.positions[1:]])
    html = render_html(briefing)
    summary = html[html.index('id="summary"'):html.index('id="positions"')]
    item = next(li for li in summary.split("<li")[1:] if "Positions on negotiations" in li)
    labels = re.findall(r'class="cite[^"]*">([^<]+)</a>', item)
    assert labels == ["Northern Wire", "1", "2", "State Voice"]
    targets = re.findall(r'data-target="([^"]+)"[^>]*class="cite', item)
    assert targets[0].split() == [targets[1], targets[2]]  # the name lights up both


def test_a_change_of_sides_shows_the_earlier_side_and_where_it_is_told(schema):
    briefing = analysis_briefing()
    reyk = briefing.positions[1]
    told = reyk.evidence[0] if reyk.evidence else next(
        s.span for s in briefing.statements if s.id == reyk.statements[0])
    changed = dataclasses.replace(reyk, earlier="for", earlier_evidence=[told])
    briefing = dataclasses.replace(briefing, positions=[briefing.positions[0], changed, *briefing.positions[2:]])
    markdown = render_markdown(briefing)
    row = next(line for line in markdown.splitlines() if line.startswith("| **Tomas Reyk** |"))
    assert f"; earlier for [{told.article} §{told.start}–{told.end}]" in row
    page = render_html(briefing)
    assert 'class="condition earlier"' in page and ">earlier for</a>" in page
    data = briefing_to_json(briefing)
    assert not list(schema.iter_errors(data))
    shown = next(p for p in data["positions"] if p["actor"] == reyk.actor)
    assert shown["earlier"] == "for" and shown["earlier_evidence"][0]["start"] == told.start
    summary = next(s.text for s in summarise(briefing) if s.text.startswith("Positions on"))
    assert "Tomas Reyk (Examplia) against (earlier in favour)" in summary


def test_a_term_an_outlet_writes_only_in_its_headline_is_cited_in_the_title_everywhere(schema):
    briefing = analysis_briefing()
    voice = next(a for a in briefing.articles if a.id == "voice")
    headline_word = TextSpan("River", 0, 5, "voice", part="title")
    framing = [dataclasses.replace(record, terms=[TermUse("Vell (city)", "River", 1, [headline_word],
                                                          {"Coast Courier": ["Vell"]})])
               if record.outlet == "State Voice" else record for record in briefing.framing]
    briefing = dataclasses.replace(briefing, framing=framing)
    data = briefing_to_json(briefing)
    assert not list(schema.iter_errors(data))
    cited = [c for s in data["summary"] for c in s["citations"] if c.get("part") == "title"]
    assert cited == [{"outlet": "State Voice", "article": "voice", "start": 0, "end": 5,
                      "statement": None, "part": "title"}]
    assert voice.title[0:5] == "River"
    assert "State Voice [voice title §0–5]" in render_markdown(briefing)
    page = render_html(briefing)
    # the headline's mark holds the term's, which the table and the summary link to
    heading = re.search(r'<h3><mark class="ev headline"[^>]*><mark class="ev term" data-span="(ev-\d+)"[^>]*>River</mark>', page)
    assert heading is not None and page.count(f'data-target="{heading.group(1)}"') >= 2


def test_an_unnamed_holder_shows_whom_it_speaks_for(schema):
    """Tomas Reyk's row made an unnamed group's (invented: his ministry's officials) that
    speaks for the mediator's actor record, as the position table and brief.json show it."""
    briefing = analysis_briefing()
    officials = dataclasses.replace(briefing.positions[1], actor="group:official", actor_name="officials",
                                    unnamed=True, affiliation="a-sol")
    briefing = dataclasses.replace(briefing, positions=[briefing.positions[0], officials, *briefing.positions[2:]])
    assert any(line.startswith("| **officials (for Ana Sol)** |") for line in render_markdown(briefing).splitlines())
    assert "officials (for Ana Sol)" in render_html(briefing)
    data = briefing_to_json(briefing)
    assert not list(schema.iter_errors(data))
    assert [p["affiliation"] for p in data["positions"]] == [None, "a-sol", None]
