"""Shared fixtures: the bundled seed pages and the shared benchmark data."""

from __future__ import annotations

import json
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
