"""``summarizer batch`` and ``summarize_many``, in-process: formats, errors, resume, order."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.batch import (
    LocalEngine,
    make_batch_options,
    make_engine,
    run_batch,
    summarize_many,
)
from summarizer.batch.output import resume_point
from summarizer.cli import app
from summarizer.errors import OptionError
from summarizer.pipeline import summarize
from tests.batch_helpers import BAD_LINES, read_records, seed_articles, write_corpus

runner = CliRunner()


def batch(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["batch", *args], input=stdin)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "in.jsonl")


def test_records_are_the_summarize_commands_json(tmp_path: Path) -> None:
    """Each record, less id and error, is what `summarize --format json` prints for it."""
    path = write_corpus(tmp_path / "in.jsonl", copies=1, bad=False)
    out = tmp_path / "out.jsonl"
    options = ["--words", "40", "--language", "en"]
    result = batch(str(path), "--out", str(out), "-m", "lead,textrank,random", *options)
    assert result.exit_code == 0, result.output
    records = read_records(out)
    assert len(records) == 5 * 3
    for number, text in enumerate(seed_articles()):
        article = tmp_path / f"{number}.txt"
        article.write_text(text, encoding="utf-8")
        for method_number, method in enumerate(("lead", "textrank", "random")):
            shown = runner.invoke(app, ["summarize", str(article), "-m", method,
                                        "--format", "json", *options])
            assert shown.exit_code == 0
            expected = json.loads(shown.stdout)
            record = records[3 * number + method_number]
            assert record.pop("id") == f"a{number}"
            assert record.pop("error") is None
            assert record == expected


def test_bad_records_are_recorded_and_the_run_goes_on(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = batch(str(corpus), "--out", str(out), "-m", "lead,lexrank")
    assert result.exit_code == 1  # some failed
    records = read_records(out)
    assert len(records) == (10 + len(BAD_LINES)) * 2
    failed = [r for r in records if r["error"] is not None]
    assert len(failed) == len(BAD_LINES) * 2
    assert [r["id"] for r in failed[::2]] == ["empty", f"{corpus}:6", "no-text",
                                              f"{corpus}:8", "feed"]
    errors = [str(r["error"]) for r in failed[::2]]
    assert "empty" in errors[0]
    assert "malformed JSON" in errors[1]
    assert "field 'article' is missing" in errors[2]
    assert "JSON object" in errors[3]
    assert "feed" in errors[4]
    assert all(r["sentences"] == [] for r in failed)
    assert all(r["document_sentences"] is None for r in failed)
    assert [r["id"] for r in records[::2] if r["error"] is None] == [f"a{n}" for n in range(10)]
    assert result.stderr.strip().splitlines()[-1] == (
        f"15 documents: 30 records, 20 done, 10 failed; wrote {out}")


def test_same_bytes_whatever_the_jobs(corpus: Path, tmp_path: Path) -> None:
    outputs = []
    for jobs, shard in (("1", "16"), ("2", "1"), ("2", "3")):
        out = tmp_path / f"out{jobs}-{shard}.jsonl"
        result = batch(str(corpus), "--out", str(out), "-m", "lead,lexrank,random",
                       "--jobs", jobs, "--shard-size", shard, "--seed", "3")
        assert result.exit_code == 1, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_gzip_stdin_files_and_globs_give_the_same_records(corpus: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.jsonl"
    assert batch(str(corpus), "--out", str(plain)).exit_code == 1
    packed = tmp_path / "in.jsonl.gz"
    packed.write_bytes(gzip.compress(corpus.read_bytes()))
    for source, stdin in ((str(packed), None), ("-", corpus.read_bytes()),
                          ("-", packed.read_bytes())):
        out = tmp_path / "other.jsonl"
        out.unlink(missing_ok=True)
        assert batch(source, "--out", str(out), stdin=stdin).exit_code == 1
        strip = [{k: v for k, v in r.items() if k not in ("id", "error")}
                 for r in read_records(out)]
        assert strip == [{k: v for k, v in r.items() if k not in ("id", "error")}
                         for r in read_records(plain)]


def test_directories_and_globs_of_text_and_html(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    texts = seed_articles()
    (folder / "b.txt").write_text(texts[0], encoding="utf-8")
    (folder / "a.html").write_text(f"<html><body><p>{texts[1]}</p></body></html>",
                                   encoding="utf-8")
    (folder / "sub" / "c.txt").write_bytes(b"\x00\x01binary\x00" * 10)
    (folder / "notes.md").write_text("not an article file", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(folder), "--out", str(out))
    assert result.exit_code == 1
    records = read_records(out)
    assert [r["id"] for r in records] == [str(folder / "a.html"), str(folder / "b.txt"),
                                          str(folder / "sub" / "c.txt")]
    assert "binary" in str(records[2]["error"])
    expected = summarize(texts[0])
    sentences = records[1]["sentences"]
    assert isinstance(sentences, list)
    assert [s["text"] for s in sentences] == list(expected.sentences)
    globbed = tmp_path / "glob.jsonl"
    assert batch(str(folder / "*.txt"), "--out", str(globbed)).exit_code == 0
    assert read_records(globbed) == [records[1]]


def test_fields_are_chosen_by_name(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"url": 42, "body": seed_articles()[0]}) + "\n"
                    + '{"url": "\\ud800", "body": "Lone \\udc00 surrogates. Are refused."}\n',
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(path), "--out", str(out), "--text-field", "body", "--id-field", "url")
    assert result.exit_code == 1, result.output
    records = read_records(out)
    assert [r["id"] for r in records] == ["42", f"{path}:2"]
    assert "surrogate" in str(records[1]["error"])


@pytest.mark.parametrize("cut", ["a torn line", "half a document", "whole documents"])
def test_resume_cuts_the_torn_tail_and_finishes(corpus: Path, tmp_path: Path,
                                                cut: str) -> None:
    whole = tmp_path / "whole.jsonl"
    assert batch(str(corpus), "--out", str(whole), "-m", "lead,random").exit_code == 1
    data = whole.read_bytes()
    lines = data.splitlines(keepends=True)
    kept = {"a torn line": len(b"".join(lines[:9])) + 17,
            "half a document": len(b"".join(lines[:9])),
            "whole documents": len(b"".join(lines[:8]))}[cut]
    out = tmp_path / "out.jsonl"
    out.write_bytes(data[:kept])
    again = batch(str(corpus), "--out", str(out), "-m", "lead,random", "--resume")
    assert again.exit_code == 1
    assert out.read_bytes() == data
    assert "4 of them by an earlier run" in again.stderr
    assert ("cut off" in again.stderr) == (cut != "whole documents")


def test_resume_of_a_finished_run_redoes_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert batch(str(corpus), "--out", str(out)).exit_code == 1
    before = out.read_bytes()
    again = batch(str(corpus), "--out", str(out), "--resume")
    assert again.exit_code == 1
    assert out.read_bytes() == before
    assert "15 documents, 15 of them by an earlier run" in again.stderr


def test_resume_refuses_other_options_or_input(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert batch(str(corpus), "--out", str(out), "-m", "lead").exit_code == 1
    before = out.read_bytes()
    for extra in (["-m", "lexrank"], ["-n", "2"], ["--no-clean"], ["--seed", "1"]):
        refused = batch(str(corpus), "--out", str(out), "--resume", *extra)
        assert refused.exit_code == 1
        assert "rerun with the options of the first run" in refused.stderr
    other = write_corpus(corpus.with_name("other.jsonl"), bad=False)
    refused = batch(str(other), "--out", str(out), "--resume")
    assert refused.exit_code == 1
    assert "same input" in refused.stderr
    assert out.read_bytes() == before
    not_ours = tmp_path / "notes.jsonl"
    not_ours.write_text('{"a": 1}\n{"b": 2}\n', encoding="utf-8")
    refused = batch(str(corpus), "--out", str(not_ours), "--resume")
    assert refused.exit_code == 1
    assert "not the output of summarizer batch" in refused.stderr
    assert not_ours.read_text(encoding="utf-8") == '{"a": 1}\n{"b": 2}\n'


def test_resume_point_counts_complete_documents(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    options = make_batch_options(methods="lead,random")
    run_batch([str(corpus)], out=out, options=options)
    data = out.read_bytes()
    out.write_bytes(data[:-5])
    found = resume_point(out, options)
    assert found.documents == 14
    assert found.failed == 10
    assert found.size + found.dropped == len(data) - 5


@pytest.mark.parametrize(("args", "message"), [
    (["-m", "nope"], "unknown method"),
    (["--engine", "spark"], "unknown engine"),
    (["--scheduler", "tcp://x:1"], "is for the Dask engine"),
    (["--jobs", "0"], "--jobs must be a positive whole number"),
    (["--sentences", "2", "--words", "5"], "conflict"),
    (["--language", "klingon"], "klingon"),
])
def test_bad_options_exit_2_before_reading(tmp_path: Path, args: list[str],
                                           message: str) -> None:
    out = tmp_path / "out.jsonl"
    result = batch(str(tmp_path / "missing.jsonl"), "--out", str(out), *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_existing_output_needs_resume_and_bad_paths_are_one_line(corpus: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    result = batch(str(corpus), "--out", str(out))
    assert result.exit_code == 2
    assert "add --resume" in result.stderr
    missing = batch(str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl"))
    assert missing.exit_code == 1
    assert "no such file" in missing.stderr
    nothing = batch(str(tmp_path / "*.none"), "--out", str(tmp_path / "o.jsonl"))
    assert nothing.exit_code == 1
    assert "no file matches" in nothing.stderr
    wrong = batch(str(corpus), "--out", str(tmp_path / "o.csv"))
    assert wrong.exit_code == 2
    assert ".jsonl or .parquet" in wrong.stderr


def test_an_empty_input_gives_an_empty_output(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(path), "--out", str(out))
    assert result.exit_code == 0
    assert out.read_bytes() == b""
    assert "0 documents" in result.stderr


def test_summarize_many_is_summarize_in_order() -> None:
    texts = seed_articles()
    documents: list[str | tuple[str, str]] = [texts[0], ("second", texts[1]), "", texts[2]]
    results = list(summarize_many(documents, methods=["lead", "lsa"], words=30))
    assert [(r.position, r.id, r.method) for r in results] == [
        (0, "0", "lead"), (0, "0", "lsa"), (1, "second", "lead"), (1, "second", "lsa"),
        (2, "2", "lead"), (2, "2", "lsa"), (3, "3", "lead"), (3, "3", "lsa")]
    assert results[4].summary is None
    assert "empty" in str(results[4].error)
    for result, text in zip(results[::2], [texts[0], texts[1], None, texts[2]], strict=True):
        if text is not None:
            assert result.summary == summarize(text, method="lead", words=30)
    assert results[7].summary == summarize(texts[2], method="lsa", words=30)


def test_summarize_many_streams_lazily_and_checks_options_first() -> None:
    with pytest.raises(OptionError, match="unknown method"):
        summarize_many(iter([]), methods="nope")

    def endless() -> Iterator[str]:
        while True:
            yield seed_articles()[0]

    stream = summarize_many(endless(), shard_size=2)
    first = [next(stream) for _ in range(3)]
    assert [r.position for r in first] == [0, 1, 2]
    many = list(summarize_many(seed_articles() * 3, methods="lead,random",
                               engine=LocalEngine(jobs=2), shard_size=2))
    assert many == list(summarize_many(seed_articles() * 3, methods="lead,random"))


def test_make_engine_checks() -> None:
    assert make_engine(jobs=3) == LocalEngine(jobs=3)
    with pytest.raises(OptionError):
        make_engine(engine="local", scheduler="tcp://x:1")


def test_parquet_in_and_out(corpus: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    lines = tmp_path / "out.jsonl"
    assert batch(str(corpus), "--out", str(lines), "-m", "lead,lexrank").exit_code == 1
    out = tmp_path / "out.parquet"
    assert batch(str(corpus), "--out", str(out), "-m", "lead,lexrank").exit_code == 1
    assert parquet.read_table(out).to_pylist() == [_as_parquet(r) for r in read_records(lines)]
    assert not out.with_name("out.parquet.partial.jsonl").exists()
    again = tmp_path / "again.parquet"
    assert batch(str(corpus), "--out", str(again), "-m", "lead,lexrank", "--jobs", "2",
                 "--shard-size", "2").exit_code == 1
    assert again.read_bytes() == out.read_bytes()
    good = [r for r in read_records(lines)[::2] if r["error"] is None]
    source = tmp_path / "in.parquet"
    parquet.write_table(pa.table({"body": [None, *[seed_articles()[0]] * 2],
                                  "id": [1, 2, 3]}), source)
    from_parquet = tmp_path / "from.jsonl"
    result = batch(str(source), "--out", str(from_parquet), "--text-field", "body")
    assert result.exit_code == 1
    records = read_records(from_parquet)
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert "'body' is missing" in str(records[0]["error"])
    assert records[1]["sentences"] == good[0]["sentences"]
    missing = batch(str(source), "--out", str(tmp_path / "x.jsonl"))
    assert missing.exit_code == 1
    assert "no column 'article'" in missing.stderr


def test_parquet_resume_finishes_from_the_staging_file(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    whole = tmp_path / "whole.parquet"
    assert batch(str(corpus), "--out", str(whole)).exit_code == 1
    staging = tmp_path / "out.parquet.partial.jsonl"
    lines = tmp_path / "lines.jsonl"
    assert batch(str(corpus), "--out", str(lines)).exit_code == 1
    staging.write_bytes(lines.read_bytes()[:-30])  # killed while writing the last record
    out = tmp_path / "out.parquet"
    assert batch(str(corpus), "--out", str(out)).exit_code == 2  # needs --resume
    assert batch(str(corpus), "--out", str(out), "--resume").exit_code == 1
    assert out.read_bytes() == whole.read_bytes()
    assert not staging.exists()
    done = batch(str(corpus), "--out", str(out), "--resume")
    assert "15 of them by an earlier run" in done.stderr
    assert out.read_bytes() == whole.read_bytes()


def _as_parquet(record: dict[str, object]) -> dict[str, object]:
    """A JSON record as Parquet gives it back: every settings field, null when unset."""
    settings: dict[str, object] = dict.fromkeys(("clean", "sentences", "words", "ratio",
                                                 "contiguous", "language", "seed"))
    settings.update(record["settings"])  # type: ignore[call-overload]
    return {**record, "settings": settings}


def test_missing_extras_say_what_to_install(corpus: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = batch(str(corpus), "--out", str(tmp_path / "out.parquet"))
    assert result.exit_code == 1
    assert result.stderr == ("error: Parquet output needs pyarrow: "
                             "pip install 'get-a-summary[parquet]'\n")
    result = batch(str(corpus), "--out", str(tmp_path / "out.jsonl"), "--engine", "dask")
    assert result.exit_code == 1
    assert result.stderr == ("error: --engine dask needs distributed: "
                             "pip install 'get-a-summary[dask]'\n")


def test_progress_line_shows_rate_and_eta() -> None:
    import io

    from summarizer.cli.batch_cmd import ProgressLine

    stream = io.StringIO()
    progress = ProgressLine(100, stream=stream)
    progress(40)  # an earlier run's documents: not in the rate
    progress.started -= 2.0
    progress(10)
    progress.close()
    line = stream.getvalue().split("\r")[-1]
    assert line.startswith("50/100 documents  5.0/s  ETA 0:00:10")
    assert line.endswith("\n")


def test_the_readme_batch_transcript(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import ROOT, SHARED_DATA

    if not (SHARED_DATA / "cnndm_dev.jsonl").exists():
        pytest.skip("../shared/data/cnndm_dev.jsonl is not available")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Batch: a whole archive")[1].split("```console\n")[1]
    command, printed = block.splitlines()[:2]
    arguments = command.removeprefix("$ summarizer ").split()
    arguments[1] = str(SHARED_DATA / "cnndm_dev.jsonl")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0
    assert result.stderr == printed + "\n"
