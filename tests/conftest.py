"""Shared fixtures: the bundled seed pages and the shared benchmark data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "references" / "articles"
SHARED_DATA = ROOT.parent / "shared" / "data"


def seed_paths() -> list[Path]:
    """The five seed pages, in name order."""
    return sorted(ARTICLES.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in seed_paths()}


@pytest.fixture(scope="session")
def cnndm_articles() -> list[str]:
    path = SHARED_DATA / "cnndm_dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/cnndm_dev.jsonl is not available")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["article"] for line in handle if line.strip()]


_CTRL_C = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
           "runpy.run_module('summarizer', run_name='__main__', alter_sys=True)")


def summarizer_argv(*args: str) -> list[str]:
    """``python -m summarizer ARGS`` with Ctrl-C handled as in a terminal.

    A test run started as a background job inherits SIGINT *ignored*, and Python then
    never turns SIGINT into KeyboardInterrupt; the tests that press Ctrl-C must not
    depend on how the test run itself was started.
    """
    return [sys.executable, "-c", _CTRL_C, *args]
