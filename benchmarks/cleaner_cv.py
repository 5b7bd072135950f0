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
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleaner_data as cd

from summarizer.clean import CleanedText, clean, no_clean
from summarizer.clean.linemodel import LineModels
from summarizer.clean.training import PASSES, TREE_SETTINGS, fit_pass, site_folds
from summarizer.errors import InputError
from summarizer.language import tokenize_words
from summarizer.methods import available_methods
from summarizer.pipeline import SURE_SCORE, build_document, prepare_document, summarize_document
from summarizer.types import Document, Length


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
    """What the held-out cleaning of one rendering gave, page by page."""

    articles: list[str]
    cleaned: list[CleanedText]


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


def _three_sentences(document: Document, methods: Sequence[str]) -> dict[str, list[str]]:
    """Each method's three-sentence summary of a document (none of an empty one)."""
    return {method: list(summarize_document(document, method=method,
                                            length=Length(sentences=3)).sentences)
            if document.sentences else [] for method in methods}


def summaries_of(cleaned: CleanedText, methods: Sequence[str], *,
                 sure_score: float = SURE_SCORE) -> dict[str, list[str]]:
    """Each method's three-sentence summary of a cleaned page."""
    return _three_sentences(
        build_document(cleaned, language=cleaned.language, sure_score=sure_score), methods)


def reference_summary(body: str, title: str | None, methods: Sequence[str]
                      ) -> dict[str, list[str]]:
    """Each method's summary of a hand-marked body under its headline: what it would say
    after perfect cleaning (none for a body with no sentences)."""
    try:
        document, _ = prepare_document(body, clean=False)
    except InputError:
        return {method: [] for method in methods}
    return _three_sentences(replace(document, title=title or None), methods)


def reference_summaries(pages: Sequence[cd.RealPage], methods: Sequence[str]
                        ) -> list[dict[str, list[str]]]:
    """:func:`reference_summary` of every page, under the page's own headline."""
    return [reference_summary(page.body, cd.headline(page.html), methods) for page in pages]


def faithful(sentence: str, reference: Sequence[str]) -> bool:
    """At least half of the sentence's 4-grams are in the reference summary's sentences."""
    grams = _grams(sentence)
    wanted = {gram for line in reference for gram in _grams(line)}
    return bool(grams) and sum(g in wanted for g in grams) >= 0.5 * len(grams)


def rates(summaries: Sequence[dict[str, list[str]]], references: Sequence[dict[str, list[str]]],
          bodies: Sequence[set[tuple[str, ...]]], method: str) -> tuple[float, float, int, int]:
    """One method's share of summary sentences from outside the article (``bodies``: each
    page's :func:`body_grams`), its outside and total counts, and its fidelity (reference
    sentences it also picked)."""
    total = outside = hits = wanted = 0
    for grams, summary, reference in zip(bodies, summaries, references, strict=True):
        total += len(summary[method])
        outside += sum(from_outside(s, grams) for s in summary[method])
        hits += sum(faithful(s, reference[method]) for s in summary[method])
        wanted += len(reference[method])
    return outside / max(total, 1), hits / max(wanted, 1), outside, total


def cross_validate(pages: Sequence[cd.RealPage], folds: int, seed: int,
                   passes: int = PASSES) -> dict[str, Held]:
    """Held-out cleaning of every page, in every rendering."""
    renderings = {"copied text": "text", "inscriptis text": "text_inscriptis", "HTML": "html"}
    text_train = list(cd.text_training_set(list(pages), seed=seed))
    html_train = cd.html_training_set(list(pages))
    groups = sorted({p.group for p in text_train} | {p.group for p in html_train})
    fold_of = dict(zip(groups, site_folds(groups, folds), strict=True))
    out = {kind: Held([""] * len(pages), [no_clean("")] * len(pages)) for kind in renderings}
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
                cleaned = clean(getattr(page, field), models=models)
                out[kind].articles[i] = "\n".join(cleaned.article)
                out[kind].cleaned[i] = cleaned
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


def print_sure_scores(scores: Sequence[float], held: dict[str, Held],
                      references: Sequence[dict[str, list[str]]],
                      bodies: Sequence[set[tuple[str, ...]]], methods: Sequence[str]) -> None:
    """Outside sentences and fidelity, over all methods and for lead, with each threshold
    below which a kept paragraph is doubtful (0: none is)."""
    print("\nDoubtful-paragraph threshold (`SURE_SCORE`): outside sentences and fidelity, "
          "mean over the methods, worst method, and lead:\n")
    print("| doubtful below | input | outside (mean) | outside (worst) | lead outside "
          "| fidelity (mean) | lead fidelity |\n|---|---|---|---|---|---|---|")
    for score in scores:
        for kind, result in held.items():
            summaries = [summaries_of(c, methods, sure_score=score) for c in result.cleaned]
            per = {method: rates(summaries, references, bodies, method) for method in methods}
            outside = [100 * row[0] for row in per.values()]
            faith = [100 * row[1] for row in per.values()]
            lead = per.get("lead", (0.0, 0.0, 0, 0))
            print(f"| {score:g} | {kind} | {sum(outside) / len(outside):.1f}% | "
                  f"{max(outside):.1f}% | {100 * lead[0]:.1f}% | "
                  f"{sum(faith) / len(faith):.1f}% | {100 * lead[1]:.1f}% |")


def thresholds(text: str) -> list[float]:
    """``--sure-scores``: comma-separated thresholds from 0 to 1."""
    try:
        scores = [float(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of numbers; give thresholds like 0,0.9,0.98") from None
    if not all(0 <= score <= 1 for score in scores):
        raise argparse.ArgumentTypeError(f"{text!r}: every threshold must be from 0 to 1")
    return scores


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
    parser.add_argument("--load", type=Path, default=None,
                        help="score a --dump of an earlier run instead of fitting again "
                        "(--folds, --seed, --passes and --trees then do nothing)")
    parser.add_argument("--show-outside", action="store_true",
                        help="print every summary sentence from outside the article")
    parser.add_argument("--sure-scores", type=thresholds, default=[],
                        help="doubtful-paragraph thresholds to compare, as 0,0.9,0.98: "
                        "outside sentences and fidelity for each")
    args = parser.parse_args(argv)
    if args.load and not args.load.is_file():
        parser.error(f"--load: no file {args.load}; give a file written by --dump")
    TREE_SETTINGS.update(args.trees)
    scorer = metric()
    started = time.time()
    pages = cd.real_pages()
    methods = [m for m in args.methods.split(",") if m]
    if args.load:
        # a dump is the held-out cleaning of the same pages: re-score it without refitting
        dumped = pickle.loads(args.load.read_bytes())
        held = {kind: Held(["\n".join(c.article) for c in cleaned], list(cleaned))
                for kind, cleaned in dumped.items()}
    else:
        held = cross_validate(pages, args.folds, args.seed, args.passes)
    if args.dump:
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
    references = reference_summaries(pages, methods)
    bodies = [body_grams(page.body) for page in pages]
    summaries = {kind: [summaries_of(c, methods) for c in result.cleaned]
                 for kind, result in held.items()}
    print("Summary sentences from outside the article (3 sentences per page), and each "
          "method's fidelity (the share of its summary of the hand-marked body alone that "
          "it also gives from the page):\n")
    print("| method | " + " | ".join(f"{kind}: outside | fidelity" for kind in held)
          + " |\n|---|" + "---|---|" * len(held))
    for method in methods:
        cells = []
        for kind in held:
            share, faith, outside, total = rates(summaries[kind], references, bodies, method)
            cells.append(f"{100 * share:.1f}% ({outside}/{total}) | {100 * faith:.1f}%")
            if args.show_outside:
                for page, grams, summary in zip(pages, bodies, summaries[kind], strict=True):
                    for sentence in summary[method]:
                        if from_outside(sentence, grams):
                            print(f"    {method:9} {kind[:9]:9} {page.site:28} {sentence[:100]}")
        print(f"| {method} | " + " | ".join(cells) + " |")
    if args.sure_scores:
        print_sure_scores(args.sure_scores, held, references, bodies, methods)
    print(f"({time.time() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
