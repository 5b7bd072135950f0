"""Deterministic synthetic web-page dumps with line labels, from CNN/DailyMail articles.

Each page wraps one article from ``../shared/data/cnndm_dev.jsonl`` in invented
site chrome (page_parts.py) in one of several *styles*. Pages are generated at
test and benchmark time from a seed, never committed: the article texts are not
ours to copy into the repository.

Development styles were used while writing the cleaner's rules; the held-out
styles (heldout_styles.py: batches 1 and 2; heldout_styles2.py: batches 3 and
4; heldout_styles3.py: batch 5; heldout_styles4.py: batch 6;
heldout_styles5.py: batch 7) were written after
the rules were frozen and are reported separately, batch by batch. Later
batches draw their articles from their own random stream, so adding a batch
leaves the pages of the earlier ones unchanged.

Usage: python benchmarks/make_pages.py OUTDIR   (writes NAME.txt and NAME.labels)
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import page_parts as parts
from page_parts import BLANK, Line

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "cnndm_dev.jsonl"
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘']?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Article:
    """An article cut into paragraphs, with a made-up headline."""

    ident: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One synthetic page: its style, whether the style is held out, and labelled lines.

    ``batch`` names the group the style belongs to ("development", "held-out 1", ...).
    """

    name: str
    style: str
    held_out: bool
    lines: tuple[Line, ...]
    batch: str = "development"

    @property
    def text(self) -> str:
        """The page as a text dump."""
        return "\n".join(text for text, _ in self.lines) + "\n"


Style = Callable[[random.Random, Article, list[str]], list[Line]]


def make_article(row: dict[str, str], rng: random.Random, *, max_sentences: int) -> Article:
    """Paragraphs of 1–3 sentences; the headline is the first reference highlight."""
    sentences = [s.strip() for s in _SENTENCE.split(row["article"]) if s.strip()]
    sentences = sentences[:max_sentences]
    paragraphs: list[str] = []
    while sentences:
        take = rng.choice((1, 1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    highlight = row["reference"].split("\n")[0].strip().rstrip(".")
    title = " ".join(highlight.split()[:14])
    return Article(ident=row["id"], title=title, paragraphs=tuple(paragraphs))


def body(rng: random.Random, article: Article, *, headings: bool = False,
         inserts: Callable[[random.Random], list[Line]] | None = None,
         blank_between: bool = True) -> list[Line]:
    """The article's paragraphs, with optional subheadings and furniture between them."""
    out: list[Line] = []
    for number, paragraph in enumerate(article.paragraphs):
        if headings and number and number % 4 == 0:
            out += [(parts.subheading(rng, paragraph), "heading"), BLANK]
        if inserts is not None and number and rng.random() < 0.25:
            out += [*inserts(rng), BLANK]
        out.append((paragraph, "body"))
        if blank_between:
            out.append(BLANK)
    return out


def title(article: Article, *, case: bool = False) -> Line:
    """The headline, in sentence case or headline case."""
    text = article.title.title() if case else article.title
    return (text, "title")


def style_blog(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A WordPress-like blog: menu, byline, captions, tags, author box, comments, form."""
    author = parts.name(rng)
    return [*parts.menu(rng), BLANK, title(article, case=True), BLANK, (f"By {author}", "byline"),
            (parts.date(rng, style=0), "byline"), BLANK, *parts.caption(rng), BLANK,
            *body(rng, article, headings=True), *parts.tags(rng), BLANK,
            *parts.author_box(rng, author), BLANK, *parts.comments(rng, kind=0), BLANK,
            *parts.footer(rng)]


def style_portal(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A news portal: cookie banner, menu, breadcrumb, share bar, inline links, related list."""
    return [*parts.cookie_banner(rng), *parts.menu(rng), *parts.breadcrumb(rng), BLANK,
            title(article), *parts.byline(rng), *parts.share_bar(rng), BLANK,
            *body(rng, article, inserts=lambda r: [parts.inline_related(r, others)]),
            *parts.share_bar(rng), BLANK, *parts.related(rng, others), BLANK, *parts.footer(rng)]


def style_bare(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """No chrome at all: headline and paragraphs."""
    return [title(article), BLANK, *body(rng, article)]


def style_body_only(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Only the paragraphs, no blank lines: the plainest input there is."""
    return body(rng, article, blank_between=False)


def style_tabloid(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """Short paragraphs, captions inside the body, ads, comments with likes."""
    short = Article(article.ident, article.title,
                    tuple(s for p in article.paragraphs for s in _SENTENCE.split(p)))
    return [*parts.menu(rng), title(article, case=True), *parts.byline(rng), BLANK,
            *body(rng, short, inserts=lambda r: r.choice(
                (parts.caption(r), [("Advertisement", "navigation")]))),
            *parts.newsletter(rng), BLANK, *parts.comments(rng, kind=1), *parts.footer(rng)]


def style_magazine(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A magazine: section name, headline, byline, subheadings, newsletter box, closing bio."""
    author = parts.name(rng)
    bio = (f"{author} is a contributing writer for {rng.choice(parts.SITES)}.", "byline")
    return [(rng.choice(parts.SECTIONS).upper(), "navigation"), title(article), BLANK,
            (f"Words by {author}", "byline"), (parts.date(rng, style=5), "byline"), BLANK,
            *body(rng, article, headings=True, inserts=parts.newsletter), bio, BLANK,
            *parts.share_bar(rng), *parts.related(rng, others)]


def style_forum(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """An article followed by a "says:" comment thread and a reply form."""
    return [title(article), (parts.date(rng, style=1), "byline"), BLANK, *body(rng, article),
            *parts.comments(rng, kind=2)]


def style_wire(rng: random.Random, article: Article, others: list[str]) -> list[Line]:
    """A wire-service page: dateline, share bar at the end, tags one per line, related."""
    return [*parts.menu(rng), BLANK, title(article), (parts.date(rng, style=4), "byline"),
            BLANK, *body(rng, article), *parts.share_bar(rng), *parts.tags(rng), BLANK,
            *parts.related(rng, others)]


DEV_STYLES: dict[str, Style] = {
    "blog": style_blog, "portal": style_portal, "bare": style_bare,
    "body_only": style_body_only, "tabloid": style_tabloid, "magazine": style_magazine,
    "forum": style_forum, "wire": style_wire,
}


def load_rows(path: Path = DATA) -> list[dict[str, str]]:
    """The CNN/DailyMail rows (raises FileNotFoundError if the shared data is absent)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def make_pages(rows: list[dict[str, str]], *, seed: int = 0, per_style: int = 4,
               held_out: bool = True, max_sentences: int = 18) -> list[Page]:
    """Pages for every development style (and held-out style), ``per_style`` each."""
    from augment_styles import AUGMENT_BATCH, AUGMENT_SHARE
    from heldout_styles import HELD_OUT_STYLES, SECOND_BATCH
    from heldout_styles2 import LATER_BATCHES
    from heldout_styles3 import FIFTH_BATCH
    from heldout_styles4 import SIXTH_BATCH
    from heldout_styles5 import SEVENTH_BATCH

    rng = random.Random(seed)
    styles = [(name, style, "development") for name, style in DEV_STYLES.items()]
    if held_out:
        styles += [(name, style, "held-out 2" if name in SECOND_BATCH else "held-out 1")
                   for name, style in HELD_OUT_STYLES.items()]
    pages = _batch_pages(rows, rng, styles, per_style=per_style, max_sentences=max_sentences)
    later = {**LATER_BATCHES, "held-out 5": FIFTH_BATCH, "held-out 6": SIXTH_BATCH,
             "held-out 7": SEVENTH_BATCH, "augment": AUGMENT_BATCH}
    for batch, batch_styles in later.items() if held_out else ():
        batch_rng = random.Random(f"{seed}:{batch}")
        pages += _batch_pages(rows, batch_rng, [(n, s, batch) for n, s in batch_styles.items()],
                              per_style=per_style * (AUGMENT_SHARE if batch == "augment" else 1),
                              max_sentences=max_sentences)
    return pages


def _batch_pages(rows: list[dict[str, str]], rng: random.Random,
                 styles: list[tuple[str, Style, str]], *, per_style: int,
                 max_sentences: int) -> list[Page]:
    """``per_style`` pages for each style, articles and other headlines drawn from ``rng``."""
    picked = rng.sample(rows, k=len(styles) * per_style + 12)
    headlines = [make_article(row, rng, max_sentences=3).title for row in picked[-12:]]
    pages: list[Page] = []
    for number, (name, style, batch) in enumerate(styles):
        for k in range(per_style):
            row = picked[number * per_style + k]
            article = make_article(row, rng, max_sentences=max_sentences)
            lines = style(rng, article, headlines)
            pages.append(Page(name=f"{name}-{k}", style=name, held_out=batch != "development",
                              lines=tuple(lines), batch=batch))
    return pages


def main(argv: list[str]) -> int:
    """Write the pages and their labels to a directory, for inspection."""
    out = Path(argv[0]) if argv else Path("pages")
    out.mkdir(parents=True, exist_ok=True)
    for page in make_pages(load_rows()):
        (out / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
        labels = "".join(f"{n}\t{label}\n" for n, (_, label) in enumerate(page.lines, start=1))
        (out / f"{page.name}.labels").write_text(labels, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
