"""Run stock sumy's algorithms on our own sentences and read back every sentence's score.

The project's methods are its own (sparse, vectorised: :mod:`summarizer.methods`);
this adapter is the reference they are held to. ``tests/test_methods_vs_sumy.py``
and ``benchmarks/scaling.py`` feed the same sentences, tokens, stop words and
stemmer to sumy's classes through it. It builds sumy's document model from the
sentences our splitter produced (sumy's own tokenizers need NLTK data that cannot
be downloaded here), with:

* sentences keyed by their index, not their text: sumy hashes sentences by text,
  so identical sentences would share one score and could both be emitted;
* our word tokenizer, which keeps numbers ("2024", "COVID-19", "U.S") as words;
* title and subheadings as sumy headings of the first paragraph.

sumy's summarizers sort their ratings and then call ``count(infos)`` to cut the
list; passing a callable count that keeps everything gives us every rating
without copying any of sumy's code.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable
from typing import Any

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from summarizer.language import Language, tokenize_words
from summarizer.methods.cue_words import BONUS_WORDS, STIGMA_WORDS
from summarizer.types import Document

STOCK_CLASSES: dict[str, tuple[str, str]] = {
    "luhn": ("luhn", "LuhnSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
}
"""sumy's module and class for each registered method it also implements."""


class _IndexedSentence(SumySentence):  # type: ignore[misc]
    """A sumy sentence whose identity is its position, not its text."""

    __slots__ = ("index",)

    def __init__(self, text: str, tokenizer: Any, index: int, *, is_heading: bool = False):
        super().__init__(text, tokenizer, is_heading)
        self.index = index

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _IndexedSentence) and (self.index, self.is_heading) == (
            other.index,
            other.is_heading,
        )

    def __hash__(self) -> int:
        return hash((self.index, self.is_heading))


class _WordTokenizer:
    """The interface sumy's sentences expect: ``to_words`` and ``language``."""

    def __init__(self, language: str):
        self.language = language

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tokenize_words(text)


class _KeepAll:
    """A sumy ``sentences_count`` that keeps every rated sentence and records it."""

    def __init__(self) -> None:
        self.infos: list[Any] = []

    def __call__(self, infos: Iterable[Any]) -> list[Any]:
        self.infos = list(infos)
        return self.infos


def build_sumy_document(document: Document) -> ObjectDocumentModel:
    """sumy's document model for our document; title and headings become headings."""
    tokenizer = _WordTokenizer(document.language)
    headings = [h for h in (document.title, *document.headings) if h]
    paragraphs = []
    for number, group in enumerate(document.paragraphs):
        items = [
            _IndexedSentence(text, tokenizer, -1 - k, is_heading=True)
            for k, text in enumerate(headings)
        ] if number == 0 else []
        items.extend(_IndexedSentence(s.text, tokenizer, s.index) for s in group)
        paragraphs.append(Paragraph(items))
    return ObjectDocumentModel(paragraphs)


def memoised(stem: Callable[[str], str]) -> Callable[[str], str]:
    """``stem`` with a cache that lives as long as the returned function."""
    known: dict[str, str] = {}

    def cached(word: str) -> str:
        result = known.get(word)
        if result is None:
            result = known[word] = stem(word)
        return result

    return cached


def rate_with(summarizer: Any, document: Document) -> list[float]:
    """Every sentence's rating from a configured sumy summarizer, by index."""
    if not document.sentences:
        return []
    keep = _KeepAll()
    with warnings.catch_warnings():
        # LSA warns when a text has fewer distinct words than sentences; short inputs
        # are legitimate here and the scores are still defined.
        warnings.filterwarnings("ignore", message="Number of words", category=UserWarning)
        summarizer(build_sumy_document(document), keep)
    scores = [0.0] * len(document.sentences)
    for info in keep.infos:
        scores[info.sentence.index] = float(info.rating)
    return scores


def stock_summarizer(name: str, language: Language, *, memo: bool = True) -> Any:
    """sumy's own summarizer for method ``name``, configured as our scorer is.

    Args:
        name: A key of :data:`STOCK_CLASSES`.
        language: Stop words and stemmer to use.
        memo: Give sumy a stemmer that remembers its answers for this summarizer's
            life (``False``: sumy's plain behaviour, stemming every word every pass).
    """
    module, class_name = STOCK_CLASSES[name]
    cls = getattr(importlib.import_module(f"sumy.summarizers.{module}"), class_name)
    stem = memoised(language.stem) if memo else language.stem
    if name == "kl":
        summarizer = cls()  # sumy's KL-Sum does not stem
    elif name == "edmundson":
        english = language.name == "english"
        summarizer = cls(stem, cue_weight=1.0 if english else 0.0, key_weight=0.0)
        if english:
            summarizer.bonus_words = BONUS_WORDS
            summarizer.stigma_words = STIGMA_WORDS
        summarizer.null_words = language.stop_words
        return summarizer
    else:
        summarizer = cls(stem)
    summarizer.stop_words = language.stop_words
    return summarizer
