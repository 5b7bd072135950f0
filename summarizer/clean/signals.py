"""Evidence about each unit of a page, as numbers the line model weighs.

Nothing here names a site or quotes a page: the evidence is the shape of a line
(length, punctuation, casing, digits), how much of it is function words, where
it sits (blank lines, blocks, position, the heaviest run of prose), whether it
repeats, how close it is to the topic of the page, which words the training
data found on page furniture (:mod:`.lexicon`), and, for HTML, the markup around
it. Every feature is computed in time linear in the page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.clean.lexicon import Lexicon
from summarizer.clean.units import Unit, is_cjk, tokens

_TERMINAL = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")
_COLON_END = re.compile(r"[:：]\s*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*\s*$")
_INNER_END = re.compile(r"[.!?。！？][\"'”’»)\]]*\s+\S|[。！？](?=\S)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d\d\b")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@\w|\w@\w", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s[|•·»›/>]\s|\s[|•·»›]$|^[|•·»›]\s")
_BULLET = re.compile(r"^\s*(?:[*•·‣▪►▶✓-]|\d{1,2}[.)])\s")
_QUOTE_START = re.compile(r"^\s*[\"“‘«„']")
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_LAST = re.compile(r"(\w+)\W*$")

PROSE_TOKENS = 8
"""A line this long, dense in function words and ending like a sentence, reads as prose."""

PROSE_FUNCTION_SHARE = 0.2
"""News prose sits at 0.3–0.5 function words; menus and tag lists near 0."""

TOPIC_WORDS = 40
"""Content words that make up the page's topic (from its prose lines)."""


@dataclass(frozen=True, slots=True)
class PageSignals:
    """The features of every unit of one page: a matrix and the names of its columns."""

    names: tuple[str, ...]
    values: np.ndarray  # shape (units, features), float64


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def top_words(counts: Mapping[str, float], k: int) -> list[tuple[str, float]]:
    """The ``k`` most counted words, ties broken by the word itself.

    Not ``Counter.most_common``: it breaks ties by insertion order, and words inserted
    from a set arrive in an order that changes with the process's string hashing, so
    the same page would get different features in different processes.
    """
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]


def function_words(lines: Sequence[Sequence[str]], *, top: int = 40) -> frozenset[str]:
    """The page's own function words: short words found in the most lines.

    Works for any language: the words spread across most of a page's lines are its
    articles, prepositions and conjunctions.
    """
    spread: Counter[str] = Counter()
    for words in lines:
        spread.update({w.casefold() for w in words if len(w) <= 4 and not w.isdigit()})
    return frozenset(word for word, count in top_words(spread, top) if count >= 3)


_CJK_WORD = 2.0
"""A CJK or Thai character is a token of its own, closer to a syllable than to a word;
counted as a word of this length, prose in those scripts has the word length of prose
elsewhere instead of the length of menu numbers and bullets."""


def _word_length(token: str) -> float:
    return _CJK_WORD if len(token) == 1 and is_cjk(token) else float(len(token))


def _shape(text: str, words: list[str], stop_words: frozenset[str],
           functions: frozenset[str], lexicon: Lexicon) -> list[float]:
    """Features of one line alone."""
    stripped = text.strip()
    n = len(words)
    lower = [w.casefold() for w in words]
    alpha = [w for w in words if w[:1].isalpha()]
    cased = [w for w in alpha if w[:1].lower() != w[:1].upper()]
    letters = [ch for ch in stripped if ch.isalpha()]
    uppers = sum(1 for ch in letters if ch.isupper())
    digits = sum(1 for ch in stripped if ch.isdigit())
    first_letter = next((ch for ch in stripped if ch.isalpha()), "")
    lex = lexicon.scores(lower)
    return [
        math.log1p(n),
        math.log1p(len(stripped)),
        sum(1 for w in lower if w in stop_words) / n if n else 0.0,
        sum(1 for w in lower if w in functions) / n if n else 0.0,
        float(bool(_TERMINAL.search(stripped))),
        float(bool(_COLON_END.search(stripped))),
        float(bool(_ELLIPSIS_END.search(stripped))),
        math.log1p(len(_INNER_END.findall(stripped))),
        sum(stripped.count(comma) for comma in ",，、") / n if n else 0.0,
        sum(1 for w in cased if w[0].isupper()) / len(cased) if cased else 0.0,
        uppers / len(letters) if letters else 0.0,
        float(first_letter.islower()),
        digits / len(stripped) if stripped else 0.0,
        float(bool(_YEAR.search(stripped))),
        float(bool(_CLOCK.search(stripped))),
        float(bool(_URL.search(stripped))),
        math.log1p(len(_SEPARATOR.findall(stripped))),
        float(bool(_BULLET.match(text))),
        math.log1p(len(text) - len(text.lstrip())),
        float(bool(_QUOTE_START.match(stripped))),
        sum(_word_length(w) for w in words) / n if n else 0.0,
        *lex,
    ]


SHAPE_NAMES = (
    "tokens", "chars", "stop-word share", "function-word share", "ends like a sentence",
    "ends with a colon", "ends with an ellipsis", "sentences inside", "commas per word",
    "capitalised words", "upper-case letters", "starts lower-case", "digits", "a year",
    "a clock time", "a link or handle", "separators", "a bullet", "indentation",
    "opens with a quote", "word length", *Lexicon.FEATURES,
)


def _prose(shape: np.ndarray) -> np.ndarray:
    """1 for lines that read as prose on their own (long, function words, a sentence end)."""
    n_tokens = np.expm1(shape[:, 0])
    share = np.maximum(shape[:, 2], shape[:, 3])
    prose: np.ndarray = ((n_tokens >= PROSE_TOKENS) & (share >= PROSE_FUNCTION_SHARE)
                         & ((shape[:, 4] > 0) | (n_tokens >= 2.5 * PROSE_TOKENS)))
    return prose.astype(float)


def _window_mean(values: np.ndarray, before: int, after: int) -> np.ndarray:
    """Mean of ``values`` over the window [i - before, i + after] (clipped), i excluded."""
    n = len(values)
    cumulative = np.concatenate(([0.0], np.cumsum(values)))
    index = np.arange(n)
    lo = np.clip(index - before, 0, n)
    hi = np.clip(index + after + 1, 0, n)
    total = cumulative[hi] - cumulative[lo] - values
    count = hi - lo - 1
    mean: np.ndarray = np.divide(total, count, out=np.zeros(n), where=count > 0)
    return mean


def _shifted(values: np.ndarray, by: int, fill: float = 0.0) -> np.ndarray:
    """``values[i - by]`` (the line ``by`` before; negative: after), ``fill`` off the page."""
    out = np.full(len(values), fill)
    if by > 0:
        out[by:] = values[:-by]
    elif by < 0:
        out[:by] = values[-by:]
    else:
        out[:] = values
    return out


def main_run(weights: np.ndarray, *, penalty: float = 1.0) -> tuple[int, int]:
    """The heaviest run of prose: the span maximising prose words minus other words.

    Kadane's maximum-sum segment over ``weights`` (positive for prose lines,
    negative for the rest); ``(0, -1)`` when nothing is positive.
    """
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight if weight > 0 else penalty * weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _repeats(units: Sequence[Unit], words: Sequence[Sequence[str]]) -> np.ndarray:
    """How often each line's form recurs on the page: exactly, with other numbers, and as a
    short line with the same first or last word (a comment header's "says:", a date stamp,
    a "Reply" button, the items of a menu). Templated lines are furniture."""
    normal = [_normal(unit.text) for unit in units]
    masked = [_DIGITS.sub("0", line) for line in normal]
    short = [len(line) <= 6 for line in words]
    firsts = [line[0].casefold() if line and is_short else "" for line, is_short
              in zip(words, short, strict=True)]
    lasts = [line[-1].casefold() + unit.text.rstrip()[-1:] if line and is_short else ""
             for line, unit, is_short in zip(words, units, short, strict=True)]
    columns = []
    for keys in (normal, masked, firsts, lasts):
        seen = Counter(keys)
        columns.append([math.log1p(seen[key] - 1) if key else 0.0 for key in keys])
    return np.array(columns).T.reshape(len(units), 4)


def _prose_runs(prose: np.ndarray, n_tokens: np.ndarray) -> np.ndarray:
    """For each line, the run of consecutive prose lines it belongs to: its length in lines
    and its share of the page's prose words (an article's paragraphs follow one another;
    reader comments come one or two at a time between their headers)."""
    n = len(prose)
    lines, share = np.zeros(n), np.zeros(n)
    total = max(float((prose * n_tokens).sum()), 1.0)
    start = 0
    for i in range(n + 1):
        if i == n or not prose[i]:
            if i > start:
                lines[start:i] = i - start
                share[start:i] = float(n_tokens[start:i].sum()) / total
            start = i + 1
    return np.column_stack([np.log1p(lines), share, _window_mean(np.log1p(lines), 3, 3)])


def _periodic(shape: np.ndarray, prose: np.ndarray) -> np.ndarray:
    """How regularly the kinds of lines around each line repeat with a period of 2 to 4.

    A comment thread (name, date, comment, name, date, comment...), a list of teasers
    (headline, summary) or a gallery (caption, credit) is a pattern of mixed lines that
    repeats; an article is a run of paragraphs, a menu a run of short items."""
    kind = np.where(prose > 0, 0, np.where(shape[:, 0] >= math.log1p(PROSE_TOKENS), 1,
                                           np.where(shape[:, 12] > 0, 2, 3)))
    best = np.zeros(len(kind))
    for period in (2, 3, 4):
        same = np.zeros(len(kind))
        same[period:] = kind[period:] == kind[:-period]
        mixed = np.zeros(len(kind))
        mixed[1:] = kind[1:] != kind[:-1]
        # a window where lines repeat those ``period`` before, and kinds change
        score = _window_mean(same, 2 * period, 2 * period) * np.minimum(
            1.0, 2 * _window_mean(mixed, 2 * period, 2 * period))
        best = np.maximum(best, score)
    return np.column_stack([best, best * (kind == 0)])


def _blocks(units: Sequence[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """For each unit, the size of its block (units between blank lines) and its place in it."""
    n = len(units)
    size, place = np.zeros(n), np.zeros(n)
    start = 0
    for i in range(n + 1):
        if i == n or (i > 0 and units[i].blank_before > 0):
            for j in range(start, i):
                size[j], place[j] = i - start, (j - start) / max(i - start - 1, 1)
            start = i
    return size, place


def _topic(words: Sequence[Sequence[str]], prose: np.ndarray,
           ignore: frozenset[str]) -> np.ndarray:
    """Share of each line's content words that are among the page's topic words."""
    content = [[w.casefold() for w in line if len(w) > 2 or not w.isascii()] for line in words]
    content = [[w for w in line if w not in ignore and not w.isdigit()] for line in content]
    counts: Counter[str] = Counter()
    for line, is_prose in zip(content, prose, strict=True):
        if is_prose:
            counts.update(line)
    topic = {word for word, _ in top_words(counts, TOPIC_WORDS)}
    return np.array([sum(1 for w in line if w in topic) / len(line) if line else 0.0
                     for line in content])


CONTEXT_NAMES = (
    "position on the page", "prose before it (share of the page's)", "blank lines before",
    "blank lines after", "lines in its block", "place in its block", "repeats on the page",
    "repeats with other numbers", "short lines with its first word",
    "short lines with its last word", "templated lines nearby",
    "topic words", "reads as prose", "prose nearby (3 lines)", "prose nearby (10 lines)",
    "prose just before", "prose just after", "previous line's length", "next line's length",
    "previous line ends a sentence", "next line ends a sentence", "previous line's function words",
    "next line's function words", "prose run (lines)", "prose run (share of the page's prose)",
    "prose runs nearby", "a repeating pattern of lines", "prose in a repeating pattern",
    "inside the main run of prose", "lines from the main run",
    "lines before the main run", "lines after the main run", "main run's share of the page",
)


def page_signals(units: Sequence[Unit], *, stop_words: frozenset[str], lexicon: Lexicon,
                 attr_lexicon: Lexicon | None = None) -> PageSignals:
    """Every feature of every unit of a page (see the module's docstring).

    Units that came from HTML also get the markup features, weighed with
    ``attr_lexicon`` (learned class and id words).
    """
    words = [tokens(unit.text) for unit in units]
    functions = function_words(words)
    shape = np.array([_shape(u.text, w, stop_words, functions, lexicon)
                      for u, w in zip(units, words, strict=True)]).reshape(len(units), -1)
    n = len(units)
    prose = _prose(shape)
    n_tokens = np.expm1(shape[:, 0])
    prose_words = prose * n_tokens
    mass = np.cumsum(prose_words) - prose_words
    total_mass = max(float(prose_words.sum()), 1.0)
    start, end = main_run(np.where(prose > 0, n_tokens, -np.maximum(n_tokens, 4.0)))
    index = np.arange(n)
    inside = (index >= start) & (index <= end)
    before = np.clip(start - index, 0, None)
    after = np.clip(index - end, 0, None)
    repeats = _repeats(units, words)
    size, place = _blocks(units)
    function_share = shape[:, 3]
    terminal = shape[:, 4]
    context = np.column_stack([
        index / max(n - 1, 1),
        mass / total_mass,
        [u.blank_before for u in units],
        [u.blank_after for u in units],
        np.log1p(size),
        place,
        repeats,
        _window_mean((repeats.max(axis=1) > 0.5).astype(float), 4, 4),
        _topic(words, prose, stop_words | functions),
        prose,
        _window_mean(prose, 3, 3),
        _window_mean(prose, 10, 10),
        _window_mean(prose, 5, -1),
        _window_mean(prose, -1, 5),
        _shifted(shape[:, 0], 1), _shifted(shape[:, 0], -1),
        _shifted(terminal, 1), _shifted(terminal, -1),
        _shifted(function_share, 1), _shifted(function_share, -1),
        _prose_runs(prose, n_tokens),
        _periodic(shape, prose),
        inside.astype(float),
        np.log1p(before + after),
        np.log1p(before),
        np.log1p(after),
        np.full(n, (end - start + 1) / max(n, 1)),
    ]).reshape(n, -1)
    names: tuple[str, ...] = SHAPE_NAMES + CONTEXT_NAMES
    columns = [shape, context]
    if attr_lexicon is not None:
        names += MARKUP_NAMES
        columns.append(markup_signals(units, attr_lexicon))
    if not n:
        return PageSignals(names=names, values=np.zeros((0, len(names))))
    values = np.hstack(columns)
    assert values.shape[1] == len(names)
    return PageSignals(names=names, values=values)


_TAG_GROUPS = (
    ("p",), ("li", "dd", "dt"), ("h1",), ("h2", "h3", "h4", "h5", "h6"), ("td", "th", "tr"),
    ("figcaption", "caption"), ("blockquote",), ("pre",), ("div", "section", "article", "main"),
)
_PATH_GROUPS = (
    ("nav",), ("header",), ("footer",), ("aside",), ("form", "label", "fieldset"), ("figure",),
    ("article",), ("main",), ("ul", "ol"), ("table",), ("blockquote",), ("a",), ("time",),
)
MARKUP_NAMES = (
    *(f"a <{group[0]}> block" for group in _TAG_GROUPS), "another kind of block",
    *(f"inside <{group[0]}>" for group in _PATH_GROUPS), "text in links",
    *(f"class/id {name}" for name in Lexicon.FEATURES[:3]), "kept by trafilatura",
    "share of the page trafilatura kept", "trafilatura kept the line before",
    "trafilatura kept the line after", "trafilatura kept nearby (5 lines)",
)


def markup_signals(units: Sequence[Unit], attr_lexicon: Lexicon) -> np.ndarray:
    """Features of the markup around each unit (columns named by :data:`MARKUP_NAMES`)."""
    rows = []
    for unit in units:
        markup = unit.markup
        assert markup is not None
        tag_flags = [float(markup.tag in group) for group in _TAG_GROUPS]
        path = set(markup.path)
        rows.append([
            *tag_flags, float(not any(tag_flags)),
            *(float(bool(path.intersection(group))) for group in _PATH_GROUPS),
            markup.link_chars / max(len(unit.text), 1),
            *attr_lexicon.scores(list(markup.attrs))[:3],
            markup.extracted,
        ])
    values = np.array(rows, dtype=float).reshape(len(units), len(MARKUP_NAMES) - 4)
    kept = np.clip(values[:, -1], 0, 1)
    lengths = np.array([len(unit.text) for unit in units], dtype=float)
    share = float((kept * lengths).sum() / max(lengths.sum(), 1.0))
    return np.column_stack([values, np.full(len(units), share), _shifted(kept, 1),
                            _shifted(kept, -1), _window_mean(kept, 5, 5)])
