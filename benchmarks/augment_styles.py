"""Page styles that widen the training data where the real pages are few.

Not a held-out batch: these styles teach the line model two structures that the 112
real pages show only a handful of times, so that it learns them from their shape and
place rather than from those few pages.

* A short article under a reader-comment thread several times its length. In most
  training pages the article is the page's largest block of prose, so a long thread
  of short comments, each behind a templated header, was read as the article.
* An article with a list or table inside its body (a schedule, standings, results), an
  introducing line ending in a colon, and article text on both sides or only before.
  List items look like menu items one by one; what marks them as article is where they
  sit. Some of these articles are little more than the list (a short introduction, then
  groups of rows under their own small headers), and some pages close with legal
  disclaimers written as prose: prose after the related links and the social buttons is
  furniture, a list right after the introduction is article. Beside them, the same pages
  carry a list of other headlines after the article, which stays furniture.
* A page with no chrome but a closing credit: one sentence about the author's job in
  one of several forms. On a page that is otherwise all article, that line is the only
  furniture, and it reads like prose; what marks it is that it speaks about the writer.

Every string is invented; the article paragraphs come from CNN/DailyMail. The words of
these pages never teach the furniture lexicon (as for every generated style).
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

VENUES = ("Civic Arena", "Riverside Hall", "Harbour Park", "Old Mill Stadium", "Lakeview Pavilion",
          "North Quay Theatre", "Granite Bowl", "The Foundry", "Market Square", "Elm Street Field")
TOWNS = ("Kelso Bay", "Northgate", "Tarnby", "Eastmoor", "Ridgeline", "Port Aldren", "Wexley",
         "Hollin", "Marrow Falls", "Castlereach", "Duneford", "Bramwick")
TEAMS = ("Kelso Bay Athletic", "Northgate United", "Tarnby Wanderers", "Eastmoor Town",
         "Ridgeline Rovers", "Port Aldren City", "Wexley Albion", "Hollin Park")
INTROS = ("The full schedule:", "Dates and venues:", "The standings after the latest round:",
          "Results so far:", "Here is how the table looks:", "The list in full:",
          "Key dates:", "Final standings:")


def _paragraphs(paragraphs: tuple[str, ...] | list[str]) -> list[Line]:
    out: list[Line] = []
    for paragraph in paragraphs:
        out += [(paragraph, "body"), BLANK]
    return out


GROUPS = ("Stage", "Day", "Week", "Round", "Part", "Step")
GROUP_ROWS = ("Start at {time} from {venue}", "{count} km through {town}",
              "Tickets from £{price} at {venue}", "Doors open {time}, finish by {late}",
              "Meet at {venue}, {town}", "Bring {count} litres of water",
              "Shuttle from {town}: every {count} minutes", "Entry closes at {time}")
DISCLAIMERS = (
    "The information on this site is for general guidance only and does not replace "
    "professional advice; always check details with the organisers before you travel.",
    "Prices and times were correct when published and may change without notice.",
    "Some links on this page are affiliate links, which means we may earn a commission "
    "if you buy through them, at no extra cost to you.",
    "Results vary from person to person. Consult a qualified professional before acting "
    "on anything you read here.",
    "All trademarks mentioned belong to their respective owners and are used for "
    "identification only.",
    "Opinions expressed by contributors are their own and do not necessarily reflect "
    "those of the publisher.",
)


def _grouped(rng: random.Random) -> list[str]:
    """Groups of short rows, each under its own small header ("Stage 2", "Day 3")."""
    word, rows = rng.choice(GROUPS), []
    for number in range(1, rng.randint(4, 10) + 1):
        rows.append(f"{word} {number}")
        for template in rng.sample(GROUP_ROWS, k=rng.randint(2, 4)):
            rows.append(template.format(
                time=f"{rng.randint(6, 11)}:{rng.choice(('00', '15', '30', '45'))}",
                late=f"{rng.randint(5, 11)}pm", venue=rng.choice(VENUES),
                town=rng.choice(TOWNS), count=rng.randint(2, 40), price=rng.randint(5, 60)))
    return rows


def _items(rng: random.Random) -> list[str]:
    """Rows of a list or table in one of several layouts."""
    count = rng.randint(6, 30)
    layout = rng.randrange(5)
    if layout == 4:
        return _grouped(rng)
    rows = []
    for number in range(1, count + 1):
        month = parts.MONTHS[rng.randrange(12)]
        day = rng.randint(1, 28)
        if layout == 0:
            dash = rng.choice(("–", "--", "-"))
            rows.append(f"{month} {day} {dash} {rng.choice(VENUES)}, {rng.choice(TOWNS)}")
        elif layout == 1:
            rows.append(f"{number}. {parts.name(rng)} ({rng.choice(TEAMS)}) "
                        f"{rng.randint(40, 400)} pts")
        elif layout == 2:
            rows.append("\t".join([str(number), rng.choice(TEAMS), str(rng.randint(10, 90)),
                                   str(rng.randint(0, 20)), str(rng.randint(0, 20))]))
        else:
            rows.append(f"{rng.choice(TEAMS)} {rng.randint(0, 5)}-{rng.randint(0, 5)} "
                        f"{rng.choice(TEAMS)}")
    return rows


def style_long_thread(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A short article, a share bar, and a comment thread several times its length."""
    short = article.paragraphs[:rng.randint(2, 5)]
    return [*parts.menu(rng), BLANK, (article.title, "title"), *parts.byline(rng), BLANK,
            *_paragraphs(short), *parts.share_bar(rng), BLANK,
            (f"{rng.randint(12, 60)} responses to “{article.title}”", "comments"),
            *parts.comments(rng, kind=rng.randrange(3), count=rng.randint(12, 40)), BLANK,
            *parts.footer(rng)]


def style_article_list(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """An article with a list inside its body (or ending it, or being most of it), then
    other headlines, and sometimes disclaimers in the footer."""
    shape = rng.random()
    cut = rng.randint(1, 3) if shape < 0.3 else rng.randint(2, max(2, len(article.paragraphs) - 1))
    before, after = article.paragraphs[:cut], article.paragraphs[cut:]
    if shape < 0.6:
        after = ()
    rows: list[Line] = [(rng.choice(INTROS), "body"), *((row, "body") for row in _items(rng))]
    legal: list[Line] = [(text, "other") for text in
                         rng.sample(DISCLAIMERS, k=rng.randint(2, 5))] if rng.random() < 0.5 else []
    return [*parts.menu(rng), BLANK, (article.title, "title"), *parts.byline(rng), BLANK,
            *_paragraphs(before), *rows, BLANK, *_paragraphs(after), *parts.share_bar(rng),
            BLANK, *parts.related(rng, others), BLANK, *legal, *parts.footer(rng)]


ROLES = ("a senior reporter", "political editor", "a staff writer", "the breaking news editor",
         "a correspondent", "a contributing writer", "the business editor", "a data reporter",
         "a freelance journalist", "the science correspondent")
TOPICS = ("energy and climate", "local courts", "European politics", "technology", "health policy",
          "sport", "the housing market", "defence")


def _credit(rng: random.Random) -> str:
    """A one-line author credit in one of several forms."""
    author, site, role = parts.name(rng), rng.choice(parts.SITES), rng.choice(ROLES)
    handle = "@" + author.split()[-1].lower() + str(rng.randint(1, 99))
    forms = (f"{author} is {role} at {site}.",
             f"{author} is {site}'s {role.removeprefix('a ').removeprefix('the ')}.",
             f"{author} is {role} based in {rng.choice(TOWNS)}. Follow on X: {handle}",
             f"{author} writes about {rng.choice(TOPICS)} for {site}.",
             f"— {author}, {role.removeprefix('a ').removeprefix('the ')}",
             f"{author} covers {rng.choice(TOPICS)}. Contact: {handle}")
    return rng.choice(forms)


def style_bare_credit(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Headline (or none) and paragraphs, closed by a one-line author credit."""
    head: list[Line] = [(article.title, "title"), BLANK] if rng.random() < 0.6 else []
    gaps = rng.random() < 0.5
    lines: list[Line] = [*head]
    for paragraph in article.paragraphs:
        lines += [(paragraph, "body"), BLANK] if gaps else [(paragraph, "body")]
    return [*lines, (_credit(rng), "byline")]


AUGMENT_SHARE = 5
"""Pages of each of these styles, per page of an ordinary style: they stand for structures,
not for one site's look, and vary more from page to page."""

AUGMENT_BATCH: dict[str, Style] = {
    "long_thread": style_long_thread, "article_list": style_article_list,
    "bare_credit": style_bare_credit,
}
