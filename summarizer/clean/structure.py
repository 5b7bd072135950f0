"""Where things are on the page: the comment thread and the main body.

The article is the heaviest run of prose lines (prose words, allowing a few
short lines between them: subheadings, captions, an inline "Read more"); the
comment thread, once it starts, is the rest of the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.clean import patterns
from summarizer.clean.features import PROSE_MIN_STOP_RATIO, LineInfo

MAX_GAP = 4
"""Unexplained non-prose lines allowed between two prose lines of the same article
(a subheading, a caption without credit); lines a pattern explains do not count."""

CUT_PROSE_WORDS = 15
"""Longer lines without end punctuation are cut-off prose, not headings (as inside the body)."""

COMMENT_MAX_LINES = 6
"""How far above its reply button a comment's author line is looked for."""

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Region:
    """The main body: lines ``start`` to ``end`` inclusive (0-based)."""

    start: int
    end: int

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index <= self.end


def normalise(text: str) -> str:
    """Case- and space-insensitive form of a line, for spotting repeats."""
    return _SPACE.sub(" ", text).strip().casefold()


def _next_text(infos: Sequence[LineInfo], index: int) -> LineInfo | None:
    """The next non-blank line, if any."""
    return next((info for info in infos[index + 1:] if not info.blank), None)


def is_comment_header(infos: Sequence[LineInfo], index: int) -> bool:
    """A commenter's name followed by a date, on one line or two."""
    info = infos[index]
    if (info.blank or patterns.is_byline_start(info.text, info.words)
            or patterns.is_comment_furniture(info.text)):
        return False  # "Share" over a live-blog time stamp is a button, not a commenter
    if patterns.is_date_line(info.text):
        return False
    if patterns.is_inline_comment_header(info.text, info.words):
        return True
    if not patterns.is_name_line(info.text, info.words):
        return False
    following = _next_text(infos, index)
    return following is not None and patterns.is_date_line(following.text)


def thread_start(infos: Sequence[LineInfo], *, excluded: set[int]) -> tuple[int, str]:
    """Index of the first line of the comment thread (``len(infos)`` if none), and why.

    An explicit marker ("Leave a Reply", "12 Comments") starts it; so does the
    first of at least two name-and-date headers, or of one header followed by
    reply/like buttons. Only after the first prose line that no pattern explains:
    a name and a date above the article are a byline.
    """
    first_prose = next((info.index for info in infos
                        if info.prose and info.index not in excluded), len(infos))
    marker = len(infos)
    headers: list[int] = []
    buttons: list[int] = []
    for info in infos[first_prose + 1:]:
        if marker == len(infos) and patterns.is_comment_start(info.text, info.words):
            marker = info.index
        if is_comment_header(infos, info.index):
            headers.append(info.index)
        elif patterns.is_reply_button(info.text, info.words):
            buttons.append(info.index)
    # Two headers, or one header with a "Reply" button under it, make a thread.
    if len(headers) >= 2 or (headers and any(b > headers[0] for b in buttons)):
        if marker < headers[0]:
            return marker, "a comment-section marker"
        return headers[0], f"{len(headers)} name-and-date comment headers"
    if len(buttons) >= 2:  # undated comments: "Name" / text / "Reply", twice or more
        start = _commenter_above(infos, buttons[0], after=first_prose)
        if start < marker:
            return start, f"{len(buttons)} reply buttons under reader comments"
    return marker, "a comment-section marker"


def _commenter_above(infos: Sequence[LineInfo], button: int, *, after: int) -> int:
    """The commenter's name line above the first reply button (or the button itself)."""
    seen = 0
    for info in reversed(infos[after + 1:button]):
        if info.blank:
            continue
        seen += 1
        if seen > COMMENT_MAX_LINES:
            break
        if not info.terminal and patterns.is_name_line(info.text, info.words):
            return info.index
    return button


def _is_barrier(infos: Sequence[LineInfo], info: LineInfo, headers: set[str],
                excluded: set[int]) -> bool:
    """A line the article cannot span: an author box, a related-stories list, the headline again.

    A title-like line first seen above all prose and repeated directly above
    prose marks where the article proper starts (the headline over the text).
    """
    if (patterns.is_byline_start(info.text, info.words)
            or patterns.is_related_start(info.text, info.words)
            or patterns.is_about_box(info.text, info.words)):
        return True  # author, company or related-stories boxes: their prose is not the article
    if info.prose or len(info.words) < 4 or normalise(info.text) not in headers:
        return False
    following = _next_text(infos, info.index)
    return following is not None and following.prose and following.index not in excluded


def main_region(infos: Sequence[LineInfo], *, end: int, excluded: set[int]) -> Region | None:
    """The heaviest cluster of prose lines before ``end``, or ``None`` without prose."""
    headers: set[str] = set()
    best: tuple[int, int, int] | None = None  # (weight, start, end)
    start = last = -1
    weight = gap = 0
    for info in infos[:end]:
        if info.blank:
            continue
        if info.prose and info.index not in excluded:
            if start < 0 or gap > MAX_GAP:
                start, weight = info.index, 0
            last, gap = info.index, 0
            weight += len(info.words)
            if best is None or weight > best[0]:
                best = (weight, start, last)
        elif _is_barrier(infos, info, headers, excluded):
            gap = MAX_GAP + 1
        elif info.index not in excluded and not _short_sentence(info):
            # Free: furniture a pattern explains (an ad, a newsletter box), and short
            # sentences ("It was dark."), which are text, not page furniture.
            gap += 1
        if start < 0:
            headers.add(normalise(info.text))
    return None if best is None else Region(start=best[1], end=best[2])


def _short_sentence(info: LineInfo) -> bool:
    return info.terminal and len(info.words) >= 2 and not info.lone_question


def _cut_prose(info: LineInfo) -> bool:
    """Too long for a heading and dense enough for prose, but cut before its full stop."""
    return len(info.words) > CUT_PROSE_WORDS and info.stop_ratio >= PROSE_MIN_STOP_RATIO


def extend_region(infos: Sequence[LineInfo], region: Region, *, end: int,
                  excluded: set[int]) -> Region:
    """Take in short sentences adjacent to the run ("He declined." as a last paragraph),
    and after it long lines cut mid-sentence, across ad slots."""
    def sentence(info: LineInfo) -> bool:
        return info.terminal and len(info.words) >= 2 and info.index not in excluded

    stop = region.end
    for info in infos[region.end + 1:end]:
        if info.blank or patterns.is_advert(info.text, info.words):
            continue
        if not (sentence(info) or (_cut_prose(info) and info.index not in excluded)):
            break
        stop = info.index
    begin = region.start
    for info in reversed(infos[:region.start]):
        if info.blank:
            continue
        if not (sentence(info) and info.text.rstrip().endswith(".")):
            break
        begin = info.index
    return Region(start=begin, end=stop)


SITE_VOICE = frozenset("we our us you your please kindly editorial editors".split())
"""The site speaking, to the reader or about its own editors ("Kindly note that ...")."""
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?:^|\s)'")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according|added|asked|wrote)\b", re.IGNORECASE)

TAIL_BOX_LINES = 3
"""A closing box (paywall, funding appeal, site footer) is a few lines, not an article's end."""


def is_reporting(text: str) -> bool:
    """Quoted or attributed: the article reporting what someone said."""
    return bool(_QUOTE_MARK.search(text) or _ATTRIBUTION.search(text))


def site_voice(info: LineInfo) -> bool:
    """Speaks as the site or to the reader, unquoted and unattributed: a box, not reporting."""
    return any(word.lower() in SITE_VOICE for word in info.words) and not is_reporting(info.text)


def trim_tail(infos: Sequence[LineInfo], region: Region, *, excluded: set[int]) -> Region:
    """Cut closing boxes off the body.

    After page furniture other than an ad slot (a paywall prompt, a share bar), up
    to three last lines that speak as the site or to the reader ("Our journalism is
    funded by readers like you.") are not the article.
    """
    end = region.end
    while True:
        box: list[LineInfo] = []
        boundary = None
        for info in reversed(infos[region.start:end + 1]):
            if info.index in excluded:
                # An ad slot sits between paragraphs; it does not close the article.
                if not patterns.is_advert(info.text, info.words):
                    boundary = info.index
                break
            if not info.blank:
                box.append(info)
        if (boundary is None or not box or len(box) > TAIL_BOX_LINES
                or not all(site_voice(info) for info in box)):
            return Region(start=region.start, end=end)
        before = [info.index for info in infos[region.start:boundary]
                  if not info.blank and info.index not in excluded]
        if not before:
            return Region(start=region.start, end=end)
        end = before[-1]

