"""The /demo page's layout agrees with the hand labels of the page it renders."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")

from summarizer.service import demo
from tests.service_helpers import PAGE_002, labelled_lines

LINES = PAGE_002.read_text(encoding="utf-8").splitlines()
LABELS = labelled_lines("002_ad0407a9d237ef29")


def test_article_lines_are_the_labelled_body_and_headings() -> None:
    placed = {LINES[n - 1].strip() for n in demo.BODY_LINES if LINES[n - 1].strip()}
    assert placed == LABELS["body"] | LABELS["heading"]
    assert {LINES[n - 1].strip() for n in demo.HEADING_LINES} == LABELS["heading"]
    assert LINES[demo.TITLE_LINE - 1].strip() in LABELS["title"]


def test_comment_thread_is_the_labelled_comments() -> None:
    thread = demo.comments(LINES)
    assert len(thread) == 11
    texts = {part for _, date, paragraphs in thread for part in (date, *paragraphs)}
    assert texts <= LABELS["comments"]
    assert all(any(line.endswith(f". {name}") for line in LABELS["comments"])
               for name, _, _ in thread)
    assert not texts & LABELS["body"]


def test_demo_page_escapes_and_names_the_method() -> None:
    page = demo.demo_page("lexrank")
    assert 'data-method="lexrank"' in page
    assert page.count('<li class="comment">') == 11
    assert "<script" not in page.replace('<script src="/widget.js"', "")
