"""Benchmark runs of the evaluation harness on the shared news datasets.

Usage (from the repository root):
    .venv/bin/python benchmarks/eval_datasets.py --jobs 2 --out runs

* CNN/DailyMail (``cnndm_dev.jsonl``): scored once (timed), reported for all
  stories and for CNN and Daily Mail separately (ids ``cnn-``/``dm-``), because
  this sample's mix (50% CNN) differs from the full test set's (9.5% CNN).
* Lead-3 cross-check: the first three sentences of each article by our splitter,
  scored by rouge-score directly, must equal the harness's lead row.
* SummEval (``summeval_multiref.jsonl``): 11 references per story.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rouge_score import rouge_scorer

from eval.data import Dataset, load_dataset
from eval.records import ExampleRecord
from eval.report import table_lines, write_outputs
from eval.runner import EvalSettings, build_result, make_settings, run_evaluation
from eval.scoring import METRICS
from summarizer.split import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _subset(dataset: Dataset, prefix: str) -> Dataset:
    kept = tuple(e for e in dataset.examples if e.id.startswith(prefix))
    return Dataset(name=f"{dataset.name} [{prefix}*]", examples=kept, digest=dataset.digest)


def lead3_check(dataset: Dataset, records: list[ExampleRecord]) -> str:
    """Independent Lead-3: our splitter's first 3 sentences, rouge-score called directly."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    harness = {r.id: r for r in records if r.method == "lead"}
    worst, differing = 0.0, 0
    for example in dataset.examples:
        lead = split_sentences(example.article)[:3]
        if list(harness[example.id].summary) != lead:
            differing += 1
        targets = ["\n".join(split_sentences(text)) for text in example.references]
        direct = scorer.score_multi(targets, "\n".join(lead))
        for metric in METRICS:
            gap = abs(direct[metric].fmeasure - harness[example.id].scores[metric].fmeasure)
            worst = max(worst, gap)
    return (f"lead-3 cross-check on {len(dataset.examples)} articles: {differing} summaries "
            f"differ from the first 3 sentences; max |ΔF1| = {worst:.2e}")


def _report(dataset: Dataset, records: list[ExampleRecord], settings: EvalSettings,
            out: Path, seconds: float | None = None) -> None:
    result = build_result(dataset, records, settings=settings)
    write_outputs(result, out, seconds=seconds, jobs=settings.jobs)
    print(f"\n### {result.dataset} ({result.examples} articles)\n")
    print("\n".join(table_lines(result)))


def run_cnndm(path: Path, settings: EvalSettings, out: Path) -> None:
    """Score CNN/DM once; report all, CNN and DM; cross-check Lead-3."""
    dataset = load_dataset(path)
    started = time.perf_counter()
    records = list(run_evaluation(dataset, settings=settings).records)
    seconds = time.perf_counter() - started
    print(f"CNN/DM: {len(dataset.examples)} articles in {seconds:.1f} s "
          f"with --jobs {settings.jobs}")
    _report(dataset, records, settings, out / "cnndm", seconds)
    for prefix in ("cnn-", "dm-"):
        _report(_subset(dataset, prefix), records, settings, out / prefix.rstrip("-"))
    print("\n" + lead3_check(dataset, records))


def main() -> int:
    """Run the benchmarks; tables go to stdout, outputs to ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "runs")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--only", choices=("cnndm", "summeval"), default=None)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to do", file=sys.stderr)
        return 1
    settings = make_settings(jobs=args.jobs, bootstrap=args.bootstrap)
    if args.only in (None, "cnndm"):
        run_cnndm(args.data / "cnndm_dev.jsonl", settings, args.out)
    if args.only in (None, "summeval"):
        summeval = load_dataset(args.data / "summeval_multiref.jsonl")
        started = time.perf_counter()
        records = list(run_evaluation(summeval, settings=settings).records)
        _report(summeval, records, settings, args.out / "summeval",
                time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
