"""English abbreviations: does a period after this word end the sentence?

:func:`period_ends_sentence` decides a candidate cut after ``word.`` when a capital,
digit or opening quote follows (a lower-case word never starts a sentence, which
``summarizer.split`` checks first). Each kind of abbreviation asks what follows it:

- titles (``Dr. Sen. Lt.``) and ``vs. e.g. i.e.`` never end a sentence;
- ``No. pp. Fig.`` do not before a number;
- a month (``Jan. Sept.``) is followed by a day or a year inside a sentence, so any
  other capital starts a new one;
- ``a.m./p.m.`` continue before a weekday, a month, a time zone or ``... time``;
- places and companies (``U.S. U.K. D.C. Inc. Corp.``) continue into names
  (``U.S. Army``, ``U.N. Security Council``, ``Apple Inc. CEO``) and otherwise end
  the sentence (``fled to the U.S. Authorities there...``);
- the rest (``Jr. St. Mt.``, dotted initials ``J.R.R.``, single initials ``W.``) end
  a sentence only before a typical opener (``The, He, But...``), because they are
  usually followed by a name.
"""

from __future__ import annotations

import re

# Titles precede a name, so a period after one never ends a sentence.
TITLES = frozenset(
    "mr mrs ms messrs mme dr prof sen rep gov gen lt col capt maj sgt cpl pvt adm cmdr "
    "rev fr hon pres supt insp det brig gens reps sens amb atty ald msgr pfc spc cdr "
    "drs profs revs".split()
)
# "Ex-Gov. Rick Perry", "then-Sen. Barack Obama": a prefixed title is still a title.
TITLE_PREFIXES = frozenset("ex then vice acting former deputy".split())
# Never sentence-final in news prose: what follows always continues the sentence.
INTERNAL = frozenset("vs v e.g i.e cf viz approx ca incl esp et al".split())
# Abbreviations that introduce a number ("No. 5", "pp. 12"), and only then.
NUMBER_PREFIXES = frozenset("no nos nr art fig figs p pp vol ch op para sec".split())
# Inside a sentence a month abbreviation is followed by a day or a year ("Jan. 5").
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
TIMES = frozenset(("a.m", "p.m"))
# Places and bodies written with dots: after them comes a name or a new sentence.
PLACES = frozenset("u.s u.k u.n d.c e.u u.s.a u.a.e l.a n.y n.j n.c s.c n.h n.m n.d s.d".split())
COMPANIES = frozenset("inc corp ltd co cos plc llc".split())
STREETS = frozenset("st ave blvd rd".split())
# Usually followed by a name, rarely sentence-final: the cut needs a typical opener.
# "Bros." (Brothers) sits inside a company name: "Warner Bros. Discovery said".
NAME_PREFIXES = frozenset("jr sr mt ft esq est govt dept ph.d etc bros".split())
# After a name, "Jr." / "Sr." end it: what follows is a new sentence unless it names
# something after the person ("King Jr. Day").
SUFFIXES = frozenset(("jr", "sr"))
AMBIGUOUS = MONTHS | TIMES | PLACES | COMPANIES | STREETS | NAME_PREFIXES
# Every abbreviation the rules know, with its period (used by the benchmark).
ABBREVIATIONS = frozenset(f"{w}." for w in TITLES | INTERNAL | NUMBER_PREFIXES | AMBIGUOUS)

# Function words that start sentences but rarely follow an abbreviation inside one.
# Titles are left out on purpose: "U.S. Rep. Paul Ryan" must stay whole.
SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I You This That These Those There Here His Her Its "
    "Their Our My Your But And Or So Yet In On At After Before When While If As Since "
    "Although Though However Meanwhile Now Then Today Yesterday Tomorrow Last Next One "
    "Some Many Most All Both Each No Not Nobody None What Why How Who Where Which For "
    "With By To From During Under Despite Until Also Even Only Still Instead Such Other "
    "Another Every Earlier Later Police Officials Let "
    # Quantifiers open news sentences ("Thousands attended.") but seldom follow
    # "U.S." or "Inc." inside one.
    "Several Few Dozens Hundreds Thousands Millions Two Three Four Five".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# What follows "4 p.m." inside a sentence: a day, a date, a time zone.
TIME_FOLLOWERS = WEEKDAYS | frozenset(
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep "
    "Sept Oct Nov Dec "
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT BST UTC CET CEST EET AEST "
    "AEDT IST JST KST HKT SGT Eastern Central Pacific Mountain Atlantic Local Greenwich "
    "Christmas".split()
)
# Capitalised words that continue a name after "U.S." / "U.N." / "D.C." ("U.S. Army
# said", "U.N. Women's report"). Any capitalised word followed by another capital
# continues too ("U.S. Virgin Islands"), so this list only needs the nouns that are
# often the last word of such a name.
PLACE_NAMES = frozenset(
    "Army Navy Air Marines Marine Coast Guard Senate House Congress Capitol Supreme "
    "Court Courts District Circuit Attorney Attorneys Ambassador Ambassadors Embassy "
    "Embassies Consulate Department Secretary President Vice Treasury Census Postal Mail "
    "Mint Open Olympic Olympics Soccer Steel Airways Bank Chamber Forest Fish Border "
    "Customs Immigration Geological Marshals Secret Forces Military Government Agency "
    "Bureau Office Commission Council Assembly Mission Envoy Representative Trade "
    "Justice State Defense Defence Commerce Labor Labour Health Education Interior "
    "Homeland Women Men Masters Championship Championships Cup Team Highway Route "
    "Interstate Constitution Charter Parliament Ministry Minister Prime Headquarters "
    "Mayor Metro United "
    # Adjectives that open a group's name: "U.S. Catholic bishops", "U.S. Republican
    # lawmakers".
    "Catholic Protestant Evangelical Jewish Muslim Christian Republican Democratic "
    "Federal National Naval Diplomatic Olympian".split()
)
# The same after "Inc." / "Co." / "Bros." ("Apple Inc. CEO Tim Cook", "Warner Bros.
# Pictures said").
COMPANY_NAMES = frozenset(
    "CEO CFO COO Chief Chairman Chairwoman Chair President Founder Co-founder Executive "
    "Vice Director Spokesman Spokeswoman Spokesperson Pictures Entertainment Studios "
    "Records Television Group Holdings International Limited".split()
)
# What "Jr." continues into: places and days named after a person.
SUFFIX_NAMES = frozenset(
    "Day Boulevard Blvd Avenue Ave Drive Dr Street St Road Rd Parkway Way Bridge Park "
    "Memorial Library Center Centre Hall Stadium Field Airport High Elementary Middle "
    "School College University Institute Foundation Award Prize Holiday".split()
)
# "Mount St. Helens", "Port St. Lucie": St. after these is Saint, not Street.
SAINT_AFTER = frozenset("mount mt port fort ft lake cape sault isle".split())

_WORD = re.compile(r"\S+")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # U.S / J.R.R / W (period removed)
_NAME_ABBREVIATIONS = TITLES | AMBIGUOUS
_CLOSING_PUNCT = ",.;:!?)]}\"'”’»"
_QUOTES = "\"'“‘«"
_ONE_WORD_SENTENCE = re.compile(r"[A-Z][\w'’-]*[.!?]")


def period_ends_sentence(tail: str, right: str) -> bool:
    """Whether the period ending ``tail`` ends a sentence, given the ``right`` text.

    Args:
        tail: Text up to and including the period (no trailing space).
        right: The rest of the line after the whitespace; it starts with a capital,
            a digit, an opening bracket or quote (the caller checked).
    """
    words = tail.rsplit(None, 2)
    word = words[-1].lstrip("\"'“‘«([{")[:-1]
    previous = words[-2] if len(words) > 1 else ""
    key = word.lower()
    if key in TITLES or key in INTERNAL or _is_prefixed_title(key):
        return False
    if key in NUMBER_PREFIXES and right[:1].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and _is_measure(previous):
        return True  # "104 degrees F. Residents..." is a unit, not an initial
    if not (key in AMBIGUOUS or _is_dotted(word)):
        return True
    if right[:1] in "([" and not right[1:2].isupper():
        return False  # an aside: "at 5 p.m. (2200 GMT) Sunday"
    return _ambiguous_ends(key, previous, right)


def _ambiguous_ends(key: str, previous: str, right: str) -> bool:
    """The decision for an ambiguous abbreviation or an initial, by its kind."""
    if key in MONTHS:
        return not right[:1].isdigit()  # "Jan. 5" / "Sept. 1998", else a new sentence
    if key in TIMES:
        return _new_sentence_after_time(right)
    if key == "etc":
        return True  # a capital after "etc." is a new sentence; lower case was handled
    if key in PLACES:
        return _new_sentence_after_name_part(right, PLACE_NAMES)
    if key in COMPANIES:
        if key == "co" and not (previous[:1].isupper() or previous == "&"):
            return False  # "in Co. Kerry": County
        return _new_sentence_after_name_part(right, COMPANY_NAMES)
    if key in STREETS and key != "st":
        return _new_sentence_after_name_part(right, frozenset())
    if key == "st" and _is_street(previous):
        return _new_sentence_after_name_part(right, frozenset())
    if key == "st":
        return False  # Saint: "at St. Mary's", "Mount St. Helens"
    if key in SUFFIXES and previous[:1].isupper():
        # "Cal Ripken Jr. Fans cheered." ("Sr. Mary" with no name before is Sister)
        return _new_sentence_after_name_part(right, SUFFIX_NAMES)
    return _starts_with_opener(right)


def _is_prefixed_title(key: str) -> bool:
    """A title with a prefix such as ``ex-gov`` or ``then-sen`` (lower-cased)."""
    prefix, _, title = key.rpartition("-")
    return prefix in TITLE_PREFIXES and title in TITLES


def _is_dotted(word: str) -> bool:
    """A dotted acronym or an initial, period removed: ``U.S``, ``J.R.R``, ``W``."""
    return _DOTTED.fullmatch(word) is not None


def _is_measure(previous: str) -> bool:
    """Whether the word before a single letter is a number or ``degrees``."""
    return any(c.isdigit() for c in previous) or previous.lower() in ("degrees", "degree")


def _is_street(previous: str) -> bool:
    """Whether ``previous St.`` is a street (``Main St.``, ``42nd St.``), not a Saint."""
    if not previous or previous.lower().rstrip(".") in SAINT_AFTER:
        return False
    return previous[0].isupper() or previous[0].isdigit()


def _starts_with_opener(right: str) -> bool:
    """A new sentence only before an opening quote or a typical opening word."""
    if right[:1] in _QUOTES:
        return True
    first = _WORD.match(right)
    if first is None:
        return False
    # "That's", "It's", "Here's": the contraction does not hide the opener.
    word = re.split(r"['’]", first.group().rstrip(_CLOSING_PUNCT), maxsplit=1)[0]
    return word in SENTENCE_STARTERS


def _next_words(right: str) -> list[str]:
    """The next three words; the list stops after a word with closing punctuation."""
    words: list[str] = []
    for raw in right.split(None, 3)[:3]:
        word = raw.rstrip(_CLOSING_PUNCT)
        words.append(word)
        if word != raw:
            break
    return words + [""] * (3 - len(words))


def _new_sentence_after_time(right: str) -> bool:
    """After ``a.m.``/``p.m.``: inside the sentence only before a day, date or zone."""
    if right[:1] in _QUOTES:
        return True
    first, second, _ = _next_words(right)
    # "9 p.m. ET/PT Sunday", "10 p.m. Paris time"
    return first.split("/")[0] not in TIME_FOLLOWERS and second != "time"


def _new_sentence_after_name_part(right: str, names: frozenset[str]) -> bool:
    """After ``U.S.`` or ``Inc.``: a name continues it; any other capital starts anew."""
    if _starts_with_opener(right):
        return True
    first, second, third = _next_words(right)
    if not first[:1].isupper():
        return False  # "U.S. 1" (a highway), "$" amounts: keep whole as before
    if _ONE_WORD_SENTENCE.match(right):
        return False  # "with the L.A. Lakers. He...": the name ends the sentence
    base = re.split(r"[-'’]", first, maxsplit=1)[0]
    if first in WEEKDAYS:
        return False  # news style: "said at the U.N. Thursday"
    if base in names or first in names or base.lower().rstrip(".") in _NAME_ABBREVIATIONS:
        return False  # "U.S. Army", "U.S. Rep.", "Samsung Co. Ltd."
    if any(c.isdigit() for c in first) or (first.isupper() and len(first) > 1):
        return False  # "U.S. F-16s", "U.S. RC-135U": codes and acronyms are names
    # A longer name continues: "U.S. Virgin Islands", "U.S. Highway 36", "U.S.
    # Centers for Disease Control", "U.S. Securities and Exchange Commission".
    if second[:1].isupper() or second[:1].isdigit():
        return False
    return not (second in ("of", "for", "and", "&") and third[:1].isupper())
