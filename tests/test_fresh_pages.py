"""Quality floors on the fresh page sets (tests/data/pages/fresh, fresh2...), from first runs.

The set was written blind and run once with the shipped model (FIRST_RUN.md holds that
run). The floors sit a named margin below the first-run figures, so a change that makes
the cleaner worse on these 48 pages fails here. The line model now also trains on these
pages (benchmarks/cleaner_data.py), so passing here says the model still fits them, not
that it generalises: the leave-sites-out figures and the next blind set say that.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_METRIC = ROOT.parent / "shared" / "data" / "webpages.py"
pytestmark = pytest.mark.skipif(not SHARED_METRIC.exists(),
                                reason="needs ../shared/data/webpages.py (the benchmark's metric)")

MARGIN = 0.015
"""Room for noise below the first run's shingle F1 (the model is deterministic; this is
room for harmless changes elsewhere, such as sentence splitting)."""

FIRST_RUN_F1 = {"copied text": 0.944, "HTML": 0.949}
FIRST_RUN_ARTICLE_LINES_KEPT = 255 / 264
FIRST_RUN_CHROME_LINES_KEPT = 62 / 1297
LINE_MARGIN = 0.015
"""Room below (article kept) and above (chrome kept) the first run's line shares."""

OUTSIDE_CEILING = 0.045
"""Every method's share of summary sentences from outside the article (first run: at most
3.5%, lead)."""


@pytest.fixture(scope="module")
def figures() -> Any:
    """The benchmark's measurement (``benchmarks/fresh_pages.py``), run once for the module."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import fresh_pages

    from summarizer.methods import available_methods

    return fresh_pages.measure(list(available_methods()), with_trafilatura=False)


@pytest.mark.parametrize("kind", sorted(FIRST_RUN_F1))
def test_shingle_f1_holds(figures: Any, kind: str) -> None:
    assert figures.shingles[kind]["f1"] >= FIRST_RUN_F1[kind] - MARGIN


def test_article_lines_are_kept_and_chrome_lines_dropped(figures: Any) -> None:
    kept, total = figures.body_kept
    assert kept / total >= FIRST_RUN_ARTICLE_LINES_KEPT - LINE_MARGIN
    leaked, chrome = figures.chrome_kept
    assert leaked / chrome <= FIRST_RUN_CHROME_LINES_KEPT + LINE_MARGIN


def test_every_page_language_is_detected(figures: Any) -> None:
    found, total = figures.languages
    assert found == total


def test_summaries_rarely_quote_anything_but_the_article(figures: Any) -> None:
    for method, (outside, total) in figures.outside.items():
        assert outside / total <= OUTSIDE_CEILING, method


@dataclass(frozen=True)
class FirstRun:
    """A later blind set's first-run figures (its FIRST_RUN.md), the floors it must hold.

    Attributes:
        pages: Pages of each kind.
        f1: First-run shingle F1 of each kind.
        article_kept: Share of hand-labelled article lines kept (text pages).
        chrome_kept: Share of hand-labelled chrome lines kept (text pages).
        outside_ceiling: Every method's highest share of summary sentences from outside
            the article, with room above the first run's worst method.
        languages: Pages whose language must be detected (None: all of them).
        titles: Titles that must be found exactly.
    """

    pages: dict[str, int]
    f1: dict[str, float]
    article_kept: float
    chrome_kept: float
    outside_ceiling: float
    languages: int | None = None
    titles: int = 0


LATER_SETS = {
    # Two text pages are Turkish and Indonesian (unsupported); the title floor
    # (decode.TITLE_FLOOR) took titles from the first run's 19 to 23: a development
    # figure, pinned so it cannot slip back. Outside: at most 2 of 90 (2.2%) on the first
    # run; 4 of 90 for lead since the written HTML pages train the HTML model without
    # trafilatura's verdicts (a table-layout page that trafilatura keeps whole is kept
    # whole, P 0.72), a trade made knowingly for leave-sites-out HTML 0.970 -> 0.973 and
    # fresh5's HTML 0.876 -> 0.934, so the ceiling is 4 of 90.
    "fresh2": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.906, "HTML": 0.986},
                       article_kept=151 / 189, chrome_kept=20 / 1161,
                       outside_ceiling=0.045, languages=28, titles=23),
    # Outside: at most 13 of 90 (14.4%, sumbasic).
    "fresh3": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.841, "HTML": 0.926},
                       article_kept=223 / 317, chrome_kept=50 / 1337,
                       outside_ceiling=0.155, titles=24),
    # Outside: at most 10 of 90 (11.1%, sumbasic). Titles: 28 on the first run, 26 since
    # fresh3's text pages joined training (two text pages lost theirs while F1 rose from
    # 0.816 to 0.876): the trade was made knowingly, and 26 is pinned.
    "fresh4": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.816, "HTML": 0.892},
                       article_kept=246 / 360, chrome_kept=42 / 1972,
                       outside_ceiling=0.125, titles=26),
    # Outside: at most 8 of 90 (8.9%, luhn and random).
    "fresh5": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.883, "HTML": 0.876},
                       article_kept=361 / 447, chrome_kept=63 / 1982,
                       outside_ceiling=0.105, titles=26),
    # Outside: at most 11 of 90 (12.2%, sumbasic).
    "fresh6": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.898, "HTML": 0.855},
                       article_kept=396 / 459, chrome_kept=57 / 1842,
                       outside_ceiling=0.135, titles=24),
    # Pinned at its second blind run (FIRST_RUN.md): copied text 0.862 on the first run,
    # 0.842 once fresh6's text pages joined training (12 pages up, 7 down; one page, a
    # short story under a wall of glued teasers, fell from 0.55 to 0), a trade made for
    # leave-sites-out inscriptis 0.917 -> 0.924. Outside: at most 8 of 90 (8.9%) on the
    # first run, 12 of 90 (13.3%, random) on the second.
    "fresh7": FirstRun(pages={"copied text": 20, "HTML": 10},
                       f1={"copied text": 0.842, "HTML": 0.880},
                       article_kept=325 / 395, chrome_kept=33 / 1688,
                       outside_ceiling=0.145, titles=27),
}
"""The later blind sets (tests/data/pages/NAME), by name."""


@pytest.fixture(scope="module", params=sorted(LATER_SETS))
def later(request: pytest.FixtureRequest) -> tuple[FirstRun, Any]:
    """A later set's first run, and the same measurement with the shipped model now."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import fresh_pages

    from summarizer.methods import available_methods

    return LATER_SETS[request.param], fresh_pages.measure(
        list(available_methods()), with_trafilatura=False,
        directory=ROOT / "tests" / "data" / "pages" / request.param)


def test_later_sets_hold_their_first_runs(later: tuple[FirstRun, Any]) -> None:
    first, now = later
    for kind, pages in first.pages.items():
        assert now.shingles[kind]["pages"] == pages, kind
        assert now.shingles[kind]["f1"] >= first.f1[kind] - MARGIN, kind
    kept, total = now.body_kept
    assert kept / total >= first.article_kept - LINE_MARGIN
    leaked, chrome = now.chrome_kept
    assert leaked / chrome <= first.chrome_kept + LINE_MARGIN
    found, pages_total = now.languages
    assert found >= (pages_total if first.languages is None else first.languages)
    assert now.titles[0] >= first.titles
    for method, (outside, total) in now.outside.items():
        assert outside / total <= first.outside_ceiling, method
