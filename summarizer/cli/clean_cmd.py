"""``summarizer clean PATH|-``: show what cleaning keeps, and with ``--explain`` why."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import typer

from summarizer.cli.app import app
from summarizer.errors import InputError, OptionError
from summarizer.inputs import load_text
from summarizer.language import AUTO
from summarizer.options import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from summarizer.clean import CleanedText

_EXAMPLES = """\b
Examples:
  summarizer clean page.txt
  summarizer clean page.html --explain
  cat page.txt | summarizer clean - --explain
  summarizer clean page.html --format json
"""

_LABEL_WIDTH = 10


def render_kept(cleaned: CleanedText) -> str:
    """The article as kept: the title (if any), then subheadings and body paragraphs in
    page order, one per line."""
    head = [cleaned.title] if cleaned.title else []
    return "\n".join([*head, *cleaned.article])


def cleaned_to_dict(cleaned: CleanedText, *, lines: bool) -> dict[str, Any]:
    """A JSON-ready dict: title, language, headings, paragraphs, warnings (and every line)."""
    out: dict[str, Any] = {
        "title": cleaned.title, "language": cleaned.language,
        "headings": list(cleaned.headings), "paragraphs": list(cleaned.paragraphs),
        "warnings": list(cleaned.warnings),
    }
    if lines:
        out["lines"] = [{"number": line.number, "label": line.label, "text": line.text,
                         "evidence": line.evidence} for line in cleaned.lines
                        if line.text.strip()]
    return out


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
    language: str = typer.Option(AUTO, "--language", "-l",
                                 help="auto (detect), or a name or ISO code: german, de."),
    fmt: str = typer.Option("text", "--format", "-f",
                            help="text (the article), or json (title, language, paragraphs; "
                                 "with --explain, every line)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes",
                                  help="Refuse inputs larger than this."),
) -> None:
    """Print the article as kept (title, then subheadings and paragraphs), or explain
    every line."""
    from summarizer.pipeline import check_language, clean_page  # the cleaner: only now

    check_language(language)
    if fmt not in ("text", "json"):
        raise OptionError(f"unknown format {fmt!r}: choose text or json")
    source = load_text(path, max_bytes=max_bytes)
    cleaned = clean_page(source.text, language=language, explain=explain, max_bytes=max_bytes)
    if not cleaned.paragraphs and not explain:
        raise InputError(f"{source.source}: no article text found in it; "
                         "see what was dropped with --explain")
    for warning in cleaned.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if fmt == "json":
        typer.echo(json.dumps(cleaned_to_dict(cleaned, lines=explain), ensure_ascii=False,
                              indent=2))
    elif explain:
        typer.echo(f"# language: {cleaned.language}; title: {cleaned.title or '(none found)'}")
        typer.echo(render_explained(cleaned))
    else:
        typer.echo(render_kept(cleaned))
