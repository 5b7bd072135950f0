"""The ``/demo`` page: a bundled article rendered as a news page, with the widget.

The article is the suite's page dump ``002_*.txt`` (a defence-news article with the
site's menus, an author box and eleven reader comments). Its parts are placed by
line number below; ``tests/test_service_pages.py`` checks every placement against
the hand labels in ``tests/data/pages/seeds``, so the page's article is the
labelled body and its comment thread the labelled comments. Everything taken from
the file is HTML-escaped.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape

from summarizer.errors import InputError

DEMO_ARTICLE = "articles/002_ad0407a9d237ef29.txt"

# Line numbers (1-based) in the page dump.
SECTION_LINE = 5
TITLE_LINE = 7
TAGS_LINE = 9
CAPTION_LINE = 10
BODY_LINES = range(12, 43)
HEADING_LINES = (14, 28)
BYLINE_LINES = (44, 48)
COMMENT_LINES = range(52, 129)

_MENU = ("Home", "Military", "Defense", "Ukraine War", "Podcasts", "About")
_COMMENT_START = re.compile(r"^\s{2}(\d+)\.\s+(.+)$")


def _suite_file(relative: str) -> str:
    from eval.data import find_suite

    try:
        return (find_suite() / relative).read_text(encoding="utf-8")
    except OSError:
        raise InputError(f"the demo article {relative} is missing from the suite") from None


def _lines() -> list[str]:
    return _suite_file(DEMO_ARTICLE).splitlines()


def _line(lines: list[str], number: int) -> str:
    return escape(lines[number - 1].strip())


def comments(lines: list[str]) -> list[tuple[str, str, list[str]]]:
    """The reader comments: (name, date, paragraphs), in order."""
    found: list[tuple[str, str, list[str]]] = []
    for number in COMMENT_LINES:
        text = lines[number - 1]
        start = _COMMENT_START.match(text)
        if start:
            found.append((start.group(2).strip(), "", []))
        elif text.strip() and found:
            name, date, paragraphs = found[-1]
            if not date:
                found[-1] = (name, text.strip(), paragraphs)
            else:
                paragraphs.append(text.strip())
    return found


def _article(lines: list[str]) -> str:
    parts = []
    for number in BODY_LINES:
        if not lines[number - 1].strip():
            continue
        tag = "h2" if number in HEADING_LINES else "p"
        parts.append(f"<{tag}>{_line(lines, number)}</{tag}>")
    return "\n".join(parts)


def _comment_thread(lines: list[str]) -> str:
    items = []
    for name, date, paragraphs in comments(lines):
        text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        items.append(f'<li class="comment"><div class="comment-author">{escape(name)}</div>'
                     f'<time class="comment-date">{escape(date)}</time>'
                     f'<div class="comment-content">{text}</div></li>')
    return "\n".join(items)


@cache
def demo_page(method: str) -> str:
    """The demo news page, whose widget asks for ``method`` (a registered name)."""
    lines = _lines()
    menu = "".join(f'<li><a href="#">{item}</a></li>' for item in _MENU)
    byline, bio = (_line(lines, n) for n in BYLINE_LINES)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_line(lines, TITLE_LINE)} | Smart Bombs</title>
<link rel="stylesheet" href="/static/demo.css"></head>
<body>
<header class="site-header"><div class="brand">19FortyFive</div>
<nav aria-label="Sections"><ul class="menu">{menu}</ul></nav>
<form class="search" role="search"><label for="q">Hi, what are you looking for?</label>
<input id="q" type="search"></form></header>
<main>
<p class="section">{_line(lines, SECTION_LINE)}</p>
<article class="post">
<h1>{_line(lines, TITLE_LINE)}</h1>
<p class="tags">{_line(lines, TAGS_LINE)}</p>
<figure><div class="photo" role="img" aria-label="photo"></div>
<figcaption>{_line(lines, CAPTION_LINE)}</figcaption></figure>
<div class="entry-content">
{_article(lines)}
</div>
<p class="byline">{byline}</p>
</article>
<aside class="author-box"><h3>Written By</h3><p>{bio}</p></aside>
<section id="comments" class="comments-area"><h2 class="comments-title">Reader comments</h2>
<ol class="comment-list">
{_comment_thread(lines)}
</ol>
<h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
</main>
<footer class="site-footer"><ul class="menu">{menu}</ul><p>© 19FortyFive</p></footer>
<script src="/widget.js" data-method="{escape(method)}" defer></script>
</body></html>
"""
