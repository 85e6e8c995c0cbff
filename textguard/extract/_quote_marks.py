"""Quotation marks one at a time: their families, and what a mark's surroundings say it does.

The scanner decides with a stack of open quotations; this module answers the local questions it
asks about one character (which family, opens or closes, apostrophe or prime), so that the rules
for reading a single mark can be read and changed in one place.
"""

from __future__ import annotations

import re

__all__ = [
    "ALL_MARKS",
    "ALNUM",
    "ANGLE",
    "CLOSE",
    "DOUBLE",
    "EITHER",
    "GLUED",
    "GUILLEMET",
    "MARK",
    "MARKS",
    "OPEN",
    "SINGLE",
    "is_elision",
    "is_prime",
    "role_of",
]

DOUBLE, GUILLEMET, SINGLE, ANGLE = range(4)
# Each mark: its family, and the direction its shape suggests (+1 opens, -1 closes, 0 neither).
MARKS: dict[str, tuple[int, int]] = {
    '"': (DOUBLE, 0),
    "\u201c": (DOUBLE, 1),  # “
    "\u201d": (DOUBLE, -1),  # ”
    "\u201e": (DOUBLE, 1),  # „
    "\u201f": (DOUBLE, 1),  # ‟
    "\u00ab": (GUILLEMET, 1),  # «
    "\u00bb": (GUILLEMET, -1),  # »
    "'": (SINGLE, 0),
    "\u2018": (SINGLE, 1),  # ‘
    "\u2019": (SINGLE, -1),  # ’
    "\u201a": (SINGLE, 1),  # ‚
    "\u201b": (SINGLE, 1),  # ‛
    "\u2039": (ANGLE, 1),  # ‹
    "\u203a": (ANGLE, -1),  # ›
}
ALL_MARKS = "".join(MARKS)
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
# Every mark but the apostrophes inside words (the great majority of single marks), which are
# never quotation marks and need not be looked at.
MARK = re.compile(f"[{ALL_MARKS}](?!(?<=\\w['\u2019])\\w)")
ALNUM = re.compile(r"[^\W_]")
# What may stand right before an opening mark, and right after a closing one (besides spaces,
# the ends of the paragraph and other marks).
_BEFORE_OPEN = frozenset("([{<\u2014\u2013-/" + _INVISIBLE)
_AFTER_CLOSE = frozenset(".,;:!?)]}>\u2026\u2014\u2013-/" + _INVISIBLE)
# Words that an apostrophe shortens at their start: the mark before them is no opening mark.
# The endings of contractions and possessives ("s", "ll", "t") stand here too: an extractor that
# splits "the airline ’s jets" leaves them after a space, and no quotation starts with them.
_ELISIONS = frozenset(
    {"tis", "twas", "twere", "em", "n", "cause", "cos", "coz", "til", "bout", "nuff", "s", "t", "ll", "re", "ve", "d", "m"}
)
_ELIDED = re.compile(f"[^\\W\\d_]++(?![{_INVISIBLE}])")
# Feet and inches (6'2"): primes, not marks.
_FEET = re.compile(r"\s?\d")
_INCHES = re.compile(r"\d['\u2032]\s?\d{1,2}\Z")

OPEN, CLOSE, EITHER, GLUED = range(4)


def role_of(text: str, i: int, lo: int, hi: int) -> int:
    """What the surroundings of the mark at ``i`` (in the paragraph ``[lo, hi)``) say it does."""
    p = text[i - 1] if i > lo else ""
    n = text[i + 1] if i + 1 < hi else ""
    opens = not p or p.isspace() or p in _BEFORE_OPEN or p in MARKS
    closes = not n or n.isspace() or n in _AFTER_CLOSE or n in MARKS
    if opens and closes:
        return EITHER
    return OPEN if opens else CLOSE if closes else GLUED


def is_prime(text: str, i: int) -> bool:
    """True for the mark at ``i``, after a digit, when it writes feet or inches (``6'2"``)."""
    if text[i] == "'":
        return _FEET.match(text, i + 1) is not None
    return text[i] == '"' and _INCHES.search(text, max(0, i - 6), i) is not None


def is_elision(text: str, i: int, hi: int) -> bool:
    """True for an apostrophe that starts a shortened word (``'tis``, ``rock 'n' roll``)."""
    m = _ELIDED.match(text, i + 1, hi)
    return m is not None and m.group().lower() in _ELISIONS
