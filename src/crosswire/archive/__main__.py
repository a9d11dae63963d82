"""``python -m crosswire.archive COMMAND``: the archive commands on their own."""

import click

from crosswire.archive.commands import COMMANDS


@click.group()
def main() -> None:
    """crosswire archive commands: ingest, stories, search, who, export."""


for command in COMMANDS:
    main.add_command(command)

main()
