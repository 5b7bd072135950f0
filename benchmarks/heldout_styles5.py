"""Held-out page styles, batch 7: written after the rules were frozen at commit ba1347f.

Four kinds of real page no earlier batch shows: a local TV station's story
(weather strip, "Watch live", an app-alerts prompt, a news-tip line, a station
copyright line), a newsletter's web archive (forwarded-email prompt, "Share this
post", "You're receiving this because ...", an unsubscribe footer), a sports
preview with odds (a betting-odds box, an odds-provider line, a responsible-
gambling helpline), and a wire story on an aggregator (a syndication line above
the body, "Topics:" tags, a report-an-error prompt, a trust-principles line).

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

STATIONS = ("WKBY", "KTRN", "WNGT", "KRDG")
TEAMS = ("Harbour City", "Northgate United", "Ridgeline Rovers", "Kelso Bay Athletic",
         "Eastmoor Town", "Tarnby Wanderers")
NEWSLETTERS = ("The Sunday Ledger", "Morning Notes", "The Long Brief", "Field Report")


def _paras(article: Article) -> list[Line]:
    out: list[Line] = []
    for paragraph in article.paragraphs:
        out += [(paragraph, "body"), BLANK]
    return out


def style_tv_station(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A local TV station: weather strip, watch-live button, app prompt, tip line, copyright."""
    station = rng.choice(STATIONS)
    temp = rng.randint(38, 95)
    return [(f"{station} News  Weather  Traffic  Sports  Watch Live", "navigation"),
            (f"{temp}° {rng.choice(('Partly cloudy', 'Sunny', 'Rain', 'Overcast'))}",
             "navigation"), BLANK,
            (article.title, "title"), (f"By {parts.name(rng)}", "byline"),
            (f"Published: {parts.date(rng, style=0)}", "byline"),
            ("Watch live", "navigation"), BLANK, *_paras(article)[:6],
            (f"Download the {station} News app to get breaking news alerts on your phone.",
             "other"), BLANK, *_paras(article)[6:],
            (f"Have a news tip? Email newsdesk@{station.lower()}.example or call "
             f"555-{rng.randint(1000, 9999)}.", "other"), BLANK,
            (f"Copyright {rng.randint(2019, 2024)} {station}. All rights reserved. This material "
             "may not be published, broadcast, rewritten or redistributed.", "other"), BLANK,
            ("Trending stories", "related"), *((h, "related") for h in rng.sample(others, k=3))]


def style_newsletter_archive(rng: random.Random, article: Article, others: list[str]
                             ) -> list[Line]:
    """A newsletter issue on the web: forwarded prompt, share button, receiving notice."""
    letter = rng.choice(NEWSLETTERS)
    return [(letter, "navigation"), ("Home  Archive  About", "navigation"), BLANK,
            ("Forwarded this email? Subscribe here for more.", "other"), BLANK,
            (article.title, "title"), (parts.name(rng), "byline"),
            (parts.date(rng, style=1), "byline"), BLANK,
            ("Share this post", "navigation"), BLANK, *_paras(article),
            ("That's all for this week. See you next Sunday.", "other"), BLANK,
            ("Share this post", "navigation"), ("Leave a comment", "navigation"), BLANK,
            (f"You're receiving this because you signed up for {letter}. Not interested "
             "anymore? Unsubscribe.", "other"),
            (f"© {rng.randint(2019, 2024)} {parts.name(rng)}", "other")]


def style_odds(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A sports preview: odds box, odds-provider line, responsible-gambling helpline."""
    home, away = rng.sample(TEAMS, k=2)
    odds: list[Line] = [("Odds", "other"),
                        (f"{home} {rng.randint(11, 40) / 10:.1f}", "other"),
                        (f"Draw {rng.randint(25, 40) / 10:.1f}", "other"),
                        (f"{away} {rng.randint(11, 60) / 10:.1f}", "other")]
    return [("Sport  Football  Cricket  Tennis  Results", "navigation"), BLANK,
            (article.title, "title"), (f"{parts.name(rng)}, Sports Reporter", "byline"),
            (parts.date(rng, style=2), "byline"), BLANK, *_paras(article)[:4], *odds, BLANK,
            *_paras(article)[4:],
            ("Odds are correct at the time of writing and are subject to change.", "other"),
            ("18+ only. Gambling can be addictive: if it stops being fun, call the national "
             "helpline free on 0800 000 000.", "other"), BLANK,
            ("More from Sport", "related"), *((h, "related") for h in rng.sample(others, k=3))]


def style_aggregator(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A wire story on an aggregator: syndication line, topics, report-an-error, principles."""
    wire = rng.choice(("Meridian Wire", "Coastal Press Agency", "Northgate News Service"))
    topics = ", ".join(rng.sample(parts.SECTIONS, k=3))
    return [("Top stories  Local  World  Tech", "navigation"), BLANK,
            (article.title, "title"), (f"{wire} · {parts.date(rng, style=2)}", "byline"), BLANK,
            (f"This story was syndicated from {wire} and has not been edited by our staff.",
             "other"), BLANK, *_paras(article),
            (f"Topics: {topics}", "navigation"), BLANK,
            ("Spotted a mistake? Report an error in this story.", "other"),
            (f"Standards: {wire} follows its published principles of independence, integrity "
             "and freedom from bias.", "other"), BLANK,
            ("Trending now", "related"), *((h, "related") for h in rng.sample(others, k=3))]


SEVENTH_BATCH: dict[str, Style] = {
    "tvstation": style_tv_station, "newsletter": style_newsletter_archive, "odds": style_odds,
    "aggregator": style_aggregator,
}
