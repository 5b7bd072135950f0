"""sumy's defects that bite on news, each shown against stock sumy, and our fix.

KL-Sum's slowness is in ``test_kl.py``; LexRank's NaN scores in
``test_methods_vs_sumy.py``.
"""

from __future__ import annotations

import re

import pytest
import sumy.__main__ as sumy_cli
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.parser import DocumentParser
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer

from summarizer.language import get_language
from summarizer.methods import all_methods, get_method
from summarizer.methods.cue_words import BONUS_WORDS, STIGMA_WORDS
from summarizer.methods.sumy_adapter import build_sumy_document, rate_with
from summarizer.select import select
from summarizer.types import Document, Length
from tests.test_methods_support import make_document

ENGLISH = get_language("english")
REPEATED = "The fire at the old mill spread fast, and the fire destroyed the mill."
DUPLICATED = make_document(
    [REPEATED, "Two people were hurt.", REPEATED, "The road was closed."],
)


class StockTokenizer:
    """sumy's word tokenizer as configured by its CLI, minus NLTK's data files.

    Tokens are split roughly as NLTK's ``word_tokenize`` does (a sentence's final
    period comes off, "U.S." and "3.5" stay whole) and then filtered with sumy's own
    ``Tokenizer._is_word`` rule, which is where numbers are lost.
    """

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        tokens = [t.removesuffix(".") if t.count(".") == 1 and t.endswith(".") else t
                  for t in re.findall(r"[\w.'-]+", text)]
        return tuple(t for t in tokens if Tokenizer._is_word(t))

    @staticmethod
    def to_sentences(paragraph: str) -> tuple[str, ...]:
        return tuple(s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s)


def stock_document(document: Document) -> ObjectDocumentModel:
    """sumy's own document model: sentences hashed by their text."""
    return ObjectDocumentModel(
        Paragraph(Sentence(s.text, StockTokenizer()) for s in group)
        for group in document.paragraphs
    )


def stock(summarizer_class: type[LuhnSummarizer | ReductionSummarizer]) -> object:
    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = ENGLISH.stop_words
    return summarizer


# --- identical sentences share one score, and every copy can be emitted ---------------

def test_stock_sumy_emits_both_copies_of_a_repeated_sentence() -> None:
    chosen = stock(LuhnSummarizer)(stock_document(DUPLICATED), 2)  # type: ignore[operator]
    assert [str(s) for s in chosen] == [REPEATED, REPEATED]


@pytest.mark.parametrize("name", [m.name for m in all_methods()])
def test_a_summary_never_repeats_a_sentence(name: str) -> None:
    scores = get_method(name).scorer(DUPLICATED, ENGLISH, 0)
    chosen = select(DUPLICATED, scores, Length(sentences=2))
    texts = [DUPLICATED.sentences[i].text for i in chosen]
    assert len(texts) == 2
    assert len(set(texts)) == 2


def test_stock_sumy_gives_copies_one_score_even_where_position_differs() -> None:
    # Edmundson's location method rewards a paragraph's first sentence; the copy that
    # opens the article and the copy inside the last paragraph are not equally placed.
    document = make_document([REPEATED, "Two people were hurt."],
                             ["The road was closed.", REPEATED, "Traffic resumed later."])
    summarizer = EdmundsonSummarizer(Stemmer("english"), cue_weight=0.0, key_weight=0.0)
    summarizer.null_words = ENGLISH.stop_words
    theirs = stock_document(document)
    ratings = summarizer._build_location_method_instance().rate_sentences(theirs)
    assert len(ratings) == len(document.sentences) - 1  # the copies collapsed
    ours = rate_with(summarizer, document)
    assert ours[0] > ours[3]


# --- Edmundson falls back to Czech cue words ------------------------------------------

def test_stock_edmundson_gets_czech_cue_words_for_plain_text() -> None:
    parser = PlaintextParser("Officials announced a plan.\nIt was approved.", StockTokenizer())
    summarizer = sumy_cli.build_summarizer(
        EdmundsonSummarizer, ENGLISH.stop_words, Stemmer("english"), parser
    )
    assert summarizer.bonus_words == frozenset(DocumentParser.SIGNIFICANT_WORDS)
    assert "významný" in summarizer.bonus_words
    assert "announc" not in summarizer.bonus_words


@pytest.mark.parametrize(("word", "change"), [("announced", 1.0), ("perhaps", -1.0)])
def test_edmundson_uses_english_cue_words(word: str, change: float) -> None:
    def middle_score(verb: str) -> float:
        document = make_document(["Rain fell overnight.", f"Officials {verb} a new road.",
                                  "Traffic resumed later."])
        return get_method("edmundson").scorer(document, ENGLISH, 0)[1]

    assert word in BONUS_WORDS | STIGMA_WORDS
    assert middle_score(word) - middle_score("walked") == pytest.approx(change)


def test_cue_words_are_not_czech() -> None:
    czech = set(DocumentParser.SIGNIFICANT_WORDS) | set(DocumentParser.STIGMA_WORDS)
    assert not czech & (BONUS_WORDS | STIGMA_WORDS)
    assert all(word.isascii() for word in BONUS_WORDS | STIGMA_WORDS)


# --- numbers and dotted tokens are dropped as words -----------------------------------

NUMBERS = ["COVID-19", "2024", "U.S.", "3.5"]


def test_stock_tokenizer_drops_numbers_and_dotted_tokens() -> None:
    assert not any(Tokenizer._is_word(token) for token in NUMBERS)
    assert Tokenizer._is_word("storm")


def test_numbers_count_as_words() -> None:
    document = make_document(["COVID-19 cases in the U.S. rose 3.5 percent in 2024.",
                              "By 2024, COVID-19 was endemic in the U.S. at 3.5 percent.",
                              "Rain fell overnight."])
    words = build_sumy_document(document).sentences[0].words
    assert {"COVID-19", "2024", "3.5"} <= set(words)
    assert any(w.startswith("U.S") for w in words)
    # Beyond stop words the first two sentences share "percent" and the numbers:
    # with sumy's tokens their Reduction edge rests on "percent" alone.
    reduction = stock(ReductionSummarizer)
    stock_words = [reduction._to_words_set(Sentence(s.text, StockTokenizer()))  # type: ignore[attr-defined]
                   for s in document.sentences[:2]]
    theirs = reduction._rate_sentences_edge(*stock_words)  # type: ignore[attr-defined]
    ours = get_method("reduction").scorer(document, ENGLISH, 0)
    assert ours[0] > 2 * theirs > 0
    assert ours[2] == 0.0
