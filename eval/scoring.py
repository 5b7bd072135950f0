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

rouge-score tokenizes and Porter-stems both texts on every call, so a reference
was stemmed again for every method (and every candidate sentence for its
``rougeLsum``). The scorer here is rouge-score's own with its own tokenizer
function, given a Porter stemmer that remembers its answers and a memory of the
recent texts' tokens: the same tokens, so the same scores (a test compares them
with a plain ``RougeScorer``), with each reference tokenized once per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from nltk.stem import porter
from rouge_score import rouge_scorer, tokenize, tokenizers

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


TEXTS_KEPT = 4096
"""Texts whose tokens are remembered: an example's references and its sentences
outlast every method's turn on it."""

WORDS_KEPT = 200_000
"""Porter stems remembered; past this the memory starts afresh (bounded memory)."""


class _MemoPorter:
    """NLTK's Porter stemmer (rouge-score's) remembering its answers."""

    def __init__(self) -> None:
        self._stemmer = porter.PorterStemmer()
        self._known: dict[str, str] = {}

    def stem(self, word: str) -> str:
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= WORDS_KEPT:
                self._known.clear()
            found = self._known[word] = self._stemmer.stem(word)
        return found


class CachedTokenizer(tokenizers.Tokenizer):  # type: ignore[misc]
    """rouge-score's default stemmed tokenization, each text's tokens computed once."""

    def __init__(self) -> None:
        stemmer = _MemoPorter()
        self._tokens = lru_cache(maxsize=TEXTS_KEPT)(
            lambda text: tuple(tokenize.tokenize(text, stemmer)))

    def tokenize(self, text: str) -> list[str]:
        """The tokens rouge-score's ``DefaultTokenizer(use_stemmer=True)`` gives."""
        return list(self._tokens(text))


@cache
def rouge_tokenizer() -> CachedTokenizer:
    """The process's ROUGE tokenizer (ROUGE and the oracle share its memory)."""
    return CachedTokenizer()


@cache
def rouge() -> rouge_scorer.RougeScorer:
    """The one scorer configuration, shared per process (its caches only save work)."""
    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=rouge_tokenizer())


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
