"""Line patterns that mark page furniture, independent of any one site.

Every pattern is anchored on the shape of a *whole short line* (a menu entry, a
credit, a date stamp, a comment header), never on a word that ordinary prose
uses: a body sentence saying "declined to comment on March 3" matches nothing
here. Each test returns the evidence as a short phrase, or ``None``.
"""

from __future__ import annotations

import re

from summarizer.clean.model import Label

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = (
    "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    "sat(?:urday)?|sun(?:day)?"
)
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTHS}|{_DAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[:.]\d{{2}}(?:[ap]\.?m\.?)?|"
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|[ap]\.?m\.?|at|on|of|the|ago|am|pm|utc|gmt|[ecmp][sd]?t|bst|cet|"
    r"updated|published|posted|modified|last|edited|created|date|time|"
    r"just|now|yesterday|today|an?|one|few|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|[smhdwy]|read|reading|\d+\s*min|min)$",
    re.IGNORECASE,
)
_DATE_CORE = re.compile(
    rf"\b(?:{_MONTHS})\b\.?\s*\d|\d\s*(?:{_MONTHS})\b|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|"
    r"\b\d{1,2}[:.]\d{2}\b|\bago\b|\byesterday\b|\bjust now\b|\b\d+\s*(?:[smhdwy]|min)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w:./-]+", re.UNICODE)


_SEGMENT_SEPARATORS = re.compile(r"\s[|•·]\s")


def is_date_line(line: str) -> bool:
    """A line that is only date and/or time stamps ("December 3, 2022 at 5:54 pm", "2h ago",
    "Published March 4, 2024 | Updated March 5, 2024"): every ``|``/``•``-separated part."""
    return all(_is_date_segment(part) for part in _SEGMENT_SEPARATORS.split(line))


def _is_date_segment(line: str) -> bool:
    tokens = _TOKEN.findall(line.lower())
    if not tokens or len(tokens) > 12 or not _DATE_CORE.search(line):
        return False
    return all(_DATE_TOKEN.match(token.strip(".:/-")) or not token.strip(".:/-")
               for token in tokens)


# Navigation: short lines made only of site-furniture words (plus stop words).
NAV_WORDS = frozenset(
    """
    home menu search login log logout sign signin signup register subscribe subscription
    account profile settings skip content main navigation nav top back next previous prev
    close open toggle more less follow connect share shares tweet email e-mail print
    facebook twitter x linkedin whatsapp pinterest reddit instagram youtube tiktok telegram
    flipboard mastodon bluesky threads copy link url rss feed advertisement advertise
    sponsored ad ads sections section categories category tags tag archive archives
    contact about help faq privacy policy terms conditions cookies cookie sitemap
    careers jobs newsletter newsletters podcast podcasts video videos photos gallery
    watch listen live donate support store shop app apps download looking lost password
    forgot username continue reading view page pages go submit cancel ok accept reject
    agree got manage preferences options pin expand collapse restack bookmark save saved
    """.split()
)

_SEPARATORS = re.compile(r"\s[|•·»›>/]\s|\s[|•·»›]|[|•·»›]\s")

_CREDIT = re.compile(
    r"\b(?:image|photo(?:graph)?|picture|pic|illustration|graphic|video|footage|artwork)s?"
    r"\s*(?:credit|courtesy|source|by|via)?\s*[:©]"
    r"|\b(?:image|photo|picture)s?\s+(?:credit|courtesy|by)\b"
    r"|\b(?:credits?|courtesy(?:\s+of)?)\s*:"
    r"|\(\s*(?:photo|image|picture|credit)s?\b|©|\bcc[\s-]by\b|^(?-i:cc)\s"
    r"|^(?:image|photo|picture|video)\s+(?:caption|source)s?\s*[,:]"
    # An agency's name ends a credit ("... Photograph: Kim Ode/Getty Images"); in
    # the middle of a sentence it is news about the agency.
    r"|\b(?:getty images|shutterstock|alamy|istock(?:photo)?|ap photo|afp via getty)\W{0,3}$",
    re.IGNORECASE,
)
COOKIE_MAX_WORDS = 60
"""Cookie banners are the longest furniture; nothing longer is tested against patterns."""
_URL = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"^(?:click|tap) (?:here|to)\b|\bdownload (?:our|the) (?:free )?app\b|\bfollow us on\b|"
    r"\blike us on\b|\bsupport (?:our|independent|quality) journalism\b|"
    r"\bbecome a (?:member|subscriber|supporter|patron)\b|\bturn off (?:your )?ad ?blocker\b|"
    r"^this (?:article|story|post) (?:was |has been )?(?:originally |first )?"
    r"(?:appeared|published|updated|produced|amended|corrected|changed)\b"
    # Correction notes speak about the page, not the news.
    r"|^an earlier version of this (?:article|story|post)\b|^(?:correction|clarification)\s*:"
    r"|^thanks? (?:you )?for (?:reading|subscribing|visiting)\b|\bsupport (?:my|our) work\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"\bfree (?:articles?|stories)\b|\bsubscribers? only\b|\balready a subscriber\b"
    r"|\bto continue reading\b|\bcancel any ?time\b|^subscribe (?:now|today)\b"
    r"|\bunlimited (?:digital )?access\b|\breached your (?:\w+ )?limit\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?\d{4}|\ball rights reserved\b"
    r"|\bmay not be (?:re)?(?:published|reproduced|copied|distributed)\b[^.]*"
    r"\b(?:redistributed|rewritten|reproduced|without (?:prior )?(?:written )?permission)\b",
    re.IGNORECASE,
)
# Banners and prompts speak to the reader ("we", "you", an imperative); a news
# sentence about cookies or newsletters does not.
_COOKIE = re.compile(
    r"^(?=.*\bcookies?\b)(?=.*\b(?:we|our|you|your|this (?:web)?site)\b)"
    r"(?=.*\b(?:accept|consent|agree|settings|preferences|policy|experience|continu\w*)\b)",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"^(?:subscribe|sign[\s-]?up|join|get|enter|type|never miss|don'?t miss)\b.*\b(?:newsletters?|"
    r"inbox|e-?mail|briefing|digest|updates|alerts|story|stories)\b"
    r"|\byour inbox\b|\bour (?:free |daily |weekly |morning |evening )*newsletters?\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:(?i:by)[\s.:]+(?=[A-Z])|(?i:written by|words by|story by|posted by|published by|"
    r"(?:additional )?reporting by|edited by|editing by|author|authors|about the author|"
    r"contributors?|staff writer|staff reporter)\b)\s*:?",
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:is|was|has been|serves as)\s+(?:a|an|the|[\w.-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?i:editor|writer|reporter|correspondent|journalist|author|"
    r"columnist|contributor|analyst|fellow|professor|researcher|commentator|blogger|"
    r"freelancer|novelist|critic)s?\b(?:\s+(?:at|for|of|with|in|and|based)\b|\s*[.,;]|$)",
)
_RELATED = re.compile(
    r"^(?:read (?:more|also|next|this)|also read|related(?:\s+\w+)?|see also|more (?:from|on|"
    r"stories|news|in|articles|like this|to read)\b|you (?:may|might|will) (?:also )?(?:like|"
    r"enjoy|be interested)|recommended(?: for you| stories| reading)?|most (?:read|popular|"
    r"viewed|shared|commented)|trending(?: now| stories)?|latest(?: news| stories| articles)?|"
    r"top stories|editor'?s? picks?|(?:previous|next|prev|older|newer) (?:article|post|story|"
    r"entry)|don'?t miss|popular(?: now| stories)?|further reading|what to read next|"
    r"in (?:other|related) news|watch(?: now)?|listen|"
    r"(?:sponsored|promoted|paid|partner)(?: content| stories| links| posts?)?|"
    r"from our partners)\b",
    re.IGNORECASE,
)
_COMMENT_START = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|reactions|thoughts)\b(?:\s+(?:on|to)\s.*)?$"
    r"|^(?:comments?|responses?|reactions)(?:\s*\(\d+\))?\s*:?$"
    r"|^(?:leave|post|add|write|submit|share) (?:a|your|the first) (?:reply|comment|response)"
    r"|^(?:join|start) the (?:discussion|conversation|debate)|^(?:reader|user|readers'?) "
    r"(?:comments|reactions|responses)|^comments? (?:are|is) (?:closed|disabled|moderated)"
    r"|^(?:show|view|load|see|hide) (?:all |more |\d+ )?(?:comments|replies)"
    r"|^sort(?:ed)? by\b|^have your say\b[^.]*$|^what do you think\??$|^discussion$"
    r"|^what (?:readers|you|people|others) (?:are )?(?:saying|think)\b|^readers respond\b"
    r"|^(?:your|readers'?) (?:views|say)$",
    re.IGNORECASE,
)
_COMMENT_FURNITURE = re.compile(
    r"^(?:(?:reply|report|flag|like|unlike|share|upvote|downvote|permalink|edit|delete|"
    r"\d+\s*(?:likes?|points?|repl(?:y|ies)|upvotes?|votes?))\s*[·|•]?\s*)+$"
    r"|^(?:reply|respond) to (?:this )?(?:comment|post)$|^report (?:abuse|comment)$"
    r"|^(?:in reply to|replying to)\b.{0,40}$"
    r"|your email address will not be published|required fields are marked"
    r"|^(?:name|email|website|comment)\s*\*?$|save my name|notify me of"
    r"|log in to (?:reply|comment)|logged in to post",
    re.IGNORECASE,
)
_HEADER_SEPARATOR = re.compile(r"\s*(?:[·|•,–—]|\s-\s|\bon\b|\bat\b)\s*", re.IGNORECASE)
_NAME_LINE = re.compile(
    r"^(?:\d+\.\s*)?@?[\w][\w.'’-]*(?:\s+[\w][\w.'’-]*){0,3}\s*(?:says|said|wrote|replied)?\s*:?$",
    re.UNICODE,
)


_ADVERT = re.compile(
    r"\b(?:advertisements?|advertising|sponsored(?: content)?|promoted|paid (?:content|post|"
    r"partner(?:ship)?)|partner content)\b", re.IGNORECASE
)


def is_advert(line: str, words: tuple[str, ...]) -> bool:
    """An ad slot ("Advertisement", "Story continues below advertisement").

    A "Sponsored content" heading over a list of promotions is a section marker instead.
    """
    return len(words) <= 6 and bool(_ADVERT.search(line)) and not _related_marker(line, words)


def nav_evidence(line: str, words: tuple[str, ...], stop_words: frozenset[str]) -> str | None:
    """Menus, share bars, breadcrumbs, ad slots: short lines of furniture."""
    if is_advert(line, words):
        return "advertisement slot"
    lowered = [w.lower() for w in words]
    furniture = sum(1 for w in lowered if w in NAV_WORDS)
    sentence = line.rstrip().endswith(".") and furniture < len(lowered) / 2
    if 0 < len(lowered) <= 8 and furniture and not sentence and all(
        w in NAV_WORDS or w in stop_words for w in lowered
    ):
        return "site-furniture words only"
    if len(_SEPARATORS.findall(line)) >= 2 and len(words) <= 25 and not line.rstrip().endswith("."):
        return "items separated by | • › (a menu or breadcrumb)"
    return None


_NAME_JOINERS = frozenset(
    "and in for at of the with from via de del van von da di le la y staff".split()
)
_BYLINE_VERBS = frozenset("by written words story posted published reporting edited".split())


def _byline(line: str, words: tuple[str, ...]) -> bool:
    """"By Jane Doe and Ann Lee, Reuters", not "By Tuesday, the fires had spread"."""
    if not _BYLINE.match(line):
        return False
    lower = [w for w in words[1:] if w[:1].islower() and w not in _NAME_JOINERS
             and w not in _BYLINE_VERBS and not _DATE_TOKEN.match(w)]
    return len(lower) <= 1 or line.lower().startswith(("about the author", "author"))


def _related_marker(line: str, words: tuple[str, ...]) -> bool:
    """A marker alone ("More from World") or before its link ("READ MORE: ..."),
    not a sentence that starts the same way ("Latest figures show ...")."""
    match = _RELATED.match(line)
    if match is None:
        return False
    rest = line[match.end():].lstrip()
    if rest[:1] in (":", "|", "–", "—", "-", "»", ">", "›"):
        return len(words) <= 20
    return len(words) <= 6 and not line.rstrip().endswith(".")


_CONTRIBUTORS = re.compile(
    # One credit on its own line: no sentence ends before it ("fight! CNN's X contributed").
    r"^(?:[^!?\"“”.]|\.(?!\s))*\bcontributed(?: reporting| research)?(?: to| for) (?:this|the) "
    r"(?:report|story|article)[.)]?$", re.IGNORECASE,
)


def chrome_evidence(line: str, words: tuple[str, ...]) -> tuple[Label, str] | None:
    """Credits, copyright, cookie and newsletter boxes, bylines, related-link markers."""
    if len(words) > COOKIE_MAX_WORDS:
        return None  # every piece of furniture below is short; long lines are never tested
    short = len(words) <= 30
    if _COMMENT_FURNITURE.search(line) and short:
        return Label.COMMENTS, "comment form or reply/like buttons"
    if _COPYRIGHT.search(line) and short:
        return Label.OTHER, "copyright notice"
    if _CREDIT.search(line) and short:
        return Label.CAPTION, "image credit"
    if _COOKIE.search(line):
        return Label.OTHER, "cookie banner"
    if _NEWSLETTER.search(line) and short:
        return Label.OTHER, "newsletter prompt"
    if _URL.search(line) and len(words) < 20:
        return Label.OTHER, "URL or e-mail address"
    if _PAYWALL.search(line) and short:
        return Label.OTHER, "paywall or subscription prompt"
    if _CALL_TO_ACTION.search(line) and short:
        return Label.OTHER, "call to action (app, follow, support us, correction note)"
    if _byline(line, words) and (len(words) <= 14 or _DATE_CORE.search(line)):
        return Label.BYLINE, "byline"
    if _CONTRIBUTORS.search(line) and short:
        return Label.BYLINE, "contributor credit at the end of a story"
    if _related_marker(line, words):
        return Label.RELATED, "read-more / related-stories marker"
    return None


def is_comment_start(line: str, words: tuple[str, ...]) -> bool:
    """An explicit comment-section marker ("12 Comments", "Leave a Reply", "Join the ...")."""
    stripped = line.strip()
    return len(words) <= 12 and not stripped.endswith(".") and bool(_COMMENT_START.match(stripped))


def is_comment_furniture(line: str) -> bool:
    """Reply/like buttons and comment-form fields."""
    return bool(_COMMENT_FURNITURE.search(line))


_REPLY_WORD = re.compile(r"\brepl(?:y|ies)\b|\bpoints?\b|\b(?:up|down)?votes?\b|\breport\b",
                         re.IGNORECASE)


def is_reply_button(line: str, words: tuple[str, ...]) -> bool:
    """A button under a reader's comment ("Reply", "Like · Reply", "12 points").

    Narrower than :func:`is_comment_furniture`: a lone "Share" or "Like" also
    follows articles.
    """
    return len(words) <= 5 and is_comment_furniture(line) and bool(_REPLY_WORD.search(line))


_BULLET = re.compile(r"^\s*(?:[-–•*▪◦·]|\d{1,2}[.)])\s+\w")


def is_list_item(line: str) -> bool:
    """A bulleted or numbered list item ("- a cap on appeal times", "2. Reparations")."""
    return bool(_BULLET.match(line))


_NAME_NOISE = re.compile(r"^\d+\.\s*|\s*\b(?:says|said|wrote|replied)\b\s*:?$|:$", re.IGNORECASE)


def is_name_line(line: str, words: tuple[str, ...]) -> bool:
    """A short line that could be a commenter's name or handle ("2. Big Crow", "@kim says:").

    Names are capitalised throughout ("Big Crow") or not at all ("eliot nes"); a
    capital followed by lower-case words ("Library hours extended") is a headline.
    """
    if not (1 <= len(words) <= 4 and len(line.strip()) <= 48 and _NAME_LINE.match(line.strip())):
        return False
    name = _NAME_NOISE.sub("", line.strip())
    initials = [word[:1] for word in name.split() if word[:1].isalpha()]
    return all(c.isupper() for c in initials) or not any(c.isupper() for c in initials)


def is_inline_comment_header(line: str, words: tuple[str, ...]) -> bool:
    """Name and date on one line ("Kim · 3 hours ago", "Ann on May 2, 2023 at 9:14 am")."""
    if len(words) > 14:
        return False
    stripped = line.strip()
    if stripped.endswith(".") or is_date_line(stripped):
        return False
    for match in _HEADER_SEPARATOR.finditer(stripped):
        who, when = stripped[: match.start()], stripped[match.end():]
        if who and is_date_line(when) and is_name_line(who, tuple(who.split())):
            return True
    return False


def is_bio(line: str) -> bool:
    """An author bio sentence: "Name Surname is a ... writer/editor/..."."""
    return bool(_BIO.match(line.strip()))


def is_byline_start(line: str, words: tuple[str, ...]) -> bool:
    """An author-box marker after which the lines describe the author."""
    return len(words) <= 4 and _byline(line.strip(), words)


_ABOUT_BOX = re.compile(r"^(?i:about)\s+(?:(?i:the|us)\b\s*)?(?:[A-Z][\w&.'’-]*\s*){0,4}:?$")


def is_about_box(line: str, words: tuple[str, ...]) -> bool:
    """An "About <Company>" / "About us" heading over boilerplate prose."""
    return 2 <= len(words) <= 5 and bool(_ABOUT_BOX.match(line.strip()))


def is_related_start(line: str, words: tuple[str, ...]) -> bool:
    """A bare related-stories marker ("More from World") heading a list of other stories."""
    return _related_marker(line.strip(), words) and not _has_item(line)


def _has_item(line: str) -> bool:
    """A marker with its link on the same line ("Read more: Council ...") is inline."""
    _, colon, rest = line.partition(":")
    return bool(colon) and len(rest.split()) >= 2
