"""Page cleaning: keep the article, drop page chrome, captions, bylines and comments.

A page (plain text as copied from a browser, or HTML) is cut into units (lines,
or the page's visible blocks), every unit gets the evidence of :mod:`.signals`
(its shape, function words, position, repetition, topic, learned furniture
words and, for HTML, its markup and trafilatura's verdict), and a learned model
(:mod:`.linemodel`, two passes of boosted trees trained on development pages,
shipped inside the package) decides which units are the article and which is
the title. Nothing is dropped silently: every line carries a label and, with
``explain=True``, the evidence that weighed most.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from summarizer.clean.decode import TITLE_FLOOR, TITLE_MIN, label_units, metadata_title
from summarizer.clean.htmlpage import html_page
from summarizer.clean.linemodel import LineModels, score_units, shipped_models
from summarizer.clean.model import CleanedText, Label, LabelledLine
from summarizer.clean.units import Unit, text_units
from summarizer.errors import InputError
from summarizer.inputs import looks_like_html
from summarizer.language import AUTO, Detection, detect_language, get_language, language_name

__all__ = ["CleanedText", "Label", "LabelledLine", "clean", "no_clean", "page_language"]

logger = logging.getLogger(__name__)

LANGUAGE_SAMPLE = 20_000
"""Characters of the page's longest units that language detection reads."""


def page_language(units: Sequence[Unit], language: str) -> Detection:
    """The language to read the page in: as given, or detected from its longest units
    (the article's paragraphs, rather than its menus)."""
    name = language_name(language)
    if name != AUTO:
        return Detection(name=name, confidence=1.0)
    sample: list[str] = []
    size = 0
    for unit in sorted(units, key=lambda u: -len(u.text)):
        sample.append(unit.text)
        size += len(unit.text)
        if size >= LANGUAGE_SAMPLE:
            break
    return detect_language("\n".join(sample))


def _units(text: str) -> tuple[list[Unit], bool, str | None, tuple[str, ...]]:
    """The page's units, whether it is HTML, its metadata title, and warnings."""
    if looks_like_html(text):
        page = html_page(text)
        # A <title> alone is the shell of a page drawn by JavaScript, not an article.
        if all(unit.markup is not None and unit.markup.tag == "title" for unit in page.units):
            raise InputError("the HTML page has no visible text (its article may be drawn "
                             "by JavaScript); give the article's text or its HTML as served")
        return list(page.units), True, page.title, page.warnings
    return text_units(text), False, None, ()


def clean(text: str, *, language: str = AUTO, explain: bool = False,
          models: LineModels | None = None) -> CleanedText:
    """Keep only the article of a page: its title, subheadings and body paragraphs.

    Args:
        text: A plain-text article, a web-page text dump, or HTML.
        language: Language name or ISO code, or ``"auto"`` to detect it.
        explain: Attach to every line the evidence that weighed most in its label.
        models: The line models to use (default: the ones shipped in the package).

    Returns:
        The title (evidence only, never a summary sentence), subheadings, body
        paragraphs, every line with its label, the language used, and warnings.

    Raises:
        OptionError: If the language is unknown.
        InputError: If the text is not a string, or is empty, or is HTML with no visible text.
    """
    if not isinstance(text, str):
        raise InputError(f"the text must be a string, got {type(text).__name__}")
    language_name(language)
    if not text.strip():
        raise InputError("the text is empty; give an article with some text")
    units, is_html, meta_title, warnings = _units(text)
    detection = page_language(units, language)
    lang = detection.name
    said = (detection.warning,) if detection.warning else ()
    warnings = (*said, *warnings)
    if not units:
        return replace(no_clean(text), language=lang, warnings=warnings)
    chosen = models or shipped_models()
    model = chosen.html if is_html else chosen.text
    try:
        scored = score_units(model, units, stop_words=get_language(lang).stop_words)
        labelled, title_at = label_units(model, units, scored, explain=explain,
                                         title_floor=TITLE_MIN if meta_title else TITLE_FLOOR)
        if title_at is None and meta_title:
            title_at = metadata_title(units, labelled, meta_title)
        if not any(line.label in (Label.BODY, Label.HEADING) for line in labelled):
            labelled = _likeliest(labelled, scored.p)
            if title_at is not None and labelled[title_at].label == Label.BODY:
                # The only text worth keeping is what looked like a headline: it is
                # the article then, and a title would leave nothing to summarize.
                title_at = None
            warnings += ("no line looked clearly like article text; kept the likeliest "
                         "(see 'summarizer clean --explain')",)
    except Exception as error:  # never let a model failure take the summary down
        if logger.isEnabledFor(logging.DEBUG):
            logger.exception("cleaning failed")
        fallback = no_clean(text)
        return replace(fallback, language=lang, warnings=(
            *said, f"cleaning failed ({type(error).__name__}: {error}); using the uncleaned text"))
    title = units[title_at].text.strip() if title_at is not None else meta_title
    lines = labelled if is_html else _with_blank_lines(text, labelled)
    return CleanedText(
        title=title,
        headings=tuple(x.text.strip() for x in labelled if x.label == Label.HEADING),
        paragraphs=tuple(x.text.strip() for x in labelled if x.label == Label.BODY),
        lines=tuple(lines), warnings=warnings, language=lang,
    )


def _likeliest(labelled: list[LabelledLine], p: np.ndarray) -> list[LabelledLine]:
    """Keep the units at least half as likely as the likeliest (when none passed)."""
    floor = float(p.max()) / 2
    return [replace(line, label=str(Label.BODY), evidence=f"kept as the likeliest; "
                    f"{line.evidence}") if p[i] >= floor else line
            for i, line in enumerate(labelled)]


def _with_blank_lines(text: str, labelled: list[LabelledLine]) -> list[LabelledLine]:
    """Every input line: the labelled units, and the lines without words between them."""
    by_number = {line.number: line for line in labelled}
    return [by_number.get(number) or LabelledLine(number=number, text=line,
                                                  label=str(Label.OTHER), evidence="no words")
            for number, line in enumerate(text.split("\n"), start=1)]


def no_clean(text: str) -> CleanedText:
    """The uncleaned text as body paragraphs, one per non-empty line.

    HTML is still turned into its visible text (one block per line), so that
    ``--no-clean`` works on web pages too.
    """
    from summarizer.clean.dom import blocks, parse
    from summarizer.split import split_paragraphs

    if looks_like_html(text):
        root = parse(text)
        paragraphs = tuple(block for block, _ in blocks(root)) if root is not None else ()
    else:
        paragraphs = tuple(split_paragraphs(text))
    lines = tuple(LabelledLine(number=number, text=paragraph, label=str(Label.BODY),
                               evidence="cleaning off")
                  for number, paragraph in enumerate(paragraphs, start=1))
    return CleanedText(title=None, headings=(), paragraphs=paragraphs, lines=lines)
