"""crosswire serve in process: every page and its JSON twin, exports, security headers,
escaping, search errors on the page, read-only archive, stories appearing live."""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import sqlite3

import pytest
from click.testing import CliRunner
from serve_fixtures import HOSTILE_TITLE, build_archive

pytest.importorskip("starlette", reason="crosswire serve needs the serve extra")
from starlette.testclient import TestClient  # noqa: E402

from crosswire.serve.app import create_app  # noqa: E402
from crosswire.serve.commands import is_local, serve  # noqa: E402
from crosswire.serve.db import Connections, prepare  # noqa: E402


def test_the_test_client_speaks_httpx2():
    # the serve extra pins httpx2: with only httpx, starlette's TestClient warns it is
    # deprecated (a StarletteDeprecationWarning on every import)
    import starlette.testclient

    assert starlette.testclient.httpx.__name__ == "httpx2"


@pytest.fixture(scope="module")
def archive(tmp_path_factory, nlp):
    db = build_archive(tmp_path_factory.mktemp("serve"), nlp)
    prepare(db)
    return db


@pytest.fixture(scope="module")
def client(archive):
    with TestClient(create_app(db=archive)) as client:
        yield client


def one(db, query, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def ids(archive):
    return {
        "flood": one(archive, "SELECT story_id FROM articles WHERE input_id = 'f1'"),
        "trade": one(archive, "SELECT story_id FROM articles WHERE input_id = 't1'"),
        "hostile": one(archive, "SELECT id FROM articles WHERE input_id = 'x1'"),
        "article": one(archive, "SELECT id FROM articles WHERE input_id = 'f1'"),
        "vask": one(archive, "SELECT actor_id FROM statements s JOIN actors a "
                    "ON a.id = s.actor_id WHERE a.name LIKE '%Vask' LIMIT 1"),
    }


def test_index_lists_stories_newest_first_with_outlets_actors_and_coverage(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    data = client.get("/index.json").json()
    lasts = [story["last_seen"] for story in data["stories"]]
    assert lasts == sorted(lasts, reverse=True) and data["total"] == len(data["stories"])
    flood = next(s for s in data["stories"] if "flood barrier" in (s["title"] or ""))
    assert flood["size"] == 3 and flood["first_seen"] == "2031-03-03"
    assert {o["name"] for o in flood["outlets"]} == {"Mirren Courier", "Coastal Wire",
                                                      "Daily Syndicate"}
    assert "Ana Lindqvist" in {a["name"] for a in flood["actors"]}
    assert [bar["fact"] for bar in flood["coverage"]] == ["country", "state_affiliation",
                                                          "ownership"]
    assert sum(s["articles"] for s in flood["coverage"][0]["segments"]) == 3
    assert f'href="/stories/{flood["id"]}"' in page.text


def test_index_filters_and_pages(client, monkeypatch):
    outlet = client.get("/index.json", params={"outlet": "valdoria-herald"}).json()
    assert [s["title"] for s in outlet["stories"]] == ["Valdoria suspends Kestrel fishing licences"]
    actor = client.get("/index.json", params={"actor": "Irena Vask"}).json()
    assert {s["title"] for s in actor["stories"]} == {"Valdoria suspends Kestrel fishing licences"}
    issue = client.get("/index.json", params={"issue": "tariffs grain"}).json()
    assert len(issue["stories"]) == 1
    dated = client.get("/index.json", params={"since": "2031-04-01"}).json()
    assert dated["stories"] and all(s["last_seen"] >= "2031-04-01" for s in dated["stories"])
    monkeypatch.setattr("crosswire.serve.stories.PAGE_SIZE", 1)
    second = client.get("/index.json", params={"page": 2}).json()
    assert second["pages"] == second["total"] and len(second["stories"]) == 1
    assert 'rel="prev"' in client.get("/", params={"page": 2}).text
    assert client.get("/", params={"page": "junk", "since": "not a date"}).status_code == 200


def test_story_page_is_the_briefing_with_coverage_and_exports(client, ids):
    page = client.get(f"/stories/{ids['flood']}")
    assert page.status_code == 200
    for section in ("coverage", "summary", "claims", "positions", "framing", "timeline"):
        assert f'id="{section}"' in page.text
    assert f'href="/stories/{ids["flood"]}/events.plover.jsonl"' in page.text
    twin = client.get(f"/stories/{ids['flood']}.json").json()
    assert twin["story"]["id"] == ids["flood"] and twin["story"]["size"] == 3
    assert twin["briefing"]["format"] == "crosswire.brief"
    assert len(twin["briefing"]["articles"]) == 3
    coverage = twin["coverage"]
    assert set(coverage["outlets"]) == {"Mirren Courier", "Coastal Wire", "Daily Syndicate"}
    for row in coverage["claims"]:
        assert set(row["carried_by"]) | set(row["left_out_by"]) == set(coverage["outlets"])
        texts = {a["id"]: a["text"] for a in twin["briefing"]["articles"]}
        for cell in row["carried_by"].values():
            assert texts[cell["article"]][cell["start"]:cell["end"]] == cell["text"]


def test_story_exports_download(client, ids):
    events = client.get(f"/stories/{ids['flood']}/events.plover.jsonl")
    assert "attachment" in events.headers["content-disposition"]
    lines = [json.loads(line) for line in events.text.splitlines()]
    assert lines and all(line["event"] for line in lines)
    statements = client.get(f"/stories/{ids['flood']}/statements.csv")
    assert "attachment" in statements.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(statements.text)))
    assert rows and {"speaker", "outlet", "text", "start", "end"} <= set(rows[0])


def test_article_page_marks_statements_at_their_offsets(client, ids):
    twin = client.get(f"/articles/{ids['article']}.json").json()
    assert twin["url"] == "https://courier.example/flood-barrier" and twin["story_id"]
    assert twin["statements"] and twin["mentions"]
    page = client.get(f"/articles/{ids['article']}").text
    for statement in twin["statements"]:
        assert twin["text"][statement["start"]:statement["end"]] == statement["text"]
        assert f'id="s-{statement["start"]}-{statement["end"]}"' in page
    # a link may ask for any span of the text; a bad one is ignored
    assert 'id="s-0-4"' in client.get(f"/articles/{ids['article']}", params={"hl": "0-4"}).text
    assert client.get(f"/articles/{ids['article']}", params={"hl": "5-999999"}).status_code == 200


def test_actor_page_has_names_statements_over_time_and_outlets(client, ids):
    twin = client.get(f"/actors/{ids['vask']}.json").json()
    assert twin["name"].endswith("Vask") and twin["kind"] == "person"
    assert twin["statements"] and twin["over_time"]
    days = [s["day"] for s in twin["statements"]]
    assert days == sorted(days)
    assert {o["name"] for o in twin["outlets"]} <= {"Valdoria Herald", "Island Post"}
    page = client.get(f"/actors/{ids['vask']}").text
    assert "<svg" in page and "/articles/" in page and "#s-" in page


def test_outlet_page_and_comparison(client):
    twin = client.get("/outlets/mirren-courier.json").json()
    assert twin["name"] == "Mirren Courier" and twin["articles"] == 2
    assert len(twin["stories"]) == 2 and twin["voices"]
    assert client.get("/outlets/mirren-courier").status_code == 200
    compared = client.get("/compare.json", params={"a": "mirren-courier", "b": "coastal-wire"}).json()
    assert compared["shared"] == 1
    (story,) = compared["stories"]
    assert set(story["sides"]) == {"mirren-courier", "coastal-wire"}
    assert client.get("/compare", params={"a": "mirren-courier", "b": "coastal-wire"}).status_code == 200
    assert client.get("/compare").status_code == 200
    assert client.get("/compare.json", params={"a": "nobody", "b": "coastal-wire"}).status_code == 404


def test_search_finds_articles_and_statements_with_facets(client):
    twin = client.get("/search.json", params={"q": "forty thousand homes"}).json()
    assert twin["total"]["articles"] >= 1 and twin["total"]["statements"] >= 1
    assert "\x02" in twin["articles"][0]["snippet"]
    assert {f["label"] for f in twin["facets"]["outlet"]} >= {"Mirren Courier"}
    page = client.get("/search", params={"q": "forty thousand homes"}).text
    assert "<mark>" in page
    narrowed = client.get("/search.json", params={"q": "barrier", "outlet": "coastal-wire"}).json()
    assert {hit["outlet"] for hit in narrowed["articles"]} == {"Coastal Wire"}
    phrase = client.get("/search.json", params={"q": '"flood barrier" OR tariffs'}).json()
    assert phrase["error"] is None and phrase["total"]["articles"] >= 2


@pytest.mark.parametrize("query", ['"cod AND (', "barrier NEAR(", "^^^", "a" * 301])
def test_a_bad_query_is_answered_on_the_page(client, query):
    page = client.get("/search", params={"q": query})
    assert page.status_code == 200 and 'class="error"' in page.text
    assert client.get("/search.json", params={"q": query}).json()["error"]


def test_markup_in_stored_text_is_escaped(client, ids):
    for path in (f"/articles/{ids['hostile']}", "/", "/search?q=pier+gate",
                 f"/stories/{one_story(client, ids['hostile'])}"):
        page = client.get(path).text
        assert "<script>window.pwned" not in page and "<img src=x" not in page, path
        assert "&lt;script&gt;window.pwned" in page or "&lt;img src=x" in page, path
    assert client.get(f"/articles/{ids['hostile']}.json").json()["title"] == HOSTILE_TITLE


def one_story(client, article_id):
    return client.get(f"/articles/{article_id}.json").json()["story_id"]


def test_every_response_sends_the_security_headers(client, ids):
    for path in ("/", "/index.json", f"/stories/{ids['flood']}", f"/articles/{ids['article']}",
                 "/static/serve.css", "/no/such/page", f"/stories/{ids['flood']}.json"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "unsafe-inline" not in policy, path
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    story_policy = client.get(f"/stories/{ids['flood']}").headers["content-security-policy"]
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", story_policy)


def test_unknown_records_are_404_and_nothing_writes(client):
    for path in ("/stories/nope", "/articles/nope", "/actors/nope", "/outlets/nope"):
        assert client.get(path).status_code == 404
        assert client.get(path + ".json").json()["error"]
    for path in ("/", "/search", "/stories/nope"):
        assert client.post(path).status_code == 405


def test_pages_read_the_archive_read_only(archive):
    conn = Connections(archive).get()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("CREATE TABLE scribble (x)")


def test_a_story_ingested_while_serving_appears_without_restart(tmp_path, nlp):
    from archive_fixtures import articles

    records = articles()
    db = build_archive(tmp_path, nlp, records[:2])
    with TestClient(create_app(db=db)) as client:
        before = client.get("/index.json").json()["total"]
        build_archive(tmp_path, nlp, records)
        assert client.get("/index.json").json()["total"] > before


def test_an_article_without_an_outlet_links_to_no_outlet_page(tmp_path, nlp):
    """A user's plain-text copy names no outlet: its pages say so, with no link to a 404."""
    from archive_fixtures import articles

    record = {key: value for key, value in articles()[0].items() if key not in ("outlet", "url")}
    db = build_archive(tmp_path, nlp, [record])
    with TestClient(create_app(db=db)) as client:
        article_id = one(db, "SELECT id FROM articles")
        story_id = one(db, "SELECT story_id FROM articles")
        actor_id = one(db, "SELECT actor_id FROM statements WHERE actor_id IS NOT NULL")
        for path in ("/", f"/stories/{story_id}", f"/articles/{article_id}",
                     f"/actors/{actor_id}"):
            page = client.get(path)
            assert page.status_code == 200, path
            assert "/outlets/unknown" not in page.text, path
        assert "unknown outlet" in client.get(f"/articles/{article_id}").text


def test_serve_command_refuses_a_missing_or_foreign_archive(tmp_path):
    missing = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.db")])
    assert missing.exit_code != 0 and "no archive at" in missing.output
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    refused = CliRunner().invoke(serve, ["--db", str(foreign)])
    assert refused.exit_code != 0 and "not a crosswire archive" in refused.output


def test_only_loopback_counts_as_local():
    assert is_local("127.0.0.1") and is_local("::1") and is_local("localhost")
    assert not is_local("0.0.0.0") and not is_local("192.168.1.4")


def test_serve_binds_loopback_by_default_and_warns_elsewhere(archive, monkeypatch):
    started = []

    def record(server, sockets):
        started.append(sockets[0].getsockname()[0])
        sockets[0].close()

    monkeypatch.setattr("uvicorn.Server.run", record)
    quiet = CliRunner().invoke(serve, ["--db", str(archive), "--port", "0"])
    assert quiet.exit_code == 0 and "warning" not in quiet.output
    assert started[-1] == "127.0.0.1"
    exposed = CliRunner().invoke(serve, ["--db", str(archive), "--host", "0.0.0.0", "--port", "0"])
    assert exposed.exit_code == 0 and "warning: listening on 0.0.0.0" in exposed.output
    assert started[-1] == "0.0.0.0"


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"])
def test_a_port_in_use_is_one_line_before_any_serving_is_announced(archive, monkeypatch, host):
    # on a host not this machine alone the warning too waits until the port is bound
    monkeypatch.setattr("uvicorn.Server.run", lambda server, sockets: pytest.fail("served"))
    with socket.create_server((host, 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(serve, ["--db", str(archive), "--host", host,
                                            "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == f"Error: cannot listen on {host}:{port}: address already in use\n"
