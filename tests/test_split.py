"""Sentence splitting: must-pass news cases, accuracy floors, invariants, properties."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.errors import OptionError
from summarizer.language import supported_languages
from summarizer.normalize import normalize_text
from summarizer.split import split_paragraphs, split_sentences, split_with

DATA = Path(__file__).resolve().parent / "data"
# Floors about two cases under the measured figures (docs/splitting.md), so a rule
# change that breaks even a few cases fails here.
DEV_FLOOR = 0.97  # measured 71/71; the rules were tuned on it
HELDOUT_FLOOR = 0.95  # measured 45/48 when written, 48/48 after it became dev data
HELDOUT2_FLOOR = 0.97  # measured 62/73 before the abbreviation rules, 73/73 after
HELDOUT3_FLOOR = 0.92  # measured 37/38 when written, 38/38 after the inline-list rule
FRESH_FLOOR = 0.98  # measured 123/127 when written (rules unseen), 127/127 after
FRESH2_FLOOR = 0.96  # measured 60/60, written after the rules were frozen (029a271)
FLOORS = {
    "sentences_dev.jsonl": DEV_FLOOR,
    "sentences_heldout.jsonl": HELDOUT_FLOOR,
    "sentences_heldout2.jsonl": HELDOUT2_FLOOR,
    "sentences_heldout3.jsonl": HELDOUT3_FLOOR,
    "sentences_fresh.jsonl": FRESH_FLOOR,
    "sentences_fresh2.jsonl": FRESH2_FLOOR,
}

MUST_PASS = [
    ("He moved to the U.S. He loved it.", ["He moved to the U.S.", "He loved it."]),
    ('"Why?" he asked. Nobody spoke.', ['"Why?" he asked.', "Nobody spoke."]),
    ('He asked "why?" Then she left.', ['He asked "why?"', "Then she left."]),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("Wait... what? It ended.", ["Wait... what?", "It ended."]),
    ("Lt. Gen. Ray Odierno and Adm. Mike Mullen spoke. Both agreed.",
     ["Lt. Gen. Ray Odierno and Adm. Mike Mullen spoke.", "Both agreed."]),
    ("J.R.R. Tolkien met George W. Bush. Odd.", ["J.R.R. Tolkien met George W. Bush.", "Odd."]),
    ("It cost $3.5 billion, up 2.5%. Bread is £1.20.",
     ["It cost $3.5 billion, up 2.5%.", "Bread is £1.20."]),
    ("Amazon.com and example.org/path grew. So did mail@example.com.",
     ["Amazon.com and example.org/path grew.", "So did mail@example.com."]),
    ("(CNN)The storm hit at 4 p.m. Monday. No one died.",
     ["(CNN)The storm hit at 4 p.m. Monday.", "No one died."]),
    ("‘It was over,’ she said.’ Then silence.", ["‘It was over,’ she said.’", "Then silence."]),
    ("He wore No. 5 at Apple Inc. in Washington, D.C. for years. It fit.",
     ["He wore No. 5 at Apple Inc. in Washington, D.C. for years.", "It fit."]),
    ("The vote was close. 2016 changed that.", ["The vote was close.", "2016 changed that."]),
    ("She left the hospital. as she had planned. Fans waited.",
     ["She left the hospital. as she had planned.", "Fans waited."]),
]  # fmt: skip

# One line per abbreviation rule in summarizer/split_abbrev.py: what follows decides.
ABBREVIATION_CASES = [
    # A month is followed by a day or a year inside a sentence.
    ("It ends in Nov. Polls show a tie.", ["It ends in Nov.", "Polls show a tie."]),
    ("It began Sept. 11, 2001, in New York.", ["It began Sept. 11, 2001, in New York."]),
    # a.m./p.m.: a weekday, a month, a zone or "... time" continue; other capitals end it.
    ("It landed after 11 p.m. Passengers cheered.",
     ["It landed after 11 p.m.", "Passengers cheered."]),
    ("Polls close at 8 p.m. ET Tuesday and 9 p.m. Paris time.",
     ["Polls close at 8 p.m. ET Tuesday and 9 p.m. Paris time."]),
    ("The quake hit at 5 p.m. (2200 GMT) Sunday.", ["The quake hit at 5 p.m. (2200 GMT) Sunday."]),
    # U.S./U.N./D.C.: a name continues (listed noun, two capitals, "X of Y"), else a new one.
    ("He fled to the U.S. Agents found him.", ["He fled to the U.S.", "Agents found him."]),
    ("The U.S. Navy and U.S. Virgin Islands police met U.S. Centers for Disease Control staff.",
     ["The U.S. Navy and U.S. Virgin Islands police met U.S. Centers for Disease Control staff."]),
    ("She spoke at the U.N. Thursday.", ["She spoke at the U.N. Thursday."]),
    # Companies: a title or a name continues; "Co." after a lower-case word is County.
    ("Apple Inc. CEO Tim Cook and Samsung Co. Ltd. met in Co. Cork.",
     ["Apple Inc. CEO Tim Cook and Samsung Co. Ltd. met in Co. Cork."]),
    ("It was sold to Alphabet Inc. Shares rose.", ["It was sold to Alphabet Inc.", "Shares rose."]),
    # St.: Saint before a name, Street after one.
    ("Mount St. Helens is near St. Paul's Road.", ["Mount St. Helens is near St. Paul's Road."]),
    ("It is on Main St. Police closed it.", ["It is on Main St.", "Police closed it."]),
    # A letter after a number is a unit, not an initial.
    ("It hit 104 degrees F. Schools closed.", ["It hit 104 degrees F.", "Schools closed."]),
    ("A. N. Wilson met George W. Bush.", ["A. N. Wilson met George W. Bush."]),
    ("They sold hats, etc. Sales rose.", ["They sold hats, etc.", "Sales rose."]),
    # "Bros." sits inside a name; "Jr." after a name continues only into a named thing.
    ("Warner Bros. Discovery said so. It was sold to Warner Bros. The deal closed.",
     ["Warner Bros. Discovery said so.", "It was sold to Warner Bros.", "The deal closed."]),
    ("Cal Ripken Jr. Fans cheered on Martin Luther King Jr. Day in his honor.",
     ["Cal Ripken Jr.", "Fans cheered on Martin Luther King Jr. Day in his honor."]),
    # Prefixed titles; adjectives that open a group's name after a place.
    ("Ex-Gov. Rick Perry met then-Sen. Obama and U.S. Catholic bishops.",
     ["Ex-Gov. Rick Perry met then-Sen. Obama and U.S. Catholic bishops."]),
    # A one-word "sentence" after a place is the end of its name.
    ("He joined the L.A. Lakers. He won.", ["He joined the L.A. Lakers.", "He won."]),
    # A contraction does not hide a sentence opener.
    ("It was Plan B. That's all.", ["It was Plan B.", "That's all."]),
]  # fmt: skip

# Language-neutral and start-of-sentence rules in summarizer/split.py.
START_CASES = [
    # Camel-case brands start sentences in lower case.
    ("Apple unveiled a phone. iPhone sales rose. eBay fell.",
     ["Apple unveiled a phone.", "iPhone sales rose.", "eBay fell."]),
    # A glued library cut needs a word after it, not the rest of a dotted abbreviation.
    ("Sen. Chuck Schumer, D-N.Y., said yes.", ["Sen. Chuck Schumer, D-N.Y., said yes."]),
    # An inline list after a colon keeps its "1." when a "2." follows; a count does not.
    ("Three steps: 1. Cut taxes. 2. Build homes.",
     ["Three steps: 1. Cut taxes.", "2. Build homes."]),
    ("The count: 228. ISIS denied it.", ["The count: 228.", "ISIS denied it."]),
]  # fmt: skip

# After a quoted "!" or "?", a name (particles included) and a speech verb that closes
# the clause or opens an adverbial continue the sentence; a reported clause does not.
ATTRIBUTION_CASES = [
    ('"We did it!" Mayor Bill de Blasio shouted. The crowd roared.',
     ['"We did it!" Mayor Bill de Blasio shouted.', "The crowd roared."]),
    ("“Why not?” Ursula von der Leyen asked during the debate.",
     ["“Why not?” Ursula von der Leyen asked during the debate."]),
    ("“Enough!” Abu Bakr al-Baghdadi declared.", ["“Enough!” Abu Bakr al-Baghdadi declared."]),
    ('"No!" Smith told CNN on Monday.', ['"No!" Smith told CNN on Monday.']),
    ('"Look!" Lawrence said his goal is to win.', ['"Look!"', "Lawrence said his goal is to win."]),
    ('"No!" Smith said he was innocent.', ['"No!"', "Smith said he was innocent."]),
    # An age in commas between the name and the verb.
    ('"Why?" Smith, 45, asked. Nobody replied.', ['"Why?" Smith, 45, asked.', "Nobody replied."]),
]  # fmt: skip


def load(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def assert_verbatim(text: str, sentences: list[str]) -> None:
    """Each sentence is a stripped, non-empty substring, in order, covering the text."""
    position = 0
    for sentence in sentences:
        assert sentence
        assert sentence == sentence.strip()
        found = text.find(sentence, position)
        assert found >= 0, f"{sentence!r} not found in order"
        position = found + len(sentence)
    assert "".join("".join(sentences).split()) == "".join(text.split())


@pytest.mark.parametrize(("text", "expected"), MUST_PASS)
def test_must_pass(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), ABBREVIATION_CASES + START_CASES + ATTRIBUTION_CASES)
def test_rules(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_floor(name: str) -> None:
    cases = load(name)
    assert len(cases) >= 30
    wrong = [c["id"] for c in cases if split_sentences(str(c["text"])) != c["sentences"]]
    assert 1 - len(wrong) / len(cases) >= FLOORS[name], f"wrong: {wrong}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_case_files_are_consistent(name: str) -> None:
    """Expected sentences are themselves verbatim: a typo in a case cannot pass silently."""
    cases = load(name)
    assert len({case["id"] for case in cases}) == len(cases)
    for case in cases:
        expected = case["sentences"]
        assert isinstance(expected, list)
        assert_verbatim(str(case["text"]), [str(s) for s in expected])


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_cases_invariants(name: str) -> None:
    for case in load(name):
        assert_verbatim(str(case["text"]), split_sentences(str(case["text"])))


def test_cnndm_invariants(cnndm_articles: list[str]) -> None:
    for article in cnndm_articles[:60]:
        sentences = split_sentences(article)
        assert_verbatim(article, sentences)
        assert len(sentences) > 1


def test_never_merges_lines() -> None:
    text = "Police said\nthe man fled. He was caught\n\nin the U.S.\nHe lived in Washington, D.C.\n"
    lines = [line.strip() for line in text.splitlines()]
    sentences = split_sentences(text)
    assert all(any(s in line for line in lines) for s in sentences)
    assert sentences == [
        "Police said", "the man fled.", "He was caught", "in the U.S.",
        "He lived in Washington, D.C.",
    ]  # fmt: skip


def test_numbered_list_keeps_its_numbers() -> None:
    text = "1. Mix the flour. 2. Add eggs. 3. Bake."
    assert split_sentences(text) == ["1. Mix the flour.", "2. Add eggs.", "3. Bake."]


def test_library_cuts_are_filtered() -> None:
    """A proposer cutting everywhere still cannot split after a title or mid-word."""
    everywhere = lambda line, code: range(len(line))  # noqa: E731
    text = "Dr. Smith saw 3.5 million people. They cheered."
    assert split_with(text, proposer=everywhere) == [
        "Dr. Smith saw 3.5 million people.",
        "They cheered.",
    ]


@pytest.mark.parametrize("language", supported_languages())
def test_every_supported_language_splits(language: str) -> None:
    text = "Das ist gut. Nous sommes là. ¿Qué pasa? Det är bra.\nهذا جيد. هل أنت هنا؟"
    sentences = split_sentences(text, language=language)
    assert_verbatim(text, sentences)
    assert len(sentences) >= 4


def test_other_languages_keep_their_abbreviations() -> None:
    text = "Dr. Müller kam am 3. Mai nach Berlin. Er blieb zwei Tage."
    assert split_sentences(text, language="German") == [
        "Dr. Müller kam am 3. Mai nach Berlin.",
        "Er blieb zwei Tage.",
    ]


def test_language_codes_are_accepted() -> None:
    assert split_sentences("One. Two.", language="en") == ["One.", "Two."]


def test_unknown_language_splits_by_the_neutral_rules() -> None:
    text = "The vote was close. Nobody expected it! Why? 1. It ends."
    assert split_sentences(text, language="klingon") == [
        "The vote was close.", "Nobody expected it!", "Why?", "1. It ends."]


def test_language_must_be_a_string() -> None:
    with pytest.raises(OptionError, match=r"^language must be a name") as error:
        split_sentences("Text.", language=None)  # type: ignore[arg-type]
    assert isinstance(error.value, TypeError)
    assert "\n" not in str(error.value)


def test_split_paragraphs_unchanged() -> None:
    assert split_paragraphs("  a b \n\n\t\n c.  \r\nd") == ["a b", "c.", "d"]
    assert split_paragraphs(" \n ") == []


NEWSY = st.lists(
    st.sampled_from(
        'U.S. Dr. Smith said "no." Why? ... … 3.5 p.m. J. (CNN) 1. he The \' ” ‘ ! . \n'.split(" ")
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=300), NEWSY))
def test_property_verbatim_ordered_complete(text: str) -> None:
    sentences = split_sentences(text)
    text = normalize_text(text)  # sentences are verbatim from the normalised text
    assert_verbatim(text, sentences)
    lines = text.splitlines()
    assert all(any(s in line for line in lines) for s in sentences)
    assert not any(re.search(r"\n", s) for s in sentences)
