"""``summarizer eval``: ROUGE of every method on the reference suite or a dataset."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from summarizer.cli.app import app, fail
from summarizer.errors import OptionError
from summarizer.methods import available_methods
from summarizer.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES

if TYPE_CHECKING:
    from eval.runner import EvalResult, EvalSettings, PreparedDataset

_EXAMPLES = """\b
Examples:
  summarizer eval
  summarizer eval --dataset ../shared/data/cnndm_dev.jsonl --jobs 2 --out runs/cnndm
  summarizer eval --methods textrank,lexrank --words 75 --bootstrap 2000 --seed 7
  summarizer eval --check-baseline
  summarizer eval --dataset cnndm_test.jsonl --engine dask --scheduler tcp://head:8786
"""


def _method_list(methods: str | None) -> list[str] | None:
    if methods is None:
        return None
    return [name.strip() for name in methods.split(",") if name.strip()]


@dataclass(frozen=True, slots=True)
class GateRequest:
    """What the quality-gate options ask for."""

    check: bool
    update: bool
    allow_regression: bool
    path: Path | None

    @property
    def wanted(self) -> bool:
        """Whether the gate runs at all."""
        return self.check or self.update


@contextmanager
def _progress(length: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing at all otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    with typer.progressbar(length=length, label=label, file=sys.stderr, show_pos=True,
                           show_eta=True) as bar:
        yield bar.update


def _prepare(dataset: str | None, suite: str | None, *, skip_bad: bool, out: Path,
             settings: EvalSettings, request: GateRequest) -> PreparedDataset:
    """Check every option, the output folder and the data, before anything is scored.

    The articles are cleaned and split here, so an article over a limit is found
    (and with ``--skip-bad`` left out and listed) before the first one is scored.
    """
    from eval import gate
    from eval.data import load_dataset, load_suite
    from eval.report import check_output_folder
    from eval.runner import check_examples

    if dataset is not None and suite is not None:
        raise OptionError("--dataset and --suite conflict: give only one")
    if request.wanted and dataset is not None:
        raise OptionError("the quality gate runs on the reference suite: drop --dataset")
    check_output_folder(out)
    data = load_dataset(dataset, skip_bad=skip_bad) if dataset else load_suite(suite)
    gate.precheck(settings, digest=data.digest, check=request.check, update=request.update,
                  allow_regression=request.allow_regression, path=request.path)
    with _progress(len(data.examples), f"checking {data.name}") as progress:
        prepared = check_examples(data, settings=settings, skip_bad=skip_bad,
                                  progress=progress)
    for line in prepared.dataset.skipped:
        typer.echo(f"warning: skipped {line}", err=True)
    return prepared


def _run(prepared: PreparedDataset, settings: EvalSettings) -> tuple[EvalResult, float]:
    """Score with a progress bar on stderr (on a terminal); time it."""
    from eval.runner import run_evaluation

    data = prepared.dataset
    started = time.perf_counter()
    label = f"scoring {data.name} ({len(settings.methods)} methods, {settings.jobs} jobs)"
    with _progress(len(data.examples), label) as progress:
        result = run_evaluation(prepared, settings=settings, progress=progress)
    return result, time.perf_counter() - started


def _write(result: EvalResult, out: Path, *, seconds: float) -> None:
    """The four output files, the table on stdout and a summary line on stderr."""
    from eval.report import table_lines, write_outputs

    paths = write_outputs(result, out, seconds=seconds, jobs=result.settings.jobs)
    typer.echo("\n".join(table_lines(result)))
    typer.echo(f"{result.examples} articles in {seconds:.1f} s; wrote "
               + ", ".join(str(p) for p in paths), err=True)


def _gate(result: EvalResult, request: GateRequest) -> None:
    from eval import gate

    if request.update:
        gate.update(result, path=request.path, allow_regression=request.allow_regression)
        typer.echo(f"baseline written to {request.path or gate.default_path()}", err=True)
    if request.check:
        problems = gate.check(result, gate.load_baseline(request.path))
        if problems:
            fail("quality gate failed: " + "; ".join(problems))
        typer.echo("quality gate passed", err=True)


@app.command("eval", epilog=_EXAMPLES)
def eval_command(
    dataset: str | None = typer.Option(None, "--dataset", "-d", help=(
        "JSON Lines: id, article, and reference (string), references (list) or highlights. "
        "Default: the bundled reference suite.")),
    suite: str | None = typer.Option(None, "--suite", help="A suite folder with manifest.json."),
    methods: str | None = typer.Option(None, "--methods", "-m", help=(
        f"Comma-separated, from: {', '.join(available_methods())} (default: all; "
        "lead and random are always included).")),
    sentences: int | None = typer.Option(None, "--sentences", "-n",
                                         help="Sentences per summary (default 3)."),
    words: int | None = typer.Option(None, "--words", "-w", help="Word budget instead."),
    seed: int = typer.Option(0, "--seed", help="Seed for random methods and the bootstrap."),
    bootstrap: int = typer.Option(1000, "--bootstrap", help="Bootstrap resamples."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (same results)."),
    engine: str = typer.Option("local", "--engine", help=(
        "local, or dask: score on a Dask cluster, as summarizer batch does (same results).")),
    scheduler: str | None = typer.Option(None, "--scheduler", help=(
        "Dask scheduler address (tcp://host:8786); default: a local cluster of --jobs.")),
    out: str = typer.Option("eval-results", "--out", "-o", help="Output folder."),
    clean: bool = typer.Option(True, "--clean/--no-clean", help="Clean articles first."),
    language: str = typer.Option("english", "--language", "-l", help="Article language."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help=(
        "Skip bad records and articles over a limit (each one reported).")),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes",
                                  help="Refuse articles larger than this (UTF-8 bytes)."),
    max_sentences: int = typer.Option(DEFAULT_MAX_SENTENCES, "--max-sentences",
                                      help="Refuse articles with more sentences than this."),
    check_baseline: bool = typer.Option(False, "--check-baseline",
                                        help="Fail if a method is below its pinned floor."),
    update_baseline: bool = typer.Option(False, "--update-baseline",
                                         help="Re-measure the floors on the suite."),
    allow_regression: bool = typer.Option(False, "--allow-regression",
                                           help="Let --update-baseline lower floors."),
    baseline: str | None = typer.Option(None, "--baseline", help="Baseline file to use."),
) -> None:
    """Score every method with ROUGE (rouge-score, stemmed) against human references."""
    from eval.runner import make_settings

    settings = make_settings(methods=_method_list(methods), sentences=sentences, words=words,
                             seed=seed, bootstrap=bootstrap, jobs=jobs, clean=clean,
                             language=language, max_sentences=max_sentences,
                             max_bytes=max_bytes, engine=engine, scheduler=scheduler)
    request = GateRequest(check=check_baseline, update=update_baseline,
                          allow_regression=allow_regression,
                          path=Path(baseline) if baseline else None)
    prepared = _prepare(dataset, suite, skip_bad=skip_bad, out=Path(out), settings=settings,
                        request=request)
    result, seconds = _run(prepared, settings)
    _write(result, Path(out), seconds=seconds)
    _gate(result, request)
