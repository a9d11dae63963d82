"""The archive database: one SQLite file in WAL mode, schema kept by numbered migrations.

Each migration is a function run once, in order, inside a transaction; the schema
version is SQLite's ``user_version``, so opening an old archive brings it up to date.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_DB = Path("crosswire.db")

# How long a writer waits for another writer's lock before failing (milliseconds).
BUSY_TIMEOUT_MS = 30_000
# SQLite page cache per connection, in KiB.
CACHE_KIB = 64 * 1024
# An article's address as shown and exported (``articles`` aliased ``a``): the URL it was
# read from, else the one its page declares (a saved page's canonical link), which the
# stored record keeps; the ``url`` column itself is the input's key and stays as read.
ARTICLE_URL = "coalesce(nullif(a.url, ''), nullif(json_extract(a.record, '$.url'), ''))"


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a SQL script statement by statement (``executescript`` would commit midway)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""


def _create_core(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            input_id TEXT,
            source_path TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_precision TEXT,
            language TEXT,
            text TEXT NOT NULL,
            story_id TEXT,
            record TEXT NOT NULL,          -- the Article as JSON, to rebuild a briefing
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (content_hash, url)
        );
        CREATE INDEX articles_story ON articles (story_id);
        CREATE INDEX articles_published ON articles (published);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text)
            VALUES (new.rowid, coalesce(new.title, ''), new.text);
        END;

        -- Exact and near duplicates are linked, never dropped.
        CREATE TABLE duplicates (
            article_id TEXT PRIMARY KEY REFERENCES articles (id),
            duplicate_of TEXT NOT NULL REFERENCES articles (id),
            kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
            similarity REAL NOT NULL
        );
        CREATE INDEX duplicates_of ON duplicates (duplicate_of);

        -- MinHash LSH bands: articles sharing a key are near-duplicate candidates.
        CREATE TABLE lsh_bands (
            key INTEGER NOT NULL,          -- digest of (band number, band rows)
            article_id TEXT NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE minhashes (
            article_id TEXT PRIMARY KEY,
            signature BLOB NOT NULL
        );

        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT,
            first_seen TEXT,
            last_seen TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            profile TEXT NOT NULL,         -- the grouping profile (term weights) as JSON
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX stories_last_seen ON stories (last_seen);
        CREATE TABLE story_members (   -- grouping decisions, for inspection
            article_id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            score REAL,
            via TEXT NOT NULL              -- 'new', 'grouped', 'duplicate' or 'moved'
        );
        CREATE TABLE term_df (             -- hashed document frequencies for tf-idf
            bucket INTEGER PRIMARY KEY,
            df INTEGER NOT NULL
        );
        CREATE TABLE archive_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,      -- normalised name, the cross-run join
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT
        );
        CREATE TABLE actor_aliases (
            actor_id TEXT NOT NULL REFERENCES actors (id),
            alias TEXT NOT NULL,
            PRIMARY KEY (actor_id, alias)
        );
        CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);
        CREATE TABLE actor_roles (
            actor_id TEXT NOT NULL REFERENCES actors (id),
            role TEXT NOT NULL,
            PRIMARY KEY (actor_id, role)
        );

        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            actor_id TEXT REFERENCES actors (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT
        );
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE INDEX mentions_actor ON mentions (actor_id);

        CREATE TABLE statements (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            actor_id TEXT REFERENCES actors (id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT,
            speaker_text TEXT,
            via TEXT,
            said_on TEXT,
            record TEXT NOT NULL           -- the Statement as JSON
        );
        CREATE INDEX statements_article ON statements (article_id);
        CREATE INDEX statements_actor ON statements (actor_id);
        CREATE VIRTUAL TABLE statements_fts USING fts5(
            text, content='statements', content_rowid='rowid'
        );
        CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
            INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
        END;

        -- PLOVER events per article; claims (one utterance or fact across outlets) as
        -- found within each ingest batch (a story's briefing recomputes them over all
        -- of its articles).
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            story_id TEXT REFERENCES stories (id),
            text TEXT NOT NULL,
            outlets INTEGER NOT NULL DEFAULT 0,
            record TEXT NOT NULL
        );
        CREATE TABLE claim_statements (
            claim_id TEXT NOT NULL REFERENCES claims (id),
            statement_id TEXT NOT NULL REFERENCES statements (id),
            PRIMARY KEY (claim_id, statement_id)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            statement_id TEXT REFERENCES statements (id),
            event_type TEXT NOT NULL,
            mode TEXT,
            source_actor_id TEXT REFERENCES actors (id),
            target_actor_id TEXT REFERENCES actors (id),
            event_date TEXT,
            text TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX events_article ON events (article_id);
        """
    )


def _index_person_names(conn: sqlite3.Connection) -> None:
    """People are joined across ingests by the transliteration keys of their surnames."""
    from crosswire.archive.actor_links import index_person

    _run_script(
        conn,
        """
        CREATE TABLE actor_name_keys (
            key TEXT NOT NULL,             -- a surname block key ("f"/"c" + key)
            actor_id TEXT NOT NULL REFERENCES actors (id),
            PRIMARY KEY (key, actor_id)
        );
        """
    )
    people = conn.execute("SELECT id FROM actors WHERE kind = 'person'").fetchall()
    for (actor_id,) in people:
        aliases = [row[0] for row in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))]
        index_person(conn, actor_id, aliases)



def _origin_in_input_key(conn: sqlite3.Connection) -> None:
    """Inputs without a URL are told apart by their declared outlet and id: the same wire
    text under three agencies was stored once, the other copies taken for the same input.

    SQLite cannot change a table's UNIQUE constraint, so the table is rebuilt (rowids
    kept: the full-text index refers to them) and its indexes and trigger made anew.
    """
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    _run_script(
        conn,
        f"""
        CREATE TABLE articles_new (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',  -- declared outlet and id, when no URL
            input_id TEXT,
            source_path TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_precision TEXT,
            language TEXT,
            text TEXT NOT NULL,
            story_id TEXT,
            record TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (content_hash, url, origin)
        );
        INSERT INTO articles_new (rowid, {", ".join(columns)})
            SELECT rowid, {", ".join(columns)} FROM articles;
        DROP TABLE articles;
        ALTER TABLE articles_new RENAME TO articles;
        CREATE INDEX articles_story ON articles (story_id);
        CREATE INDEX articles_published ON articles (published);
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text)
            VALUES (new.rowid, coalesce(new.title, ''), new.text);
        END;
        """,
    )


def _index_outlets(conn: sqlite3.Connection) -> None:
    """The web interface lists, filters and compares by outlet: an outlet's articles and
    stories are read from an index, not a scan of every article."""
    conn.execute("CREATE INDEX articles_outlet ON articles (outlet, story_id)")


def _index_co_speakers(conn: sqlite3.Connection) -> None:
    """A joint statement ("the mayor and the governor said") is each speaker's: its other
    speakers are found by an index, as its first one is by ``statements.actor_id``.
    Statements stored before are indexed from their records."""
    _run_script(
        conn,
        """
        CREATE TABLE statement_co_speakers (
            actor_id TEXT NOT NULL REFERENCES actors (id),
            statement_id TEXT NOT NULL REFERENCES statements (id),
            PRIMARY KEY (actor_id, statement_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO statement_co_speakers (actor_id, statement_id)
            SELECT co.value, s.id FROM statements s, json_each(s.record, '$.co_speakers') co
            WHERE co.value IN (SELECT id FROM actors);
        """,
    )


def _index_story_names(conn: sqlite3.Connection) -> None:
    """The stories that name each name (archive.follow_ups), at most a few per name: an
    article finds the old story it follows up by the names only that story names.
    Stories stored before are indexed as they take new articles."""
    _run_script(
        conn,
        """
        CREATE TABLE story_names (
            name TEXT NOT NULL,
            story_id TEXT NOT NULL,
            PRIMARY KEY (name, story_id)
        ) WITHOUT ROWID;
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_core, _index_person_names, _origin_in_input_key, _index_outlets, _index_co_speakers,
    _index_story_names]


class ArchiveError(Exception):
    """An archive file that cannot be used (not SQLite, another program's database,
    locked); the message is one line naming the file."""


def connect(path: Path | str = DEFAULT_DB) -> sqlite3.Connection:
    """Open (creating if needed) the archive at ``path`` and bring its schema up to date.

    Raises ``ArchiveError`` when ``path`` is not an archive crosswire can use.
    """
    try:
        return _connect(path)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            raise ArchiveError(f"{path} is not a SQLite database, so not an archive") from None
        raise ArchiveError(f"{path}: cannot open the archive ({exc})") from None


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        _use_wal(conn)
    # NORMAL in WAL mode: a commit survives a killed process; only power loss may drop
    # the last transactions, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Index pages of a large archive are read at random (hashed ids and LSH keys): a
    # bigger page cache than SQLite's 2 MB default keeps them in memory, within a bound.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    # One statement, so one snapshot: read apart, another ingest creating this archive
    # could commit its first migration between the version read (0) and the table read.
    version, has_tables = conn.execute(
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " EXISTS (SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%')"
    ).fetchone()
    if version == 0 and has_tables:
        conn.close()  # another program's database: adding our tables would change it
        raise ArchiveError(f"{path} is a SQLite database, but not a crosswire archive")
    migrate(conn)
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode. The switch needs the file to itself; while another
    process holds a write lock on a file still in rollback mode (two ingests creating one
    archive), SQLite answers "locked" at once rather than calling the busy handler (it
    would deadlock), so wait here, up to the same busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def migrate(conn: sqlite3.Connection) -> int:
    """Run the migrations this archive has not seen yet; return the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    # Off while a migration rebuilds a table others refer to (SQLite's documented way);
    # the references are checked before the migration commits.
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated while we waited for the lock.
                if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                    conn.execute("ROLLBACK")
                    continue
                migration(conn)
                if conn.execute("PRAGMA foreign_key_check").fetchone():
                    raise sqlite3.IntegrityError(f"migration {number} broke a reference")
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {foreign_keys}")
    return len(MIGRATIONS)


def open_existing(path: Path | str) -> sqlite3.Connection:
    """Open an archive that must already exist (query commands never create one)."""
    if not Path(path).exists():
        raise FileNotFoundError(f"no archive at {path} (run crosswire ingest first)")
    return connect(path)
