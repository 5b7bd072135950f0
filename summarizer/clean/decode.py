"""From the line model's scores to labelled lines: body, title, headings and furniture.

The model decides what is article text (its probabilities against the model's
threshold, decoded as a sequence by :mod:`.sequence`) and which unit is the
title; everything else here only *names* what was dropped, for people reading
``--explain``, from where it sits and its shape. Names never change what is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarizer.clean.linemodel import PassModel, Scored
from summarizer.clean.model import Label, LabelledLine
from summarizer.clean.second import NAMES as SECOND_NAMES
from summarizer.clean.sequence import decode
from summarizer.clean.signals import _QUOTE_START, _TERMINAL
from summarizer.clean.units import Unit, tokens

TITLE_MIN = 0.5
"""Title probability from which the best candidate is taken as the title when it is also
the article's first line (it then leaves the body), or when the page states its title
in its metadata (which is the better evidence below this)."""

TITLE_FLOOR = 0.1
"""Title probability from which the best candidate outside the article is the title of a
page without metadata. The forest scores units one by one, but a page has one headline:
the likeliest candidate is right far more often than its probability says. Chosen on
leave-sites-out titles of the real pages (``python benchmarks/cleaner_cv.py`` prints
them): from 0.5 to 0.1, copied text right 47 → 63 of 112, wrong 11 → 17 (inscriptis
46 → 61, 12 → 16); by the same folds' title scores, below 0.1 the wrong ones grow
faster than the right (at 0.05: 3 more right, 4 more wrong)."""

HEADING_MAX_WORDS = 12
"""A kept unit this short, not ending like a sentence, is a subheading (evidence only)."""

SHORT = 6
"""Dropped units up to this many words, outside the article, are navigation."""

TOP_EVIDENCE = 3
"""How many contributions ``--explain`` shows per line."""

SETTLED_IN = ", kept with the article around it"
SETTLED_OUT = ", dropped with the furniture around it"
"""What a line's evidence says when the sequence decoding, not its own score, decided it."""

_INNER_END = re.compile(r"[.!?。！？…]\s")
_DATE_LIKE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def is_heading(text: str) -> bool:
    """Short and not a statement: a subheading when it stands among article paragraphs.

    A lone short question counts ("Will NATO cancel membership plans?"): news
    subheadings are often questions, while a question in running text sits in a
    paragraph of its own only rarely, and then is seldom a summary's best sentence.
    """
    stripped = text.strip()
    if len(tokens(stripped)) > HEADING_MAX_WORDS:
        return False
    if not _TERMINAL.search(stripped):
        return True
    lone_question = stripped.endswith(("?", "？")) and not _INNER_END.search(stripped[:-1])
    return lone_question and not _QUOTE_START.match(stripped) and "," not in stripped


def _name_dropped(text: str, index: int, first: int, last: int, prose: bool) -> Label:
    """A name for a unit the model dropped, from its place and shape (display only)."""
    words = len(tokens(text))
    if _DATE_LIKE.search(text) and words <= HEADING_MAX_WORDS:
        return Label.BYLINE
    if index < first:
        return Label.NAVIGATION if words <= SHORT else Label.OTHER
    if index <= last:
        return Label.CAPTION if words > SHORT else Label.OTHER
    if prose:
        return Label.COMMENTS
    return Label.NAVIGATION if words <= SHORT else Label.RELATED


def _evidence(names: Sequence[str], contributions: np.ndarray | None, p: float,
              settled: str) -> str:
    """``article 0.87`` (with what settled the line's fate when its neighbours did, and,
    with ``contributions``, the evidence that weighed most)."""
    head = f"article {p:.2f}{settled}"
    if contributions is None:
        return head
    order = np.argsort(-np.abs(contributions), kind="stable")[:TOP_EVIDENCE]
    parts = [f"{names[i]} {contributions[i]:+.1f}" for i in order if abs(contributions[i]) >= 0.05]
    return head + (f"; weighed most: {', '.join(parts)}" if parts else "")


def title_index(scored: Scored, keep: np.ndarray, texts: Sequence[str], *,
                floor: float = TITLE_MIN) -> int | None:
    """The unit taken as the title: the likeliest up to the first article unit, when
    its probability reaches ``floor``.

    The first article unit itself can be the title only when it reads as a headline
    (short, not ending like a sentence) and reaches :data:`TITLE_MIN`: pages often
    mark their headline up like the article's first line, and a headline left in the
    body would be quoted; but taking it out of the body needs the surer evidence.
    """
    first = int(np.argmax(keep)) if keep.any() else len(keep)
    candidates = scored.title_p[: first + 1]
    if not len(candidates):
        return None
    best = int(np.argmax(candidates))
    if keep[best]:
        headline = best == first and is_heading(texts[best])
        return best if headline and candidates[best] >= TITLE_MIN else None
    return best if candidates[best] >= floor else None


TITLE_MATCH = 0.8
"""Share of the metadata title's words a visible headline must contain."""


def metadata_title(units: Sequence[Unit], labelled: list[LabelledLine], title: str
                   ) -> int | None:
    """The visible unit that prints the page's metadata title, up to the first article
    paragraph; it is relabelled as the title in ``labelled`` (in place).

    Pages state their headline in their metadata (``og:title``, ``<title>``), often with
    the site's name appended or words cut; the visible headline above the article
    contains most of its words and is not much longer.
    """
    wanted = {word.casefold() for word in tokens(title)}
    if not wanted:
        return None
    best: tuple[float, int] | None = None
    for i, (unit, line) in enumerate(zip(units, labelled, strict=True)):
        if unit.markup is not None and unit.markup.tag == "title":
            continue  # the document's <title>: metadata, not the page's headline
        words = [word.casefold() for word in tokens(unit.text)]
        share = len(wanted & set(words)) / len(wanted)
        if share >= TITLE_MATCH and len(words) <= 2 * len(wanted) + 5 \
                and (best is None or share > best[0]):
            best = (share, i)
        if line.label == Label.BODY and not is_heading(unit.text):
            break  # the article has begun (a kicker or section name above it does not count)
    if best is None:
        return None
    i = best[1]
    labelled[i] = replace(labelled[i], label=str(Label.TITLE),
                          evidence=f"prints the page's metadata title; {labelled[i].evidence}")
    return i


def label_units(model: PassModel, units: Sequence[Unit], scored: Scored, *,
                explain: bool, title_floor: float = TITLE_MIN
                ) -> tuple[list[LabelledLine], int | None]:
    """Every unit labelled (with evidence when ``explain``), and the title's index
    (see :func:`title_index` for ``title_floor``)."""
    keep = decode(scored.p, scored.n_tokens, threshold=model.threshold,
                  switch_cost=model.switch_cost)
    alone = scored.p >= model.threshold
    title = title_index(scored, keep, [unit.text for unit in units], floor=title_floor)
    if title is not None:
        keep = keep.copy()
        keep[title] = False
    kept = np.flatnonzero(keep)
    first, last = (int(kept[0]), int(kept[-1])) if len(kept) else (len(units), -1)
    names = (*model.names, *SECOND_NAMES)
    contributions = model.later[-1].contributions(scored.second) if explain else None
    prose = scored.first[:, model.names.index("reads as prose")] > 0
    out = []
    for i, unit in enumerate(units):
        if i == title:
            label = Label.TITLE
        elif keep[i]:
            label = Label.HEADING if is_heading(unit.text) and first < i < last else Label.BODY
        else:
            label = _name_dropped(unit.text, i, first, last, bool(prose[i]))
        settled = "" if keep[i] == alone[i] or i == title else \
            SETTLED_IN if keep[i] else SETTLED_OUT
        evidence = _evidence(names, None if contributions is None else contributions[i],
                             float(scored.p[i]), settled)
        if i == title:
            evidence = f"title {scored.title_p[i]:.2f}; {evidence}"
        out.append(LabelledLine(number=unit.number, text=unit.text, label=str(label),
                                evidence=evidence, score=round(float(scored.p[i]), 4)))
    return out, title
