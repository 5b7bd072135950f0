"""The quality gate: pinned ROUGE floors per method on the reference suite.

``eval/baseline.json`` holds, per method (and the oracle), the mean F1 measured on
the suite with the default settings, and a floor = measured − :data:`TOLERANCE`.
The tests fail when a method falls below its floor, or when the suite's files
changed (their digest is recorded). Updating the baseline refuses to lower any
floor unless ``allow_regression`` is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.records import HUMAN
from eval.runner import EvalResult
from summarizer.errors import InputError, OptionError

GATE_METRICS = ("rouge1", "rouge2", "rougeLsum")
"""The metrics with floors (rougeL adds little beside rougeLsum)."""

TOLERANCE = 0.02
"""Two ROUGE points: room for harmless changes (a sentence split moved, a tie
broken differently) on five articles, small enough to catch a real regression."""

GATE_SETTINGS: dict[str, Any] = {"sentences": 3, "words": None, "seed": 0, "clean": True,
                                 "language": "english"}
"""The settings the floors were measured with; the gate only applies to them."""


@dataclass(frozen=True, slots=True)
class Baseline:
    """The committed floors.

    Attributes:
        digest: SHA-256 digest of the suite they were measured on.
        measured: Row → metric → mean F1 when the baseline was written.
        floors: Row → metric → lowest acceptable mean F1.
    """

    digest: str
    measured: dict[str, dict[str, float]]
    floors: dict[str, dict[str, float]]


def default_path() -> Path:
    """``baseline.json`` next to this module (in the checkout and in the wheel)."""
    return Path(__file__).resolve().parent / "baseline.json"


def load_baseline(path: Path | None = None) -> Baseline:
    """Read a baseline file.

    Raises:
        InputError: Missing or malformed file.
    """
    source = path or default_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        return Baseline(digest=str(data["suite_digest"]), measured=data["measured"],
                        floors=data["floors"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"cannot read baseline {str(source)!r}: {error}; "
                         "create it with 'summarizer eval --update-baseline'") from None


def _settings_match(result: EvalResult) -> bool:
    budget = result.settings.budget
    current = {"sentences": budget.sentences, "words": budget.words, "seed": budget.seed,
               "clean": budget.clean, "language": budget.language}
    return current == GATE_SETTINGS


def _measure(result: EvalResult) -> dict[str, dict[str, float]]:
    return {row: {m: round(result.aggregate[row][m].mean, 6) for m in GATE_METRICS}
            for row in result.rows if row != HUMAN}


def check(result: EvalResult, baseline: Baseline) -> list[str]:
    """Problems found: changed suite, other settings, missing method, or a floor broken."""
    if result.digest != baseline.digest:
        return ["the suite changed since the baseline was written (digest differs); "
                "re-measure with 'summarizer eval --update-baseline'"]
    if not _settings_match(result):
        return [f"the gate applies to the default settings only: {GATE_SETTINGS}"]
    measured = _measure(result)
    problems = []
    for row, floors in baseline.floors.items():
        if row not in measured:
            problems.append(f"{row}: in the baseline but not evaluated")
            continue
        for metric, floor in floors.items():
            if measured[row][metric] < floor:
                problems.append(f"{row} {metric}: {measured[row][metric]:.4f} is below "
                                f"its floor {floor:.4f}")
    return problems


def update(result: EvalResult, *, path: Path | None = None,
           allow_regression: bool = False) -> Baseline:
    """Write a new baseline from ``result``.

    Raises:
        OptionError: Not the gate settings, or a floor would be lowered without
            ``allow_regression``.
    """
    if not _settings_match(result):
        raise OptionError(f"--update-baseline needs the default settings {GATE_SETTINGS}")
    target = path or default_path()
    measured = _measure(result)
    floors = {row: {m: round(max(0.0, v - TOLERANCE), 6) for m, v in values.items()}
              for row, values in measured.items()}
    if target.exists() and not allow_regression:
        old = load_baseline(target).floors
        lowered = [f"{row} {m} {old[row][m]:.4f}→{new:.4f}" for row, values in floors.items()
                   for m, new in values.items() if new < old.get(row, {}).get(m, 0.0)]
        if lowered:
            raise OptionError("refusing to lower floors (" + ", ".join(lowered) +
                              "); pass --allow-regression if this is intended")
    baseline = Baseline(digest=result.digest, measured=measured, floors=floors)
    document = {"suite_digest": baseline.digest, "settings": GATE_SETTINGS,
                "tolerance": TOLERANCE, "measured": measured, "floors": floors}
    target.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return baseline
