"""``summarizer summarize PATH|-``."""

from __future__ import annotations

import typer

from summarizer.cli.app import app
from summarizer.fetch import FetchLimits, fetch_url, is_url
from summarizer.inputs import load_text
from summarizer.language import AUTO
from summarizer.methods import DEFAULT_METHOD, available_methods, get_method
from summarizer.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SENTENCES,
    check_limits,
    check_seed,
    make_length,
)
from summarizer.render import RENDERERS, check_format, render

_EXAMPLES = """\b
Examples:
  summarizer summarize article.txt
  summarizer summarize page.html --method textrank --words 60
  cat article.txt | summarizer summarize - --ratio 0.2 --format json
  summarizer summarize article.txt --no-clean --sentences 5 --format markdown
  summarizer summarize https://example.com/news/article.html
"""


@app.command("summarize", epilog=_EXAMPLES)
def summarize_command(
    path: str = typer.Argument(
        ..., metavar="PATH|URL|-",
        help="Article file (text or HTML), an http(s) URL, or - for stdin.",
    ),
    method: str = typer.Option(
        DEFAULT_METHOD, "--method", "-m",
        help=f"One of: {', '.join(available_methods())}.",
    ),
    sentences: int | None = typer.Option(None, "--sentences", "-n",
                                         help="Number of sentences (default 3)."),
    words: int | None = typer.Option(
        None, "--words", "-w", help="Word budget; never exceeded unless one sentence is longer."
    ),
    contiguous: bool | None = typer.Option(
        None, "--contiguous/--no-contiguous",
        help="With --words: stop at the first ranked sentence that does not fit "
             "(default for lead: the opening, in order), or also take lesser ones that do.",
    ),
    ratio: float | None = typer.Option(None, "--ratio", "-r",
                                       help="Fraction of the article's sentences, in (0, 1]."),
    fmt: str = typer.Option("text", "--format", "-f", help=f"One of: {', '.join(RENDERERS)}."),
    language: str = typer.Option(AUTO, "--language", "-l",
                                 help="auto (detect), or a name or ISO code: german, de."),
    seed: int = typer.Option(0, "--seed", help="Seed for methods that use randomness."),
    clean: bool = typer.Option(True, "--clean/--no-clean",
                               help="Strip page chrome, captions, bylines and comments first."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes",
                                  help="Refuse inputs larger than this."),
    max_sentences: int = typer.Option(DEFAULT_MAX_SENTENCES, "--max-sentences",
                                      help="Refuse articles with more sentences than this."),
    allow_private_urls: bool = typer.Option(
        False, "--allow-private-urls",
        help="Let a URL reach loopback, private or link-local addresses (refused by default)."),
) -> None:
    """Summarize one article: plain text, a web-page text dump, or HTML."""
    # Every option is checked before the input is read: a typo fails fast.
    length = make_length(sentences=sentences, words=words, ratio=ratio, contiguous=contiguous)
    check_seed(seed)
    check_format(fmt)
    get_method(method)
    check_limits(max_sentences=max_sentences, max_bytes=max_bytes)
    from summarizer.pipeline import check_language, summarize  # NLTK, sumy: only now

    check_language(language)
    source = (fetch_url(path, limits=FetchLimits(max_bytes=max_bytes,
                                                 allow_private=allow_private_urls))
              if is_url(path) else load_text(path, max_bytes=max_bytes))
    summary = summarize(source.text, method=method, sentences=length.sentences,
                        words=length.words, ratio=length.ratio, contiguous=contiguous,
                        language=language, seed=seed, clean=clean,
                        max_sentences=max_sentences, max_bytes=max_bytes)
    for warning in summary.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(render(summary, fmt=fmt, length=length, language=language, seed=seed))
