"""Page cleaning (placeholder: keeps every line as body; the real cleaner replaces it)."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.split import split_paragraphs


@dataclass(frozen=True, slots=True)
class LabelledLine:
    """One input line with its label and the evidence behind it."""

    number: int
    text: str
    label: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class CleanedText:
    """What cleaning kept and dropped.

    Attributes:
        title: The article's title, if found.
        headings: Subheadings inside the body.
        paragraphs: Body paragraphs, verbatim, in order.
        lines: Every input line with its label.
        warnings: Notes for the user (e.g. a fallback to the uncleaned text).
    """

    title: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]
    lines: tuple[LabelledLine, ...] = ()
    warnings: tuple[str, ...] = ()


def clean(text: str) -> CleanedText:
    """Placeholder cleaner: every non-empty line is body."""
    paragraphs = tuple(split_paragraphs(text))
    return CleanedText(title=None, headings=(), paragraphs=paragraphs)


def no_clean(text: str) -> CleanedText:
    """The uncleaned text as body paragraphs, one per non-empty line."""
    return CleanedText(title=None, headings=(), paragraphs=tuple(split_paragraphs(text)))
