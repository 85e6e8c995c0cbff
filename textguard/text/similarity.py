"""Partial similarity whose cost grows with the texts, not with the cube of the shorter one.

rapidfuzz's ``partial_ratio`` (the best :func:`rapidfuzz.fuzz.ratio` of the shorter text against
any window of the longer one) is fast for short texts, but its cost grows with about the cube of
the shorter text's length once it is longer than a few hundred characters: a 3,700-character run
of a scraped page against a 10,000-character one took 9 seconds. Real pages have such runs (a
table, a list or a script flattened into one "sentence"). From :data:`EXACT_UP_TO` characters on,
the functions here slide a window of the shorter text's length along the longer one, an eighth of
that length at a time, then narrow the step around the best window down to one character. That
is a lower bound of rapidfuzz's score (the same windows, fewer of them) which finds a verbatim
occurrence exactly, at a cost of about ``len(longer) * len(shorter) / 8`` bit operations.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz

__all__ = ["EXACT_UP_TO", "Alignment", "partial_alignment", "partial_ratio"]

#: Up to this length of the shorter text, rapidfuzz's exact search is used (measured: under 2 ms
#: against 16,000 characters of real text; at 512 characters it already takes 7 to 17 ms).
EXACT_UP_TO = 256
#: The coarse step of the window, as a fraction of the window's length.
_STEPS_PER_WINDOW = 8


class Alignment(NamedTuple):
    """The best window: its score (0-100) and where it lies in each text (as rapidfuzz's)."""

    score: float
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def partial_alignment(s1: str, s2: str, score_cutoff: float = 0.0) -> Alignment:
    """The best match of the shorter text inside the longer one, as
    :func:`rapidfuzz.fuzz.partial_ratio_alignment` gives it; a score below ``score_cutoff`` is 0."""
    if min(len(s1), len(s2)) <= EXACT_UP_TO:
        found = fuzz.partial_ratio_alignment(s1, s2, score_cutoff=score_cutoff)
        if found is None:
            return Alignment(0.0, 0, 0, 0, 0)
        return Alignment(found.score, found.src_start, found.src_end, found.dest_start, found.dest_end)
    if len(s1) <= len(s2):
        score, start, end = _slide(s1, s2)
        found = Alignment(score, 0, len(s1), start, end)
    else:
        score, start, end = _slide(s2, s1)
        found = Alignment(score, start, end, 0, len(s2))
    return found if found.score >= score_cutoff else Alignment(0.0, 0, 0, 0, 0)


def partial_ratio(s1: str, s2: str, score_cutoff: float = 0.0) -> float:
    """The score of :func:`partial_alignment`: rapidfuzz's ``partial_ratio`` for short texts."""
    if min(len(s1), len(s2)) <= EXACT_UP_TO:
        return fuzz.partial_ratio(s1, s2, score_cutoff=score_cutoff)
    return partial_alignment(s1, s2, score_cutoff).score


def _slide(short: str, long: str) -> tuple[float, int, int]:
    """The best window of ``long`` for ``short`` (not longer): ``(score, start, end)``."""
    n, m = len(short), len(long)
    last = m - n
    step = max(1, n // _STEPS_PER_WINDOW)

    def at(start: int) -> float:
        return fuzz.ratio(short, long[start : start + n])

    starts = list(range(0, last + 1, step))
    if starts[-1] != last:
        starts.append(last)
    best_start = max(starts, key=at)  # the first of equal scores, as the text reads
    best = at(best_start)
    while step > 1 and best < 100.0:
        step //= 2
        for start in (best_start - step, best_start + step):
            if 0 <= start <= last:
                score = at(start)
                if score > best:
                    best, best_start = score, start
    return best, best_start, best_start + n
