"""The page cleaner on small invented pages: each test pins one kind of evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.clean import Label, clean, no_clean

HTML_PAGES = Path(__file__).parent / "data" / "pages" / "html"

ARTICLE = [
    "The regional water board approved a plan on Monday to replace the town's oldest pipes, "
    "which date from the 1920s and burst four times last winter.",
    "Engineers said the work would take three years and would be done one street at a time, "
    "so that no household loses its supply for more than a day.",
    "The board declined to comment on March 3, 2024 when asked how the 12 million pound cost "
    "would be shared between residents and the national government.",
    "Residents welcomed the plan.",
    "A public meeting about the timetable will be held at the library next month, the board said.",
]


def page(*lines: str) -> str:
    """Lines joined into a text dump, blank line between each."""
    return "\n\n".join(lines) + "\n"


def labels(text: str) -> dict[str, str]:
    """Line text → label, for the non-blank lines."""
    return {line.text.strip(): line.label for line in clean(text).lines if line.text.strip()}


def test_every_input_line_is_labelled_in_order() -> None:
    text = page("Menu", "Water board approves pipe plan", *ARTICLE)
    cleaned = clean(text)
    assert [line.number for line in cleaned.lines] == list(range(1, len(text.splitlines()) + 1))
    assert all(line.evidence for line in cleaned.lines)


def test_body_with_dates_and_the_word_comment_is_kept() -> None:
    cleaned = clean(page("Water board approves pipe plan", *ARTICLE))
    assert cleaned.paragraphs == tuple(ARTICLE)
    assert cleaned.title == "Water board approves pipe plan"
    assert cleaned.warnings == ()


def test_bare_article_passes_through_unchanged() -> None:
    text = "\n".join(ARTICLE)
    assert clean(text).paragraphs == tuple(ARTICLE)
    assert clean(text).title is None


def test_comment_thread_runs_to_the_end_of_the_page() -> None:
    thread = ["Ann Whitby", "May 4, 2024 at 9:14 am",
              "I think the board should have done this years ago, my street floods every time.",
              "Reply", "kettle_boy", "May 4, 2024 at 11:02 am",
              "Typical council, always three years late and twice over budget on everything.",
              "Reply", "Back to top"]
    found = labels(page("Water board approves pipe plan", *ARTICLE, *thread))
    assert [found[line] for line in ARTICLE] == ["body"] * len(ARTICLE)
    assert all(found[line] in {"comments", "navigation"} for line in thread)
    assert found[thread[2]] == "comments"


def test_inline_comment_headers_start_a_thread() -> None:
    thread = ["rivers · 3 hours ago", "Nobody asked the people who actually live here about it.",
              "Like · Reply", "Pat K · 5 hours ago",
              "The pipes on my road were replaced in 2019 and it went smoothly enough.",
              "Like · Reply"]
    found = labels(page(*ARTICLE, *thread))
    assert found[thread[1]] == found[thread[4]] == "comments"


def test_chrome_around_the_article_is_dropped() -> None:
    chrome = {
        "Skip to content": "navigation",
        "Home | News | Sport | Weather": "navigation",
        "We use cookies to improve your experience. By using this site you accept our cookie "
        "policy.": "other",
        "By Jo Marsh": "byline",
        "Workers inspect a burst main. Photo: Kim Ode/Getty Images": "caption",
        "Sign up for our newsletter and get the top stories delivered to your inbox.": "other",
        "Related stories": "related",
        "© 2024 The Valley Courier. All rights reserved.": "other",
    }
    keys = list(chrome)
    text = page(*keys[:2], "Water board approves pipe plan", *keys[2:5], *ARTICLE, *keys[5:])
    cleaned = clean(text)
    assert cleaned.paragraphs == tuple(ARTICLE)
    found = labels(text)
    assert {line: found[line] for line in chrome} == chrome


def test_closing_author_bio_is_a_byline_not_body() -> None:
    bio = "Jo Marsh is the Courier's environment correspondent."
    cleaned = clean(page(*ARTICLE, bio))
    assert bio not in cleaned.paragraphs
    assert labels(page(*ARTICLE, bio))[bio] == "byline"


def test_subheadings_and_short_questions_are_headings() -> None:
    text = page(ARTICLE[0], "Who pays for it", ARTICLE[1], "Will the work cause outages?",
                ARTICLE[2])
    cleaned = clean(text)
    assert cleaned.headings == ("Who pays for it", "Will the work cause outages?")
    assert cleaned.paragraphs == (ARTICLE[0], ARTICLE[1], ARTICLE[2])


def test_questions_that_refer_back_are_body() -> None:
    question = "But is that really enough for them?"
    assert question in clean(page(ARTICLE[0], question, ARTICLE[1])).paragraphs


def test_repeated_widget_lines_are_navigation() -> None:
    found = labels(page("Get the app", *ARTICLE[:3], "Get the app", *ARTICLE[3:]))
    assert found["Get the app"] == "navigation"


def test_fallback_when_cleaning_would_leave_almost_nothing() -> None:
    text = "Breaking news\nSubscribe\nShare\n"
    cleaned = clean("Storm warning issued. Stay indoors tonight.\n" + text)
    assert cleaned.paragraphs[0] == "Storm warning issued. Stay indoors tonight."
    tiny = clean("Menu\nSearch\nThe bridge is closed.\nLogin\n")
    assert tiny.warnings
    assert "uncleaned" in tiny.warnings[0]
    assert "Menu" in tiny.paragraphs
    assert any(line.evidence.startswith("kept by the fallback") for line in tiny.lines)


def test_dropped_lists_every_non_body_line() -> None:
    cleaned = clean(page("Menu", "Water board approves pipe plan", *ARTICLE, "Leave a Reply"))
    assert [line.text for line in cleaned.dropped] == [
        "Menu", "Water board approves pipe plan", "Leave a Reply"]
    assert [line.label for line in cleaned.dropped] == ["navigation", "title", "comments"]


def test_labels_are_the_documented_set() -> None:
    found = {line.label for line in clean(page("Menu", *ARTICLE, "Leave a Reply")).lines}
    assert found <= {label.value for label in Label}


@pytest.mark.parametrize("name", ["news_comments.html", "blog_sidebar.html"])
def test_html_keeps_the_article_and_drops_the_rest(name: str) -> None:
    markup = (HTML_PAGES / name).read_text(encoding="utf-8")
    cleaned = clean(markup)
    assert cleaned.title is not None
    assert cleaned.warnings == ()
    assert len(cleaned.paragraphs) >= 5
    body = " ".join(cleaned.paragraphs)
    for chrome in ("Skip to main content", "Reply", "Privacy Policy", "Share on Facebook",
                   "cookie", "Popular posts", "Related stories", "Sign up", "says:",
                   "Fourteen million pounds", "I drove that route", "Photograph:", "©",
                   "Copyright"):
        assert chrome not in body
    assert not any("<" in paragraph for paragraph in cleaned.paragraphs)
    dropped = [line for line in cleaned.lines if line.label != Label.BODY]
    assert dropped
    assert all(line.evidence for line in dropped)


def test_html_subheadings_are_headings_not_body() -> None:
    cleaned = clean((HTML_PAGES / "news_comments.html").read_text(encoding="utf-8"))
    assert cleaned.headings == ("Who pays for the rebuild",)
    assert "Who pays for the rebuild" not in cleaned.paragraphs


def test_no_clean_turns_html_into_visible_text_lines() -> None:
    raw = no_clean((HTML_PAGES / "news_comments.html").read_text(encoding="utf-8"))
    assert "Skip to main content" in raw.paragraphs
    assert any(p.startswith("Fourteen million pounds") for p in raw.paragraphs)
    assert not any("window.dataLayer" in p or "color: red" in p or "<" in p
                   for p in raw.paragraphs)


def test_no_clean_keeps_every_plain_line() -> None:
    text = page("Menu", *ARTICLE)
    assert no_clean(text).paragraphs == ("Menu", *ARTICLE)


def test_about_box_after_the_article_is_not_body() -> None:
    boiler = ("Calder Works is a leading maker of pumps for small farms, with offices in six "
              "countries and more than 900 employees.")
    cleaned = clean(page(*ARTICLE, "###", "About Calder Works", boiler))
    assert cleaned.paragraphs == tuple(ARTICLE)
    assert labels(page(*ARTICLE, "About Calder Works", boiler))[boiler] == "other"


def test_related_list_with_teasers_is_not_body() -> None:
    teaser = ("The town's main bridge will close for six weeks from Monday while engineers "
              "repair the joints, the council said.")
    text = page(*ARTICLE, "More from Local News", "Bridge to close for repairs", teaser)
    assert labels(text)[teaser] == "related"
    assert teaser not in clean(text).paragraphs


def test_a_sentence_quoting_a_title_is_still_prose() -> None:
    line = 'Viewers of "The Price Is Right" saw a contestant win a car on Thursday by mistake.'
    assert line in clean(page(line, *ARTICLE)).paragraphs


def test_by_followed_by_a_number_is_not_a_byline() -> None:
    question = "By 2070, will the pipes need replacing again?"
    found = labels(page(ARTICLE[0], question, *ARTICLE[1:]))
    assert found[question] != "byline"
    assert found[ARTICLE[-1]] == "body"


def test_thread_evidence_says_why_it_started() -> None:
    thread = ["Ann Whitby", "May 4, 2024 at 9:14 am", "Great news for the street, finally.",
              "Bo Lee", "May 4, 2024 at 10:01 am", "About time they sorted this out."]
    lines = clean(page(*ARTICLE, *thread)).lines
    evidence = next(line.evidence for line in lines if line.text == thread[2])
    assert "name-and-date comment headers" in evidence


@pytest.mark.parametrize("fragment", ["<p>The bridge is closed. It reopens on Monday.</p>",
                                      "<div><p>Short.</p></div>"])
def test_html_fragment_too_small_for_trafilatura_falls_back_with_a_warning(
    fragment: str,
) -> None:
    cleaned = clean(fragment)
    assert cleaned.paragraphs == no_clean(fragment).paragraphs
    assert cleaned.warnings


def test_undated_comments_with_reply_buttons_are_a_thread() -> None:
    thread = ["Sarah Field", "Best news all year, we have waited six years for a flat now.",
              "Reply", "Tom_B", "Councils know their towns better than any ministry ever will.",
              "Reply"]
    found = labels(page(*ARTICLE, *thread))
    assert [found[line] for line in thread] == ["comments"] * len(thread)
    assert found[ARTICLE[-1]] == "body"


def test_list_items_inside_the_body_are_body() -> None:
    items = ["- a fast track for projects near stations", "- a cap on appeal times"]
    cleaned = clean("\n".join([*ARTICLE[:2], "The main provisions are:", *items, *ARTICLE[2:]]))
    assert all(item in cleaned.paragraphs for item in items)


def test_dotted_byline_with_publication_stamps_is_a_byline() -> None:
    stamp = "By . Rhiannon Keel . PUBLISHED: . 12:01 EST, 3 May 2013 . | . UPDATED: . 14:22 EST"
    cleaned = clean(page("Pipes to be replaced street by street", stamp, *ARTICLE))
    assert labels(page("Pipes to be replaced street by street", stamp, *ARTICLE))[stamp] == "byline"
    assert cleaned.title == "Pipes to be replaced street by street"


def test_fallback_when_a_prose_text_would_lose_most_of_its_words() -> None:
    """Prose split by runs of odd short lines: the heaviest run alone is not the article."""
    words = iter("Kestrel Harbour Lantern Meadow Orchard Quarry Saffron Thistle Umber Willow "
                 "Yarrow Zinnia Bracken Clover Dogwood".split())
    paragraphs = [f"{line} Residents welcomed the plan." for line in ARTICLE[:3]]
    lines = [paragraphs[0], *(next(words) for _ in range(5)), paragraphs[1],
             *(next(words) for _ in range(5)), paragraphs[2]]
    cleaned = clean("\n".join(lines))
    assert cleaned.warnings
    assert "plain prose" in cleaned.warnings[0]
    assert cleaned.paragraphs == tuple(lines)


def test_html_explain_labels_what_trafilatura_dropped() -> None:
    cleaned = clean((HTML_PAGES / "news_comments.html").read_text(encoding="utf-8"))
    by_text = {line.text: line for line in cleaned.lines}
    assert by_text["Skip to main content"].label == "navigation"
    assert by_text["RiverRat"].label == "comments"
    assert by_text["Harbour town votes to rebuild its storm-wrecked pier"].label == "title"
    assert "outside trafilatura's main content" in by_text["RiverRat"].evidence


def test_related_headlines_with_dates_are_not_comment_headers() -> None:
    related = ["Related", "Library opening hours extended", "March 1, 2024",
               "Bridge repairs to start", "February 27, 2024"]
    found = labels(page(*ARTICLE, *related))
    assert found["Library opening hours extended"] == "related"
    assert found["Bridge repairs to start"] == "related"


@pytest.mark.parametrize("sentence", [
    "By Tuesday, the fires had spread to three more villages near the coast.",
    "Related to this, the mayor said the budget for the year was already tight.",
    "Latest figures show a three per cent rise in unemployment across the region.",
    "Responses to the survey were mixed, with older residents more sceptical.",
    "Have your say on the plans at the town hall on Monday, the council urged.",
    "The company uses cookies to track users across sites, regulators said.",
    "Those who sign up for the scheme will receive updates by post, officials said.",
    "CC Sabathia pitched seven innings and struck out nine in the win on Sunday.",
    "Getty Images said it would appeal the ruling, which it called unfair to artists.",
])
def test_sentences_that_start_like_furniture_stay_body(sentence: str) -> None:
    text = page(ARTICLE[0], ARTICLE[1], sentence, *ARTICLE[2:])
    assert sentence in clean(text).paragraphs
    assert clean(text).paragraphs[-1] == ARTICLE[-1]


def test_runs_of_short_sentences_do_not_split_the_body() -> None:
    shorts = ["It was cold.", "It was dark.", "The water rose.", "Nobody moved.", "Then it rained."]
    more = ["They dug.", "They waited."]
    text = page(ARTICLE[0], *shorts, "What the engineers found", *more, ARTICLE[1],
                *ARTICLE[2:])
    cleaned = clean(text)
    assert cleaned.paragraphs == (ARTICLE[0], *shorts, *more, *ARTICLE[1:])
    assert cleaned.headings == ("What the engineers found",)


def test_paywall_and_footer_sentences_after_the_article_are_not_body() -> None:
    box = ["Subscribe to continue reading",
           "You have reached your limit of free articles this month.",
           "Already a subscriber? Log in",
           "We are committed to accurate, fair and independent reporting. If you spot an error, "
           "please contact our standards editor.",
           "Our journalism is funded by readers like you, not by billionaire owners."]
    assert clean(page(*ARTICLE, *box)).paragraphs == tuple(ARTICLE)


def test_a_last_paragraph_after_an_ad_slot_is_still_body() -> None:
    last = "If you saw the burst main, we would like to hear from you, the board added."
    short = "We don't."
    text = page(*ARTICLE, "Advertisement", last, "Advertisement", short, "Sponsored content",
                "Why thousands of drivers are rethinking their car insurance this year.")
    assert clean(text).paragraphs == (*ARTICLE, last, short)


@pytest.mark.parametrize("line", [
    "Northern Wire writers Ann Lee in Oslo and Bo Kim contributed to this report.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "This article was amended on 5 March 2024. An earlier version gave the wrong date.",
    "Image caption, Residents gather outside the town hall.",
])
def test_credits_notices_and_corrections_are_not_body(line: str) -> None:
    assert clean(page(*ARTICLE[:3], line, *ARTICLE[3:])).paragraphs == tuple(ARTICLE)


def test_pull_quote_and_caption_over_its_credit_are_not_body() -> None:
    pull = f"“{ARTICLE[4]}”"
    caption = ["The scene on Tuesday morning.", "Photograph: Kim Ode/Getty Images"]
    text = page(ARTICLE[0], pull, ARTICLE[1], "\n".join(caption), *ARTICLE[2:])
    found = labels(text)
    assert (found[pull], found[caption[0]]) == ("other", "caption")
    assert clean(text).paragraphs == tuple(ARTICLE)


def test_a_duplicated_first_paragraph_keeps_its_first_copy() -> None:
    text = page(ARTICLE[0], ARTICLE[1], ARTICLE[0] + " " + ARTICLE[2], *ARTICLE[3:])
    assert clean(text).paragraphs[0] == ARTICLE[0]


def test_live_updates_with_share_buttons_and_time_stamps_are_body() -> None:
    lines = [line for paragraph in ARTICLE for line in ("12:45 GMT", paragraph, "Share")]
    assert clean(page("Live", *lines)).paragraphs == tuple(ARTICLE)


def test_undated_comments_under_a_readers_heading_are_comments() -> None:
    thread = ["What readers are saying", "Lotte R.",
              "Honestly, nobody in charge ever learns anything from this kind of mess.",
              "dave", "I would like to see the actual numbers before believing any of it."]
    found = labels(page(*ARTICLE, *thread))
    assert all(found[line] == "comments" for line in thread)


def test_a_quote_trailing_off_after_other_sentences_is_not_a_teaser() -> None:
    trailing = 'He paused. "Every person is a mystery, you know ...'
    assert trailing in clean(page(*ARTICLE[:2], trailing, *ARTICLE[2:])).paragraphs


@pytest.mark.parametrize("line", [
    "A version of this article appears in print on May 3, 2024, Section A, Page A6.",
    "Republish our articles for free, online or in print, under a Creative Commons licence.",
    "Ann Lee receives funding from the Research Council and would not benefit from this article.",
    "This story was originally published at the Valley Record.",
    "Editor's note: Names have been changed to protect the families.",
    "We may earn a commission when you buy through links on our site.",
])
def test_the_page_speaking_about_itself_is_not_body(line: str) -> None:
    assert clean(page(*ARTICLE[:2], line, *ARTICLE[2:])).paragraphs == tuple(ARTICLE)


@pytest.mark.parametrize("sentence", [
    "The reporter said the story was wrong and that the paper would print a correction.",
    "He covers the Senate for the Times, he said, and has never seen anything like it.",
    "Funding for the project was cut after the story appeared, officials said.",
    "The site was fenced off after the partners withdrew their funding in March.",
])
def test_news_about_reporters_stories_and_funding_stays_body(sentence: str) -> None:
    assert sentence in clean(page(*ARTICLE, sentence)).paragraphs


@pytest.mark.parametrize("bio", [
    "Jo Marsh is a reporter covering schools.",
    "Ann Lee covers health and science for the Courier.",
    "Bo Kim is a freelance writer who lives in Leeds.",
])
def test_newsroom_role_bios_at_the_end_are_bylines(bio: str) -> None:
    found = labels(page(*ARTICLE, bio, "Follow Bo Kim on Instagram"))
    assert found[bio] == "byline"
    assert found["Follow Bo Kim on Instagram"] == "byline"


def test_boxes_about_the_page_and_source_lists_are_not_body() -> None:
    disclosure = ["Disclosure statement",
                  "Ann Lee works for the Institute, which takes no money from water companies.",
                  "Partners", "The University of Eastmoor provides money as a member."]
    sources = ["Our sources",
               'Valley Record, "Board approves pipe plan after winter of bursts", March 4, 2024',
               'Northgate Post, "Who pays for new pipes?", 5 March 2024']
    text = "\n".join(disclosure) + "\n\n" + page(*ARTICLE) + "\n".join(sources) + "\n"
    assert clean(text).paragraphs == tuple(ARTICLE)


def test_a_source_list_without_a_heading_is_not_body() -> None:
    entries = ['Valley Record, "Board approves pipe plan after winter of bursts", March 4, 2024',
               'Northgate Post, "Who pays for new pipes?", 5 March 2024']
    quoting = 'The film, "Dark Water", opened in cinemas across the region on May 25, 2024.'
    cleaned = clean(page(*ARTICLE, quoting, *entries))
    assert cleaned.paragraphs == (*ARTICLE, quoting)


def test_line_ups_notes_to_editors_and_closing_notices_are_not_body() -> None:
    lineup = "Harbour Rovers: Okafor, Haddad, Osei, Brennan, Duarte."
    named = "Okafor, Haddad and Osei all scored before half-time, the club said."
    notes = ["Notes to editors", "1. The figures in this release are provisional."]
    closing = ["Source: Valley Record",
               "Kindly note that the opinion of the authors may not coincide with the "
               "position of the editorial office.",
               "If you found a mistake, please highlight it and press Ctrl+Enter."]
    text = page(*ARTICLE, named, lineup) + "\n".join(notes) + "\n\n" + "\n".join(closing)
    assert clean(text).paragraphs == (*ARTICLE, named)


def test_newsletter_thanks_box_and_pin_button_are_not_body() -> None:
    text = page(ARTICLE[0], "Pin it!", *ARTICLE[1:],
                "Thanks for reading Ann's Notebook! Subscribe for free to receive new posts "
                "and support my work.")
    assert clean(text).paragraphs == tuple(ARTICLE)


def test_closing_line_off_topic_in_the_site_voice_is_not_body() -> None:
    story = [
        "The harbour council voted on Tuesday to close the old ferry terminal for repairs.",
        "Council members said the ferry terminal had leaked for years and repairs were overdue.",
        "The repairs to the terminal will take six months, the harbour council said.",
    ]
    closing = "If you enjoy our show, please rate it wherever you listen to podcasts."
    page = clean("\n\n".join([*story, closing]))
    assert page.paragraphs == tuple(story)
    dropped = {line.text: line.evidence for line in page.dropped}
    assert "topic cohesion" in dropped[closing]
    # On topic, or quoted, it stays: the voice alone is not enough.
    on_topic = "If you use the ferry terminal, the council says repairs take six months."
    assert clean("\n\n".join([*story, on_topic])).paragraphs == (*story, on_topic)


def test_box_set_under_a_heading_after_the_body_is_not_body() -> None:
    box = ["Getting there",
           "Return trains to the coast start from 40 pounds; the journey takes three hours.",
           "Prices were correct at the time of publication."]
    text = "\n\n".join(ARTICLE) + "\n\n" + "\n".join(box) + "\n"
    cleaned = clean(text)
    assert cleaned.paragraphs == tuple(ARTICLE)
    dropped = {line.text: line.evidence for line in cleaned.dropped}
    assert "box after the body" in dropped[box[1]]


def test_reference_list_under_a_heading_is_not_body() -> None:
    refs = ["Journal Reference:",
            "A. Lee, B. Kim. Old pipes and winter bursts. Water Research, 2021; 12 (3): 45 "
            "DOI: 10.1000/wr.2021.45"]
    text = "\n\n".join(ARTICLE) + "\n\n" + "\n".join(refs) + "\n"
    assert clean(text).paragraphs == tuple(ARTICLE)


def test_last_section_under_a_subheading_on_topic_stays_body() -> None:
    section = ["What happens next",
               "The board said the pipes on the oldest street would be replaced first, "
               "and residents would be told a week before their supply is cut."]
    text = "\n\n".join(ARTICLE) + "\n\n" + "\n".join(section) + "\n"
    assert section[1] in clean(text).paragraphs


def test_bio_of_someone_the_article_is_not_about_is_not_body() -> None:
    bio = "Dana Whitfield is a retired schoolteacher who lives in Eastmoor."
    views = "The views expressed in this column are those of the writer alone."
    cleaned = clean("\n\n".join([*ARTICLE, bio, views]))
    assert cleaned.paragraphs == tuple(ARTICLE)
    # Named in the article, the same shape is news about its subject.
    subject = "Dana Whitfield, a retired schoolteacher, told the board the pipes burst in March."
    story = [*ARTICLE, subject, bio]
    assert clean("\n\n".join(story)).paragraphs == tuple(story)


def test_production_credit_closing_the_body_is_not_body() -> None:
    credit = ("This episode was produced by Dana Whitfield and mixed by Otto Brandt. "
              "Theme music by Blue Lantern.")
    cleaned = clean("\n\n".join([*ARTICLE, credit]))
    assert cleaned.paragraphs == tuple(ARTICLE)


def test_notice_above_the_body_is_not_body_but_a_first_sentence_is() -> None:
    policy = ("We only use trusted sources to keep our content accurate. "
              "You can read more about how we check facts in our policy.")
    assert clean("\n\n".join([policy, *ARTICLE])).paragraphs == tuple(ARTICLE)
    # Naming its subject, a first sentence in the site's voice is the article's lead.
    lead = "Harbourview's new podcast is a conversation about how we present ourselves online."
    assert clean("\n\n".join([lead, *ARTICLE])).paragraphs[0] == lead


def test_summary_box_above_the_body_is_not_body() -> None:
    summary = "Old pipes will be replaced over three years, officials report."
    text = ("Summary:\n" + summary + "\n\nFull Story\n\n" + "\n\n".join(ARTICLE) + "\n")
    assert clean(text).paragraphs == tuple(ARTICLE)


def test_separated_time_stamps_above_the_body_are_not_body() -> None:
    page = (
        "City council approves new bike lanes after heated debate\n"
        "By Tom Reilly | Staff Writer\n"
        "Published March 4, 2024 at 6:12 p.m. | Updated March 5, 2024 at 9:00 a.m.\n"
        "The city council voted 7-2 on Monday night to approve a network of protected "
        "bike lanes downtown, ending months of debate.\n"
        "The $4.2 million plan will add 11 miles of lanes separated from traffic by "
        "concrete curbs, and construction is set to begin in June.\n"
        "Supporters packed the chamber, many of them wearing yellow shirts, while business "
        "owners warned that removing parking spaces would hurt their sales.\n"
    )
    kept = clean(page).paragraphs
    assert not any(p.startswith("Published") for p in kept)
    assert kept[0].startswith("The city council voted")
