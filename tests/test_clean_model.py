"""The line model's machinery: trees exported from scikit-learn, the lexicon, training, the file."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import numpy as np
import pytest

from summarizer.clean import Label, clean
from summarizer.clean.lexicon import MIN_SITES, Lexicon
from summarizer.clean.linemodel import LineModels, page_features, shipped_models
from summarizer.clean.training import TrainingPage, export_forest, fit_pass
from summarizer.clean.trees import Forest
from summarizer.clean.units import text_units
from summarizer.language import get_language

sklearn_ensemble = pytest.importorskip("sklearn.ensemble")

EXACT = 1e-9
"""Our numpy walk of the exported trees against scikit-learn's own: the same sums."""


@pytest.fixture(scope="module")
def fitted() -> tuple[object, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 5))
    y = ((x[:, 0] + 0.5 * x[:, 1] * x[:, 2] + rng.normal(scale=0.3, size=600)) > 0).astype(int)
    model = sklearn_ensemble.HistGradientBoostingClassifier(
        max_iter=30, max_leaf_nodes=7, random_state=0, early_stopping=False).fit(x, y)
    return model, rng.normal(size=(300, 5))


def test_exported_trees_give_scikit_learns_decisions(fitted: tuple[object, np.ndarray]
                                                     ) -> None:
    model, x = fitted
    forest = export_forest(model)
    expected = model.decision_function(x)  # type: ignore[attr-defined]
    assert np.allclose(forest.decision(x), expected, rtol=0, atol=EXACT)
    assert np.allclose(forest.probability(x), model.predict_proba(x)[:, 1],  # type: ignore[attr-defined]
                       rtol=0, atol=EXACT)


def test_contributions_add_up_to_each_decision(fitted: tuple[object, np.ndarray]) -> None:
    forest = export_forest(fitted[0])
    x = fitted[1]
    bias = forest.baseline + forest.value[forest.roots].sum()
    assert np.allclose(forest.contributions(x).sum(axis=1) + bias, forest.decision(x),
                       rtol=0, atol=EXACT)


def test_a_forest_survives_json_exactly(fitted: tuple[object, np.ndarray]) -> None:
    forest = export_forest(fitted[0])
    again = Forest.from_json(json.loads(json.dumps(forest.to_json())))
    assert np.array_equal(again.decision(fitted[1]), forest.decision(fitted[1]))


def test_long_inputs_are_scored_in_chunks_with_the_same_result(
        fitted: tuple[object, np.ndarray]) -> None:
    forest = export_forest(fitted[0])
    x = np.tile(fitted[1], (20, 1))  # 6,000 rows: more than one chunk
    assert np.array_equal(forest.decision(x)[:300], forest.decision(fitted[1]))


def test_the_lexicon_learns_words_shared_by_sites_and_ignores_one_sites_words() -> None:
    lines = []
    for site in range(MIN_SITES):
        lines += [(["reply", "share"], True, f"site{site}")] * 3
        lines += [(["minister", "said", "reply"], False, f"site{site}")]
    lines += [(["sportsnet"], True, "site0")] * 5
    lexicon = Lexicon.fit(lines)
    assert lexicon.weights["share"] > 0
    assert lexicon.weights["minister"] < 0
    assert "sportsnet" not in lexicon.weights
    assert lexicon.scores(["unseen"]) == (0.0, 0.0, 0.0, 0.0)


MENU = ["Home", "World", "Business", "Sport", "Subscribe", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "© 2026 The Daily Example"]
PROSE = ("The council voted on {n} measures to repair the old bridge over the river. "
         "Engineers said the work would take about {n} months and cost less than feared. "
         "Residents who cross it every day welcomed the plan at a meeting on Monday.")


def toy_page(site: int, rng: random.Random) -> TrainingPage:
    """A page of one invented site: menu, headline, prose paragraphs, related links, footer."""
    lines = [(item, "navigation") for item in MENU]
    lines += [("", "other"), (f"Bridge repairs approved in town {site}", "title"), ("", "other")]
    for _ in range(rng.randint(3, 6)):
        lines += [(PROSE.format(n=rng.randint(2, 40)), "body"), ("", "other")]
    lines += [("Related stories", "related"), (f"More news from town {site + 1}", "related")]
    lines += [(item, "navigation") for item in FOOTER]
    text = "\n".join(line for line, _ in lines)
    units = text_units(text)
    label = {number: kind for number, (_, kind) in enumerate(lines, start=1)}
    return TrainingPage(group=f"site{site}", units=tuple(units),
                        body=tuple(label[u.number] == "body" for u in units),
                        title=tuple(label[u.number] == "title" for u in units),
                        stop_words=get_language("english").stop_words)


def test_training_is_deterministic_and_learns_a_toy_page_layout() -> None:
    rng = random.Random(0)
    pages = [toy_page(site, rng) for site in range(8)]
    first = fit_pass(pages, html=False, seed=0)
    again = fit_pass(pages, html=False, seed=0)
    assert json.dumps(first.to_json(), sort_keys=True) == json.dumps(again.to_json(),
                                                                     sort_keys=True)
    page = "\n".join(["Home", "Sport", "Sign in", "", "A new headline", "",
                      PROSE.format(n=7), "", PROSE.format(n=9), "", "Related stories",
                      "About us", "Contact"])
    models = LineModels(text=first, html=first, about={})
    cleaned = clean(page, language="english", models=models)
    assert cleaned.paragraphs == (PROSE.format(n=7), PROSE.format(n=9))
    assert all(line.label != Label.BODY for line in cleaned.lines
               if line.text in MENU + FOOTER + ["Related stories"])


def test_training_needs_several_sites() -> None:
    from summarizer.errors import OptionError

    with pytest.raises(OptionError, match="sites"):
        fit_pass([toy_page(0, random.Random(0))], html=False)


def test_the_shipped_model_matches_the_features_the_code_computes_now() -> None:
    """A feature added or removed without retraining would misread every column."""
    models = shipped_models()
    units = text_units("Home\n\nA headline\n\n" + PROSE.format(n=3))
    english = get_language("english").stop_words
    text = page_features(units, lexicon=models.text.lexicon, attr_lexicon=None,
                         stop_words=english)
    assert text.names == models.text.names
    assert models.text.first.feature.max() < len(models.text.names)
    assert models.html.attr_lexicon is not None
    assert models.about["trained_by"] == "python benchmarks/train_cleaner.py"
    assert models.about["text_sites"] >= 50


def test_a_model_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lines.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump({"format": 999}, handle)
    with pytest.raises(ValueError, match="format 999"):
        LineModels.load(path)


def test_saving_is_byte_identical(tmp_path: Path) -> None:
    models = shipped_models()
    models.save(tmp_path / "a.json.gz")
    LineModels.load(tmp_path / "a.json.gz").save(tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
