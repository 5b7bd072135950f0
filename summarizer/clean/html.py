"""HTML pages: trafilatura finds the article; lxml gives the visible text.

trafilatura runs offline on the markup it is given (nothing is fetched), with
comments excluded and the title kept from the page's metadata.
"""

from __future__ import annotations

import re

# lxml ships no type hints and is not in pyproject's mypy overrides (which only the
# maintainer edits), hence the ignores.
from lxml import etree
from lxml import html as lxml_html

from summarizer.clean.model import CleanedText, Label, LabelledLine
from summarizer.clean.plaintext import label_page

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
_BLOCKS = frozenset(
    """address article aside blockquote body br dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul title caption""".split()
)
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def visible_lines(markup: str) -> list[str]:
    """All visible text of an HTML page, one block (paragraph, item, cell) per line."""
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return [line for line in (_squash(part) for part in markup.splitlines()) if line]
    for element in root.iter(*_INVISIBLE):
        element.drop_tree()
    pieces: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            pieces.append("\n")
        if event == "start" and tag and element.text:
            pieces.append(element.text)
        if event == "end" and element.tail:
            pieces.append(element.tail)
    return [line for line in (_squash(part) for part in "".join(pieces).split("\n")) if line]


def _extracted(markup: str) -> tuple[str | None, list[tuple[str, str]]]:
    """trafilatura's title and its main content as (kind, text) blocks, kind ``p`` or ``head``."""
    from trafilatura import extract

    xml = extract(markup, output_format="xml", include_comments=False, with_metadata=True,
                  include_tables=True, include_images=False, include_links=False)
    if not xml:
        return None, []
    doc = etree.fromstring(xml.encode("utf-8"))
    title = doc.get("title") or None
    main = doc.find("main")
    blocks: list[tuple[str, str]] = []
    for element in () if main is None else main.iter("p", "head", "item", "quote", "row"):
        if element.tag in ("p", "quote") and element.getparent() is not None \
                and element.getparent().tag in ("item", "quote", "cell"):
            continue  # already counted with its container
        text = _squash(" ".join(element.itertext()))
        if text:
            blocks.append(("head" if element.tag == "head" else "p", text))
    return title, blocks


_CONTENT_LABELS = frozenset({Label.BODY, Label.TITLE, Label.HEADING})


def clean_html(markup: str, *, stop_words: frozenset[str]) -> CleanedText:
    """The article of an HTML page: title, subheadings and body paragraphs.

    Every visible line is reported in ``lines``: ``body``, ``title`` or
    ``heading`` when trafilatura kept it; otherwise the label the plain-text
    labeller gives it (comments, navigation, caption...), or ``other``.
    """
    title, blocks = _extracted(markup)
    headings = tuple(text for kind, text in blocks
                     if kind == "head" and _squash(text) != _squash(title or ""))
    paragraphs = tuple(text for kind, text in blocks if kind == "p")
    kept = {text: kind for kind, text in blocks}
    visible = visible_lines(markup)
    as_text = label_page("\n".join(visible), stop_words=stop_words).lines
    lines: list[LabelledLine] = []
    for number, (line, guess) in enumerate(zip(visible, as_text, strict=True), start=1):
        if title and line == _squash(title):
            label, evidence = str(Label.TITLE), "the page's title"
        elif kept.get(line) == "head":
            label, evidence = str(Label.HEADING), "a heading in trafilatura's main content"
        elif line in kept or (len(line.split()) >= 5 and any(line in p for p in paragraphs)):
            label, evidence = str(Label.BODY), "in trafilatura's main content"
        elif guess.label in _CONTENT_LABELS:
            label, evidence = str(Label.OTHER), "outside trafilatura's main content"
        else:
            label, evidence = guess.label, f"outside trafilatura's main content; {guess.evidence}"
        lines.append(LabelledLine(number=number, text=line, label=label, evidence=evidence))
    return CleanedText(title=title, headings=headings, paragraphs=paragraphs, lines=tuple(lines))
