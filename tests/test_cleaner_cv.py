"""The cleaning benchmark's summary measures (``benchmarks/cleaner_cv.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import cleaner_cv

BODY = ("The water board approved a plan on Monday to replace the town's oldest pipes. "
        "Engineers said the work would take three years and cost $40 million.")


def test_a_sentence_is_from_outside_when_half_its_four_grams_are_not_in_the_body() -> None:
    grams = cleaner_cv.body_grams(BODY)
    assert not cleaner_cv.from_outside("Engineers said the work would take three years.", grams)
    assert cleaner_cv.from_outside("Sign up for our free daily newsletter today.", grams)
    # a short line counts by its whole word sequence
    assert not cleaner_cv.from_outside("Engineers said", grams)
    assert cleaner_cv.from_outside("Read more", grams)


def test_a_sentence_is_faithful_when_the_reference_summary_holds_half_its_four_grams() -> None:
    reference = ["The water board approved a plan on Monday to replace the town's oldest pipes."]
    assert cleaner_cv.faithful("The water board approved a plan on Monday.", reference)
    assert not cleaner_cv.faithful(
        "Engineers said the work would take three years and cost $40 million.", reference)
    assert not cleaner_cv.faithful("The water board approved a plan.", [])
