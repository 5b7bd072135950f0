"""Selection: turn per-sentence scores into a summary under a length budget.

This is the one place that chooses sentences; methods only score. The rules:

* rank by score, highest first; ties go to the earlier sentence;
* never take a sentence whose text (case- and space-insensitively) was already taken;
* sentences cleaning was not sure of (``doubtful``) come after every sure one, so a
  caption or teaser the cleaner kept with doubt is taken only when the sure article
  sentences cannot fill the summary;
* ``sentences=N`` takes the top N; ``ratio=R`` takes ``max(1, R * n rounded half up)``;
* ``words=N`` walks down the ranking and takes each sentence that still fits the
  budget (``contiguous=False``), or stops at the first that does not
  (``contiguous=True``: the summary is the ranking's head, for lead the opening of
  the article in order). The budget is never exceeded, except that when even the
  best sentence is longer than the budget, that sentence alone is returned;
* the result is returned in document order;
* :func:`length_warnings` says when the result is longer or shorter than asked.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from summarizer.types import Document, Length


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens."""
    return len(text.split())


def text_key(text: str) -> str:
    """A sentence's text compared case- and space-insensitively (repeats, the title)."""
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
        # Half rounds up (0.5 of 5 sentences is 3), unlike Python's round().
        return max(1, math.floor(length.ratio * total + 0.5))
    return None


def _distinct(document: Document, scores: Sequence[float]) -> list[int]:
    """The ranking without repeats (a text already ranked higher is left out), sure
    sentences before doubtful ones."""
    seen: set[str] = set()
    order = []
    for index in rank(scores):
        key = text_key(document.sentences[index].text)
        if key not in seen:
            seen.add(key)
            order.append(index)
    return sorted(order, key=lambda index: document.sentences[index].doubtful)


def _fill(document: Document, order: Sequence[int], budget: int, *,
          contiguous: bool) -> list[int]:
    """Take sentences, best first, while they fit the word budget.

    A sentence that does not fit ends the walk when ``contiguous``; otherwise it
    is passed over and lesser sentences that still fit are taken.
    """
    chosen: list[int] = []
    used = 0
    for index in order:
        words = count_words(document.sentences[index].text)
        if used + words <= budget:
            chosen.append(index)
            used += words
        elif contiguous:
            break
    return chosen


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
        raise ValueError(f"got {len(scores)} scores for {len(document.sentences)} sentences")
    if not document.sentences:
        return []
    order = _distinct(document, scores)
    limit = sentence_budget(length, len(document.sentences))
    if limit is not None:
        return sorted(order[:limit])
    budget = length.words if length.words is not None else 0
    if count_words(document.sentences[order[0]].text) > budget:
        # Even the best sentence is over budget: it alone, rather than a lesser one.
        return [order[0]]
    return sorted(_fill(document, order, budget, contiguous=bool(length.contiguous)))


def length_warnings(document: Document, chosen: Sequence[int], length: Length) -> tuple[str, ...]:
    """What to tell the reader when a summary is longer or shorter than asked.

    Longer: a word budget below the length of the one sentence returned. Shorter:
    fewer sentences than a sentence count or ratio asked for, because the article
    has no more (repeated sentences counted once). A word budget is a maximum, so
    a summary under it is no surprise.
    """
    if length.words is not None:
        used = sum(count_words(document.sentences[i].text) for i in chosen)
        if used <= length.words:
            return ()
        return (f"the summary has {used} words, more than the {length.words} asked: the "
                "top-ranked sentence alone is that long, and sentences are never cut",)
    limit = sentence_budget(length, len(document.sentences))
    if limit is None or len(chosen) >= limit:
        return ()
    total = len(document.sentences)
    distinct = len({text_key(sentence.text) for sentence in document.sentences})
    have = (f"the article has only {_sentences(total)}" if distinct == total
            else f"the article has only {distinct} distinct sentences among its {total}")
    return (f"the summary has {_sentences(len(chosen))}, fewer than the {limit} asked: {have}",)


def _sentences(count: int) -> str:
    return f"{count} sentence" + ("" if count == 1 else "s")
