"""An HTML page as units, with trafilatura's verdict on each as evidence.

trafilatura (run offline on the markup given, comments excluded) is a strong
extractor; where it is right the line model follows it, and where it fails
(nothing found, a block of teasers taken for the article, a caption kept) the
other evidence can overrule it. Its extraction is one feature per block (the
share of the block's words it kept), never the answer by itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from summarizer.clean.dom import blocks, parse, squash
from summarizer.clean.overlap import aligned_share
from summarizer.clean.units import Unit

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The units of an HTML page and what its metadata says.

    Attributes:
        units: Visible blocks, each with its markup and trafilatura's share.
        title: The title from the page's metadata (``og:title``, ``<title>``...), if any.
        warnings: Notes for the user (e.g. trafilatura failed on the page).
    """

    units: tuple[Unit, ...]
    title: str | None
    warnings: tuple[str, ...] = ()


def _trafilatura(markup: str) -> tuple[str, str | None]:
    """trafilatura's main text and title ("" and None when it finds nothing)."""
    from trafilatura import bare_extraction

    options: dict[str, Any] = {"include_comments": False, "with_metadata": True,
                                "include_tables": True, "include_images": False,
                                "include_links": False}
    document = bare_extraction(markup, **options)
    if document is None or isinstance(document, dict) or not document.text:
        # Its own parser gives up below 256 levels of nesting; ours does not (and it
        # changes the tree it is given, hence a parse of its own).
        tree = parse(markup)
        document = bare_extraction(tree, **options) if tree is not None else None
    if document is None or isinstance(document, dict):
        return "", None
    title = squash(document.title) if document.title else None
    return document.text or "", title or None


def html_page(markup: str) -> HtmlPage:
    """Cut an HTML page into units and attach trafilatura's evidence."""
    root = parse(markup)
    found = blocks(root) if root is not None else []
    warnings: tuple[str, ...] = ()
    try:
        text, title = _trafilatura(markup)
    except Exception as error:  # trafilatura is a library we do not control: never fatal
        logger.warning("trafilatura failed: %s", error)
        text, title = "", None
        warnings = (f"trafilatura could not read the page ({type(error).__name__}); "
                    "judged without its extraction",)
    shares = aligned_share([block for block, _ in found], text)
    units = tuple(
        Unit(number=number, text=block, blank_before=1, blank_after=1,
             markup=replace(info, extracted=share))
        for number, ((block, info), share) in enumerate(zip(found, shares, strict=True),
                                                        start=1)
    )
    return HtmlPage(units=units, title=title, warnings=warnings)
