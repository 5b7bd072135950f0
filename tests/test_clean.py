"""The page cleaner as a user meets it: what it keeps, labels, explains and refuses.

The pages here are small and invented. They pin behaviour any sound cleaner must
have (a comment thread, a menu and a byline are not the article; a bare article
passes through; the title is found), not the decision of any one rule: the
decisions are the learned model's (see test_clean_model.py for its parts).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.clean import Label, clean, no_clean
from summarizer.clean.decode import SETTLED_IN, SETTLED_OUT, TITLE_FLOOR, TITLE_MIN, title_index
from summarizer.clean.linemodel import Scored, shipped_models
from summarizer.errors import InputError, OptionError

HTML_PAGES = Path(__file__).parent / "data" / "pages" / "html"
SEED_PAGES = sorted((Path(__file__).parent.parent / "references" / "articles").glob("*.txt"))

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


def test_explain_says_when_the_neighbours_settled_a_line() -> None:
    # A high switch cost makes the sequence decoding overrule doubtful lines; each overruled
    # line says so, and no other line does.
    models = shipped_models()
    sticky = replace(models, text=replace(models.text, switch_cost=4.0))
    threshold = models.text.threshold
    overruled = 0
    for text in (dressed(), *(path.read_text(encoding="utf-8") for path in SEED_PAGES)):
        for line in clean(text, models=sticky, explain=True).lines:
            if line.score is None or line.label == Label.TITLE:
                continue
            kept = line.label in (Label.BODY, Label.HEADING)
            alone = line.score >= threshold
            assert (SETTLED_IN in line.evidence) == (kept and not alone), line
            assert (SETTLED_OUT in line.evidence) == (alone and not kept), line
            overruled += kept != alone
    assert overruled


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
    assert cleaned.title is not None
    assert "pier" in cleaned.title
    body = " ".join(cleaned.paragraphs)
    assert "Residents of Saltmarsh Bay voted" in body
    assert "Council leader Ines Marchetti said" in body
    for chrome in ("Fourteen million pounds for a pier", "We use cookies",
                   "Your email address", "Skip to main content", "All rights reserved"):
        assert chrome not in body
    assert "Who pays for the rebuild" in cleaned.headings


@pytest.mark.xfail(strict=True, reason=(
    "known limitation: a one-sentence closing paragraph set after an inline related-stories "
    "box and just before the comments is dropped (0.19; the model without the fresh set's "
    "HTML pages kept it at 0.59, a coin flip); those pages raised leave-sites-out HTML F1 "
    "from 0.958 to 0.964 (benchmarks/cleaner_cv.py), so they stay"))
def test_html_keeps_a_closing_paragraph_after_an_inline_related_box() -> None:
    markup = (HTML_PAGES / "news_comments.html").read_text(encoding="utf-8")
    assert "The pier's trust will hold a public meeting" in " ".join(clean(markup).paragraphs)


def test_html_blog_with_sidebar() -> None:
    cleaned = clean((HTML_PAGES / "blog_sidebar.html").read_text(encoding="utf-8"))
    assert cleaned.paragraphs
    assert cleaned.title
    for line in cleaned.lines:
        if line.label == Label.BODY:
            assert line.score is not None
            below = line.score < shipped_models().html.threshold
            assert not below or SETTLED_IN in line.evidence


def test_when_no_line_looks_like_article_the_likeliest_are_kept_with_a_warning() -> None:
    models = shipped_models()
    strict = replace(models, text=replace(models.text, threshold=2.0))
    cleaned = clean(page(*ARTICLE), models=strict)
    assert cleaned.paragraphs
    assert any("likeliest" in warning for warning in cleaned.warnings)


def test_a_headline_kept_as_the_likeliest_line_is_the_article_not_the_title() -> None:
    # Found by the property tests: one headline-like line was both the title and the only
    # kept paragraph, so the summary had no sentence left.
    text = "said the the the council council 2024."
    cleaned = clean(text)
    assert cleaned.paragraphs == (text,)
    assert cleaned.title is None
    assert summarize(text, method="lead", sentences=1).sentences == (text,)


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


def test_nothing_inside_a_hidden_element_is_read_but_noscript_content_is() -> None:
    from summarizer.clean.dom import html_units

    markup = """<html><head><title>Page title</title><style>p {}</style></head><body>
    <div style="display: none"><p>Schema metadata paragraph</p><span>2019-11-19T08:57</span></div>
    <aside aria-hidden="true"><p>A pull quote repeated</p></aside>
    <div hidden><ul><li>Hidden menu item</li></ul></div>
    <template><p>Template paragraph</p></template>
    <video><p>Your browser cannot play this video</p></video>
    <svg><title>Icon title</title><text>Icon text</text></svg>
    <noscript><p>The article for readers without JavaScript.</p></noscript>
    <p>A visible paragraph.</p></body></html>"""
    texts = [unit.text for unit in html_units(markup)]
    assert texts == ["Page title", "The article for readers without JavaScript.",
                     "A visible paragraph."]


# Fuzzing: whatever the page, cleaning labels every line, keeps lines verbatim, returns
# the same result twice, and fails only with a clear InputError.

SOUP_LINES: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(ARTICLE + MENU + THREAD + ["", "   ", "Reply", "Photo: AP", "© 2024",
                                               "1 2 3 4 5", "https://example.com/a?b=c",
                                               "Read more:", "<b>not html</b>", "\t* item"]),
    st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\n\r"),
            max_size=120),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(SOUP_LINES, max_size=60))
def test_any_line_soup_is_labelled_line_by_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        cleaned = clean(text, language="english")
    except InputError:
        assert not text.strip() or "HTML" in text.upper()
        return
    assert [line.number for line in cleaned.lines] == list(range(1, len(cleaned.lines) + 1))
    stripped = {line.strip() for line in text.split("\n")}
    assert all(paragraph in stripped for paragraph in cleaned.paragraphs)
    assert clean(text, language="english") == cleaned


TAGS = st.sampled_from(["div", "p", "span", "article", "nav", "footer", "ul", "li", "a",
                        "h1", "h2", "table", "td", "script", "section", "figure", "b"])


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Random nesting of tags around article sentences, menu items and noise."""
    parts = ["<html><body>"]
    open_tags: list[str] = []
    for _ in range(draw(st.integers(min_value=0, max_value=40))):
        close: bool = draw(st.booleans())
        if open_tags and close:
            parts.append(f"</{open_tags.pop()}>")
        tag = draw(TAGS)
        parts.append(f"<{tag} class='{draw(st.sampled_from(['x', 'comment', 'menu', '']))}'>")
        open_tags.append(tag)
        parts.append(draw(SOUP_LINES).replace("<", "&lt;"))
    return "".join(parts)  # unclosed tags on purpose: pages arrive broken


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup=html_soup())
def test_any_html_soup_is_cleaned_or_refused_clearly(markup: str) -> None:
    try:
        cleaned = clean(markup, language="english")
    except InputError as error:
        message = str(error)
        cleaned = None
    if cleaned is None:
        assert "no visible text" in message
        return
    assert all(p and p == p.strip() for p in cleaned.paragraphs)
    assert clean(markup, language="english") == cleaned


def test_very_deep_nesting_keeps_the_article() -> None:
    depth = 600
    markup = ("<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in ARTICLE)
              + "</div>" * depth + "</body></html>")
    cleaned = clean(markup, language="english")
    assert cleaned.paragraphs == tuple(ARTICLE)


def test_thousands_of_one_line_paragraphs_are_cleaned() -> None:
    """The issue's 30,000-line page took minutes; now every stage is linear (the
    benchmark benchmarks/cleaner_speed.py measures it: this only checks it completes)."""
    lines = [f"Line {i}: the board met again on Monday." for i in range(30_000)]
    cleaned = clean("\n".join(lines), language="english")
    assert len(cleaned.lines) == 30_000


CLEAN_ALL = """
import json, sys
from pathlib import Path
from summarizer.clean import clean
out = {}
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.suffix in (".txt", ".html") and not path.name.endswith((".body.txt", ".title.txt")):
        cleaned = clean(path.read_text(encoding="utf-8"))
        out[path.name] = [cleaned.title, cleaned.language,
                          [[line.label, line.score] for line in cleaned.lines]]
print(json.dumps(out))
"""


def test_the_same_page_is_cleaned_the_same_under_any_string_hashing() -> None:
    """Ties between equally frequent words once broke by set order, which changes with
    PYTHONHASHSEED: the same page was cleaned differently in another process."""
    import json
    import os
    import subprocess
    import sys

    pages = Path(__file__).parent / "data" / "pages"
    runs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", CLEAN_ALL, str(pages)], check=True,
                              capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) > 40
    assert runs[0] == runs[1]


def _scored(p: list[float], title_p: list[float]) -> Scored:
    first = np.zeros((len(p), 1))
    return Scored(first=first, second=first, first_p=np.array(p), p=np.array(p),
                  title_p=np.array(title_p), n_tokens=np.ones(len(p)))


TEXTS = ["Menu", "Water board to replace the town's oldest pipes", "By A. Writer",
         "The regional water board approved a plan on Monday to replace the pipes.",
         "Engineers said the work would take three years."]


def test_the_likeliest_headline_before_the_article_is_the_title_from_the_floor() -> None:
    keep = np.array([False, False, False, True, True])
    scored = _scored([0.0, 0.1, 0.0, 0.9, 0.9], [0.01, 0.3, 0.05, 0.0, 0.0])
    assert title_index(scored, keep, TEXTS, floor=TITLE_FLOOR) == 1
    assert title_index(scored, keep, TEXTS, floor=TITLE_MIN) is None  # a page with metadata
    faint = _scored([0.0, 0.1, 0.0, 0.9, 0.9], [0.01, TITLE_FLOOR / 2, 0.02, 0.0, 0.0])
    assert title_index(faint, keep, TEXTS, floor=TITLE_FLOOR) is None


def test_an_article_line_leaves_the_body_as_title_only_on_sure_evidence() -> None:
    keep = np.array([False, True, False, True, True])  # the headline was kept as article
    likely = _scored([0.0, 0.6, 0.0, 0.9, 0.9], [0.01, 0.3, 0.05, 0.0, 0.0])
    assert title_index(likely, keep, TEXTS, floor=TITLE_FLOOR) is None
    sure = _scored([0.0, 0.6, 0.0, 0.9, 0.9], [0.01, 0.8, 0.05, 0.0, 0.0])
    assert title_index(sure, keep, TEXTS, floor=TITLE_FLOOR) == 1
    # a sentence is never a headline, however title-like its score
    prose = _scored([0.0, 0.0, 0.0, 0.9, 0.9], [0.0, 0.0, 0.0, 0.9, 0.0])
    assert title_index(prose, np.array([False, False, False, True, True]), TEXTS,
                       floor=TITLE_FLOOR) is None
