"""The sumy interfaces the reference adapter leans on still exist.

Our methods are our own code; stock sumy is the reference the parity tests hold
them to, run through :mod:`summarizer.methods.sumy_adapter`, which relies on how
sumy calls a callable ``sentences_count`` and on a few attributes it sets. If a
sumy release changed them, the parity tests would compare against the wrong
thing; these tests fail loudly instead. The version range in ``pyproject.toml``
is the one they (and the parity tests) pass on.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from importlib import metadata, resources
from typing import Any

import pytest
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer.language import get_language
from summarizer.methods.sumy_adapter import _KeepAll, build_sumy_document, memoised
from tests.conftest import ROOT
from tests.test_methods_support import make_document

# sumy attributes the adapter and the parity tests set or patch.
READ: dict[type[Any], tuple[str, ...]] = {
    LsaSummarizer: ("REDUCTION_RATIO", "stop_words"),
    EdmundsonSummarizer: ("bonus_words", "stigma_words", "null_words"),
}
DOCUMENT = make_document(
    ["The council approved the budget on Monday after a long debate.",
     "The budget raises spending on schools and on roads.",
     "Critics said the council ignored older residents."],
    ["The mayor defended the budget on Tuesday.",
     "Schools had waited years for the money, the mayor said."],
    title="Council approves budget",
)


def parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_sumy_is_a_version_the_pin_allows() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"sumy>=0.13,<0.14"' in pyproject
    assert metadata.version("sumy").startswith("0.13.")


@pytest.mark.parametrize("base", list(READ), ids=lambda cls: cls.__name__)
def test_every_attribute_read_exists(base: type[Any]) -> None:
    summarizer = base(memoised(get_language("english").stem))
    for name in READ[base]:
        assert hasattr(summarizer, name), f"sumy's {base.__name__} has no {name} any more"


@pytest.mark.parametrize("stock", [LuhnSummarizer, LsaSummarizer, LexRankSummarizer,
                                   TextRankSummarizer, ReductionSummarizer,
                                   SumBasicSummarizer, EdmundsonSummarizer])
def test_a_callable_count_receives_every_rated_sentence(stock: type[Any]) -> None:
    """The adapter reads every rating through sumy's call of ``count(infos)``."""
    language = get_language("english")
    summarizer = stock(memoised(language.stem))
    if stock is EdmundsonSummarizer:
        summarizer.bonus_words, summarizer.stigma_words = ("budget",), ("critics",)
        summarizer.null_words = language.stop_words
    else:
        summarizer.stop_words = language.stop_words
    keep = _KeepAll()
    summarizer(build_sumy_document(DOCUMENT), keep)
    assert sorted(info.sentence.index for info in keep.infos) == list(range(5))
    assert all(isinstance(float(info.rating), float) for info in keep.infos)


def test_sentence_model_and_bundled_stop_words() -> None:
    assert parameters(SumySentence.__init__)[:4] == ["self", "text", "tokenizer", "is_heading"]
    stop_words = resources.files("sumy").joinpath("data/stopwords/english.txt")
    assert "the" in stop_words.read_text("utf-8").split()
