"""Ctrl-C during ``summarizer eval --jobs 2``: one line, exit 130, no process left.

A real terminal sends SIGINT to the whole foreground process group; the test
starts the command in a session of its own and signals that group the same way.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eval.data import load_suite
from summarizer.batch.engines import LocalEngine
from tests.conftest import summarizer_argv

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def group_members(group: int, *, zombies: bool = False) -> dict[int, str]:
    """Live (and, if asked, zombie) processes of a process group: pid → command line."""
    members = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue  # it exited while we looked
        state, _, pgrp = stat.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == group and (zombies or state != "Z"):
            members[int(entry.name)] = command
    return members


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def many_articles(folder: Path, count: int) -> Path:
    suite = load_suite()
    path = folder / "many.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            example = suite.examples[number % len(suite.examples)]
            handle.write(json.dumps({"id": f"a{number}", "article": example.article,
                                     "references": list(example.references)}) + "\n")
    return path


@pytest.mark.parametrize("moment", ["as the workers start", "while they score"])
def test_ctrl_c_stops_cleanly(tmp_path: Path, moment: str) -> None:
    data = many_articles(tmp_path, 120)
    out = tmp_path / "out"
    process = subprocess.Popen(
        summarizer_argv("eval", "--dataset", str(data), "--jobs", "2",
                        "--bootstrap", "20", "--out", str(out)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    group = process.pid
    try:
        def workers() -> int:
            return sum("spawn_main" in command for command in group_members(group).values())

        assert wait_for(lambda: workers() == 2, 120), "the workers never started"
        if moment == "while they score":
            time.sleep(2.0)  # they import for about a second, then score for several
            assert process.poll() is None, "the run ended before it could be interrupted"
        os.killpg(group, signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
        left = wait_for(lambda: not group_members(group), 10)
    finally:
        if process.poll() is None or group_members(group):
            os.killpg(group, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert stderr.decode() == "error: interrupted\n"
    assert stdout == b""
    assert left, f"processes left behind: {group_members(group)}"
    assert not out.exists()


def children(parent: int) -> dict[int, str]:
    """Every child of ``parent``, zombies included: pid → state."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found[int(entry.name)] = fields[0]
    return found


def test_a_finished_pool_leaves_no_process_not_even_the_resource_tracker() -> None:
    # "spawn" starts multiprocessing's resource tracker besides the workers; left
    # running, it outlives the command and lingers as a zombie in its group.
    with LocalEngine(jobs=2).map(abs, [-1, -2, 3]) as results:
        assert list(results) == [1, 2, 3]
    gc.collect()
    assert children(os.getpid()) == {}


def test_a_finished_run_leaves_nothing_in_its_process_group(tmp_path: Path) -> None:
    data = many_articles(tmp_path, 4)
    process = subprocess.Popen(
        summarizer_argv("eval", "--dataset", str(data), "--jobs", "2",
                        "--methods", "lead", "--bootstrap", "20", "--out", str(tmp_path / "out")),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr.decode()
    assert "resource_tracker" not in stderr.decode()
    time.sleep(0.5)  # anything that outlived the parent would still be listed now
    assert group_members(process.pid, zombies=True) == {}
