"""Every command and option of the `sahelwatch` CLI is mentioned in README.md."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from sahelwatch.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def walk(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Command]]:
    yield " ".join(("sahelwatch", *path)), command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from walk(sub, (*path, name))


def test_every_command_and_option_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = []
    for name, command in walk(main):
        if name != "sahelwatch" and name not in text:
            missing.append(name)
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            longest = max(param.opts, key=len)
            if longest != "--help" and longest not in text:
                missing.append(f"{name} {longest}")
    assert not missing, f"not documented in README.md: {missing}"
