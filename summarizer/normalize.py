"""Invisible characters out, NFC in: the text every stage after reading sees.

Pages copied from the web carry characters that no reader sees but that hide a
sentence boundary from the splitter: a zero-width space or a direction mark
after a full stop, a byte-order mark in mid-text, BEL and other control
characters. They are removed, and the text is put in Unicode NFC form (an ``é``
typed as ``e`` + combining accent becomes one character), so two spellings of
the same sentence are the same sentence. Everything else is kept verbatim:
summary sentences are exact substrings of the normalised text.

Kept on purpose: tabs and every character Python's ``str.splitlines`` treats as
a line break (they separate paragraphs), and the zero-width joiner and non-joiner
(U+200C, U+200D), which change how Persian, Indic scripts and emoji are written.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = (
    "\x00-\x08\x0e-\x1b\x1f\x7f"  # C0 controls and DEL, except tab and line breaks
    "\x80-\x84\x86-\x9f"  # C1 controls, except NEL (a line break)
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b"  # zero-width space
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2060-\u2064"  # word joiner and invisible operators
    "\u2066-\u2069"  # bidirectional isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)
"""The characters removed, as a regular-expression class body."""

_INVISIBLE = re.compile(f"[{INVISIBLE}]+")


def normalize_text(text: str) -> str:
    """The text without invisible characters, in Unicode NFC form.

    Args:
        text: Any text.

    Returns:
        ``text`` itself when there is nothing to change (the common case costs
        one scan), else the cleaned copy.
    """
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
