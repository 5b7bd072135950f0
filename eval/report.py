"""Formatting an :class:`~eval.runner.EvalResult`: results.json, results.csv, report.md
and the terminal table. Nothing here computes a score.
"""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

from eval.aggregate import __doc__ as AGGREGATION_RULES  # noqa: N812 - a text constant
from eval.records import HUMAN, ORACLE, ExampleRecord
from eval.runner import EvalResult
from eval.scoring import METRICS, MULTI_REFERENCE_RULE
from summarizer.errors import OptionError

ALPHA = 0.05
"""Significance level used to mark differences in the reports."""

OUTPUT_NAMES = ("results.json", "results.csv", "report.md", "rouge.png")
"""The files :func:`write_outputs` writes into the output folder, in order."""


def settings_dict(result: EvalResult) -> dict[str, Any]:
    """The settings that determine the numbers (not ``jobs``: it never changes them)."""
    budget = result.settings.budget
    return {
        "dataset": result.dataset, "digest": result.digest, "examples": result.examples,
        "methods": list(result.settings.methods), "sentences": budget.sentences,
        "words": budget.words, "seed": budget.seed, "bootstrap": result.settings.bootstrap,
        "confidence": 0.95, "clean": budget.clean, "language": budget.language,
        "scorer": "rouge-score RougeScorer(rouge1, rouge2, rougeL, rougeLsum, "
                  "use_stemmer=True); sentences joined by newlines for rougeLsum",
        "multi_reference": MULTI_REFERENCE_RULE,
        "oracle": "greedy: add the sentence maximising mean(ROUGE-1 F1, ROUGE-2 F1) until "
                  "no improvement or the budget is reached",
        "human": "each reference scored against the others of its article (score_multi); "
                 "article value = mean over its references; not in paired tests",
        "max_sentences": result.settings.max_sentences,
        "max_bytes": result.settings.max_bytes,
        "skipped": list(result.skipped),
    }


def _example(record: ExampleRecord) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": record.id, "method": record.method, "summary": list(record.summary),
        "references": list(record.references),
        "scores": {m: record.scores[m].fmeasure for m in METRICS},
        "precision": {m: record.scores[m].precision for m in METRICS},
        "recall": {m: record.scores[m].recall for m in METRICS},
    }
    if record.reference_index is not None:
        row["reference_index"] = record.reference_index
    return row


def to_json(result: EvalResult) -> dict[str, Any]:
    """The results.json document."""
    return {
        "settings": settings_dict(result),
        "aggregate": {
            row: {metric: {"mean": value.mean, "low": value.low, "high": value.high}
                  for metric, value in result.aggregate[row].items()}
            for row in result.rows
        },
        "significance": [
            {"method": c.method, "against": c.against, "metric": c.metric,
             "delta": c.result.delta, "low": c.result.low, "high": c.result.high,
             "p_value": c.result.p_value}
            for c in result.comparisons
        ],
        "examples": [_example(record) for record in result.records],
    }


def write_csv(result: EvalResult, path: Path) -> None:
    """One row per example and method (human: per example and reference)."""
    columns = ["id", "method", "reference_index", *METRICS,
               *(f"{m}_{part}" for m in METRICS for part in ("precision", "recall"))]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for record in result.records:
            index = "" if record.reference_index is None else record.reference_index
            writer.writerow([
                record.id, record.method, index,
                *(f"{record.scores[m].fmeasure:.6f}" for m in METRICS),
                *(f"{getattr(record.scores[m], part):.6f}"
                  for m in METRICS for part in ("precision", "recall")),
            ])


def table_lines(result: EvalResult) -> list[str]:
    """The main table (ROUGE F1 × 100, mean [95% interval]) as Markdown lines."""
    lines = ["| method | " + " | ".join(METRICS) + " |",
             "|---|" + "---|" * len(METRICS)]
    for row in result.rows:
        cells = [f"{100 * v.mean:.2f} [{100 * v.low:.2f}, {100 * v.high:.2f}]"
                 for v in (result.aggregate[row][m] for m in METRICS)]
        label = f"*{row}*" if row in (ORACLE, HUMAN) else row
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def significance_lines(result: EvalResult) -> list[str]:
    """Paired tests as a Markdown table: Δ F1 × 100, its interval and the p-value."""
    lines = ["| method | against | metric | Δ F1 | 95% interval | p |",
             "|---|---|---|---|---|---|"]
    for c in result.comparisons:
        mark = " *" if c.result.p_value < ALPHA else ""
        lines.append(f"| {c.method} | {c.against} | {c.metric} | {100 * c.result.delta:+.2f} "
                     f"| [{100 * c.result.low:+.2f}, {100 * c.result.high:+.2f}] "
                     f"| {c.result.p_value:.4f}{mark} |")
    return lines


def markdown(result: EvalResult, *, seconds: float | None = None, jobs: int = 1) -> str:
    """The report.md text: settings, table, rules, significance."""
    s = settings_dict(result)
    budget = f"{s['sentences']} sentences" if s["sentences"] else f"{s['words']} words"
    parts = [
        f"# Evaluation: {s['dataset']}", "",
        f"- examples: {s['examples']}; budget for every method and the oracle: {budget}",
        f"- seed: {s['seed']}; bootstrap resamples: {s['bootstrap']} (percentile, 95%)",
        f"- scorer: {s['scorer']}", f"- {s['multi_reference']}", f"- oracle: {s['oracle']}",
        f"- human: {s['human']}", f"- cleaning: {'on' if s['clean'] else 'off'}; "
        f"data digest: `{s['digest'][:16]}`",
    ]
    if seconds is not None:
        parts.append(f"- wall time: {seconds:.1f} s with --jobs {jobs}")
    parts += ["", "## ROUGE F1 × 100, mean [95% bootstrap interval]", "", *table_lines(result),
              "", "## Paired bootstrap tests (same resamples; * p < 0.05)", "",
              *significance_lines(result), "", "## Aggregation rules", "",
              (AGGREGATION_RULES or "").strip()]
    if result.skipped:
        parts += ["", "## Skipped records", "", *(f"- {line}" for line in result.skipped)]
    return "\n".join(parts) + "\n"


def _create(out: Path) -> list[Path]:
    """Create ``out`` and its missing parents; return the folders created, outermost first."""
    missing = [folder for folder in (out, *out.parents) if not folder.exists()][::-1]
    created: list[Path] = []
    try:
        for folder in missing:
            folder.mkdir()
            created.append(folder)
    except OSError:
        _remove(created)
        raise
    return created


def _remove(created: list[Path]) -> None:
    for folder in reversed(created):
        folder.rmdir()


def check_output_folder(out: Path) -> None:
    """Make sure the outputs can be written into ``out``, before anything is scored.

    A folder that does not exist yet is created for the test and removed again.

    Raises:
        OptionError: ``out`` is a file, cannot be created or written to, or one of
            the output names is taken by a folder.
    """
    hint = "choose a writable folder with --out DIR"
    if out.exists() and not out.is_dir():
        raise OptionError(f"--out {str(out)!r} is a file; give a folder (it is created "
                          "if missing)")
    for name in OUTPUT_NAMES:
        if (out / name).is_dir():
            raise OptionError(f"--out {str(out)!r} has a folder named {name!r}; remove it, "
                              f"or {hint}")
    try:
        created = _create(out)
    except OSError as error:
        raise OptionError(f"cannot create --out {str(out)!r}: {error.strerror}; "
                          f"{hint}") from None
    try:
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as error:
        raise OptionError(f"cannot write into --out {str(out)!r}: {error.strerror}; "
                          f"{hint}") from None
    finally:
        _remove(created)


def write_outputs(result: EvalResult, out: Path, *, seconds: float | None = None,
                  jobs: int = 1) -> list[Path]:
    """Write results.json, results.csv, report.md and rouge.png into ``out``."""
    from eval.plot import plot

    out.mkdir(parents=True, exist_ok=True)
    paths = [out / name for name in OUTPUT_NAMES]
    paths[0].write_text(json.dumps(to_json(result), indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    write_csv(result, paths[1])
    paths[2].write_text(markdown(result, seconds=seconds, jobs=jobs), encoding="utf-8")
    plot(result, paths[3])
    return paths
