"""The private sumy hooks the project leans on still exist, and are still called.

The fast classes override sumy's internal methods, and the adapter relies on how
sumy calls a callable ``sentences_count``. If a sumy release renames a hook, the
override silently stops being used: the results stay right (stock sumy runs) but
slow, so the parity tests cannot see it. These tests fail loudly instead; the
version range in ``pyproject.toml`` is the one they (and the parity tests) pass on.
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
from summarizer.methods import sumy_fast
from summarizer.methods.sumy_adapter import _KeepAll, build_sumy_document, memoised
from tests.conftest import ROOT
from tests.test_methods_support import make_document

FAST: dict[type[Any], type[Any]] = {
    sumy_fast.FastLuhnSummarizer: LuhnSummarizer,
    sumy_fast.FastLsaSummarizer: LsaSummarizer,
    sumy_fast.FastLexRankSummarizer: LexRankSummarizer,
    sumy_fast.FastTextRankSummarizer: TextRankSummarizer,
    sumy_fast.FastReductionSummarizer: ReductionSummarizer,
}
# sumy attributes read (not overridden) by the fast classes or the adapter.
READ: dict[type[Any], tuple[str, ...]] = {
    LsaSummarizer: ("REDUCTION_RATIO", "_create_matrix", "_get_best_sentences"),
    TextRankSummarizer: ("damping", "_ZERO_DIVISION_PREVENTION", "_to_words_set"),
    ReductionSummarizer: ("_to_words_set",),
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


def overrides(fast: type[Any]) -> list[str]:
    """Names a fast class defines itself (methods and attributes, not dunders but __call__)."""
    return [name for name in vars(fast)
            if name == "__call__" or not (name.startswith("__") and name.endswith("__"))]


def parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_sumy_is_a_version_the_pin_allows() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"sumy>=0.13,<0.14"' in pyproject
    assert metadata.version("sumy").startswith("0.13.")


@pytest.mark.parametrize("fast", list(FAST), ids=lambda cls: cls.__name__)
def test_every_override_replaces_a_sumy_hook_of_the_same_signature(fast: type[Any]) -> None:
    base = FAST[fast]
    for name in overrides(fast):
        assert hasattr(base, name), f"sumy's {base.__name__} has no {name} any more"
        ours, theirs = inspect.getattr_static(fast, name), inspect.getattr_static(base, name)
        assert type(ours) is type(theirs), f"{name}: static/instance method changed"
        assert parameters(getattr(fast, name)) == parameters(getattr(base, name)), name


@pytest.mark.parametrize("base", list(READ), ids=lambda cls: cls.__name__)
def test_every_attribute_read_exists(base: type[Any]) -> None:
    summarizer = base(memoised(get_language("english").stem))
    for name in READ[base]:
        assert hasattr(summarizer, name), f"sumy's {base.__name__} has no {name} any more"


@pytest.mark.parametrize("fast", list(FAST), ids=lambda cls: cls.__name__)
def test_every_override_is_called(fast: type[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: dict[str, int] = {}
    for name in overrides(fast):
        hook = inspect.getattr_static(fast, name)
        if not callable(getattr(fast, name)):
            continue
        function = hook.__func__ if isinstance(hook, staticmethod) else hook

        def counted(*args: Any, _name: str = name, _function: Any = function) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _function(*args)

        monkeypatch.setattr(fast, name, staticmethod(counted)
                            if isinstance(hook, staticmethod) else counted)
        calls[name] = 0
    language = get_language("english")
    summarizer = fast(memoised(language.stem))
    summarizer.stop_words = language.stop_words
    summarizer(build_sumy_document(DOCUMENT), _KeepAll())
    assert calls, fast.__name__
    unused = [name for name, count in calls.items() if count == 0]
    assert unused == [], f"sumy no longer calls {unused} of {fast.__name__}"


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
