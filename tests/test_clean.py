"""The page cleaner as a user meets it: what it keeps, labels, explains and refuses.

The pages here are small and invented. They pin behaviour any sound cleaner must
have (a comment thread, a menu and a byline are not the article; a bare article
passes through; the title is found), not the decision of any one rule: the
decisions are the learned model's (see test_clean_model.py for its parts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.clean import Label, clean, no_clean
from summarizer.clean.linemodel import shipped_models
from summarizer.errors import InputError, OptionError

HTML_PAGES = Path(__file__).parent / "data" / "pages" / "html"

ARTICLE = [
    "The regional water board approved a plan on Monday to replace the town's oldest pipes, "
    "which date from the 1920s and burst four times last winter.",
    "Engineers said the work would take three years and would be done one street at a time, "
    "so that no household loses its supply for more than a day.",
    "The board declined to comment on March 3, 2024 when asked how the 12 million pound cost "
    "would be shared between residents and the national government.",
    "Residents at a packed meeting in the library welcomed the plan, although several asked "
    "why the repairs had taken so long to begin.",
    "A public meeting about the timetable will be held at the library next month, the board said.",
]

MENU = ["Home", "News", "Local", "Sport", "Business", "Opinion", "Subscribe", "Sign in"]

THREAD = [
    "12 Comments", "", "Ann Whitby", "May 4, 2024 at 9:14 am",
    "I think the board should have done this years ago, my street floods every time it rains.",
    "Reply", "", "kettle_boy", "May 4, 2024 at 11:02 am",
    "Typical council, always three years late and twice over budget on everything they touch.",
    "Reply", "", "Leave a Reply", "Your email address will not be published.",
]


def page(*blocks: str) -> str:
    """Blocks joined into a text dump, a blank line between paragraphs."""
    return "\n\n".join(blocks) + "\n"


def dressed() -> str:
    """The article on a page: menu, headline, byline, then the comment thread."""
    return "\n".join([*MENU, "", "Water board approves plan to replace century-old pipes", "",
                      "By Dana Reyes | May 4, 2024", "", "\n\n".join(ARTICLE), "", *THREAD,
                      "", "© 2024 The Valley Courier. All rights reserved."]) + "\n"


def test_every_input_line_is_labelled_in_order_with_a_score() -> None:
    text = dressed()
    cleaned = clean(text)
    assert [line.number for line in cleaned.lines] == list(range(1, len(text.split("\n")) + 1))
    judged = [line for line in cleaned.lines if line.text.strip()]
    assert all(line.score is not None and 0 <= line.score <= 1 for line in judged)
    assert {line.label for line in cleaned.lines} <= {label.value for label in Label}


def test_the_article_is_kept_and_the_page_around_it_dropped() -> None:
    cleaned = clean(dressed())
    assert cleaned.paragraphs == tuple(ARTICLE)
    assert cleaned.title == "Water board approves plan to replace century-old pipes"
    dropped = {line.text.strip() for line in cleaned.dropped}
    assert set(MENU) <= dropped
    assert {line for line in THREAD if line} <= dropped


def test_a_bare_article_passes_through_unchanged() -> None:
    cleaned = clean(page(*ARTICLE))
    assert cleaned.paragraphs == tuple(ARTICLE)
    assert cleaned.title is None
    assert cleaned.warnings == ()


def test_a_short_plain_text_is_kept_whole() -> None:
    text = "The bridge on Mill Road is closed for repairs. It reopens on Friday, the council said."
    assert clean(text).paragraphs == (text,)


def test_summaries_never_quote_the_title_the_menu_or_the_comments() -> None:
    for method in ("lead", "lexrank", "random"):
        summary = summarize(dressed(), method=method, sentences=5)
        assert set(summary.sentences) <= set(ARTICLE)
        assert summary.title == "Water board approves plan to replace century-old pipes"


def test_explain_names_the_evidence_that_weighed_most() -> None:
    cleaned = clean(dressed(), explain=True)
    judged = [line for line in cleaned.lines if line.text.strip()]
    assert all(line.evidence.startswith(("article ", "title ")) for line in judged)
    assert any("weighed most:" in line.evidence for line in judged)
    plain = clean(dressed())
    assert [line.label for line in plain.lines] == [line.label for line in cleaned.lines]


def test_the_same_page_gives_the_same_result() -> None:
    assert clean(dressed(), explain=True) == clean(dressed(), explain=True)


def test_language_is_detected_and_can_be_given() -> None:
    german = page(
        "Der Stadtrat hat am Montag beschlossen, die ältesten Wasserleitungen der Stadt in den "
        "nächsten drei Jahren zu ersetzen.",
        "Die Arbeiten sollen Straße für Straße erfolgen, damit kein Haushalt länger als einen "
        "Tag ohne Wasser ist, sagte der Bürgermeister.",
    )
    assert clean(german).language == "german"
    assert clean(german, language="de").language == "german"
    assert clean(page(*ARTICLE)).language == "english"
    with pytest.raises(OptionError, match="unknown language"):
        clean(german, language="klingon")


def test_empty_or_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="empty"):
        clean("  \n\n ")
    with pytest.raises(InputError, match="string"):
        clean(None)  # type: ignore[arg-type]


def test_an_html_page_without_visible_text_is_a_clear_error() -> None:
    shell = ("<html><head><title>App</title><script>render('#root')</script></head>"
             "<body><div id='root'></div><script>boot()</script></body></html>")
    with pytest.raises(InputError, match="JavaScript"):
        clean(shell)


def test_html_keeps_the_article_and_drops_comments_and_navigation() -> None:
    markup = (HTML_PAGES / "news_comments.html").read_text(encoding="utf-8")
    cleaned = clean(markup)
    assert cleaned.title is not None and "pier" in cleaned.title
    body = " ".join(cleaned.paragraphs)
    assert "Residents of Saltmarsh Bay voted" in body
    assert "The pier's trust will hold a public meeting" in body
    for chrome in ("Fourteen million pounds for a pier", "We use cookies",
                   "Your email address", "Skip to main content", "All rights reserved"):
        assert chrome not in body
    assert "Who pays for the rebuild" in cleaned.headings


def test_html_blog_with_sidebar() -> None:
    cleaned = clean((HTML_PAGES / "blog_sidebar.html").read_text(encoding="utf-8"))
    assert cleaned.paragraphs
    assert cleaned.title
    for line in cleaned.lines:
        if line.label == Label.BODY:
            assert line.score is not None and line.score >= shipped_models().html.threshold


def test_when_no_line_looks_like_article_the_likeliest_are_kept_with_a_warning() -> None:
    models = shipped_models()
    strict = type(models)(text=type(models.text)(**{**vars_of(models.text), "threshold": 2.0}),
                          html=models.html, about=models.about)
    cleaned = clean(page(*ARTICLE), models=strict)
    assert cleaned.paragraphs
    assert any("likeliest" in warning for warning in cleaned.warnings)


def test_a_failing_model_falls_back_to_the_uncleaned_text_with_a_warning(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("model exploded")

    import importlib

    monkeypatch.setattr(importlib.import_module("summarizer.clean"), "score_units", broken)
    cleaned = clean(page(*ARTICLE))
    assert cleaned.paragraphs == tuple(ARTICLE)
    assert any("cleaning failed" in warning and "model exploded" in warning
               for warning in cleaned.warnings)


def test_no_clean_keeps_every_line_and_html_visible_text() -> None:
    assert no_clean(page(*ARTICLE)).paragraphs == tuple(ARTICLE)
    markup = (HTML_PAGES / "news_comments.html").read_text(encoding="utf-8")
    visible = no_clean(markup).paragraphs
    assert "Skip to main content" in visible
    assert not any("dataLayer" in line for line in visible)


def vars_of(model: object) -> dict[str, object]:
    """The fields of a frozen dataclass instance, for making a changed copy."""
    from dataclasses import fields

    return {field.name: getattr(model, field.name) for field in fields(model)}  # type: ignore[arg-type]
