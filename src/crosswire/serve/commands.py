"""``crosswire serve``: the archive in a browser (registered by cli.py)."""

from __future__ import annotations

import ipaddress
import os
import socket
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
    listening = listen(host, port)  # first: a port in use is then the only line
    if not is_local(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the "
                   "whole archive (no login); the default 127.0.0.1 keeps it to this machine",
                   err=True)
    bound = listening.getsockname()[1]  # port 0: the one the system chose
    shown = f"[{host}]" if ":" in host else host  # an IPv6 address, as a URL writes it
    click.echo(f"crosswire: serving {db} at http://{shown}:{bound}/ (Ctrl-C stops)", err=True)
    config = uvicorn.Config(create_app(db=db), log_level="warning")
    uvicorn.Server(config).run(sockets=[listening])


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, bound before the server is announced: a
    port in use or an address not this machine's is one line, not "serving" and then
    the server's own error."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        # the system's words ("address already in use") without the address create_server
        # appends; a name that does not resolve has its resolver's (a negative errno)
        reason = os.strerror(exc.errno) if (exc.errno or 0) > 0 else exc.strerror or str(exc)
        raise click.ClickException(f"cannot listen on {host}:{port}: "
                                   f"{reason[:1].lower()}{reason[1:]}") from None
