"""Words of a raw text, as the entity extractor and the entity check read them.

Both sides of the entity check must cut a text into the same words with the same keys, or a name
would look changed when only the tokenizer differed; so scanning is one function that both call.
It keeps what the name rules need and a plain tokenizer forgets: capitals, acronyms, possessives,
sentence starts and how each word is joined to the one before ("Okonkwo-Reyes", "Mr. Lindqvist").
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from ..text.normalize import INVISIBLE_CHARS, fold_word
from ..text.tokens import MATCH_CHUNK as _CHUNK  # matches read at a time, as tokenize reads them

__all__ = ["OPENING_QUOTES", "Word", "scan_words"]

#: Words before an abbreviation's full stop that does not end a sentence ("Mr. Lindqvist").
_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof st gen col lt sgt capt rev sen rep gov hon jr sr no vs".split()
)

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f"
_CHARS = f"\\w{_COMBINING}{INVISIBLE_CHARS}"
_WORD = re.compile(rf"(?:[^\W\d_]\.){{2,}}|[{_CHARS}]+(?:['\u2019][{_CHARS}]+)*")
_POSSESSIVE = re.compile(r"['\u2019][sS]\Z")
#: Hyphens and dashes that join the parts of a compound when no space is around them.
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2212")
OPENING_QUOTES = "\"'\u201c\u2018\u201e\u201a\u00ab\u2039"
_SENTENCE_END = re.compile(r"[.!?\u2026:]")
_BLANK_LINE = re.compile(r"(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)")
_LINE_BREAK = re.compile(r"\r\n?|[\n\v\f\x85\u2028\u2029]")
_KEY_JUNK = re.compile(r"['\u2019.]")
#: Contractions cut off a word's key ("I've" is "i"; "O'Brien" stays whole).
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|m|ll|d|s)\Z", re.IGNORECASE)


class Word(NamedTuple):
    """One word of a raw text, as the entity extractor and the entity check read it (a named
    tuple: texts have thousands of words, and it is the cheapest immutable value to build).

    ``end`` excludes a possessive ``'s``; ``key`` is the matching key (case-folded, apostrophes and
    the dots of an acronym removed: ``U.S.`` is ``us``). ``link`` says how the word is joined to
    the previous one: ``"-"`` (a hyphen, no space), ``" "`` (spaces and at most one line break),
    ``"&"`` (an ampersand between spaces) or ``""`` (punctuation, a blank line, nothing before).
    """

    start: int
    end: int
    key: str
    capital: bool
    acronym: bool
    initial: bool
    possessive: bool
    link: str


def scan_words(text: str, *, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with their keys, capitals and sentence starts.

    >>> [(w.key, w.initial, w.link) for w in scan_words('Mr. Lindqvist\\'s U.S.-based firm. "Yes," said Ana.')][:5]
    [('mr', True, ''), ('lindqvist', False, ' '), ('us', False, ' '), ('based', False, '-'), ('firm', False, ' ')]
    """
    stop = len(text) if end is None else end
    words: list[Word] = []
    append = words.append
    make = tuple.__new__  # Word(...) without the keyword handling: thousands per text
    known: dict[str, str] = {}  # one string per distinct key: texts repeat their words
    prev_end = start
    prev_key = ""
    prev_s = False
    started = False  # a word was read already
    matches = _WORD.finditer(text, start, stop)
    # Each match's text and span are read in C, a chunk of matches at a time (issue 16).
    while chunk := list(islice(matches, _CHUNK)):
        for raw, w_start, w_end in zip(
            map(re.Match.group, chunk), map(re.Match.start, chunk), map(re.Match.end, chunk)
        ):
            next_prev_end = w_end
            possessive = False
            if raw.isascii() and raw.isalpha():  # the common case, fast
                if raw.islower():  # the commonest: no capital, the word is its key
                    key, capital, acronym = raw, False, False
                else:
                    key = raw.lower()
                    capital = raw[0].isupper()
                    acronym = len(raw) >= 2 and raw.isupper()
            elif raw.isascii() and raw.isdigit():  # a figure: its own key, no letters
                key, capital, acronym = raw, False, False
            else:
                possessive = bool(_POSSESSIVE.search(raw)) and len(raw) > 2
                if possessive:
                    raw = raw[:-2]
                    w_end -= 2
                key = _KEY_JUNK.sub("", fold_word(_CONTRACTION.sub("", raw))) or raw.lower()
                letters = [c for c in raw if c.isalpha()]
                capital = bool(letters) and letters[0].isupper()
                acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
            if started and w_start == prev_end + 1 and text[prev_end] == " ":  # the common case, fast
                initial, link = False, " "
            else:
                gap = text[prev_end:w_start]
                initial = _starts_sentence(gap, prev_key, not started)
                link = _link(gap, prev_s, prev_key) if started else ""
                started = True
            key = known.setdefault(key, key)
            append(make(Word, (w_start, w_end, key, capital, acronym, initial, possessive, link)))
            prev_end = next_prev_end
            prev_key = key
            prev_s = raw[-1] in "sS"
    return words


def _link(gap: str, plural: bool, prev_key: str) -> str:
    if gap in _HYPHENS:
        return "-"
    if gap[:1] == "." and gap[1:].isspace() and (prev_key in _ABBREVIATIONS or len(prev_key) == 1):
        return " "  # "Mr. Lindqvist", "J. K. Rowling"
    if plural and gap in ("' ", "\u2019 "):  # a plural possessive inside a name: "Users' Association"
        return " "
    if gap.isspace() and len(_LINE_BREAK.findall(gap)) <= 1:
        return " "
    if gap.strip() == "&" and gap.count("\n") == 0:
        return "&"
    return ""


def _starts_sentence(gap: str, prev_key: str, first: bool) -> bool:
    if first or _BLANK_LINE.search(gap):
        return True
    marks = gap.strip()
    if not marks:
        return False
    if _SENTENCE_END.search(marks):
        # "Mr. Lindqvist", "J. K. Rowling": the full stop of an abbreviation or an initial.
        return not (marks == "." and (prev_key in _ABBREVIATIONS or len(prev_key) == 1))
    # An opening quotation mark right before the word, after a comma, a colon or a line break:
    # 'she said, "We are tired"'. A mark followed by a space closes a quotation instead.
    if gap[-1] in OPENING_QUOTES:
        return "," in marks[:-1] or "\n" in gap
    return False
