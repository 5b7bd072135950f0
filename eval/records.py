"""Scoring one example: every method, the oracle and the human agreement rows.

This is the per-example half of the harness (aggregation lives in
:mod:`eval.aggregate`). It is a pure function of the example and the settings, so
running it in worker processes gives the same records as running it in order.

The article is cleaned and split ONCE (by the runner's check phase, before any
scoring, which is also where the size limits are applied) and every method and
the oracle work on that same document, through the pipeline's own stages
(:func:`summarizer.pipeline.prepare_document`, then
:func:`summarizer.pipeline.summarize_document`), exactly as
:func:`summarizer.summarize` chains them; cleaning and splitting are the slow
stages, and redoing them per method would multiply their cost by the number of
methods. A test checks that every method's summary here equals ``summarize()``'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from eval.data import Example
from eval.oracle import greedy_oracle
from eval.scoring import Scores, join_sentences, prepare_reference, score_multi
from summarizer import pipeline
from summarizer.errors import SummarizerError
from summarizer.types import Document, Length

ORACLE = "oracle"
HUMAN = "human"


@dataclass(frozen=True, slots=True)
class Budget:
    """What every method is asked for: the same length, seed and cleaning.

    Attributes:
        sentences: Sentence budget (exactly one of ``sentences``/``words`` is set).
        words: Word budget.
        seed: Seed for methods that use randomness.
        clean: Whether articles are cleaned before splitting.
        language: Language for splitting, stop words and stemming.
    """

    sentences: int | None
    words: int | None
    seed: int
    clean: bool = True
    language: str = "english"

    @property
    def length(self) -> Length:
        """The budget as a :class:`~summarizer.types.Length`."""
        return Length(sentences=self.sentences, words=self.words)


@dataclass(frozen=True, slots=True)
class ExampleRecord:
    """One scored summary.

    Attributes:
        id: The example's id.
        method: A registry method, ``"oracle"`` or ``"human"``.
        summary: The scored summary's sentences.
        references: The references it was scored against, as scored (newline-joined).
        scores: ROUGE P/R/F per metric (best match over the references).
        reference_index: For ``"human"`` rows: which reference was scored against
            the others; ``None`` otherwise.
    """

    id: str
    method: str
    summary: tuple[str, ...]
    references: tuple[str, ...]
    scores: Scores
    reference_index: int | None = None


def _record(example_id: str, method: str, summary: tuple[str, ...],
            references: tuple[str, ...], index: int | None = None) -> ExampleRecord:
    scores = score_multi(references=references, candidate=join_sentences(summary))
    return ExampleRecord(id=example_id, method=method, summary=summary,
                         references=references, scores=scores, reference_index=index)


def prepare_document(article: str, budget: Budget, *,
                     max_sentences: int = pipeline.DEFAULT_MAX_SENTENCES,
                     max_bytes: int = pipeline.DEFAULT_MAX_BYTES) -> Document:
    """Clean (unless disabled) and split the article, as :func:`summarizer.summarize` does.

    Raises:
        InputError: Empty article, no sentences, or over a size limit.
    """
    document, _ = pipeline.prepare_document(article, language=budget.language,
                                            clean=budget.clean, max_sentences=max_sentences,
                                            max_bytes=max_bytes)
    return document


def extract(document: Document, *, method: str, budget: Budget) -> tuple[str, ...]:
    """One method's summary of the document: the pipeline's score and select stages."""
    summary = pipeline.summarize_document(document, method=method, length=budget.length,
                                          seed=budget.seed)
    return summary.sentences


def _oracle(example_id: str, document: Document, references: tuple[str, ...],
            budget: Budget) -> ExampleRecord:
    sentences = [sentence.text for sentence in document.sentences]
    chosen = greedy_oracle(sentences, references, length=budget.length)
    return _record(example_id, ORACLE, tuple(sentences[i] for i in chosen), references)


def _human(example_id: str, references: tuple[str, ...]) -> list[ExampleRecord]:
    """Each reference scored against the others (only with two or more references)."""
    if len(references) < 2:
        return []
    return [
        _record(example_id, HUMAN, tuple(reference.split("\n")),
                references[:j] + references[j + 1:], index=j)
        for j, reference in enumerate(references)
    ]


def score_example(example: Example, document: Document | None = None, *,
                  methods: tuple[str, ...], budget: Budget) -> list[ExampleRecord]:
    """Summarize one article with every method and score all rows.

    Args:
        example: The article and its references.
        document: The article already cleaned and split (default: done here).
        methods: Registry method names.
        budget: Length, seed and cleaning shared by every method and the oracle.

    Returns:
        One record per method, one for the oracle, and one per reference for the
        human row when there are two or more references.

    Raises:
        SummarizerError: The same error type, its message prefixed with the id.
    """
    try:
        references = tuple(prepare_reference(text, language=budget.language)
                           for text in example.references)
        if document is None:
            document = prepare_document(example.article, budget)
        records = [_record(example.id, method, extract(document, method=method, budget=budget),
                           references)
                   for method in methods]
        records.append(_oracle(example.id, document, references, budget))
    except SummarizerError as error:
        raise type(error)(f"id {example.id!r}: {error}") from None
    return records + _human(example.id, references)
