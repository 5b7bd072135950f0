"""Validation of evaluation data and options: one-line errors, nothing dropped silently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.data import find_suite, load_dataset, load_suite
from eval.runner import make_settings
from summarizer.cli import app
from summarizer.errors import InputError, OptionError
from summarizer.methods import available_methods

GOOD = {"id": "a1", "article": "One sentence here. Another one there.", "reference": "One."}


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def record(**fields: object) -> bytes:
    return json.dumps({**GOOD, **fields}).encode()


BAD_LINES = {
    "malformed": (b'{"id": "x", "article": ', r"line 2: malformed JSON"),
    "not_object": (b"[1, 2]", r"line 2: expected a JSON object"),
    "missing_article": (json.dumps({"id": "b", "reference": "r"}).encode(),
                        r"line 2 \(id 'b'\): field 'article' must be a string"),
    "empty_article": (record(id="b", article="  "), r"line 2 \(id 'b'\): field 'article' is empty"),
    "empty_reference": (record(id="b", reference=""), r"field 'reference' is empty"),
    "no_reference": (json.dumps({"id": "b", "article": "Text."}).encode(), r"no reference"),
    "empty_in_list": (record(id="b", references=["ok", " "]), r"references\[1\] is empty"),
    "missing_id": (json.dumps({"article": "T.", "reference": "r"}).encode(), r"field 'id'"),
    "duplicate": (record(), r"line 2: duplicate id 'a1' \(first on line 1\)"),
    "not_utf8": (b'{"id": "b", "article": "caf\xe9", "reference": "r"}', r"line 2: not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_bad_records_raise_one_line_errors(tmp_path: Path, name: str) -> None:
    line, message = BAD_LINES[name]
    path = write_lines(tmp_path / "data.jsonl", [record(), line])
    with pytest.raises(InputError, match=message) as raised:
        load_dataset(path)
    assert "\n" not in str(raised.value)


def test_skip_bad_reports_every_skipped_record(tmp_path: Path) -> None:
    lines = [record(), BAD_LINES["malformed"][0], record(id="c"), record(id="c")]
    dataset = load_dataset(write_lines(tmp_path / "d.jsonl", lines), skip_bad=True)
    assert [e.id for e in dataset.examples] == ["a1", "c"]
    assert len(dataset.skipped) == 2
    assert dataset.skipped[0].startswith("line 2: malformed JSON")
    assert dataset.skipped[1].startswith("line 4: duplicate id 'c'")


def test_reference_fields_and_blank_lines(tmp_path: Path) -> None:
    lines = [record(), b"", record(id="m", references=["x.", "y."]),
             json.dumps({"id": "h", "article": "A.", "highlights": "H."}).encode()]
    dataset = load_dataset(write_lines(tmp_path / "d.jsonl", lines))
    assert [e.references for e in dataset.examples] == [("One.",), ("x.", "y."), ("H.",)]


def test_empty_or_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no usable records"):
        load_dataset(write_lines(tmp_path / "empty.jsonl", [b""]))
    with pytest.raises(InputError, match="cannot read dataset"):
        load_dataset(tmp_path / "absent.jsonl")


def test_the_bundled_suite_is_found_and_valid() -> None:
    suite = load_suite(find_suite())
    assert len(suite.examples) >= 5
    assert all(len(example.references) >= 2 for example in suite.examples)
    assert len(suite.digest) == 64


def test_suite_errors_name_the_item_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "suite"
    shutil.copytree(find_suite(), folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    missing = manifest["items"][1]["references"][0]
    (folder / missing).unlink()
    with pytest.raises(InputError, match=rf"manifest item 2 .*missing file '{missing}'"):
        load_suite(folder)
    (folder / missing).write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match=r"is empty"):
        load_suite(folder)


@pytest.mark.parametrize(("options", "message"), [
    ({"methods": ["nosuch"]}, "unknown method 'nosuch': choose one of " +
     ", ".join(available_methods())),
    ({"methods": []}, "no methods given"),
    ({"jobs": 0}, "jobs must be a positive"),
    ({"jobs": 10**23}, "jobs must be at most 64, got"),
    ({"bootstrap": 0}, "bootstrap must be a positive"),
    ({"sentences": 2, "words": 50}, "sentences and words conflict"),
    ({"methods": "lead"}, "methods must be a list of method names, got 'lead'"),
    ({"clean": "no"}, "clean must be True or False, got 'no'"),
    ({"max_sentences": 0}, "max_sentences must be a positive"),
    ({"max_bytes": 2.5}, "max_bytes must be a positive whole number, got 2.5"),
    ({"language": None}, "language must be a name"),
])
def test_bad_options(options: dict[str, object], message: str) -> None:
    """From Python, messages name the parameters as Python spells them."""
    with pytest.raises(OptionError, match="^" + message.replace("(", r"\(")):
        make_settings(**options)  # type: ignore[arg-type]


def test_lead_and_random_are_always_evaluated() -> None:
    assert make_settings(methods=["textrank"]).methods == ("lead", "textrank", "random")


@pytest.mark.parametrize("args", [
    ["--jobs", "0"], ["--bootstrap", "0"], ["--sentences", "2", "--words", "9"],
    ["--methods", "lead,nosuch"], ["--jobs", "100000000000000000000000"],
    ["--max-bytes", "0"], ["--max-sentences", "-1"],
    ["--dataset", "x.jsonl", "--suite", "references"],
    ["--dataset", "x.jsonl", "--check-baseline"],
])
def test_cli_bad_options_are_one_line(args: list[str]) -> None:
    """Bad options exit 2 in eval too, as in every command."""
    result = CliRunner().invoke(app, ["eval", *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ")
    assert "_" not in result.output.split(":")[1]  # a flag is named as typed: --max-bytes
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_cli_bad_data_is_one_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", [record(), BAD_LINES["not_utf8"][0]])
    result = CliRunner().invoke(app, ["eval", "--dataset", str(path), "--out",
                                      str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip() == ("error: line 2: not UTF-8 text (bad byte at offset 27); "
                                     "re-encode the file as UTF-8")
    assert not (tmp_path / "out").exists()


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + record() + b"\n" + record(id="b2") + b"\n")
    dataset = load_dataset(path)
    assert [e.id for e in dataset.examples] == ["a1", "b2"]
    assert dataset.examples[0].article == GOOD["article"]


def test_a_byte_order_mark_in_the_suite_is_accepted(tmp_path: Path) -> None:
    folder = tmp_path / "suite"
    shutil.copytree(find_suite(), folder)
    original = load_suite(folder)
    for path in [folder / "manifest.json", *folder.glob("*/*.txt")]:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    again = load_suite(folder)
    assert again.examples == original.examples


def test_unknown_language_lists_the_valid_ones() -> None:
    with pytest.raises(OptionError,
                       match=r"unknown language 'klingon': use auto or one of .*english"):
        make_settings(language="klingon")
    assert make_settings(language=" English ").budget.language == "english"


def test_bootstrap_has_an_upper_bound() -> None:
    assert make_settings(bootstrap=100_000).bootstrap == 100_000
    with pytest.raises(OptionError, match=r"^bootstrap must be at most 100000, got 100001$"):
        make_settings(bootstrap=100_001)
