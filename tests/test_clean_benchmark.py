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
    return bench.make_pages(bench.load_rows(), seed=0, per_style=4)


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


def test_targets_on_all_labelled_pages(bench: ModuleType, pages: list[Any]) -> None:
    result, errors = bench.score([*pages, *bench.load_seed_pages()], bench.keep_ours)
    assert result.recall >= bench.RECALL_TARGET, errors
    assert result.leak <= bench.LEAK_TARGET, errors


def test_held_out_styles_meet_the_targets_too(bench: ModuleType, pages: list[Any]) -> None:
    result, errors = bench.score([p for p in pages if p.held_out], bench.keep_ours)
    assert result.recall >= bench.RECALL_TARGET, errors
    assert result.leak <= bench.LEAK_TARGET, errors


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
