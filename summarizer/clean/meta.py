"""Lines in which the page talks about itself, its staff or its sources, not the news.

News prose reports on the world; page furniture that is written as sentences
talks about the *publication*: "A version of this article appears in print",
"Republish our articles for free", "X receives funding from ... that would
benefit from this article", "X is a reporter covering schools.", a list of the
sources a fact-check used. The evidence here is that self-reference (this
article, our journalism) combined with the vocabulary of publishing (print,
republish, funding, licence, disclosure), a newsroom job in a bio's shape, or a
citation's shape. Quoted or attributed lines ("..., he said") are reporting and
never match.
"""

from __future__ import annotations

import re

from summarizer.clean.patterns import is_date_line

META_MAX_WORDS = 50
"""Notices about the page are a sentence or two; longer lines are article text."""

_SELF = re.compile(
    r"\b(?:this|our) (?:article|story|report|post|piece|column|essay|newsletter|site|website|"
    r"page)s?\b"  # not "this edition" / "this episode": a tournament, a TV series
    r"|\bour (?:journalism|reporting|newsroom|work|coverage|content|writers|reporters|"
    r"journalists|editors|partners|members|readers|subscribers|funders|sponsors)\b",
    re.IGNORECASE,
)
_PUBLISHING = re.compile(
    r"\b(?:print(?:ed)?|(?:re)?publish\w*|reprint\w*|edition|headline|licen[cs]e[ds]?|"
    r"fund(?:s|ed|ing|ers?)?|donat\w+|commissions?|affiliate|disclos\w+|sponsor\w*|partner\w*|"
    r"syndicat\w+|copyright\w*|creative commons|paywall|subscri\w+|advertis\w+|"
    r"(?:updated|corrected|amended|edited) (?:on|to|at)|benefit from)\b",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    # Whole phrases that only ever describe the page itself.
    r"\bappears? in print\b|\bin (?:the )?print edition\b|^a version of this\b"
    r"|^(?:this (?:article|story|post|piece|essay|column) (?:was |is )?)?originally "
    r"(?:published|appeared|posted) (?:on|at|in|by)\b"
    r"|^republish\b|\brepublish (?:this|our)\b|\bwe (?:may )?(?:earn|receive|get) "
    r"(?:a )?(?:small )?(?:commission|compensation|share of sales)"
    r"|\baffiliate (?:links?|commissions?|partnerships?)\b"
    r"|^(?:editor'?s|editors'?) note\s*:|^(?:full |affiliate )?disclosure\s*:",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”]|(?:^|\s)'|'(?:\s|$)")
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|according to|added|asked|wrote|argued|claimed|insisted)\b",
    re.IGNORECASE,
)


def is_self_reference(line: str, words: tuple[str, ...]) -> bool:
    """The page speaking about itself: "A version of this article appears in print ...".

    A reference to this article or our journalism together with a word of
    publishing (print, republish, funding, licence), or a phrase that only ever
    describes a page; unquoted and unattributed, so that "the story was wrong,
    he said" is reporting.
    """
    if len(words) > META_MAX_WORDS or _ATTRIBUTED.search(line):
        return False
    if _NOTICE.search(line):
        return True
    return (not _QUOTE.search(line) and bool(_SELF.search(line))
            and bool(_PUBLISHING.search(line)))


_JOBS = (
    r"editor|writer|reporter|correspondent|journalist|author|columnist|contributor|analyst|"
    r"fellow|professor|lecturer|researcher|commentator|blogger|freelancer|novelist|critic|"
    r"presenter|intern|stringer"
    # Not "producer", "host" or "candidate": "X is the world's biggest producer of lambs";
    # not "photographer": CNN's photo essays end with one, and the benchmark counts it as text.
)
_PRONOUN = r"(?!(?:He|She|It|They|We|You|I|This|That|The|There|Here)\b)"
_NAME = rf"{_PRONOUN}(?:[A-Z][\w.'’-]*\s+){{1,3}}"
_ROLE_BIO = re.compile(
    rf"^{_NAME}(?:is|was|has been|serves as)\s+(?:a|an|the|[\w.-]+['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?i:{_JOBS})s?\b"
    r"(?:\s+(?:at|for|of|with|in|and|based|covering|who|whose|on|from|focusing|specializing|"
    r"specialising|reporting|writing)\b|\s*[.,;]|$)",
)
_BEAT_BIO = re.compile(
    # "Ann Lee covers health for the Courier." / "Bo Kim writes about money."
    rf"^{_NAME}(?:covers|writes about|writes on|reports on|reports from|edits|hosts)\s+"
    r"[^.!?]{1,100}[.!]?$",
)
_CONTACT = re.compile(
    rf"^(?:follow|contact|email|e-mail|reach|write to)\s+{_NAME}?"
    r"(?:on|at|via)\b.{0,60}$|^(?:follow|contact)\s+(?:him|her|them)\s+(?:on|at)\b.{0,60}$",
    re.IGNORECASE,
)


def is_role_bio(line: str) -> bool:
    """A staff bio: "X is a reporter covering schools.", "X covers the courts for the Post."."""
    stripped = line.strip()
    if _ATTRIBUTED.search(stripped) or len(stripped.split()) > META_MAX_WORDS:
        return False
    return bool(_ROLE_BIO.match(stripped) or _BEAT_BIO.match(stripped))


def is_contact_line(line: str, words: tuple[str, ...]) -> bool:
    """"Follow Ann Lee on X", "Contact the author at ...": short, addressed to the reader."""
    return len(words) <= 14 and not _ATTRIBUTED.search(line) and bool(_CONTACT.match(line.strip()))


_CITATION = re.compile(
    # Outlet, "Title", date — one source of a list ("Northgate Post, "...", March 3, 2024").
    r"^(?:[A-Z0-9][\w&.'’-]*\s*){1,6},?\s*[\"“][^\"”]{3,200}[\"”],?\s*(?P<when>[^\"”]*)$",
)


_SOURCE_CREDIT = re.compile(r"^(?:sources?|via|h/t|hat tip)\s*:\s*\S", re.IGNORECASE)
SOURCE_CREDIT_MAX_WORDS = 10
""""Source: Valley Record" names a publisher; a longer line is a sentence about sources."""


def is_source_credit(line: str, words: tuple[str, ...]) -> bool:
    """A credit line naming where the story came from ("Source: Valley Record")."""
    return len(words) <= SOURCE_CREDIT_MAX_WORDS and bool(_SOURCE_CREDIT.match(line.strip()))


def is_citation(line: str) -> bool:
    """One entry of a source list: a publisher, a quoted title and a date, and nothing else."""
    match = _CITATION.match(line.strip())
    return match is not None and is_date_line(match.group("when").strip(" .,;()"))


_BOX_HEADING = re.compile(
    r"^(?:(?:a )?disclosures?(?: statement)?|affiliate disclosure|(?:our )?partners|"
    r"(?:our |the )?sources(?: used| and methods| and references)?|references|methodology|"
    r"(?:editor'?s|editors'?) note|funding|acknowledge?ments|supported by|in partnership with|"
    r"about this (?:article|story|report|page|series)|how we (?:reported|fact-checked) this|"
    r"notes? (?:to|for) editors|(?:editor'?s|editors'?) notes|(?:media|press) "
    r"(?:enquiries|inquiries|contacts?|office))"
    r"\s*:?$",
    re.IGNORECASE,
)


def is_box_heading(line: str, words: tuple[str, ...]) -> bool:
    """The heading of a box about the page itself ("Disclosure statement", "Our sources")."""
    return len(words) <= 5 and bool(_BOX_HEADING.match(line.strip()))


_LIST_ITEM = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


def is_name_list(line: str, stop_words: frozenset[str]) -> bool:
    """A list of names, not a sentence ("Rovers: Okafor, Haddad, Osei, Brennan, Duarte.").

    Four or more comma-separated capitalised items and not one function word:
    line-ups, cast lists, credits. A sentence naming people has verbs and "and".
    """
    _, colon, rest = line.strip().rpartition(":")
    items = [item.strip(" .;") for item in (rest if colon else line).split(",")]
    if len(items) < 4 or not all(_LIST_ITEM.match(item) for item in items):
        return False
    return not any(word.lower() in stop_words for item in items for word in item.split())


_CREDIT = re.compile(
    r"\b(?:produced|edited|mixed|engineered|reviewed|fact[- ]checked|illustrated|composed|"
    r"hosted|narrated|researched|sound[- ]designed)\s+by\s+(?:Dr\.?\s+)?[A-Z]",
)


def is_credit(text: str) -> bool:
    """A production or review credit: "produced by X", "Medically reviewed by Dr. X"."""
    return bool(_CREDIT.search(text))
