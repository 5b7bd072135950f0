"""Same input, same options, same output — across processes too.

Python randomises string hashing per process, so anything that iterates a set of
words can change a result between two runs that look identical in one process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SHARED_DATA

_SCRIPT = """
import json, sys
from pathlib import Path
from summarizer import available_methods, summarize
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
data = Path(sys.argv[2])
if data.exists():
    with data.open(encoding="utf-8") as handle:
        texts += [json.loads(next(handle))["article"] for _ in range(40)]
out = {}
for method in available_methods():
    out[method] = [
        [list(summarize(t, method=method).indices),
         list(summarize(t, method=method, words=60).indices)]
        for t in texts
    ]
print(json.dumps(out))
"""


def _run(hash_seed: str) -> dict[str, list[list[list[int]]]]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    completed = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT / "references" / "articles"),
         str(SHARED_DATA / "cnndm_dev.jsonl")],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    result: dict[str, list[list[list[int]]]] = json.loads(completed.stdout)
    return result


def test_every_method_gives_the_same_summary_under_any_hash_seed() -> None:
    first = _run("1")
    for other in (_run("2"), _run("3")):
        assert first.keys() == other.keys()
        for method in first:
            assert first[method] == other[method], method
