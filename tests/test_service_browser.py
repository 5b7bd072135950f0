"""A real browser (Debian's chromium through Playwright) on the reader page, /demo and the widget.

Never `playwright install`: the browser is the system's /usr/bin/chromium. Outside CI,
without chromium or Playwright, these tests skip and say why; in CI (env CI set, as
`.ci/run` does) they fail instead, so they cannot silently not run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.service_helpers import (
    PAGE_002,
    Served,
    in_labelled,
    labelled_lines,
    local_site,
    start_server,
)

CHROMIUM = Path("/usr/bin/chromium")
IN_CI = bool(os.environ.get("CI"))


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    if shutil.which("uvicorn") is None and not _has("uvicorn"):
        return "the serve extra is not installed"
    return None


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


_MISSING = _browser_missing()
if _MISSING and IN_CI:
    raise RuntimeError(f"browser tests cannot run in CI: {_MISSING}")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(_MISSING is not None, reason=f"browser tests: {_MISSING}")]

PAGE = PAGE_002.read_text(encoding="utf-8")
LABELS = labelled_lines("002_ad0407a9d237ef29")
XSS = ("The mayor said the vote <script>window.__xss = 1</script> would happen on Monday. "
       "Critics replied with <img src=x onerror=\"window.__xss = 2\"> angry letters to the "
       "editor. The council agreed to meet again next week to settle the matter. "
       "Residents said they were tired of the long dispute.")


@pytest.fixture(scope="module")
def news_site() -> Iterator[dict[str, str]]:
    """Another origin (another loopback port) whose news page embeds the widget."""
    where: dict[str, str] = {}

    def story(handler: Any) -> None:
        data = _news_page(XSS, service=where["service"]).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    with local_site({"/story": story}) as base:
        where["origin"] = base
        yield where


@pytest.fixture(scope="module")
def server(news_site: dict[str, str]) -> Iterator[Served]:
    served = start_server("--allow-private-urls", "--allow-origin", news_site["origin"])
    news_site["service"] = served.url
    yield served
    assert served.stop() == 0


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == [], errors


def assert_from_the_body(sentences: list[str]) -> None:
    assert sentences
    for sentence in sentences:
        assert in_labelled(sentence, LABELS["body"]), sentence
        assert not in_labelled(sentence, LABELS["comments"]), sentence


def summary_items(locator: Any) -> list[str]:
    return [text.strip() for text in locator.all_inner_texts()]


def test_reader_page_highlights_the_summary_in_the_body(server: Served, page: Any) -> None:
    page.goto(server.url + "/")
    page.get_by_label("Article text or HTML").fill(PAGE)
    page.get_by_label("Method").select_option("lexrank")
    page.get_by_label("Length", exact=True).fill("4")
    page.get_by_role("button", name="Get a summary").press("Enter")
    page.locator("#summary li").nth(3).wait_for()
    sentences = summary_items(page.locator("#summary li"))
    assert len(sentences) == 4
    assert_from_the_body(sentences)
    assert summary_items(page.locator("#article mark")) == sentences
    meta = page.locator("#result-meta").inner_text()
    assert "Two Words That Could End the War in Ukraine" in meta
    total = int(meta.split(" of ")[1].split()[0])
    assert page.locator("#article span").count() + 4 == total  # the rest of the body


def test_reader_page_takes_a_url_and_shows_errors(server: Served, page: Any) -> None:
    page.goto(server.url + "/")
    page.get_by_label("Web address").check()
    page.get_by_label("Article address (http or https)").fill(server.url + "/demo")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary li").nth(2).wait_for()
    assert_from_the_body(summary_items(page.locator("#summary li")))
    page.get_by_label("Article address (http or https)").fill(server.url + "/missing-page")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#status.error").wait_for()
    assert "answered 404" in page.locator("#status").inner_text()


def test_reader_page_shows_markup_in_an_article_as_text(server: Served, page: Any) -> None:
    page.goto(server.url + "/")
    page.get_by_label("Article text or HTML").fill(XSS)
    page.get_by_label("Length in").select_option("sentences")
    page.get_by_label("Length", exact=True).fill("4")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary li").nth(3).wait_for()
    shown = page.locator("#summary").inner_text()
    assert "<script>window.__xss = 1</script>" in shown
    assert '<img src=x onerror="window.__xss = 2">' in shown
    assert page.locator("#summary img, #summary script, #article img").count() == 0
    assert page.evaluate("window.__xss") is None


def test_reader_page_is_usable_on_a_phone(server: Served, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    phone = context.new_page()
    phone.goto(server.url + "/")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


@pytest.mark.parametrize("method", ["lead", "lexrank", "luhn"])
def test_demo_button_summarizes_the_article_not_the_comments(server: Served, page: Any,
                                                             method: str) -> None:
    page.goto(f"{server.url}/demo?method={method}")
    assert page.locator(".comment").count() == 11
    assert page.locator("nav .menu li").count() > 3
    button = page.get_by_role("button", name="No time to read? Get a summary")
    button.focus()
    page.keyboard.press("Enter")
    items = page.locator("[data-get-a-summary] li")
    items.nth(2).wait_for()
    sentences = summary_items(items)
    assert len(sentences) == 3
    assert_from_the_body(sentences)
    assert method in page.locator("[data-get-a-summary] .meta").inner_text()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"


def _news_page(article: str, *, service: str) -> str:
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in article.split("\n") if p.strip())
    return (f"<!doctype html><html><head><title>Local news</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article>"
            f"<h1>Council vote</h1>{body}</article>"
            f"<script src='{service}/widget.js' defer></script></body></html>")


def test_widget_on_another_site_shows_markup_as_text(server: Served, page: Any,
                                                    news_site: dict[str, str]) -> None:
    """Embedded from another origin that the operator allows: an article's tags never run."""
    page.goto(f"{news_site['origin']}/story")
    page.get_by_role("button", name="No time to read? Get a summary").click()
    items = page.locator("[data-get-a-summary] li")
    items.nth(2).wait_for()
    text = " ".join(summary_items(items))
    assert "<script>window.__xss = 1</script>" in text
    assert page.evaluate("window.__xss") is None
    assert page.locator("[data-get-a-summary] img").count() == 0


def test_widget_on_an_origin_not_allowed_gets_no_summary(server: Served, page: Any,
                                                         news_site: dict[str, str]) -> None:
    # Same page, but from localhost rather than 127.0.0.1: another origin, not allowed.
    page.goto(f"{news_site['origin'].replace('127.0.0.1', 'localhost')}/story")
    page.get_by_role("button", name="No time to read? Get a summary").click()
    page.locator("[data-get-a-summary] .error").wait_for()
    assert "did not answer" in page.locator("[data-get-a-summary] .error").inner_text()
    assert page.locator("[data-get-a-summary] li").count() == 0
