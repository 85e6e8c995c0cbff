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

from .normalize import INVISIBLE_CHARS, fold_word

__all__ = ["Tokens", "tokenize"]

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


def tokenize(text: str) -> Tokens:
    """Cut ``text`` into words with their raw offsets and matching keys.

    >>> tokenize("\\u201cIt\\u2019s\\u00a0NATO\\u201d").keys
    ('it', 's', 'nato')
    """
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    keys: list[str] = []
    known: dict[str, str] = {}  # one string per distinct key: texts repeat their words
    plain = text.isascii()
    for m in _TOKEN.finditer(text):
        word = m.group()
        key = word.lower() if plain or word.isascii() else fold_word(word)
        if not key:  # a "word" of invisible characters only
            continue
        start, end = m.span()
        starts.append(start)
        ends.append(end)
        keys.append(known.setdefault(key, key))
    return Tokens(starts, ends, tuple(keys))
