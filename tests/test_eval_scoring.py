"""Scoring, oracle and statistics of the evaluation harness (no summarization)."""

from __future__ import annotations

import numpy as np
import pytest
from nltk.stem import porter
from rouge_score import rouge_scorer, tokenizers

from eval.oracle import greedy_oracle
from eval.scoring import (
    METRICS,
    CachedTokenizer,
    join_sentences,
    prepare_reference,
    score,
    score_multi,
)
from eval.stats import bootstrap_interval, paired_test, resample_indices
from summarizer.types import Length

REFERENCE = ("The council approved the new budget on Tuesday.\n"
             "Spending on schools will rise by five percent. Road repairs are delayed.")
CANDIDATE = ["The council approved a budget.", "Schools get more money next year."]


def direct(targets: list[str], prediction: str) -> dict[str, float]:
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    result = scorer.score_multi(targets, prediction)
    return {metric: result[metric].fmeasure for metric in METRICS}


def test_reference_keeps_its_lines_and_splits_them_further() -> None:
    assert prepare_reference(REFERENCE).split("\n") == [
        "The council approved the new budget on Tuesday.",
        "Spending on schools will rise by five percent.",
        "Road repairs are delayed.",
    ]


def test_score_equals_rouge_score_with_newline_joined_sentences() -> None:
    reference = prepare_reference(REFERENCE)
    candidate = join_sentences(CANDIDATE)
    ours = score(reference=reference, candidate=candidate)
    expected = direct([reference], candidate)
    for metric in METRICS:
        assert ours[metric].fmeasure == pytest.approx(expected[metric], abs=1e-9)


def test_lsum_uses_the_newlines() -> None:
    """Without sentence breaks rougeLsum equals rougeL; with them it may not."""
    reference = prepare_reference(REFERENCE)
    candidate = join_sentences(["Road repairs are delayed.", "The council approved it."])
    joined = score(reference=reference, candidate=candidate)
    flat = score(reference=reference.replace("\n", " "), candidate=candidate.replace("\n", " "))
    assert flat["rougeLsum"].fmeasure == pytest.approx(flat["rougeL"].fmeasure)
    assert joined["rougeLsum"].fmeasure > joined["rougeL"].fmeasure


def test_score_multi_takes_the_best_reference_per_metric() -> None:
    references = [prepare_reference(REFERENCE), "Completely unrelated words about weather."]
    candidate = join_sentences(CANDIDATE)
    best = score_multi(references=references, candidate=candidate)
    alone = score(reference=references[0], candidate=candidate)
    assert best == alone
    assert best["rouge1"].fmeasure == pytest.approx(direct(references, candidate)["rouge1"])


def test_score_multi_needs_a_reference() -> None:
    with pytest.raises(ValueError, match="at least one"):
        score_multi(references=[], candidate="text")


SENTENCES = [
    "Weather was mild across the region.",
    "The council approved the new budget on Tuesday.",
    "A local team won its match.",
    "Spending on schools will rise by five percent.",
    "Road repairs are delayed until spring.",
]


def test_oracle_finds_the_reference_sentences() -> None:
    chosen = greedy_oracle(SENTENCES, [REFERENCE], length=Length(sentences=3))
    assert chosen == [1, 3, 4]


def test_oracle_respects_the_sentence_budget_and_stops_without_gain() -> None:
    assert greedy_oracle(SENTENCES, [REFERENCE], length=Length(sentences=1)) in ([1], [3])
    only_one_matches = "The council approved the new budget on Tuesday."
    assert greedy_oracle(SENTENCES, [only_one_matches], length=Length(sentences=3)) == [1]


def test_oracle_respects_the_word_budget() -> None:
    chosen = greedy_oracle(SENTENCES, [REFERENCE], length=Length(words=16))
    assert sum(len(SENTENCES[i].split()) for i in chosen) <= 16
    tiny = greedy_oracle(SENTENCES, [REFERENCE], length=Length(words=2))
    assert len(tiny) == 1  # nothing fits: the single best sentence, like select()


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    values = np.linspace(0.1, 0.9, 30)
    first = resample_indices(30, replicates=500, rng=np.random.default_rng(3))
    again = resample_indices(30, replicates=500, rng=np.random.default_rng(3))
    other = resample_indices(30, replicates=500, rng=np.random.default_rng(4))
    interval = bootstrap_interval(values, first)
    assert interval == bootstrap_interval(values, again)
    assert interval != bootstrap_interval(values, other)
    assert interval.mean == pytest.approx(0.5)
    assert interval.low < interval.mean < interval.high


def test_bootstrap_ignores_missing_values() -> None:
    values = np.array([0.2, np.nan, 0.4, np.nan])
    indices = resample_indices(4, replicates=200, rng=np.random.default_rng(0))
    interval = bootstrap_interval(values, indices)
    assert interval.mean == pytest.approx(0.3)
    assert 0.2 - 1e-12 <= interval.low < interval.high <= 0.4 + 1e-12


def test_paired_test_separates_real_from_no_difference() -> None:
    rng = np.random.default_rng(1)
    base = rng.uniform(0.2, 0.5, size=60)
    indices = resample_indices(60, replicates=999, rng=np.random.default_rng(2))
    same = paired_test(base, base.copy(), indices)
    assert same.delta == 0
    assert same.p_value == 1.0
    better = paired_test(base + 0.05 + rng.normal(0, 0.01, 60), base, indices)
    assert better.delta == pytest.approx(0.05, abs=0.01)
    assert better.p_value < 0.01
    assert better.low > 0


def test_paired_test_refuses_unpaired_arrays() -> None:
    indices = resample_indices(3, replicates=10, rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="paired"):
        paired_test(np.zeros(3), np.array([0.0, np.nan, 0.0]), indices)


def test_one_resample_gives_an_interval_that_may_miss_the_mean() -> None:
    """The percentile interval of B = 1 is one resampled mean: honest, not centred."""
    values = np.array([0.1, 0.2, 0.9])
    indices = np.array([[0, 0, 1]])
    interval = bootstrap_interval(values, indices)
    assert interval.mean == pytest.approx(0.4)
    assert interval.low == interval.high == pytest.approx(0.4 / 3)


def test_plot_whiskers_are_clipped_at_zero() -> None:
    from eval.plot import whiskers
    from eval.stats import Interval

    below, above = whiskers([Interval(mean=0.4, low=0.1, high=0.2),
                             Interval(mean=0.4, low=0.5, high=0.7),
                             Interval(mean=0.4, low=0.3, high=0.6)])
    assert below.tolist() == pytest.approx([30.0, 0.0, 10.0])
    assert above.tolist() == pytest.approx([0.0, 30.0, 20.0])


TRICKY = ["Ünïcode café, naïve résumé — 1,000 runners ran 3.5 km in 2024!",
          "It's the U.S. government's \"running\" joke; stemming: generously, happily.",
          "", "   ", "a an the I\nNew line\tand tab", "COVID-19 cases: 12,345 (up 7%)."]


def test_cached_tokenizer_gives_rouge_scores_own_tokens() -> None:
    plain = tokenizers.DefaultTokenizer(use_stemmer=True)
    cached = CachedTokenizer()
    for text in [*TRICKY, REFERENCE, *SENTENCES]:
        assert cached.tokenize(text) == plain.tokenize(text)
        assert cached.tokenize(text) == plain.tokenize(text)  # from memory, same


def test_a_reference_is_stemmed_once_however_many_candidates(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = porter.PorterStemmer.stem

    def counting(self: porter.PorterStemmer, word: str, *args: object) -> str:
        calls.append(word)
        return str(original(self, word))

    monkeypatch.setattr(porter.PorterStemmer, "stem", counting)
    scorer = rouge_scorer.RougeScorer(list(METRICS), tokenizer=CachedTokenizer())
    reference = prepare_reference(REFERENCE)
    scorer.score(reference, join_sentences(CANDIDATE))
    first = len(calls)
    for sentences in (CANDIDATE[:1], CANDIDATE[1:], SENTENCES[:2]):
        scorer.score(reference, join_sentences(sentences))
    # Later candidates only stem their own new words; the reference's are known.
    assert first > 0
    assert len(calls) - first <= sum(len(s.split()) for s in [*CANDIDATE, *SENTENCES[:2]])
    assert not set(calls[first:]) & {"council", "approved", "spending", "schools"}
