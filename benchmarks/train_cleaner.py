"""Fit the line models on all development pages and write the file the package ships.

Usage: python benchmarks/train_cleaner.py [--seed 0] [--out summarizer/clean/models/lines.json.gz]

Needs ``pip install -e '.[train]'`` (scikit-learn) and ``../shared/data``. The same
data and seed give a byte-identical file (single-threaded, seeded training); the
file records what it was trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleaner_data as cd

from summarizer.clean.linemodel import MODEL_FILE, LineModels
from summarizer.clean.training import TREE_SETTINGS, TrainingPage, fit_pass

DEFAULT_OUT = cd.ROOT / "summarizer" / "clean" / "models" / MODEL_FILE


def digest(pages: list[TrainingPage]) -> str:
    """A fingerprint of the training pages (units and labels), for the model's record."""
    sha = hashlib.sha256()
    for page in pages:
        sha.update(page.group.encode())
        for unit, body, title in zip(page.units, page.body, page.title, strict=True):
            sha.update(f"{unit.text}\t{body:d}{title:d}\n".encode())
    return sha.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    started = time.time()
    pages = cd.real_pages()
    text = list(cd.text_training_set(pages, seed=args.seed))
    html = cd.html_training_set(pages)
    models = LineModels(
        text=fit_pass(text, html=False, seed=args.seed),
        html=fit_pass(html, html=True, seed=args.seed),
        about={
            "trained_by": "python benchmarks/train_cleaner.py",
            "seed": args.seed,
            "tree_settings": TREE_SETTINGS,
            "text_pages": len(text), "text_sites": len({p.group for p in text}),
            "text_data": digest(text),
            "html_pages": len(html), "html_sites": len({p.group for p in html}),
            "html_data": digest(html),
            "sources": "shared/data/webpages_dev.jsonl.gz (text, text_inscriptis, html; "
                       "bare articles, bare openings and partial copies cut from them), "
                       "benchmarks/make_pages.py styles, the five seed pages "
                       "(references/articles, tests/data/pages/seeds)",
            "written_sets": {kind: [d.name for d in sets]
                             for kind, sets in cd.FRESH_SETS.items()},
        },
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    models.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes) in {time.time() - started:.0f} s;"
          f" switch costs: text {models.text.switch_cost}, HTML {models.html.switch_cost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
