"""Benchmark the page cleaner on labelled pages, against jusText's classifier.

Pages: the synthetic pages of make_pages.py (development styles and held-out
styles, reported separately) and the five hand-labelled seed pages.

Metrics, per group of pages:
* body recall: body sentences kept / body sentences (gold ``body`` lines);
* chrome leak: kept lines whose gold label is not ``body`` / kept lines.

jusText runs on the same lines, each wrapped as one ``<p>`` (its classifier
needs paragraphs, not markup), with its default thresholds and with thresholds
tuned for short news paragraphs.

Also: every CNN/DM article cut into paragraphs of 1-3 sentences (our splitter,
seeded) and cleaned; every paragraph is article text, so each dropped one is
counted (first paragraphs separately: Lead-3 depends on them).

Usage: python benchmarks/cleaning.py [--seed N] [--per-style N] [--show-errors]
"""

from __future__ import annotations

import argparse
import html
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_pages import DATA, Page, load_rows, make_pages  # noqa: E402
from summarizer.clean.fallback import rough_sentences  # noqa: E402

from summarizer.clean import Label, clean  # noqa: E402
from summarizer.split import split_sentences  # noqa: E402

DATA_PATH = DATA
SEED_LABELS = ROOT / "tests" / "data" / "pages" / "seeds"
SEED_TEXTS = ROOT / "references" / "articles"
RECALL_TARGET = 0.98
LEAK_TARGET = 0.01

Keeper = Callable[[str], set[int]]
"""Text of a page → the 1-based numbers of the lines kept as body."""


@dataclass(frozen=True, slots=True)
class Score:
    """Body recall and chrome leak over a group of pages, with the raw counts."""

    body_sentences: int
    kept_body_sentences: int
    kept_lines: int
    leaked_lines: int

    @property
    def recall(self) -> float:
        """Body sentences kept, as a fraction of body sentences."""
        return self.kept_body_sentences / self.body_sentences if self.body_sentences else 1.0

    @property
    def leak(self) -> float:
        """Kept lines that are not body, as a fraction of kept lines."""
        return self.leaked_lines / self.kept_lines if self.kept_lines else 0.0


def load_seed_pages() -> list[Page]:
    """The five seeds with their hand labels (checked against the seed texts)."""
    pages: list[Page] = []
    for labels in sorted(SEED_LABELS.glob("*.labels")):
        text_lines = (SEED_TEXTS / f"{labels.stem}.txt").read_text(encoding="utf-8").splitlines()
        rows = [row.split("\t") for row in labels.read_text(encoding="utf-8").splitlines()]
        if len(rows) != len(text_lines):
            raise ValueError(f"{labels}: {len(rows)} labels for {len(text_lines)} lines")
        lines = tuple((text, row[1]) for text, row in zip(text_lines, rows, strict=True))
        pages.append(Page(name=labels.stem, style="seed", held_out=False, lines=lines))
    return pages


def keep_ours(text: str) -> set[int]:
    """Lines our cleaner keeps (after its fallback, if any)."""
    return {line.number for line in clean(text).lines if line.label == Label.BODY}


def justext_keeper(**thresholds: float | int) -> Keeper:
    """jusText's classifier over the page's non-blank lines, one paragraph each."""
    import justext

    stoplist = justext.get_stoplist("English")

    def keep(text: str) -> set[int]:
        numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
        markup = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for _, line in numbered)
        paragraphs = justext.justext(markup + "</body></html>", stoplist, **thresholds)
        if len(paragraphs) != len(numbered):
            raise ValueError("jusText merged or split lines; cannot align")
        return {n for (n, _), p in zip(numbered, paragraphs, strict=True) if not p.is_boilerplate}

    return keep


def score(pages: Iterable[Page], keeper: Keeper) -> tuple[Score, list[str]]:
    """Score a keeper over pages; also return the wrongly kept or dropped lines."""
    body = kept_body = kept = leaked = 0
    errors: list[str] = []
    for page in pages:
        keep = keeper(page.text)
        for number, (text, label) in enumerate(page.lines, start=1):
            if not text.strip():
                continue
            if label == "body":
                count = rough_sentences((text,))
                body += count
                kept_body += count if number in keep else 0
                if number not in keep:
                    errors.append(f"{page.name}:{number} dropped body: {text[:90]}")
            if number in keep:
                kept += 1
                if label != "body":
                    leaked += 1
                    errors.append(f"{page.name}:{number} kept {label}: {text[:90]}")
    return Score(body, kept_body, kept, leaked), errors


@dataclass(frozen=True, slots=True)
class ChunkedLosses:
    """Real articles cut into paragraphs: how many body paragraphs cleaning dropped."""

    articles: int
    paragraphs: int
    dropped: tuple[str, ...]
    dropped_first: tuple[str, ...]


def chunk_article(article: str, rng: random.Random) -> list[str]:
    """The article's sentences (our splitter) grouped into paragraphs of 1-3 sentences."""
    sentences = split_sentences(article)
    paragraphs: list[str] = []
    while sentences:
        take = rng.choice((1, 2, 3))
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return paragraphs


def chunked_losses(rows: list[dict[str, str]], *, seed: int = 0) -> ChunkedLosses:
    """Every CNN/DM article as paragraphs joined by blank lines: which ones does cleaning drop?

    Every paragraph is article text, so a dropped one is a loss (or a caption the
    source glued into the text); losing a first paragraph hurts Lead-3 most.
    """
    rng = random.Random(seed)
    total = 0
    dropped: list[str] = []
    first: list[str] = []
    for row in rows:
        paragraphs = chunk_article(row["article"], rng)
        kept = set(clean("\n\n".join(paragraphs)).paragraphs)
        total += len(paragraphs)
        lost = [p for p in paragraphs if p not in kept]
        dropped += [f"{row['id'][:10]}: {p[:110]}" for p in lost]
        if paragraphs and paragraphs[0] not in kept:
            first.append(f"{row['id'][:10]}: {paragraphs[0][:110]}")
    return ChunkedLosses(len(rows), total, tuple(dropped), tuple(first))


def main(argv: list[str]) -> int:
    """Print the table (Markdown) and, with --show-errors, our cleaner's mistakes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-style", type=int, default=4)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    generated = make_pages(load_rows(), seed=args.seed, per_style=args.per_style)
    seeds = load_seed_pages()
    groups: dict[str, list[Page]] = {}
    for page in generated:
        name = "development styles" if page.batch == "development" else page.batch
        groups.setdefault(name, []).append(page)
    groups["seeds (hand-labelled)"] = seeds
    groups["all labelled pages"] = [*generated, *seeds]
    keepers: dict[str, Keeper] = {
        "ours": keep_ours,
        "jusText (defaults)": justext_keeper(),
        "jusText (tuned)": justext_keeper(length_low=20, length_high=60, stopwords_low=0.2,
                                          stopwords_high=0.25, max_heading_distance=150),
    }
    print(f"seed {args.seed}, {args.per_style} pages per style\n")
    print("| pages | n | cleaner | body recall | chrome leak |")
    print("|---|---|---|---|---|")
    failures: list[str] = []
    for group, pages in groups.items():
        for system, keeper in keepers.items():
            result, errors = score(pages, keeper)
            print(f"| {group} | {len(pages)} | {system} | {result.recall:.3f} "
                  f"({result.kept_body_sentences}/{result.body_sentences}) | {result.leak:.2%} "
                  f"({result.leaked_lines}/{result.kept_lines}) |")
            if system == "ours":
                failures += errors
    losses = chunked_losses(load_rows(), seed=args.seed)
    print(f"\nCNN/DM articles cut into paragraphs of 1-3 sentences: {losses.articles} articles, "
          f"{losses.paragraphs} paragraphs, {len(losses.dropped)} dropped "
          f"({len(losses.dropped_first)} of them first paragraphs)")
    if args.show_errors:
        print("\n" + "\n".join(dict.fromkeys(failures)))
        print("\nDropped paragraphs of real articles:\n" + "\n".join(losses.dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
