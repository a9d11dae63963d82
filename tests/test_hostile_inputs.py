"""Hostile and careless input to every command: one line naming the input, the rest done.

Each case here once ended a run with a traceback, hung it, or lost output.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
from contextlib import contextmanager

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.archive.commands import export, ingest, search, stories, who
from crosswire.ingest import feed as feed_reader
from crosswire.ingest import read_inputs
from crosswire.cli import cli
from crosswire.models import Document, InputError
from crosswire.sentence_events import MAX_TEXT_CHARS, UnreadableInput, code_rows, read_rows

GOOD = "The foreign minister said on Sunday that talks could resume. \"We are ready,\" she said.\n"
OTHER = "The mayor said on Monday that the bridge would reopen in May.\n"


@pytest.fixture
def use_test_nlp(nlp, monkeypatch):
    """CLI runs reuse the session's parser instead of loading their own."""
    monkeypatch.setattr("crosswire.nlp.load_nlp", lambda: nlp)
    monkeypatch.setattr("crosswire.sentence_events.load_nlp", lambda: nlp)


@contextmanager
def deadline(seconds: int):
    """Fail instead of hanging (the FIFO cases once blocked forever)."""
    def expired(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- brief --------------------------------------------------------------------------


def test_an_unexpected_failure_on_one_input_is_one_line(tmp_path, use_test_nlp, monkeypatch):
    """Not only ValueError: an ImportError (a missing optional library) or any bug while
    cleaning one document must not end the run."""
    import crosswire.pipeline as pipeline

    real_clean = pipeline.clean

    def clean(document):
        if document.source_path.endswith("bad.txt"):
            raise ImportError("lxml.html.clean module is now a separate project\nmore")
        return real_clean(document)

    monkeypatch.setattr(pipeline, "clean", clean)
    (tmp_path / "bad.txt").write_text(OTHER, "utf-8")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    result = CliRunner().invoke(cli, ["brief", "-q", "--workers", "1", str(tmp_path / "bad.txt"),
                                      str(tmp_path / "good.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"crosswire: {tmp_path / 'bad.txt'}: could not be processed (ImportError: "
        "lxml.html.clean module is now a separate project)"]
    written = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))
    assert [a["source_path"] for a in written["articles"]] == [str(tmp_path / "good.txt")]


def test_lone_surrogate_in_json_lines_still_gives_a_full_brief(tmp_path, use_test_nlp):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD, "title": "Talks\ud800"}) + "\n"
                      + json.dumps({"text": OTHER}) + "\n", "utf-8", errors="surrogatepass")
    result = CliRunner().invoke(cli, ["brief", "-q", "--workers", "1", str(source),
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert 'line 1: lone surrogates in "title" read as U+FFFD' in result.stderr
    written = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))
    assert len(written["articles"]) == 2
    assert written["articles"][0]["title"] == "Talks\ufffd"


def test_brief_onto_an_existing_file_fails_before_reading(tmp_path, monkeypatch):
    def no_reading(*args, **kwargs):
        raise AssertionError("inputs read before the output folder was checked")

    monkeypatch.setattr("crosswire.ingest.read_inputs", no_reading)
    (tmp_path / "taken").write_text("a file", "utf-8")
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    for outdir in (tmp_path / "taken", tmp_path / "taken" / "sub"):
        result = CliRunner().invoke(cli, ["brief", "-q", str(tmp_path / "a.txt"), "-o",
                                          str(outdir)])
        assert result.exit_code == 2
        assert f"cannot write into {outdir}: {tmp_path / 'taken'} is not a folder" in result.output


def test_brief_into_a_folder_closed_to_writing_fails_before_reading(tmp_path, monkeypatch):
    def no_reading(*args, **kwargs):
        raise AssertionError("inputs read before the output folder was checked")

    closed = tmp_path / "closed"
    closed.mkdir()
    real_access = os.access
    # the tests run as root, whom a folder's mode does not stop: the check is told it does
    monkeypatch.setattr(os, "access", lambda path, mode: path != closed and real_access(path, mode))
    monkeypatch.setattr("crosswire.ingest.read_inputs", no_reading)
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    for outdir in (closed, closed / "sub" / "deeper"):
        result = CliRunner().invoke(cli, ["brief", "-q", str(tmp_path / "a.txt"), "-o", str(outdir)])
        assert result.exit_code == 2
        assert f"cannot write into {outdir}: {closed} is not writable" in result.output


def test_fifo_given_or_in_a_folder_never_hangs_ingest_reading(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, "utf-8")
    for name in ("pipe", "feed.xml", "wire.rss"):
        os.mkfifo(folder / name)
    with deadline(20):
        items = list(read_inputs([str(folder), str(folder / "feed.xml")]))
    assert sum(isinstance(item, Document) for item in items) == 1
    skipped = [item for item in items if isinstance(item, InputError)]
    assert sorted(os.path.basename(item.source) for item in skipped) == [
        "feed.xml", "feed.xml", "pipe", "wire.rss"]
    assert all(item.message == "a FIFO, not a regular file: skipped" for item in skipped)


def test_feed_file_over_the_cap_is_one_line(tmp_path):
    feed = tmp_path / "big.rss"
    entry = "<item><title>T</title><description>" + "x" * 1000 + "</description></item>"
    feed.write_text("<rss><channel>" + entry * (feed_reader.MAX_BYTES // len(entry) + 1)
                    + "</channel></rss>", "utf-8")
    items = list(read_inputs([str(feed)]))
    assert items == [InputError(str(feed), "feed larger than the 10 MB limit, not read")]


# --- the archive commands -----------------------------------------------------------


@pytest.mark.parametrize("command, args", [
    (ingest, ["some.txt", "-q"]), (stories, []), (search, ["talks", "-q"]), (who, ["Anna"]),
    (export, [])])
def test_db_that_is_not_sqlite_is_one_line(tmp_path, command, args):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 100, "utf-8")
    result = CliRunner().invoke(command, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {db} is not a SQLite database, so not an archive"
    assert db.read_text("utf-8").startswith("these are my notes")


def test_another_programs_database_is_left_alone(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    result = CliRunner().invoke(stories, ["--db", str(db)])
    assert result.exit_code == 1
    assert "a SQLite database, but not a crosswire archive" in result.output
    conn = sqlite3.connect(db)
    assert [row[0] for row in conn.execute("SELECT name FROM sqlite_schema")] == ["contacts"]
    conn.close()


def test_brief_of_a_story_in_a_non_sqlite_db_is_one_line(tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"\x89 not sqlite " * 200)
    result = CliRunner().invoke(cli, ["brief", "--story", "s-1", "--db", str(db),
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "is not a SQLite database" in result.output


def test_parquet_without_pyarrow_is_one_line_before_any_output(tmp_path, monkeypatch):
    import sys

    from crosswire.archive.db import connect

    connect(tmp_path / "news.db").close()
    for module in ("pyarrow", "pyarrow.parquet"):  # imports fail as if not installed
        monkeypatch.setitem(sys.modules, module, None)
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(export, ["--db", str(tmp_path / "news.db"), "--format",
                                         "parquet", "--table", "articles", "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: Parquet export needs pyarrow: "
                                     "pip install 'crosswire[parquet]'")
    assert not out.exists()


# --- events -------------------------------------------------------------------------


def run_events(tmp_path, data: bytes):
    source = tmp_path / "sentences.jsonl"
    source.write_bytes(data)
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(cli, ["events", "-q", str(source), "-o", str(out)])
    answers = [json.loads(line) for line in out.read_text("utf-8").splitlines()] \
        if out.exists() else []
    return source, result, answers


def test_events_answers_every_line_even_bad_and_blank_ones(tmp_path, use_test_nlp):
    lines = [
        json.dumps({"id": "a", "text": "Troops fired on the crowd."}),
        "",
        "[" * 100_000 + "]" * 100_000,  # nested too deeply for the JSON parser
        json.dumps({"id": "long", "text": "word " * (MAX_TEXT_CHARS // 5 + 1)}),
        json.dumps({"id": "s", "text": "Police arrested the \ud800 leader."}),
        "   ",
        json.dumps({"id": "b", "text": "The minister met the ambassador."}),
    ]
    source, result, answers = run_events(
        tmp_path, "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    assert result.exit_code == 0, result.output
    assert [answer["id"] for answer in answers] == ["a", 2, 3, 4, "s", 6, "b"]
    assert [bool(answer.get("error")) for answer in answers] == [
        False, False, True, True, False, False, False]
    assert answers[1]["events"] == [] and answers[5]["events"] == []
    assert answers[0]["events"][0]["event"] == "ASSAULT"
    assert answers[4]["events"]  # coded, its lone surrogate replaced
    assert result.stderr.splitlines() == [
        f"crosswire: {source}: line 3: invalid JSON: nested too deeply",
        f"crosswire: {source}: line 4: \"text\" longer than {MAX_TEXT_CHARS:,} characters, "
        "not coded",
        f'crosswire: {source}: line 5: lone surrogates in "text" read as U+FFFD']


def test_events_reads_a_latin1_file(tmp_path, use_test_nlp):
    data = json.dumps({"id": "x", "text": "Le ministre a rencontré l'ambassadeur à Genève."},
                      ensure_ascii=False).encode("latin-1") + b"\n"
    _, result, answers = run_events(tmp_path, data)
    assert result.exit_code == 0, result.output
    assert answers[0]["id"] == "x" and "error" not in answers[0]


def test_events_exits_non_zero_when_no_line_could_be_coded(tmp_path, use_test_nlp):
    source, result, answers = run_events(tmp_path, b"not json\n{\"id\": 1}\n")
    assert result.exit_code == 1
    assert f"no line of {source} could be coded" in result.stderr
    assert [answer["id"] for answer in answers] == [1, 2]


def test_events_on_a_missing_or_binary_file_names_it(tmp_path):
    result = CliRunner().invoke(cli, ["events", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'none.jsonl'}: no such file or directory" in result.stderr
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 \x00\x01")
    result = CliRunner().invoke(cli, ["events", str(tmp_path / "scan.pdf")])
    assert result.exit_code == 1 and "binary file (PDF document)" in result.stderr


def test_blank_lines_keep_line_numbers_as_ids(nlp, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('\n{"text": "Troops fired on the crowd."}\n\n', "utf-8")
    output = io.StringIO()
    summary = code_rows(read_rows(str(source)), output=output, quiet=True, nlp=nlp)
    answers = [json.loads(line) for line in output.getvalue().splitlines()]
    assert [answer["id"] for answer in answers] == [1, 2, 3]
    assert (summary.lines, summary.failures, summary.all_failed) == (3, 0, False)


def test_square_brackets_in_outlet_or_url_keep_the_article(tmp_path, use_test_nlp):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD, "outlet": "Foo [bar] News"}) + "\n"
                      + json.dumps({"text": OTHER, "url": "http://[bad/"}) + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["brief", "-q", "--workers", "1", str(source),
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"crosswire: {source}: line 2: \"url\" 'http://[bad/' is not a valid URL: ignored"]
    written = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))
    assert [article["outlet"] for article in written["articles"]] == ["Foo [bar] News", None]


def test_overlong_search_query_or_name_is_one_line(tmp_path):
    from crosswire.archive.db import connect
    from crosswire.archive.query import MAX_QUERY_CHARS

    connect(tmp_path / "news.db").close()
    for command in (search, who):
        result = CliRunner().invoke(command, ["talks " * 2000, "--db", str(tmp_path / "news.db")])
        assert result.exit_code == 1
        assert result.output.strip() == ("Error: query of 12,000 characters is longer than the "
                                         f"{MAX_QUERY_CHARS} allowed: shorten it")


# --- what reaches a Markdown viewer, a browser, a terminal --------------------------

MARKUP = "<img src=x onerror=alert(1)>"


def hostile_briefing(nlp):
    from crosswire.pipeline import run

    return run([
        Document(source_path=f"in{MARKUP}\n<script>s()</script>.jsonl:1", format="text",
                 content=f"The minister {MARKUP} said on Sunday that talks could resume. "
                         f"\"We are ready {MARKUP},\" she said.",
                 id=f"a{MARKUP}](javascript:alert(1))", url=f"https://e.example/{MARKUP}",
                 title=f"Talks {MARKUP}", outlet=f"Wire {MARKUP}", language=f"en{MARKUP}",
                 published="2031-03-03"),
        Document(source_path="b.txt", format="text", outlet=f"Other {MARKUP}",
                 content=f"Anna Petrova {MARKUP} said on Monday that the bridge would reopen. "
                         "\"It is safe,\" Petrova said."),
    ], nlp=nlp, workers=1)


def test_brief_md_passes_no_source_html_or_link_to_a_viewer(nlp):
    from markdown_it import MarkdownIt

    from crosswire.briefing import render_markdown

    markdown = render_markdown(hostile_briefing(nlp))
    assert MARKUP.replace("<", "\\<").replace(">", "\\>") in markdown  # shown, as text
    tokens = MarkdownIt("commonmark").parse(markdown)
    inline = [child for token in tokens for child in (token.children or [])]
    assert [t.content for t in tokens + inline if t.type in ("html_block", "html_inline")] == []
    assert [t.attrs for t in inline if t.type == "link_open"] == []


def inline_attributes(page: str) -> list[str]:
    from html.parser import HTMLParser

    found: list[str] = []

    class Attributes(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(f"{tag} {name}" for name, _ in attrs
                         if name.startswith("on") or name == "style")

    Attributes().feed(page)
    return found


def test_brief_html_lets_only_its_own_style_and_script_run(nlp):
    import base64
    import hashlib
    import re
    from html import unescape

    from crosswire.briefing import render_html

    page = render_html(hostile_briefing(nlp))
    head = page[:page.index("</head>")]
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert policy and head.index(policy.group(0)) < head.index("<style>")
    directives = dict(d.strip().split(" ", 1) for d in unescape(policy.group(1)).split(";"))
    assert directives["default-src"] == "'none'" and "unsafe" not in policy.group(1)

    def sha256(text: str) -> str:
        return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"

    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert [sha256(text) for text in styles] == [directives["style-src"]]
    assert [sha256(text) for text in scripts] == [directives["script-src"]]
    assert inline_attributes(page) == []  # no handler or style attribute beside them
    assert MARKUP not in page


def test_terminal_control_sequences_never_reach_the_terminal(tmp_path, use_test_nlp):
    attack = "\x1b]0;pwned\x07\x1b[2J\x1b[8m\x9b31m"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({
        "text": f"The mayor{attack} said on Monday that the bridge would reopen. "
                f"\"It is safe{attack},\" Mayor Anna Petrova said.",
        "title": f"Bridge{attack} reopens", "outlet": f"Post{attack}",
        "published": "2031-03-03"}) + "\n", "utf-8")
    db = str(tmp_path / "news.db")
    ingested = CliRunner().invoke(ingest, [str(source), "--db", db, "-q"])
    assert ingested.exit_code == 0, ingested.output
    outputs = [CliRunner().invoke(command, [*args, "--db", db])
               for command, args in ((stories, []), (search, ["bridge"]), (who, ["Petrova"]))]
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert not any(c in result.output for c in "\x1b\x07\x9b"), repr(result.output)
    assert "Bridge 31m reopens" in outputs[0].output  # the text itself stays readable


def is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


@given(lines=st.lists(st.one_of(
    st.just(""), st.just("   "),
    # lone surrogates cannot be written as UTF-8: they come only JSON-escaped, below
    st.text(st.characters(blacklist_categories=("Cs",),
                          blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
            max_size=30),
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}),
              st.lists(st.characters(blacklist_categories=("Cc",))
                       | st.sampled_from(["\ud800", "\udc00"]), max_size=60).map("".join),
              st.one_of(st.none(), st.integers(), st.text(max_size=5))),
    st.builds(lambda depth: "[" * depth + "]" * depth, st.integers(1, 5000))),
    min_size=1, max_size=8))
@settings(max_examples=40, deadline=None)
def test_events_answer_line_n_with_line_n_whatever_the_lines(nlp, tmp_path_factory, lines):
    source = tmp_path_factory.mktemp("events") / "in.jsonl"
    source.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    output = io.StringIO()
    try:
        rows = read_rows(str(source))
    except UnreadableInput as exc:  # empty or no JSON at all: one line naming the file
        assert str(exc).startswith(f"{source}: ") and "\n" not in str(exc)
        return
    summary = code_rows(rows, output=output, quiet=True, nlp=nlp)
    answers = [json.loads(line) for line in output.getvalue().splitlines()]
    whole = json.loads("\n".join(lines)) if is_json("\n".join(lines)) else None
    rows_expected = max(len(whole), 1) if isinstance(whole, list) else len(lines)
    assert summary.lines == len(answers) == rows_expected  # one JSON list: a row per item
    assert summary.failures == sum(1 for answer in answers if "error" in answer)
    output.getvalue().encode("utf-8")


def test_export_into_a_missing_folder_is_one_line(tmp_path):
    from crosswire.archive.db import connect

    connect(tmp_path / "news.db").close()
    target = tmp_path / "missing" / "out.json"
    result = CliRunner().invoke(export, ["--db", str(tmp_path / "news.db"), "-o", str(target)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {target}: no such file or directory"


def test_ingest_leaves_out_only_the_document_whose_parse_fails(tmp_path, nlp, monkeypatch):
    """A failure inside the parse (not the reading) of one document: ingest names that
    document and stores the rest of the batch, each with its own input's key."""
    import crosswire.pipeline as pipeline
    from crosswire.archive.db import connect
    from crosswire.archive.ingest import ingest as ingest_documents

    real_analyse = pipeline.analyse

    def analyse(articles, *, nlp, batch_size=None):
        articles = list(articles)
        if any("poisoned" in article.text for article in articles):
            raise RecursionError("maximum recursion depth exceeded")
        yield from real_analyse(articles, nlp=nlp, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    texts = [GOOD, OTHER, "The poisoned sentence said nothing.\n",
             "The council said on Friday that the market would move.\n", ""]
    documents = [Document(source_path=f"in{n}.txt", content=text, format="text")
                 for n, text in enumerate(texts)]
    errors: list[InputError] = []
    conn = connect(tmp_path / "news.db")
    summary = ingest_documents(documents, conn=conn, nlp=nlp, workers=1, on_error=errors.append)
    assert summary.stored.added == 3
    assert sorted((error.source, error.message) for error in errors) == [
        ("in2.txt", "could not be parsed (RecursionError: maximum recursion depth exceeded)"),
        ("in4.txt", "no article text left after cleaning")]
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    stored = {row[0] for row in conn.execute("SELECT source_path FROM articles")}
    assert stored == {"in0.txt", "in1.txt", "in3.txt"}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_parse_failure_in_a_worker_is_one_line_and_brief_goes_on(tmp_path, use_test_nlp,
                                                                    monkeypatch, workers):
    """The parse runs in worker processes (forked: they inherit the failing parser); the
    article it fails on is named in one line and the brief holds the others."""
    import crosswire.pipeline as pipeline

    real_analyse = pipeline.analyse

    def analyse(articles, *, nlp, batch_size=None):
        articles = list(articles)
        if any("poisoned" in article.text for article in articles):
            raise MemoryError("the parser gave up\nsecond line")
        yield from real_analyse(articles, nlp=nlp, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "CHUNK_SIZE", 2)
    texts = [GOOD, OTHER, "The poisoned sentence said nothing.\n",
             "The council said on Friday that the market would move.\n"]
    for n, text in enumerate(texts):
        (tmp_path / f"in{n}.txt").write_text(text, "utf-8")
    paths = [str(tmp_path / f"in{n}.txt") for n in range(len(texts))]
    result = CliRunner().invoke(cli, ["brief", "-q", "--workers", str(workers), *paths,
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"crosswire: {paths[2]}: could not be parsed (MemoryError: the parser gave up)"]
    written = json.loads((tmp_path / "out" / "brief.json").read_text("utf-8"))
    assert [a["source_path"] for a in written["articles"]] == [paths[0], paths[1], paths[3]]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(
    list("0123456789 ,.-$£€kmbnKMBtrilonsevwhdfgu") + ["\u017f", "\u212a", "\u0130", "\ufb00"]),
    max_size=40))
def test_figures_of_any_text_lie_inside_it(text):
    # "ſeven" (a long s) matched the figure pattern, which ignores case the Unicode way,
    # but was looked up lower-cased and ended the run with an AttributeError
    from crosswire.knowledge.text import figures

    for start, end, value in figures(text):
        assert 0 <= start < end <= len(text) and value >= 0
    assert [value for _, _, value in figures("They counted \u017feven ships.")] == [7.0]
