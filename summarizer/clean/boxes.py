"""Boxes at the edges of the body, found by structure and topic cohesion.

A page appends boxes to an article ("Story Source:", "Getting there", "Legal
Notices", a disclaimer under a list of tickers, a contributor's bio with the
views-expressed line under it) and sets notices above it (a review policy).
The structure says where such a box starts: a short heading, a line of other
furniture, or a bio-shaped line among the body's last lines, with a few lines
after it up to the end of the body. Whether the box is the article's own last
section or furniture is decided by what it talks about: its lines taken
together share almost no content words with the article (topic cohesion), or
they are shaped as a reference list (years, DOIs, URLs, numbered entries). No
furniture vocabulary is involved, so the box need not speak as the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.clean import meta, patterns
from summarizer.clean.cohesion import COHESION_MIN_WORDS, cohesion, content_stems
from summarizer.clean.features import LineInfo
from summarizer.clean.structure import Region, is_reporting

BOX_MAX_LINES = 4
"""Content lines a closing box may have; the article's last section runs longer (and on topic)."""

HEADING_MAX_WORDS = 8
"""A box heading ("Journal Reference:", "Where to stay", "Companies in this story: A, B, C")."""

BIO_COHESION_MAX = 0.12
"""For a bio and the lines under it (no heading): on the development pages, older batches and
seeds, unquoted closing sections of the article share 13% or more of their words with the
rest; bios outside newsroom jobs with their boxes 0-5%."""

SET_BOX_COHESION_MAX = 0.4
"""For a box set tight under its heading (no blank line inside) on a page whose paragraphs are
spaced: the layout is most of the evidence, so only lines clearly on topic are spared."""

TIGHT_BOX_MIN_LINES = 2
"""Lines set without a blank between them, at the end of a page of spaced paragraphs: a box."""

HEAD_MIN_REST = 3
"""Body lines that must remain below a box cut from the top: the article's own first lines."""

_REFERENCE = re.compile(
    r"\bdoi\b|https?://|www\.|\bet al\b|\(\d{4}\)|\b(?:19|20)\d\d\s*[;:,.]\s*\d|"
    r"^\d{1,3}\.\s+\S.*\b(?:19|20)\d\d\b|[\"“][^\"”]{10,}[.,]?[\"”].*\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_NAME_START = re.compile(
    r"^(?!(?:He|She|It|They|We|You|I|This|That|The|There|Here|But|And|In|On|At|A|An)\b)"
    r"(?P<name>(?:[A-Z][\w.'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+"
    r"(?:(?:is|was) (?:a|an|the)|has (?:lived|worked|taught|spent)|lives|runs|works|teaches)\b",
)


@dataclass(frozen=True, slots=True)
class Cut:
    """Lines cut from the body, and why."""

    lines: tuple[int, ...]
    why: str


def is_reference(text: str) -> bool:
    """Shaped as an entry of a reference list: a DOI, a URL, a year in a citation."""
    return bool(_REFERENCE.search(text))


def bio_name(info: LineInfo) -> str | None:
    """The name a bio-shaped line starts with ("Ann Lee is a retired teacher ..."), if any."""
    match = _NAME_START.match(info.text.strip())
    return None if match is None else match.group("name")


def _heading(info: LineInfo) -> bool:
    """A short line without a sentence's end: the heading of a box."""
    text = info.text.strip()
    return (0 < len(info.words) <= HEADING_MAX_WORDS and not info.prose
            and not text.endswith((".", "!", "?", "”", '"')) and not patterns.is_list_item(text))


def _off_topic(box: Sequence[LineInfo], rest: frozenset[str], stems: dict[int, frozenset[str]],
               limit: float) -> bool:
    """The box's lines are a reference list, or share almost no content words with the rest."""
    prose = [info for info in box if not is_reference(info.text)]
    if not prose:
        return True
    if any(is_reporting(info.text) for info in prose):
        return False  # a quote or an attributed line is the article reporting
    own = frozenset().union(*(stems[info.index] for info in prose))
    return len(own) >= COHESION_MIN_WORDS and cohesion(own, rest) < limit


def _box_start(lines: Sequence[LineInfo], excluded: set[int], body: Sequence[LineInfo]
               ) -> tuple[int, list[LineInfo], float] | None:
    """From the end, the nearest box start, the content lines it opens (a bio line included),
    and how off topic they must be: a box set tight under a heading on a page of spaced
    paragraphs needs less evidence from the words than a bio."""
    box: list[LineInfo] = []
    tight = True
    for info in reversed(lines):
        if info.blank:
            if (tight and len(box) >= TIGHT_BOX_MIN_LINES and _spaced(lines)
                    and not any(patterns.is_list_item(line.text) for line in box)):
                return info.index, box, SET_BOX_COHESION_MAX  # a block set tight, no heading
            tight = tight and not box
            continue
        if info.index in excluded and patterns.is_advert(info.text, info.words):
            continue
        if _heading(info):  # a heading or heading-shaped furniture, not a live blog's time stamp
            if patterns.is_date_line(info.text):
                return None
            spaced = tight and _spaced(lines)
            return info.index, box, SET_BOX_COHESION_MAX if spaced else 0.0
        if info.index in excluded:
            return None
        box.insert(0, info)
        if _outside_bio(info, body):
            return info.index - 1, box, BIO_COHESION_MAX
        if len(box) > BOX_MAX_LINES:
            return None
    return None


def _spaced(lines: Sequence[LineInfo]) -> bool:
    """The body's paragraphs are separated by blank lines (most prose lines are followed by one)."""
    prose = [n for n, info in enumerate(lines[:-1]) if info.prose]
    return bool(prose) and sum(lines[n + 1].blank for n in prose) * 2 > len(prose)


def _outside_bio(info: LineInfo, body: Sequence[LineInfo]) -> bool:
    """A bio of someone the article is not about ("Ann Lee is a retired teacher ...")."""
    name = bio_name(info)
    return name is not None and not _known_bio(info.text) and not _named_elsewhere(
        name, info, body)


def _known_bio(text: str) -> bool:
    """A newsroom bio, which the body's own last-lines rule labels as a byline."""
    return patterns.is_bio(text) or meta.is_role_bio(text)


def _named_elsewhere(name: str, info: LineInfo, body: Sequence[LineInfo]) -> bool:
    """The bio's surname is a subject of the article (it appears in another body line)."""
    surname = name.split()[-1]
    return any(surname in other.text for other in body if other.index != info.index)


def closing_boxes(infos: Sequence[LineInfo], region: Region, *, excluded: set[int],
                  stop_words: frozenset[str], stem: Callable[[str], str]) -> Cut | None:
    """Boxes at the end of the body (from the end, one after another) that are off topic."""
    body = [info for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in excluded]
    end = region.end
    cut: list[int] = []
    stems: dict[int, frozenset[str]] = {}
    while True:
        found = _box_start(infos[region.start:end + 1], excluded, body)
        if found is None:
            break
        if not stems:  # only pages with a box candidate pay for stemming
            stems = {info.index: content_stems(info.words, stop_words, stem) for info in body}
        start, box, limit = found
        if not box and start in stems and (cut or infos[start].text.rstrip().endswith(":")):
            # A heading left at the end once its box was cut, or one whose box is not prose.
            cut.append(start)
            end = start - 1
            continue
        if not box:
            break
        before = [info for info in body if info.index <= start]
        if len(before) < 2:
            break
        rest = frozenset().union(*(stems[info.index] for info in before))
        if limit == BIO_COHESION_MAX:  # a bio is one line: judge it with the box cut below it
            box = [*box, *(infos[index] for index in cut)]
        if not _off_topic(box, rest, stems, limit):
            break
        cut += [info.index for info in box if info.index not in cut]
        end = before[-1].index
    return Cut(tuple(cut), "in a box after the body (under a heading, other furniture or a "
               "bio) whose lines share almost no words with the article or form a "
               "reference list") if cut else None


def opening_box(infos: Sequence[LineInfo], region: Region, *, excluded: set[int]) -> Cut | None:
    """The body's first line set tight under a "Label:" heading and closed by another heading
    before the article's next line ("Summary:" / line / "Full Story"): a box above the body."""
    body = [info for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in excluded]
    if len(body) <= HEAD_MIN_REST:
        return None
    first = body[0]
    above = infos[first.index - 1] if first.index else None
    if above is None or above.blank or not _heading(above) or not above.text.rstrip().endswith(":"):
        return None
    following = next((info for info in body[1:] if info.prose), None)
    if following is None:
        return None
    between = infos[first.index + 1:following.index]
    if not any(not info.blank and _heading(info) for info in between):
        return None
    return Cut((first.index,), f"set under the heading of a box above the body (line "
               f"{above.index + 1}), closed by another heading before the article")
