"""What a summarization method is: a name, a description and a scorer.

A scorer returns one score per sentence (higher is better). It never chooses
sentences itself: :mod:`summarizer.select` does that for every method alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from summarizer.language import Language
from summarizer.types import Document

Scorer = Callable[[Document, Language, int], list[float]]
"""``scorer(document, language, seed) -> scores``, one score per document sentence."""


@dataclass(frozen=True, slots=True)
class Method:
    """A registered summarization method.

    Attributes:
        name: The name users type (``--method NAME``).
        description: One line for ``summarizer methods`` and the README.
        scorer: The scoring function.
        kind: ``"baseline"`` for reference points (lead, random), else ``"algorithm"``.
        uses_seed: Whether the seed changes the result.
    """

    name: str
    description: str
    scorer: Scorer
    kind: str = "algorithm"
    uses_seed: bool = False
