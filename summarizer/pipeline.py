"""The summarization pipeline: clean → split → score → select → render.

:func:`summarize` is the public entry point; each stage is a plain function that
can be called (and tested) on its own.
"""

from __future__ import annotations

import math
from dataclasses import replace

from summarizer.clean import CleanedText, no_clean
from summarizer.clean import clean as clean_text
from summarizer.errors import InputError, OptionError
from summarizer.language import get_language
from summarizer.methods import DEFAULT_METHOD, get_method
from summarizer.select import select
from summarizer.split import split_sentences
from summarizer.types import Document, Length, Sentence, Summary
from summarizer.validate import whole_number

DEFAULT_SENTENCES = 3

DEFAULT_MAX_SENTENCES = 2_000
"""Five times the longest news articles; the slowest method takes a few seconds and
a few hundred MB at this size, and grows with the square of the count."""


def make_length(*, sentences: int | None = None, words: int | None = None,
                ratio: float | None = None) -> Length:
    """Validate the length options; at most one may be given (default: 3 sentences).

    Raises:
        OptionError: For conflicting options or values out of range.
    """
    given = [name for name, value in
             (("--sentences", sentences), ("--words", words), ("--ratio", ratio))
             if value is not None]
    if len(given) > 1:
        raise OptionError(f"{' and '.join(given)} conflict: give only one length option")
    if sentences is not None:
        whole_number(sentences, option="--sentences")
    if words is not None:
        whole_number(words, option="--words")
    if ratio is not None and (isinstance(ratio, bool) or not isinstance(ratio, int | float)
                              or not (math.isfinite(ratio) and 0 < ratio <= 1)):
        raise OptionError(f"--ratio must be a fraction in (0, 1], got {ratio!r}")
    if not given:
        sentences = DEFAULT_SENTENCES
    return Length(sentences=sentences, words=words, ratio=ratio)


def check_seed(seed: int) -> int:
    """Validate a seed: numpy's generators take whole numbers from 0 up.

    Raises:
        OptionError: For a negative or non-integer seed.
    """
    return whole_number(seed, option="--seed", minimum=0)


def build_document(cleaned: CleanedText, *, language: str = "english") -> Document:
    """Split the kept paragraphs into sentences, numbered in document order."""
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(cleaned.paragraphs):
        for text in split_sentences(paragraph, language=language):
            sentences.append(Sentence(index=len(sentences), text=text, paragraph=number))
    return Document(sentences=tuple(sentences), title=cleaned.title,
                    headings=cleaned.headings, language=language)


def prepare_document(text: str, *, language: str = "english", clean: bool = True,
                     max_sentences: int = DEFAULT_MAX_SENTENCES
                     ) -> tuple[Document, CleanedText]:
    """The clean and split stages: the document every method scores.

    Args:
        text: The article: plain text, a web-page text dump, or HTML.
        language: Language for splitting, stop words and stemming.
        clean: Remove page chrome, captions, bylines and comments first.
        max_sentences: Refuse documents with more body sentences than this.

    Returns:
        The body sentences as a document, and what cleaning kept and dropped.

    Raises:
        OptionError: Unknown language, or a bad ``max_sentences``.
        InputError: Not a string, empty, no sentences, or too many sentences.
    """
    lang = get_language(language)
    whole_number(max_sentences, option="--max-sentences")
    if not isinstance(text, str):
        raise InputError(f"the text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("the text is empty; give an article with some text")
    cleaned = clean_text(text, language=lang.name) if clean else no_clean(text)
    document = build_document(cleaned, language=lang.name)
    if not document.sentences:
        raise InputError("no sentences found in the text; give an article with prose")
    if len(document.sentences) > max_sentences:
        raise InputError(
            f"the text has {len(document.sentences):,} sentences, more than the "
            f"{max_sentences:,}-sentence limit; raise it with --max-sentences "
            "(graph methods take time and memory that grow with its square)"
        )
    return document, cleaned


def summarize_document(document: Document, *, method: str, length: Length, seed: int = 0
                       ) -> Summary:
    """The score and select stages on a prepared document.

    Args:
        document: Body sentences, from :func:`prepare_document`.
        method: A registered method name.
        length: The length budget, from :func:`make_length`.
        seed: Seed for methods that use randomness.

    Returns:
        The summary (``cleaned`` and ``warnings`` are left for the caller to set).
    """
    chosen = get_method(method)
    scores = chosen.scorer(document, get_language(document.language), seed)
    indices = select(document, scores, length)
    return Summary(
        method=chosen.name,
        sentences=tuple(document.sentences[i].text for i in indices),
        indices=tuple(indices),
        scores=tuple(scores[i] for i in indices),
        document_sentences=len(document.sentences),
        title=document.title,
        language=document.language,
    )


def summarize(
    text: str,
    *,
    method: str = DEFAULT_METHOD,
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    language: str = "english",
    seed: int = 0,
    clean: bool = True,
    max_sentences: int = DEFAULT_MAX_SENTENCES,
) -> Summary:
    """Summarize an article by extracting its most important sentences.

    Args:
        text: The article: plain text, a web-page text dump, or HTML.
        method: A registered method name (see :func:`available_methods`).
        sentences: Number of sentences (default 3 when no other length is given).
        words: Word budget, never exceeded unless the best sentence alone is longer.
        ratio: Fraction of the article's sentences, in (0, 1]; at least one sentence.
        language: Language for splitting, stop words and stemming.
        seed: Seed for methods that use randomness; same seed, same summary.
        clean: Remove page chrome, captions, bylines and comments first.
        max_sentences: Refuse articles with more body sentences than this.

    Returns:
        The summary: sentences verbatim from the input, in document order.

    Raises:
        OptionError: Unknown method or language, or bad length options.
        InputError: Empty text, no sentences in it, or more than ``max_sentences``.
    """
    get_method(method)  # fail on a bad name before the slow stages
    length = make_length(sentences=sentences, words=words, ratio=ratio)
    check_seed(seed)
    document, cleaned = prepare_document(text, language=language, clean=clean,
                                         max_sentences=max_sentences)
    summary = summarize_document(document, method=method, length=length, seed=seed)
    return replace(summary, cleaned=clean, warnings=cleaned.warnings)
