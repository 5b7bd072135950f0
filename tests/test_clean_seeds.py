"""The cleaner on the five real seed pages: hand labels, summaries of every method, the CLI.

The seeds are development data (the line model trains on them, see
``benchmarks/cleaner_data.py``), so these tests pin behaviour the issue asks for; how the
cleaner does on sites it never saw is measured by ``benchmarks/cleaner_cv.py`` and
``benchmarks/fresh_pages.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import summarize
from summarizer.clean import Label, clean
from summarizer.cli import app
from summarizer.methods import available_methods

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "references" / "articles").glob("*.txt"))
LABELS = ROOT / "tests" / "data" / "pages" / "seeds"


def hand_labels(seed: Path) -> list[str]:
    """The committed hand label of every line of a seed page."""
    rows = (LABELS / f"{seed.stem}.labels").read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[1] for row in rows]


def body_lines(seed: Path, labels: tuple[str, ...] = ("body",)) -> list[str]:
    """The seed's hand-labelled body lines (or lines of other labels), stripped."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line, label in zip(lines, hand_labels(seed), strict=True)
            if label in labels]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_labels_file_covers_every_seed_line(seed: Path) -> None:
    labels = hand_labels(seed)
    assert len(labels) == len(seed.read_text(encoding="utf-8").splitlines())
    assert set(labels) <= {label.value for label in Label}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_kept_lines_are_exactly_the_hand_labelled_article(seed: Path) -> None:
    cleaned = clean(seed.read_text(encoding="utf-8"))
    assert list(cleaned.paragraphs) == body_lines(seed)
    assert list(cleaned.article) == body_lines(seed, ("body", "heading"))
    assert cleaned.warnings == ()
    assert cleaned.language == "english"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_the_title_is_a_hand_labelled_title_and_never_a_summary_sentence(seed: Path) -> None:
    titles = body_lines(seed, ("title",))
    text = seed.read_text(encoding="utf-8")
    cleaned = clean(text)
    assert cleaned.title in titles if titles else cleaned.title is None
    for method in available_methods():
        assert cleaned.title not in summarize(text, method=method, sentences=3).sentences


@pytest.mark.parametrize("method", available_methods())
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_no_summary_contains_anything_but_body(seed: Path, method: str) -> None:
    body = body_lines(seed)
    summary = summarize(seed.read_text(encoding="utf-8"), method=method, sentences=3)
    assert summary.sentences
    for sentence in summary.sentences:
        assert any(sentence in line for line in body), (method, sentence)


@pytest.mark.parametrize("method", available_methods())
def test_bare_and_dressed_article_give_the_same_summary(method: str) -> None:
    bare, dressed = (seed.read_text(encoding="utf-8") for seed in SEEDS[1:3])
    lengths: tuple[dict[str, Any], ...] = ({"sentences": 3}, {"words": 80})
    for length in lengths:
        assert (summarize(bare, method=method, **length).sentences
                == summarize(dressed, method=method, **length).sentences)


def test_without_cleaning_the_dressed_page_is_different() -> None:
    """The identity above is the cleaner's doing, not an accident of the methods."""
    dressed = SEEDS[2].read_text(encoding="utf-8")
    bare = SEEDS[1].read_text(encoding="utf-8")
    changed = [m for m in available_methods()
               if summarize(dressed, method=m, clean=False).sentences
               != summarize(bare, method=m).sentences]
    assert changed


runner = CliRunner()


def test_cli_clean_prints_title_then_body() -> None:
    result = runner.invoke(app, ["clean", str(SEEDS[2])])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == clean(SEEDS[2].read_text(encoding="utf-8")).title
    assert lines[1:] == body_lines(SEEDS[2], ("body", "heading"))


def test_cli_clean_explain_shows_every_dropped_line_with_its_label() -> None:
    result = runner.invoke(app, ["clean", str(SEEDS[2]), "--explain"])
    assert result.exit_code == 0, result.output
    text = SEEDS[2].read_text(encoding="utf-8")
    for line in clean(text).lines:
        if line.text.strip():
            assert f"{line.number:>5}  {line.label:<10}  {line.text.strip()}" in result.output
            assert f"^ {line.evidence}" in result.output


def test_cli_clean_reads_stdin_and_reports_bad_input_on_one_line() -> None:
    result = runner.invoke(app, ["clean", "-"], input="The bridge is closed. It reopens soon.\n")
    assert result.exit_code == 0
    assert "The bridge is closed." in result.output
    missing = runner.invoke(app, ["clean", "no/such/page.txt"])
    assert missing.exit_code != 0
    assert missing.output.strip().startswith("error:")
    assert "Traceback" not in missing.output


def test_cli_clean_respects_max_bytes() -> None:
    result = runner.invoke(app, ["clean", str(SEEDS[2]), "--max-bytes", "100"])
    assert result.exit_code != 0
    assert "--max-bytes" in result.output


def test_cli_clean_as_a_real_process() -> None:
    done = subprocess.run([sys.executable, "-m", "summarizer", "clean", str(SEEDS[0])],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "No time to read?" not in done.stdout
    assert done.stdout.splitlines()[1:] == body_lines(SEEDS[0], ("body", "heading"))
