"""Small typed values passed between the pipeline stages.

clean → split → score → select → render. Sentences are keyed by their index in the
document, never by their text, so two identical sentences stay two sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the document.

    Attributes:
        index: Position of the sentence in the document (0-based).
        text: The sentence exactly as it appears in the input.
        paragraph: Index of the paragraph (input line block) the sentence belongs to.
        doubtful: Cleaning kept its paragraph without being sure it is article text;
            selection takes such sentences only when the sure ones cannot fill the summary.
    """

    index: int
    text: str
    paragraph: int
    doubtful: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """The body of an article, split into sentences.

    Attributes:
        sentences: Body sentences in document order; ``sentences[i].index == i``.
        title: The article's title, if one was found. Never a summary candidate.
        headings: Subheadings; usable as evidence (e.g. Edmundson's title words),
            never summary candidates.
        language: Language name used for stop words and stemming.
    """

    sentences: tuple[Sentence, ...]
    title: str | None = None
    headings: tuple[str, ...] = ()
    language: str = "english"

    @property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        """Sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return tuple(tuple(group) for _, group in sorted(groups.items()))


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary may be: exactly one of the three sizes is set.

    Attributes:
        sentences: Number of sentences.
        words: Word budget, never exceeded unless the first sentence taken alone is
            longer.
        ratio: Fraction of the document's sentences (at least one sentence).
        contiguous: How a word budget is filled. ``True``: walk the ranking and
            stop at the first sentence that no longer fits, so the summary is the
            ranking's head (for lead: the article's opening, in order). ``False``:
            go on down the ranking and take every lesser sentence that still fits.
            ``None``: the method's default (:attr:`Method.contiguous`; lead
            ``True``, the others ``False``); :func:`summarizer.select.select`
            reads ``None`` as ``False``.
    """

    sentences: int | None = None
    words: int | None = None
    ratio: float | None = None
    contiguous: bool | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of :func:`summarizer.summarize`.

    Attributes:
        method: Name of the method that scored the sentences.
        sentences: The chosen sentences, verbatim, in document order.
        indices: Their indices in the (cleaned) document.
        scores: The method's score for each chosen sentence (higher is better).
        document_sentences: How many body sentences the document had.
        cleaned: Whether page cleaning was applied to the input.
        warnings: Notes for the user (for example, a cleaning fallback).
        title: The article's title, if cleaning found one (never a summary sentence).
        language: The language used for splitting, stop words and stemming.
    """

    method: str
    sentences: tuple[str, ...]
    indices: tuple[int, ...]
    scores: tuple[float, ...]
    document_sentences: int = 0
    cleaned: bool = False
    warnings: tuple[str, ...] = field(default=())
    title: str | None = None
    language: str = "english"

    def __str__(self) -> str:
        return "\n".join(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)
