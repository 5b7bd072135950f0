"""``summarizer clean PATH|-``: show what cleaning keeps, and with ``--explain`` why."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from summarizer.cli.app import app
from summarizer.errors import InputError
from summarizer.inputs import load_text
from summarizer.options import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from summarizer.clean import CleanedText

_EXAMPLES = """\b
Examples:
  summarizer clean page.txt
  summarizer clean page.html --explain
  cat page.txt | summarizer clean - --explain
"""

_LABEL_WIDTH = 10


def render_kept(cleaned: CleanedText) -> str:
    """The article as kept: the title (if any), then the body paragraphs, one per line."""
    head = [cleaned.title] if cleaned.title else []
    return "\n".join([*head, *cleaned.paragraphs])


def render_explained(cleaned: CleanedText) -> str:
    """Every input line with its number, label and evidence (blank lines omitted)."""
    rows = [
        f"{line.number:>5}  {line.label:<{_LABEL_WIDTH}}  {line.text.strip()}\n"
        f"{'':>5}  {'':<{_LABEL_WIDTH}}  ^ {line.evidence}"
        for line in cleaned.lines if line.text.strip()
    ]
    return "\n".join(rows)


@app.command("clean", epilog=_EXAMPLES)
def clean_command(
    path: str = typer.Argument(..., metavar="PATH|-",
                               help="Page file (text or HTML), or - for stdin."),
    explain: bool = typer.Option(False, "--explain",
                                 help="Show every input line with its label and the evidence."),
    language: str = typer.Option("english", "--language", "-l",
                                 help="Language of the stop words used to recognise prose."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes",
                                  help="Refuse inputs larger than this."),
) -> None:
    """Print the article as kept (title, then body paragraphs), or explain every line."""
    from summarizer.pipeline import check_language, clean_page  # the cleaner: only now

    check_language(language)
    source = load_text(path, max_bytes=max_bytes)
    cleaned = clean_page(source.text, language=language, max_bytes=max_bytes)
    if not cleaned.paragraphs and not explain:
        raise InputError(f"{source.source}: no article text found in it; "
                         "see what was dropped with --explain")
    for warning in cleaned.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(render_explained(cleaned) if explain else render_kept(cleaned))
