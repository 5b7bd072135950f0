"""Held-out page styles, written after the cleaner's rules were frozen.

First batch (regional … photo): after commit e6ba560; the rules were then changed
once after seeing its results (commit 692be2a). Second batch (gallery, threaded,
release): written after that commit, with no rule change since.

They use furniture the development styles (page_parts.py) never show: weather
bars, "Listen to this article", live-blog time stamps, Disqus-style threads with
vote arrows, newsletter-platform footers, parenthesised photo credits. Results
on them are reported separately and the rules were not tuned on them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

import page_parts as parts
from page_parts import BLANK, Line

if TYPE_CHECKING:
    from make_pages import Article

Style = Callable[[random.Random, "Article", list[str]], list[Line]]


def _paragraphs(article: Article, label: str = "body") -> list[Line]:
    out: list[Line] = []
    for paragraph in article.paragraphs:
        out += [(paragraph, label), BLANK]
    return out


def style_regional(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A regional paper: weather bar, e-edition links, filed-under, reader responses."""
    out: list[Line] = [
        (f"Weather: {rng.randint(-3, 31)}°C, {rng.choice(('cloudy', 'sunny', 'showers'))}",
         "navigation"),
        ("Today's Paper", "navigation"), ("Obituaries", "navigation"),
        ("Classifieds", "navigation"), BLANK, (article.title, "title"),
        (f"Posted {parts.date(rng, style=1)} by {parts.name(rng)}", "byline"),
        ("Listen to this article", "navigation"), BLANK,
    ]
    for number, (text, label) in enumerate(_paragraphs(article)):
        out.append((text, label))
        if number == 6:
            out += [("Story continues below", "navigation"), BLANK]
    out += [(f"Filed under: {', '.join(rng.sample(parts.SECTIONS, k=2))}", "navigation"),
            BLANK, (f"Reader responses ({rng.randint(2, 4)})", "comments")]
    for _ in range(rng.randint(2, 4)):
        out += [(f"{rng.choice(parts.HANDLES)} wrote on {rng.randint(1, 28)}/"
                 f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2024)}:", "comments"),
                (parts.comment_text(rng), "comments"), ("Flag as inappropriate", "comments"),
                BLANK]
    return out


def style_liveblog(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A live page: "LIVE" badge, time stamps before each update, key-points box."""
    out: list[Line] = [("LIVE", "navigation"), (article.title, "title"), BLANK,
                       ("Key points", "heading")]
    out += [(f"• {headline}", "related") for headline in rng.sample(others, k=2)]
    out.append(BLANK)
    for paragraph in article.paragraphs:
        out += [(f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} GMT", "byline"),
                (paragraph, "body"), BLANK]
    out += [("Show more updates", "navigation"), ("Back to top", "navigation")]
    return out


def style_disqus(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A blog with a Disqus-like thread: vote arrows, "— 3 days ago", sort menu."""
    out: list[Line] = [(rng.choice(parts.SITES), "navigation"), BLANK, (article.title, "title"),
                       BLANK, *_paragraphs(article),
                       (f"{rng.randint(3, 40)} comments", "comments"),
                       ("Sort by Best", "comments"), BLANK]
    for _ in range(rng.randint(2, 5)):
        out += [(f"{rng.choice(parts.HANDLES)} — {rng.randint(2, 9)} days ago", "comments"),
                (parts.comment_text(rng), "comments"),
                (f"{rng.randint(0, 30)} ▲ ▼ Reply", "comments"), BLANK]
    return out


def style_newsletter(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A newsletter platform post: subscribe buttons, likes, "Discover more" footer."""
    site = rng.choice(parts.SITES)
    return [(site, "navigation"), ("Subscribe", "navigation"), ("Sign in", "navigation"), BLANK,
            (article.title, "title"), (parts.name(rng), "byline"),
            (parts.date(rng, style=1), "byline"), BLANK, *_paragraphs(article),
            (f"{rng.randint(5, 90)} Likes", "navigation"), ("Share", "navigation"), BLANK,
            (f"Discover more from {site}", "related"),
            ("Type your email...", "other"), ("Continue reading", "navigation"),
            (f"© {rng.randint(2020, 2024)} {site}", "other")]


def style_photo(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Photo-led pages: captions with the credit in parentheses, no keyword, after paragraphs."""
    out: list[Line] = [(article.title, "title"), BLANK]
    for number, paragraph in enumerate(article.paragraphs):
        out += [(paragraph, "body"), BLANK]
        if number % 3 == 1:
            out += [(f"{rng.choice(parts.CAPTION_SUBJECTS)}. ({parts.name(rng)} / "
                     f"{rng.choice(parts.SITES)})", "caption"), BLANK]
    return out


# Second batch: written after the rules were frozen again (commit 692be2a).


def style_gallery(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Gallery counters, "for" photo credits without a keyword, scroll-to-continue ads."""
    out: list[Line] = [(article.title, "title"), BLANK]
    total = rng.randint(4, 9)
    for number, paragraph in enumerate(article.paragraphs):
        if number % 4 == 0:
            out += [(f"{number // 4 + 1} of {total}", "navigation"),
                    (f"{rng.choice(parts.CAPTION_SUBJECTS)} ({parts.name(rng)} for "
                     f"{rng.choice(parts.SITES)})", "caption"), BLANK]
        out += [(paragraph, "body"), BLANK]
        if number == 3:
            out += [("Advertisement - scroll to continue", "navigation"), BLANK]
    return out


def style_threaded(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A forum-like thread: u/handles, points, "level 2", "Continue this thread"."""
    out: list[Line] = [(f"r/{rng.choice(parts.SECTIONS).lower()}", "navigation"),
                       (f"Posted by u/{rng.choice(parts.HANDLES).replace(' ', '_')}", "byline"),
                       (article.title, "title"), BLANK, *_paragraphs(article),
                       (f"{rng.randint(20, 400)} comments", "comments"), BLANK]
    for level in range(1, rng.randint(3, 5)):
        out += [(f"level {level}", "comments"),
                (f"u/{rng.choice(parts.HANDLES).replace(' ', '_')} · {rng.randint(1, 23)}h",
                 "comments"), (parts.comment_text(rng), "comments"),
                (f"{rng.randint(1, 900)} points", "comments")]
    out.append(("Continue this thread", "comments"))
    return out


def style_release(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A press-release page: release line, media contact, "###", a company boilerplate."""
    company = rng.choice(("Norrland Freight", "Calder Biotech", "Ostrava Systems"))
    return [("FOR IMMEDIATE RELEASE", "navigation"), (article.title, "title"), BLANK,
            *_paragraphs(article), ("###", "other"), BLANK, (f"About {company}", "other"),
            (f"{company} is a leading provider of logistics software for mid-sized "
             "manufacturers, with offices in six countries and more than 900 employees.",
             "other"),
            (f"Media contact: {parts.name(rng)}, press@{company.split()[0].lower()}.example",
             "other")]


HELD_OUT_STYLES: dict[str, Style] = {
    "regional": style_regional, "liveblog": style_liveblog, "disqus": style_disqus,
    "newsletter": style_newsletter, "photo": style_photo,
    "gallery": style_gallery, "threaded": style_threaded, "release": style_release,
}
SECOND_BATCH = frozenset({"gallery", "threaded", "release"})
"""Written after the second freeze; the rest of HELD_OUT_STYLES is the first batch."""
