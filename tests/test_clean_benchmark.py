"""The labelled benchmark (generated pages + seeds) meets its targets; CNN/DM passes through."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from summarizer.clean import clean

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    """Import a benchmark script (benchmarks/ is a folder of scripts, not a package)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("cleaning")


@pytest.fixture(scope="module")
def pages(bench: ModuleType) -> list[Any]:
    if not bench.DATA_PATH.exists():
        pytest.skip("../shared/data/cnndm_dev.jsonl is not available")
    return list(bench.make_pages(bench.load_rows(), seed=0, per_style=4))


def test_generated_set_is_large_varied_and_deterministic(
    bench: ModuleType, pages: list[Any],
) -> None:
    assert len(pages) >= 30
    assert len({page.style for page in pages}) >= 10
    assert any(page.held_out for page in pages)
    again = bench.make_pages(bench.load_rows(), seed=0, per_style=4)
    assert [page.lines for page in again] == [page.lines for page in pages]
    other = bench.make_pages(bench.load_rows(), seed=1, per_style=4)
    assert [page.lines for page in other] != [page.lines for page in pages]


PINNED_BATCHES = ("development", "held-out 1", "held-out 2", "held-out 3", "held-out 4",
                  "held-out 5", "held-out 6")
"""Batches the rules have been measured and fixed on; later batches are reported untouched."""


def test_targets_on_all_labelled_pages(bench: ModuleType, pages: list[Any]) -> None:
    pinned = [page for page in pages if page.batch in PINNED_BATCHES]
    result, errors = bench.score([*pinned, *bench.load_seed_pages()], bench.keep_ours)
    assert result.recall >= bench.RECALL_TARGET, errors
    assert result.leak <= bench.LEAK_TARGET, errors


HELD_OUT_RECALL_FLOOR = 0.98
"""Body recall every held-out batch must reach on its own (seed 0)."""
HELD_OUT_LEAK_FLOOR = 0.01
"""Chrome leak no held-out batch may exceed on its own (seed 0)."""


@pytest.mark.parametrize("batch", ["held-out 1", "held-out 2", "held-out 3", "held-out 4",
                                   "held-out 5", "held-out 6"])
def test_each_held_out_batch_meets_the_floors(
    bench: ModuleType, pages: list[Any], batch: str,
) -> None:
    chosen = [p for p in pages if p.batch == batch]
    assert chosen
    result, errors = bench.score(chosen, bench.keep_ours)
    assert result.recall >= HELD_OUT_RECALL_FLOOR, errors
    assert result.leak <= HELD_OUT_LEAK_FLOOR, errors


@pytest.mark.xfail(strict=True, reason="held-out 7 leaks 4-6% on first run (docs/cleaning.md); "
                   "written after freezing at ba1347f, not yet fixed")
def test_held_out_batch_7_meets_the_floors(bench: ModuleType, pages: list[Any]) -> None:
    result, _ = bench.score([p for p in pages if p.batch == "held-out 7"], bench.keep_ours)
    assert result.recall >= HELD_OUT_RECALL_FLOOR
    assert result.leak <= HELD_OUT_LEAK_FLOOR


CHUNKED_ARTICLES = 150
"""Real articles cut into paragraphs for the test (all 434 in the benchmark)."""
CHUNKED_DROPPED_CEILING = 30
"""Paragraphs of those that cleaning may drop: contributor credits, glued-in captions."""


def test_real_articles_cut_into_paragraphs_keep_their_first_paragraph(bench: ModuleType) -> None:
    if not bench.DATA_PATH.exists():
        pytest.skip("../shared/data/cnndm_dev.jsonl is not available")
    losses = bench.chunked_losses(bench.load_rows()[:CHUNKED_ARTICLES], seed=0)
    assert losses.dropped_first == ()
    assert len(losses.dropped) <= CHUNKED_DROPPED_CEILING, losses.dropped


def test_scoring_counts_leaks_and_misses(bench: ModuleType) -> None:
    """The metric itself: a keeper that keeps everything leaks, one that keeps nothing misses."""
    page = bench.Page(name="t", style="t", held_out=False,
                      lines=(("Menu", "navigation"), ("One. Two.", "body"), ("", "other")))
    everything, _ = bench.score([page], lambda text: {1, 2})
    nothing, _ = bench.score([page], lambda text: set())
    assert (everything.recall, everything.leak) == (1.0, 0.5)
    assert (nothing.recall, nothing.kept_lines) == (0.0, 0)


def test_cnndm_articles_pass_through_unchanged(cnndm_articles: list[str]) -> None:
    changed = [article[:60] for article in cnndm_articles
               if " ".join(clean(article).paragraphs) != article.strip()]
    assert changed == []
