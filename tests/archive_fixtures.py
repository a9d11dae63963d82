"""Small invented news articles for the archive tests (three events, one a follow-up; two
earthquakes told in the same words)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

FLOOD_1 = (
    "Port Mirren will build a tidal flood barrier across the Aske estuary, Mayor Ana "
    "Lindqvist announced on Monday. \"The barrier will protect forty thousand homes from "
    "storm surges,\" Lindqvist said at a press conference in the harbour hall. The city "
    "council approved the estuary plan after the winter floods damaged the old sea wall. "
    "Engineers expect construction of the barrier to take four years."
)
FLOOD_2 = (
    "Mayor Ana Lindqvist said Port Mirren's council had approved a flood barrier for the Aske "
    "estuary after winter storm surges broke the old sea wall. The tidal barrier should shield "
    "homes along the harbour, she told reporters, adding that the estuary works would start "
    "in spring. Opposition councillor Tomas Brede said the barrier plan was rushed."
)
TRADE_1 = (
    "Valdoria suspended fishing licences for trawlers from the Kestrel Islands on Monday, "
    "escalating a dispute over cod quotas in the northern banks. Trade minister Irena Vask "
    "said the islands had exceeded their quota for three seasons. \"We will not let our "
    "fishing grounds be emptied,\" Vask said. Kestrel Islands officials called the licence "
    "ban illegal and threatened tariffs on Valdorian grain."
)
TRADE_2 = (
    "The Kestrel Islands threatened tariffs on Valdorian grain after Valdoria banned island "
    "trawlers from the northern cod banks. Island premier Olaf Sund said the licence "
    "suspension broke the fishing treaty and that the quota dispute should go to arbitration. "
    "Valdoria's trade minister Irena Vask accused island crews of overfishing cod."
)
FLOOD_LATER = (
    "Costs of the Aske estuary barrier in Port Mirren have doubled, an audit found, and the "
    "construction firm has asked the city council for more money. Mayor Ana Lindqvist said "
    "the flood barrier would still be finished, but councillors demanded an inquiry into the "
    "contract and the missing budget reports."
)


def articles() -> list[dict]:
    """JSON records: two flood articles, two trade articles, a wire copy, a follow-up."""
    return [
        {"id": "f1", "text": FLOOD_1, "title": "Port Mirren to build estuary flood barrier",
         "outlet": "Mirren Courier", "published": "2031-03-03",
         "url": "https://courier.example/flood-barrier"},
        {"id": "t1", "text": TRADE_1, "title": "Valdoria suspends Kestrel fishing licences",
         "outlet": "Valdoria Herald", "published": "2031-03-03",
         "url": "https://herald.example/fish"},
        {"id": "f2", "text": FLOOD_2, "title": "Council backs Aske barrier",
         "outlet": "Coastal Wire", "published": "2031-03-04",
         "url": "https://wire.example/aske"},
        {"id": "t2", "text": TRADE_2, "title": "Kestrel Islands threaten grain tariffs",
         "outlet": "Island Post", "published": "2031-03-04",
         "url": "https://post.example/tariffs"},
        {"id": "f1-copy", "text": FLOOD_1, "title": "Port Mirren to build estuary flood barrier",
         "outlet": "Daily Syndicate", "published": "2031-03-03",
         "url": "https://syndicate.example/copy"},
        {"id": "f-later", "text": FLOOD_LATER, "title": "Aske barrier costs double",
         "outlet": "Mirren Courier", "published": "2031-04-20",
         "url": "https://courier.example/audit"},
    ]


# Two events of one kind, told in the shared words of their kind: a topic that words
# alone join, whose events only the split into events keeps apart.
QUAKE_SENTENCES = (
    "A strong earthquake struck {place} on {day}, collapsing houses and a school.",
    "Rescuers in {place} searched the rubble for survivors after the earthquake.",
    "The quake of magnitude {size} killed {dead} people in {place}, officials said.",
    "{official} said the earthquake damaged roads and cut power across {place}.",
    "Aftershocks shook {place} overnight and families slept outside their houses.",
)
QUAKES = {
    "north": {"place": "Velmora province", "day": "Monday", "size": "5.8", "dead": "twelve",
              "official": "Governor Ilse Marrow"},
    "south": {"place": "Tarsk island", "day": "Thursday", "size": "6.4", "dead": "three",
              "official": "Mayor Davor Quist"},
}


def quake_reports(event: str) -> list[tuple[str, str]]:
    """Four reports of one earthquake, each leaving out a different sentence."""
    facts = QUAKES[event]
    sentences = [s.format(**facts) for s in QUAKE_SENTENCES]
    return [(f"{event}-{n}", " ".join(sentences[:n] + sentences[n + 1 :])) for n in range(4)]


def write_jsonl(path: Path, records: list[dict] | None = None) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in (records or articles())), "utf-8")
    return path


def committed_articles(db: Path) -> int:
    """Articles another process has committed to the archive at ``db`` so far, read
    without taking a lock (0 while the file or its tables do not exist yet)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
