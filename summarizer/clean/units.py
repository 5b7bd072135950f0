"""The units a page is cut into before labelling: its non-blank lines.

A plain-text dump is cut at line breaks; an HTML page at block elements
(:mod:`.dom`). Each unit keeps what the layout says about it: blank lines around
it, indentation and, for HTML, the markup around it. Units are what the line
model labels, keyed by their position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f"
# Scripts written without spaces count one token a character, so that length and
# word-share evidence means the same as for spaced scripts.
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+", re.UNICODE)
_WORD_CHAR = re.compile(r"\w")


_CJK_CHAR = re.compile(f"[{_CJK}]")


def is_cjk(character: str) -> bool:
    """Whether a character belongs to a script written without spaces (CJK, Thai)."""
    return bool(_CJK_CHAR.match(character))


def tokens(text: str) -> list[str]:
    """Word tokens: runs of letters and digits; a CJK or Thai character is one token."""
    return _TOKEN.findall(text)


@dataclass(frozen=True, slots=True)
class Markup:
    """What the HTML says about a block (all empty for plain text).

    Attributes:
        tag: The block element's tag (``p``, ``li``, ``h2``, ``td``...).
        path: Tags of its ancestors, outermost first.
        attrs: Lower-cased words of the class and id attributes of it and its ancestors.
        link_chars: Characters of its text inside links.
        extracted: Share of its text that trafilatura's extraction kept (-1: not run).
    """

    tag: str = ""
    path: tuple[str, ...] = ()
    attrs: tuple[str, ...] = ()
    link_chars: int = 0
    extracted: float = -1.0


@dataclass(frozen=True, slots=True)
class Unit:
    """One non-blank line (or HTML block) of a page.

    Attributes:
        number: 1-based line number in the input (for HTML: in its visible text).
        text: The line, verbatim (stripped of its line break only).
        blank_before: Blank lines between it and the previous unit (capped at 2).
        blank_after: Blank lines between it and the next unit (capped at 2).
        markup: The HTML around it, for pages that came as HTML.
    """

    number: int
    text: str
    blank_before: int = 0
    blank_after: int = 0
    markup: Markup | None = None


def text_units(text: str) -> list[Unit]:
    """The non-blank lines of a plain-text page, with the blank lines around them."""
    lines = text.split("\n")
    units: list[Unit] = []
    gap = 0
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if not _WORD_CHAR.search(line):
            gap += 1
            continue
        if units:
            last = units[-1]
            units[-1] = Unit(number=last.number, text=last.text, blank_before=last.blank_before,
                             blank_after=min(gap, 2))
        units.append(Unit(number=number, text=line, blank_before=min(gap, 2) if units else 2))
        gap = 0
    if units:
        last = units[-1]
        units[-1] = Unit(number=last.number, text=last.text, blank_before=last.blank_before,
                         blank_after=2)
    return units
