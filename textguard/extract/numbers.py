"""Figures of a raw text: counts, durations, ordinals, percentages, money, years, dates and times.

A copy must keep the original's figures, but it may write them differently: "10" for "ten",
"30 -day" for "30-day", "four and a half" for "four-and-a-half", "£1.2m" for "£1.2 million".
So every figure is read into its *value* (an exact :class:`~fractions.Fraction`) and a *kind*,
and checks compare values, never spellings. Spans point into the raw text.

What is read:

- **digits**: ``23``, ``2,146``, ``3.5``, ordinals (``21st``), with a currency (``£3.40``,
  ``$5bn``, ``€2 million``), a scale (``2.3 million``, ``4bn``; ``m`` and ``k`` only after a
  currency, where they cannot be metres) and a percent sign or ``per cent``;
- **times**: ``6.30pm``, ``7am``, ``18:30`` (the value is minutes after midnight, so the three
  ways of writing a time compare equal);
- **number words**: ``ten``, ``twenty-one``, ``three hundred and five``, ``a million``,
  ``four-and-a-half``, ``two and a half``, ordinals (``fourth``, ``twenty-first``).

"one" alone is too often a pronoun or an article ("one of them", "one by one") to be a
figure: it is read only inside a compound (``twenty-one``, ``one hundred``, ``one in four``).
"first" and "second" are ordinals only after a determiner ("the second term", "its first
crossing"), so "at first" and "a second" are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal

from ..text.normalize import INVISIBLE_CHARS
from ..text.scan import initials, matches

__all__ = ["Figure", "FigureKind", "extract_numbers"]

FigureKind = Literal["count", "ordinal", "percent", "money", "year", "date", "time"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: ``text[start:end]`` of the raw text, its exact ``value`` and its ``kind``.

    ``unit`` is the currency symbol of money; ``spelled`` is true for number words;
    ``ambiguous`` for words that are figures only sometimes ("one", "first", "second").
    """

    start: int
    end: int
    text: str
    value: Fraction
    kind: FigureKind
    unit: str = ""
    spelled: bool = False
    ambiguous: bool = False

    @property
    def shown(self) -> str:
        """The value as a person writes it: ``3.5``, ``1200000``, ``18%``, ``£4``."""
        v = self.value
        number = str(v.numerator) if v.denominator == 1 else f"{float(v):g}"
        if self.kind == "percent":
            return number + "%"
        if self.kind == "time":
            minutes = int(v)
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        return self.unit + number if self.kind == "money" else number


# --- digits -------------------------------------------------------------------------------------

_CURRENCY = "£$€¥"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_DIGITS = re.compile(
    rf"""
    (?<![\w.,])                                            # not inside a word or another number
    (?P<cur>[{_CURRENCY}])?
    (?:
        (?P<h>\d{{1,2}})(?:[.:](?P<min>[0-5]\d))?\s?(?P<ampm>[ap])\.?m\b\.?
      | (?P<ch>[01]?\d|2[0-3]):(?P<cmin>[0-5]\d)(?![\d:])
      | (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:(?P<ord>st|nd|rd|th)\b)?
        (?:(?P<sp>\s{{0,8}})(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|m|k|tn)\b)?
        (?P<pct>\s{{0,8}}%|\s{{1,8}}(?:per\s{{1,8}}cent|percent)\b)?
    )
    (?![^\W_])
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Where a match of ``_DIGITS`` can begin (``text.scan``): a currency sign or a digit, not inside a
#: word or another number.
_DIGITS_INITIALS = initials(rf"{_CURRENCY}\d", r"(?<![\w.,].)")

_SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
_ABBREVIATED = frozenset({"k", "m", "mn", "bn", "tn"})
#: Abbreviations that are also units of measure ("5m" tall): a scale only after a currency.
_CURRENCY_ONLY = frozenset({"k", "m"})

#: Longer runs of digits are not figures (and Python reads at most 4,300 digits as a number).
_MAX_DIGITS = 40

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _digit_figure(text: str, m: re.Match[str]) -> Figure | None:
    cur = m.group("cur") or ""
    if m.group("ampm") is not None:
        hours = int(m.group("h")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        minutes = int(m.group("min") or 0)
        if int(m.group("h")) > 12:
            return None
        return Figure(m.start(), m.end(), m.group(), Fraction(hours * 60 + minutes), "time")
    if m.group("ch") is not None:
        minutes = int(m.group("ch")) * 60 + int(m.group("cmin"))
        return Figure(m.start(), m.end(), m.group(), Fraction(minutes), "time")
    raw = m.group("num")
    if len(raw) > _MAX_DIGITS:
        return None  # an identifier, a hash or noise: not a quantity anyone reads
    value = Fraction(raw.replace(",", ""))
    end = m.end("num")
    kind: FigureKind = "count"
    if m.group("ord"):
        kind, end = "ordinal", m.end("ord")
    scale = (m.group("scale") or "").lower()
    if scale and not (scale in _CURRENCY_ONLY and not cur) and not (scale in _ABBREVIATED and m.group("sp")):
        value *= _SCALES[scale]
        end = m.end("scale")
    if m.group("pct"):
        kind, end = "percent", m.end("pct")
    if cur:
        kind = "money"
    elif kind == "count" and "," not in raw and "." not in raw and len(raw) == 4 and 1000 <= value < 2100:
        kind = "year"
    elif kind in ("count", "ordinal") and value <= 31 and _next_to_month(text, m.start(), end):
        kind = "date"
    return Figure(m.start(), end, text[m.start() : end], value, kind, cur)


_WORD_AFTER = re.compile(r"[ \t\u00a0]+(?:of\s+)?([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+\Z")


def _next_to_month(text: str, start: int, end: int) -> bool:
    after = _WORD_AFTER.match(text, end, min(len(text), end + 16))
    if after and after.group(1).lower() in _MONTHS:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(before and before.group(1).lower() in _MONTHS)


# --- number words -------------------------------------------------------------------------------

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
    if i > 1
}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
    if i
}
_ORDINALS.update(
    {
        w: 10 * i
        for i, w in enumerate(
            "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
        )
        if i > 1
    }
)
_ORDINALS.update({"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000})
_BIG = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | {"hundred"} | frozenset(_BIG)
#: Words before "first"/"second" that make them ordinals ("the second term", "Lindqvist's second").
_DETERMINERS = frozenset("the its his her their our my your this s".split())
_CURRENCY_WORDS = {"pounds": "£", "pound": "£", "dollars": "$", "dollar": "$", "euros": "€", "euro": "€"}

_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class _Words:
    starts: list[int]
    ends: list[int]
    keys: list[str]
    text: str

    def gap(self, i: int) -> str:
        """The characters between word ``i`` and word ``i + 1``."""
        return self.text[self.ends[i] : self.starts[i + 1]]


def _joined(words: _Words, i: int) -> bool:
    """Word ``i`` and the next are parts of one compound: a hyphen, or a space (one line break).
    A re-wrap may break the line after the hyphen ("two-\nhundred"): still one compound."""
    if i + 1 >= len(words.keys):
        return False
    gap = words.gap(i)
    if gap[:1] in _HYPHENS and gap[1:].strip(" \t") == "\n":
        return True
    return gap in _HYPHENS or (gap != "" and gap.isspace() and gap.count("\n") <= 1)


#: Hyphens and dashes that join the parts of a compound when no space is around them.
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2212")
#: What may follow each type of number word inside one number ("twenty-one", "five hundred").
_NEXT: dict[str, frozenset[str]] = {
    "unit": frozenset({"hundred", "big"}),
    "teen": frozenset({"hundred", "big"}),
    "tens": frozenset({"unit", "ordinal", "big"}),
    "hundred": frozenset({"unit", "teen", "tens", "ordinal", "big"}),
    "big": frozenset({"unit", "teen", "tens", "ordinal"}),
}


def _type(key: str) -> str | None:
    if key in _UNITS:
        return "unit" if _UNITS[key] < 10 else "teen"
    if key in _TENS:
        return "tens"
    if key == "hundred":
        return "hundred"
    if key in _BIG:
        return "big"
    if key in _ORDINALS:
        return "ordinal"
    return None


def _parse_words(words: _Words, i: int) -> tuple[Fraction, int, bool] | None:
    """Read a number in words from word ``i``: its value, the index after it, and whether it is
    an ordinal. ``None`` when word ``i`` does not start one."""
    keys = words.keys
    n = len(keys)
    if keys[i] == "a" and i + 1 < n and _joined(words, i) and keys[i + 1] in ("hundred", *_BIG):
        return Fraction(100 if keys[i + 1] == "hundred" else _BIG[keys[i + 1]]), i + 2, False
    first = _type(keys[i])
    if first not in ("unit", "teen", "tens", "ordinal"):
        return None
    total = current = 0
    j, last = i, ""
    while j < n:
        kind = _type(keys[j])
        if kind is None or (last and kind not in _NEXT[last]):
            break
        if kind == "ordinal" and last == "tens" and _ORDINALS[keys[j]] >= 10:
            break
        value = _ORDINALS.get(keys[j], 0)
        if kind in ("unit", "teen"):
            current += _UNITS[keys[j]]
        elif kind == "tens":
            current += _TENS[keys[j]]
        elif kind == "hundred":
            current *= 100
        elif kind == "big":
            total += current * _BIG[keys[j]]
            current = 0
        elif value >= 100 and current:
            current *= value
        else:
            current += value
        last = kind
        j += 1
        if kind == "ordinal" or not _joined(words, j - 1):
            break
        # "hundred and five": "and" belongs to the number only between a scale and a number.
        if (
            last in ("hundred", "big")
            and j + 1 < n
            and keys[j] == "and"
            and _joined(words, j)
            and _type(keys[j + 1]) in ("unit", "teen", "tens")
        ):
            j += 1
    value = Fraction(total + current)
    ordinal = last == "ordinal"
    # "four-and-a-half", "two and a half"
    halved = not ordinal and j + 2 < n and keys[j : j + 3] == ["and", "a", "half"]
    if halved and all(_joined(words, x) for x in (j - 1, j, j + 1)):
        value += Fraction(1, 2)
        j += 3
    return value, j, ordinal


#: The words a number in words can start with (:func:`_parse_words` reads nothing from the others).
_STARTERS = frozenset({"a", *_UNITS, *_TENS, *_ORDINALS})


def _word_figures(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Figure]:
    ms = list(_LETTERS.finditer(text, start, end))
    words = _Words([m.start() for m in ms], [m.end() for m in ms], [m.group().lower() for m in ms], text)
    out: list[Figure] = []
    covered = {s for s, _ in taken}
    n = len(words.keys)
    after = 0  # the first word not yet read as part of a figure
    for i in [k for k, key in enumerate(words.keys) if key in _STARTERS]:
        if i < after:
            continue
        parsed = _parse_words(words, i)
        if parsed is None or words.starts[i] in covered:
            continue
        value, j, ordinal = parsed
        first = words.keys[i]
        prev = words.keys[i - 1] if i else ""
        ambiguous = False
        if j - i == 1 and first == "one":
            # "one in four" (a ratio) and "one pound" are figures; otherwise "one" is a pronoun
            # or an article.
            ratio = j + 1 < n and words.keys[j] == "in" and words.keys[j + 1] in _NUMBER_WORDS
            ambiguous = not ratio and not (j < n and words.keys[j] in _CURRENCY_WORDS)
        elif j - i == 1 and first in ("first", "second"):
            ambiguous = prev not in _DETERMINERS
        kind: FigureKind = "ordinal" if ordinal else "count"
        unit = ""
        fig_end = words.ends[j - 1]
        if j < n and not ordinal:
            nxt = words.keys[j]
            if nxt in ("percent",) or (nxt == "per" and j + 1 < n and words.keys[j + 1] == "cent"):
                kind = "percent"
                fig_end = words.ends[j] if nxt == "percent" else words.ends[j + 1]
            elif nxt in _CURRENCY_WORDS and words.gap(j - 1).strip() == "":
                kind, unit = "money", _CURRENCY_WORDS[nxt]
        if kind in ("count", "ordinal") and value <= 31 and _next_to_month(text, words.starts[i], fig_end):
            kind = "date"
        out.append(
            Figure(
                words.starts[i], fig_end, text[words.starts[i] : fig_end], value, kind, unit, True, ambiguous
            )
        )
        after = j
    return out


def extract_numbers(
    text: str, *, start: int = 0, end: int | None = None, ambiguous: bool = False
) -> list[Figure]:
    """Every figure of ``text[start:end]``, in order, with spans into ``text``.

    With ``ambiguous``, also the words that are figures only sometimes ("one of them", "at
    first"): a check looks for them in a copy, where "one" may stand for the original's "1".

    >>> [(f.text, f.shown, f.kind) for f in extract_numbers("Fares rose 18% to £4.00 after four-and-a-half months.")]
    [('18%', '18%', 'percent'), ('£4.00', '£4', 'money'), ('four-and-a-half', '4.5', 'count')]
    >>> [f.shown for f in extract_numbers("a 30 -day notice, then twelve weeks, at 6.30pm or 18:30")]
    ['30', '12', '18:30', '18:30']
    """
    stop = len(text) if end is None else end
    if _INVISIBLE.search(text, start, stop) is None:
        found = _extract(text, start, stop)
        return found if ambiguous else [f for f in found if not f.ambiguous]
    # Zero-width characters and soft hyphens may sit inside a figure ("2\u200b024"): read the
    # text without them, then map the spans back.
    keep = [i for i in range(start, stop) if not _INVISIBLE.match(text, i)]
    clean = "".join(text[i] for i in keep)
    out = []
    for f in _extract(clean, 0, len(clean)):
        s, e = keep[f.start], keep[f.end - 1] + 1
        if ambiguous or not f.ambiguous:
            out.append(replace(f, start=s, end=e, text=text[s:e]))
    return out


def _extract(text: str, start: int, stop: int) -> list[Figure]:
    figures: list[Figure] = []
    for m in matches(_DIGITS, _DIGITS_INITIALS, text, start, stop):
        fig = _digit_figure(text, m)
        if fig is not None:
            figures.append(fig)
    taken = [(f.start, f.end) for f in figures]
    figures.extend(_word_figures(text, start, stop, taken))
    figures.sort(key=lambda f: (f.start, f.end))
    return figures
