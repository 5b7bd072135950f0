"""Compare sentence splitters on our tricky news cases and on CNN/DailyMail speed.

Run from the project root::

    python benchmarks/splitters.py                 # all candidates, all articles
    python benchmarks/splitters.py --articles 50   # quicker speed figures
    python benchmarks/splitters.py --failures ours # show the cases a splitter gets wrong

Accuracy is exact match: a case counts only if the splitter returns exactly the
expected list of sentences (stripped). Every candidate gets the text one line at a
time, as our pipeline does, so none is penalised for crossing a line break.
Speed is wall time per CNN/DM article (``../shared/data/cnndm_dev.jsonl``) and
sentences per second, best of ``--repeat`` passes. Libraries that are not
installed are reported as such instead of failing the run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASE_FILES = {
    "dev": ROOT / "tests" / "data" / "sentences_dev.jsonl",
    "held-out": ROOT / "tests" / "data" / "sentences_heldout.jsonl",
    "held-out 2": ROOT / "tests" / "data" / "sentences_heldout2.jsonl",
    "held-out 3": ROOT / "tests" / "data" / "sentences_heldout3.jsonl",
    "fresh": ROOT / "tests" / "data" / "sentences_fresh.jsonl",
    "fresh 2": ROOT / "tests" / "data" / "sentences_fresh2.jsonl",
}
CNNDM = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"

LineSplitter = Callable[[str], Iterable[str]]
Proposer = Callable[[str, str], Iterable[int]]
Splitter = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Case:
    """One test case: a text and the sentences it must split into."""

    id: str
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """Measured figures for one splitter."""

    name: str
    accuracy: dict[str, tuple[int, int]]
    ms_per_article: float
    sentences_per_second: float


def load_cases(path: Path) -> list[Case]:
    """Read a JSON Lines case file (``id``, ``text``, ``sentences``)."""
    with path.open(encoding="utf-8") as handle:
        return [
            Case(id=row["id"], text=row["text"], sentences=tuple(row["sentences"]))
            for row in map(json.loads, handle)
        ]


def per_line(split_line: LineSplitter) -> Splitter:
    """Apply a one-line splitter to each non-empty line, keeping stripped pieces."""

    def split(text: str) -> list[str]:
        pieces = (p.strip() for line in text.splitlines() for p in split_line(line))
        return [piece for piece in pieces if piece]

    return split


def _pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return per_line(segmenter.segment)


def _syntok() -> Splitter:
    from syntok import segmenter

    def split_line(line: str) -> Iterator[str]:
        for paragraph in segmenter.analyze(line):
            for sentence in paragraph:
                start = sentence[0].offset
                end = sentence[-1].offset + len(sentence[-1].value)
                yield line[start:end]

    return per_line(split_line)


def _punkt_untrained() -> Splitter:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return per_line(PunktSentenceTokenizer().tokenize)


def _punkt_with_abbreviations() -> Splitter:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from summarizer.split import ABBREVIATIONS

    parameters = PunktParameters()
    parameters.abbrev_types = {word.lower().rstrip(".") for word in ABBREVIATIONS}
    return per_line(PunktSentenceTokenizer(parameters).tokenize)


def _blingfire() -> Splitter:
    import blingfire

    return per_line(lambda line: blingfire.text_to_sentences(line).split("\n"))


def _sentencex() -> Splitter:
    import sentencex

    return per_line(lambda line: sentencex.segment("en", line))


def _ours() -> Splitter:
    from summarizer.split import split_sentences

    return split_sentences


def _with_rules(proposer: Proposer) -> Splitter:
    """Our rules (summarizer.split) on top of another library's cuts."""
    from summarizer.split import split_with

    return lambda text: split_with(text, proposer=proposer)


def _rules_alone() -> Splitter:
    return _with_rules(lambda line, code: ())


def _rules_on_blingfire() -> Splitter:
    import blingfire

    def starts(line: str, code: str) -> Iterator[int]:
        _, offsets = blingfire.text_to_sentences_and_offsets(line)
        return (int(start) for start, _ in offsets)

    return _with_rules(starts)


def _rules_on_pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return _with_rules(lambda line, code: (span.start for span in segmenter.segment(line)))


CANDIDATES: dict[str, Callable[[], Splitter]] = {
    "pysbd 0.3 (placeholder)": _pysbd,
    "syntok": _syntok,
    "nltk Punkt, untrained": _punkt_untrained,
    "nltk Punkt + our abbreviations": _punkt_with_abbreviations,
    "blingfire": _blingfire,
    "sentencex": _sentencex,
    "our rules alone (no library cuts)": _rules_alone,
    "our rules + pysbd cuts": _rules_on_pysbd,
    "our rules + blingfire cuts": _rules_on_blingfire,
    "ours = our rules + sentencex cuts (summarizer.split)": _ours,
}


def accuracy(split: Splitter, cases: list[Case]) -> tuple[int, int]:
    """Number of cases split exactly right, and the number of cases."""
    right = sum(tuple(split(case.text)) == case.sentences for case in cases)
    return right, len(cases)


def speed(split: Splitter, articles: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` milliseconds per article and sentences per second."""
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = sum(len(split(article)) for article in articles)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(articles), count / best


def measure(
    name: str, split: Splitter, sets: dict[str, list[Case]], articles: list[str], repeat: int
) -> Row:
    """All figures for one splitter."""
    scores = {label: accuracy(split, cases) for label, cases in sets.items()}
    ms, rate = speed(split, articles, repeat)
    return Row(name=name, accuracy=scores, ms_per_article=ms, sentences_per_second=rate)


def table(rows: list[Row], labels: list[str]) -> str:
    """Markdown table of the measured rows."""
    head = ["splitter", *(f"{label} exact" for label in labels), "ms/article", "sentences/s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [row.name]
        for label in labels:
            right, total = row.accuracy[label]
            cells.append(f"{right}/{total} ({100 * right / total:.0f}%)")
        cells += [f"{row.ms_per_article:.2f}", f"{row.sentences_per_second:,.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def show_failures(split: Splitter, sets: dict[str, list[Case]]) -> None:
    """Print every case the splitter gets wrong, expected against actual."""
    for label, cases in sets.items():
        for case in cases:
            got = split(case.text)
            if tuple(got) != case.sentences:
                print(f"[{label}] {case.id}\n  want {list(case.sentences)}\n  got  {got}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes; best is kept")
    parser.add_argument("--only", default="", help="candidates whose name contains this")
    parser.add_argument("--failures", default="", help="list failures of matching candidates")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Measure every installed candidate and print the Markdown table."""
    args = parse_args(argv)
    sets = {label: load_cases(path) for label, path in CASE_FILES.items() if path.exists()}
    with CNNDM.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle]
    articles = articles[: args.articles] if args.articles else articles
    rows: list[Row] = []
    for name, build in CANDIDATES.items():
        if args.only.lower() not in name.lower():
            continue
        try:
            split = build()
        except ImportError as error:
            print(f"skipped {name}: {error} (pip install it to compare)", file=sys.stderr)
            continue
        if args.failures and args.failures.lower() in name.lower():
            show_failures(split, sets)
        rows.append(measure(name, split, sets, articles, args.repeat))
    print(f"{len(articles)} CNN/DM articles, best of {args.repeat} passes\n")
    print(table(rows, list(sets)))


if __name__ == "__main__":
    main()
