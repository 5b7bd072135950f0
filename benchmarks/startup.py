"""Start-up time of the command line and the package: a benchmark, not a test.

Usage (from the project root):

    python benchmarks/startup.py            # 15 runs of each command
    python benchmarks/startup.py --runs 30 --top 8

Each command runs in a fresh process; the table gives the median wall time and
the median CPU time (user + system, from ``resource.getrusage``, which the other
engineers' load on a shared machine disturbs less). A second table lists the
imports that cost the most, from one ``python -X importtime`` run per command:
cumulative microseconds, i.e. the module with everything it imported first.
The output is the README's table; the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "references" / "articles" / "001_d3225705ede13dcf.txt"
TARGET_MS = 300


def commands() -> dict[str, list[str]]:
    """Name → argv; the console script of this interpreter's environment if installed."""
    script = Path(sys.executable).parent / "summarizer"
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "summarizer"]
    python = [sys.executable]
    return {
        "import summarizer": [*python, "-c", "import summarizer"],
        "summarizer --help": [*cli, "--help"],
        "summarizer methods": [*cli, "methods"],
        "summarizer summarize --help": [*cli, "summarize", "--help"],
        "import summarizer.pipeline (first summarize() call)":
            [*python, "-c", "import summarizer.pipeline"],
        "summarizer summarize ARTICLE (whole run)": [*cli, "summarize", str(ARTICLE)],
    }


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run (CPU of the child alone)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def heaviest_imports(argv: list[str], top: int) -> list[tuple[str, int]]:
    """The top-level-most modules by cumulative import time (µs), from -X importtime."""
    if argv[0] != sys.executable:  # the console script: run its module under -X importtime
        argv = [sys.executable, "-m", "summarizer", *argv[1:]]
    done = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        depth = (len(line.split("|")[2]) - len(line.split("|")[2].lstrip())) // 2
        if depth <= 2:  # the module and its direct imports, not their whole tree
            rows.append((name, int(cumulative)))
    return sorted(rows, key=lambda row: -row[1])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--top", type=int, default=6)
    args = parser.parse_args()
    print(f"load average: {', '.join(f'{v:.2f}' for v in os.getloadavg())}; "
          f"{args.runs} runs each; target {TARGET_MS} ms\n")
    print("| command | wall, median ms | CPU, median ms |")
    print("|---|---:|---:|")
    table = commands()
    for name, argv in table.items():
        run_once(argv)  # warm the file cache
        walls, cpus = zip(*(run_once(argv) for _ in range(args.runs)), strict=True)
        print(f"| `{name}` | {1000 * statistics.median(walls):.0f} | "
              f"{1000 * statistics.median(cpus):.0f} |")
    print("\nHeaviest imports (cumulative ms, one `-X importtime` run):\n")
    print("| command | imports |")
    print("|---|---|")
    for name in ("summarizer --help", "summarizer methods",
                 "import summarizer.pipeline (first summarize() call)"):
        rows = heaviest_imports(table[name], args.top)
        listed = ", ".join(f"{module} {micros / 1000:.0f}" for module, micros in rows)
        print(f"| `{name}` | {listed} |")


if __name__ == "__main__":
    main()
