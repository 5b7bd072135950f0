"""``summarizer methods``: the registry as a table."""

from __future__ import annotations

import typer

from summarizer.cli.app import app
from summarizer.methods import DEFAULT_METHOD, all_methods


@app.command("methods")
def methods_command() -> None:
    """List every summarization method with a one-line description."""
    width = max(len(m.name) for m in all_methods())
    typer.echo(f"{'METHOD'.ljust(width)}  KIND       DESCRIPTION")
    for method in all_methods():
        name = method.name + ("*" if method.name == DEFAULT_METHOD else "")
        typer.echo(f"{name.ljust(width + 1)} {method.kind.ljust(10)} {method.description}")
    typer.echo("\n* default method")
