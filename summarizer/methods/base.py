"""What a summarization method is: a name, a description and a scorer.

A scorer returns one score per sentence (higher is better). It never chooses
sentences itself: :mod:`summarizer.select` does that for every method alike.

The registry names each scorer by its import path (``"module:function"``) and
imports it on first use, so listing the methods (``summarizer methods``, the
CLI's help) does not load sumy, numpy or NLTK.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from summarizer.language import Language
    from summarizer.types import Document

Scorer = Callable[["Document", "Language", int], list[float]]
"""``scorer(document, language, seed) -> scores``, one score per document sentence."""


@cache
def load_scorer(path: str) -> Scorer:
    """The function named by ``"package.module:function"``, imported once."""
    module, _, name = path.partition(":")
    return cast(Scorer, getattr(importlib.import_module(module), name))


@dataclass(frozen=True, slots=True)
class Method:
    """A registered summarization method.

    Attributes:
        name: The name users type (``--method NAME``).
        description: One line for ``summarizer methods`` and the README.
        scorer_path: Where the scoring function lives, as ``"module:function"``.
        kind: ``"baseline"`` for reference points (lead, random), else ``"algorithm"``.
        uses_seed: Whether the seed changes the result.
        contiguous: How a word budget is filled unless the caller says
            (:attr:`summarizer.types.Length.contiguous`): ``True`` for lead, whose
            summary is the article's opening.
    """

    name: str
    description: str
    scorer_path: str
    kind: str = "algorithm"
    uses_seed: bool = False
    contiguous: bool = False

    @property
    def scorer(self) -> Scorer:
        """The scoring function (imported on first use)."""
        return load_scorer(self.scorer_path)
