"""Inputs for the batch tests: the bundled articles as JSON Lines, with bad records."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import seed_paths

BAD_LINES = [
    '{"id": "empty", "article": "   "}',
    "this is not JSON",
    '{"id": "no-text", "body": "the text is in another field"}',
    '["a list, not an object"]',
    '{"id": "feed", "article": "<?xml version=\\"1.0\\"?><rss version=\\"2.0\\"><channel>'
    '</channel></rss>"}',
]
"""Five bad records: each becomes one failed record per method."""


def seed_articles() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in seed_paths()]


def write_corpus(path: Path, *, copies: int = 2, bad: bool = True) -> Path:
    """The seed articles ``copies`` times (ids a0, a1, ...), the bad records in the middle."""
    lines = [json.dumps({"id": f"a{number}", "article": text})
             for number, text in enumerate(seed_articles() * copies)]
    if bad:
        lines[3:3] = BAD_LINES
        lines.insert(1, "")  # a blank line holds no record
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_records(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
