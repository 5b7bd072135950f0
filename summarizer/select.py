"""Selection: turn per-sentence scores into a summary under a length budget.

This is the one place that chooses sentences; methods only score. The rules:

* rank by score, highest first; ties go to the earlier sentence;
* never take a sentence whose text (case- and space-insensitively) was already taken;
* ``sentences=N`` takes the top N; ``ratio=R`` takes ``max(1, round(R * n))``;
* ``words=N`` walks down the ranking and takes each sentence that still fits the
  budget; if not even one fits, the best sentence alone is returned;
* the result is returned in document order.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.types import Document, Length


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens."""
    return len(text.split())


def _dedupe_key(text: str) -> str:
    return " ".join(text.casefold().split())


# Scores are compared at 12 significant digits: sums taken in another order differ
# in their last bits, and such noise must not decide between two tied sentences.
_RANK_DIGITS = 12


def _rank_key(score: float) -> float:
    return float(f"{score:.{_RANK_DIGITS}g}")


def rank(scores: Sequence[float]) -> list[int]:
    """Indices ordered by score (descending), ties (to 12 digits) broken by position."""
    keys = [_rank_key(score) for score in scores]
    return sorted(range(len(scores)), key=lambda i: (-keys[i], i))


def sentence_budget(length: Length, total: int) -> int | None:
    """How many sentences a sentence- or ratio-based length allows; None for words."""
    if length.sentences is not None:
        return length.sentences
    if length.ratio is not None:
        return max(1, round(length.ratio * total))
    return None


def select(document: Document, scores: Sequence[float], length: Length) -> list[int]:
    """Choose sentence indices for the summary.

    Args:
        document: The document the scores belong to.
        scores: One score per sentence, ``scores[i]`` for ``document.sentences[i]``.
        length: The length budget.

    Returns:
        Sorted indices of the chosen sentences; never empty for a non-empty document.
    """
    if len(scores) != len(document.sentences):
        raise ValueError(
            f"got {len(scores)} scores for {len(document.sentences)} sentences"
        )
    if not document.sentences:
        return []
    limit = sentence_budget(length, len(document.sentences))
    budget = length.words
    chosen: list[int] = []
    seen: set[str] = set()
    used = 0
    for index in rank(scores):
        text = document.sentences[index].text
        key = _dedupe_key(text)
        if key in seen:
            continue
        if limit is not None:
            if len(chosen) >= limit:
                break
        elif budget is not None:
            words = count_words(text)
            if used + words > budget:
                continue
            used += words
        seen.add(key)
        chosen.append(index)
    if not chosen:
        # Word budget smaller than every sentence: the best sentence alone.
        chosen.append(rank(scores)[0])
    return sorted(chosen)
