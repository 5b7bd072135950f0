"""The learned line model: two passes of boosted trees over the evidence of each unit.

The first pass scores every unit from its own evidence and its immediate
surroundings (:mod:`.signals`); the second adds what the first pass thinks of
the units around it (:mod:`.second`). A third forest picks the title among the
units before the article. The model is fit by ``python -m
summarizer.clean.training`` on development data only and shipped as
``summarizer/clean/models/lines.json.gz`` (loaded once, read-only).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from summarizer.clean import second
from summarizer.clean.lexicon import Lexicon
from summarizer.clean.signals import function_words, page_signals
from summarizer.clean.trees import Forest
from summarizer.clean.units import Unit, tokens

FORMAT = 1
"""Version of the model file's layout; a file of another layout is refused."""

MODEL_FILE = "lines.json.gz"


@dataclass(frozen=True)
class PassModel:
    """One kind of page (plain text or HTML): its lexicons and its two forests.

    Attributes:
        names: Feature names of the first pass (the second appends :data:`second.NAMES`).
        lexicon: Learned furniture words.
        attr_lexicon: Learned class/id words (HTML only).
        first: First-pass forest.
        later: The later passes' forests, each seeing the previous pass's verdicts.
        title: Forest scoring units as the title.
        threshold: Second-pass probability from which a unit is article text.
        switch_cost: What a change between article and furniture costs when the page's
            lines are decoded as a sequence (:mod:`.sequence`; 0: each line alone).
    """

    names: tuple[str, ...]
    lexicon: Lexicon
    attr_lexicon: Lexicon | None
    first: Forest
    later: tuple[Forest, ...]
    title: Forest
    threshold: float = 0.5
    switch_cost: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "names": list(self.names), "lexicon": dict(self.lexicon.weights),
            "attr_lexicon": None if self.attr_lexicon is None
            else dict(self.attr_lexicon.weights),
            "first": self.first.to_json(), "later": [f.to_json() for f in self.later],
            "title": self.title.to_json(), "threshold": self.threshold,
            "switch_cost": self.switch_cost,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PassModel:
        """The model stored by :meth:`to_json`."""
        attrs = data["attr_lexicon"]
        return cls(
            names=tuple(data["names"]), lexicon=Lexicon(weights=data["lexicon"]),
            attr_lexicon=None if attrs is None else Lexicon(weights=attrs),
            first=Forest.from_json(data["first"]),
            later=tuple(Forest.from_json(f) for f in data["later"]),
            title=Forest.from_json(data["title"]), threshold=float(data["threshold"]),
            switch_cost=float(data["switch_cost"]),
        )


@dataclass(frozen=True)
class LineModels:
    """The shipped models: one for plain-text pages, one for HTML, and their provenance."""

    text: PassModel
    html: PassModel
    about: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"format": FORMAT, "about": self.about, "text": self.text.to_json(),
                "html": self.html.to_json()}

    def save(self, path: Path) -> None:
        """Write gzip-compressed JSON, byte-identical for identical models."""
        raw = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        with path.open("wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb",
                                                      mtime=0, filename="") as packed:
            packed.write(raw)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineModels:
        """The models stored by :meth:`to_json`."""
        if data.get("format") != FORMAT:
            raise ValueError(f"line model format {data.get('format')!r}, expected {FORMAT}")
        return cls(text=PassModel.from_json(data["text"]), html=PassModel.from_json(data["html"]),
                   about=dict(data["about"]))

    @classmethod
    def load(cls, path: Path) -> LineModels:
        """Read a model file written by :meth:`save`."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls.from_json(json.load(handle))


@cache
def shipped_models() -> LineModels:
    """The models inside the package (read once per process)."""
    source = resources.files("summarizer.clean").joinpath("models", MODEL_FILE)
    with resources.as_file(source) as path:
        return LineModels.load(path)


@dataclass(frozen=True)
class Scored:
    """A page's units scored by a :class:`PassModel`.

    Attributes:
        first: First-pass feature matrix (units × features).
        second: The last pass's feature matrix.
        first_p: First-pass probability of being article text.
        p: Final probability of being article text.
        title_p: Probability of being the title.
        n_tokens: Word tokens of each unit (the sequence decoding's weights).
    """

    first: np.ndarray
    second: np.ndarray
    first_p: np.ndarray
    p: np.ndarray
    title_p: np.ndarray
    n_tokens: np.ndarray


@dataclass(frozen=True)
class PageFeatures:
    """First-pass evidence of a page, and what the second pass needs besides.

    Attributes:
        names: Feature names.
        values: Units × features.
        words: Lower-cased word tokens of each unit.
        ignore: Stop words and the page's own function words (not topic words).
    """

    names: tuple[str, ...]
    values: np.ndarray
    words: list[list[str]]
    ignore: frozenset[str]


def page_features(units: Sequence[Unit], *, lexicon: Lexicon, attr_lexicon: Lexicon | None,
                  stop_words: frozenset[str]) -> PageFeatures:
    """First-pass features of a page's units."""
    signals = page_signals(units, stop_words=stop_words, lexicon=lexicon,
                           attr_lexicon=attr_lexicon)
    words = [[w.casefold() for w in tokens(unit.text)] for unit in units]
    return PageFeatures(names=signals.names, values=signals.values, words=words,
                        ignore=stop_words | function_words(words))


def word_counts(page: PageFeatures) -> np.ndarray:
    """Word tokens of each unit."""
    return np.array([len(w) for w in page.words], dtype=float)


def second_features(page: PageFeatures, first_p: np.ndarray) -> np.ndarray:
    """First-pass features with the second-pass evidence appended."""
    return np.hstack([page.values, second.second_pass(first_p, word_counts(page), page.words,
                                                      page.ignore)])


def title_features(stacked: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The title forest's evidence: everything the second pass saw, and its verdict."""
    return np.column_stack([stacked, p]) if len(p) else np.zeros((0, stacked.shape[1] + 1))


def score_units(model: PassModel, units: Sequence[Unit], *,
                stop_words: frozenset[str]) -> Scored:
    """Both passes and the title forest over a page's units."""
    page = page_features(units, lexicon=model.lexicon, attr_lexicon=model.attr_lexicon,
                         stop_words=stop_words)
    first_p = p = model.first.probability(page.values)
    stacked = page.values
    for forest in model.later:
        stacked = second_features(page, p)
        p = forest.probability(stacked)
    title_p = model.title.probability(title_features(stacked, p))
    return Scored(first=page.values, second=stacked, first_p=first_p, p=p, title_p=title_p,
                  n_tokens=word_counts(page))
