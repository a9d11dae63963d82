"""The crosswire command line: a thin layer over plain functions."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from crosswire.archive.commands import COMMANDS as ARCHIVE_COMMANDS
from crosswire.archive.commands import cluster_client, cluster_option, show_line
from crosswire.serve.commands import serve
from crosswire.archive.db import DEFAULT_DB
from crosswire.models import InputError


def _report(error: InputError) -> None:
    show_line(str(error), err=True)


def _unwritable(folder: Path) -> str | None:
    """Why ``folder`` cannot be written into, if so: a file standing where it or one of its
    parents should be, or the nearest existing folder closed to writing (said before the
    parsing, not after it)."""
    for path in (folder, *folder.parents):
        if path.exists():
            if not path.is_dir():
                return f"{path} is not a folder"
            return None if os.access(path, os.W_OK | os.X_OK) else f"{path} is not writable"
    return None


class _Measuring(click.Command):
    """A measuring command: a dataset it cannot read ends it with one line naming the file
    and line, as bad input does everywhere, not with a traceback."""

    def invoke(self, ctx: click.Context):
        from crosswire.measure.dataset_lines import DatasetError

        try:
            return super().invoke(ctx)
        except DatasetError as exc:
            raise click.ClickException(str(exc)) from None


class _MeasuringGroup(_Measuring, click.Group):
    """The group of measuring commands (``eval``), each a ``_Measuring`` command."""


@click.group()
@click.version_option(package_name="crosswire")
def cli() -> None:
    """crosswire: who said what, when, to whom, reported by whom, across outlets."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--outdir", type=click.Path(path_type=Path), default=Path("brief"),
              show_default=True, help="Folder for brief.json, brief.md and brief.html.")
@click.option("--date", "date_hint", help="Date the articles were published (YYYY-MM-DD), "
              "used when an article states none.")
@click.option("--year", type=int, help="Year of publication, when the texts give day and month only.")
@click.option("--story", help="Brief a story stored in the archive instead of PATHS.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
              show_default=True, help="The archive file, with --story.")
@click.option("--workers", type=int, default=0, show_default=True,
              help="Parser processes (0: one per core).")
@cluster_option
@click.option("-q", "--quiet", is_flag=True,
              help="Nothing on standard output, no progress bar: errors only (on stderr).")
def brief(paths: tuple[str, ...], outdir: Path, date_hint: str | None, year: int | None,
          story: str | None, db: Path, workers: int, cluster: str | None, quiet: bool) -> None:
    """Write a sourced briefing of the articles in PATHS (files, folders, or - for stdin),
    or of a stored story with --story.

    OUTDIR receives brief.json, brief.md, brief.html and the run's PLOVER events as
    events.plover.jsonl.

    Example: crosswire brief examples/seeds --year 2022 -o out/seeds
    """
    from tqdm import tqdm

    from crosswire.briefing import write_briefing
    from crosswire.compare import here
    from crosswire.compare.sentence_model import matcher

    if bool(paths) == bool(story):
        raise click.UsageError("give either PATHS or --story ID")
    blocked = _unwritable(outdir)
    if blocked:
        raise click.UsageError(f"cannot write into {outdir}: {blocked}")
    elsewhere = here  # where brief.html is written beside the rest
    if story:
        from crosswire.archive.db import ArchiveError
        from crosswire.archive.query import briefing_for_story

        try:
            briefing = briefing_for_story(db=db, story_id=story)
        except (KeyError, FileNotFoundError, ArchiveError) as exc:
            raise click.ClickException(str(exc).strip("'\"")) from None
    else:
        from crosswire import pipeline
        from crosswire.ingest import read_inputs

        options = {
            "date_hint": date_hint or (str(year) if year else None),
            "on_error": _report,
            "progress": lambda items: tqdm(items, desc="parsing", unit="article",
                                           disable=quiet, file=sys.stderr),
        }
        inputs = read_inputs(list(paths), exclude=[outdir])
        with cluster_client(cluster) as client:
            if client is None:
                briefing = pipeline.run(inputs, workers=workers, **options)
                # the Dask client's threads rule out forking beside a cluster run
                elsewhere = pipeline.elsewhere_for(len(briefing.articles), workers=workers)
            else:
                from crosswire.cluster import run as run_on_cluster

                briefing = run_on_cluster(inputs, client=client, **options)
    if not briefing.articles:
        raise click.ClickException("no input could be read")
    try:
        written = write_briefing(briefing, outdir=outdir, elsewhere=elsewhere)
    except OSError as exc:  # a disk that fills, a folder made read-only meanwhile
        raise click.ClickException(f"cannot write into {outdir}: "
                                   f"{exc.strerror or exc}") from None
    if quiet:
        return
    click.echo(
        f"{len(briefing.articles)} articles, {len(briefing.statements)} statements, "
        f"{len(briefing.actors)} actors"
    )
    click.echo(f"claims matched by {matcher()}")
    for path in written.values():
        click.echo(f"wrote {path}")


for archive_command in ARCHIVE_COMMANDS:
    cli.add_command(archive_command)
cli.add_command(serve)


# Where the measuring commands find WCXB (see ../shared/datasets/README.md).
WCXB = Path("../shared/datasets/wcxb")


@cli.group(name="eval", cls=_MeasuringGroup)
def evaluate() -> None:
    """Measure extraction quality on annotated data."""


@cli.command(cls=_Measuring)
@click.option("--articles", type=int, default=150, show_default=True,
              help="How many articles to time through brief.")
@click.option("--source", type=click.Path(exists=True, path_type=Path),
              default=Path("../shared/datasets/polnear/train.jsonl"), show_default=True,
              help="JSON Lines file of articles with a 'text' field.")
@click.option("--part", "parts",
              type=click.Choice(["brief", "actors", "archive", "ingest", "statements", "cluster", "serve"]),
              multiple=True, help="What to time (repeatable); default: brief and actors.")
def bench(articles: int, source: Path, parts: tuple[str, ...]) -> None:
    """Time the brief pipeline against a bare spaCy parse of the same texts, actor merging
    at 1k to 100k mentions, the archive's dedup and grouping at 1k to 100k articles, a
    full ingest against the same bare parse, statement extraction with speaker
    resolution against a single-process bare parse, and an ingest in one process, on the
    built-in pool and on a Dask LocalCluster (with the single writer's own throughput), and the pages of crosswire serve on
    10,000 articles (ARTICLES parsed, then replicated) beside their bare SQL.

    Example: crosswire bench --part brief --articles 200
    """
    parts = parts or ("brief", "actors")
    if "brief" in parts:
        from crosswire.measure.bench_brief import run_bench

        for line in run_bench(source=source, limit=articles):
            click.echo(line)
    if "actors" in parts:
        from crosswire.measure.bench_actors import bench_lines as actor_bench

        for line in actor_bench():
            click.echo(line)
    if "archive" in parts:
        from crosswire.measure.bench_archive import bench_lines as archive_bench

        for line in archive_bench():
            click.echo(line)
    if "ingest" in parts:
        from crosswire.measure.bench_archive import ingest_ratio_lines

        for line in ingest_ratio_lines(source=source, limit=articles):
            click.echo(line)
    if "statements" in parts:
        from crosswire.measure.bench_statements import statements_bench_lines

        for line in statements_bench_lines(source=source, limit=articles):
            click.echo(line)
    if "cluster" in parts:
        from crosswire.cluster import ClusterError
        from crosswire.measure.bench_cluster import cluster_bench_lines

        try:
            lines = cluster_bench_lines(source=source, limit=articles)
        except ClusterError as exc:
            raise click.ClickException(str(exc)) from None
        for line in lines:
            click.echo(line)
    if "serve" in parts:
        from crosswire.measure.bench_serve import serve_bench_lines

        for line in serve_bench_lines(source=source, base=articles):
            click.echo(line)


@evaluate.command(name="clean")
@click.option("--dataset", type=click.Path(exists=True, path_type=Path),
              default=Path("../shared/datasets/scrapinghub"), show_default=True,
              help="ScrapingHub benchmark folder (html/ and ground-truth.json).")
@click.option("--mode", type=click.Choice(["text", "html", "both"]), default="both",
              show_default=True, help="Clean all visible text, or extract from the HTML.")
@click.option("--wcxb", type=click.Path(exists=True, path_type=Path), is_flag=False,
              flag_value=WCXB, default=None,
              help=f"Instead: WCXB article pages (folder; {WCXB} if none given), HTML mode "
                   "beside trafilatura's own extraction.")
@click.option("--limit", type=int, help="Only the first N pages.")
def eval_clean(dataset: Path, mode: str, wcxb: Path | None, limit: int | None) -> None:
    """Body-text F1 of the cleaning stage on the ScrapingHub benchmark, or on WCXB.

    Example: crosswire eval clean --wcxb
    """
    from crosswire.measure.eval_clean import report_lines, wcxb_report_lines

    lines = (wcxb_report_lines(dataset=wcxb, limit=limit) if wcxb
             else report_lines(dataset=dataset, mode=mode, limit=limit))
    for line in lines:
        click.echo(line)


@evaluate.command(name="metadata")
@click.argument("path", type=click.Path(exists=True, path_type=Path), default=WCXB,
                required=False)
@click.option("--limit", type=int, help="Only the first N pages.")
def eval_metadata(path: Path, limit: int | None) -> None:
    """Title, author and publication-date accuracy on WCXB pages, beside trafilatura's.

    Example: crosswire eval metadata ../shared/datasets/wcxb
    """
    from crosswire.measure.eval_metadata import report_lines

    for line in report_lines(dataset=path, limit=limit):
        click.echo(line)


@evaluate.command(name="dates")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default=Path("../shared/datasets/ecbplus/dev.jsonl"), required=False)
def eval_dates(path: Path) -> None:
    """The year of a dateline that leaves it out, taken from its gold story (ECB+ articles
    that open with a full date, each tried with the year cut)."""
    from crosswire.measure.eval_dates import report_lines

    for line in report_lines(path=path):
        click.echo(line)


@evaluate.command(name="quotes")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=int, help="Only the first N articles.")
@click.option("--language", default="en", show_default=True,
              help="The articles' language (ISO 639-1): German data takes --language de.")
@click.option("--errors", type=int, default=0, show_default=True,
              help="Up to N example errors of each measure, from the tune part only.")
def eval_quotes(path: Path, limit: int | None, language: str, errors: int) -> None:
    """Statement precision, recall, F1 and speaker accuracy on PolNeAR-format PATH."""
    from crosswire.measure.dataset_lines import DatasetError
    from crosswire.measure.eval_quotes import report_lines

    try:
        lines = report_lines(path=path, limit=limit, language=language, errors=errors)
    except DatasetError:
        raise  # a bad line is the dataset's fault, reported by _Measuring, not a usage error
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    for line in lines:
        click.echo(line)


@evaluate.command(name="quote-cases")
@click.argument("path", type=click.Path(exists=True, path_type=Path),
                default=Path("../shared/datasets/quote_cases/cases.json"))
def eval_quote_cases(path: Path) -> None:
    """Pass or fail per quotation case from textacy's and sayswho's test suites in PATH:
    quotes found, speakers and cues right, false direct quotes."""
    from crosswire.measure.eval_quote_cases import report_lines

    for line in report_lines(path=path):
        click.echo(line)


@evaluate.command(name="actors")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@click.option("--in-text", "in_text", is_flag=True,
              help="Write every spelling as the speaker of a sentence and score the parsed "
                   "mentions as merged (finding the name at all counts too).")
def eval_actors(path: Path | None, in_text: bool) -> None:
    """Pairwise merge precision and recall of actor names (the shipped test set by default)."""
    from crosswire.measure.eval_actors import in_text_lines, report_lines

    for line in (in_text_lines if in_text else report_lines)(path=path):
        click.echo(line)


@evaluate.command(name="events")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@click.option("--own", is_flag=True,
              help="Score an invented set whole, with all its confusions: PATH, or the "
                   "development set tests/fixtures/plover_own.jsonl.")
@click.option("--tune-only", is_flag=True,
              help="Score and print the gold tune half only (for tuning: the held half unseen).")
def eval_events(path: Path | None, own: bool, tune_only: bool) -> None:
    """PLOVER event-type accuracy of the first coded event on gold sentences in PATH
    (../shared/datasets/plover/gsr_dev.jsonl by default, scored in tune and held halves)."""
    from crosswire.measure.eval_events import OWN_PATH, report_lines

    if own:
        lines = report_lines(path=path or OWN_PATH, own=True)
    else:
        lines = report_lines(path=path or Path("../shared/datasets/plover/gsr_dev.jsonl"),
                             tune_only=tune_only)
    for line in lines:
        click.echo(line)


@cli.command()
@click.argument("path")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="Output file (standard output by default).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def events(path: str, output, quiet: bool) -> None:
    """Code PLOVER events in PATH (- for standard input), one JSON line out per row in:
    each line {"id", "text"} of JSON Lines, each line of plain text, each article of
    HTML, a feed or a WARC. Exits non-zero when no row could be coded.

    Example: crosswire events sentences.jsonl -o events.jsonl
    """
    from crosswire.sentence_events import UnreadableInput, code_rows, read_rows

    def report(message: str) -> None:
        show_line(message, err=True)

    try:
        rows = read_rows(path, on_error=report)
    except UnreadableInput as exc:
        raise click.ClickException(str(exc)) from None
    summary = code_rows(rows, output=output, on_error=report, quiet=quiet)
    if summary.all_failed:
        raise click.ClickException(f"no line of {path} could be coded")


@evaluate.command(name="stories")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@click.option("--ecbplus", is_flag=True,
              help="Score the ECB+ event stories (same-topic hard negatives; split by topic) "
                   "instead of the AllSides roundups when PATH is not given.")
@click.option("--limit", type=int, help="Only the first N stories.")
@click.option("--shuffle", "seeds", type=int, multiple=True, metavar="SEED",
              help="Also score the articles arriving in an order shuffled by SEED "
                   "(repeatable).")
def eval_stories(path: Path | None, ecbplus: bool, limit: int | None,
                 seeds: tuple[int, ...]) -> None:
    """B-cubed precision, recall and F1 of story grouping on articles with a gold story in PATH
    (default: the AllSides roundups in ../shared/datasets)."""
    from crosswire.measure.eval_stories import report_lines

    if path is None:
        path = Path("../shared/datasets/ecbplus/dev.jsonl" if ecbplus
                    else "../shared/datasets/allsides/roundups.jsonl")
        if not path.exists():
            raise click.ClickException(f"{path}: no such file (give PATH)")

    for line in report_lines(path=path, limit=limit, shuffle=seeds):
        click.echo(line)


@evaluate.command(name="story-gold")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default=Path("../shared/datasets/allsides/gold_dev.json"))
@click.option("--allsides", "roundups", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="AllSides roundups holding the stories' articles "
                   "[default: ../shared/datasets/allsides/roundups.jsonl].")
@click.option("--stories", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder with STORIES/<story>/articles.jsonl (id, outlet, title, url, "
                   "published, text) instead of --allsides.")
@click.option("--errors", type=int, default=10, show_default=True,
              help="Example errors listed per measure.")
@click.option("--errors-from", default="batch 1", show_default=True,
              help="Which part the listed errors come from: 'all' or 'batch N' (batch 2 is "
                   "held out: do not read its errors while tuning).")
def eval_story_gold(gold: Path, roundups: Path | None, stories: Path | None, errors: int,
                    errors_from: str) -> None:
    """Whole stories against hand gold in GOLD: statement recall and precision, speaker
    accuracy, claims, issues, positions and framing, for all stories and per gold batch."""
    from crosswire.measure.eval_story_gold import report_lines

    if roundups and stories:
        raise click.UsageError("give either --allsides or --stories")
    if stories is None:
        roundups = roundups or Path("../shared/datasets/allsides/roundups.jsonl")
        if not roundups.exists():
            raise click.UsageError(f"no roundups file at {roundups}")
    for line in report_lines(gold_path=gold, allsides=roundups, stories=stories, errors=errors,
                             errors_from=errors_from):
        click.echo(line)
