"""Edmundson (1969) as sumy computes it: cue, title and location, no key method.

A sentence rates (bonus − stigma cue words) + 2 × (title words it contains: once for
sumy's title method, once inside its location method) + 1 in the first paragraph
or else the last + 1 as its paragraph's first sentence or else its last. Words are
compared by stem, every word of the sentence counts (stop words too), and the
title words are the stems of the title's and subheadings' words that are not
stems of stop words. The cue and stop words are stemmed once per language
(sumy stems its whole stop-word list on every call). Only English has cue words
(:mod:`summarizer.methods.cue_words`); other languages use title and position.
"""

from __future__ import annotations

import numpy as np

from summarizer.language import Language
from summarizer.methods.cue_words import BONUS_WORDS, STIGMA_WORDS
from summarizer.methods.tokens import Tokens, as_scores, stemmed_set, tokens_of
from summarizer.types import Document


def _positions(document: Document) -> np.ndarray:
    """sumy's location bonus: first paragraph (else last), first sentence (else last)."""
    bonus = np.zeros(len(document.sentences))
    paragraphs = document.paragraphs
    for order, paragraph in enumerate(paragraphs):
        for place, sentence in enumerate(paragraph):
            bonus[sentence.index] = (
                (order == 0 or order == len(paragraphs) - 1)
                + (place == 0 or place == len(paragraph) - 1)
            )
    return bonus


def _per_sentence(tokens: Tokens, wanted: np.ndarray) -> np.ndarray:
    """How many body tokens of each sentence have a stem flagged in ``wanted``."""
    end = tokens.body_end
    hits = wanted[tokens.stem[:end]]
    return np.bincount(tokens.owner[:end][hits], minlength=tokens.sentences).astype(float)


def score_edmundson(document: Document, language: Language, seed: int) -> list[float]:
    """Edmundson's cue + title + location rating (key method off, as in sumy)."""
    tokens = tokens_of(document, language)
    if tokens.sentences == 0:
        return []
    forms = tokens.stem_forms
    null = stemmed_set(language, language.stop_words)
    heading_stems = tokens.stem[tokens.body_end:]
    title = np.zeros(tokens.stems, dtype=bool)
    title[heading_stems] = True
    title &= ~tokens.flags(forms, null)
    scores = 2.0 * _per_sentence(tokens, title) + _positions(document)
    if language.name == "english":
        scores += _per_sentence(tokens, tokens.flags(forms, stemmed_set(language, BONUS_WORDS)))
        scores -= _per_sentence(tokens, tokens.flags(forms, stemmed_set(language, STIGMA_WORDS)))
    return as_scores(scores)
