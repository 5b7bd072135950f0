"""Held-out page styles, batch 3: written before any rule change of that round.

Each style imitates a kind of real news page the earlier batches never show:
a public broadcaster ("Related Topics", "More on this story", "Image source,"
captions), a wire story (dateline, "contributed to this report", a copyright
and redistribution notice), a local paper (weather widget, "Advertisement"
between paragraphs, sponsored teasers written as sentences, a numbered "Most
Read" list), a tech blog (sidebar, "Filed under", author box with a handle,
nested comments with "Reply ↓" / "Like (3)" / "Report"), a long read (captions
above a separate "Photograph:" credit, pull quotes taken from later paragraphs,
an "amended" correction, a "Topics" list), a paywalled page (a few paragraphs,
then the paywall and a footer of full sentences), a live page whose time-stamped
updates are the body, a short-paragraph explainer (quotes on their own lines,
bulleted sentences, and body sentences about comments, replies and dates), and a
community page whose reader comments carry neither dates nor buttons.

Every string is invented; the article paragraphs come from CNN/DailyMail.

First run, rules as of commit 5e48dee, untouched (``python benchmarks/cleaning.py
--seed N``, 4 pages per style, 36 pages): body recall 0.913 / 0.925 / 0.956 /
0.934 and chrome leak 16.01% / 16.80% / 22.17% / 23.58% for seeds 0-3; after a
generator fix (the explainer could insert the same invented sentence twice, an
exact repeat the cleaner rightly drops), still with the rules untouched: 0.915 /
0.929 / 0.958 / 0.932 and 15.00% / 16.71% / 22.22% / 22.67%. Misses:
live updates whose time stamps split the body into runs of one paragraph.
Leaks: paywall and footer sentences, sponsored teasers, contributor lines, the
redistribution notice, an "amended" correction, pull quotes, captions with a
full stop over a credit line, and undated comments without buttons.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import page_parts as parts
from page_parts import BLANK, Line

if TYPE_CHECKING:
    from make_pages import Article

Style = Callable[[random.Random, "Article", list[str]], list[Line]]

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘']?[A-Z0-9])")
CITIES = ("WASHINGTON", "BRUSSELS", "NAIROBI", "LIMA", "OSLO", "MANILA")
WIRES = (("Northern Wire Service", "NWS"), ("Meridian Press", "MP"))
TOPICS = ("Housing", "Climate", "Local elections", "Transport", "Courts", "Schools",
          "Energy", "Immigration")


def _body(article: Article, *, every: Callable[[int], list[Line]] | None = None) -> list[Line]:
    """The article's paragraphs as labelled lines (see ``page_parts.body_lines``)."""
    return parts.body_lines(article.paragraphs, every=every)


def _headlines(rng: random.Random, others: list[str], k: int, label: str = "related") -> list[Line]:
    return [(headline, label) for headline in rng.sample(others, k=k)]


def style_broadcaster(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A public broadcaster: menu one word per line, "Image source," captions, topic lists."""
    author = parts.name(rng)
    menu = ["Skip to content", "Home", "News", "Sport", "Weather", "Sounds", "More"]

    def image(number: int) -> list[Line]:
        if number % 5:
            return []
        return [(f"Image source, {rng.choice(parts.AGENCIES)}", "caption"),
                (f"Image caption, {rng.choice(parts.CAPTION_SUBJECTS)}", "caption"), BLANK]

    return [*((item, "navigation") for item in menu), BLANK,
            (rng.choice(parts.SECTIONS), "navigation"), BLANK, (article.title, "title"), BLANK,
            ("Published", "byline"), (parts.date(rng, style=2), "byline"),
            ("Share", "navigation"), ("Save", "navigation"), BLANK,
            (f"By {author}", "byline"), (f"{rng.choice(parts.SECTIONS)} correspondent", "byline"),
            BLANK, *image(0), *_body(article, every=image),
            ("Related Topics", "related"),
            *((topic, "related") for topic in rng.sample(TOPICS, k=3)), BLANK,
            ("More on this story", "related"), *_headlines(rng, others, 3), BLANK,
            ("Top Stories", "related"), *_headlines(rng, others, 3), BLANK,
            ("Terms of Use", "navigation"), ("Privacy Policy", "navigation"),
            ("Accessibility Help", "navigation"),
            (f"Copyright © {rng.randint(2020, 2024)} {rng.choice(parts.SITES)}. We are not "
             "responsible for the content of external sites. Read about our approach to "
             "external linking.", "other")]


def style_agency(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A wire story: dateline, upper-case byline, contributor line, redistribution notice."""
    wire, short = rng.choice(WIRES)
    first = (f"{rng.choice(CITIES)} ({short}) — {article.paragraphs[0]}", "body")
    rest = _body(article)[2:]
    year = rng.randint(2019, 2024)
    notice: list[Line] = [(f"Copyright {year} {wire}. All rights reserved. This material may "
                           "not be published, broadcast, rewritten or redistributed without "
                           "permission.", "other")]
    if rng.random() < 0.5:
        notice = [(f"Copyright {year} {wire}. All rights reserved.", "other"),
                  ("This material may not be published, broadcast, rewritten or "
                   "redistributed.", "other")]
    return [("World  U.S.  Politics  Sports  Entertainment  Business", "navigation"), BLANK,
            (article.title, "title"),
            (f"By {parts.name(rng).upper()} and {parts.name(rng).upper()}", "byline"),
            (f"Updated {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM EDT, "
             f"{rng.choice(parts.MONTHS)} {rng.randint(1, 28)}, {year}", "byline"),
            ("Share", "navigation"), BLANK, first, BLANK, *rest, ("___", "other"),
            (f"{wire} writers {parts.name(rng)} in {rng.choice(CITIES).title()} and "
             f"{parts.name(rng)} contributed to this report.", "byline"), BLANK, *notice,
            BLANK, ("Trending", "related"), *_headlines(rng, others, 3)]


def style_local(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A local paper: weather widget, ads between paragraphs, sponsored teasers, Most Read."""
    def advert(number: int) -> list[Line]:
        if rng.random() < 0.3:
            return [(rng.choice(("Advertisement", "ADVERTISEMENT",
                                 "Story continues below advertisement")), "navigation"), BLANK]
        return []

    most_read: list[Line] = [("Most Read", "related")]
    for number, headline in enumerate(rng.sample(others, k=4), start=1):
        most_read += [(str(number), "related"), (headline, "related")]
    return [(f"{rng.randint(28, 88)}°F", "navigation"), ("Partly Cloudy", "navigation"),
            (f"Hi {rng.randint(60, 90)}° Lo {rng.randint(30, 59)}°", "navigation"),
            (rng.choice(parts.SITES), "navigation"), ("E-Edition", "navigation"),
            ("Obituaries", "navigation"), ("Events", "navigation"), BLANK,
            ("Local News", "navigation"), (article.title, "title"),
            (f"{parts.name(rng)}, Staff Writer", "byline"),
            (f"{parts.date(rng, style=1)} Updated {rng.randint(2, 9)} hrs ago", "byline"), BLANK,
            *_body(article, every=advert),
            ("Sponsored content", "other"),
            ("Homeowners in the county are switching to this solar plan, and the savings are "
             "bigger than you think.", "other"),
            ("Brightfield Energy | Sponsored", "other"),
            ("Why thousands of drivers over 50 are rethinking their car insurance this year.",
             "other"), BLANK, *most_read, BLANK,
            (f"© {rng.randint(2020, 2024)} {rng.choice(parts.SITES)}", "other")]


def _nested_comments(rng: random.Random) -> list[Line]:
    out: list[str] = [f"{rng.randint(3, 30)} comments", ""]
    for _ in range(rng.randint(2, 4)):
        for indent in ("", "    ")[: rng.randint(1, 2)]:
            out += [f"{indent}{rng.choice(parts.HANDLES)}", f"{indent}{parts.date(rng, style=0)}",
                    f"{indent}{parts.comment_text(rng)}",
                    f"{indent}Like ({rng.randint(0, 12)})", f"{indent}Reply ↓",
                    f"{indent}Report", ""]
    out += ["Leave a Reply Cancel reply", "Logged in as reader. Log out?"]
    return [(text, "comments" if text else "other") for text in out]


def style_techblog(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A tech blog: sidebar, Tags / Filed under, author box with a handle, nested comments."""
    author = parts.name(rng)
    handle = author.split()[0].lower() + "_writes"
    sidebar: list[Line] = [("Popular Posts", "related"), *_headlines(rng, others, 3),
                           ("Archives", "navigation"), ("March 2024 (12)", "navigation"),
                           ("February 2024 (9)", "navigation"), ("Categories", "navigation"),
                           ("Gadgets (45)", "navigation"), ("Reviews (112)", "navigation")]
    return [(rng.choice(parts.SITES), "navigation"),
            ("Reviews / News / How-To / Deals / Podcast", "navigation"), BLANK,
            (article.title.title(), "title"), (f"{author} | @{handle}", "byline"),
            (parts.date(rng, style=1), "byline"),
            (f"{rng.randint(3, 30)} comments", "navigation"), BLANK,
            *_body(article), (f"Tags: {', '.join(rng.sample(TOPICS, k=3))}", "navigation"),
            (f"Filed under: {', '.join(rng.sample(parts.SECTIONS, k=2))}", "navigation"), BLANK,
            (f"About {author}", "byline"),
            (f"{author.split()[0]} writes about consumer tech, privacy and the odd gadget that "
             f"actually works. Follow on Twitter @{handle}.", "byline"),
            (f"View all posts by {author}", "navigation"), BLANK, *sidebar, BLANK,
            *_nested_comments(rng)]


def _pull_quote(rng: random.Random, article: Article) -> tuple[int, str] | None:
    """A sentence from a later paragraph, shown earlier in quotation marks."""
    later = [(n, s) for n, p in enumerate(article.paragraphs) if n >= 3
             for s in _SENTENCE.split(p) if len(s.split()) >= 8]
    if not later:
        return None
    number, sentence = rng.choice(later)
    return number, f"“{sentence.strip(chr(34) + '“”')}”"


def style_longread(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A magazine long read: captions over credit lines, a pull quote, a correction, Topics."""
    pull = _pull_quote(rng, article)

    def extras(number: int) -> list[Line]:
        out: list[Line] = []
        if pull is not None and number == pull[0] - 2:
            out += [(pull[1], "other"), BLANK]
        if number % 4 == 2:
            subject = rng.choice(parts.CAPTION_SUBJECTS) + rng.choice((".", ""))
            out += [(subject, "caption"),
                    (f"Photograph: {parts.name(rng)}/{rng.choice(parts.AGENCIES)}", "caption"),
                    BLANK]
        return out

    return [(rng.choice(parts.SITES), "navigation"), ("Culture", "navigation"), BLANK,
            (article.title, "title"), BLANK, (parts.name(rng), "byline"),
            (f"Mon {rng.randint(1, 28)} Mar 2024 07.00 GMT", "byline"), BLANK,
            *_body(article, every=extras),
            (f"This article was amended on {rng.randint(1, 28)} March 2024. An earlier version "
             "gave the wrong date for the hearing.", "other"), BLANK,
            ("Topics", "related"), *((topic, "related") for topic in rng.sample(TOPICS, k=4)),
            ("Reuse this content", "navigation"), BLANK,
            ("Most viewed", "related"), *_headlines(rng, others, 4)]


def style_paywall(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A paywalled page: a few paragraphs, the paywall, a footer written in full sentences."""
    shown = article.paragraphs[: min(len(article.paragraphs), rng.randint(2, 4))]
    site = rng.choice(parts.SITES)
    return [(site, "navigation"), ("Log in", "navigation"), ("Subscribe", "navigation"), BLANK,
            (article.title, "title"), (f"By {parts.name(rng)}", "byline"),
            (parts.date(rng, style=4), "byline"), BLANK,
            *(line for p in shown for line in ((p, "body"), BLANK)),
            ("Subscribe to continue reading", "other"),
            ("You have reached your limit of free articles this month.", "other"),
            ("Subscribe now for just $1 a week. Cancel anytime.", "other"),
            ("Already a subscriber? Log in", "navigation"), BLANK,
            ("We are committed to accurate, fair and independent reporting. If you spot an "
             "error, please contact our standards editor.", "other"),
            ("Our journalism is funded by readers like you, not by billionaire owners or "
             "shareholders.", "other"), BLANK,
            ("About us", "navigation"), ("Contact", "navigation"),
            (f"© {rng.randint(2020, 2024)} {site}", "other")]


def style_liveupdates(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A live page: every update has a time stamp, often a headline, and a Share button."""
    out: list[Line] = [("Live", "navigation"), (article.title, "title"),
                       (f"Updated {rng.randint(2, 50)} minutes ago", "byline"), BLANK,
                       ("Key events", "navigation"), ("Show key events only", "navigation"),
                       BLANK]
    hour = rng.randint(9, 20)
    for number, paragraph in enumerate(article.paragraphs):
        minute = max(0, 55 - 3 * number)
        twelve = f"{(hour - 1) % 12 + 1}.{minute:02d}{'pm' if hour >= 12 else 'am'} BST"
        stamp = rng.choice((f"{hour}:{minute:02d} GMT", twelve, f"{3 * number + 2}m ago"))
        out.append((stamp, "byline"))
        if number == 0:
            out.append(("Pinned post", "navigation"))
        if rng.random() < 0.5:
            out.append((parts.subheading(rng, paragraph), "heading"))
        out += [(paragraph, "body"), ("Share", "navigation"), BLANK]
    return [*out, ("Load more updates", "navigation"), ("Back to top", "navigation")]


MENTIONS = (
    "Officials did not reply to a request for comment on Tuesday.",
    "Comments on the plan can be submitted until March 15, 2024.",
    "Only 12 comments had been received by the deadline, the council said.",
    "In a reply dated 4 May 2023, the ministry said the matter was closed.",
    "Comments are closed on the proposal, but residents can still write to their councillor.",
)


def style_explainer(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """One sentence per paragraph, a bulleted list of sentences, body talk of comments and dates."""
    sentences = [s for p in article.paragraphs for s in _SENTENCE.split(p)]
    start = rng.randrange(max(1, len(sentences) - 3))
    bullet = rng.choice(("•", "-", "*"))
    mentions = rng.sample(MENTIONS, k=2)
    body: list[Line] = []
    for number, sentence in enumerate(sentences):
        if number == start + 1:
            body += [("Here is what we know so far:", "body"), BLANK]
        if start < number <= start + 3:
            body.append((f"{bullet} {sentence}", "body"))
            continue
        if number == start + 4:
            body.append(BLANK)
        body += [(sentence, "body"), BLANK]
        if number in (1, 4):
            body += [(mentions[number // 4], "body"), BLANK]
    return [("Explainer", "navigation"), (article.title, "title"),
            (f"By {parts.name(rng)}", "byline"), (parts.date(rng, style=5), "byline"), BLANK,
            *body, ("Share this story", "navigation"), *parts.footer(rng)]


def _undated_comments(rng: random.Random) -> list[Line]:
    out: list[Line] = [("What readers are saying", "comments"), BLANK]
    for _ in range(rng.randint(2, 5)):
        who = rng.choice((*parts.HANDLES, f"{rng.choice(parts.FIRST)} {rng.choice('ABCDKLMR')}."))
        out += [(who, "comments"), (parts.comment_text(rng), "comments"), BLANK]
    return out


def style_community(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A community site: undated comments without buttons, a footer of full sentences."""
    site = rng.choice(parts.SITES)
    return [(site, "navigation"), ("News  Community  Events  Donate", "navigation"), BLANK,
            (article.title, "title"), (parts.name(rng), "byline"), BLANK, *_body(article),
            *_undated_comments(rng),
            (f"{site} is a nonprofit newsroom. Our journalism is funded by readers and local "
             "foundations, and we never put our stories behind a paywall.", "other"),
            ("We are committed to covering every neighbourhood fairly. Tips and corrections "
             "are always welcome.", "other"),
            ("Privacy · Terms · Contact", "navigation")]


THIRD_BATCH: dict[str, Style] = {
    "broadcaster": style_broadcaster, "agency": style_agency, "local": style_local,
    "techblog": style_techblog, "longread": style_longread, "paywall": style_paywall,
    "liveupdates": style_liveupdates, "explainer": style_explainer,
    "community": style_community,
}

# Batch 4: written after the rules were frozen again at commit 2cc5689. First run,
# untouched (seeds 0-3): recall 0.989 / 0.984 / 0.982 / 0.992, leak 13.14% /
# 12.27% / 10.29% / 15.08%. Leaks: a closing "X is a reporter covering Y." bio, the
# "appears in print" line, a disclosure statement and partner line above the body,
# a republishing notice, a fact-check's source list. No rule has been changed for it.


def style_tvstation(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A local TV station: video player text, "Up Next", closings, "Report a typo"."""
    station = f"K{''.join(rng.sample('ABCDELMNRTVW', k=3))}"
    return [(f"{station} 7", "navigation"), ("Watch Live", "navigation"),
            ("Closings & Delays", "navigation"), (f"{rng.randint(40, 80)}°", "navigation"),
            BLANK, (article.title, "title"),
            (f"Author: {parts.name(rng)}", "byline"),
            (f"Published: {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM CDT "
             f"{rng.choice(parts.MONTHS)} {rng.randint(1, 28)}, 2024", "byline"), BLANK,
            ("Now Playing", "navigation"), (f"Video: {rng.choice(others)}", "related"),
            ("Up Next", "navigation"), (rng.choice(others), "related"), BLANK,
            *_body(article),
            ("Report a typo", "navigation"),
            (f"Copyright {rng.randint(2020, 2024)} {station}-TV. All rights reserved.", "other"),
            BLANK, ("Before You Leave, Check This Out", "related"),
            *_headlines(rng, others, 3)]


def style_printedition(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A paper of record: "Supported by", "Continue reading the main story", print line."""
    def continued(number: int) -> list[Line]:
        return [("Continue reading the main story", "navigation"), BLANK] if number % 5 == 0 \
            else []

    page = f"A{rng.randint(1, 24)}"
    return [("Supported by", "navigation"), BLANK, (article.title, "title"), BLANK,
            (f"By {parts.name(rng)}", "byline"),
            (f"{rng.choice(parts.MONTHS)} {rng.randint(1, 28)}, 2024", "byline"),
            ("Give this article", "navigation"), ("Read in app", "navigation"), BLANK,
            *_body(article, every=continued),
            (f"{parts.name(rng)} is a reporter covering {rng.choice(TOPICS).lower()}.", "byline"),
            (f"A version of this article appears in print on {rng.choice(parts.MONTHS)} "
             f"{rng.randint(1, 28)}, 2024, Section A, Page {page} of the New York edition "
             f"with the headline: {article.title}.", "other"),
            ("Order Reprints | Today's Paper | Subscribe", "navigation")]


def style_academic(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """An academics' news site: disclosure statement, partners, republish notice."""
    author = parts.name(rng)
    school = f"University of {rng.choice(('Tarnby', 'Eastmoor', 'Kelso Bay'))}"
    return [("Academic rigour, journalistic flair", "navigation"), BLANK,
            (article.title, "title"), BLANK, (author, "byline"),
            (f"Senior Lecturer in {rng.choice(TOPICS)}, {school}", "byline"), BLANK,
            ("Disclosure statement", "other"),
            (f"{author} receives funding from the Research Council. They do not work for, "
             "consult, own shares in or receive funding from any company or organisation that "
             "would benefit from this article.", "other"),
            ("Partners", "other"),
            (f"{school} provides funding as a member of the site.", "other"), BLANK,
            *_body(article),
            ("Republish our articles for free, online or in print, under a Creative Commons "
             "licence.", "other"),
            ("Republish this article", "navigation")]


def style_factcheck(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A fact-check: claim and rating box above the text, "Our sources" list below."""
    sources = [(f"{rng.choice(parts.SITES)}, \"{headline}\", "
                f"{rng.choice(parts.MONTHS)} {rng.randint(1, 28)}, 2024", "other")
               for headline in rng.sample(others, k=3)]
    return [("Fact Check", "navigation"), (article.title, "title"),
            (f"By {parts.name(rng)} | {parts.date(rng, style=1)}", "byline"), BLANK,
            ("Claim:", "other"), (rng.choice(others), "other"),
            (f"Rating: {rng.choice(('False', 'Mostly false', 'Half true', 'Misleading'))}",
             "other"), BLANK, *_body(article), ("Our sources", "other"), *sources, BLANK,
            ("Share the facts", "navigation")]


FOURTH_BATCH: dict[str, Style] = {
    "tvstation": style_tvstation, "printedition": style_printedition,
    "academic": style_academic, "factcheck": style_factcheck,
}

LATER_BATCHES: dict[str, dict[str, Style]] = {"held-out 3": THIRD_BATCH,
                                              "held-out 4": FOURTH_BATCH}
"""Batches written after batch 2, in order; each is reported on its own."""
