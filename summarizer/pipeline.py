"""The summarization pipeline: clean → split → score → select → render.

:func:`summarize` is the public entry point; each stage is a plain function that
can be called (and tested) on its own. Every option is checked before the text,
and the text's type, size and kind before any slow stage.
"""

from __future__ import annotations

from dataclasses import replace

from summarizer import validate
from summarizer.clean import CleanedText, no_clean, page_language
from summarizer.clean import clean as clean_text
from summarizer.clean.units import text_units
from summarizer.errors import InputError
from summarizer.inputs import refuse_non_article
from summarizer.language import AUTO, get_language, language_name, supported_languages
from summarizer.methods import DEFAULT_METHOD, get_method
from summarizer.normalize import normalize_text
from summarizer.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_SENTENCES,
    check_limits,
    check_seed,
    make_length,
)
from summarizer.select import length_warnings, select, text_key
from summarizer.split import split_sentences
from summarizer.types import Document, Length, Sentence, Summary

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_SENTENCES", "DEFAULT_SENTENCES", "build_document",
    "check_language", "check_seed", "check_text", "clean_page", "make_length",
    "prepare_document", "summarize", "summarize_document", "summarize_prepared",
]  # fmt: skip


def check_language(language: str) -> str:
    """The canonical name of a supported language, or ``"auto"``.

    Raises:
        OptionError: Not a string, or not a supported language (the message lists them).
    """
    if not isinstance(language, str):
        validate.name(language, parameter="language",
                      choices=", ".join((AUTO, *supported_languages())))
    return language_name(language)


def check_text(text: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text, normalised, once it is known to be an article of a usable size.

    Checked in this order, cheapest first: a ``str`` of valid Unicode (no lone
    surrogate), at most ``max_bytes`` in UTF-8, not blank once invisible
    characters are removed, not a PDF or a feed.

    Raises:
        InputError: Naming the problem and how to fix it (a ``TypeError`` too when
            the text is not a string).
    """
    validate.text(text)
    if len(text) > max_bytes or (4 * len(text) > max_bytes
                                 and len(text.encode("utf-8")) > max_bytes):
        raise InputError(
            f"the text is larger than the {max_bytes:,}-byte limit (in UTF-8); raise it "
            f"with {validate.spell('max_bytes')} if this is really one article"
        )
    text = normalize_text(text)
    if not text.strip():
        raise InputError("the text is empty; give an article with some text")
    refuse_non_article(text, source="the text")
    return text


def clean_page(text: str, *, language: str = AUTO, explain: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES) -> CleanedText:
    """Keep only the article of a page: its title, subheadings and body paragraphs.

    This is ``summarizer.clean``: the cleaning stage with the same checks as
    :func:`summarize` (the text's type, size and kind; the language).

    Args:
        text: A plain-text article, a web-page text dump, or HTML.
        language: The page's language (name or ISO code), or ``"auto"`` to detect it.
        explain: Attach to every line the evidence that weighed most in its label.
        max_bytes: Refuse texts longer than this in UTF-8.

    Returns:
        The title and headings (evidence only, never summary sentences), the body
        paragraphs verbatim (from the normalised text), every input line with its
        label and evidence, the language used, and warnings (e.g. when no line
        looked clearly like article text).

    Raises:
        OptionError: An unknown language or a bad limit.
        InputError: Not a string, too large, empty, a PDF or a feed.
    """
    name = check_language(language)
    validate.flag(explain, parameter="explain")
    validate.whole_number(max_bytes, parameter="max_bytes")
    return clean_text(check_text(text, max_bytes=max_bytes), language=name, explain=explain)


SURE_SCORE = 0.9
"""A kept paragraph the line model scores below this is doubtful: its sentences are
summary candidates only after every sure one. Chosen by leave-sites-out
cross-validation (``benchmarks/cleaner_cv.py``): below it sit most of the captions,
teasers and disclaimers that cleaning keeps, and few article paragraphs."""


def build_document(cleaned: CleanedText, *, language: str = "english",
                   sure_score: float = SURE_SCORE) -> Document:
    """Split the kept paragraphs into sentences, numbered in document order.

    A paragraph that repeats the title is left out: the title is never a summary
    sentence, even when a page prints it twice. A paragraph the line model scored
    below ``sure_score`` is doubtful (0 marks none; ``benchmarks/cleaner_cv.py
    --sure-scores`` measures others).
    """
    title = text_key(cleaned.title) if cleaned.title else None
    sentences: list[Sentence] = []
    for number, (paragraph, score) in enumerate(
            zip(cleaned.paragraphs, cleaned.paragraph_scores, strict=True)):
        if title is not None and text_key(paragraph) == title:
            continue
        doubtful = score is not None and score < sure_score
        for text in split_sentences(paragraph, language=language):
            sentences.append(Sentence(index=len(sentences), text=text, paragraph=number,
                                      doubtful=doubtful))
    return Document(sentences=tuple(sentences), title=cleaned.title,
                    headings=cleaned.headings, language=language)


def prepare_document(text: str, *, language: str = AUTO, clean: bool = True,
                     max_sentences: int = DEFAULT_MAX_SENTENCES,
                     max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, CleanedText]:
    """The clean and split stages: the document every method scores.

    Args:
        text: The article: plain text, a web-page text dump, or HTML.
        language: Language for splitting, stop words and stemming, or ``"auto"``.
        clean: Remove page chrome, captions, bylines and comments first.
        max_sentences: Refuse documents with more body sentences than this.
        max_bytes: Refuse texts longer than this in UTF-8 (checked first).

    Returns:
        The body sentences as a document (its ``language`` the one used: detected
        when ``"auto"``), and what cleaning kept and dropped.

    Raises:
        OptionError: Unknown language, or a bad ``clean`` or limit.
        InputError: Not a string, too large, empty, not an article, no sentences,
            or too many sentences.
    """
    name = check_language(language)
    validate.flag(clean, parameter="clean")
    check_limits(max_sentences=max_sentences, max_bytes=max_bytes)
    text = check_text(text, max_bytes=max_bytes)
    if clean:
        cleaned = clean_text(text, language=name)
    else:
        cleaned = no_clean(text)
        used = page_language(text_units("\n".join(cleaned.paragraphs)), name)
        cleaned = replace(cleaned, language=used.name,
                          warnings=(used.warning,) if used.warning else ())
    document = build_document(cleaned, language=cleaned.language)
    if not document.sentences:
        raise InputError("no sentences found in the text; give an article with prose")
    if len(document.sentences) > max_sentences:
        raise InputError(
            f"the text has {len(document.sentences):,} sentences, more than the "
            f"{max_sentences:,}-sentence limit; raise it with "
            f"{validate.spell('max_sentences')} (scoring time grows with the number of "
            "sentences)"
        )
    return document, cleaned


def summarize_document(document: Document, *, method: str, length: Length, seed: int = 0
                       ) -> Summary:
    """The score and select stages on a prepared document.

    Args:
        document: Body sentences, from :func:`prepare_document`.
        method: A registered method name.
        length: The length budget, from :func:`make_length`; a word budget's
            ``contiguous=None`` becomes the method's own default.
        seed: Seed for methods that use randomness.

    Returns:
        The summary, with warnings when it is longer or shorter than asked
        (``cleaned`` and cleaning's warnings are left for the caller to add).
    """
    chosen = get_method(method)
    if length.words is not None and length.contiguous is None:
        length = replace(length, contiguous=chosen.contiguous)
    scores = chosen.scorer(document, get_language(document.language), seed)
    indices = select(document, scores, length)
    return Summary(
        method=chosen.name,
        sentences=tuple(document.sentences[i].text for i in indices),
        indices=tuple(indices),
        scores=tuple(scores[i] for i in indices),
        document_sentences=len(document.sentences),
        warnings=length_warnings(document, indices, length),
        title=document.title,
        language=document.language,
    )


def summarize_prepared(document: Document, cleaned: CleanedText, *, method: str,
                       length: Length, seed: int = 0, clean: bool = True) -> Summary:
    """The score, select and finish stages: what :func:`summarize` returns for the document.

    Batch runs call it once per method on one prepared document, so cleaning and
    splitting are done once per document, and each summary is the one
    :func:`summarize` gives.

    Args:
        document: Body sentences, from :func:`prepare_document`.
        cleaned: What cleaning kept (its warnings come first in the summary's).
        method: A registered method name.
        length: The length budget, from :func:`make_length`.
        seed: Seed for methods that use randomness.
        clean: Whether the document was cleaned (recorded in the summary).
    """
    summary = summarize_document(document, method=method, length=length, seed=seed)
    return replace(summary, cleaned=clean, warnings=cleaned.warnings + summary.warnings)


def summarize(
    text: str,
    *,
    method: str = DEFAULT_METHOD,
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    contiguous: bool | None = None,
    language: str = AUTO,
    seed: int = 0,
    clean: bool = True,
    max_sentences: int = DEFAULT_MAX_SENTENCES,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Summary:
    """Summarize an article by extracting its most important sentences.

    Args:
        text: The article: plain text, a web-page text dump, or HTML.
        method: A registered method name (see :func:`available_methods`).
        sentences: Number of sentences (default 3 when no other length is given).
        words: Word budget, never exceeded unless the first sentence taken is longer.
        ratio: Fraction of the article's sentences, in (0, 1]; at least one sentence.
        contiguous: With ``words``: stop at the first ranked sentence that does not
            fit (``True``), or also take lesser ones that do (``False``); default:
            the method's (lead: ``True``, its opening in order).
        language: Language for splitting, stop words and stemming (a name or ISO
            code), or ``"auto"`` to detect it; ``Summary.language`` says which was used.
        seed: Seed for methods that use randomness; same seed, same summary.
        clean: Remove page chrome, captions, bylines and comments first.
        max_sentences: Refuse articles with more body sentences than this.
        max_bytes: Refuse texts longer than this in UTF-8 (checked before any work).

    Returns:
        The summary: sentences verbatim from the (normalised) input, in document
        order, with warnings from cleaning and when it is longer or shorter than asked.

    Raises:
        OptionError: Unknown method or language, or a bad option; the message
            names the parameter (``OptionTypeError``, also a ``TypeError``, for a
            value of the wrong type).
        InputError: Not a string, too large, empty, a PDF or a feed, no sentences
            in it, or more than ``max_sentences``.
    """
    get_method(method)  # every option fails before the text is looked at
    length = make_length(sentences=sentences, words=words, ratio=ratio, contiguous=contiguous)
    check_seed(seed)
    document, cleaned = prepare_document(text, language=language, clean=clean,
                                         max_sentences=max_sentences, max_bytes=max_bytes)
    return summarize_prepared(document, cleaned, method=method, length=length, seed=seed,
                              clean=clean)
