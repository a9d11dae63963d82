"""Every command is documented: a command without help is a defect (sqlite-utils habit)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from crosswire.cli import cli

ROOT = Path(__file__).resolve().parents[1]


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




@pytest.mark.parametrize("name", sorted(cli.commands))
def test_commands_are_in_the_readme(name: str) -> None:
    assert f"crosswire {name}" in (ROOT / "README.md").read_text("utf-8")


def test_every_data_file_is_described() -> None:
    data = ROOT / "src" / "crosswire" / "data"
    described = (data / "README.md").read_text("utf-8")
    for path in sorted(data.iterdir()):
        if path.suffix in {".jsonl", ".json"}:
            assert f"`{path.name}`" in described, f"{path.name} has no line in data/README.md"
