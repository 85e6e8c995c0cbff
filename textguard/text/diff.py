"""Word diffs that a person can read in one line: ``they are [-wreckers-] {+wreckage+} of the``.

A quotation that changed is only actionable when the editor sees *which* words changed. Words are
compared by their matching key (case, quote style and Unicode form do not count), but shown as
the texts have them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from .normalize import fold_word

__all__ = ["WordChange", "diff_words", "format_word_diff"]

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’«»„‚.,;:!?()[]…—–-"

Op = Literal["equal", "delete", "insert", "replace"]


@dataclass(frozen=True, slots=True)
class WordChange:
    """One run of the diff: ``old`` words of the first text became ``new`` words of the second."""

    op: Op
    old: tuple[str, ...]
    new: tuple[str, ...]


def _key(word: str) -> str:
    return fold_word(word.strip(_EDGE_PUNCT)) or word


def diff_words(old: str, new: str) -> list[WordChange]:
    """The word-level changes that turn ``old`` into ``new``.

    Cost is that of :class:`difflib.SequenceMatcher` on the two word lists: meant for sentences and
    quotations, not whole articles.

    >>> [c.op for c in diff_words("They are wreckers of the system", "They are wreckage of the regime")]
    ['equal', 'replace', 'equal', 'replace']
    """
    a = _WORD.findall(old)
    b = _WORD.findall(new)
    matcher = SequenceMatcher(None, [_key(w) for w in a], [_key(w) for w in b], autojunk=False)
    return [WordChange(op, tuple(a[i1:i2]), tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()]


def format_word_diff(old: str, new: str, *, context: int = 3) -> str:
    """``old`` turned into ``new`` as one line: removed words in ``[-…-]``, added ones in ``{+…+}``,
    at most ``context`` unchanged words kept around each change (the rest shown as ``…``).

    >>> format_word_diff("They are wreckers of the system.", "They are wreckage of the regime.")
    'They are [-wreckers-] {+wreckage+} of the [-system.-] {+regime.+}'
    >>> format_word_diff("a b c", "A b c")
    '(no change in the words)'
    """
    changes = diff_words(old, new)
    if all(c.op == "equal" for c in changes):
        return "(no change in the words)"
    parts: list[str] = []
    last = len(changes) - 1
    for n, c in enumerate(changes):
        if c.op != "equal":
            if c.old:
                parts.append(f"[-{' '.join(c.old)}-]")
            if c.new:
                parts.append(f"{{+{' '.join(c.new)}+}}")
            continue
        words = list(c.old)
        if n == 0:  # before the first change: its last words
            parts.extend(words if len(words) <= context else ["…", *words[-context:]])
        elif n == last:  # after the last change: its first words
            parts.extend(words if len(words) <= context else [*words[:context], "…"])
        else:  # between two changes
            parts.extend(words if len(words) <= 2 * context else [*words[:context], "…", *words[-context:]])
    return " ".join(parts)
