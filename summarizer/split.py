"""Sentence and paragraph splitting for news text, verbatim and offline.

How a line is split (see ``docs/splitting.md`` for the measurements behind it):

1. Text is split into lines first; a sentence never spans a line break.
2. Candidate cuts come from `sentencex` (Wikimedia's rule-based segmenter, ~300
   languages, written in Rust: about 0.1 ms per news article) and, for English, from
   every run of ``.?!…`` (plus closing quotes or brackets) followed by whitespace.
3. Each English candidate is then kept or dropped by the small rules in
   :func:`_keep_cut` (lower-case continuations, quoted questions and their
   attributions, list markers) and, after a period, by
   :func:`summarizer.split_abbrev.period_ends_sentence` (titles, abbreviations,
   initials). Other languages keep the library's cuts and
   only the language-neutral rules apply, so their abbreviations stay the library's.

Sentences are exact substrings of the input (stripped), in order, and together cover
every non-space character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import sentencex

from summarizer.errors import OptionError
from summarizer.split_abbrev import ABBREVIATIONS, period_ends_sentence

__all__ = [
    "ABBREVIATIONS", "LANGUAGE_CODES", "language_code", "sentencex_starts",
    "split_paragraphs", "split_sentences", "split_with",
]  # fmt: skip

# Language names this project accepts (the Snowball stemmer set) → ISO 639-1 codes,
# which is what sentencex expects. ISO codes are accepted as names too.
LANGUAGE_CODES: dict[str, str] = {
    "arabic": "ar", "danish": "da", "dutch": "nl", "english": "en", "finnish": "fi",
    "french": "fr", "german": "de", "hungarian": "hu", "italian": "it",
    "norwegian": "no", "portuguese": "pt", "romanian": "ro", "russian": "ru",
    "spanish": "es", "swedish": "sv",
}  # fmt: skip

# After a quoted "?" or "!", a capitalised name and a speech verb continue the
# sentence: '"Why?" Smith asked.' is one sentence.
SPEECH_VERBS = (
    "said|says|asked|asks|told|tells|added|adds|shouted|screamed|yelled|cried|replied|"
    "wrote|writes|explained|continued|insisted|recalled|recalls|tweeted|exclaimed|"
    "whispered|demanded|declared|announced|warned|admitted|argued|noted|joked|quipped|"
    "laughed|sighed|snapped|pleaded|begged|chanted|sang|roared|bellowed|muttered|"
    "responded|countered|conceded|boasted|stated|remarked|wondered|posted|answered|"
    "gasped|shrieked|urged|protested|interjected|cheered"
)
# Lower-case particles inside names: "Bill de Blasio", "Ursula von der Leyen",
# "Abu Bakr al-Baghdadi".
NAME_PARTICLES = "de|del|della|der|den|di|da|das|dos|du|van|von|al|el|bin|ibn|le|la|ten|ter|mac|d"
# Prepositions that open an adverbial after the verb ('... asked on the Senate floor'),
# unlike a reported clause ('... said his goal is').
_AFTER_VERB = (
    "on|in|at|during|after|before|from|to|via|through|outside|inside|as|while|when|with|of"
)

_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
# A candidate cut: terminal punctuation, optional closers, then whitespace.
_CANDIDATE = re.compile(rf"[.?!…]+[{re.escape(_CLOSERS)}]*\s+")
_TERMINAL_END = re.compile(rf"[.?!…][{re.escape(_CLOSERS)}]*$")
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]")
# The verb must close the clause ('"Why?" Smith asked.', '... Smith told reporters,')
# or open an adverbial ('... wrote on Instagram'), so '"Look!" Lawrence said his goal
# is...' and '... Smith said he was...' are still two sentences.
_NAME_WORD = rf"(?:[A-Z][\w'’.-]*|(?:{NAME_PARTICLES})(?:[-'’][\w'’.-]+)?)"
# After the verb: up to two lower-case words that are not the subject of a reported
# clause ("told reporters", "told his wife"), or one capitalised object ("told CNN").
_NOT_OBJECT = r"(?!(?:that|he|she|it|they|we|i|you|there|this)\b)"
_OBJECT = rf"(?:(?:\s+{_NOT_OBJECT}[a-z][\w'’-]*){{0,2}}|\s+[A-Z][\w'’-]*)"
_ATTRIBUTION = re.compile(
    rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}(?:,\s+\d{{1,3}},)?\s+(?:{SPEECH_VERBS})\b"
    rf"{_OBJECT}(?:\s*(?:[.,;:!?]|$)|\s+(?:{_AFTER_VERB})\b)"
)
_STARTS_SENTENCE = "$£€¥#@•"  # besides capitals and digits: "$5m was found."
# Brand names written in camel case start sentences in lower case: "iPhone sales
# rose.", "eBay fell.", "iOS 17 is out."
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]")
# A numbered list opened inline by a colon keeps its "1." when a "2." follows:
# "three steps: 1. Cut taxes. 2. Raise wages." ("a count: 228. ISIS..." is no list).
_INLINE_LIST_START = re.compile(r"[:;]\s+\(?1[.)]$")
_SECOND_ITEM = re.compile(r"(?:^|\s)\(?2[.)]\s")

# Maps (line, ISO 639-1 code) to the offsets where the library starts sentences.
Proposer = Callable[[str, str], Iterable[int]]


@dataclass(frozen=True, slots=True)
class Cut:
    """A possible sentence boundary inside one line.

    Attributes:
        end: Index just past the terminal punctuation (and closers).
        start: Index where the next sentence would start (after the whitespace).
    """

    end: int
    start: int


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped: a sentence never spans two lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def language_code(language: str) -> str:
    """ISO 639-1 code for a language name (or code), as the library expects.

    Raises:
        OptionError: If the language is not one this project knows.
    """
    key = language.strip().lower()
    if key in LANGUAGE_CODES:
        return LANGUAGE_CODES[key]
    if key in LANGUAGE_CODES.values():
        return key
    raise OptionError(
        f"unknown language {language!r} for sentence splitting: use one of "
        f"{', '.join(sorted(LANGUAGE_CODES))}"
    )


def sentencex_starts(line: str, code: str) -> Iterator[int]:
    """Sentence start offsets that sentencex proposes for one line."""
    try:
        spans = sentencex.get_sentence_boundaries(code, line)
    except UnicodeError:
        # Lone surrogates cannot cross into the Rust library; the English rules
        # still apply, and other languages keep the line whole rather than fail.
        return
    for span in spans:
        yield int(span["start_index"])


def split_sentences(text: str, *, language: str = "english") -> list[str]:
    """Split text into sentences, verbatim, never across a line break.

    Args:
        text: Any text; lines are split independently.
        language: Language name (``"english"``, ``"german"``...) or ISO 639-1 code.
            English gets the full news rules; other languages use the library's
            own abbreviation lists plus the language-neutral rules.

    Returns:
        Stripped, non-empty sentences in order; each is a substring of ``text``.

    Raises:
        OptionError: If the language is unknown.
    """
    return split_with(text, proposer=sentencex_starts, language=language)


def split_with(text: str, *, proposer: Proposer, language: str = "english") -> list[str]:
    """Split like :func:`split_sentences`, with another library proposing cuts.

    The benchmark uses this to measure each library under the same rules.

    Args:
        text: Any text; lines are split independently.
        proposer: Maps ``(line, iso_code)`` to sentence start offsets in the line.
        language: As for :func:`split_sentences`.

    Raises:
        OptionError: If the language is unknown.
    """
    code = language_code(language)
    return [
        sentence for line in text.splitlines() for sentence in _split_line(line, code, proposer)
    ]


def _split_line(line: str, code: str, proposer: Proposer) -> Iterator[str]:
    """Sentences of one line, cut where the rules keep a candidate."""
    begin = 0
    for cut in _candidates(line, code, proposer):
        if _keep_cut(line[begin : cut.end], line[cut.start :], english=code == "en"):
            piece = line[begin : cut.end].strip()
            if piece:
                yield piece
            begin = cut.start
    piece = line[begin:].strip()
    if piece:
        yield piece


def _candidates(line: str, code: str, proposer: Proposer) -> list[Cut]:
    """Library cuts, plus (for English) every punctuation-and-space cut, in order."""
    cuts: dict[int, Cut] = {}
    for start in proposer(line, code):
        cut = _library_cut(line, start)
        if cut is not None:
            cuts[cut.start] = cut
    if code == "en":
        for match in _CANDIDATE.finditer(line):
            end = match.start() + len(match.group().rstrip())
            cuts[match.end()] = Cut(end=end, start=match.end())
    return [cuts[start] for start in sorted(cuts)]


def _library_cut(line: str, start: int) -> Cut | None:
    """A library's sentence start as a cut, or None if it is at either end of the line."""
    # sentencex leaves an opening quote on the previous sentence ('He said. "' +
    # 'Finally...'): the quote belongs to the sentence it opens.
    while 0 < start < len(line) and line[start - 1] in _OPENERS:
        start -= 1
    end = len(line[:start].rstrip())
    if end == 0 or start >= len(line):
        return None
    if end == start and not (line[start].isupper() and line[start + 1 : start + 2] != "."):
        # Without a space, only "heard.Shocking" (a lost space in CNN/DM) is a
        # believable boundary; "3.5", "example.org" and "D-N.Y." are not.
        return None
    return Cut(end=end, start=start)


def _keep_cut(left: str, right: str, *, english: bool) -> bool:
    """Whether a sentence really ends between ``left`` and ``right``.

    ``left`` is the text since the previous kept cut, ending with the punctuation;
    ``right`` is the rest of the line.
    """
    head = right.lstrip(_OPENERS)
    if not head or not _can_start(head):
        # "...she said. as she did" (CNN/DM) and '"Why?" he asked': a lower-case
        # word (or stray punctuation) continues the sentence.
        return False
    if _LIST_MARKER.fullmatch(left.strip()):
        return False  # "1. Preheat the oven." keeps its number
    if _INLINE_LIST_START.search(left.rstrip()) and _SECOND_ITEM.search(right):
        return False  # "three steps: 1. Cut taxes." keeps its first number too
    if not english:
        return True
    tail = left.rstrip()
    if not _TERMINAL_END.search(tail):
        # A library cut with no terminal punctuation: sentencex cuts at brackets
        # ("Alec Stewart (Age" + "52) CURRENT JOB...") and fixture lists.
        return False
    if tail[-1:] in "?!" or tail[-1:] in _CLOSERS:
        return not (_quoted_question(tail) and _ATTRIBUTION.match(right))
    if not tail.endswith(".") or tail.endswith(("..", "…")):
        return True
    return period_ends_sentence(tail, right)


def _can_start(head: str) -> bool:
    """Whether a sentence can start with this text (capital, digit, camel-case brand)."""
    char = head[0]
    if char.isalpha():
        # Capitals, scripts without case, and "iPhone" / "eBay".
        return not char.islower() or _CAMEL_CASE.match(head) is not None
    return char.isdigit() or char in _STARTS_SENTENCE


def _quoted_question(tail: str) -> bool:
    """Whether text ends with a question or exclamation inside closing quotes."""
    return bool(re.search(rf"[?!][{re.escape(_CLOSERS)}]+$", tail))
