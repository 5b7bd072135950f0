"""The shipped cleaner on a hand-labelled page set, scored as a user gets it.

``tests/data/pages/fresh/`` (48 pages) was written blind and run once before anything was
fit on it (its FIRST_RUN.md); since then it is training data, so figures on it now are
training-set figures, reported only beside that first run. ``tests/data/pages/fresh2/``
is the next blind set, with its own first run. For each set this measures:

* text pages (hand labels per line): shingle F1/P/R of the kept article against the
  body and heading lines, the share of body lines kept, the share of chrome lines
  (navigation, captions, bylines, related, comments, other) kept as article;
* HTML pages: shingle F1/P/R against ``NAME.body.txt``, beside trafilatura alone;
* every page: the title found, the language detected, and each method's 3-sentence
  summary: sentences from outside the article (the issue's 4-gram definition).

Usage: python benchmarks/fresh_pages.py [--per-page] [--methods lead,lexrank] [--pages DIR]

``--pages tests/data/pages/fresh2`` scores the second blind set the same way.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaner_cv import body_grams, faithful, from_outside, metric, reference_summary

from summarizer.clean import clean
from summarizer.language import CODES
from summarizer.methods import available_methods
from summarizer.pipeline import build_document, summarize_document
from summarizer.types import Length

FRESH = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages" / "fresh"
ARTICLE = frozenset({"body", "heading"})
NAMES = {code: name for name, code in CODES.items()}
"""Language code in a page's file name → the package's language name."""


@dataclass
class Page:
    """One fresh page with its hand-marked article."""

    name: str
    text: str
    body: str
    title: str
    is_html: bool
    labels: dict[int, str] = field(default_factory=dict)


def pages(directory: Path = FRESH) -> list[Page]:
    """Every page of a set, text and HTML, in file order."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        if path.name.endswith((".body.txt", ".title.txt")):
            continue
        text = path.read_text(encoding="utf-8")
        rows = [line.split("\t") for line in
                path.with_suffix(".labels").read_text(encoding="utf-8").splitlines()]
        labels = {int(row[0]): row[1] for row in rows}
        lines = text.split("\n")
        body = "\n".join(lines[n - 1] for n, label in labels.items() if label in ARTICLE)
        title = next((lines[n - 1].strip() for n, label in labels.items()
                      if label == "title"), "")
        out.append(Page(path.stem, text, body, title, False, labels))
    for path in sorted(directory.glob("*.html")):
        stem = path.with_suffix("")
        out.append(Page(path.stem, path.read_text(encoding="utf-8"),
                        Path(f"{stem}.body.txt").read_text(encoding="utf-8"),
                        Path(f"{stem}.title.txt").read_text(encoding="utf-8").strip(), True))
    return sorted(out, key=lambda page: page.name)


def trafilatura_body(html: str) -> str:
    """trafilatura's own extraction (its defaults), for the side-by-side HTML row."""
    import trafilatura

    return trafilatura.extract(html) or ""


@dataclass
class Figures:
    """What one run over the set measured."""

    shingles: dict[str, dict[str, float]]
    trafilatura: dict[str, float]
    body_kept: tuple[int, int]
    chrome_kept: tuple[int, int]
    titles: tuple[int, int]
    languages: tuple[int, int]
    outside: dict[str, tuple[int, int]]
    notes: list[str] = field(default_factory=list)
    fidelity: dict[str, tuple[int, int]] = field(default_factory=dict)


def measure(methods: list[str], *, with_trafilatura: bool = True,
            directory: Path = FRESH) -> Figures:
    """Clean and summarize every page of a set with the shipped model; count what matters."""
    scorer = metric()
    all_pages = pages(directory)
    predictions: dict[str, str] = {}
    outside = {m: [0, 0] for m in methods}
    fidelity = {m: [0, 0] for m in methods}
    counts = dict.fromkeys(["titles", "languages", "body", "body_total", "chrome",
                            "chrome_total"], 0)
    notes: list[str] = []
    for page in all_pages:
        cleaned = clean(page.text)
        predictions[page.name] = "\n".join(cleaned.article)
        counts["titles"] += (cleaned.title or "").strip() == page.title
        counts["languages"] += cleaned.language == NAMES.get(page.name.split("_")[1])
        if not page.is_html:
            kept = {line.number for line in cleaned.lines if line.label in ARTICLE}
            lines = page.text.split("\n")
            for number, label in page.labels.items():
                if not lines[number - 1].strip() or label == "title":
                    continue
                key = "body" if label in ARTICLE else "chrome"
                counts[f"{key}_total"] += 1
                counts[key] += number in kept
        document = build_document(cleaned, language=cleaned.language)
        grams = body_grams(page.body)
        reference = reference_summary(page.body, page.title, methods)
        for method in methods:
            summary = summarize_document(document, method=method, length=Length(sentences=3))
            bad = [s for s in summary.sentences if from_outside(s, grams)]
            outside[method][0] += len(bad)
            outside[method][1] += len(summary.sentences)
            fidelity[method][0] += sum(faithful(s, reference[method]) for s in summary.sentences)
            fidelity[method][1] += len(reference[method])
            notes += [f"{method:9} {page.name:28} {sentence[:100]}" for sentence in bad]
    shingles = {}
    for kind, group in (("copied text", [p for p in all_pages if not p.is_html]),
                        ("HTML", [p for p in all_pages if p.is_html])):
        if not group:
            continue
        totals, per_page = scorer.score([{"id": p.name, "body": p.body} for p in group],
                                        predictions)
        shingles[kind] = {"pages": len(group), **totals}
        notes += [f"{pid:32} P {p or 0:.2f} R {r or 0:.2f} F {f:.2f}"
                  for pid, p, r, f in sorted(per_page, key=lambda row: row[3])]
    html = [p for p in all_pages if p.is_html]
    alone: dict[str, float] = {}
    if with_trafilatura and html:
        alone, _ = scorer.score([{"id": p.name, "body": p.body} for p in html],
                                {p.name: trafilatura_body(p.text) for p in html})
    return Figures(shingles=shingles, trafilatura=alone,
                   body_kept=(counts["body"], counts["body_total"]),
                   chrome_kept=(counts["chrome"], counts["chrome_total"]),
                   titles=(counts["titles"], len(all_pages)),
                   languages=(counts["languages"], len(all_pages)),
                   outside={m: (v[0], v[1]) for m, v in outside.items()}, notes=notes,
                   fidelity={m: (v[0], v[1]) for m, v in fidelity.items()})


def _share(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / max(pair[1], 1):.1f}%)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-page", action="store_true",
                        help="also list every chrome summary sentence and each page's F1")
    parser.add_argument("--methods", default=",".join(available_methods()))
    parser.add_argument("--pages", type=Path, default=FRESH,
                        help="the page set's directory (default: tests/data/pages/fresh)")
    args = parser.parse_args(argv)
    figures = measure([m for m in args.methods.split(",") if m], directory=args.pages)
    print("| input | pages | F1 | precision | recall |\n|---|---|---|---|---|")
    rows = list(figures.shingles.items())
    if figures.trafilatura:
        rows.append(("HTML, trafilatura alone",
                     {"pages": figures.shingles["HTML"]["pages"], **figures.trafilatura}))
    for kind, row in rows:
        print(f"| {kind} | {row['pages']:.0f} | {row['f1']:.3f} | {row['precision']:.3f} | "
              f"{row['recall']:.3f} |")
    print(f"\nText pages, by hand-labelled line: article lines kept {_share(figures.body_kept)}, "
          f"chrome lines kept {_share(figures.chrome_kept)}.")
    print(f"Title found exactly: {_share(figures.titles)}; language detected: "
          f"{_share(figures.languages)}.")
    print("\nSummary sentences from outside the article (3 per page), and fidelity (the "
          "share of each method's summary of the hand-marked body that it also gives from "
          "the page):\n")
    print("| method | outside | fidelity |\n|---|---|---|")
    for method, pair in figures.outside.items():
        print(f"| {method} | {_share(pair)} | {_share(figures.fidelity[method])} |")
    if args.per_page:
        print("\n" + "\n".join(f"    {note}" for note in figures.notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
