"""Splitting beyond English news: invisible characters, CJK full stops, and each
language's own abbreviations."""

from __future__ import annotations

import unicodedata

import pytest

from summarizer import InputError, summarize
from summarizer.normalize import normalize_text
from summarizer.split import LANGUAGE_CODES, split_sentences
from summarizer.split_languages import BEFORE_NUMBER, TITLES

THREE = "The storm hit the coast.{0} Ferries stopped.{0} Schools closed on Monday."


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a",
     "\u202c", "\ufeff", "\u2060", "\u00ad", "\x07", "\x1b", "\x7f", "\x86"],
)  # fmt: skip
def test_invisible_characters_do_not_hide_a_boundary(invisible: str) -> None:
    plain = THREE.format("")
    for layout in (THREE.format(invisible), plain.replace(". ", ". " + invisible),
                   plain.replace(". ", "." + invisible)):
        assert split_sentences(layout) == [
            "The storm hit the coast.", "Ferries stopped.", "Schools closed on Monday."]


def test_a_paragraph_full_of_marks_is_split_and_summarized() -> None:
    """The issue's case: three paragraphs came back as one 336-character sentence."""
    marks = "\u200b\u200e\u2067\ufeff\x07"
    paragraph = THREE.format(marks).replace(" ", " \u2069")
    text = "\n\n".join([paragraph] * 3).replace("storm", "st\u200borm", 1)
    summary = summarize(text, method="lead", sentences=2, clean=False)
    assert summary.sentences == ("The storm hit the coast.", "Ferries stopped.")


def test_normalisation_keeps_line_breaks_tabs_and_joiners() -> None:
    text = "a\tb\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j \u200c\u200d k"
    assert normalize_text(text) == text
    assert split_sentences("One.\x85Two.") == ["One.", "Two."]


def test_nfc() -> None:
    decomposed = "Cafe\u0301 society met. It rained."
    assert unicodedata.is_normalized("NFD", decomposed)
    assert split_sentences(decomposed) == ["Café society met.", "It rained."]


def test_lone_surrogates_are_refused_everywhere() -> None:
    for call in (lambda: split_sentences("Bad \ud800 text."),
                 lambda: summarize("A sentence. Another \udfff one.")):
        with pytest.raises(InputError, match=r"lone surrogate \(U\+D(800|FFF)\) at character \d"):
            call()


@pytest.mark.parametrize("language", ["english", "chinese", "japanese", "german", "klingon"])
def test_chinese_full_stops_split_in_any_language(language: str) -> None:
    text = "今天天气很好。我们去公园吧！你来吗？好的。"
    assert split_sentences(text, language=language) == [
        "今天天气很好。", "我们去公园吧！", "你来吗？", "好的。"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full-width "!" and "?" and the full-width full stop, with closing brackets.
        ("彼は来た！本当？（はい。）次へ．終わり。",
         ["彼は来た！", "本当？", "（はい。）", "次へ．", "終わり。"]),
        # A quote embedded by a particle continues; a quote standing alone ends.
        ("「行くよ。」と彼は言った。「はい。」それから帰った。",
         ["「行くよ。」と彼は言った。", "「はい。」", "それから帰った。"]),
        # A full-width decimal point and a half-width ideographic stop.
        ("価格は３．５ドルです｡安い。", ["価格は３．５ドルです｡", "安い。"]),
        # Mixed with English: each script keeps its rules.
        ("他说：“我们走吧。”然后离开了。 Then Dr. Smith left. He was 5.",
         ["他说：“我们走吧。”", "然后离开了。", "Then Dr. Smith left.", "He was 5."]),
    ],
)
def test_cjk_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text, language="japanese") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("french", "Le ministre, M. Becker, a parlé. Il est parti.",
         ["Le ministre, M. Becker, a parlé.", "Il est parti."]),
        ("french", "Il a rencontré M. Becker mardi. Ensuite il est parti.",
         ["Il a rencontré M. Becker mardi.", "Ensuite il est parti."]),
        ("french", "Le Dr. Martin et Mlle. Roux ont vu le Pr. Dubois. Fin.",
         ["Le Dr. Martin et Mlle. Roux ont vu le Pr. Dubois.", "Fin."]),
        ("fr", "Interrogé par l'AFP, M. Becker a dit oui. Voir p. 12. Merci.",
         ["Interrogé par l'AFP, M. Becker a dit oui.", "Voir p. 12.", "Merci."]),
        ("german", "Das ist z. B. ein Test. Hr. Meier wohnt in Nr. 5. Er ging.",
         ["Das ist z. B. ein Test.", "Hr. Meier wohnt in Nr. 5.", "Er ging."]),
        ("german", "Es gibt z. B. Äpfel. Dr. Müller kam am 3. Mai. Er blieb.",
         ["Es gibt z. B. Äpfel.", "Dr. Müller kam am 3. Mai.", "Er blieb."]),
        ("spanish", "Habló con la Sra. López y el Sr. García. Vea la pág. 5. Fin.",
         ["Habló con la Sra. López y el Sr. García.", "Vea la pág. 5.", "Fin."]),
        # Spanish questions and exclamations open with an inverted mark.
        ("spanish", "Olvida el transporte. ¿Lo firmará? ¡Claro que sí! Fin.",
         ["Olvida el transporte.", "¿Lo firmará?", "¡Claro que sí!", "Fin."]),
        ("italian", "Ha parlato con il Dott. Bianchi e il Sig. Rossi. Poi è partito.",
         ["Ha parlato con il Dott. Bianchi e il Sig. Rossi.", "Poi è partito."]),
        ("portuguese", "O Sr. Silva falou com a Dra. Costa. Veja a pág. 5. Fim.",
         ["O Sr. Silva falou com a Dra. Costa.", "Veja a pág. 5.", "Fim."]),
        ("swedish", "Han kom t.ex. i går. Mötet börjar kl. 5 i dag. Slut.",
         ["Han kom t.ex. i går.", "Mötet börjar kl. 5 i dag.", "Slut."]),
        ("russian", "Он живёт на ул. Ленина, д. 5. Это т. е. центр. Конец.",
         ["Он живёт на ул. Ленина, д. 5.", "Это т. е. центр.", "Конец."]),
    ],
)
def test_each_language_keeps_its_abbreviations(language: str, text: str,
                                               expected: list[str]) -> None:
    assert split_sentences(text, language=language) == expected


def test_abbreviations_are_per_language() -> None:
    """Portuguese "pág." is an abbreviation in Portuguese, not in English."""
    text = "Veja a pág. 5. Fim."
    assert split_sentences(text, language="portuguese") == ["Veja a pág. 5.", "Fim."]
    assert split_sentences(text, language="english") == ["Veja a pág.", "5. Fim."]


def test_a_number_abbreviation_ends_a_sentence_before_a_word() -> None:
    assert split_sentences("Leia até o fim da pág. Depois, durma.",
                           language="portuguese") == ["Leia até o fim da pág.", "Depois, durma."]


def test_every_list_is_keyed_by_a_known_language_and_ends_with_a_period() -> None:
    for table in (TITLES, BEFORE_NUMBER):
        for language, entries in table.items():
            assert language in LANGUAGE_CODES
            assert all(entry.endswith(".") for entry in entries), language


def test_long_lines_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 5 MB one-line text must not take minutes: count the work, not the seconds.

    The library is handed each CJK sentence separately (it is quadratic in the
    length of a CJK line), and the rules see a bounded window around each cut.
    """
    import summarizer.split as split

    seen: list[int] = []
    windows: list[int] = []
    keep = split._keep_cut

    def counting(line: str, code: str) -> list[int]:
        seen.append(len(line))
        return list(split.sentencex_starts(line, code))

    def watched(left: str, right: str, **kwargs: object) -> bool:
        windows.append(len(left) + len(right))
        return keep(left, right, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(split, "_keep_cut", watched)
    text = "今天天气很好。我们去公园吧！" * 2000 + "A sentence of news. " * 2000
    sentences = split.split_with(text, proposer=counting, language="chinese")
    assert len(sentences) == 6000
    assert sum(seen) == len(text)
    assert max(seen) < 20 * 2000 + 20
    assert max(windows) <= 2 * split._CONTEXT
