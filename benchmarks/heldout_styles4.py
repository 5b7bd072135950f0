"""Held-out page styles, batch 6: written after the rules were frozen at commit ce56c22.

Eight kinds of real page no earlier batch shows: a business-news page (ticker
strip, "Market data" box, quotes-delayed disclaimer, not-investment-advice
line), a science-news site ("Story Source:", "Materials provided by ...",
"Journal Reference:", "Cite This Page:" with formatted citations), a student
newspaper (staff box with roles, "Letters to the editor" prompt in full
sentences), a travel magazine ("Our writer travelled as a guest of ...",
"Getting there" / "Where to stay" booking boxes with prices), a podcast
episode page ("Listen on", running time, show notes with time codes, a
production credit), a health site ("Medically reviewed by", "Last updated",
a how-we-review-content line, a references list, "Was this article helpful?"),
a local paper's page with obituary and legal-notice rails in full sentences,
and an opinion column (headshot caption, "The views expressed ...", a bio in
no newsroom job, a respond-to-this prompt).

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

TICKERS = ("NWGT", "HRBL", "CBLT", "MRDN", "LNTN", "RDGL", "KSBY", "TRNB")
UNIVERSITIES = ("University of Northgate", "Harbour Institute of Technology",
                "Ridgeline State University", "Kelso Bay University")
JOURNALS = ("Journal of Applied Ecology Letters", "Proceedings of the Coastal Society",
            "Annals of Clinical Findings", "Frontiers in Marine Processes")
TOWNS = ("Eastmoor", "Tarnby", "Kelso Bay", "Northgate", "Ridgeline", "Harbourside")


def _paras(article: Article, every: Callable[[int], list[Line]] | None = None) -> list[Line]:
    """The article's paragraphs as labelled lines (see ``page_parts.body_lines``)."""
    return parts.body_lines(article.paragraphs, every=every)


def _move(rng: random.Random) -> str:
    sign = rng.choice("+-")
    return f"{sign}{rng.randint(0, 4)}.{rng.randint(0, 99):02d}%"


def style_business(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Business news: ticker strip, "Market data" box, delayed-quotes and advice disclaimers."""
    strip = "  ".join(f"{t} {_move(rng)}" for t in rng.sample(TICKERS, k=4))
    picks = rng.sample(TICKERS, k=3)
    box: list[Line] = [("Market data", "other")]
    for ticker in picks:
        box.append((f"{ticker} {rng.randint(10, 400)}.{rng.randint(0, 99):02d} {_move(rng)}",
                    "other"))
    return [("Markets  Companies  Economy  Personal Finance", "navigation"), (strip, "navigation"),
            BLANK, ("Companies", "navigation"), (article.title, "title"),
            (f"{parts.name(rng)}, Markets Correspondent", "byline"),
            (parts.date(rng, style=4), "byline"), BLANK,
            *_paras(article)[:4], *box, BLANK, *_paras(article)[4:],
            (f"Companies in this story: {', '.join(picks)}", "other"),
            ("Market data provided by a third-party vendor. Quotes are delayed by at least "
             "15 minutes unless otherwise indicated.", "other"),
            ("This content is for information only and should not be taken as a recommendation "
             "to buy or sell any security.", "other"), BLANK,
            ("Most popular in Markets", "related"),
            *((h, "related") for h in rng.sample(others, k=3))]


def style_science(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A science-news site: story source, journal reference, "Cite This Page" formats."""
    uni, journal = rng.choice(UNIVERSITIES), rng.choice(JOURNALS)
    authors = ", ".join(f"{rng.choice(parts.FIRST)[0]}. {rng.choice(parts.LAST)}"
                        for _ in range(rng.randint(2, 4)))
    year = rng.randint(2019, 2024)
    doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(('jae', 'pcs'))}.{rng.randint(100, 999)}"
    return [("Science News", "navigation"), ("from research organizations", "navigation"), BLANK,
            (article.title, "title"), (f"Date: {parts.date(rng, style=1)}", "byline"),
            (f"Source: {uni}", "other"), BLANK, ("Summary:", "other"),
            (f"{article.title}, researchers report.", "other"), BLANK,
            ("Full Story", "navigation"), BLANK,
            *_paras(article),
            ("Story Source:", "other"),
            (f"Materials provided by {uni}. Note: Content may be edited for style and length.",
             "other"), BLANK,
            ("Journal Reference:", "other"),
            (f"{authors}. {article.title}. {journal}, {year}; {rng.randint(3, 60)} "
             f"({rng.randint(1, 12)}): {rng.randint(100, 900)} DOI: {doi}", "other"), BLANK,
            ("Cite This Page:", "other"), ("MLA APA Chicago", "navigation"),
            (f"{uni}. \"{article.title}.\" ScienceDaily. ScienceDaily, "
             f"{parts.date(rng, style=1)}.", "other"), BLANK,
            ("Related Stories", "related"), *((h, "related") for h in rng.sample(others, k=3))]


def style_student(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A student newspaper: staff box, letters-to-the-editor prompt in full sentences."""
    paper = f"The {rng.choice(TOWNS)} {rng.choice(('Chronicle', 'Beacon', 'Clarion'))}"
    staff = [(f"{role}: {parts.name(rng)}", "other") for role in
             ("Editor-in-Chief", "Managing Editor", "News Editor", "Faculty Adviser")]
    return [(paper, "navigation"), ("The student voice since 1921", "navigation"),
            ("News  Opinion  Arts  Sports  Archives", "navigation"), BLANK,
            (article.title, "title"), (f"{parts.name(rng)}, Staff Writer", "byline"),
            (parts.date(rng, style=0), "byline"), BLANK, *_paras(article),
            ("Letters to the editor", "other"),
            ("Have something to say? We welcome letters of no more than 300 words. Letters must "
             "include the writer's name, class year and major, and may be edited for length "
             "and clarity.", "other"), BLANK,
            ("Staff", "other"), *staff, BLANK,
            (f"{paper} is published weekly during the academic year by students of "
             f"{rng.choice(UNIVERSITIES)}.", "other")]


def style_travel(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A travel magazine: hosted-trip disclosure, "Getting there" and "Where to stay" boxes."""
    town = rng.choice(TOWNS)
    return [("Destinations  Inspiration  Hotels  Deals", "navigation"), BLANK,
            (article.title, "title"), (f"Words and pictures: {parts.name(rng)}", "byline"),
            BLANK, *_paras(article),
            (f"Our writer travelled as a guest of Visit {town} and stayed at the Harbour "
             "Lodge.", "other"), BLANK,
            ("Getting there", "other"),
            (f"Return flights to {town} start from £{rng.randint(90, 600)} with regional "
             "carriers; the journey by rail takes about four hours.", "other"),
            ("Where to stay", "other"),
            (f"Doubles at the Harbour Lodge cost from £{rng.randint(80, 300)} a night, "
             "including breakfast.", "other"),
            ("Prices were correct at the time of publication.", "other"),
            (f"Book now  Check availability  Compare deals in {town}", "navigation"), BLANK,
            ("More travel inspiration", "related"),
            *((h, "related") for h in rng.sample(others, k=3))]


def style_podcast(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A podcast episode page: "Listen on", running time, show notes, production credits."""
    show = f"The {rng.choice(('Morning', 'Weekly', 'Long'))} {rng.choice(('Brief', 'Read'))}"
    minutes = rng.randint(18, 70)
    notes = [(f"{minute:02d}:{rng.randint(0, 59):02d} {parts.subheading(rng, paragraph)}", "other")
             for minute, paragraph in enumerate(article.paragraphs[:3])]
    return [(show, "navigation"), ("Episodes  About  Subscribe", "navigation"), BLANK,
            (f"Episode {rng.randint(20, 400)}", "navigation"), (article.title, "title"),
            (f"{minutes} min  ·  {parts.date(rng, style=1)}", "byline"),
            ("Listen on Apple Podcasts | Spotify | YouTube | RSS", "navigation"), BLANK,
            ("Show notes", "other"), *notes, BLANK, *_paras(article),
            (f"This episode was produced by {parts.name(rng)} and mixed by {parts.name(rng)}. "
             "Our theme music is by Blue Dot Sessions.", "other"),
            ("If you enjoy the show, please rate and review it wherever you listen; it helps "
             "other people find it.", "other"), BLANK,
            ("Transcript", "navigation"), ("More episodes", "related"),
            *((h, "related") for h in rng.sample(others, k=2))]


def style_health(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A health site: medical reviewer, last updated, review policy, references, feedback."""
    refs: list[Line] = [("References", "other")]
    titles = (article.title, *others)
    for number in range(1, rng.randint(3, 5)):
        refs.append((f"{number}. {rng.choice(parts.LAST)} {rng.choice('ABCDK')}, "
                     f"{rng.choice(parts.LAST)} {rng.choice('ABCDK')}. {rng.choice(titles)}. "
                     f"{rng.choice(JOURNALS)}. {rng.randint(2010, 2024)};{rng.randint(1, 80)}:"
                     f"{rng.randint(10, 900)}.", "other"))
    return [("Health A-Z  Conditions  Wellness  Tools", "navigation"), BLANK,
            (article.title, "title"),
            (f"Medically reviewed by Dr. {parts.name(rng)}, MD", "byline"),
            (f"Written by {parts.name(rng)}", "byline"),
            (f"Last updated: {parts.date(rng, style=1)}", "byline"), BLANK,
            ("We only use quality, credible sources to ensure content accuracy and integrity. "
             "You can learn more about how we ensure our content is accurate and current by "
             "reading our editorial policy.", "other"), BLANK,
            *_paras(article), *refs, BLANK,
            ("Was this article helpful?", "navigation"), ("Yes  No", "navigation"), BLANK,
            ("Read this next", "related"), *((h, "related") for h in rng.sample(others, k=3))]


def style_notices(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A local paper with obituary and legal-notice rails written as sentences."""
    town = rng.choice(TOWNS)
    deceased = parts.name(rng)
    return [(f"{town} Gazette", "navigation"), ("News  Sports  Obituaries  Classifieds",
                                                 "navigation"), BLANK,
            (article.title, "title"), (f"By {parts.name(rng)}", "byline"),
            (parts.date(rng, style=0), "byline"), BLANK, *_paras(article),
            ("Obituaries", "other"),
            (f"{parts.name(rng)}, {rng.randint(60, 99)}, of {town}, passed away peacefully at "
             "home surrounded by family.", "other"),
            (f"{parts.name(rng)}, {rng.randint(60, 99)}, a lifelong resident of "
             f"{rng.choice(TOWNS)}, died on {parts.date(rng, style=1)}.", "other"),
            ("Sign the guest book", "navigation"), BLANK,
            ("Legal Notices", "other"),
            (f"NOTICE TO CREDITORS: All persons having claims against the estate of {deceased}, "
             "deceased, must present them within four months after the date of first "
             "publication of this notice or be forever barred.", "other"),
            (f"The {town} Planning Board will hold a public hearing on the application at 7 p.m. "
             "in the municipal building, where all interested parties may be heard.", "other"),
            ("Place a notice", "navigation")]


def style_opinion(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """An opinion column: headshot caption, views-expressed line, an outside bio, a prompt."""
    author = parts.name(rng)
    town = rng.choice(TOWNS)
    bio = rng.choice((
        f"{author} is a retired schoolteacher who lives in {town}.",
        f"{author} is the former chair of the {town} Chamber of Commerce and a longtime "
        "volunteer.",
        f"{author} has lived in {town} for thirty years and runs a small bakery there.",
    ))
    return [("Opinion", "navigation"), ("Guest column", "navigation"), BLANK,
            (article.title, "title"), (f"{author} headshot", "caption"),
            (f"By {author}", "byline"), (parts.date(rng, style=1), "byline"), BLANK,
            *_paras(article), (bio, "byline"), BLANK,
            ("The views expressed in this column are those of the writer and do not necessarily "
             "reflect those of this newspaper.", "other"),
            ("Want to respond? Submit a letter of up to 250 words or a guest column of up to 600 "
             "words.", "other"), BLANK,
            ("More Opinion", "related"), *((h, "related") for h in rng.sample(others, k=3))]


SIXTH_BATCH: dict[str, Style] = {
    "business": style_business, "science": style_science, "student": style_student,
    "travel": style_travel, "podcast": style_podcast, "health": style_health,
    "notices": style_notices, "opinion": style_opinion,
}
