"""HTML pages as units: the visible text blocks, each with the markup around it.

A block is the text between two block-level boundaries (a paragraph, a list item,
a heading, a table cell...), in document order, with the evidence the markup
gives: its tag, its ancestors' tags, the words of their class and id attributes,
and how much of its text sits inside links. Hidden and non-text elements
(scripts, styles, templates, ``hidden`` attributes, inline ``display:none``)
are skipped, so a block is what a reader could see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from summarizer.clean.units import Markup, Unit

INVISIBLE = frozenset(
    "script style noscript template svg head iframe object embed canvas math select option "
    "button input textarea map area audio video source track meta link".split()
)
OPEN_CHILDREN = frozenset(("head", "noscript"))
"""Invisible elements whose child elements still count. The head holds the document's
``<title>`` (evidence for the headline, never body). ``<noscript>`` holds what a reader
without JavaScript is shown, and that is what this reader is (pages put their article
there for such readers); its bare text is the "please enable JavaScript" notice."""
BLOCKS = frozenset(
    """address article aside blockquote body br dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul title caption""".split()
)
MAX_DEPTH = 400
"""Deeper nesting than any real page; past it, text still counts but paths are cut."""

PATH_TAGS = 12
"""Ancestors kept for a block's path (the nearest ones: the outer ones are on every block)."""

ATTR_ANCESTORS = 6
"""Ancestors whose class and id words are kept (the nearest, most specific ones)."""

_SPACE = re.compile(r"\s+")
_ATTR_WORD = re.compile(r"[a-z]{2,}")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def squash(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


@dataclass(slots=True)
class _Block:
    """A block being filled: text pieces, link characters, and where it started."""

    tag: str
    path: tuple[str, ...]
    attrs: tuple[str, ...]
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0


def _attr_words(element: etree._Element) -> list[str]:
    """Lower-cased words of an element's class and id ("post-comments" → post, comments)."""
    value = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _ATTR_WORD.findall(value)


def _hidden(element: etree._Element) -> bool:
    return (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(element.get("style") or "")))


_PARSER = lxml_html.HTMLParser(huge_tree=True)


def parse(markup: str) -> etree._Element | None:
    """The page's element tree, or None when it cannot be parsed."""
    try:
        # libxml2 stops at 256 levels of nesting unless told the tree may be huge; real
        # pages (and hostile ones) nest deeper, and the article is often below that.
        return lxml_html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _walk(root: etree._Element) -> Iterator[tuple[str, str, tuple[str, ...],
                                                  tuple[str, ...], bool]]:
    """(event, text, path, attrs, in_link) over the visible text, iteratively (no recursion
    limit on deep pages). Events: "open"/"close" a block, "text" a piece of text."""
    stack: list[tuple[etree._Element, str, list[str], bool]] = []
    path: list[str] = []
    attrs: list[list[str]] = []
    links = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            skip = tag in INVISIBLE or not tag or _hidden(element)
            if skip:
                if tag not in OPEN_CHILDREN:
                    # Nothing inside a hidden element shows either (a display:none
                    # block of schema.org metadata, a template, a video's fallback).
                    walker.skip_subtree()
                stack.append((element, tag, [], True))
                continue
            words = _attr_words(element)
            stack.append((element, tag, words, False))
            path.append(tag)
            attrs.append(words)
            links += tag == "a"
            ancestors = tuple(path[-PATH_TAGS:])
            nearby = tuple(w for ws in attrs[-ATTR_ANCESTORS:] for w in ws)
            if tag in BLOCKS:
                yield "open", tag, ancestors, nearby, links > 0
            if element.text:
                yield "text", element.text, ancestors, nearby, links > 0
        else:
            _, tag, _, skipped = stack.pop()
            if not skipped:
                if tag in BLOCKS:
                    yield "close", tag, tuple(path[-PATH_TAGS:]), (), False
                path.pop()
                attrs.pop()
                links -= tag == "a"
            if element.tail:
                ancestors = tuple(path[-PATH_TAGS:])
                nearby = tuple(w for ws in attrs[-ATTR_ANCESTORS:] for w in ws)
                yield "text", element.tail, ancestors, nearby, links > 0


def blocks(root: etree._Element) -> list[tuple[str, Markup]]:
    """The visible text blocks of a page, in order, with their markup (``extracted`` unset)."""
    out: list[tuple[str, Markup]] = []
    current: _Block | None = None
    opened: list[_Block] = []

    def flush() -> None:
        nonlocal current
        if current is not None:
            text = squash("".join(current.pieces))
            if text:
                out.append((text, Markup(tag=current.tag, path=current.path,
                                         attrs=current.attrs, link_chars=current.link_chars)))
        current = None

    for event, text, path, attrs, in_link in _walk(root):
        if event == "open":
            flush()
            opened.append(_Block(tag=text, path=path, attrs=attrs))
        elif event == "close":
            flush()
            if opened:
                opened.pop()
        else:
            if current is None:
                owner = opened[-1] if opened else _Block(tag="", path=path, attrs=attrs)
                current = _Block(tag=owner.tag, path=owner.path, attrs=owner.attrs)
            current.pieces.append(text)
            if in_link:
                current.link_chars += len(squash(text))
    flush()
    return out


def html_units(markup: str) -> list[Unit]:
    """The page's visible blocks as units, numbered in order (their line in the visible text)."""
    root = parse(markup)
    if root is None:
        return []
    found = blocks(root)
    return [Unit(number=number, text=text, blank_before=1, blank_after=1, markup=info)
            for number, (text, info) in enumerate(found, start=1)]
