"""The archive's commands: ingest, stories, search, who, export (registered by cli.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from crosswire.archive.db import DEFAULT_DB
from crosswire.knowledge.text import terminal_safe

db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
    show_default=True, help="The archive file (SQLite).")
quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress output.")
cluster_option = click.option(
    "--cluster", metavar="ADDRESS", envvar="CROSSWIRE_CLUSTER",
    help="Run the per-article work on Dask: local, local:N (N worker processes here) or a "
    "scheduler address such as tcp://host:8786; also CROSSWIRE_CLUSTER. Needs "
    "crosswire[cluster] (see docs/cluster.md).")


@contextmanager
def cluster_client(address: str | None) -> Iterator[object | None]:
    """The Dask client for ``--cluster ADDRESS`` (None without one); a cluster that cannot
    be reached or is lost mid-run ends the command with one line."""
    if not address:
        yield None
        return
    from crosswire.cluster import ClusterError, connect

    try:
        with connect(address) as client:
            yield client
    except ClusterError as exc:
        raise click.ClickException(str(exc)) from None


def show_line(line: str, *, err: bool = False) -> None:
    """Echo a line built from stored or input text, with nothing a terminal would act on."""
    click.echo(terminal_safe(line), err=err)


def _open(db: Path):
    from crosswire.archive.db import ArchiveError, open_existing

    try:
        return open_existing(db)
    except (FileNotFoundError, ArchiveError) as exc:
        raise click.ClickException(str(exc)) from None


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on private, loopback and link-local networks too.")
@click.option("--date", "date_hint", help="Publication date (YYYY-MM-DD) for articles "
              "that state none.")
@click.option("--workers", type=int, default=0, show_default=True,
              help="Parser processes (0: one per core).")
@click.option("--batch-size", type=int, default=None,
              help="Articles parsed and committed together (default 128).")
@cluster_option
@quiet_option
def ingest(sources: tuple[str, ...], db: Path, allow_private: bool, date_hint: str | None,
           workers: int, batch_size: int | None, cluster: str | None, quiet: bool) -> None:
    """Add articles from SOURCES (files, folders, JSON Lines, WARC, RSS/Atom, URLs) to
    the archive, linking duplicates and grouping them into stories.

    Ingesting the same input again adds nothing; an interrupted ingest resumes.

    Example: crosswire ingest examples/seeds feeds/world.rss --db news.db
    """
    from crosswire.archive.db import ArchiveError, connect
    from crosswire.archive.fetch import Fetcher
    from crosswire.archive.ingest import BATCH_SIZE
    from crosswire.archive.ingest import ingest as run_ingest
    from crosswire.ingest import read_inputs

    try:
        conn = connect(db)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None

    committed = [0]

    def progress(summary) -> None:
        committed[0] = summary.stored.added
        if not quiet:
            click.echo(f"… {summary.stored.added} added, {summary.skipped} already stored",
                       err=True)

    try:
        with Fetcher(allow_private=allow_private) as fetcher, cluster_client(cluster) as client:
            summary = run_ingest(
                read_inputs(list(sources), fetch=fetcher.page), conn=conn, date_hint=date_hint,
                workers=workers, batch_size=batch_size or BATCH_SIZE,
                on_error=lambda error: show_line(str(error), err=True), on_batch=progress,
                client=client,
            )
    except KeyboardInterrupt:
        # the batch under way was rolled back; every batch before it is committed
        raise click.ClickException(
            f"interrupted: {committed[0]} articles were stored before it; ingest the same "
            "inputs again to resume") from None
    finally:
        conn.close()
    if summary.read == 0:
        raise click.ClickException("no input could be read")
    click.echo(summary.line())


@click.command()
@db_option
@click.option("-n", "--limit", type=int, default=20, show_default=True,
              help="How many stories.")
def stories(db: Path, limit: int) -> None:
    """The latest stories: size, days covered, outlets and key actors.

    Example: crosswire stories --db news.db -n 10
    """
    from crosswire.archive.query import latest_stories

    conn = _open(db)
    for story in latest_stories(conn, limit=limit):
        days = story.first_seen or "undated"
        if story.last_seen and story.last_seen != story.first_seen:
            days += f"..{story.last_seen}"
        show_line(f"{story.id}  {story.size} article{'s' * (story.size != 1)}  {days}  "
              f"{story.title or '(untitled)'}")
        if story.outlets:
            show_line(f"    outlets: {', '.join(story.outlets)}")
        if story.actors:
            show_line(f"    actors: {', '.join(story.actors)}")


@click.command()
@click.argument("query")
@db_option
@click.option("-n", "--limit", type=int, default=20, show_default=True,
              help="Most hits of each kind (articles, statements).")
@quiet_option
def search(query: str, db: Path, limit: int, quiet: bool) -> None:
    """Full-text search of articles and statements (every word must occur).

    Example: crosswire search "peace talks" --db news.db
    """
    from crosswire.archive.query import QueryTooLong
    from crosswire.archive.query import search as run_search

    conn = _open(db)
    try:
        hits = run_search(conn, query, limit=limit)
    except QueryTooLong as exc:
        raise click.ClickException(str(exc)) from None
    if not hits and not quiet:
        click.echo("no match", err=True)
    for hit in hits:
        where = " | ".join(filter(None, [hit.published, hit.outlet, hit.story_id]))
        show_line(f"[{hit.kind}] {where}  {hit.title or hit.article_id}")
        show_line(f"    {' '.join(hit.snippet.split())}")


@click.command()
@click.argument("name")
@db_option
@click.option("-n", "--limit", type=int, default=200, show_default=True,
              help="Most statements shown.")
def who(name: str, db: Path, limit: int) -> None:
    """NAME's statements over time, across outlets (oldest first).

    Example: crosswire who "Anna Petrova" --db news.db
    """
    from crosswire.archive.query import QueryTooLong, statements_of

    conn = _open(db)
    try:
        found = statements_of(conn, name, limit=limit)
    except QueryTooLong as exc:
        raise click.ClickException(str(exc)) from None
    if not found:
        raise click.ClickException(f"no statements by {name!r} in the archive")
    for statement in found:
        where = " | ".join(filter(None, [statement.date or "undated", statement.outlet,
                                         statement.story_id]))
        show_line(f"{where}  {statement.actor} ({statement.kind}, {statement.cue or 'no cue'})")
        show_line(f"    {' '.join(statement.text.split())}")


@click.command()
@db_option
@click.option("--format", "output_format", type=click.Choice(["json", "csv", "parquet",
              "plover"]), default="json", show_default=True, help="Output format.")
@click.option("--table", type=click.Choice(["all", "articles", "statements", "actors",
              "claims", "events"]), default="all", show_default=True,
              help="What to export (PLOVER exports events).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file (a folder for CSV or Parquet of all tables); standard "
              "output when not given.")
@click.option("--partition-by", type=click.Choice(["date"]),
              help="Parquet only: one dataset in the folder OUTPUT, a folder per table "
              "partitioned by publication day (day=YYYY-MM-DD; actors unpartitioned).")
def export(db: Path, output_format: str, table: str, output: Path | None,
           partition_by: str | None) -> None:
    """Export articles (with story ids and input ids), statements, actors, claims and events.

    CSV of all tables to standard output prints each table after a "# table: NAME" line.

    Example: crosswire export --db news.db --format csv --table statements -o statements.csv

    Example: crosswire export --db news.db --format parquet --partition-by date -o lake/
    """
    from crosswire.archive import export as exporting

    if partition_by and (output_format != "parquet" or output is None):
        raise click.UsageError("--partition-by needs --format parquet and -o FOLDER")
    if output_format == "parquet":
        try:
            exporting.require_pyarrow()
        except exporting.MissingDependency as exc:
            raise click.ClickException(str(exc)) from None
    conn = _open(db)
    tables = list(exporting.TABLES) if table == "all" else [table]
    try:
        if partition_by:
            exporting.write_parquet_dataset(conn, output, tables=tables)
        else:
            _write_export(conn, output_format=output_format, tables=tables, output=output)
    except BrokenPipeError:
        raise  # a reader that stopped (`| head`): click ends quietly, as for every command
    except OSError as exc:  # a missing folder, a full disk: one line, not a traceback
        reason = (exc.strerror or str(exc)).lower()
        raise click.ClickException(f"{exc.filename or output}: {reason}") from None


def _write_export(conn, *, output_format: str, tables: list[str], output: Path | None) -> None:
    from crosswire.archive import export as exporting

    if output_format == "parquet":
        if output is None:
            if len(tables) > 1:
                raise click.UsageError("Parquet to standard output needs one --table")
            exporting.write_parquet(conn, sys.stdout.buffer, table=tables[0])
            return
        for name, path in _targets(output, tables, suffix=".parquet"):
            exporting.write_parquet(conn, path, table=name)
        return
    if output_format == "csv" and output is not None:
        for name, path in _targets(output, tables, suffix=".csv"):
            with path.open("w", encoding="utf-8", newline="") as stream:
                exporting.write_csv(conn, stream, table=name)
        return
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if output_format == "json":
            exporting.write_json(conn, stream, tables=tables)
        elif output_format == "plover":
            exporting.write_plover(conn, stream)
        else:
            for n, name in enumerate(tables):
                if len(tables) > 1:
                    stream.write(f"{'' if n == 0 else chr(10)}# table: {name}\n")
                exporting.write_csv(conn, stream, table=name)
    finally:
        if output:
            stream.close()


def _targets(output: Path, tables: list[str], *, suffix: str) -> list[tuple[str, Path]]:
    if len(tables) == 1:
        return [(tables[0], output)]
    output.mkdir(parents=True, exist_ok=True)
    return [(name, output / f"{name}{suffix}") for name in tables]


COMMANDS = [ingest, stories, search, who, export]
