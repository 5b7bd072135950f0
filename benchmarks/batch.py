"""Throughput and memory of ``summarizer batch``: local processes and Dask.

Usage (from the repository root)::

    python benchmarks/batch.py                         # 10,000 and 100,000 records
    python benchmarks/batch.py --sizes 10000,20000 --big 100000   # what the README shows
    python benchmarks/batch.py --sizes 2000 --all-methods 500   # a quick look

The dev data (CNN/DailyMail articles) is repeated, with ids made unique, to each
size in ``--sizes``; every run is a real ``summarizer batch`` process, timed from
start to exit (start-up included), while its process group's resident memory is
sampled four times a second (the peak of the sum over the parent and its workers;
shared library pages count once per process, so the sum overstates what the
machine needs, the same way at every size). Then:

* lead and lexrank with ``--jobs 1`` and ``--jobs 2`` at every size: articles/s,
  the speed-up from 1 to 2 processes, the peak memory at each size, and the CPU
  time per article (every process of the run, and the writing process alone,
  sampled from ``/proc``): on a machine shared with other work the wall-clock
  speed-up understates what two free cores give, the CPU time does not;
* ``--engine dask --jobs 2`` (a LocalCluster of two worker processes) against
  ``--jobs 2`` on the smallest size: the outputs compared byte for byte, and
  the overhead;
* every method at once on ``--all-methods`` records with ``--jobs 2``: the cost
  of one article with all ten methods, extrapolated to CNN/DM's 11,490-article
  test set, and lead's and lexrank's to a million articles on N workers.

This is a benchmark, not a test: nothing here fails on a slow machine; other work
on the machine lowers the figures (the load average is printed with them).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.methods import available_methods

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"
_SAMPLE_SECONDS = 0.25
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    """One timed ``summarizer batch`` process."""

    method: str
    engine: str
    jobs: int
    records: int
    seconds: float
    peak_mb: float
    load: float
    cpu_seconds: float
    parent_cpu_seconds: float

    @property
    def rate(self) -> float:
        """Articles per second, start-up included."""
        return self.records / self.seconds


def repeat_data(source: Path, target: Path, size: int) -> Path:
    """``size`` records: the source's, over and over, each id suffixed with its round."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    with target.open("w", encoding="utf-8") as handle:
        for number in range(size):
            record = records[number % len(records)]
            handle.write(json.dumps({"id": f"{record['id']}#{number // len(records)}",
                                     "article": record["article"]}) + "\n")
    return target


def _sample(group: int, cpu: dict[int, float]) -> float:
    """The group's resident memory now (MB); each member's CPU seconds so far into ``cpu``."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != group:
                continue
            cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / _TICKS
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue  # it exited while we looked
    return total / 1024


def run(data: Path, out: Path, *, method: str, jobs: int, engine: str, records: int) -> Run:
    """Time one batch process and sample its memory."""
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "summarizer", "batch", str(data), "--out", str(out),
               "--methods", method, "--jobs", str(jobs), "--engine", engine]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    peak = 0.0
    cpu: dict[int, float] = {}
    while process.poll() is None:
        peak = max(peak, _sample(process.pid, cpu))
        time.sleep(_SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {stderr}")
    result = Run(method=method, engine=engine, jobs=jobs, records=records, seconds=seconds,
                 peak_mb=peak, load=os.getloadavg()[0], cpu_seconds=sum(cpu.values()),
                 parent_cpu_seconds=cpu.get(process.pid, 0.0))
    print(f"  {method:>8} {engine:>5} jobs {jobs}: {records:>7,} in {seconds:7.1f} s = "
          f"{result.rate:6.1f}/s, peak {peak:6.0f} MB, CPU {result.cpu_seconds:.0f} s "
          f"(writer {result.parent_cpu_seconds:.0f} s), load {result.load:.2f}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--methods", default="lead,lexrank")
    parser.add_argument("--all-methods", type=int, default=2000,
                        help="records for the all-methods run (0: skip)")
    parser.add_argument("--big", type=int, default=0,
                        help="also one run of this many records, lead --jobs 2 (memory)")
    parser.add_argument("--json", type=Path, help="also write the runs here")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as folder:
        work = Path(folder)
        for size in sizes:
            data = repeat_data(args.data, work / f"in{size}.jsonl", size)
            print(f"{size:,} records ({data.stat().st_size / 1e6:.0f} MB)", flush=True)
            for method in args.methods.split(","):
                for jobs in (1, 2):
                    runs.append(run(data, work / f"out-{method}-{jobs}.jsonl", method=method,
                                    jobs=jobs, engine="local", records=size))
                if size == sizes[0] and method == args.methods.split(",")[0]:
                    dask = run(data, work / "out-dask.jsonl", method=method, jobs=2,
                               engine="dask", records=size)
                    same = filecmp.cmp(work / "out-dask.jsonl", work / f"out-{method}-2.jsonl",
                                       shallow=False)
                    print(f"  dask output identical to --jobs 2: {same}", flush=True)
                    runs.append(dask)
            data.unlink()
        if args.big:
            data = repeat_data(args.data, work / "big.jsonl", args.big)
            print(f"{args.big:,} records ({data.stat().st_size / 1e6:.0f} MB)", flush=True)
            runs.append(run(data, work / "out-big.jsonl", method="lead", jobs=2,
                            engine="local", records=args.big))
            data.unlink()
        if args.all_methods:
            data = repeat_data(args.data, work / "all.jsonl", args.all_methods)
            runs.append(run(data, work / "out-all.jsonl", method=",".join(available_methods()),
                            jobs=2, engine="local", records=args.all_methods))
    report(runs, sizes)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=2) + "\n")


def report(runs: list[Run], sizes: list[int]) -> None:
    """The Markdown tables and the extrapolations."""
    print("\n| method | records | --jobs 1 (articles/s) | --jobs 2 (articles/s) | speed-up "
          "| CPU ms/article, jobs 1 | CPU ms/article, jobs 2 (writer) "
          "| peak MB, jobs 1 | peak MB, jobs 2 | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    local = {(r.method, r.jobs, r.records): r for r in runs if r.engine == "local"}
    for method in dict.fromkeys(r.method for r in runs if "," not in r.method):
        for size in sizes:
            one, two = local[(method, 1, size)], local[(method, 2, size)]
            print(f"| {method} | {size:,} | {one.rate:.1f} | {two.rate:.1f} | "
                  f"{two.rate / one.rate:.2f}× | {one.cpu_seconds / size * 1000:.1f} | "
                  f"{two.cpu_seconds / size * 1000:.1f} "
                  f"({two.parent_cpu_seconds / size * 1000:.2f}) | {one.peak_mb:.0f} | "
                  f"{two.peak_mb:.0f} | {one.load:.1f}, {two.load:.1f} |")
    for dask in (r for r in runs if r.engine == "dask"):
        two = local[(dask.method, 2, dask.records)]
        print(f"\nDask LocalCluster (2 workers) vs --jobs 2, {dask.method}, {dask.records:,} "
              f"records: {dask.seconds:.1f} s vs {two.seconds:.1f} s "
              f"(wall {(dask.seconds / two.seconds - 1) * 100:+.0f}%); "
              f"CPU {dask.cpu_seconds:.0f} s "
              f"vs {two.cpu_seconds:.0f} s ({(dask.cpu_seconds / two.cpu_seconds - 1) * 100:+.0f}%,"
              f" {(dask.cpu_seconds - two.cpu_seconds) / dask.records * 1000:+.1f} ms/article; "
              f"the command's own process {dask.parent_cpu_seconds:.0f} s vs "
              f"{two.parent_cpu_seconds:.0f} s)")
    every = [r for r in runs if "," in r.method]
    for full in every:
        cpu = full.cpu_seconds / full.records  # every process's CPU, start-up included
        print(f"\nAll {len(available_methods())} methods, {full.records:,} records, --jobs 2: "
              f"{full.rate:.1f} articles/s here; {cpu * 1000:.1f} CPU ms per article → CNN/DM "
              f"test set (11,490 articles × {len(available_methods())} methods): "
              f"{11490 * cpu / 60:.1f} CPU-minutes, {11490 * cpu / 2 / 60:.1f} min on 2 free "
              f"cores, {11490 * cpu / 16 / 60:.1f} min on 16 workers")
    for big in (r for r in runs if r.records not in sizes and "," not in r.method):
        print(f"\n{big.method} --jobs 2 on {big.records:,} records: {big.rate:.1f} articles/s, "
              f"peak {big.peak_mb:.0f} MB, CPU {big.cpu_seconds / big.records * 1000:.1f} "
              f"ms/article (writer {big.parent_cpu_seconds / big.records * 1000:.2f})")
    biggest = max(sizes)
    for method in dict.fromkeys(r.method for r in runs if "," not in r.method):
        two = local[(method, 2, biggest)]
        cpu = two.cpu_seconds / two.records  # with the cost of parallel work included
        hours = [f"{n} workers: {1e6 * cpu / n / 3600:.2f} h" for n in (1, 8, 64)]
        print(f"{method}: {cpu * 1000:.1f} CPU ms per article at --jobs 2 → a million "
              f"articles: " + ", ".join(hours))

if __name__ == "__main__":
    main()
