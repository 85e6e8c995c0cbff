"""Dates and times of a raw text: weekdays, months, calendar dates, years, clock times, relative days.

A copy may write a date another way ("Tue" for "Tuesday", "June 14" for "14 June", "21:30" for
"9.30pm", "2025-06-14" for "14 June 2025"), so every mention is read into *fields* (``weekday``,
``day``, ``month``, ``year``, ``minutes``, ``relative``) and checks compare fields, never
spellings. Spans point into the raw text.

Several words are dates only sometimes: "may" and "march" are verbs, "May", "June" and "August"
are names, "Sun" is a newspaper, "Wed" and "Sat" are verbs. General rules decide, never a list of
phrases:

- a month or weekday is a date only when it is capitalised ("may", "march" never are);
- an abbreviation ("Jan", "Tue", "Sun") only next to a day number, a year or a month
  ("Sun 14 June", "Jan 5"); a bare one is a word or a name;
- a month that is also a word (May, March, August) only next to a day number or a year, or
  after a word that introduces a date ("in", "on", "by", "since", "until", "early", "last",
  "end of", ...), and never right after a capitalised word ("Theresa May", "Ivy March");
- a month that is also a first name (April, June, January) not before a capitalised word
  ("June Okafor"), unless such a word introduces it ("in April Ruiz said");
- a year (four digits) only inside a date or after such a word, and not before a plural noun
  ("in 2000 homes"); a bare number stays a figure for :mod:`textguard.extract.numbers`;
- a full weekday name is a date even in a title ("the Sunday Times"): a copy that changes it
  changes what the reader is told.

With ``loose=True`` the rules are relaxed (every capitalised month or weekday, every bare year):
a check uses that on the copy to see whether a date of the original is still there somewhere,
and the strict mentions to say what it became.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from ..text.normalize import INVISIBLE_CHARS
from ..text.scan import initials, matches

__all__ = ["CALENDAR_WORDS", "DateKind", "DateMention", "Fields", "extract_dates"]

DateKind = Literal["weekday", "date", "year", "time", "relative"]
#: One reading of a mention: sorted ``(field, value)`` pairs.
Fields = tuple[tuple[str, int | str], ...]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date or time: ``text[start:end]`` of the raw text, its ``kind`` and its ``readings``.

    A mention has one reading, except a numeric date whose day and month may be either way
    round ("03/04/2025"). ``loose`` marks a mention read only by the relaxed rules.
    """

    start: int
    end: int
    text: str
    kind: DateKind
    readings: tuple[Fields, ...]
    loose: bool = False

    @property
    def fields(self) -> dict[str, int | str]:
        """The first reading, as a dict."""
        return dict(self.readings[0])

    @property
    def shown(self) -> str:
        """The value as a person writes it: ``Tuesday``, ``14 June 2025``, ``21:30``, ``yesterday``."""
        f = self.fields
        if self.kind == "time":
            minutes = int(f["minutes"])
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        if self.kind == "relative":
            return str(f["relative"])
        if self.kind == "weekday":
            return " ".join(x for x in (str(f.get("qualifier", "")), _WEEKDAY_NAMES[int(f["weekday"])]) if x)
        parts = [str(f["day"])] if "day" in f else []
        if "month" in f:
            parts.append(_MONTH_NAMES[int(f["month"]) - 1])
        if "year" in f:
            parts.append(str(f["year"]))
        return " ".join(parts)

    def covers(self, other: DateMention) -> bool:
        """Whether this mention says everything ``other`` says (and maybe more): "14 June 2025"
        covers "14 June", "June" and "2025"; "Friday" covers "last Friday" and the reverse."""
        return any(_covers(mine, theirs) for mine in self.readings for theirs in other.readings)


def _covers(mine: Fields, theirs: Fields) -> bool:
    have = dict(mine)
    for key, value in theirs:
        if key == "qualifier":
            if have.get(key, value) != value:
                return False
        elif have.get(key) != value:
            return False
    return True


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {n.lower(): i for i, n in enumerate(_WEEKDAY_NAMES)}
_MONTHS = {n.lower(): i + 1 for i, n in enumerate(_MONTH_NAMES)}
#: The weekdays and months written out, lower case: the one list other modules ask ("is this
#: word a calendar word, never a name on its own?").
CALENDAR_WORDS = frozenset([*_WEEKDAYS, *_MONTHS])
#: Months that are also common words ("may", "march", "august"): dates only with a day, a year
#: or a cue.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "august"})
#: Months that are also first names: not dates when a capitalised word follows ("June Okafor"),
#: unless a cue stands before them ("in April Ruiz said").
_NAME_MONTHS = frozenset({"april", "june", "january"})
#: Words right before a month, weekday or year that make it a date.
_CUES = frozenset(
    "in on by for since until till from before after during through throughout early late mid "
    "last next this past coming every each between".split()
)
#: Words that join two dates ("from March to May", "2019 and 2021"): a cue after another date.
_JOINERS = frozenset("and or to".split())
#: Nouns before "of" that make the month after it a date ("the end of May").
_PERIOD_NOUNS = frozenset("end start beginning middle rest half part course month".split())

_ORDINAL_WORDS = {
    w: i
    for i, w in enumerate(
        "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
    if i
}
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_WORDS.update({f"twenty-{w}": 20 + i for w, i in list(_ORDINAL_WORDS.items()) if i < 10})

# --- patterns -----------------------------------------------------------------------------------

#: Spaces between the parts of a date: at most one line break (a rewrapped line), never a blank line.
_G = r"(?:[^\S\r\n]+(?:\r\n?|\n)?[^\S\r\n]*|(?:\r\n?|\n)[^\S\r\n]*)"
_MONTH_WORD = "|".join(sorted([*_MONTHS, *_MONTH_ABBR], key=len, reverse=True))
_WEEKDAY_WORD = "|".join(sorted([*_WEEKDAYS, *_WEEKDAY_ABBR], key=len, reverse=True))
_DAY = (
    r"(?:(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?|(?P<{n}w>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"))"
)
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_YEAR = r"(?P<{n}>1[6-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,:]\d)"

#: Not inside a word, except a capitalised word glued to the one before ("LamarkLast month"), as
#: a photo credit run into the text leaves it. A hyphen joins words, it is not inside one
#: ("mid-March", "Ash Wednesday-like").
_NOT_INSIDE = r"(?:(?<![\w'\u2019])|(?-i:(?<=[a-z])(?=[A-Z])))"
#: The end of a month or weekday name: not inside a word, but a possessive may follow ("Tuesday's").
_END = r"(?![\w]|['\u2019](?!s\b))"
_MONTH_FIRST = re.compile(
    rf"{_NOT_INSIDE}(?P<m>{_MONTH_WORD})(?P<dot>\.)?{_END}"
    rf"(?:{_G}(?:the{_G})?{_DAY.format(n='d')}(?:{_DASH}{_DAY.format(n='d2')})?(?![\w%]|[.:]\d|,\d))?"
    rf"(?:,?{_G}{_YEAR.format(n='y')})?",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    rf"(?<![\w.,/:\u00a3$\u20ac-])(?:(?P<the>the){_G})?{_DAY.format(n='d')}(?:{_DASH}{_DAY.format(n='d2')})?"
    rf"{_G}(?P<of>of{_G})?(?P<m>{_MONTH_WORD})(?P<dot>\.)?{_END}"
    rf"(?:,?{_G}{_YEAR.format(n='y')})?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    rf"{_NOT_INSIDE}(?:(?P<q>last|next|this|coming|past){_G})?(?P<w>{_WEEKDAY_WORD})(?P<s>s)?(?P<dot>\.)?{_END}",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?:(?P<iy>\d{4})(?P<isep>[-/])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\w/]|[.-]\d)"
)
_TIME = re.compile(
    r"(?<![\w.,:\u00a3$\u20ac])(?:(?P<h>\d{1,2})(?:[.:](?P<min>[0-5]\d))?(?:\r\n|\s)?(?P<ap>[ap])(?:\.m\b\.?|m\b)"
    r"|(?P<ch>[01]?\d|2[0-3]):(?P<cmin>[0-5]\d)(?![\d:])"
    r"|(?P<word>noon|midday|midnight)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"{_NOT_INSIDE}(?:(?P<one>yesterday|today|tomorrow|tonight)"
    rf"|(?P<q>last|next|this){_G}(?P<u>night|week|weekend|month|year|morning|afternoon|evening))(?![\w-])",
    re.IGNORECASE,
)
_YEAR_ALONE = re.compile(r"(?<![\w.,/:\u00a3$\u20ac-])" + _YEAR.format(n="y"))

# Where each pattern can begin (``text.scan``): the first characters its alternatives can have,
# then its own opening assertion read back over that character, with the pattern's flags (so
# that Unicode case folding and digits agree).
def _letters(*words: str) -> str:
    return "".join(sorted({w[0] for w in words}))


#: ``_NOT_INSIDE`` read back over the first character of the match.
_NOT_INSIDE_BEFORE = r"(?:(?<![\w'\u2019].)|(?-i:(?<=[a-z][A-Z])))"
_INITIALS = {
    _NUMERIC: initials(r"\d", r"(?<![\w./:-].)"),
    _TIME: initials(r"\dnm", r"(?<![\w.,:\u00a3$\u20ac].)", re.IGNORECASE),
    _DAY_FIRST: initials(r"\dt" + _letters(*_ORDINAL_WORDS), r"(?<![\w.,/:\u00a3$\u20ac-].)", re.IGNORECASE),
    _MONTH_FIRST: initials(_letters(*_MONTHS, *_MONTH_ABBR), _NOT_INSIDE_BEFORE, re.IGNORECASE),
    _WEEKDAY: initials(_letters("last", "next", "this", "coming", "past", *_WEEKDAYS, *_WEEKDAY_ABBR), _NOT_INSIDE_BEFORE, re.IGNORECASE),
    _RELATIVE: initials(_letters("yesterday", "today", "tomorrow", "tonight", "last", "next", "this"), _NOT_INSIDE_BEFORE, re.IGNORECASE),
}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(?:-|[^\S\r\n]*(?:\r\n?|\n)?[^\S\r\n]*)\Z")
_WORD_AFTER = re.compile(r"[^\S\r\n]*(?:\r\n?|\n)?[^\S\r\n]*([A-Za-z][\w'\u2019-]*)")
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_YEAR_WORD = re.compile(r"1[6-9]\d\d|20\d\d|21\d\d")
#: Words ending in "s" after a year that are not plural nouns ("in 2019 was", "since 2020 has").
_NOT_PLURAL = frozenset("was has is as this its his us yes thus".split())
#: Nouns of counted people after a number: "in 2000 people" is a count, not a year.
_COUNTED = frozenset("people men women children staff".split())


def _word_before(text: str, at: int) -> tuple[str, int] | None:
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return (m.group(1), m.start(1)) if m else None


def _word_after(text: str, at: int) -> str:
    m = _WORD_AFTER.match(text, at, min(len(text), at + 40))
    return m.group(1) if m else ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` starts a sentence or a line: only spaces and opening marks after an end mark."""
    i = at - 1
    while i >= 0 and (text[i] in " \t\u00a0\"'\u201c\u2018(["):
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r"


def _cued(text: str, at: int) -> bool:
    """Whether the word before ``at`` introduces a date ("in", "since", "the end of")."""
    before = _word_before(text, at)
    if before is None:
        return False
    word = before[0].lower()
    if word in _CUES:
        return True
    if word in _JOINERS:
        # "from March to May", "between 2019 and 2021"; not "Ruiz and May"
        m = re.search(r"(\w+)\W+\Z", text[max(0, before[1] - 30) : before[1]])
        return bool(m) and (m.group(1).lower() in _MONTHS or _YEAR_WORD.fullmatch(m.group(1)) is not None)
    if word == "of":
        noun = _word_before(text, before[1])
        return noun is not None and (noun[0].lower() in _PERIOD_NOUNS or noun[0].lower() in _ORDINAL_WORDS)
    return False


def _after_name(text: str, at: int) -> bool:
    """Whether a capitalised word that is not a date word nor a sentence's first stands right before."""
    before = _word_before(text, at)
    if before is None:
        return False
    word, start = before
    if not _capitalised(word) or word.lower() in _WEEKDAYS or word.lower() in _CUES:
        return False
    return not _sentence_start(text, start)


def _day(m: re.Match[str], name: str) -> int | None:
    if m.group(name) is not None:
        return int(m.group(name))
    word = m.group(name + "w")
    return _ORDINAL_WORDS.get(word.lower()) if word else None


def _month(word: str) -> int:
    key = word.lower()
    return _MONTHS.get(key) or _MONTH_ABBR[key]


def _calendar(text: str, m: re.Match[str], loose: bool) -> DateMention | None:
    """A mention read by :data:`_MONTH_FIRST` or :data:`_DAY_FIRST`, or ``None`` when the rules
    say it is not a date (``loose``: only when it cannot be one)."""
    word = m.group("m")
    key = word.lower()
    if not _capitalised(word):
        return None
    day, day2 = _day(m, "d"), _day(m, "d2")
    if (day is not None and not 1 <= day <= 31) or (day2 is not None and not 1 <= day2 <= 31):
        return None
    if m.group("dw") and m.re is _DAY_FIRST and not m.group("of"):
        return None  # "the second March rally": an ordinal word is a day only in "the second of March"
    year = m.group("y")
    start, end = m.start(), m.end()
    if m.group("dot") and key in _MONTHS:
        # After a full month name a full stop ends the sentence ("on 28 March. 12 people"):
        # nothing after it belongs to the date.
        end = m.start("dot")
        if m.re is _MONTH_FIRST:
            day = day2 = None
        year = None
    strict = True
    if day is None and year is None:
        if m.group("dot"):
            end = m.start("dot")
        if key not in _MONTHS:
            strict = False  # a bare abbreviation: "Mar", "Jan", "Dec" are also names and words
        elif key in _AMBIGUOUS_MONTHS:
            strict = _cued(text, start) and not _after_name(text, start)
        elif key in _NAME_MONTHS:
            strict = _cued(text, start) or not (_after_name(text, start) or _name_follows(text, end))
    if not (strict or loose):
        return None
    fields: dict[str, int | str] = {"month": _month(word)}
    if day is not None:
        fields["day"] = day if day2 is None else f"{day}-{day2}"
    if year is not None:
        fields["year"] = int(year)
    return DateMention(start, end, text[start:end], "date", (tuple(sorted(fields.items())),), not strict)


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word right after a month that is not a date word: "June Okafor"."""
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if after is None or text[end : after.start(1)].strip():
        return False
    word = after.group(1)
    return _capitalised(word) and word.lower() not in _MONTHS and word.lower() not in _WEEKDAYS


def _weekday(text: str, m: re.Match[str], loose: bool) -> DateMention | None:
    word = m.group("w")
    key = word.lower()
    if not _capitalised(word):
        return None
    start, end = m.start(), m.end()
    if m.group("s") and key not in _WEEKDAYS:
        return None  # "Suns", "Weds": not weekdays
    if m.group("dot") and key in _WEEKDAYS:
        end -= 1  # "on Monday." : the full stop ends the sentence
    qualifier = (m.group("q") or "").lower()
    strict = True
    if key in _WEEKDAY_ABBR:
        after = text[m.end() : m.end() + 30]
        strict = re.match(rf",?{_G}(?:the{_G})?(?:\d|(?:{_MONTH_WORD})\b)", after, re.IGNORECASE) is not None
    if not (strict or loose):
        return None
    fields: dict[str, int | str] = {"weekday": _WEEKDAYS.get(key, _WEEKDAY_ABBR.get(key, 0))}
    if qualifier:
        fields["qualifier"] = qualifier
    return DateMention(start, end, text[start:end], "weekday", (tuple(sorted(fields.items())),), not strict)


def _numeric(text: str, m: re.Match[str]) -> DateMention | None:
    if m.group("iy") is not None:
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        readings = [(y, mo, d)]
    else:
        a, b, raw_year = int(m.group("a")), int(m.group("b")), m.group("y")
        if m.group("sep") != "/" and len(raw_year) == 2:
            return None  # "1.5.10", "3-4-12": versions and scores, not dates
        y = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        readings = [(y, mo, d) for d, mo in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31]
        readings = list(dict.fromkeys(readings))
        if not readings:
            return None
    values = tuple((("day", d), ("month", mo), ("year", y)) for y, mo, d in readings)
    return DateMention(m.start(), m.end(), m.group(), "date", values)


def _time(m: re.Match[str]) -> DateMention | None:
    if m.group("word"):
        minutes = 0 if m.group("word").lower() == "midnight" else 720
    elif m.group("ap"):
        hours = int(m.group("h"))
        if not 1 <= hours <= 12:
            return None
        minutes = (hours % 12 + (12 if m.group("ap").lower() == "p" else 0)) * 60 + int(m.group("min") or 0)
    else:
        minutes = int(m.group("ch")) * 60 + int(m.group("cmin"))
    return DateMention(m.start(), m.end(), m.group(), "time", ((("minutes", minutes),),))


def _relative(m: re.Match[str]) -> DateMention:
    if m.group("one"):
        value = m.group("one").lower()
    else:
        value = f"{m.group('q').lower()} {m.group('u').lower()}"
    return DateMention(m.start(), m.end(), m.group(), "relative", ((("relative", value),),))


def _year(text: str, m: re.Match[str], loose: bool) -> DateMention | None:
    after = _word_after(text, m.end())
    plural = after.islower() and after.endswith("s") and after not in _NOT_PLURAL
    strict = _cued(text, m.start()) and not plural and after.lower() not in _COUNTED
    if not (strict or loose):
        return None
    return DateMention(m.start(), m.end(), m.group(), "year", ((("year", int(m.group("y"))),),), not strict)


def extract_dates(text: str, *, start: int = 0, end: int | None = None, loose: bool = False) -> list[DateMention]:
    """Every date and time of ``text[start:end]``, in order, with spans into ``text``.

    With ``loose``, also the words that are dates only sometimes (a bare "May", "Sun", a bare
    year); they are marked ``loose`` when the strict rules would not read them.

    >>> [(d.text, d.shown) for d in extract_dates("On Tue 14 June 2025 at 9.30pm, not in May; they may march.")]
    [('Tue', 'Tuesday'), ('14 June 2025', '14 June 2025'), ('9.30pm', '21:30'), ('May', 'May')]
    >>> [d.shown for d in extract_dates("She may march on; Theresa May spoke yesterday at noon.")]
    ['yesterday', '12:00']
    """
    stop = len(text) if end is None else end
    if _INVISIBLE.search(text, start, stop) is None:
        return _extract(text, start, stop, loose)
    # Zero-width characters and soft hyphens may sit inside a word ("Tues\u200bday"): read the
    # text without them, then map the spans back.
    keep = [i for i in range(start, stop) if not _INVISIBLE.match(text, i)]
    clean = "".join(text[i] for i in keep)
    out = []
    for d in _extract(clean, 0, len(clean), loose):
        s, e = keep[d.start], keep[d.end - 1] + 1
        out.append(replace(d, start=s, end=e, text=text[s:e]))
    return out


@lru_cache(maxsize=4)
def _scan(text: str, start: int, stop: int) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every match of the date patterns in ``text[start:stop]``, pattern by pattern.

    The patterns do not depend on ``loose``, and a check reads the copy's dates both ways (the
    figures check strictly, the dates check loosely): scanning is most of the cost, so the last
    few texts' scans are kept (matches are immutable).
    """
    return tuple(
        tuple(matches(p, _INITIALS[p], text, start, stop)) if p in _INITIALS else tuple(p.finditer(text, start, stop))
        for p in (_NUMERIC, _TIME, _DAY_FIRST, _MONTH_FIRST, _WEEKDAY, _RELATIVE, _YEAR_ALONE)
    )


def _extract(text: str, start: int, stop: int, loose: bool) -> list[DateMention]:
    found: list[DateMention] = []
    # The spans taken so far, disjoint and sorted: a span is free when the last taken span that
    # starts before its end also ends before its start (a bisection, not a walk over them all:
    # a long page has thousands of dates).
    starts: list[int] = []
    ends: list[int] = []

    def add(mention: DateMention | None) -> None:
        if mention is None or mention.end > stop:
            return
        k = bisect_left(starts, mention.end)
        if k and ends[k - 1] > mention.start:
            return
        found.append(mention)
        starts.insert(k, mention.start)
        ends.insert(k, mention.end)

    numeric, times, day_first, month_first, weekdays, relative, years = _scan(text, start, stop)
    for m in numeric:
        add(_numeric(text, m))
    for m in times:
        add(_time(m))
    # Day-first and month-first dates: the longer reading wins where two overlap.
    calendar = [(m, _calendar(text, m, loose)) for ms in (day_first, month_first) for m in ms]
    for _, mention in sorted(
        ((m, c) for m, c in calendar if c is not None), key=lambda mc: (-(mc[1].end - mc[1].start), mc[1].start)
    ):
        add(mention)
    for m in weekdays:
        add(_weekday(text, m, loose))
    for m in relative:
        add(_relative(m))
    for m in years:
        add(_year(text, m, loose))
    found.sort(key=lambda d: (d.start, d.end))
    return found
