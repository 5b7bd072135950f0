"""Label every line of a plain-text page dump.

Order of evidence: (1) line patterns that hold anywhere (credits, menus, dates,
cookie and newsletter boxes); (2) the comment thread, which runs to the end of
the page once it starts; (3) the main body, the heaviest run of prose; (4) the
line's place relative to that body: before it (title, navigation), inside it
(body, subheadings, a closing author bio) or after it (related headlines, author
boxes, footers).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.clean import boxes, meta, patterns
from summarizer.clean.cohesion import incohesive_head, incohesive_tail
from summarizer.clean.features import LineInfo, describe_line
from summarizer.clean.model import Label, LabelledLine
from summarizer.clean.structure import (
    Region,
    extend_region,
    main_region,
    normalise,
    thread_start,
    trim_tail,
)

Verdict = tuple[Label, str]

HEADING_MAX_WORDS = 15
"""Longer lines without end punctuation are cut-off prose, not subheadings."""

PULL_QUOTE_MIN_WORDS = 6
"""Shorter sentences ("He said no.") recur inside longer ones by chance."""

BIO_TAIL_LINES = 2
"""An author bio is one of the body's last lines ("Jane Doe is a reporter at ...")."""


@dataclass(frozen=True, slots=True)
class PageLabels:
    """Every line labelled, and the title found."""

    lines: tuple[LabelledLine, ...]
    title: str | None


def _pattern_verdict(info: LineInfo, stop_words: frozenset[str]) -> Verdict | None:
    """Evidence from the line alone."""
    if info.blank:
        return Label.OTHER, "blank line" if not info.text.strip() else "no words (a separator)"
    found = patterns.chrome_evidence(info.text.strip(), info.words)
    if found is not None:
        return found
    found = _meta_verdict(info)
    if found is not None:
        return found
    if meta.is_name_list(info.text, stop_words):
        return Label.OTHER, "a list of names (a line-up, credits), not a sentence"
    nav = patterns.nav_evidence(info.text, info.words, stop_words)
    if nav is not None:
        return Label.NAVIGATION, nav
    if patterns.is_date_line(info.text):
        return Label.BYLINE, "date stamp"
    if info.truncated:
        return Label.OTHER, "teaser cut short with an ellipsis"
    return None


def _meta_verdict(info: LineInfo) -> Verdict | None:
    """The page talking about itself, its staff or its sources (see ``meta.py``)."""
    if meta.is_box_heading(info.text, info.words):
        return Label.OTHER, "heading of a box about the page (disclosure, partners, sources)"
    if meta.is_self_reference(info.text, info.words):
        return Label.OTHER, "the page speaking about itself (print, republishing, funding)"
    if meta.is_citation(info.text) or meta.is_source_credit(info.text, info.words):
        return Label.OTHER, "a source credit or an entry of a source list"
    if meta.is_contact_line(info.text, info.words):
        return Label.BYLINE, "how to follow or contact the author"
    return None


BOX_MAX_LINES = 12
"""A disclosure or source box is a short paragraph or list; it ends at a blank line."""


def _box_verdicts(infos: Sequence[LineInfo], verdicts: dict[int, Verdict]) -> dict[int, Verdict]:
    """The lines under a box heading ("Disclosure statement", "Our sources"), up to a blank."""
    found: dict[int, Verdict] = {}
    for info in infos:
        if info.blank or not meta.is_box_heading(info.text, info.words):
            continue
        for line in infos[info.index + 1:info.index + 1 + BOX_MAX_LINES]:
            if line.blank:
                break
            if line.index not in verdicts:
                found[line.index] = (Label.OTHER,
                                     f"in a box about the page (from line {info.index + 1})")
    return found


def _caption_verdicts(infos: Sequence[LineInfo],
                      verdicts: dict[int, Verdict]) -> dict[int, Verdict]:
    """A short line set directly above a credit line ("Photograph: ...") is its caption."""
    found: dict[int, Verdict] = {}
    for above, info in itertools.pairwise(infos):
        credit = verdicts.get(info.index)
        if (credit is not None and credit[0] is Label.CAPTION and not above.blank
                and not above.prose and above.index not in verdicts
                and not patterns.is_list_item(above.text)):
            found[above.index] = (Label.CAPTION,
                                  f"caption above its credit (line {info.index + 1})")
    return found


def _repeat_verdicts(infos: Sequence[LineInfo]) -> dict[int, Verdict]:
    """Short lines shown more than once (menus, widgets) are page furniture."""
    first: dict[str, int] = {}
    verdicts: dict[int, Verdict] = {}
    for info in infos:
        if info.blank or info.prose:
            continue
        key = normalise(info.text)
        if key in first:
            verdicts[first[key]] = (Label.NAVIGATION, f"repeated at line {info.index + 1}")
            verdicts[info.index] = (Label.NAVIGATION, f"repeats line {first[key] + 1}")
        else:
            first[key] = info.index
    return verdicts


def _title_like(info: LineInfo) -> bool:
    """Headline-sized and not ending like a sentence (a full stop inside quotes counts)."""
    return 2 <= len(info.words) <= 25 and not info.text.rstrip().rstrip("\"'”’)").endswith(
        (".", ",", ";"))


def _find_title(infos: Sequence[LineInfo], before: int,
                verdicts: dict[int, Verdict]) -> int | None:
    """The headline: the nearest title-like line above the body, preferring five words or more."""
    candidates = [info for info in infos[:before]
                  if _title_like(info) and (info.index not in verdicts
                                            or verdicts[info.index][1].startswith("repeat"))]
    for minimum in (5, 2):
        for info in reversed(candidates):
            if len(info.words) >= minimum and not info.prose:
                return info.index
    return None


_QUOTES = "\"“”‘’'«» "


def _pull_quote(info: LineInfo, region_texts: Sequence[tuple[int, str]]) -> bool:
    """A line of 6+ words repeating part of another body line: a quoted excerpt of it, or a
    shorter copy after it. An unquoted sentence first and its longer copy later (text
    duplicated by the source) keeps the first, which Lead-3 may need."""
    own = normalise(info.text)
    key = own.strip(_QUOTES)
    if len(info.words) < PULL_QUOTE_MIN_WORDS:
        return False
    if key != own:  # quoted: an excerpt of any other line
        return any(key in text and text != own for _, text in region_texts)
    return any(key in text and len(text.strip(_QUOTES)) > len(key) and index < info.index
               for index, text in region_texts)


def _is_bio(text: str) -> bool:
    """An author or staff bio ("X is the Courier's editor", "X is a reporter covering Y")."""
    return patterns.is_bio(text) or meta.is_role_bio(text)


def _inside(info: LineInfo, region: Region, seen_body: set[str],
            region_texts: Sequence[tuple[int, str]]) -> Verdict:
    """A line within the main body that no pattern claimed."""
    if info.prose or (info.terminal and not info.lone_question) \
            or len(info.words) > HEADING_MAX_WORDS:
        key = normalise(info.text)
        if key in seen_body:
            return Label.OTHER, "repeats an earlier body line (pull quote)"
        if _pull_quote(info, region_texts):
            return Label.OTHER, "repeats part of a longer body line (pull quote)"
        seen_body.add(key)
        if info.index > region.end - BIO_TAIL_LINES * 2 and _is_bio(info.text):
            return Label.BYLINE, "author bio at the end of the article"
        return Label.BODY, "prose in the main body" if info.prose else "sentence in the main body"
    if patterns.is_list_item(info.text):
        return Label.BODY, "list item in the main body"
    if info.lone_question:
        return Label.HEADING, "short unquoted question on its own line inside the body"
    return Label.HEADING, "short line without end punctuation inside the body"


def _outside(info: LineInfo, *, after: bool, section: Verdict | None) -> Verdict:
    """A line before or after the main body that no pattern claimed."""
    if section is not None:
        return section
    if _is_bio(info.text):
        return Label.BYLINE, "author bio"
    where = "after" if after else "before"
    if info.prose:
        return Label.OTHER, f"prose outside the main body ({where} it)"
    if after and info.title_case:
        return Label.RELATED, "headline after the article"
    return Label.NAVIGATION, f"short line {where} the article"


def _section(info: LineInfo, verdict: Verdict | None) -> Verdict | None:
    """After the body, an author box or related-stories marker labels what follows it."""
    if patterns.is_byline_start(info.text, info.words):
        return Label.BYLINE, f"in the author box (from line {info.index + 1})"
    if patterns.is_about_box(info.text, info.words):
        return Label.OTHER, f"in an 'About ...' box (from line {info.index + 1})"
    if patterns.is_related_start(info.text, info.words) or (
        verdict is not None and verdict[0] is Label.RELATED
    ):
        return Label.RELATED, f"in a related-stories list (from line {info.index + 1})"
    return None


def _identity(word: str) -> str:
    return word


def label_page(text: str, *, stop_words: frozenset[str],
               stem: Callable[[str], str] = _identity) -> PageLabels:
    """Label every line of a plain-text page.

    Args:
        text: The page, one block of text per line.
        stop_words: The language's stop words.
        stem: The language's stemmer (for topic cohesion; without it, words must match).

    Returns:
        One :class:`LabelledLine` per input line, and the title if one was found.
    """
    infos = [describe_line(i, line, stop_words) for i, line in enumerate(text.splitlines())]
    verdicts: dict[int, Verdict] = {}
    for info in infos:
        found = _pattern_verdict(info, stop_words)
        if found is not None:
            verdicts[info.index] = found
    for index, verdict in _repeat_verdicts(infos).items():
        verdicts.setdefault(index, verdict)
    verdicts.update(_caption_verdicts(infos, verdicts))
    verdicts.update(_box_verdicts(infos, verdicts))
    thread, why = thread_start(infos, excluded=set(verdicts))
    region = main_region(infos, end=thread, excluded=set(verdicts))
    if region is not None:
        region = trim_tail(infos, region, excluded=set(verdicts))
        region = extend_region(infos, region, end=thread, excluded=set(verdicts))
        region = _cut_boxes(infos, region, verdicts, stop_words=stop_words, stem=stem)
        region = _cut_off_topic(infos, region, verdicts, stop_words=stop_words, stem=stem)
    return _assign(infos, verdicts, region, (thread, why))


def _cut_boxes(infos: Sequence[LineInfo], region: Region, verdicts: dict[int, Verdict], *,
               stop_words: frozenset[str], stem: Callable[[str], str]) -> Region:
    """Cut off-topic boxes after the body and a labelled box above it (see ``boxes.py``)."""
    cuts = [boxes.closing_boxes(infos, region, excluded=set(verdicts), stop_words=stop_words,
                                stem=stem),
            boxes.opening_box(infos, region, excluded=set(verdicts))]
    for cut in cuts:
        if cut is not None:
            verdicts.update((index, (Label.OTHER, cut.why)) for index in cut.lines)
    kept = [info.index for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in verdicts]
    return Region(start=kept[0], end=kept[-1]) if kept else region


def _cut_off_topic(infos: Sequence[LineInfo], region: Region, verdicts: dict[int, Verdict], *,
                   stop_words: frozenset[str], stem: Callable[[str], str]) -> Region:
    """Cut closing and opening lines that share almost no words with the article and speak as
    the site (or credit its staff)."""
    cut = incohesive_tail(infos, region, excluded=set(verdicts), stop_words=stop_words,
                          stem=stem)
    head = incohesive_head(infos, region, excluded=set(verdicts), stop_words=stop_words,
                           stem=stem)
    for index in [*cut, *head]:
        verdicts[index] = (Label.OTHER, "speaks as the site, to the reader or credits its staff, "
                           "and shares almost no words with the article (topic cohesion)")
    kept = [info.index for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in verdicts]
    return Region(start=kept[0], end=kept[-1])


def _assign(infos: Sequence[LineInfo], verdicts: dict[int, Verdict],
            region: Region | None, thread_and_why: tuple[int, str]) -> PageLabels:
    """Turn the evidence into one label per line."""
    thread, why = thread_and_why
    title_index = None if region is None else _find_title(infos, region.start, verdicts)
    title_key = None if title_index is None else normalise(infos[title_index].text)
    seen_body: set[str] = set()
    region_texts = [] if region is None else [
        (info.index, normalise(info.text)) for info in infos[region.start:region.end + 1]
        if not info.blank]
    section: Verdict | None = None
    labelled: list[LabelledLine] = []
    for info in infos:
        verdict = verdicts.get(info.index)
        if info.blank:
            pass
        elif info.index >= thread and not (verdict and verdict[0] is Label.NAVIGATION):
            verdict = (Label.COMMENTS, f"in the comment thread (from line {thread + 1}: {why})")
        elif info.index == title_index:
            verdict = (Label.TITLE, "nearest headline-like line above the body")
        elif not info.blank and normalise(info.text) == title_key:
            verdict = (Label.TITLE, f"repeats the title (line {title_index + 1})"
                       if title_index is not None else "repeats the title")
        elif region is not None and info.index > region.end:
            section = _section(info, verdict) or section
        if verdict is None:
            if region is not None and info.index in region:
                verdict = _inside(info, region, seen_body, region_texts)
            else:
                after = region is not None and info.index > region.end
                verdict = _outside(info, after=after, section=section)
        labelled.append(LabelledLine(number=info.index + 1, text=info.text,
                                     label=str(verdict[0]), evidence=verdict[1]))
    title = None if title_index is None else infos[title_index].text.strip()
    return PageLabels(lines=tuple(labelled), title=title)
