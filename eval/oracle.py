"""The greedy extractive oracle: the ceiling for a sentence extractor.

Which oracle: the greedy one of Nallapati et al. (2017) as used by PreSumm (Liu &
Lapata 2019). Start from an empty summary; at each step add the article sentence
that maximises the mean of ROUGE-1 and ROUGE-2 F1 against the references; stop when
no sentence improves it or the budget is reached. Differences from PreSumm, and why:

* the objective is rouge-score's own stemmed ROUGE-1/2 (PreSumm counts n-gram
  sets on unstemmed tokens), so the oracle maximises what we report;
* several references: the best match per metric, as in :func:`eval.scoring.score_multi`;
* the budget is the one every method gets (N sentences, or N words with the same
  rule as :func:`summarizer.select.select`), so the ceiling is comparable.

Tokens and n-grams come from rouge-score's tokenizer (through the evaluation's
cached one, :func:`eval.scoring.rouge_tokenizer`), computed once per sentence;
the tokenizer works token by token, so tokens of a joined summary are the
concatenation of its sentences' tokens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eval.scoring import rouge_tokenizer
from summarizer.select import count_words
from summarizer.types import Length

NGram = tuple[str, ...]


def _ngrams(tokens: Sequence[str], n: int) -> Counter[NGram]:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _f1(reference: Counter[NGram], candidate: Counter[NGram]) -> float:
    """rouge-score's n-gram F1 (clipped counts)."""
    overlap = sum((reference & candidate).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def _objective(tokens: list[str], references: list[dict[int, Counter[NGram]]]) -> float:
    """Mean of ROUGE-1 and ROUGE-2 F1, each the best over the references."""
    total = 0.0
    for n in (1, 2):
        candidate = _ngrams(tokens, n)
        total += max(_f1(reference[n], candidate) for reference in references)
    return total / 2


def _fits(chosen: list[int], index: int, words: Sequence[int], length: Length) -> bool:
    if length.sentences is not None:
        return len(chosen) < length.sentences
    if length.words is not None:
        return sum(words[i] for i in chosen) + words[index] <= length.words
    raise ValueError("the oracle needs a sentence or word budget")


def greedy_oracle(sentences: Sequence[str], references: Sequence[str], *,
                  length: Length) -> list[int]:
    """Choose article sentences greedily to maximise ROUGE against the references.

    Args:
        sentences: The article's sentences, in document order.
        references: The references (any whitespace; only tokens matter here).
        length: The budget: ``sentences`` or ``words`` (not ``ratio``).

    Returns:
        Sorted indices of the chosen sentences; at least one for a non-empty article.
    """
    tokenize = rouge_tokenizer().tokenize
    tokens = [tokenize(sentence) for sentence in sentences]
    targets = [{n: _ngrams(tokenize(reference), n) for n in (1, 2)} for reference in references]
    words = [count_words(sentence) for sentence in sentences]
    chosen: list[int] = []
    best = 0.0
    while True:
        step_best, step_index = best, -1
        for index in range(len(sentences)):
            if index in chosen or not _fits(chosen, index, words, length):
                continue
            trial = sorted([*chosen, index])
            value = _objective([t for i in trial for t in tokens[i]], targets)
            if value > step_best:
                step_best, step_index = value, index
        if step_index < 0:
            break
        chosen.append(step_index)
        best = step_best
    if not chosen and sentences:
        # Nothing fits the word budget, or nothing overlaps: like select(), the
        # single best sentence (by objective, ties to the earliest).
        chosen.append(max(range(len(sentences)),
                          key=lambda i: (_objective(tokens[i], targets), -i)))
    return sorted(chosen)
