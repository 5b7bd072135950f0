"""Sentence and paragraph splitting for news text, verbatim and offline.

How a line is split (see ``docs/splitting.md`` for the measurements behind it):

0. Invisible characters (zero-width spaces, direction marks, control characters)
   are removed and the text is put in NFC form (:mod:`summarizer.normalize`).
1. Text is split into lines first; a sentence never spans a line break.
2. Candidate cuts come from `sentencex` (Wikimedia's rule-based segmenter, ~300
   languages, written in Rust: about 0.1 ms per news article), for every language
   from each Chinese/Japanese full stop, ``！`` or ``？`` (no space needed after
   them), and, for English, from every run of ``.?!…`` (plus closing quotes or
   brackets) followed by whitespace.
3. Each English candidate is then kept or dropped by the small rules in
   :func:`_keep_cut` (lower-case continuations, quoted questions and their
   attributions, list markers) and, after a period, by
   :func:`summarizer.split_abbrev.period_ends_sentence` (titles, abbreviations,
   initials). Other languages keep the library's cuts except after their own
   abbreviations (:mod:`summarizer.split_languages`), and the language-neutral
   rules apply to all. A language without rules of its own (any name is accepted)
   gets the library's language-neutral cuts and those rules.

Sentences are exact substrings of the normalised input (stripped), in order, and
together cover every non-space character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import sentencex

from summarizer import validate
from summarizer.normalize import normalize_text
from summarizer.split_abbrev import ABBREVIATIONS, period_ends_sentence
from summarizer.split_languages import Abbreviations, abbreviations

__all__ = [
    "ABBREVIATIONS", "LANGUAGE_CODES", "Rules", "language_code", "normalize_text",
    "rules_for", "sentencex_starts", "split_paragraphs", "split_sentences", "split_with",
]  # fmt: skip

# Language names → ISO 639-1 codes, which is what sentencex expects. ISO codes are
# accepted as names too; any other name splits by the language-neutral rules.
LANGUAGE_CODES: dict[str, str] = {
    "arabic": "ar", "bulgarian": "bg", "catalan": "ca", "chinese": "zh", "czech": "cs",
    "danish": "da", "dutch": "nl", "english": "en", "finnish": "fi", "french": "fr",
    "german": "de", "greek": "el", "hebrew": "he", "hindi": "hi", "hungarian": "hu",
    "indonesian": "id", "italian": "it", "japanese": "ja", "korean": "ko",
    "norwegian": "no", "persian": "fa", "polish": "pl", "portuguese": "pt",
    "romanian": "ro", "russian": "ru", "slovak": "sk", "spanish": "es", "swedish": "sv",
    "thai": "th", "turkish": "tr", "ukrainian": "uk", "vietnamese": "vi",
}  # fmt: skip
_LANGUAGE_NAMES = {code: name for name, code in LANGUAGE_CODES.items()}
NEUTRAL_CODE = "und"
"""ISO 639-2 "undetermined": sentencex's language-neutral rules, for unknown names."""

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

# Opening quotes and brackets, and Spanish "¿" and "¡", which open a sentence.
_OPENERS = "\"'“‘«¿¡([{「『（【〔〈《"
_CLOSERS = "\"'”’»)]}」』）】〕〉》"
# Chinese and Japanese full stops, full-width "!" and "?": a sentence ends there
# whether or not a space follows (these scripts use none).
_CJK_TERMINALS = "。｡．！？"
_CJK_CANDIDATE = re.compile(rf"[{_CJK_TERMINALS}]+[{re.escape(_CLOSERS)}]*\s*")
_CJK_END = re.compile(rf"[{_CJK_TERMINALS}][{re.escape(_CLOSERS)}]*$")
# Japanese embeds a quoted sentence in the next one with a quoting particle
# (「行く。」と言った, 「はい。」って): after the closing bracket it continues the sentence.
_JAPANESE_QUOTE_END = re.compile(r"[」』]$")
_QUOTING_PARTICLE = re.compile(r"(?:と|って|など)")
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


@dataclass(frozen=True, slots=True)
class Rules:
    """How one language is split.

    Attributes:
        code: The ISO 639-1 code given to the library (``"und"`` if unknown).
        english: Whether the full English news rules apply.
        abbreviations: The language's own abbreviations, if it has a list.
    """

    code: str
    english: bool
    abbreviations: Abbreviations | None


def language_code(language: str) -> str:
    """ISO 639-1 code for a language name (or code); ``"und"`` for any other name.

    Raises:
        OptionTypeError: If ``language`` is not a string.
    """
    validate.name(language, parameter="language", choices=", ".join(sorted(LANGUAGE_CODES)))
    key = language.strip().lower()
    if key in LANGUAGE_CODES:
        return LANGUAGE_CODES[key]
    return key if key in _LANGUAGE_NAMES else NEUTRAL_CODE


def rules_for(language: str) -> Rules:
    """The splitting rules for a language name or code (any name is accepted)."""
    code = language_code(language)
    return Rules(code=code, english=code == "en",
                 abbreviations=abbreviations(_LANGUAGE_NAMES.get(code, "")))


def sentencex_starts(line: str, code: str) -> Iterator[int]:
    """Sentence start offsets that sentencex proposes for one line."""
    for span in sentencex.get_sentence_boundaries(code, line):
        yield int(span["start_index"])


def split_sentences(text: str, *, language: str = "english") -> list[str]:
    """Split text into sentences, verbatim, never across a line break.

    Args:
        text: Any text; lines are split independently. Invisible characters are
            removed and the text put in NFC form first (:func:`normalize_text`).
        language: Language name (``"english"``, ``"german"``...) or ISO 639-1 code.
            English gets the full news rules; other languages the library's cuts,
            their own abbreviation lists (:mod:`summarizer.split_languages`) and
            the language-neutral rules. Any other name splits by the
            language-neutral rules alone. Chinese and Japanese full stops split
            in every language.

    Returns:
        Stripped, non-empty sentences in order; each is a substring of
        ``normalize_text(text)``.

    Raises:
        InputTypeError: If ``text`` is not a string (``InputError`` and ``TypeError``).
        InputError: If ``text`` has a lone surrogate.
        OptionTypeError: If ``language`` is not a string.
    """
    validate.text(text)
    return split_with(normalize_text(text), proposer=sentencex_starts, language=language)


def split_with(text: str, *, proposer: Proposer, language: str = "english") -> list[str]:
    """Split like :func:`split_sentences`, with another library proposing cuts.

    The benchmark uses this to measure each library under the same rules. The
    text is taken as it is (not normalised).

    Args:
        text: Any text; lines are split independently.
        proposer: Maps ``(line, iso_code)`` to sentence start offsets in the line.
        language: As for :func:`split_sentences`.
    """
    rules = rules_for(language)
    return [
        sentence for line in text.splitlines() for sentence in _split_line(line, rules, proposer)
    ]


# The rules read a few words either side of a cut; bounding what they are shown
# keeps a line of a hundred thousand sentences linear rather than quadratic.
_CONTEXT = 1000


def _split_line(line: str, rules: Rules, proposer: Proposer) -> Iterator[str]:
    """Sentences of one line, cut where the rules keep a candidate."""
    begin = 0
    for cut in _candidates(line, rules.code, proposer):
        left = line[max(begin, cut.end - _CONTEXT) : cut.end]
        if _keep_cut(left, line[cut.start : cut.start + _CONTEXT], rules=rules):
            piece = line[begin : cut.end].strip()
            if piece:
                yield piece
            begin = cut.start
    piece = line[begin:].strip()
    if piece:
        yield piece


def _candidates(line: str, code: str, proposer: Proposer) -> list[Cut]:
    """Library cuts, CJK full stops, and (for English) every punctuation-and-space cut."""
    cuts: dict[int, Cut] = {}
    for start in _proposed(line, code, proposer):
        cut = _library_cut(line, start)
        if cut is not None:
            cuts[cut.start] = cut
    patterns = (_CJK_CANDIDATE, _CANDIDATE) if code == "en" else (_CJK_CANDIDATE,)
    for pattern in patterns:
        for match in pattern.finditer(line):
            end = match.start() + len(match.group().rstrip())
            cuts[match.end()] = Cut(end=end, start=match.end())
    return [cuts[start] for start in sorted(cuts)]


def _proposed(line: str, code: str, proposer: Proposer) -> Iterator[int]:
    """The library's sentence starts, asked for one CJK sentence at a time.

    sentencex takes time quadratic in the length of a line of Chinese or Japanese
    (a minute for 300,000 characters), so such a line is handed over in pieces
    between full stops, which are cuts anyway.
    """
    begin = 0
    for end in [*(match.end() for match in _CJK_CANDIDATE.finditer(line)), len(line)]:
        if end > begin:
            yield from (begin + start for start in proposer(line[begin:end], code))
        begin = end


def _library_cut(line: str, start: int) -> Cut | None:
    """A library's sentence start as a cut, or None if it is at either end of the line."""
    # sentencex leaves an opening quote on the previous sentence ('He said. "' +
    # 'Finally...'): the quote belongs to the sentence it opens.
    while 0 < start < len(line) and line[start - 1] in _OPENERS:
        start -= 1
    end = start
    while end > 0 and line[end - 1].isspace():
        end -= 1
    if end == 0 or start >= len(line):
        return None
    glued = end == start and not _CJK_END.search(line, max(0, end - _CONTEXT), end)
    if glued and not (line[start].isupper() and line[start + 1 : start + 2] != "."):
        # Without a space, only "heard.Shocking" (a lost space in CNN/DM) or a
        # CJK full stop is a believable boundary; "3.5", "example.org" and
        # "D-N.Y." are not.
        return None
    return Cut(end=end, start=start)


def _keep_cut(left: str, right: str, *, rules: Rules) -> bool:
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
    tail = left.rstrip()
    if _CJK_END.search(tail):
        return _cjk_ends(tail, right)
    if rules.abbreviations is not None and rules.abbreviations.holds(tail, right):
        return False  # French "M. Becker", German "z. B.", Spanish "pág. 5"
    if not rules.english:
        return True
    if not _TERMINAL_END.search(tail):
        # A library cut with no terminal punctuation: sentencex cuts at brackets
        # ("Alec Stewart (Age" + "52) CURRENT JOB...") and fixture lists.
        return False
    if tail[-1:] in "?!" or tail[-1:] in _CLOSERS:
        return not (_quoted_question(tail) and _ATTRIBUTION.match(right))
    if not tail.endswith(".") or tail.endswith(("..", "…")):
        return True
    return period_ends_sentence(tail, right)


def _cjk_ends(tail: str, right: str) -> bool:
    """After a CJK full stop: a new sentence, unless a Japanese quote goes on (」と)."""
    if tail.endswith("．") and tail[-2:-1].isdigit() and right[:1].isdigit():
        return False  # a full-width decimal point: ３．５
    return not (_JAPANESE_QUOTE_END.search(tail) and _QUOTING_PARTICLE.match(right))


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
