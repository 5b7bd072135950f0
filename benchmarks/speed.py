"""How long each method takes: per CNN/DM article, and on one 400-sentence article.

Usage (from the repository root)::

    .venv/bin/python benchmarks/speed.py            # prints a Markdown table
    .venv/bin/python benchmarks/speed.py --stock    # also stock sumy on 400 sentences

Per article it times cleaning, sentence splitting, scoring alone (``method.scorer``
on an already-split document) and the whole of :func:`summarizer.summarize`
(cleaning, splitting, scoring, selection; on the first ``--summarize-limit``
articles, as cleaning dominates it), and reports the mean and 95th percentile in
milliseconds. The long article is the first 400 sentences of the data set's articles
laid end to end (one paragraph per article), scored ``--repeat`` times; the best
time is reported, as the least disturbed by other work on the machine.
This is a benchmark, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from summarizer import summarize
from summarizer.clean import clean
from summarizer.language import get_language
from summarizer.methods import all_methods
from summarizer.methods.sumy_adapter import rate_with
from summarizer.pipeline import build_document
from summarizer.split import split_sentences
from summarizer.types import Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"
LONG_SENTENCES = 400


def load_articles(path: Path, limit: int | None) -> list[str]:
    """Article texts from a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle if line.strip()]
    return articles[:limit]


def milliseconds(action: Callable[[], object]) -> float:
    """Wall time of one call, in milliseconds."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000.0


def mean_p95(times: Sequence[float]) -> str:
    return f"{np.mean(times):.1f} | {np.percentile(times, 95):.1f}"


def long_document(articles: Sequence[str]) -> Document:
    """The first ``LONG_SENTENCES`` sentences of the articles, one paragraph each."""
    sentences: list[Sentence] = []
    for number, article in enumerate(articles):
        for text in split_sentences(article):
            sentences.append(Sentence(index=len(sentences), text=text, paragraph=number))
        if len(sentences) >= LONG_SENTENCES:
            break
    return Document(sentences=tuple(sentences[:LONG_SENTENCES]))


def best_of(repeat: int, action: Callable[[], object]) -> float:
    return min(milliseconds(action) for _ in range(repeat))


def method_rows(articles: Sequence[str], documents: Sequence[Document], whole_limit: int,
                long: Document, repeat: int) -> list[str]:
    """One table row per registered method."""
    language = get_language("english")
    rows = []
    for method in all_methods():
        summarize(articles[0], method=method.name)  # warm-up: first-call loading
        scoring = [milliseconds(partial(method.scorer, d, language, 0)) for d in documents]
        whole = [milliseconds(partial(summarize, a, method=method.name))
                 for a in articles[:whole_limit]]
        on_long = best_of(repeat, partial(method.scorer, long, language, 0))
        rows.append(f"| {method.name} | {mean_p95(scoring)} | {mean_p95(whole)} "
                    f"| {on_long:.0f} |")
    return rows


def stage_rows(articles: Sequence[str], limit: int, long: Document,
               repeat: int) -> list[str]:
    """Cleaning and sentence splitting, which every method pays in ``summarize``."""
    text = "\n".join(s.text for s in long.sentences)
    rows = []
    for name, stage in (("clean", clean), ("split sentences", split_sentences)):
        times = [milliseconds(partial(stage, a)) for a in articles[:limit]]
        on_long = best_of(repeat, partial(stage, text))
        rows.append(f"| *{name}* | {mean_p95(times)} | – | – | {on_long:.0f} |")
    return rows


def stock_rows(long: Document) -> list[str]:
    """Stock sumy classes on the long document, through the same adapter (slow)."""
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    language = get_language("english")
    rows = []
    for name, factory in (("luhn", LuhnSummarizer), ("lsa", LsaSummarizer),
                          ("lexrank", LexRankSummarizer), ("textrank", TextRankSummarizer),
                          ("kl", KLSummarizer), ("reduction", ReductionSummarizer)):
        summarizer: Any = factory(language.stem)  # sumy's own, un-memoised stemming
        summarizer.stop_words = language.stop_words
        on_long = milliseconds(partial(rate_with, summarizer, long))
        rows.append(f"| {name} (stock sumy) | | | | | {on_long:.0f} |")
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSON Lines articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--summarize-limit", type=int, default=50,
                        help="articles timed end to end per method (cleaning is slow)")
    parser.add_argument("--repeat", type=int, default=3, help="runs on the long article")
    parser.add_argument("--stock", action="store_true", help="also time stock sumy")
    args = parser.parse_args(argv)
    articles = load_articles(args.data, args.limit)
    long = long_document(articles)
    documents = [build_document(clean(a), language="english") for a in articles]
    rows = method_rows(articles, documents, args.summarize_limit, long, args.repeat)
    print(f"{len(articles)} articles from {args.data.name} (summarize: the first "
          f"{min(args.summarize_limit, len(articles))}); long article: "
          f"{len(long.sentences)} sentences; {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}\n")
    print("| method | score, mean ms | score, p95 ms | summarize, mean ms "
          f"| summarize, p95 ms | {len(long.sentences)} sentences, score ms |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(stage_rows(articles, args.summarize_limit, long, args.repeat)))
    print("\n".join(rows))
    if args.stock:
        print("\n".join(stock_rows(long)))


if __name__ == "__main__":
    main()
