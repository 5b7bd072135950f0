"""The values cleaning produces: labelled lines and the cleaned text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """What a line of a page is. Only ``BODY`` lines reach the summarizer."""

    BODY = "body"
    TITLE = "title"
    HEADING = "heading"
    NAVIGATION = "navigation"
    CAPTION = "caption"
    BYLINE = "byline"
    RELATED = "related"
    COMMENTS = "comments"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class LabelledLine:
    """One input line with its label and the evidence behind it.

    Attributes:
        number: 1-based line number in the input (for HTML: in the visible text).
        text: The line, verbatim.
        label: One of the :class:`Label` values (a plain string).
        evidence: Why the line got its label, in a few words.
        score: The line model's probability that the line is article text (None for
            lines it did not judge: blank lines, or cleaning turned off).
    """

    number: int
    text: str
    label: str
    evidence: str = ""
    score: float | None = None


@dataclass(frozen=True, slots=True)
class CleanedText:
    """What cleaning kept and dropped.

    Attributes:
        title: The article's title, if found.
        headings: Subheadings inside the body.
        paragraphs: Body paragraphs, verbatim, in order.
        lines: Every input line with its label.
        warnings: Notes for the user (e.g. a fallback to the uncleaned text).
        language: The language the page was read in (detected or given).
    """

    title: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]
    lines: tuple[LabelledLine, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = "english"

    @property
    def article(self) -> tuple[str, ...]:
        """The article as read: subheadings and body paragraphs, in page order."""
        return tuple(line.text.strip() for line in self.lines
                     if line.label in (Label.BODY, Label.HEADING))

    @property
    def paragraph_scores(self) -> tuple[float | None, ...]:
        """The line model's score of each paragraph (None where it did not judge)."""
        scores = tuple(line.score for line in self.lines if line.label == Label.BODY)
        return scores if len(scores) == len(self.paragraphs) else (None,) * len(self.paragraphs)

    @property
    def dropped(self) -> tuple[LabelledLine, ...]:
        """The non-blank input lines that are not body, with their labels and evidence."""
        return tuple(line for line in self.lines
                     if line.label != Label.BODY and line.text.strip())
