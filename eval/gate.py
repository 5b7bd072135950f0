"""The quality gate: pinned ROUGE floors per method on the reference suite.

``eval/baseline.json`` holds, per method (and the oracle), the mean F1 measured on
the suite with the default settings, and a floor = measured − :data:`TOLERANCE`.
The tests fail when a method falls below its floor, or when the suite's files
changed (their digest is recorded). Updating the baseline refuses to lower any
floor, or to drop the floors of a method left out of the run, unless
``allow_regression`` is given. :func:`precheck` refuses, before anything is scored,
whatever the gate would refuse after the run.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.records import HUMAN, ORACLE
from eval.runner import EvalResult, EvalSettings
from summarizer.errors import InputError, OptionError

GATE_METRICS = ("rouge1", "rouge2", "rougeLsum")
"""The metrics with floors (rougeL adds little beside rougeLsum)."""

TOLERANCE = 0.02
"""Two ROUGE points: room for harmless changes (a sentence split moved, a tie
broken differently) on five articles, small enough to catch a real regression."""

GATE_SETTINGS: dict[str, Any] = {"sentences": 3, "words": None, "seed": 0, "clean": True,
                                 "language": "english"}
"""The settings the floors were measured with; the gate only applies to them."""

SUITE_CHANGED = ("the suite changed since the baseline was written (digest differs); "
                 "re-measure with 'summarizer eval --update-baseline'")


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


def _differences(settings: EvalSettings) -> list[str]:
    """Settings that differ from :data:`GATE_SETTINGS`, as ``name=value``."""
    budget = settings.budget
    current = {"sentences": budget.sentences, "words": budget.words, "seed": budget.seed,
               "clean": budget.clean, "language": budget.language}
    return [f"{key}={value!r}" for key, value in current.items() if GATE_SETTINGS[key] != value]


def check_settings(settings: EvalSettings) -> None:
    """Refuse settings the floors were not measured with (before anything is scored).

    Raises:
        OptionError: Naming the settings that differ.
    """
    differing = _differences(settings)
    if differing:
        defaults = ", ".join(f"{key}={value!r}" for key, value in GATE_SETTINGS.items())
        raise OptionError(f"the quality gate applies to the default settings only ({defaults}); "
                          f"here {', '.join(differing)}: drop those options")


def _rows(settings: EvalSettings) -> list[str]:
    """The rows a run with ``settings`` measures (every method and the oracle)."""
    return [*settings.methods, ORACLE]


def _missing(rows: list[str], baseline: Baseline) -> list[str]:
    """Rows with floors in ``baseline`` that ``rows`` do not cover."""
    return [row for row in baseline.floors if row not in rows]


def check_writable(path: Path) -> None:
    """Make sure the baseline file can be written, without changing it.

    Raises:
        OptionError: A folder, a missing folder, or no permission.
    """
    hint = "give a writable file with --baseline PATH"
    if path.is_dir():
        raise OptionError(f"cannot write the baseline {str(path)!r}: it is a folder; {hint}")
    try:
        if path.exists():
            with path.open("r+b"):  # opened for writing, left as it is
                pass
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
            path.unlink()
    except OSError as error:
        raise OptionError(f"cannot write the baseline {str(path)!r}: {error.strerror}; "
                          f"{hint}") from None


def precheck(settings: EvalSettings, *, digest: str, check: bool, update: bool,
             allow_regression: bool, path: Path | None = None) -> None:
    """Everything the gate would refuse after a run, refused before scoring.

    Args:
        settings: The run's settings.
        digest: The digest of the data about to be evaluated.
        check: ``--check-baseline`` is given.
        update: ``--update-baseline`` is given.
        allow_regression: ``--allow-regression`` is given.
        path: The baseline file (default :func:`default_path`).

    Raises:
        OptionError: Other settings, rows missing, or an unwritable baseline.
        InputError: An unreadable baseline.
    """
    if not (check or update):
        return
    check_settings(settings)
    target = path or default_path()
    if update:
        check_writable(target)
        if target.exists() and not allow_regression:
            _refuse_dropping(_missing(_rows(settings), load_baseline(target)))
    elif check:
        baseline = load_baseline(target)
        if baseline.digest != digest:
            raise OptionError(SUITE_CHANGED)
        missing = _missing(_rows(settings), baseline)
        if missing:
            raise OptionError(f"the baseline has floors for {', '.join(missing)}, not evaluated "
                              "with these --methods: drop --methods to check every floor")


def _measure(result: EvalResult) -> dict[str, dict[str, float]]:
    return {row: {m: round(result.aggregate[row][m].mean, 6) for m in GATE_METRICS}
            for row in result.rows if row != HUMAN}


def check(result: EvalResult, baseline: Baseline) -> list[str]:
    """Problems found: changed suite, other settings, missing method, or a floor broken."""
    if result.digest != baseline.digest:
        return [SUITE_CHANGED]
    if _differences(result.settings):
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


def _refuse_dropping(missing: list[str]) -> None:
    if missing:
        raise OptionError(f"refusing to drop the floors of {', '.join(missing)} (in the "
                          "baseline but not evaluated): evaluate every method (no --methods), "
                          "or pass --allow-regression if this is intended")


def _refuse_lowering(floors: dict[str, dict[str, float]], old: Baseline) -> None:
    lowered = [f"{row} {m} {old.floors[row][m]:.4f}→{new:.4f}"
               for row, values in floors.items() for m, new in values.items()
               if new < old.floors.get(row, {}).get(m, 0.0)]
    if lowered:
        raise OptionError("refusing to lower floors (" + ", ".join(lowered) +
                          "); pass --allow-regression if this is intended")


def update(result: EvalResult, *, path: Path | None = None,
           allow_regression: bool = False) -> Baseline:
    """Write a new baseline from ``result``.

    Raises:
        OptionError: Not the gate settings, or (without ``allow_regression``) a
            floor would be lowered or a row of the old baseline dropped.
    """
    check_settings(result.settings)
    target = path or default_path()
    measured = _measure(result)
    floors = {row: {m: round(max(0.0, v - TOLERANCE), 6) for m, v in values.items()}
              for row, values in measured.items()}
    if target.exists() and not allow_regression:
        old = load_baseline(target)
        _refuse_dropping(_missing(list(measured), old))
        _refuse_lowering(floors, old)
    baseline = Baseline(digest=result.digest, measured=measured, floors=floors)
    document = {"suite_digest": baseline.digest, "settings": GATE_SETTINGS,
                "tolerance": TOLERANCE, "measured": measured, "floors": floors}
    target.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return baseline
