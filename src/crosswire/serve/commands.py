"""``crosswire serve``: the archive in a browser (registered by cli.py)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from crosswire.archive.commands import db_option

LOCAL_HOSTS = {"localhost"}


def is_local(host: str) -> bool:
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (anything but loopback exposes the archive).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
def serve(db: Path, host: str, port: int) -> None:
    """Browse the archive: stories, briefings, articles with their spans, actors,
    outlets and search, each page with a JSON twin. Read-only; ingest may run beside it.

    Example: crosswire serve --db news.db --port 8000
    """
    try:
        import uvicorn

        from crosswire.serve.app import create_app
    except ImportError as exc:
        raise click.ClickException(f"crosswire serve needs the serve extra "
                                   f"(pip install 'crosswire[serve]'): {exc}") from None
    from crosswire.archive.db import ArchiveError
    from crosswire.serve.db import prepare

    try:
        prepare(db)
    except (FileNotFoundError, ArchiveError) as exc:
        raise click.ClickException(str(exc)) from None
    if not is_local(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the "
                   "whole archive (no login); the default 127.0.0.1 keeps it to this machine",
                   err=True)
    click.echo(f"crosswire: serving {db} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(create_app(db=db), host=host, port=port, log_level="warning")
