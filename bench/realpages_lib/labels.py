"""Labels of a pair by its words alone, independent of textguard (pure functions).

Why words: whether a copy "says the same" must not be judged by the tool being measured. Two texts
have the same words when their word sequences are equal after folding case, Unicode forms, quote
and apostrophe styles and punctuation away. Otherwise 4-gram shingles say how much of the copy
comes from the reference (precision) and how much of the reference reaches the copy (recall).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "LABELS",
    "TARGETS",
    "WordLabel",
    "is_synthetic",
    "label_pair",
    "meets_target",
    "shingle_scores",
    "words_of",
]

IDENTICAL = "identical-words"
HARMLESS = "harmless-variant"
JUNK = "junk"
LOSSY = "lossy"
ANOTHER = "another-text"
SIMILAR = "similar"
#: Every label, in the order reports list them.
LABELS = (IDENTICAL, HARMLESS, JUNK, LOSSY, ANOTHER, SIMILAR)
THRESHOLD = 0.75
SHINGLE = 4

#: label -> (what must happen, target rate). ``similar`` (words differ a little, no threshold
#: crossed) has no target: its pass rate is printed for information.
TARGETS: dict[str, tuple[str, float]] = {
    IDENTICAL: ("pass with no error or warning", 0.995),
    HARMLESS: ("pass with no error or warning", 0.995),
    JUNK: ("a stray-header/stray-footer/content-added finding (warning or error)", 0.98),
    LOSSY: ("a truncated/paragraph-missing finding (warning or error)", 0.98),
    ANOTHER: ("fail", 1.0),
}
JUNK_KINDS = frozenset({"stray-header", "stray-footer", "content-added"})
LOSSY_KINDS = frozenset({"truncated", "paragraph-missing"})

_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u0060\u00b4']")
_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> list[str]:
    """The words of ``text``: NFKC, case-folded, apostrophes dropped inside words, every other
    punctuation mark a separator.

    >>> words_of("It’s  the \\u201cCafe\\u0301\\u201d, isn't it?")
    ['its', 'the', 'café', 'isnt', 'it']
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(_APOSTROPHES.sub("", folded))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def shingle_scores(reference: list[str], copy: list[str]) -> tuple[float, float]:
    """(precision, recall) of the copy's 4-word shingles against the reference's. An empty side
    scores 0 against a non-empty one.

    >>> shingle_scores("a b c d e".split(), "a b c d".split())
    (1.0, 0.5)
    """
    ref, cop = _shingles(reference), _shingles(copy)
    if not ref and not cop:
        return 1.0, 1.0
    common = len(ref & cop)
    return (common / len(cop) if cop else 0.0), (common / len(ref) if ref else 0.0)


@dataclass(frozen=True, slots=True)
class WordLabel:
    """A pair's label and the figures it was drawn from."""

    label: str
    precision: float
    recall: float


def label_pair(reference: str, copy: str, *, harmless: bool = False) -> WordLabel:
    """Label ``copy`` against ``reference`` (the original's true body when known).

    Same words -> ``identical-words`` (``harmless-variant`` for a variant built to be harmless);
    precision < 0.75 -> ``junk``; recall < 0.75 -> ``lossy``; both -> ``another-text``; otherwise
    ``similar``.

    >>> label_pair("The council met today.", "THE council met, today!").label
    'identical-words'
    """
    ref, cop = words_of(reference), words_of(copy)
    precision, recall = shingle_scores(ref, cop)
    if ref == cop:
        label = HARMLESS if harmless else IDENTICAL
    elif precision < THRESHOLD and recall < THRESHOLD:
        label = ANOTHER
    elif precision < THRESHOLD:
        label = JUNK
    elif recall < THRESHOLD:
        label = LOSSY
    else:
        label = SIMILAR
    return WordLabel(label, round(precision, 4), round(recall, 4))


_FILLER = re.compile(r"\blorem ipsum\b|\bipsum dolor\b", re.IGNORECASE)


def is_synthetic(text: str) -> bool:
    """Whether a gold body is placeholder text ("Lorem ipsum dolor ..."): some of the test pages
    exercise HTML handling with filler, not prose, and filler repeats whole paragraphs. They are
    left out of the corpus (``build --keep-synthetic`` keeps them).

    >>> is_synthetic("Lorem ipsum dolor sit amet."), is_synthetic("The council met.")
    (True, False)
    """
    return bool(_FILLER.search(text))


def meets_target(label: str, verdict: str, findings: list[tuple[str, str]]) -> bool | None:
    """Whether a pair's outcome meets its label's target; ``None`` for a label with no target.

    ``findings`` are ``(kind, severity)`` pairs.

    >>> meets_target("junk", "fail", [("stray-footer", "error")])
    True
    >>> meets_target("identical-words", "pass", [("stray-header", "info")])
    True
    """
    serious = [kind for kind, severity in findings if severity in ("warning", "error")]
    if label in (IDENTICAL, HARMLESS):
        return not serious
    if label == JUNK:
        return any(kind in JUNK_KINDS for kind in serious)
    if label == LOSSY:
        return any(kind in LOSSY_KINDS for kind in serious)
    if label == ANOTHER:
        return verdict == "fail"
    return None
