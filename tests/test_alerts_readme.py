"""Every alerts command and option is documented in README.md."""

from __future__ import annotations

from pathlib import Path

import click

from sahelwatch.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    return [(f"{prefix} {name}", command) for name, command in sorted(group.commands.items())]


def test_every_alerts_command_and_option_is_in_the_readme() -> None:
    missing = []
    for name in ("watch", "alerts", "reports"):
        group = main.commands[name]
        assert isinstance(group, click.Group)
        for path, command in _commands(group, f"sahelwatch {name}"):
            if path not in README:
                missing.append(path)
            for param in command.params:
                for option in getattr(param, "opts", []):
                    if option.startswith("--") and option not in README:
                        missing.append(f"{path} {option}")
    assert missing == []
