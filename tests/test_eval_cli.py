"""``summarizer eval`` option problems are found before any article is scored.

Each bad combination must stop with one line on stderr that says what to do, and
must never reach the scoring stage (``run_evaluation`` is replaced by a tripwire).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval import gate
from summarizer.cli import app
from tests.test_eval_run import tiny_dataset


@pytest.fixture
def no_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the command gets as far as scoring."""
    import eval.runner

    def tripwire(*args: object, **kwargs: object) -> None:
        raise AssertionError("scoring started before the options were validated")

    monkeypatch.setattr(eval.runner, "run_evaluation", tripwire)


def one_line_error(*args: str, code: int = 2) -> str:
    """Run ``summarizer eval ARGS``; assert a one-line error (exit 2: a bad option)."""
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == code, result.output
    assert result.output.startswith("error: "), result.output
    assert result.output.count("\n") == 1, result.output
    assert "unexpected" not in result.output
    return result.output.strip()


@pytest.mark.usefixtures("no_scoring")
def test_out_is_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "results"
    target.write_text("not a folder", encoding="utf-8")
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--out", str(target))
    assert f"--out {str(target)!r} is a file" in message
    assert "folder" in message
    assert target.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.usefixtures("no_scoring")
def test_out_below_a_file(tmp_path: Path) -> None:
    parent = tmp_path / "plain.txt"
    parent.write_text("x", encoding="utf-8")
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--out",
                             str(parent / "sub"))
    assert "cannot create --out" in message
    assert "writable folder" in message


@pytest.mark.usefixtures("no_scoring")
def test_out_where_nothing_can_be_created(tmp_path: Path) -> None:
    if not Path("/proc/self").exists():
        pytest.skip("needs /proc")
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--out", "/proc/nope")
    assert "cannot create --out '/proc/nope'" in message
    assert not Path("/proc/nope").exists()


@pytest.mark.usefixtures("no_scoring")
def test_out_with_an_output_name_taken_by_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out" / "results.json").mkdir(parents=True)
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--out",
                             str(tmp_path / "out"))
    assert "results.json" in message


def test_a_new_out_folder_is_not_left_behind_by_the_check(tmp_path: Path) -> None:
    from eval.report import check_output_folder

    check_output_folder(tmp_path / "a" / "b")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("no_scoring")
@pytest.mark.parametrize("where", ["/proc/nope/baseline.json", "/proc/baseline.json", "DIR"])
def test_unwritable_baseline_with_update(tmp_path: Path, where: str) -> None:
    if where.startswith("/proc") and not Path("/proc/self").exists():
        pytest.skip("needs /proc")
    target = str(tmp_path) if where == "DIR" else where
    message = one_line_error("--update-baseline", "--baseline", target,
                             "--out", str(tmp_path / "out"))
    assert f"cannot write the baseline {target!r}" in message
    assert "--baseline PATH" in message
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("no_scoring")
@pytest.mark.parametrize("flag", ["--check-baseline", "--update-baseline"])
@pytest.mark.parametrize("setting", [["--no-clean"], ["--words", "60"], ["--seed", "3"],
                                     ["--sentences", "2"], ["--language", "german"]])
def test_gate_needs_default_settings_up_front(tmp_path: Path, flag: str,
                                              setting: list[str]) -> None:
    message = one_line_error(flag, *setting, "--baseline", str(tmp_path / "b.json"),
                             "--out", str(tmp_path / "out"))
    assert "the quality gate applies to the default settings only" in message
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("no_scoring")
def test_check_baseline_reads_the_baseline_up_front(tmp_path: Path) -> None:
    message = one_line_error("--check-baseline", "--baseline", str(tmp_path / "absent.json"),
                             "--out", str(tmp_path / "out"), code=1)
    assert "cannot read baseline" in message


@pytest.mark.usefixtures("no_scoring")
def test_check_baseline_with_a_method_subset_fails_up_front(tmp_path: Path) -> None:
    message = one_line_error("--check-baseline", "--methods", "lead",
                             "--out", str(tmp_path / "out"))
    assert "not evaluated" in message
    assert "luhn" in message


@pytest.mark.usefixtures("no_scoring")
def test_update_baseline_with_a_method_subset_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_bytes(gate.default_path().read_bytes())
    message = one_line_error("--update-baseline", "--methods", "lead", "--baseline", str(path),
                             "--out", str(tmp_path / "out"))
    assert "refusing to drop the floors of" in message
    assert "luhn" in message
    assert "--allow-regression" in message
    assert path.read_bytes() == gate.default_path().read_bytes()


@pytest.mark.usefixtures("no_scoring")
def test_unknown_language_is_an_option_error(tmp_path: Path) -> None:
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--language", "klingon",
                             "--out", str(tmp_path / "out"))
    assert message.startswith("error: unknown language 'klingon': use one of ")
    assert "english" in message
    assert "id " not in message


@pytest.mark.usefixtures("no_scoring")
def test_too_many_bootstrap_resamples(tmp_path: Path) -> None:
    message = one_line_error("--dataset", str(tiny_dataset(tmp_path)), "--bootstrap",
                             "1000000000", "--out", str(tmp_path / "out"))
    assert message == "error: --bootstrap must be at most 100000, got 1000000000"


@pytest.mark.parametrize("resamples", ["1", "2"])
def test_one_or_two_resamples_complete(tmp_path: Path, resamples: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "--dataset", str(tiny_dataset(tmp_path)),
                                      "--methods", "lead", "--bootstrap", resamples,
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "rouge.png").read_bytes().startswith(b"\x89PNG")
    aggregate = json.loads((out / "results.json").read_text(encoding="utf-8"))["aggregate"]
    # The tables keep the percentile interval as computed, even where it misses the mean.
    lead = aggregate["lead"]["rouge1"]
    assert lead["low"] <= lead["high"]
    assert f"{100 * lead['low']:.2f}, {100 * lead['high']:.2f}]" in result.output
