"""Invented page furniture for the synthetic labelled pages (see make_pages.py).

Every string here is made up for the benchmark: menus, credits, bylines, comment
threads. Each part returns ``(text, label)`` lines; ``""`` lines are blank.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

Line = tuple[str, str]
BLANK: Line = ("", "other")


def body_lines(paragraphs: Sequence[str], *,
               every: Callable[[int], list[Line]] | None = None) -> list[Line]:
    """The paragraphs, blank line after each, with optional lines before paragraph ``n``."""
    out: list[Line] = []
    for number, paragraph in enumerate(paragraphs):
        if every is not None and number:
            out += every(number)
        out += [(paragraph, "body"), BLANK]
    return out

FIRST = ("Maren", "Tobias", "Aisha", "Dev", "Colette", "Ruairi", "Ines", "Kwame", "Lotte",
         "Pablo", "Yuki", "Hamid", "Sorcha", "Benedikt", "Priya", "Otis")
LAST = ("Okafor", "Lindqvist", "Marchetti", "Haddad", "Brennan", "Vasquez", "Nakamura",
        "Abernathy", "Sokolova", "Duarte", "Whitcombe", "Ferreira", "Kowalczyk", "Osei")
HANDLES = ("skeptic_42", "RiverRat", "old_timer", "mk-ultra", "Jules B", "truthseeker",
           "northern lass", "dave", "GreenBean", "Anon", "P.Q.", "the_real_ed")
SITES = ("The Harbour Ledger", "Northgate Post", "Daily Meridian", "Cobalt News",
         "The Weekly Lantern", "Ridgeline Herald")
SECTIONS = ("World", "Politics", "Business", "Tech", "Sport", "Culture", "Science",
            "Opinion", "Health", "Travel", "Money", "Lifestyle")
AGENCIES = ("Getty Images", "Shutterstock", "Alamy", "AFP via Getty Images", "AP Photo")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
CAPTION_SUBJECTS = ("Residents gather outside the town hall", "A view of the harbour at dusk",
                    "Officials speak to reporters", "The scene on Tuesday morning",
                    "Supporters wave flags during the rally", "The building was cordoned off",
                    "Fans watch from the stands", "A file picture of the site")
COMMENT_OPENERS = ("Honestly,", "I think", "Not sure about this, but", "Typical.", "Great read.",
                   "Well,", "As someone who lives nearby,", "Funny how", "Let's be real:")
COMMENT_BODIES = (
    "nobody in charge ever learns anything from this kind of mess",
    "the article misses the bigger picture about who pays for all of it",
    "my neighbour said exactly the same thing years ago and was laughed at",
    "we will be reading the same story again next year, mark my words",
    "the comments here are more informative than the piece itself",
    "this is what happens when nobody asks the hard questions early on",
    "I would like to see the actual numbers before believing any of it",
    "people forget how quickly things changed the last time around",
    "the writer clearly did the homework and it shows in every paragraph",
    "they should have listened to the locals from the very beginning",
)


def name(rng: random.Random) -> str:
    """An invented full name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def date(rng: random.Random, *, style: int | None = None) -> str:
    """An invented date or time stamp in one of several formats."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2019, 2024)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    formats = (
        f"{month} {day}, {year} at {hour}:{minute:02d} {rng.choice(('am', 'pm'))}",
        f"{day} {month} {year}",
        f"{rng.randint(2, 23)} hours ago",
        f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d} {hour:02d}:{minute:02d}",
        f"{month[:3]} {day}, {year}, {hour}:{minute:02d} p.m. ET",
        f"{rng.randint(2, 9)} min read",
    )
    return formats[rng.randrange(len(formats)) if style is None else style]


def menu(rng: random.Random) -> list[Line]:
    """A site menu: one separated line, or one item per line."""
    items = rng.sample(SECTIONS, k=rng.randint(4, 7))
    kind = rng.randrange(3)
    if kind == 0:
        return [(rng.choice((" | ", " • ", " · ")).join(["Home", *items]), "navigation")]
    if kind == 1:
        return [(item, "navigation") for item in ["Menu", *items, "Search"]]
    return [("Skip to main content", "navigation"), BLANK, ("Sign in", "navigation"),
            ("Subscribe", "navigation")]


def breadcrumb(rng: random.Random) -> list[Line]:
    """A breadcrumb trail."""
    return [(" > ".join(["Home", *rng.sample(SECTIONS, k=2)]), "navigation")]


def cookie_banner(rng: random.Random) -> list[Line]:
    """A cookie-consent banner and its buttons."""
    text = rng.choice((
        "We use cookies to give you the best experience on our website and to show you "
        "relevant adverts. You can change your cookie settings at any time.",
        "This site uses cookies. By continuing to browse you agree to our use of cookies "
        "and our privacy policy.",
    ))
    return [(text, "other"), (rng.choice(("Accept all", "Accept cookies", "OK")), "navigation"),
            (rng.choice(("Manage preferences", "Reject all")), "navigation")]


def newsletter(rng: random.Random) -> list[Line]:
    """A newsletter box."""
    return [
        (rng.choice(("Get the morning briefing", "Never miss a story")), "other"),
        (rng.choice((
            "Sign up for our free daily newsletter and get the top stories delivered to "
            "your inbox every morning.",
            "Subscribe to our weekly digest for the best of our journalism in your inbox.",
        )), "other"),
        (rng.choice(("Enter your email address", "Your email")), "other"),
        (rng.choice(("Sign up", "Subscribe")), "navigation"),
    ]


def share_bar(rng: random.Random) -> list[Line]:
    """Share buttons."""
    if rng.random() < 0.5:
        return [("Share this article", "navigation"), ("Facebook", "navigation"),
                ("Twitter", "navigation"), ("Email", "navigation")]
    return [("Share on Facebook | Share on X | Copy link", "navigation")]


def byline(rng: random.Random) -> list[Line]:
    """An author line and a date stamp."""
    who = rng.choice((f"By {name(rng)}", f"By {name(rng)} and {name(rng)}",
                      f"Words by {name(rng)}", f"By {name(rng).upper()}"))
    return [(who, "byline"), (date(rng, style=rng.choice((0, 1, 4, 5))), "byline")]


def caption(rng: random.Random) -> list[Line]:
    """An image caption with a credit, or a bare credit."""
    subject, credit = rng.choice(CAPTION_SUBJECTS), f"{name(rng)}/{rng.choice(AGENCIES)}"
    return [(rng.choice((
        f"{subject}. Photograph: {credit}",
        f"{subject} (Photo: {credit})",
        f"{subject}. Image credit: {rng.choice(AGENCIES)}",
        f"Photo: {credit}",
        f"{subject}. © {rng.choice(AGENCIES)}",
    )), "caption")]


def tags(rng: random.Random) -> list[Line]:
    """A tag list: on one line, or one tag per line."""
    chosen = rng.sample(SECTIONS, k=3)
    if rng.random() < 0.5:
        return [("Tags: " + ", ".join(chosen), "navigation")]
    return [(" ".join(chosen), "navigation")]


def related(rng: random.Random, headlines: list[str]) -> list[Line]:
    """A related-stories list of other headlines."""
    marker = rng.choice(("Related stories", "More from " + rng.choice(SECTIONS),
                         "You may also like", "Most read", "Recommended for you"))
    picks = rng.sample(headlines, k=min(len(headlines), rng.randint(3, 5)))
    out: list[Line] = [(marker, "related")]
    for number, headline in enumerate(picks, start=1):
        text = f"{number}. {headline}" if marker == "Most read" else headline
        out.append((text, "related"))
    return out


def inline_related(rng: random.Random, headlines: list[str]) -> Line:
    """A "Read more" link between paragraphs."""
    return (f"{rng.choice(('READ MORE:', 'Read more:', 'Related:'))} {rng.choice(headlines)}",
            "related")


def author_box(rng: random.Random, author: str) -> list[Line]:
    """An author box with a bio."""
    role = rng.choice(("a senior reporter", "the political editor", "a freelance writer",
                       "a correspondent"))
    bio = (f"{author} is {role} at {rng.choice(SITES)}. She has covered local government, "
           "courts and the environment for more than a decade.")
    return [(rng.choice(("About the author", "Written by")), "byline"), (author, "byline"),
            (bio, "byline")]


def footer(rng: random.Random) -> list[Line]:
    """A site footer."""
    year = rng.randint(2019, 2024)
    return [("Back to top", "navigation"),
            (rng.choice(("Privacy Policy | Terms of Use | Contact us",
                         "About us · Advertise · Careers · Privacy")), "navigation"),
            (f"© {year} {rng.choice(SITES)}. All rights reserved.", "other")]


def comment_text(rng: random.Random) -> str:
    """One invented reader comment."""
    parts = rng.sample(COMMENT_BODIES, k=rng.randint(1, 3))
    return " ".join(f"{rng.choice(COMMENT_OPENERS)} {part}." for part in parts)


def comments(rng: random.Random, *, kind: int, count: int | None = None) -> list[Line]:
    """A comment thread in one of several formats, all labelled ``comments``
    (``count`` comments; by default 2 to 7)."""
    count = rng.randint(2, 7) if count is None else count
    out: list[str] = []
    if kind == 0:
        out += [f"{count} Comments", ""]
    for number in range(1, count + 1):
        who = rng.choice((*HANDLES, name(rng)))
        if kind == 0:
            out += [f"{number}. {who}", "", date(rng, style=0), "", comment_text(rng), "Reply", ""]
        elif kind == 1:
            out += [f"{who} · {date(rng, style=2)}", comment_text(rng), "Like · Reply", ""]
        else:
            out += [f"{who} says:", date(rng, style=rng.choice((0, 4))), comment_text(rng), ""]
    if kind != 1:
        out += ["Leave a Reply", "Your email address will not be published. Required fields "
                "are marked *", "Comment *", "Name *", "Email *", "Post Comment"]
    return [(text, "comments" if text else "other") for text in out]


def subheading(rng: random.Random, paragraph: str) -> str:
    """A subheading made from the words of the paragraph it introduces."""
    words = re.findall(r"[A-Za-z']+", paragraph)[: rng.randint(3, 6)]
    text = " ".join(words) or "What happened next"
    return text[0].upper() + text[1:]
