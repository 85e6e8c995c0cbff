"""The words of a text, with their raw offsets and matching keys: the tokenizer the alignment and
the checks share.

A word is a run of word characters, with the invisible characters (soft hyphens, zero-width
joiners) and combining marks that may sit inside one. Its key is the word folded for matching
(:func:`textguard.text.normalize.fold_word`): case, Unicode form and ligatures do not count, so
``\u201cNATO\u201d`` and ``"nato"`` share their key. Offsets index the raw text, so every finding
still points into the file as written.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from .normalize import INVISIBLE_CHARS, fold_word

__all__ = ["MATCH_CHUNK", "Tokens", "tokenize"]

# A word, with the invisible characters and combining marks that may sit inside one (the kana
# voicing marks too: decomposed Japanese writes \u3060 as \u305f + \u3099).
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f"
_TOKEN = re.compile(f"[\\w{_COMBINING}{INVISIBLE_CHARS}]+")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of a text: raw offsets and matching keys, in order."""

    starts: Sequence[int]
    ends: Sequence[int]
    keys: tuple[str, ...]

    def between(self, start: int, end: int) -> range:
        """Indices of the tokens that lie inside ``[start, end)``."""
        lo = bisect_right(self.ends, start)
        hi = bisect_right(self.starts, end - 1) if end > start else lo
        return range(lo, max(lo, hi))


#: Matches taken at a time: enough that each step runs in C over many words, few enough that
#: the match objects of a long text are never all held at once.
MATCH_CHUNK = 4096


def tokenize(text: str) -> Tokens:
    """Cut ``text`` into words with their raw offsets and matching keys.

    Offsets, words and ASCII keys are read from the matches in C (``map`` over a chunk of
    matches); Python runs per word only to fold one that is not ASCII. (Issue 16: a Python loop
    over every word took a millisecond per bundled copy; this takes about half.)

    >>> tokenize("\\u201cIt\\u2019s\\u00a0NATO\\u201d").keys
    ('it', 's', 'nato')
    """
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    keys: list[str] = []
    known: dict[str, str] = {}  # one string per distinct key: texts repeat their words
    plain = text.isascii()
    matches = _TOKEN.finditer(text)
    while chunk := list(islice(matches, MATCH_CHUNK)):
        words = list(map(re.Match.group, chunk))
        folded = list(map(str.lower, words))
        if not plain:
            for i in [i for i, ascii in enumerate(map(str.isascii, words)) if not ascii]:
                folded[i] = fold_word(words[i])
            if not all(folded):  # a "word" of invisible characters only: not a word
                chunk = [m for m, key in zip(chunk, folded, strict=True) if key]
                folded = [key for key in folded if key]
        starts.extend(map(re.Match.start, chunk))
        ends.extend(map(re.Match.end, chunk))
        keys.extend(map(known.setdefault, folded, folded))
    return Tokens(starts, ends, tuple(keys))
