"""Shape of one line: words, stop-word density, end punctuation, title case.

jusText classifies paragraphs by length and stop-word density; here the same
idea decides which lines are *prose*, but only on lines long enough for a
density to mean something (a two-word line has a density of 0, 0.5 or 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.language import tokenize_words

PROSE_MIN_WORDS = 8
"""Below this a stop-word density is noise; shorter lines are judged by context."""

PROSE_MIN_STOP_RATIO = 0.18
"""News prose is dense in names, so lower than jusText's 0.30; menus and tag lists sit near 0."""

LONG_LINE_WORDS = 20
"""A line this long is prose even without end punctuation (dumps cut lines mid-sentence)."""

QUESTION_HEADING_WORDS = 15
"""A lone unquoted question this short is a subheading ("Will NATO cancel ...?"), not prose."""

_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"“‘(]?[A-Z]")
_QUOTED = re.compile(r"^[\"“‘']|[\"”’']$")


@dataclass(frozen=True, slots=True)
class LineInfo:
    """One input line and its measured shape.

    Attributes:
        index: 0-based position among the input lines.
        text: The line, verbatim.
        words: Its word tokens.
        stop_ratio: Fraction of the words that are stop words.
        terminal: Ends like a sentence (``. ! ? … : ;``, possibly before a quote).
        truncated: One sentence ending with an ellipsis (a teaser cut short).
        title_case: Capitalised function words, as in a headline.
        lone_question: A short, self-contained, unquoted one-sentence question: a subheading.
        prose: Long and dense enough to be article text on its own.
    """

    index: int
    text: str
    words: tuple[str, ...]
    stop_ratio: float
    terminal: bool
    truncated: bool
    title_case: bool
    lone_question: bool
    prose: bool

    @property
    def blank(self) -> bool:
        """No words at all."""
        return not self.words



_BACK_REFERENCES = frozenset(
    "this that these those it its he she they them his her their we our you your i".split()
)


def _refers_back(text: str, words: tuple[str, ...]) -> bool:
    """Pronouns or a mid-line comma: running text, not a self-contained heading."""
    return "," in text or any(word.lower() in _BACK_REFERENCES for word in words)


def _title_case(words: tuple[str, ...], stop_words: frozenset[str]) -> bool:
    """Headline style: most non-initial function words capitalised (at least two).

    A ratio, not a count, so that a sentence quoting a title ("on "The Price Is
    Right"") is still a sentence.
    """
    stops = [word for word in words[1:] if word.lower() in stop_words]
    capitals = sum(1 for word in stops if word[:1].isupper() and not word.isupper())
    return capitals >= 2 and capitals >= len(stops) / 2


def describe_line(index: int, text: str, stop_words: frozenset[str]) -> LineInfo:
    """Measure one line."""
    stripped = text.strip()
    words = tokenize_words(stripped)
    stops = sum(1 for word in words if word.lower() in stop_words)
    ratio = stops / len(words) if words else 0.0
    # A teaser is one sentence cut short; text that trails off after other sentences
    # ("So he's got some serious health issues. ...") is a quote, not a teaser.
    truncated = bool(_TRUNCATED.search(stripped)) and not _INNER_SENTENCE_END.search(stripped)
    terminal = bool(_TERMINAL.search(stripped)) and not truncated
    title_case = _title_case(words, stop_words)
    question = stripped.rstrip("\"'”’)").endswith("?")
    quoted = bool(_QUOTED.search(stripped))
    lone_question = (question and len(words) <= QUESTION_HEADING_WORDS
                     and not (quoted or _refers_back(stripped, words)
                              or _INNER_SENTENCE_END.search(stripped)))
    prose = (
        len(words) >= PROSE_MIN_WORDS
        and ratio >= PROSE_MIN_STOP_RATIO
        and (terminal or len(words) >= LONG_LINE_WORDS)
        and not truncated
        and not (title_case and len(words) < LONG_LINE_WORDS)
        and not lone_question
    )
    return LineInfo(index=index, text=text, words=words, stop_ratio=ratio, terminal=terminal,
                    truncated=truncated, title_case=title_case, lone_question=lone_question,
                    prose=prose)
