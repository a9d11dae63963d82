"""Every command is documented: a command without help is a defect (sqlite-utils habit)."""

from __future__ import annotations

import click
import pytest

from crosswire.cli import cli


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, prefix + name + " "))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(cli))
def test_commands_have_help(name: str, command: click.Command) -> None:
    assert command.help, f"crosswire {name} is missing its help"


@pytest.mark.parametrize(("name", "command"), _commands(cli))
def test_options_have_help(name: str, command: click.Command) -> None:
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in {"help", "version"}:
            assert param.help, f"crosswire {name} {param.opts[0]} is missing its help"
