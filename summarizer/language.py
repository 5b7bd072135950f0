"""Language resources that work offline: word tokenizer, stop words and stemmer.

Stop words come from the lists bundled inside sumy; stemmers are NLTK's Snowball
stemmers, which are pure code and need no downloaded data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nltk.stem.snowball import SnowballStemmer

from summarizer.errors import OptionError

# A word is a run of letters or digits, optionally joined by inner hyphens,
# apostrophes, periods or commas: "COVID-19", "2024", "U.S", "3.5", "1,000", "don't".
# sumy's default filter drops any token with a digit or a period; numbers carry
# much of the content of news, so here they count as words.
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*", re.UNICODE)


def tokenize_words(text: str) -> tuple[str, ...]:
    """Split text into word tokens, keeping numbers and dotted abbreviations."""
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
    """Languages with both a bundled stop-word list and a Snowball stemmer."""
    bundled = {
        entry.name.removesuffix(".txt")
        for entry in resources.files("sumy").joinpath("data/stopwords").iterdir()
    }
    return tuple(sorted(bundled & set(SnowballStemmer.languages)))


@cache
def get_language(name: str) -> Language:
    """Return the resources for a language.

    Args:
        name: Language name, case-insensitive (``"english"``, ``"German"``...).

    Raises:
        OptionError: If the language has no bundled stop words or stemmer.
    """
    languages = supported_languages()
    if not isinstance(name, str):
        raise OptionError(f"--language must be a name, one of {', '.join(languages)}")
    key = name.strip().lower()
    if key not in languages:
        raise OptionError(
            f"unknown language {name!r}: use one of {', '.join(languages)}"
        )
    raw = resources.files("sumy").joinpath(f"data/stopwords/{key}.txt").read_text("utf-8")
    stop_words = frozenset(w.strip().lower() for w in raw.splitlines() if w.strip())
    return Language(name=key, stop_words=stop_words, stem=SnowballStemmer(key).stem)
