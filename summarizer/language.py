"""Language resources that work offline: word tokenizer, stop words, stemmer, detection.

* Stop words come from the lists bundled inside sumy, and for the languages sumy
  has none for, from stopwords-iso (the ``stopwordsiso`` package, data inside it).
* Stemmers are NLTK's Snowball stemmers, pure code with no downloaded data;
  languages Snowball lacks (Chinese, Japanese, Korean, Czech, Polish...) match
  words by their lower-cased form.
* Scripts written without spaces (Chinese, Japanese kana and kanji) have no word
  boundaries to find; each character counts as a word, which is what the
  frequency and overlap methods need to compare sentences. (Thai, which also has
  sumy stop words, is not listed: nothing here can find its sentence boundaries.)
* ``"auto"`` detects the language with py3langid (its model ships inside the
  package), restricted to the languages listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summarizer.errors import OptionError
from summarizer.validate import spell

AUTO = "auto"
"""The language name that asks for detection."""

DEFAULT_LANGUAGE = "english"
"""What "auto" falls back to when a text gives no evidence (no letters at all)."""

_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f"
# A word is a run of letters or digits, optionally joined by inner hyphens,
# apostrophes, periods or commas: "COVID-19", "2024", "U.S", "3.5", "1,000", "don't".
# sumy's default filter drops any token with a digit or a period; numbers carry
# much of the content of news, so here they count as words. A character of an
# unspaced script is a word of its own.
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+(?:[-'’.,][^\W{_UNSPACED}]+)*", re.UNICODE)

CODES: dict[str, str] = {
    "arabic": "ar", "chinese": "zh", "czech": "cs", "danish": "da", "dutch": "nl",
    "english": "en", "finnish": "fi", "french": "fr", "german": "de", "greek": "el",
    "hebrew": "he", "hungarian": "hu", "italian": "it", "japanese": "ja", "korean": "ko",
    "norwegian": "no", "polish": "pl", "portuguese": "pt", "romanian": "ro", "russian": "ru",
    "slovak": "sk", "spanish": "es", "swedish": "sv", "ukrainian": "uk",
}
"""Every supported language and its ISO 639-1 code."""

_SNOWBALL = frozenset(
    "arabic danish dutch english finnish french german hungarian italian norwegian "
    "portuguese romanian russian spanish swedish".split()
)


def tokenize_words(text: str) -> tuple[str, ...]:
    """Split text into word tokens, keeping numbers and dotted abbreviations.

    A character of a script written without spaces (CJK, Thai) is a token of its own.
    """
    return tuple(match.group(0) for match in _WORD.finditer(text))


@dataclass(frozen=True, slots=True)
class Language:
    """Everything a scoring method needs to know about a language.

    Attributes:
        name: Lower-case language name, e.g. ``"english"``.
        stop_words: Lower-cased stop words.
        stem: Function mapping a lower-cased word to its stem.
    """

    name: str
    stop_words: frozenset[str]
    stem: Callable[[str], str]


def supported_languages() -> tuple[str, ...]:
    """Every language with a bundled stop-word list (and, for most, a Snowball stemmer)."""
    return tuple(sorted(CODES))


def _identity(word: str) -> str:
    return word


def _stop_words(name: str) -> frozenset[str]:
    bundled = resources.files("sumy").joinpath(f"data/stopwords/{name}.txt")
    if bundled.is_file():
        raw = bundled.read_text("utf-8").splitlines()
    else:
        import stopwordsiso

        raw = list(stopwordsiso.stopwords(CODES[name]))
    return frozenset(w.strip().lower() for w in raw if w.strip())


def _unknown(name: object) -> OptionError:
    return OptionError(f"unknown language {name!r}: use {AUTO} or one of "
                       f"{', '.join(supported_languages())}")


def language_name(name: str) -> str:
    """The canonical name for a language name or ISO code (``"auto"`` stays ``"auto"``).

    Raises:
        OptionError: If the language is not supported.
    """
    if not isinstance(name, str):
        raise _unknown(name)
    key = name.strip().lower()
    if key == AUTO or key in CODES:
        return key
    by_code = {code: full for full, code in CODES.items()}
    if key in by_code:
        return by_code[key]
    raise _unknown(name)


@cache
def get_language(name: str) -> Language:
    """Return the resources for a language.

    Args:
        name: Language name or ISO 639-1 code, case-insensitive (``"english"``, ``"de"``).

    Raises:
        OptionError: If the language is not supported (or is ``"auto"``: detect first).
    """
    key = language_name(name)
    if key == AUTO:
        raise OptionError("the language must be detected first (see detect_language)")
    if key in _SNOWBALL:
        from nltk.stem.snowball import SnowballStemmer

        stem: Callable[[str], str] = SnowballStemmer(key).stem
    else:
        stem = _identity
    return Language(name=key, stop_words=_stop_words(key), stem=stem)


@dataclass(frozen=True, slots=True)
class Detection:
    """The language a text is written in, as detected.

    Attributes:
        name: The language's name (one of :func:`supported_languages`).
        confidence: The detector's probability for it, in [0, 1].
        unsupported: The ISO 639-1 code of a language outside the supported ones that
            the text is far likelier to be written in (then ``name`` is only the
            closest supported language), or None.
    """

    name: str
    confidence: float
    unsupported: str | None = None

    @property
    def warning(self) -> str | None:
        """What to tell the user when the text is in an unsupported language."""
        if self.unsupported is None:
            return None
        return (f"the text looks like language '{self.unsupported}' (ISO 639-1), which is "
                f"not supported; read it as {self.name}, the closest supported language "
                f"(choose one with {spell('language')})")


@cache
def _identifier(restricted: bool = True) -> object:
    """py3langid's identifier, over the supported languages or over all it knows."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        identifier.set_languages(sorted(CODES.values()))
    return identifier


UNSUPPORTED_MIN = 0.99
"""Probability, among all the languages py3langid knows, from which a text is taken to be
in unsupported ones (a warning, nothing else). High: closely related languages
(Galician and Portuguese, Catalan and Spanish) share a lot, and a supported page should
not be told it is something else."""


DETECT_CHARS = 20_000
"""Detection reads this much of the text: plenty for a confident answer, and bounded."""


def detect_language(text: str) -> Detection:
    """The language of ``text``, among the supported ones (English if it has no letters)."""
    sample = text[:DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return Detection(name=DEFAULT_LANGUAGE, confidence=0.0)
    code, probability = _identifier().classify(sample)  # type: ignore[attr-defined]
    by_code = {c: full for full, c in CODES.items()}
    # The unsupported languages' share of all py3langid knows (related ones, such as
    # Indonesian and Malay, split it between them).
    ranked = [(c, p) for c, p in _identifier(False).rank(sample)  # type: ignore[attr-defined]
              if c not in by_code]
    unsupported = ranked[0][0] if sum(p for _, p in ranked) >= UNSUPPORTED_MIN else None
    return Detection(name=by_code[code], confidence=float(probability),
                     unsupported=unsupported)
