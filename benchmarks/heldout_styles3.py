"""Held-out page styles, batch 5: written after the rules were frozen at commit a1677d6.

Seven kinds of real page no earlier batch shows: a sports site (league table,
"Match report" box with goal minutes and line-ups), a government press page
("For immediate release", "Notes to editors" in full sentences, "Ends", a
media-contact block), a newsletter platform post (Subscribe / Like / Comment /
Restack buttons, a "Thanks for reading" box, a footer of past posts with like
counts), a lifestyle blog (an affiliate disclosure above the text, "Pin it",
"Jump to", an "About me" sidebar in the first person), a syndicated story on an
aggregator ("Story by X • 2h", "Originally published at", "More from X", a tag
cloud, reaction counts), a regional English-language site written by
non-native editors ("Read also:", "Source:", view counts, "Kindly note"), and
an image gallery ("1 of 12", "Expand", credits in parentheses, "Next image").

Every string is invented; the article paragraphs come from CNN/DailyMail.
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

CLUBS = ("Harbour Rovers", "Eastmoor United", "Kelso Bay FC", "Tarnby Athletic",
         "Ridgeline City", "Northgate Wanderers")


def _paras(article: Article, every: Callable[[int], list[Line]] | None = None) -> list[Line]:
    """The article's paragraphs as labelled lines (see ``page_parts.body_lines``)."""
    return parts.body_lines(article.paragraphs, every=every)


def style_sports(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A sports site: scores ticker, league table, "Match report" box with minutes and line-ups."""
    home, away = rng.sample(CLUBS, k=2)
    goals = (rng.randint(0, 4), rng.randint(0, 4))
    ticker = [(f"{a} {rng.randint(0, 3)}-{rng.randint(0, 3)} {b}", "navigation")
              for a, b in (rng.sample(CLUBS, k=2) for _ in range(3))]
    table: list[Line] = [("Pos Team P W D L GD Pts", "other")]
    for pos, club in enumerate(rng.sample(CLUBS, k=5), start=1):
        played = rng.randint(20, 30)
        table.append((f"{pos} {club} {played} {rng.randint(8, 18)} {rng.randint(2, 8)} "
                      f"{rng.randint(2, 8)} {rng.randint(-10, 30)} {rng.randint(30, 60)}", "other"))
    scorers = [(f"{parts.name(rng)} {rng.randint(2, 90)}'", "other") for _ in range(2)]
    return [("Scores & Fixtures", "navigation"), *ticker, BLANK,
            ("Football", "navigation"), (article.title, "title"),
            (f"{parts.name(rng)}, Chief Football Writer", "byline"),
            (parts.date(rng, style=1), "byline"), BLANK,
            ("Match report", "other"), (f"{home} {goals[0]}-{goals[1]} {away}", "other"),
            ("Full-time", "other"), *scorers,
            (f"Attendance: {rng.randint(8, 60)},{rng.randint(100, 999)}", "other"), BLANK,
            *_paras(article),
            (f"{home}: {', '.join(parts.name(rng).split()[1] for _ in range(5))}.", "other"),
            (f"{away}: {', '.join(parts.name(rng).split()[1] for _ in range(5))}.", "other"),
            (f"Referee: {parts.name(rng)}", "other"), BLANK,
            ("League table", "other"), *table, ("View full table", "navigation"), BLANK,
            ("More Football", "related"), *((h, "related") for h in rng.sample(others, k=3))]


def style_government(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A government press page: release header, notes to editors, media contact."""
    dept = f"Department for {rng.choice(('Transport', 'Health', 'Housing', 'Education'))}"
    officer = parts.name(rng)
    return [("An official website of the government", "navigation"),
            ("Here's how you know", "navigation"), BLANK, ("News and communications", "navigation"),
            ("Press release", "navigation"), (article.title, "title"),
            (f"From: {dept}", "byline"), (f"Published {parts.date(rng, style=1)}", "byline"),
            ("FOR IMMEDIATE RELEASE", "other"), BLANK, *_paras(article), ("Ends", "other"),
            BLANK, ("Notes to editors", "other"),
            ("1. The figures in this release are provisional and will be revised when the full "
             "data are published in the spring.", "other"),
            ("2. The department is responsible for policy in England only; the devolved "
             "administrations set their own.", "other"), BLANK,
            ("Media enquiries", "other"), (f"{officer}, press officer", "other"),
            (f"Telephone: 020 7946 {rng.randint(1000, 9999)}", "other"), BLANK,
            ("Is this page useful?", "navigation"), ("Yes No", "navigation"),
            ("Report a problem with this page", "navigation"),
            ("All content is available under the Open Government Licence v3.0, except where "
             "otherwise stated", "other")]


def style_newsletter_post(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A newsletter platform post: buttons, a "Thanks for reading" box, past posts."""
    pub = f"{rng.choice(parts.FIRST)}'s {rng.choice(('Dispatch', 'Notebook', 'Field Notes'))}"
    author = parts.name(rng)
    likes, comments = rng.randint(5, 400), rng.randint(0, 80)
    past: list[Line] = []
    for headline in rng.sample(others, k=3):
        past += [(headline, "related"),
                 (f"{rng.choice(parts.MONTHS)[:3]} {rng.randint(1, 28)} • {author}", "related"),
                 (str(rng.randint(3, 90)), "related")]
    buttons = [(str(likes), "navigation"), (str(comments), "navigation"),
               ("Share", "navigation")]
    return [(pub, "navigation"), ("Subscribe", "navigation"), ("Sign in", "navigation"), BLANK,
            (article.title, "title"),
            (rng.choice(others), "other"),  # the deck under the headline
            (author, "byline"), (parts.date(rng, style=1), "byline"), *buttons, BLANK,
            *_paras(article),
            (f"Thanks for reading {pub}! Subscribe for free to receive new posts and support "
             "my work.", "other"),
            ("Type your email…", "other"), ("Subscribe", "navigation"), BLANK,
            *buttons, ("Restack", "navigation"), BLANK,
            ("Discussion about this post", "comments"), ("Comments", "comments"),
            ("Restacks", "navigation"), BLANK,
            ("Ready for more?", "other"), BLANK, *past,
            (f"© {rng.randint(2022, 2024)} {author}", "other"),
            ("Privacy ∙ Terms ∙ Collection notice", "navigation")]


def style_lifestyle(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A lifestyle blog: affiliate disclosure on top, "Pin it", a first-person About me box."""
    blogger = rng.choice(parts.FIRST)

    def pin(number: int) -> list[Line]:
        return [("Pin it!", "navigation"), BLANK] if number % 4 == 0 else []

    return [(f"{blogger} & Co.", "navigation"), ("Home  Style  Travel  Home  Shop", "navigation"),
            BLANK, (article.title, "title"),
            (f"Posted on {parts.date(rng, style=1)} by {blogger}", "byline"),
            (f"{rng.randint(2, 40)} Comments", "navigation"), BLANK,
            ("This post may contain affiliate links, which means I may receive a small "
             "commission, at no cost to you, if you make a purchase through a link.", "other"),
            BLANK, ("Jump to", "navigation"), BLANK, *_paras(article, every=pin),
            ("Shop the post", "other"), ("Linen shirt – $48", "other"),
            ("Woven tote – $120", "other"), BLANK,
            ("You might also love", "related"), *((h, "related") for h in rng.sample(others, k=2)),
            BLANK, ("About me", "other"),
            (f"Hi, I'm {blogger}! I'm a mum of two, a coffee addict and a sucker for a good "
             "linen shirt. Welcome to my little corner of the internet.", "other"),
            ("Leave a Comment Cancel reply", "comments"), ("Comment *", "comments")]


def style_aggregator(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A syndicated story on an aggregator: source badge, reactions, "More from", tag cloud."""
    source = rng.choice(parts.SITES)
    tags = " ".join(f"#{t.lower()}" for t in rng.sample(parts.SECTIONS, k=4))
    return [("News Feed", "navigation"), ("For you  Following  Local", "navigation"), BLANK,
            (source, "byline"), (f"Story by {parts.name(rng)} • {rng.randint(1, 11)}h",
                                 "byline"), BLANK,
            (article.title, "title"), BLANK, *_paras(article),
            (f"Originally published at {source}", "other"),
            (f"👍 {rng.randint(2, 300)} 😮 {rng.randint(0, 40)} 😢 {rng.randint(0, 40)}",
             "navigation"),
            ("Continue reading on the original site", "navigation"), BLANK,
            (f"More from {source}", "related"), *((h, "related") for h in rng.sample(others, k=3)),
            BLANK, (tags, "navigation"), ("See full coverage", "navigation")]


def style_regional_english(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A regional English-language site edited by non-native speakers."""
    def read_also(number: int) -> list[Line]:
        return [(f"Read also: {rng.choice(others)}", "related"), BLANK] if number == 3 else []

    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2024)
    return [("Main page", "navigation"), ("Region  Economy  Society  Culture", "navigation"),
            BLANK, (f"{day:02d}.{month:02d}.{year}, {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
                    "byline"),
            (article.title, "title"), (f"Views: {rng.randint(1, 9)} {rng.randint(100, 999)}",
                                       "navigation"), BLANK,
            *_paras(article, every=read_also),
            (f"Source: {rng.choice(parts.SITES)}", "other"),
            (f"Photo: {parts.name(rng)}", "caption"), BLANK,
            ("Kindly note that the opinion of the authors may not coincide with the position of "
             "the editorial office.", "other"),
            ("If you found a mistake, please highlight it and press Ctrl+Enter.", "other"),
            ("Subscribe to our channel in Telegram", "other"), BLANK,
            ("Print version", "navigation"), ("News of the day", "related"),
            *((h, "related") for h in rng.sample(others, k=3))]


def style_gallery_pages(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A gallery page: slide counters, "Expand", credits in parentheses, then the article."""
    total = rng.randint(8, 20)
    slides: list[Line] = []
    for number in range(1, rng.randint(2, 4) + 1):
        slides += [(f"{number} of {total}", "navigation"), ("Expand", "navigation"),
                   (f"{rng.choice(parts.CAPTION_SUBJECTS)}. ({parts.name(rng)} / "
                    f"{rng.choice(parts.AGENCIES)})", "caption")]
    return [(rng.choice(parts.SITES), "navigation"), ("Photos", "navigation"), BLANK,
            (article.title, "title"), (f"By {parts.name(rng)}", "byline"),
            (parts.date(rng, style=3), "byline"), BLANK, *slides,
            ("Next image", "navigation"), BLANK, *_paras(article),
            ("Open gallery", "navigation"), (f"{total} photos", "navigation"), BLANK,
            ("Trending in Photos", "related"), *((h, "related") for h in rng.sample(others, k=3))]


FIFTH_BATCH: dict[str, Style] = {
    "sports": style_sports, "government": style_government,
    "newsletterpost": style_newsletter_post, "lifestyle": style_lifestyle,
    "aggregator": style_aggregator, "regionalenglish": style_regional_english,
    "gallerypages": style_gallery_pages,
}

# First run, rules of a1677d6 untouched (seeds 0-3, 4 pages per style, 28 pages):
# recall 0.995 / 0.998 / 0.993 / 0.996, leak 10.32% / 10.68% / 10.47% / 8.67%.
# Leaks: a press release's numbered "Notes to editors", a regional site's closing
# "Kindly note ..." and "If you found a mistake ..." lines, a sports report's
# line-ups ("Club: Name, Name, Name."), a newsletter's "Thanks for reading X!
# Subscribe ..." box, a "Pin it!" button inside the text.
