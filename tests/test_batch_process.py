"""``summarizer batch`` as a real process: killed with SIGKILL or Ctrl-C, then resumed.

A SIGKILL gives the process no chance to tidy up, like a power cut for the file
(short of the page cache); the rerun with ``--resume`` must end with exactly the
bytes an uninterrupted run writes. Each process starts a session of its own, so
its whole group (workers included) is signalled, as a terminal does.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from summarizer.batch import make_batch_options, run_batch
from tests.batch_helpers import write_corpus
from tests.conftest import summarizer_argv
from tests.test_eval_interrupt import group_members, wait_for

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

METHODS = "lead,lexrank"


def start(data: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        summarizer_argv("batch", str(data), "--out", str(out), "-m", METHODS,
                        "--shard-size", "2", *extra),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def lines_in(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def stop(process: subprocess.Popen[bytes], sig: signal.Signals) -> tuple[bytes, bytes]:
    try:
        os.killpg(process.pid, sig)
        stdout, stderr = process.communicate(timeout=60)
        assert wait_for(lambda: not group_members(process.pid), 10)
    finally:
        if process.poll() is None or group_members(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return stdout, stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """120 documents (some bad) and the output of an uninterrupted run over them."""
    folder = tmp_path_factory.mktemp("batch")
    data = write_corpus(folder / "in.jsonl", copies=23)
    whole = folder / "whole.jsonl"
    run_batch([str(data)], out=whole, options=make_batch_options(methods=METHODS))
    return data, whole.read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_then_resumed_equals_an_uninterrupted_run(corpus: tuple[Path, bytes],
                                                         tmp_path: Path, jobs: str) -> None:
    data, whole = corpus
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # killed twice, at different points
        target = lines_in(out) + 20
        process = start(data, out, "--jobs", jobs, *(["--resume"] if out.exists() else []))
        assert wait_for(lambda: lines_in(out) >= target, 120), "no progress"  # noqa: B023
        assert process.poll() is None, "the run ended before it could be killed"
        stop(process, signal.SIGKILL)
        assert process.returncode == -signal.SIGKILL
        assert 0 < len(out.read_bytes()) < len(whole)
    finish = start(data, out, "--jobs", jobs, "--resume")
    _, stderr = finish.communicate(timeout=300)
    assert finish.returncode == 1, stderr  # the bad records failed
    assert out.read_bytes() == whole
    assert b"by an earlier run" in stderr
    assert b"Traceback" not in stderr


def test_ctrl_c_stops_cleanly_and_resume_finishes(corpus: tuple[Path, bytes],
                                                  tmp_path: Path) -> None:
    data, whole = corpus
    out = tmp_path / "out.jsonl"
    process = start(data, out, "--jobs", "2")
    assert wait_for(lambda: lines_in(out) >= 10, 120), "no progress"
    stdout, stderr = stop(process, signal.SIGINT)
    assert process.returncode == 130
    assert stdout == b""
    assert stderr.decode().splitlines() == [
        f"{out}: the documents done are kept; rerun the same command with --resume to finish",
        "error: interrupted"]
    assert whole.startswith(out.read_bytes())
    finish = start(data, out, "--jobs", "2", "--resume")
    finish.communicate(timeout=300)
    assert out.read_bytes() == whole


def test_dask_local_cluster_gives_the_same_bytes(corpus: tuple[Path, bytes],
                                                 tmp_path: Path) -> None:
    """The command line's own LocalCluster: two worker processes, started and shut down."""
    pytest.importorskip("distributed")
    data, whole = corpus
    out = tmp_path / "out.jsonl"
    process = start(data, out, "--engine", "dask", "--jobs", "2", "--shard-size", "8")
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1, stderr
    assert out.read_bytes() == whole
    assert stderr.decode().splitlines()[-1].startswith("120 documents: 240 records")
    assert wait_for(lambda: not group_members(process.pid), 10), "a Dask process outlived the run"
