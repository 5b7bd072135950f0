"""Topic cohesion: a closing line that shares almost no words with the article.

The lines of one article keep returning to its people, places and subject; a
box the page appends to it (a production credit, a review policy, a prompt to
rate the show or write a letter) is about the publication and shares almost
none of those words. That evidence needs no list of furniture words: content
words (stop words removed, stemmed) of the line against those of the rest of
the body. On its own it is too weak (a closing quote can change the subject),
so a line is cut only when it also speaks as the site or to the reader
("we", "our", "you", unquoted and unattributed) and sits among the body's last
lines, never the first line of the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.clean.features import LineInfo
from summarizer.clean.meta import is_credit
from summarizer.clean.structure import SITE_VOICE, Region, is_reporting, site_voice
from summarizer.language import tokenize_words

COHESION_MAX = 0.15
"""Share of a line's content words found elsewhere in the body, below which it is off topic.
On the development pages and older batches, body lines at the edges rarely fall below
it while also speaking as the site (2 of about 3,400 edge lines)."""

COHESION_MIN_WORDS = 5
"""Fewer content words make the share noise ("Thank you." shares nothing, by chance)."""

EDGE_LINES = 3
"""Closing boxes are a few lines; deeper in the article a change of subject is the story's."""

_CLOSING_QUOTE = re.compile(r"['’](?:\s|$)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def content_stems(words: Sequence[str], stop_words: frozenset[str],
                  stem: Callable[[str], str]) -> frozenset[str]:
    """Stemmed content words: no stop words, no numbers, no one- or two-letter tokens."""
    return frozenset(stem(word.lower()) for word in words
                     if len(word) > 2 and word.lower() not in stop_words
                     and any(ch.isalpha() for ch in word))


def cohesion(line: frozenset[str], rest: frozenset[str]) -> float:
    """Share of the line's content words that occur in the rest of the body."""
    return len(line & rest) / len(line) if line else 1.0


def incohesive_tail(infos: Sequence[LineInfo], region: Region, *, excluded: set[int],
                    stop_words: frozenset[str], stem: Callable[[str], str]) -> list[int]:
    """The body's last lines (up to three, from the end) that are off topic and in the site's
    voice; the first line of the body is never among them."""
    body = [info for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in excluded]
    stems = {info.index: content_stems(info.words, stop_words, stem) for info in body}
    cut: list[int] = []
    for info in reversed(body[1:]):
        own = stems[info.index]
        if len(cut) == EDGE_LINES or len(own) < COHESION_MIN_WORDS or not _notice(info):
            break
        rest = frozenset().union(*(words for index, words in stems.items()
                                   if index != info.index and index not in cut))
        if cohesion(own, rest) >= COHESION_MAX:
            break
        cut.append(info.index)
    return cut


HEAD_NOTICE_LINES = 2
"""Notices above the body (a review policy, a partner line) are a line or two."""

HEAD_MIN_REST = 3
"""Body lines that must remain below a cut notice: the article's own first lines."""


def incohesive_head(infos: Sequence[LineInfo], region: Region, *, excluded: set[int],
                    stop_words: frozenset[str], stem: Callable[[str], str]) -> list[int]:
    """The body's first lines (up to two) that are off topic and speak as the site or credit
    its staff: a review policy or partner line above the article, not its first sentence."""
    body = [info for info in infos[region.start:region.end + 1]
            if not info.blank and info.index not in excluded]
    if len(body) <= HEAD_MIN_REST or not _head_notice(body[0], stop_words):
        return []
    stems = {info.index: content_stems(info.words, stop_words, stem) for info in body}
    cut: list[int] = []
    for position, info in enumerate(body[:HEAD_NOTICE_LINES]):
        own = stems[info.index]
        if (len(body) - position <= HEAD_MIN_REST or len(own) < COHESION_MIN_WORDS
                or not _head_notice(info, stop_words)):
            break
        rest = frozenset().union(*(stems[other.index] for other in body[position + 1:]))
        if cohesion(own, rest) >= COHESION_MAX:
            break
        cut.append(info.index)
    return cut


def _head_notice(info: LineInfo, stop_words: frozenset[str]) -> bool:
    """A credit, or the site speaking without naming anyone: an article's first sentence in
    the site's voice ("HLN's #MeForReal is ...; we want you to ...") names its subject."""
    if is_credit(info.text) and not is_reporting(info.text):
        return True
    return _voice(info) and not _names_someone(info.text, stop_words)


def _names_someone(text: str, stop_words: frozenset[str]) -> bool:
    """A capitalised word that is not a sentence's first function word ("We", "Our") nor "I"."""
    for sentence in _SENTENCE_END.split(text.strip()):
        words = [word for word in tokenize_words(sentence) if any(ch.isalpha() for ch in word)]
        for position, word in enumerate(words):
            if not word[0].isupper() or word == "I":
                continue
            if position or word.lower() not in stop_words:
                return True
    return False


def _notice(info: LineInfo) -> bool:
    """Speaks as the site, or credits the page's staff ("produced by X", "reviewed by X")."""
    return _voice(info) or (is_credit(info.text) and not is_reporting(info.text))


def _voice(info: LineInfo) -> bool:
    """The site speaking in most of the line's sentences, not a quoted speaker (a closing
    quote mark ends the line) nor a sentence of news with a notice glued to it."""
    if not site_voice(info) or _CLOSING_QUOTE.search(info.text.rstrip()):
        return False
    sentences = _SENTENCE_END.split(info.text.strip())
    voiced = sum(1 for sentence in sentences
                 if any(word.lower() in SITE_VOICE for word in tokenize_words(sentence)))
    return voiced * 2 > len(sentences)
