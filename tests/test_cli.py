"""The command line, in-process through Typer's CliRunner, plus one real subprocess run."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import __version__
from summarizer.cli import app
from summarizer.methods import available_methods
from tests.conftest import ARTICLES

ARTICLE = ARTICLES / "001_d3225705ede13dcf.txt"
runner = CliRunner()


def run(*args: str, stdin: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def assert_one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_methods_lists_the_registry() -> None:
    result = run("methods")
    assert result.exit_code == 0
    for name in available_methods():
        assert name in result.stdout


def test_help_has_examples() -> None:
    result = run("summarize", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "--words" in result.stdout


@pytest.mark.parametrize("method", available_methods())
def test_every_method_prints_three_verbatim_lines(method: str) -> None:
    result = run("summarize", str(ARTICLE), "--method", method)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    text = ARTICLE.read_text(encoding="utf-8")
    assert all(line in text for line in lines)


def test_json_format() -> None:
    result = run("summarize", str(ARTICLE), "-m", "lead", "-n", "2", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["method"] == "lead"
    assert [s["index"] for s in data["sentences"]] == [0, 1]
    for item in data["sentences"]:
        assert set(item) == {"index", "text", "score"}
        assert isinstance(item["index"], int)
        assert isinstance(item["score"], float)
        assert isinstance(item["text"], str)


def test_markdown_format() -> None:
    result = run("summarize", str(ARTICLE), "-m", "lead", "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.count("\n- ") == 3


def test_stdin_gives_the_same_summary_as_the_file() -> None:
    from_file = run("summarize", str(ARTICLE), "-m", "textrank")
    from_stdin = run("summarize", "-", "-m", "textrank", stdin=ARTICLE.read_bytes())
    assert from_stdin.exit_code == 0
    assert from_stdin.stdout == from_file.stdout


def test_word_budget_respected() -> None:
    result = run("summarize", str(ARTICLE), "-m", "lexrank", "--words", "60")
    assert result.exit_code == 0
    assert len(result.stdout.split()) <= 60


def test_ratio() -> None:
    result = run("summarize", str(ARTICLE), "-m", "lead", "--ratio", "0.5", "-f", "json")
    data = json.loads(result.stdout)
    assert len(data["sentences"]) == math.floor(0.5 * data["document_sentences"] + 0.5)


def test_utf8_bom_and_latin1_inputs(tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    plain = run("summarize", str(ARTICLE), "-m", "lead")
    assert run("summarize", str(bom), "-m", "lead").stdout == plain.stdout
    latin = tmp_path / "latin.txt"
    latin.write_bytes(
        ("Le président a déclaré que la réunion aura lieu à Genève. " * 3
         + "\nLes négociations continueront l'été prochain.").encode("latin-1")
    )
    result = run("summarize", str(latin), "-m", "lead", "-n", "1")
    assert result.exit_code == 0, result.stderr
    assert "Genève" in result.stdout


def test_html_input_is_turned_into_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(
        f"<p>The council approved budget item number {i} after a long debate on "
        f"Tuesday evening in the city hall.</p>" for i in range(6)
    )
    page.write_text(f"<!DOCTYPE html><html><head><title>Budget</title></head>"
                    f"<body><article>{body}</article></body></html>", encoding="utf-8")
    result = run("summarize", str(page), "-m", "lead", "-n", "2")
    assert result.exit_code == 0, result.stderr
    assert "<" not in result.stdout
    assert "budget item number 0" in result.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"   \n\t\n  ", "empty"), (b"\x00\x01\x02\x03binary\x00" * 20, "binary")],
)
def test_bad_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_error(run("summarize", str(path)), fragment)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("summarize", str(tmp_path / "nope.txt")), "no such file")
    assert_one_line_error(run("summarize", str(tmp_path)), "directory")


def test_size_limit_and_option_to_raise_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The committee met on Monday to discuss the plan. " * 200, encoding="utf-8")
    assert_one_line_error(run("summarize", str(path), "--max-bytes", "1000"), "--max-bytes")
    assert run("summarize", str(path), "--max-bytes", "100000").exit_code == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["-m", "nosuch"], "lexrank"),
        (["-n", "0"], "--sentences"),
        (["-n", "-2"], "--sentences"),
        (["-n", "two"], "--sentences"),
        (["-n", "2", "-w", "40"], "conflict"),
        (["-w", "30", "-r", "0.5"], "conflict"),
        (["-w", "0"], "--words"),
        (["-r", "1.5"], "--ratio"),
        (["-f", "yaml"], "json"),
        (["-l", "klingon"], "english"),
        (["--bogus"], "--bogus"),
        (["--seed", "-1"], "--seed"),
        (["--max-bytes", "-5"], "--max-bytes"),
        (["--max-bytes", "0"], "--max-bytes"),
    ],
)
def test_bad_options(args: list[str], fragment: str) -> None:
    result = run("summarize", str(ARTICLE), *args)
    assert_one_line_error(result, fragment)
    assert result.exit_code == 2  # usage error, as for Typer's own


def test_bad_input_exits_1_and_options_are_checked_before_reading(tmp_path: Path) -> None:
    assert run("summarize", str(tmp_path / "missing.txt")).exit_code == 1
    result = run("summarize", str(tmp_path / "missing.txt"), "-m", "nosuch")
    assert_one_line_error(result, "unknown method")


def test_sentence_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(" ".join(f"Item {i} was approved today." for i in range(60)), "utf-8")
    assert_one_line_error(run("summarize", str(path), "--max-sentences", "50"),
                          "--max-sentences")
    assert run("summarize", str(path), "--max-sentences", "60").exit_code == 0


def test_unexpected_errors_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    monkeypatch.setattr("summarizer.pipeline.summarize", broken)
    assert_one_line_error(run("summarize", str(ARTICLE)), "RuntimeError: boom")


def test_same_input_same_output() -> None:
    first = run("summarize", str(ARTICLE), "-m", "random", "--seed", "7")
    second = run("summarize", str(ARTICLE), "-m", "random", "--seed", "7")
    assert first.stdout == second.stdout


def test_real_subprocess_run() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", str(ARTICLE), "-m", "lead", "-n", "2"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(completed.stdout.strip().splitlines()) == 2
    missing = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", "/no/such/file.txt"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert missing.returncode != 0
    assert missing.stderr.startswith("error: ")
    assert "Traceback" not in missing.stderr


def test_clean_of_a_page_without_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><p></p><div></div></body></html>", encoding="utf-8")
    assert_one_line_error(run("clean", str(page)), "no visible text")


def test_bare_command_is_a_usage_error() -> None:
    result = run()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Usage: ")
    assert "summarize" in result.stderr


HUGE = "100000000000000000000000"


@pytest.mark.parametrize("option", ["--sentences", "--words", "--seed", "--max-bytes",
                                    "--max-sentences"])
def test_huge_numbers_are_handled(option: str) -> None:
    """10**23 is a valid count: no OverflowError or MemoryError, no 'unexpected'."""
    result = run("summarize", str(ARTICLE), option, HUGE, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert "unexpected" not in result.stderr


def test_huge_max_bytes_on_stdin() -> None:
    result = run("summarize", "-", "--max-bytes", HUGE, stdin=ARTICLE.read_bytes())
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("option", ["--jobs", "--bootstrap"])
def test_huge_eval_numbers_are_option_errors(option: str) -> None:
    result = run("eval", option, HUGE)
    assert_one_line_error(result, option, "must be at most")
    assert result.exit_code == 2


def test_symlink_loop_and_dangling_link(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_one_line_error(run("summarize", str(loop)), "symbolic link that loops")
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    assert_one_line_error(run("summarize", str(dangling)), "symbolic link to a file that")
    assert run("summarize", str(loop)).exit_code == 1


@pytest.mark.parametrize(("text", "encoding"), [
    ("東京都は月曜日、新しい予算案を発表した。学校への支出が増える。批判者は交通への配慮が足りないと述べた。",
     "shift_jis"),
    ("東京都は月曜日、新しい予算案を発表した。学校への支出が増える。", "euc_jp"),
    ("市议会周一批准了新的预算。预算增加了学校的支出。批评者说该计划忽视了交通。", "gbk"),
    ("市議會週一批准了新的預算。預算增加了學校的支出。", "big5"),
    ("東京都は月曜日、新しい予算案を発表した。学校への支出が増える。", "iso2022_jp"),
])  # fmt: skip
def test_east_asian_legacy_encodings_are_detected(tmp_path: Path, text: str,
                                                  encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    result = run("summarize", str(path), "-n", "1", "--no-clean")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == text.split("。")[0] + "。"


@pytest.mark.parametrize(("content", "fragment"), [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (Hello) Tj ET\n%%EOF\n", "PDF file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4, "PDF file"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Storm hits'
     b"</title></item></channel></rss>\n", "RSS or Atom feed"),
])  # fmt: skip
def test_pdf_and_feeds_are_refused(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    for command in ("summarize", "clean"):
        result = run(command, str(path))
        assert_one_line_error(result, fragment)
        assert result.exit_code == 1


LONG_OPENING = ("The storm reached the coast late on Monday night and flooded many streets. "
                "Emergency crews worked through the night to rescue residents trapped in "
                "their homes by the rising water and the strong winds. Schools closed. "
                "The mayor said damage would take months to repair.")


def test_lead_word_budget_takes_the_opening_in_order(tmp_path: Path) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(LONG_OPENING, encoding="utf-8")
    result = run("summarize", str(path), "--words", "16", "-f", "json", "--no-clean")
    assert [s["index"] for s in json.loads(result.stdout)["sentences"]] == [0]
    assert json.loads(result.stdout)["settings"]["contiguous"] is True
    gaps = run("summarize", str(path), "--words", "16", "-f", "json", "--no-clean",
               "--no-contiguous")
    assert [s["index"] for s in json.loads(gaps.stdout)["sentences"]] == [0, 2]


def test_contiguous_needs_a_word_budget() -> None:
    result = run("summarize", str(ARTICLE), "--contiguous")
    assert_one_line_error(result, "--contiguous applies to a word budget: give --words too")
    assert result.exit_code == 2


def test_longer_or_shorter_than_asked_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(LONG_OPENING, encoding="utf-8")
    longer = run("summarize", str(path), "--words", "5", "-f", "json", "--no-clean")
    assert longer.exit_code == 0
    assert longer.stderr.startswith("warning: the summary has 13 words, more than the 5 asked")
    assert json.loads(longer.stdout)["warnings"] == [longer.stderr[len("warning: "):].strip()]
    shorter = run("summarize", str(path), "-n", "100", "--no-clean")
    assert shorter.stderr == ("warning: the summary has 4 sentences, fewer than the 100 "
                              "asked: the article has only 4 sentences\n")
    assert len(shorter.stdout.splitlines()) == 4
