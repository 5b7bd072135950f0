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
    assert message.startswith("error: unknown language 'klingon': use auto or one of ")
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


def dataset_with_a_long_article(folder: Path) -> Path:
    """The tiny dataset plus one article of 40 sentences and one of a few bytes."""
    path = tiny_dataset(folder)
    long_article = " ".join(f"Item {i} was approved by the council today." for i in range(40))
    extra = [{"id": "long", "article": long_article, "reference": "Items were approved."},
             {"id": "short", "article": "Tiny. Text.", "reference": "Tiny."}]
    with path.open("a", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in extra)
    return path


@pytest.mark.usefixtures("no_scoring")
def test_an_article_over_the_sentence_limit_stops_the_run_before_scoring(
        tmp_path: Path) -> None:
    message = one_line_error("--dataset", str(dataset_with_a_long_article(tmp_path)),
                             "--max-sentences", "30", "--out", str(tmp_path / "out"), code=1)
    assert message == ("error: id 'long': the text has 40 sentences, more than the "
                       "30-sentence limit; raise it with --max-sentences (scoring time "
                       "grows with the number of sentences)")
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("no_scoring")
def test_an_article_over_the_byte_limit_stops_the_run_before_scoring(tmp_path: Path) -> None:
    message = one_line_error("--dataset", str(dataset_with_a_long_article(tmp_path)),
                             "--max-bytes", "300", "--out", str(tmp_path / "out"), code=1)
    assert message.startswith("error: id 'ex-0': the text is larger than the 300-byte limit")
    assert "--max-bytes" in message


def test_skip_bad_leaves_out_and_lists_every_article_over_a_limit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "--dataset",
                                      str(dataset_with_a_long_article(tmp_path)),
                                      "--max-sentences", "6", "--skip-bad", "--methods", "lead",
                                      "--bootstrap", "10", "--out", str(out)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: skipped id 'ex-2': the text has 7 sentences, more than the 6-sentence "
        "limit; raise it with --max-sentences (scoring time grows with the number of "
        "sentences)",
        "warning: skipped id 'long': the text has 40 sentences, more than the 6-sentence "
        "limit; raise it with --max-sentences (scoring time grows with the number of "
        "sentences)",
    ]
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert len(results["settings"]["skipped"]) == 2
    assert results["settings"]["max_sentences"] == 6
    assert {example["id"] for example in results["examples"]} == {"ex-0", "ex-1", "short"}
    assert "## Skipped records" in (out / "report.md").read_text(encoding="utf-8")


def test_run_evaluation_checks_every_article_before_scoring_any(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eval.runner
    from eval.data import load_dataset
    from eval.runner import check_examples, make_settings, run_evaluation
    from summarizer.errors import InputError

    def tripwire(*args: object, **kwargs: object) -> None:
        raise AssertionError("an article was scored before every article was checked")

    data = load_dataset(dataset_with_a_long_article(tmp_path))
    settings = make_settings(methods=["lead"], bootstrap=10, max_sentences=30)
    monkeypatch.setattr(eval.runner, "score_example", tripwire)
    with pytest.raises(InputError, match=r"^id 'long': the text has 40 sentences, more than "
                                         r"the 30-sentence limit; raise it with max_sentences"):
        run_evaluation(data, settings=settings)
    prepared = check_examples(data, settings=settings, skip_bad=True)
    assert [example.id for example in prepared.dataset.examples] == [
        "ex-0", "ex-1", "ex-2", "short"]
    assert len(prepared.documents) == 4
    assert prepared.dataset.skipped == (
        "id 'long': the text has 40 sentences, more than the 30-sentence limit; raise it "
        "with max_sentences (scoring time grows with the number of sentences)",)
