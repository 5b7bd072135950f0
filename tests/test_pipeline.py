"""The Python API: summarize(), Summary, and the pipeline stages."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import (
    InputError,
    OptionError,
    Summary,
    available_methods,
    split_sentences,
    summarize,
)
from summarizer.methods import get_method
from summarizer.pipeline import build_document, make_length
from summarizer.types import Length

TEXT = (
    "The city council approved the new budget on Monday. "
    "It includes $3.5 billion for schools. "
    "Critics said the plan ignores transit.\n\n"
    "The mayor will sign it this week. "
    "A public hearing is set for Jan. 5 at City Hall."
)


def test_public_names() -> None:
    for name in ("summarize", "split_sentences", "available_methods", "clean", "Summary"):
        assert name in summarizer.__all__


def test_summary_fields_and_str() -> None:
    summary = summarize(TEXT, method="lead")
    assert isinstance(summary, Summary)
    assert summary.method == "lead"
    assert summary.indices == (0, 1, 2)
    assert len(summary.scores) == 3
    assert str(summary) == "\n".join(summary.sentences)
    assert summary.sentences[0] == "The city council approved the new budget on Monday."


def test_default_is_three_sentences() -> None:
    assert len(summarize(TEXT)) == 3


def test_fewer_sentences_than_asked_gives_all() -> None:
    assert len(summarize(TEXT, method="lexrank", sentences=50)) == len(split_sentences(TEXT))


@pytest.mark.parametrize("method", available_methods())
def test_every_method_on_every_seed_is_verbatim(method: str, seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        summary = summarize(text, method=method)
        assert len(summary) == 3, name
        for sentence in summary.sentences:
            assert sentence in text
        assert summarize(text, method=method) == summary


def test_seed_changes_random_only_through_the_seed() -> None:
    text = " ".join(f"Sentence number {i} is about topic {i}." for i in range(30))
    a = summarize(text, method="random", seed=1)
    assert summarize(text, method="random", seed=1) == a
    assert any(summarize(text, method="random", seed=s).indices != a.indices for s in range(2, 6))


def test_length_validation() -> None:
    assert make_length() == Length(sentences=3)
    with pytest.raises(OptionError, match="conflict"):
        make_length(sentences=2, words=10)
    with pytest.raises(OptionError, match="positive"):
        make_length(sentences=0)
    with pytest.raises(OptionError, match="ratio"):
        make_length(ratio=0.0)


@pytest.mark.parametrize(
    "options",
    [{"sentences": 2.5}, {"sentences": "3"}, {"words": 10.7}, {"sentences": True},
     {"ratio": "half"}, {"seed": -1}, {"seed": 1.5}, {"max_sentences": 0}],
)
def test_options_must_have_the_right_type(options: dict[str, object]) -> None:
    with pytest.raises(OptionError):
        summarize(TEXT, **options)  # type: ignore[arg-type]


def test_text_must_be_a_string() -> None:
    with pytest.raises(InputError, match="string"):
        summarize(None)  # type: ignore[arg-type]


def test_errors() -> None:
    with pytest.raises(InputError, match="empty"):
        summarize("   \n ")
    with pytest.raises(OptionError, match="lexrank"):
        summarize(TEXT, method="nope")
    with pytest.raises(OptionError, match="english"):
        summarize(TEXT, language="klingon")


def test_build_document_never_merges_paragraphs() -> None:
    from summarizer.clean import no_clean

    document = build_document(no_clean("First line without a stop\nSecond line."))
    assert [s.text for s in document.sentences] == ["First line without a stop", "Second line."]
    assert [s.paragraph for s in document.sentences] == [0, 1]
    assert [s.index for s in document.sentences] == [0, 1]


def test_paragraphs_scored_below_the_sure_score_are_doubtful() -> None:
    from summarizer.clean import CleanedText, Label, LabelledLine
    from summarizer.pipeline import SURE_SCORE

    texts = ("The council met on Monday.", "Sign up for our newsletter.", "It voted twice.")
    scores = (0.99, SURE_SCORE - 0.05, SURE_SCORE)
    cleaned = CleanedText(title=None, headings=(), paragraphs=texts, lines=tuple(
        LabelledLine(number=i + 1, text=text, label=str(Label.BODY), score=score)
        for i, (text, score) in enumerate(zip(texts, scores, strict=True))))
    assert [s.doubtful for s in build_document(cleaned).sentences] == [False, True, False]
    assert not any(s.doubtful for s in build_document(cleaned, sure_score=0).sentences)
    assert all(s.doubtful for s in build_document(cleaned, sure_score=1).sentences)


def test_numbers_count_as_words_for_scoring() -> None:
    from summarizer.language import tokenize_words

    assert tokenize_words("COVID-19 cases rose 12.5% in 2024 in the U.S.") == (
        "COVID-19", "cases", "rose", "12.5", "in", "2024", "in", "the", "U.S",
    )


OPENING = ("The storm reached the coast late on Monday night and flooded many streets. "
           "Emergency crews worked through the night to rescue residents trapped in their "
           "homes by the rising water and the strong winds. Schools closed. The mayor said "
           "damage would take months to repair.")


def test_word_budget_is_contiguous_for_lead_only_by_default() -> None:
    assert summarize(OPENING, method="lead", words=16, clean=False).indices == (0,)
    assert summarize(OPENING, method="lead", words=16, clean=False,
                     contiguous=False).indices == (0, 2)
    assert get_method("lead").contiguous
    assert not any(get_method(name).contiguous for name in available_methods()
                   if name != "lead")


def test_contiguous_for_another_method_is_a_head_of_its_ranking() -> None:
    every = summarize(OPENING, method="textrank", sentences=4, clean=False)
    ranking = [i for _, i in sorted(zip(every.scores, every.indices, strict=True),
                                    key=lambda pair: (-pair[0], pair[1]))]
    lengths = [len(sentence.split()) for sentence in every.sentences]
    for budget in (15, 20, 35, 60):
        head: list[int] = []
        for index in ranking:
            if sum(lengths[i] for i in head) + lengths[index] > budget:
                break
            head.append(index)
        expected = tuple(sorted(head or ranking[:1]))
        assert summarize(OPENING, method="textrank", words=budget, clean=False,
                         contiguous=True).indices == expected, budget


def test_summary_warnings_cover_length() -> None:
    summary = summarize(OPENING, method="lead", sentences=9, clean=False)
    assert summary.warnings == ("the summary has 4 sentences, fewer than the 9 asked: the "
                                "article has only 4 sentences",)
    assert summarize(OPENING, method="lead", sentences=2, clean=False).warnings == ()
