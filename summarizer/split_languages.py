"""Abbreviations of languages other than English: where a period is not a sentence end.

sentencex knows some abbreviations per language but cuts after others: French
``M. Becker`` and ``le Dr. Martin``, Portuguese ``pág. 5``, Swedish ``kl. 5``. For
each language these lists name, by kind, the abbreviations after which a
candidate cut is dropped (English has its own, finer rules in
:mod:`summarizer.split_abbrev`):

* ``titles``: titles and phrases such as "for example", which a sentence never
  ends with (``M.``, ``Mme.``, ``Sr.``, ``z. B.``, ``p. ex.``);
* ``before_number``: page, number and article abbreviations, which do not end a
  sentence before a number (``pág. 5``, ``Nr. 3``).

Abbreviations that often do end sentences (``etc.``, ``usw.``, Russian ``г.``)
are left to the library. A space inside an entry matches any spacing, so
``z. B.`` also covers ``z.B.``; an entry in lower case also matches with a capital
first letter, as at the start of a sentence. Lists are keyed by the language
names of :data:`summarizer.split.LANGUAGE_CODES`; a language without a list keeps
the library's cuts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

TITLES: dict[str, tuple[str, ...]] = {
    "french": (
        "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Mgr.", "Me.", "Dr.", "Pr.",
        "Prof.", "St.", "Ste.", "p. ex.", "cf.", "c.-à-d.", "env.", "av.", "boul.", "bd.",
    ),
    "german": (
        "Dr.", "Prof.", "Hr.", "Hrn.", "Fr.", "Frl.", "Dipl.", "Ing.", "St.", "z. B.",
        "d. h.", "u. a.", "bzw.", "ca.", "vgl.", "evtl.", "ggf.", "sog.", "inkl.", "zzgl.",
        "o. ä.", "u. U.", "v. a.",
    ),
    "spanish": (
        "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Lic.", "Ing.", "Prof.", "Ud.",
        "Uds.", "Vd.", "Vds.", "Dña.", "Sto.", "Sta.", "p. ej.", "Av.", "Avda.", "aprox.",
    ),
    "italian": (
        "Sig.", "Sigg.", "Dott.", "Prof.", "Avv.", "Ing.", "Arch.", "On.", "Mons.", "Geom.",
        "Rag.", "p. es.", "ca.",
    ),
    "portuguese": (
        "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Prof.", "Profa.", "Exmo.", "Exma.", "Eng.",
        "V. Exa.", "p. ex.", "Av.", "aprox.",
    ),
    "swedish": (
        "t. ex.", "bl. a.", "s. k.", "d. v. s.", "dvs.", "jfr.", "resp.", "f. d.", "p. g. a.",
        "pga.", "inkl.", "ca.", "Dr.", "Prof.",
    ),
    "danish": ("f. eks.", "bl. a.", "dvs.", "ca.", "hr.", "Dr.", "Prof.", "jf.", "inkl."),
    "norwegian": ("f. eks.", "bl. a.", "dvs.", "ca.", "hr.", "Dr.", "Prof.", "jf.", "inkl."),
    "dutch": (
        "dhr.", "mevr.", "mr.", "dr.", "drs.", "ir.", "prof.", "bijv.", "o. a.", "m. b. t.",
        "d. w. z.", "ca.", "z. g.",
    ),
    "russian": ("т. е.", "т. н.", "см.", "им.", "ул.", "проф.", "акад.", "напр."),
    "romanian": ("dl.", "dna.", "dra.", "dr.", "prof.", "ing.", "d-l.", "d-na.", "str."),
    "hungarian": ("dr.", "pl.", "ún.", "ill.", "kb."),
    "finnish": ("esim.", "ns.", "ts.", "tri.", "prof."),
}  # fmt: skip

BEFORE_NUMBER: dict[str, tuple[str, ...]] = {
    "french": ("p.", "pp.", "n.", "no.", "art.", "chap.", "vol.", "fig."),
    "german": ("Nr.", "S.", "Str.", "Abs.", "Art.", "Bd.", "Kap.", "Abb."),
    "spanish": ("pág.", "págs.", "núm.", "art.", "cap.", "vol.", "fig.", "n."),
    "italian": ("pag.", "pagg.", "n.", "art.", "cap.", "vol.", "fig."),
    "portuguese": ("pág.", "págs.", "n.", "nº.", "art.", "cap.", "vol.", "fig."),
    "swedish": ("kl.", "nr.", "s.", "kap."),
    "danish": ("kl.", "nr.", "s.", "kap."),
    "norwegian": ("kl.", "nr.", "s.", "kap."),
    "dutch": ("nr.", "blz.", "art.", "hfst."),
    "russian": ("д.", "с.", "стр.", "гл.", "ст.", "рис."),
    "romanian": ("nr.", "art.", "pag.", "cap."),
    "hungarian": ("sz.", "o.", "old."),
    "finnish": ("s.", "nro.", "n."),
}  # fmt: skip


def _variants(entry: str) -> set[str]:
    """The entry, and with a capital first letter if it is written in lower case."""
    return {entry, entry[:1].upper() + entry[1:]}


def _pattern(entry: str) -> str:
    """A regular expression for the entry, any spacing after its inner periods."""
    return r"\s*".join(re.escape(part) for part in entry.split())


def _alternation(entries: set[str]) -> str:
    # Longest first, so "Mmes." is tried before "Mme." would stop short of it.
    return "|".join(_pattern(e) for e in sorted(entries, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """One language's rules, compiled.

    Attributes:
        final: Matches text that ends with a title (no sentence ends there).
        numbered: Matches text that ends with an abbreviation taken by a number.
        inner: Pairs (before, after): a cut between the parts of a multi-part
            abbreviation, such as ``z.`` | ``B.``.
    """

    final: re.Pattern[str] | None
    numbered: re.Pattern[str] | None
    inner: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]

    def holds(self, tail: str, right: str) -> bool:
        """Whether the cut between ``tail`` and ``right`` falls inside or after one."""
        end = tail[-24:]  # the longest entry is far shorter; keeps the search short
        if self.final is not None and self.final.search(end):
            return True
        if self.numbered is not None and right[:1].isdigit() and self.numbered.search(end):
            return True
        return any(before.search(end) and after.match(right) for before, after in self.inner)


def _ending(alternatives: str) -> re.Pattern[str] | None:
    """Text ending with one of the alternatives, not preceded by a letter or digit."""
    return re.compile(rf"(?<!\w)(?:{alternatives})$") if alternatives else None


def _inner_pairs(entries: set[str]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    pairs = []
    for entry in entries:
        parts = entry.split()
        for cut in range(1, len(parts)):
            before = _ending(_pattern(" ".join(parts[:cut])))
            assert before is not None
            pairs.append((before, re.compile(rf"{_pattern(' '.join(parts[cut:]))}(?!\w)")))
    return tuple(pairs)


@cache
def abbreviations(language: str) -> Abbreviations | None:
    """The compiled rules for a language name, or None if it has no list."""
    titles = {v for entry in TITLES.get(language, ()) for v in _variants(entry)}
    numbered = {v for entry in BEFORE_NUMBER.get(language, ()) for v in _variants(entry)}
    if not titles and not numbered:
        return None
    return Abbreviations(final=_ending(_alternation(titles)),
                         numbered=_ending(_alternation(numbered)),
                         inner=_inner_pairs(titles | numbered))
