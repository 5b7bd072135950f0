"""Leave-sites-out cross-validation of the line model on the real pages.

The sites (and synthetic page styles) are split into ``--folds`` groups; for each,
the text and HTML models are fit on the other groups only, then clean the held-out
sites' pages. No site is ever in both the training and the test side. Scores use
the Article Extraction Benchmark's metric (``../shared/data/webpages.py``).

Usage: python benchmarks/cleaner_cv.py [--folds 5] [--seed 0] [--per-page]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleaner_data as cd

from summarizer.clean import CleanedText, clean
from summarizer.clean.linemodel import LineModels
from summarizer.clean.training import PASSES, TREE_SETTINGS, fit_pass, site_folds
from summarizer.language import tokenize_words
from summarizer.methods import available_methods
from summarizer.pipeline import build_document, summarize_document
from summarizer.types import Length


def metric() -> ModuleType:
    """The benchmark's scorer, ``../shared/data/webpages.py``."""
    spec = importlib.util.spec_from_file_location("webpages", cd.SHARED / "webpages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHROME_SHARE = 0.5
"""A summary sentence is from outside the article when at least this share of its 4-grams
are absent from the hand-marked body (the issue's definition)."""


@dataclass
class Held:
    """What the held-out cleaning of one rendering gave: article text and summaries."""

    articles: list[str]
    summaries: dict[str, list[list[str]]]
    cleaned: list[CleanedText | None]


def _grams(text: str, n: int = 4) -> list[tuple[str, ...]]:
    # Our tokenizer, so that a CJK character is a word, as in the cleaner and the methods.
    words = [word.lower() for word in tokenize_words(text)]
    return [tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))] if words else []


def body_grams(body: str) -> set[tuple[str, ...]]:
    """The body's word 4-grams, and its shorter n-grams (for sentences under four words)."""
    return {gram for n in range(1, 5) for gram in _grams(body, n)}


def from_outside(sentence: str, grams_of_body: set[tuple[str, ...]]) -> bool:
    """At least :data:`CHROME_SHARE` of the sentence's 4-grams (for a shorter sentence: its
    whole word sequence) are not in the body."""
    grams = _grams(sentence)
    return bool(grams) and sum(g not in grams_of_body for g in grams) \
        >= CHROME_SHARE * len(grams)


def clean_and_summarize(text: str, models: LineModels, methods: Sequence[str]
                        ) -> tuple[CleanedText, dict[str, list[str]]]:
    """The page cleaned, and each method's three-sentence summary of it."""
    cleaned = clean(text, models=models)
    summaries: dict[str, list[str]] = {}
    document = build_document(cleaned, language=cleaned.language)
    for method in methods:
        if document.sentences:
            summary = summarize_document(document, method=method, length=Length(sentences=3))
            summaries[method] = list(summary.sentences)
        else:
            summaries[method] = []
    return cleaned, summaries


def cross_validate(pages: Sequence[cd.RealPage], folds: int, seed: int,
                   methods: Sequence[str], passes: int = PASSES) -> dict[str, Held]:
    """Held-out cleaning and summaries of every page, in every rendering."""
    renderings = {"copied text": "text", "inscriptis text": "text_inscriptis", "HTML": "html"}
    text_train = list(cd.text_training_set(list(pages), seed=seed))
    html_train = cd.html_training_set(list(pages))
    groups = sorted({p.group for p in text_train} | {p.group for p in html_train})
    fold_of = dict(zip(groups, site_folds(groups, folds), strict=True))
    out = {kind: Held([""] * len(pages), {m: [[] for _ in pages] for m in methods},
                      [None] * len(pages)) for kind in renderings}
    for fold in range(folds):
        models = LineModels(
            text=fit_pass([p for p in text_train if fold_of[p.group] != fold], html=False,
                          seed=seed, passes=passes),
            html=fit_pass([p for p in html_train if fold_of[p.group] != fold], html=True,
                          seed=seed, passes=passes),
            about={})
        for i, page in enumerate(pages):
            if fold_of[page.site] != fold:
                continue
            for kind, field in renderings.items():
                cleaned, summaries = clean_and_summarize(getattr(page, field), models, methods)
                out[kind].articles[i] = "\n".join(cleaned.article)
                out[kind].cleaned[i] = cleaned
                for method, sentences in summaries.items():
                    out[kind].summaries[method][i] = sentences
        print(f"  fold {fold + 1}/{folds} done (switch costs: text {models.text.switch_cost},"
              f" HTML {models.html.switch_cost})", file=sys.stderr)
    return out


TITLE_MATCH = 0.6
"""Word overlap (Jaccard) from which a found title is the page's headline (as training
labels the title unit: ``training.matched_title``)."""


def same_title(found: str | None, headline: str) -> bool:
    """Whether ``found`` is the headline, by word overlap."""
    have = {w.casefold() for w in tokenize_words(found or "")}
    want = {w.casefold() for w in tokenize_words(headline)}
    return bool(have | want) and len(have & want) / len(have | want) >= TITLE_MATCH


def print_titles(pages: Sequence[cd.RealPage], held: dict[str, Held]) -> None:
    """Found titles against each page's headline (its only ``<h1>``, else ``og:title``)."""
    headlines = [cd.headline(page.html) for page in pages]
    with_one = sum(1 for h in headlines if h)
    print(f"\nTitles, against the page's headline ({with_one} pages have one):\n")
    print("| input | right | wrong | none found |\n|---|---|---|---|")
    for kind, result in held.items():
        right = wrong = none = 0
        for cleaned, headline in zip(result.cleaned, headlines, strict=True):
            if not headline:
                continue
            found = cleaned.title if cleaned is not None else None
            if not found:
                none += 1
            elif same_title(found, headline):
                right += 1
            else:
                wrong += 1
        print(f"| {kind} | {right} | {wrong} | {none} |")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--passes", type=int, default=PASSES)
    parser.add_argument("--trees", type=json.loads, default={},
                        help='tree settings to change, as JSON: \'{"max_leaf_nodes": 31}\'')
    parser.add_argument("--per-page", action="store_true")
    parser.add_argument("--methods", default=",".join(available_methods()))
    parser.add_argument("--dump", type=Path, default=None,
                        help="pickle the held-out cleaning of every page here, for analysis")
    parser.add_argument("--show-outside", action="store_true",
                        help="print every summary sentence from outside the article")
    args = parser.parse_args(argv)
    TREE_SETTINGS.update(args.trees)
    scorer = metric()
    started = time.time()
    pages = cd.real_pages()
    methods = [m for m in args.methods.split(",") if m]
    held = cross_validate(pages, args.folds, args.seed, methods, args.passes)
    if args.dump:
        import pickle

        args.dump.write_bytes(pickle.dumps({kind: r.cleaned for kind, r in held.items()}))
    rows = [{"id": p.id, "body": p.body} for p in pages]
    print("| input | F1 | precision | recall |\n|---|---|---|---|")
    for kind, result in held.items():
        totals, per_page = scorer.score(rows, {p.id: t for p, t in
                                               zip(pages, result.articles, strict=True)})
        print(f"| {kind} | {totals['f1']:.3f} | {totals['precision']:.3f} | "
              f"{totals['recall']:.3f} |")
        if args.per_page:
            for pid, p, r, f in sorted(per_page, key=lambda row: row[3])[:15]:
                site = next(pg.site for pg in pages if pg.id == pid)
                print(f"    {pid[:8]} {site:30} P {p or 0:.2f} R {r or 0:.2f} F {f:.2f}")
    import trafilatura

    alone, _ = scorer.score(rows, {p.id: trafilatura.extract(p.html) or "" for p in pages})
    print(f"| HTML, trafilatura {trafilatura.__version__} alone (defaults) | {alone['f1']:.3f} | "
          f"{alone['precision']:.3f} | {alone['recall']:.3f} |")
    print_titles(pages, held)
    print("Summary sentences from outside the article (3 sentences per page):\n")
    print("| method | " + " | ".join(held) + " |\n|---|" + "---|" * len(held))
    for method in methods:
        cells = []
        for result in held.values():
            total = outside = 0
            for page, sentences in zip(pages, result.summaries[method], strict=True):
                grams = body_grams(page.body)
                total += len(sentences)
                outside += sum(from_outside(s, grams) for s in sentences)
                if args.show_outside:
                    for sentence in sentences:
                        if from_outside(sentence, grams):
                            print(f"    {method:9} {page.site:28} {sentence[:110]}")
            cells.append(f"{100 * outside / max(total, 1):.1f}% ({outside}/{total})")
        print(f"| {method} | " + " | ".join(cells) + " |")
    print(f"({time.time() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
