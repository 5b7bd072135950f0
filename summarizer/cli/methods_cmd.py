"""``summarizer methods``: the registry as a table (plain or Markdown for the README)."""

from __future__ import annotations

import typer

from summarizer.cli.app import app
from summarizer.methods import DEFAULT_METHOD, all_methods


def methods_markdown() -> str:
    """The README's method table, generated from the registry."""
    rows = ["| method | kind | description |", "|---|---|---|"]
    for method in all_methods():
        name = f"`{method.name}`" + (" (default)" if method.name == DEFAULT_METHOD else "")
        rows.append(f"| {name} | {method.kind} | {method.description} |")
    return "\n".join(rows)


def methods_plain() -> str:
    """An aligned plain-text table for the terminal."""
    width = max(len(m.name) for m in all_methods()) + 1
    lines = [f"{'METHOD'.ljust(width)} {'KIND'.ljust(10)} DESCRIPTION"]
    for method in all_methods():
        name = method.name + ("*" if method.name == DEFAULT_METHOD else "")
        lines.append(f"{name.ljust(width)} {method.kind.ljust(10)} {method.description}")
    lines.append("\n* default method")
    return "\n".join(lines)


@app.command("methods")
def methods_command(
    markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table."),
) -> None:
    """List every summarization method with a one-line description."""
    typer.echo(methods_markdown() if markdown else methods_plain())
