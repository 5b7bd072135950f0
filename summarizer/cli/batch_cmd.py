"""``summarizer batch INPUT… --out OUT``: every document and method, streamed, resumable."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

import typer

from summarizer.cli.app import BAD_INPUT, app
from summarizer.language import AUTO
from summarizer.methods import DEFAULT_METHOD, available_methods
from summarizer.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES

_EXAMPLES = """\b
Examples:
  summarizer batch articles.jsonl.gz --out summaries.jsonl --methods lead,lexrank --jobs 2
  summarizer batch pages/ --out summaries.parquet --words 60
  summarizer batch archive.parquet --text-field body --id-field url --out s.jsonl --resume
  cat articles.jsonl | summarizer batch - --out summaries.jsonl
  summarizer batch 'cnndm/*.jsonl' --out s.jsonl --engine dask --scheduler tcp://head:8786
"""

_REFRESH_SECONDS = 0.5


class ProgressLine:
    """Documents done, rate and ETA on one line of a terminal, redrawn twice a second."""

    def __init__(self, total: int | None, *, stream: TextIO) -> None:
        """Start the clock; ``total`` (``None`` when unknown, e.g. stdin) gives the ETA."""
        self.total, self.stream = total, stream
        self.done = self.counted = 0
        self.started = self.drawn = time.monotonic()

    def __call__(self, finished: int) -> None:
        """Count ``finished`` documents; redraw if it is time."""
        if self.done == 0 and finished and self.counted == 0:
            self.counted = finished  # documents an earlier run did are not in the rate
            self.started = time.monotonic()
        self.done += finished
        now = time.monotonic()
        if now - self.drawn >= _REFRESH_SECONDS:
            self.drawn = now
            self.draw(now)

    def draw(self, now: float) -> None:
        """Write the line."""
        rate = (self.done - self.counted) / max(now - self.started, 1e-9)
        line = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "") + " documents"
        line += f"  {rate:,.1f}/s"
        if self.total and rate > 0:
            left = int(max(self.total - self.done, 0) / rate)
            line += f"  ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        self.stream.write(f"\r{line}\033[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the last figures and end the line."""
        self.draw(time.monotonic())
        self.stream.write("\n")


@app.command("batch", epilog=_EXAMPLES)
def batch_command(
    inputs: list[str] = typer.Argument(  # noqa: B008 (Typer reads options from defaults)
        ..., metavar="INPUT…", help="JSON Lines (.jsonl, .jsonl.gz; - for stdin), Parquet, "
        ".txt/.html files, directories of them, or glob patterns."),
    out: str = typer.Option(..., "--out", "-o", help="Output: .jsonl or .parquet."),
    methods: str = typer.Option(DEFAULT_METHOD, "--methods", "-m", help=(
        f"Comma-separated, from: {', '.join(available_methods())}.")),
    sentences: int | None = typer.Option(None, "--sentences", "-n",
                                         help="Number of sentences (default 3)."),
    words: int | None = typer.Option(None, "--words", "-w", help="Word budget instead."),
    contiguous: bool | None = typer.Option(
        None, "--contiguous/--no-contiguous",
        help="With --words: stop at the first ranked sentence that does not fit, or not."),
    ratio: float | None = typer.Option(None, "--ratio", "-r",
                                       help="Fraction of each article's sentences."),
    language: str = typer.Option(AUTO, "--language", "-l",
                                 help="auto (detect each), or a name or ISO code."),
    seed: int = typer.Option(0, "--seed", help="Seed for methods that use randomness."),
    clean: bool = typer.Option(True, "--clean/--no-clean", help="Strip page chrome first."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes",
                                  help="Fail documents larger than this."),
    max_sentences: int = typer.Option(DEFAULT_MAX_SENTENCES, "--max-sentences",
                                      help="Fail documents with more sentences than this."),
    text_field: str = typer.Option("article", "--text-field",
                                   help="JSON Lines / Parquet field with the text."),
    id_field: str = typer.Option("id", "--id-field", help="JSON Lines / Parquet id field."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (same output)."),
    engine: str = typer.Option("local", "--engine", help="local, or dask (a cluster)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help=(
        "Dask scheduler address (tcp://host:8786); default: a local cluster of --jobs.")),
    resume: bool = typer.Option(False, "--resume",
                                help="Finish an interrupted run into the same --out."),
    shard_size: int = typer.Option(16, "--shard-size", help="Documents per unit of work."),
) -> None:
    """Summarize every document of the inputs with every method, one record each."""
    from summarizer import validate
    from summarizer.batch.engines import make_engine
    from summarizer.batch.options import make_batch_options
    from summarizer.batch.run import run_batch
    from summarizer.batch.sources import Fields, count_documents, open_sources

    options = make_batch_options(methods=methods, sentences=sentences, words=words,
                                 ratio=ratio, contiguous=contiguous, language=language,
                                 seed=seed, clean=clean, max_sentences=max_sentences,
                                 max_bytes=max_bytes)
    chosen = make_engine(engine=engine, jobs=jobs, scheduler=scheduler)
    validate.whole_number(shard_size, parameter="shard_size")
    fields = Fields(text=text_field, id=id_field)
    progress = None
    if sys.stderr.isatty():
        progress = ProgressLine(count_documents(open_sources(inputs, fields=fields),
                                                fields=fields), stream=sys.stderr)
    try:
        report = run_batch(inputs, out=Path(out), options=options, engine=chosen,
                           resume=resume, fields=fields, shard_size=shard_size,
                           progress=progress)
    except KeyboardInterrupt:
        if progress:
            progress.close()
        typer.echo(f"{out}: the documents done are kept; rerun the same command with "
                   "--resume to finish", err=True)
        raise
    if progress:
        progress.close()
    if report.dropped:
        typer.echo(f"warning: {out}: cut off {report.dropped:,} bytes an interrupted run left "
                   "incomplete; those documents were done again", err=True)
    resumed = f", {report.resumed:,} of them by an earlier run" if report.resumed else ""
    typer.echo(f"{report.documents:,} documents{resumed}: {report.records:,} records, "
               f"{report.records - report.failed:,} done, {report.failed:,} failed; "
               f"wrote {out}", err=True)
    if report.failed:
        raise typer.Exit(BAD_INPUT)
