"""Page cleaning: keep the article, drop page chrome, captions, bylines and comments.

* HTML (recognised by its content) goes through trafilatura, comments excluded;
* plain-text page dumps are labelled line by line (:mod:`.plaintext`) from general
  evidence: line shape and stop-word density, the position of each line relative
  to the main body (the heaviest run of prose), repeats, and patterns for dates,
  credits, menus, comment headers and author bios;
* nothing is dropped silently: every line carries a label and its evidence, and
  when cleaning would leave almost nothing of a text that reads as prose, the
  uncleaned text is used instead, with a warning.
"""

from __future__ import annotations

from summarizer.clean.fallback import guard
from summarizer.clean.html import clean_html, visible_lines
from summarizer.clean.model import CleanedText, Label, LabelledLine
from summarizer.clean.plaintext import label_page
from summarizer.inputs import looks_like_html
from summarizer.language import get_language
from summarizer.split import split_paragraphs

__all__ = ["CleanedText", "Label", "LabelledLine", "clean", "no_clean"]


def clean(text: str, *, language: str = "english") -> CleanedText:
    """Keep only the article of a page: its title, subheadings and body paragraphs.

    Args:
        text: A plain-text article, a web-page text dump, or HTML.
        language: Language of the stop words used to recognise prose.

    Returns:
        The title and headings (evidence only, never summary sentences), the
        body paragraphs verbatim, every input line with its label and evidence,
        and warnings (e.g. when cleaning fell back to the uncleaned text).

    Raises:
        OptionError: If the language is unknown.
    """
    resources = get_language(language)
    stop_words = resources.stop_words
    if looks_like_html(text):
        cleaned = clean_html(text, stop_words=stop_words)
    else:
        page = label_page(text, stop_words=stop_words, stem=resources.stem)
        cleaned = CleanedText(
            title=page.title,
            headings=tuple(line.text.strip() for line in page.lines if line.label == Label.HEADING),
            paragraphs=tuple(line.text.strip() for line in page.lines if line.label == Label.BODY),
            lines=page.lines,
        )
    return guard(cleaned, no_clean(text), stop_words=stop_words)


def no_clean(text: str) -> CleanedText:
    """The uncleaned text as body paragraphs, one per non-empty line.

    HTML is still turned into its visible text (one block per line), so that
    ``--no-clean`` works on web pages too.
    """
    paragraphs = tuple(visible_lines(text) if looks_like_html(text) else split_paragraphs(text))
    lines = tuple(LabelledLine(number=number, text=paragraph, label=str(Label.BODY),
                               evidence="cleaning off")
                  for number, paragraph in enumerate(paragraphs, start=1))
    return CleanedText(title=None, headings=(), paragraphs=paragraphs, lines=lines)
