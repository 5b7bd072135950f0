"""How each method's scoring grows with the article: time, memory, the floor and sumy.

Usage (from the repository root)::

    python benchmarks/scaling.py              # the README's Scaling table (~10 min)
    python benchmarks/scaling.py --quick      # 1,000 and 5,000 sentences only, no stock

Documents are CNN/DM test articles (``../shared/data/cnndm_dev.jsonl``, 434
stories, 10,706 sentences) laid end to end, one paragraph each, cycled past the
end: above 10,706 sentences every article appears again, which is harder on the
graph methods (each copy is a near-duplicate neighbour) than fresh text would be.

For each method and size, in this process, side by side:

* **core**: the scorer once the document's tokens are known (the shared
  tokenise-and-stem pass is cached), best of ``--repeat`` CPU times;
* **floor**: a plain scipy.sparse (or numpy) implementation of the same algorithm
  on the same tokens, written below: what the hardware does with the obvious
  sparse formulation. For the linear methods (Luhn, LSA, Edmundson) it is one
  sparse pass over the document's words; for the greedy ones (KL-Sum, SumBasic)
  the obvious loop that re-scores every candidate with one sparse product per step;
* **growth**: the exponent ``k`` of ``core ∝ nᵏ`` between 1,000 and 20,000 sentences.

In a fresh process per method and size (``--sizes``): **cold**, the CPU time of the
scorer's first call (tokenising and Snowball-stemming included), and **peak**, the
peak RSS above the process's RSS after imports and loading the document.
**stock**: sumy's own class on the 1,000-sentence document (fresh process, at most
``--stock-timeout`` seconds), and whether our scores give sumy's ranking within
1e-9 (relative). **tokens**: the shared tokenise-and-stem pass itself.
This is a benchmark, not a test: nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.language import get_language  # noqa: E402
from summarizer.methods import all_methods, get_method  # noqa: E402
from summarizer.methods.tokens import Tokens, tokens_of  # noqa: E402
from summarizer.split import split_sentences  # noqa: E402
from summarizer.types import Document, Sentence  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"
SIZES = (1_000, 5_000, 20_000)
CRASH_SIZE = 50_000
Vector = Any  # numpy arrays; the floors are plain code, not an API


def documents(path: Path, sizes: Sequence[int]) -> dict[int, Document]:
    """The first ``size`` sentences of the articles laid end to end (cycled)."""
    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle if line.strip()]
    pool: list[Sentence] = []
    number = 0
    while len(pool) < max(sizes):
        for text in split_sentences(articles[number % len(articles)]):
            pool.append(Sentence(index=len(pool), text=text, paragraph=number))
        number += 1
    return {n: Document(sentences=tuple(pool[:n])) for n in sizes}


def cpu(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def best(repeat: int, action: Callable[[], object]) -> float:
    return min(cpu(action) for _ in range(repeat))


# --- the floors: plain scipy.sparse on the same tokens ---------------------------------

def _power(transition_t: sp.csr_matrix, n: int, epsilon: float) -> Vector:
    p = np.full(n, 1.0 / n)
    for _ in range(10_000):
        q = transition_t @ p
        norm = np.linalg.norm(q)
        if norm == 0:
            return np.zeros(n)
        q /= norm
        done = np.linalg.norm(q - p) <= epsilon
        p = q
        if done:
            break
    return p


def floor_lexrank(t: Tokens) -> Vector:
    counts = t.content_stems
    n = counts.shape[0]
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    tf = sp.diags(1.0 / np.maximum(counts.max(axis=1).toarray().ravel(), 1)) @ counts
    x = (tf @ sp.diags(np.log(n / (1.0 + df)))).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = (sp.diags(np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)) @ x).tocsr()
    edges = (x @ x.T).tocsr()
    edges.data = (edges.data > 0.1).astype(float)
    edges.eliminate_zeros()
    degree = np.maximum(np.asarray(edges.sum(axis=1)).ravel(), 1)
    return _power((sp.diags(1.0 / degree) @ edges).T.tocsr(), n, 0.1)


def _overlap_weights(t: Tokens, single: bool) -> sp.csr_matrix:
    counts = t.content_stems
    overlap = (counts @ counts.T).tocoo()
    logs = np.log(np.maximum(t.content_lengths, 1))
    norm = logs[overlap.row] + logs[overlap.col]
    fallback = overlap.data if single else np.zeros_like(overlap.data)
    data = np.divide(overlap.data, norm, out=fallback.astype(float), where=norm > 0)
    return sp.csr_matrix((data, (overlap.row, overlap.col)), shape=overlap.shape)


def floor_textrank(t: Tokens) -> Vector:
    weights = _overlap_weights(t, True)
    n = weights.shape[0]
    p_t = (sp.diags(1.0 / (np.asarray(weights.sum(axis=1)).ravel() + 1e-7)) @ weights).T.tocsr()
    p = np.full(n, 1.0 / n)
    for _ in range(10_000):
        q = 0.15 / n * p.sum() + 0.85 * (p_t @ p)
        done = np.linalg.norm(q - p) <= 1e-4
        p = q
        if done:
            break
    return p


def floor_reduction(t: Tokens) -> Vector:
    weights = _overlap_weights(t, False)
    return np.asarray(weights.sum(axis=1)).ravel() - weights.diagonal()


def floor_one_pass(t: Tokens) -> Vector:
    """One sparse pass over the document's words: the least a linear method must do."""
    counts = t.counts(t.stem, None, columns=t.stems)
    return np.asarray(counts.multiply(counts).sum(axis=1)).ravel()


def floor_sumbasic(t: Tokens) -> Vector:
    counts = t.content_stems
    n = counts.shape[0]
    lengths = np.maximum(t.content_lengths, 1)
    p = np.asarray(counts.sum(axis=0), dtype=float).ravel()
    p /= max(p.sum(), 1)
    taken = np.zeros(n, dtype=bool)
    order = []
    for _ in range(n):
        values = counts @ p / lengths
        values[taken] = -np.inf
        chosen = int(np.argmax(values))
        taken[chosen] = True
        order.append(chosen)
        row = counts[chosen]
        p[row.indices] **= 2.0 ** row.data
    return np.array(order)


def floor_kl(t: Tokens) -> Vector:
    counts = t.counts(t.lower, t.content, columns=len(t.lower_forms)).tocoo()
    n = counts.shape[0]
    freq = np.bincount(counts.col, weights=counts.data,
                       minlength=counts.shape[1]).astype(float)
    freq = freq / max(freq.sum(), 1)
    log_freq = np.log(freq, where=freq > 0, out=np.zeros_like(freq))
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    summary = np.zeros_like(freq)
    taken = np.zeros(n, dtype=bool)
    total = 0.0
    order = []
    for _ in range(n):
        joint = counts.data + summary[counts.col]
        terms = freq[counts.col] * (log_freq[counts.col] - np.log(joint / (lengths[counts.row]
                                                                           + total)))
        values = np.bincount(counts.row, weights=terms, minlength=n)
        values[taken] = np.inf
        chosen = int(np.argmin(values))
        taken[chosen] = True
        order.append(chosen)
        mine = counts.row == chosen
        summary[counts.col[mine]] += counts.data[mine]
        total += lengths[chosen]
    return np.array(order)


FLOORS: dict[str, Callable[[Tokens], Vector]] = {
    "lexrank": floor_lexrank, "textrank": floor_textrank, "reduction": floor_reduction,
    "luhn": floor_one_pass, "lsa": floor_one_pass, "edmundson": floor_one_pass,
    "sumbasic": floor_sumbasic, "kl": floor_kl,
}
"""The floors ignore the stop-word and case quirks the real methods reproduce; they
do the same amount of arithmetic on the same matrices."""


# --- fresh processes: cold time, memory, stock sumy ------------------------------------

def status_mib(field: str) -> float:
    """A memory field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in MiB."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(field)


def reset_peak() -> None:
    """Start the peak-RSS mark (VmHWM) afresh from now (Linux, ``clear_refs`` 5)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
        handle.write("5")


def child(args: argparse.Namespace) -> None:
    """Run inside a fresh process: one method on one size, JSON on stdout."""
    document = documents(args.data, [args.child_size])[args.child_size]
    language = get_language("english")
    reset_peak()  # loading and splitting the articles peaked higher than scoring may
    baseline = status_mib("VmRSS")
    if args.child_stock:
        from summarizer.methods.sumy_adapter import rate_with, stock_summarizer

        summarizer = stock_summarizer(args.child_method, language, memo=False)
        with np.errstate(all="ignore"):
            seconds = cpu(lambda: scores.extend(rate_with(summarizer, document)))
    else:
        scorer = get_method(args.child_method).scorer
        seconds = cpu(lambda: scores.extend(scorer(document, language, 0)))
    print(json.dumps({"seconds": seconds, "peak": status_mib("VmHWM") - baseline,
                      "scores": scores}))


scores: list[float] = []


def in_child(method: str, size: int, *, stock: bool, timeout: float,
             data: Path) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--data", str(data), "--child-method", method,
               "--child-size", str(size)] + (["--child-stock"] if stock else [])
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return {"error": f"exit {done.returncode}: {done.stderr.strip()[-200:]}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def peak_cell(result: dict[str, Any] | None) -> str:
    return f"{result['peak']:.0f}" if result and "peak" in result else "–"


def same_ranking(ours: Sequence[float], theirs: Sequence[float]) -> str:
    a, b = np.asarray(ours), np.asarray(theirs)
    if not np.all(np.isfinite(b)):
        return "stock NaN"
    tolerance = 1e-9
    if not np.allclose(a, b, rtol=tolerance, atol=tolerance):
        return f"differs ({np.max(np.abs(a - b)):.1e})"
    margin = tolerance * np.maximum(1.0, np.abs(b))
    better, worse = np.nonzero(b[:, None] - b[None, :] > margin[:, None])
    flipped = int(np.sum(~(a[better] > a[worse])))
    return "same" if flipped == 0 else f"{flipped} pairs flipped"


# --- a typical article, end to end ------------------------------------------------------

def typical(path: Path, count: int) -> None:
    """``summarize()`` per method on articles of 30-40 sentences, after a warm-up."""
    from summarizer import summarize
    from summarizer.pipeline import prepare_document

    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line)["article"] for line in handle if line.strip()]
    chosen = [a for a in articles if 30 <= len(split_sentences(a)) <= 40][:count]
    language = get_language("english")
    prepared = [prepare_document(a, language="english")[0] for a in chosen]
    print(f"\nEnd to end, {len(chosen)} articles of 30-40 sentences, CPU ms per article "
          "(mean): summarize() (clean, split, score, select) and its scoring alone\n")
    print("| method | summarize() | scoring |")
    print("|---|---:|---:|")
    for method in all_methods():
        summarize(chosen[0], method=method.name)  # warm-up: first-call imports
        whole = [cpu(partial(summarize, a, method=method.name, language="english"))
                 for a in chosen]
        alone = [cpu(partial(method.scorer, d, language, 0)) for d in prepared]
        print(f"| {method.name} | {1000 * np.mean(whole):.1f} | {1000 * np.mean(alone):.2f} |")


# --- the table ---------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--quick", action="store_true", help="1k and 5k only, no stock")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stock-timeout", type=float, default=120.0)
    parser.add_argument("--typical", type=int, default=40,
                        help="articles of 30-40 sentences timed end to end (0: skip)")
    parser.add_argument("--child-method", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-stock", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_method:
        child(args)
        return
    sizes = SIZES[:2] if args.quick else SIZES
    docs = documents(args.data, sizes)
    language = get_language("english")
    methods = [m.name for m in all_methods() if m.kind == "algorithm"]
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; CPU seconds unless said\n")
    tokens_row = ["tokens (shared pass)"]
    core: dict[str, dict[int, float]] = {m: {} for m in methods}
    floor: dict[str, dict[int, float]] = {m: {} for m in methods}
    for n in sizes:
        tokens_row.append(f"{cpu(partial(tokens_of, docs[n], language)):.3f}")
        for name in methods:
            scorer = get_method(name).scorer
            core[name][n] = best(args.repeat, partial(scorer, docs[n], language, 0))
            if n <= 5_000:
                floor[name][n] = best(args.repeat,
                                      partial(FLOORS[name], tokens_of(docs[n], language)))
    stock_at = sizes[0]
    header = ["method"] + [f"core {n:,}" for n in sizes] + [
        f"floor {n:,}" for n in sizes if n <= 5_000] + [
        f"core/floor {n:,}" for n in sizes if n <= 5_000] + ["growth"]
    if not args.quick:
        header += [f"cold {n:,}" for n in (*sizes, CRASH_SIZE)] + [
            f"peak MiB {sizes[-1]:,}", f"peak MiB {CRASH_SIZE:,}",
            f"stock {stock_at:,}", f"stock/core {stock_at:,}", "ranking vs stock"]
    print("| " + " | ".join(header) + " |")
    print("|---" + "|---:" * (len(header) - 1) + "|")
    for name in methods:
        row = [name] + [f"{core[name][n]:.3f}" for n in sizes]
        small = [n for n in sizes if n <= 5_000]
        row += [f"{floor[name][n]:.3f}" for n in small]
        row += [f"{core[name][n] / max(floor[name][n], 1e-6):.2f}" for n in small]
        row.append(f"{math.log(core[name][sizes[-1]] / max(core[name][sizes[0]], 1e-6)) / math.log(sizes[-1] / sizes[0]):.2f}")  # noqa: E501
        if not args.quick:
            cold = {n: in_child(name, n, stock=False, timeout=600, data=args.data)
                    for n in (*sizes, CRASH_SIZE)}
            row += [f"{c['seconds']:.2f}" if c and "seconds" in c else str(c)
                    for c in cold.values()]
            row += [peak_cell(cold[n]) for n in (sizes[-1], CRASH_SIZE)]
            theirs = in_child(name, stock_at, stock=True, timeout=args.stock_timeout,
                              data=args.data)
            ours = cold[stock_at]
            if theirs is None:
                row += [f"> {args.stock_timeout:.0f} (stopped)",
                        f"> {args.stock_timeout / core[name][stock_at]:.0f}", "–"]
            else:
                row += [f"{theirs['seconds']:.2f}",
                        f"{theirs['seconds'] / core[name][stock_at]:.0f}",
                        same_ranking(ours["scores"], theirs["scores"]) if ours else "–"]
        print("| " + " | ".join(row) + " |", flush=True)
    print("| " + " | ".join(tokens_row) + " |")
    if args.typical:
        typical(args.data, args.typical)


if __name__ == "__main__":
    main()
