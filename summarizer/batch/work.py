"""The per-document and per-shard work of a batch: the one function every engine maps.

A document is cleaned and split once, then every method scores it, through the
pipeline's own stages (:func:`summarizer.pipeline.prepare_document` and
:func:`summarizer.pipeline.summarize_prepared`, which :func:`summarizer.summarize`
chains the same way), so each result is the summary ``summarize()`` gives. A
document that fails becomes one failed result per method, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.batch.options import BatchOptions
from summarizer.batch.sources import Item
from summarizer.errors import SummarizerError
from summarizer.types import Summary

__all__ = ["BatchResult", "summarize_item", "summarize_shard"]


@dataclass(frozen=True, slots=True)
class BatchResult:
    """One (document, method) of a batch.

    Attributes:
        position: The document's 0-based rank in the input.
        id: The document's id (see :class:`~summarizer.batch.sources.Item`).
        method: The method's registry name.
        summary: The summary, as :func:`summarizer.summarize` returns it; ``None``
            when the document failed.
        error: Why the document (or this method on it) failed; ``None`` on success.
    """

    position: int
    id: str
    method: str
    summary: Summary | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether there is a summary."""
        return self.error is None


def _failure(error: Exception) -> str:
    if isinstance(error, SummarizerError):
        return str(error)
    # A bug must not end a run over millions of documents; it is recorded, loudly.
    return f"unexpected {type(error).__name__}: {error}; please report it with this document"


def _text(item: Item) -> str:
    if item.data is not None:
        from summarizer.inputs import text_from_bytes

        return text_from_bytes(item.data, source=item.source).text
    if item.text is None:
        raise SummarizerError(item.error or "no text")
    return item.text


def summarize_item(item: Item, options: BatchOptions) -> list[BatchResult]:
    """Every method's result for one document, in ``options.methods`` order."""
    from summarizer.pipeline import prepare_document, summarize_prepared

    def failed(message: str) -> list[BatchResult]:
        return [BatchResult(item.position, item.id, method, error=message)
                for method in options.methods]

    if item.error is not None:
        return failed(item.error)
    try:
        document, cleaned = prepare_document(
            _text(item), language=options.language, clean=options.clean,
            max_sentences=options.max_sentences, max_bytes=options.max_bytes)
    except Exception as error:  # recorded per document; see _failure
        return failed(_failure(error))
    results = []
    for method in options.methods:
        try:
            summary = summarize_prepared(document, cleaned, method=method,
                                         length=options.length, seed=options.seed,
                                         clean=options.clean)
            results.append(BatchResult(item.position, item.id, method, summary=summary))
        except Exception as error:  # recorded per method
            results.append(BatchResult(item.position, item.id, method, error=_failure(error)))
    return results


def summarize_shard(items: Sequence[Item], options: BatchOptions) -> list[BatchResult]:
    """The results of consecutive documents, in order: the unit of work of every engine."""
    return [result for item in items for result in summarize_item(item, options)]
