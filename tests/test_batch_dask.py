"""The Dask engine: the same per-shard function, the same bytes, on a LocalCluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.data import load_suite
from eval.runner import make_settings, run_evaluation
from summarizer.batch import DaskEngine, make_batch_options, run_batch, summarize_many
from tests.batch_helpers import seed_articles, write_corpus

pytest.importorskip("distributed")


def test_threads_cluster_writes_the_local_engines_bytes(tmp_path: Path) -> None:
    data = write_corpus(tmp_path / "in.jsonl")
    options = make_batch_options(methods="lead,lexrank,random", words=40)
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch([str(data)], out=local, options=options)
    report = run_batch([str(data)], out=dask, options=options,
                       engine=DaskEngine(jobs=2, processes=False), shard_size=3)
    assert dask.read_bytes() == local.read_bytes()
    assert (report.documents, report.failed) == (15, 15)


def test_summarize_many_on_dask() -> None:
    texts = seed_articles()
    on_dask = list(summarize_many(texts, methods="textrank",
                                  engine=DaskEngine(jobs=2, processes=False), shard_size=1))
    assert on_dask == list(summarize_many(texts, methods="textrank"))


def test_eval_on_dask_gives_the_local_records() -> None:
    """`eval --engine dask`: a LocalCluster of two worker processes, as the CLI starts it."""
    suite = load_suite()
    local = run_evaluation(suite, settings=make_settings(methods=["lead", "textrank"],
                                                         bootstrap=20))
    dask = run_evaluation(suite, settings=make_settings(methods=["lead", "textrank"],
                                                        bootstrap=20, engine="dask", jobs=2))
    assert dask.records == local.records
    assert dask.aggregate == local.aggregate
