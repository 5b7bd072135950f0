"""The safety net: never let cleaning eat the article.

If the cleaned text has fewer than two sentences while the uncleaned one has
more, or a text that reads as plain prose lost most of its words, the uncleaned
text is used instead and a warning says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.clean.features import describe_line
from summarizer.clean.model import CleanedText, Label, LabelledLine
from summarizer.language import tokenize_words

MIN_SENTENCES = 2
PROSE_SHARE = 0.8
"""A text whose words are at least this share prose lines, with no comment thread
(comments are prose too), "looks like plain prose"."""
MIN_KEPT_SHARE = 0.5
"""... and cleaning such a text must keep at least this share of its words."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9])")


def rough_sentences(paragraphs: tuple[str, ...]) -> int:
    """Approximate sentence count (each paragraph at least one): cheap, for a threshold."""
    return sum(1 + len(_SENTENCE_END.findall(paragraph)) for paragraph in paragraphs)


def _words(paragraphs: tuple[str, ...]) -> int:
    return sum(len(tokenize_words(paragraph)) for paragraph in paragraphs)


def _prose_share(paragraphs: tuple[str, ...], stop_words: frozenset[str]) -> float:
    infos = [describe_line(i, p, stop_words) for i, p in enumerate(paragraphs)]
    total = sum(len(info.words) for info in infos)
    prose = sum(len(info.words) for info in infos if info.prose)
    return prose / total if total else 0.0


def _why_fallback(cleaned: CleanedText, raw: CleanedText, stop_words: frozenset[str]) -> str | None:
    kept, found = rough_sentences(cleaned.paragraphs), rough_sentences(raw.paragraphs)
    if kept < MIN_SENTENCES and found > kept:
        return f"cleaning would keep {kept} of about {found} sentences"
    kept_words, all_words = _words(cleaned.paragraphs), _words(raw.paragraphs)
    thread = any(line.label == Label.COMMENTS for line in cleaned.lines)
    if (all_words and kept_words < MIN_KEPT_SHARE * all_words and not thread
            and _prose_share(raw.paragraphs, stop_words) >= PROSE_SHARE):
        return (f"cleaning would keep only {kept_words} of {all_words} words "
                "of a text that reads as plain prose")
    return None


def guard(cleaned: CleanedText, raw: CleanedText, *, stop_words: frozenset[str]) -> CleanedText:
    """Return ``cleaned``, or ``raw`` with a warning if cleaning removed too much."""
    reason = _why_fallback(cleaned, raw, stop_words)
    if reason is None:
        return cleaned
    lines = tuple(
        line if line.label == Label.BODY or not line.text.strip()
        else LabelledLine(number=line.number, text=line.text, label=str(Label.BODY),
                          evidence=f"kept by the fallback (was {line.label}: {line.evidence})")
        for line in cleaned.lines
    )
    warning = f"{reason}; using the uncleaned text instead (see 'summarizer clean --explain')"
    return replace(raw, title=cleaned.title, headings=(), lines=lines or raw.lines,
                   warnings=(*cleaned.warnings, warning))
