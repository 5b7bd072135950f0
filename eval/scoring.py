"""Per-example ROUGE, exactly as rouge-score computes it.

The settings, and why:

* ``RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)``:
  the Porter-stemmed setting of the published CNN/DailyMail figures.
* ``rougeLsum`` is summary-level LCS over sentences that rouge-score finds by
  splitting on ``"\\n"``; without newlines it silently equals ``rougeL``. So the
  candidate's sentences and every reference's sentences are joined with newlines
  here. rouge-score's own ``split_summaries=True`` needs NLTK data we cannot
  download, so references are split by our own splitter instead (a reference that
  already has line breaks keeps them; each line is split further).
* The newlines change nothing for the other three metrics: rouge-score's tokenizer
  treats any non-alphanumeric character as a separator.
* Several references: rouge-score's ``score_multi``: for each metric separately,
  the reference with the highest F1 (the best match).

sumy's own "ROUGE" (n-gram sets, recall only) is never used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rouge_score import rouge_scorer

from summarizer.split import split_sentences

METRICS: tuple[str, ...] = ("rouge1", "rouge2", "rougeL", "rougeLsum")
"""The reported metrics, in report order; F1 is the headline figure."""

MULTI_REFERENCE_RULE = (
    "several references: rouge-score's score_multi, i.e. for each metric separately the "
    "reference with the highest F1 (best match)"
)


@dataclass(frozen=True, slots=True)
class Score:
    """ROUGE precision, recall and F1 (fractions in [0, 1])."""

    precision: float
    recall: float
    fmeasure: float


Scores = dict[str, Score]
"""Metric name → score."""


@cache
def rouge() -> rouge_scorer.RougeScorer:
    """The one scorer configuration (stateless, so sharing it per process is safe)."""
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def join_sentences(sentences: Sequence[str]) -> str:
    """Sentences joined by newlines, the form rouge-score's ``rougeLsum`` needs."""
    return "\n".join(" ".join(sentence.split()) for sentence in sentences)


def reference_sentences(text: str, *, language: str = "english") -> list[str]:
    """A reference's sentences: its own lines, each split further by our splitter."""
    return split_sentences(text, language=language)


def prepare_reference(text: str, *, language: str = "english") -> str:
    """A reference as scored: its sentences joined by newlines."""
    return join_sentences(reference_sentences(text, language=language))


def _convert(raw: dict[str, object]) -> Scores:
    result: Scores = {}
    for metric in METRICS:
        value = raw[metric]
        result[metric] = Score(precision=float(value.precision),  # type: ignore[attr-defined]
                               recall=float(value.recall),  # type: ignore[attr-defined]
                               fmeasure=float(value.fmeasure))  # type: ignore[attr-defined]
    return result


def score(*, reference: str, candidate: str) -> Scores:
    """Score one candidate against one reference, both already newline-joined.

    Args:
        reference: The reference, sentences separated by newlines.
        candidate: The summary, sentences separated by newlines.

    Returns:
        P/R/F for each metric in :data:`METRICS`.
    """
    return _convert(rouge().score(reference, candidate))


def score_multi(*, references: Sequence[str], candidate: str) -> Scores:
    """Score a candidate against several references (best match per metric).

    Args:
        references: The references, each with sentences separated by newlines.
        candidate: The summary, sentences separated by newlines.

    Returns:
        P/R/F for each metric, taken from the reference with the highest F1.

    Raises:
        ValueError: If no reference is given.
    """
    if not references:
        raise ValueError("score_multi needs at least one reference")
    return _convert(rouge().score_multi(list(references), candidate))
