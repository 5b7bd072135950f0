"""Benchmark runs of the evaluation harness on the shared news datasets.

Usage (from the repository root):
    .venv/bin/python benchmarks/eval_datasets.py --jobs 2 --out runs

* CNN/DailyMail (``cnndm_dev.jsonl``): scored once (timed), reported for all
  stories and for CNN and Daily Mail separately (ids ``cnn-``/``dm-``), because
  this sample's mix (50% CNN) differs from the full test set's (9.5% CNN).
* Lead-3 consistency check: the first three sentences of each article by our
  splitter, scored by rouge-score directly, must equal the harness's lead row.
  This proves the harness adds nothing of its own, but it shares our splitter.
* Lead-3 with other splitters (independent of this package): pysbd, syntok and
  blingfire (the ``bench`` extra; a missing one is skipped) split both the article
  and the references; rouge-score scores the first three sentences directly
  (stemmed, sentences joined by newlines for rougeLsum). The table shows how much
  Lead-3 moves with the splitter, per CNN, DM and SummEval, against our lead row.
* SummEval (``summeval_multiref.jsonl``): 11 references per story.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rouge_score import rouge_scorer

from eval.data import Dataset, load_dataset
from eval.records import ExampleRecord
from eval.report import table_lines, write_outputs
from eval.runner import EvalSettings, build_result, make_settings, run_evaluation
from eval.scoring import METRICS
from summarizer.split import split_sentences

ROOT = Path(__file__).resolve().parent.parent
FILES = {"cnndm": "cnndm_dev.jsonl", "summeval": "summeval_multiref.jsonl"}

Slice = tuple[str, Dataset, list[ExampleRecord]]
"""A label, its articles and their records (SummEval's ids are also CNN/DM ids)."""


def _subset(dataset: Dataset, prefix: str) -> Dataset:
    kept = tuple(e for e in dataset.examples if e.id.startswith(prefix))
    return Dataset(name=f"{dataset.name} [{prefix}*]", examples=kept, digest=dataset.digest)


def lead3_check(dataset: Dataset, records: list[ExampleRecord]) -> str:
    """Consistency check: our splitter's first 3 sentences, rouge-score called directly."""
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
    return (f"lead-3 consistency check on {len(dataset.examples)} articles: {differing} "
            f"summaries differ from the first 3 sentences; max |ΔF1| = {worst:.2e}")


Splitter = Callable[[str], list[str]]

INDEPENDENT_METRICS = ("rouge1", "rouge2", "rougeLsum")


def _per_line(split_line: Callable[[str], Iterable[str]]) -> Splitter:
    """Split each non-blank line on its own (a line break always ends a sentence)."""
    def split(text: str) -> list[str]:
        pieces = (p.strip() for line in text.splitlines() for p in split_line(line))
        return [piece for piece in pieces if piece]
    return split


def _pysbd() -> Splitter:
    import pysbd

    return _per_line(pysbd.Segmenter(language="en", clean=False).segment)


def _syntok() -> Splitter:
    from syntok import segmenter

    def split_line(line: str) -> Iterator[str]:
        for paragraph in segmenter.analyze(line):
            for sentence in paragraph:
                yield line[sentence[0].offset:sentence[-1].offset + len(sentence[-1].value)]
    return _per_line(split_line)


def _blingfire() -> Splitter:
    import blingfire

    return _per_line(lambda line: blingfire.text_to_sentences(line).split("\n"))


OTHER_SPLITTERS: dict[str, Callable[[], Splitter]] = {
    "pysbd": _pysbd, "syntok": _syntok, "blingfire": _blingfire}
"""Splitters from other projects, built lazily (the ``bench`` extra)."""


def other_splitters() -> dict[str, Splitter]:
    """The installed ones; a missing package is reported and skipped."""
    found: dict[str, Splitter] = {}
    for name, build in OTHER_SPLITTERS.items():
        try:
            found[name] = build()
        except ImportError:
            print(f"{name} is not installed (pip install -e '.[bench]'); skipped",
                  file=sys.stderr)
    return found


def independent_lead3(dataset: Dataset, split: Splitter) -> tuple[dict[str, float], int]:
    """Mean F1 of Lead-3 by ``split``, scored by rouge-score alone; and how many
    articles get a different Lead-3 than our splitter's (whitespace ignored)."""
    scorer = rouge_scorer.RougeScorer(list(INDEPENDENT_METRICS), use_stemmer=True)
    sums = dict.fromkeys(INDEPENDENT_METRICS, 0.0)
    differing = 0
    for example in dataset.examples:
        lead = split(example.article)[:3]
        if " ".join(lead).split() != " ".join(split_sentences(example.article)[:3]).split():
            differing += 1
        targets = ["\n".join(split(text)) for text in example.references]
        scores = scorer.score_multi(targets, "\n".join(lead))
        for metric in INDEPENDENT_METRICS:
            sums[metric] += scores[metric].fmeasure
    return {m: total / len(dataset.examples) for m, total in sums.items()}, differing


def splitter_table(slices: list[Slice], splitters: dict[str, Splitter]) -> list[str]:
    """Markdown rows: Lead-3 R1/R2/RLsum × 100 per slice and splitter, and Δ from ours."""
    lines = ["| data | splitter | R1 | R2 | RLsum | Δ R1 | Δ R2 | Δ RLsum | Lead-3 differs |",
             "|---|---|---|---|---|---|---|---|---|"]
    for label, dataset, records in slices:
        wanted = {e.id for e in dataset.examples}
        leads = [r for r in records if r.method == "lead" and r.id in wanted]
        ours = {m: sum(r.scores[m].fmeasure for r in leads) / len(leads)
                for m in INDEPENDENT_METRICS}
        lines.append(f"| {label} | ours (harness) | "
                     + " | ".join(f"{100 * ours[m]:.2f}" for m in INDEPENDENT_METRICS)
                     + " | | | | |")
        for name, split in splitters.items():
            theirs, differing = independent_lead3(dataset, split)
            lines.append(f"| {label} | {name} | "
                         + " | ".join(f"{100 * theirs[m]:.2f}" for m in INDEPENDENT_METRICS)
                         + " | " + " | ".join(f"{100 * (theirs[m] - ours[m]):+.2f}"
                                              for m in INDEPENDENT_METRICS)
                         + f" | {differing}/{len(dataset.examples)} |")
    return lines


def _report(dataset: Dataset, records: list[ExampleRecord], settings: EvalSettings,
            out: Path, seconds: float | None = None) -> None:
    result = build_result(dataset, records, settings=settings)
    write_outputs(result, out, seconds=seconds, jobs=settings.jobs)
    print(f"\n### {result.dataset} ({result.examples} articles)\n")
    print("\n".join(table_lines(result)))


def _score(dataset: Dataset, settings: EvalSettings) -> tuple[list[ExampleRecord], float]:
    started = time.perf_counter()
    records = list(run_evaluation(dataset, settings=settings).records)
    return records, time.perf_counter() - started


def run_cnndm(path: Path, settings: EvalSettings, out: Path) -> list[Slice]:
    """Score CNN/DM once; report all, CNN and DM; check Lead-3; return CNN and DM."""
    dataset = load_dataset(path)
    records, seconds = _score(dataset, settings)
    print(f"CNN/DM: {len(dataset.examples)} articles in {seconds:.1f} s "
          f"with --jobs {settings.jobs}")
    _report(dataset, records, settings, out / "cnndm", seconds)
    slices = [(prefix.rstrip("-").upper(), _subset(dataset, prefix), records)
              for prefix in ("cnn-", "dm-")]
    for label, subset, _ in slices:
        _report(subset, records, settings, out / label.lower())
    print("\n" + lead3_check(dataset, records))
    return slices


def run_summeval(path: Path, settings: EvalSettings, out: Path) -> list[Slice]:
    """Score and report SummEval (11 references per story)."""
    dataset = load_dataset(path)
    records, seconds = _score(dataset, settings)
    _report(dataset, records, settings, out / "summeval", seconds)
    return [("SummEval", dataset, records)]


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
    slices: list[Slice] = []
    for name, run in (("cnndm", run_cnndm), ("summeval", run_summeval)):
        if args.only in (None, name):
            slices += run(args.data / FILES[name], settings, args.out)
    print("\n### Lead-3 by other splitters, scored by rouge-score directly (F1 × 100)\n")
    print("\n".join(splitter_table(slices, other_splitters())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
