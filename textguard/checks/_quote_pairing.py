"""The quote check's pairing: which copy quotation each quotation of the original became.

Four steps, each taking what the ones before left (see :mod:`textguard.checks.quotes`): by
similarity, verbatim a little further away, by position in order, and shared with a neighbour the
copy joined it with. The result is a pairing; what it means for the reader is said in
:mod:`._quote_report`.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..context import CheckContext
from ..pairing import pair_in_order
from ._quote_sides import QuoteSide, place_around, place_gap
from ._quote_unquoted import INDIRECT_MIN, search_unquoted

__all__ = ["ALTERED_MIN", "MAX_RUN", "SHORT_ALTERED_MIN", "QuotePairing"]

#: Similarity (0-100, rapidfuzz ratio of the word keys) from which a copy quotation near the
#: original's place is taken as its counterpart. Unrelated sentences of the same length score
#: 30-45; a translated or paraphrased quotation that keeps its subject and half its words, 50-80.
ALTERED_MIN = 50.0
#: The same for short quotations (keys under :data:`_SHORT_KEY` characters on either side): two
#: unrelated single words easily share half their letters ("illegal", "ideal": 67).
SHORT_ALTERED_MIN = 70.0
_SHORT_KEY = 20
#: A quotation may be split over this many consecutive copy quotations ("We understand," she
#: said, "but ...").
MAX_RUN = 3
#: Copy sentences on each side of the aligned ones where a counterpart is looked for.
_CONTEXT = 1
#: ... and where a copy quotation with the very same words is looked for (sentences, or characters
#: around a place guessed from the neighbours).
_WIDE = 3
_WIDE_CHARS = 600


class QuotePairing:
    """Pairs original quotations with copy quotations; :mod:`._quote_report` reports the result."""

    def __init__(self, ctx: CheckContext, orig: QuoteSide, cop: QuoteSide) -> None:
        self.ctx = ctx
        self.orig = orig
        self.cop = cop
        n = len(orig.quotes)
        self.home: list[tuple[int, int] | None] = []
        self.region: list[tuple[int, int] | None] = []
        #: Quotations whose sentences have no counterpart (their place is guessed from neighbours),
        #: with the unmatched copy sentences between those neighbours, if any.
        self.guessed: dict[int, tuple[int, int] | None] = {}
        for i, q in enumerate(orig.quotes):
            home = ctx.counterpart(q.outer_start, q.outer_end)
            region = ctx.counterpart(q.outer_start, q.outer_end, context=_CONTEXT)
            if home is None:
                home = region = place_around(ctx, q)
                self.guessed[i] = place_gap(ctx, q)
            self.home.append(home)
            self.region.append(region)
        #: The copy quotations (first, last) each original quotation became.
        self.pair: list[tuple[int, int] | None] = [None] * n
        self.taken: set[int] = set()
        #: Original quotations that share their copy quotation with a neighbour.
        self.shared: set[int] = set()
        #: Where the words of a still unpaired quotation stand outside marks: (score, copy span).
        self.unquoted: dict[int, tuple[float, tuple[int, int]]] = {}

    def candidates(self, i: int) -> range:
        r = self.region[i]
        return self.cop.overlapping(*r) if r is not None else range(0)

    def run(self) -> None:
        """Pair the quotations, step by step (see :mod:`textguard.checks.quotes`)."""
        self.pair_by_similarity()
        self.pair_verbatim_nearby()
        self.find_unquoted()
        self.pair_by_position()
        self.share_joined()

    def pair_by_similarity(self) -> None:
        """Step 1: the most similar pairs first, each copy quotation at most once."""
        orig, cop = self.orig, self.cop
        # (-score, away from its place, distance from its place, original run, copy run): equal
        # scores go to the copy quotation where the original one stands in its sentence.
        options: list[tuple[float, int, int, int, int, int, int]] = []
        seg = self.ctx.original
        for i, q in enumerate(orig.quotes):
            cands = self.candidates(i)
            home = self.home[i]
            sentence = seg.sentences_overlapping(q.outer_start, q.outer_start + 1)
            offset = q.outer_start - (seg.sentences[sentence[0]].start if sentence else q.outer_start)
            for first in cands:
                key = ""
                distance = abs(cop.starts[first] - (home[0] if home else 0) - offset)
                for last in range(first, min(first + MAX_RUN, cands.stop)):
                    key = f"{key} {cop.keys[last]}" if key else cop.keys[last]
                    score = _similarity(orig.keys[i], key)
                    if score >= _threshold(orig.keys[i], key):
                        away = 0 if home and _overlaps(home, cop.starts[first], cop.ends[last]) else 1
                        options.append((-score, away, distance, i, i, first, last))
            # Two original quotations that the copy joined into one, word for word.
            if i + 1 < len(orig.quotes):
                joined = f"{orig.keys[i]} {orig.keys[i + 1]}"
                for c in cands:
                    if cop.keys[c] == joined:
                        options.append((-100.0, 0, 0, i, i + 1, c, c))
        options.sort()
        for _score, _away, _distance, i, j, first, last in options:
            span = range(first, last + 1)
            if any(self.pair[k] is not None for k in range(i, j + 1)) or any(c in self.taken for c in span):
                continue
            for k in range(i, j + 1):
                self.pair[k] = (first, last)
            self.taken.update(span)

    def pair_verbatim_nearby(self) -> None:
        """Step 1b: a quotation still unpaired takes a free copy quotation with the very same words
        a little further away: the alignment of short or repetitive sentences can be off by a few."""
        for i, q in enumerate(self.orig.quotes):
            home = self.home[i]
            if self.pair[i] is not None or home is None:
                continue
            wide = self.ctx.counterpart(q.outer_start, q.outer_end, context=_WIDE)
            if wide is None:
                wide = (max(0, home[0] - _WIDE_CHARS), home[1] + _WIDE_CHARS)
            same = [
                c
                for c in self.cop.overlapping(*wide)
                if c not in self.taken and self.cop.keys[c] == self.orig.keys[i]
            ]
            if same:
                c = min(same, key=lambda c: abs(self.cop.starts[c] - home[0]))
                self.pair[i] = (c, c)
                self.taken.add(c)

    def find_unquoted(self) -> None:
        """Step 2: the words of each unpaired quotation outside the copy's marks, near its place."""
        for i, r in enumerate(self.region):
            if self.pair[i] is None and r is not None:
                found = search_unquoted(self.ctx, self.cop, self.orig.keys[i], r)
                if found is not None:
                    self.unquoted[i] = found

    def pair_by_position(self) -> None:
        """Step 3: in each run of unpaired quotations between paired ones, pair them in order
        with the unpaired copy quotations of the sentences they were aligned with. (Copy quotations
        are not required to lie between the partners of the run's neighbours: where repeated or
        very short sentences confuse the alignment, a verbatim neighbour may have taken a partner
        out of order.)"""
        n = len(self.orig.quotes)
        i = 0
        while i < n:
            if self.pair[i] is not None:
                i += 1
                continue
            j = i
            while j < n and self.pair[j] is None:
                j += 1
            for group in self.local_groups([k for k in range(i, j) if not self.lost_marks(k)]):
                near = {c for k in group for c in self.cop.overlapping(*self.region[k])}  # type: ignore[misc]
                for k, c in pair_in_order(group, sorted(near - self.taken), self.gain):
                    self.pair[k] = (c, c)
                    self.taken.add(c)
            i = j

    def local_groups(self, run: list[int]) -> list[list[int]]:
        """``run`` cut where the regions of consecutive quotations stop overlapping, so that each
        group is paired on its own and the cost stays linear in the number of quotations."""
        groups: list[list[int]] = []
        reach = -1
        for k in run:
            region = self.region[k]
            if region is None:
                continue
            if groups and region[0] < reach:
                groups[-1].append(k)
                reach = max(reach, region[1])
            else:
                groups.append([k])
                reach = region[1]
        return groups

    def share_joined(self) -> None:
        """Step 4: a quotation still unpaired shares the copy quotation of a neighbour when the copy
        joined both into one: it stands in this quotation's sentences too and holds clearly more
        than the neighbour's words."""
        for i in range(len(self.orig.quotes)):
            if self.pair[i] is not None or self.lost_marks(i):
                continue
            for n in (i - 1, i + 1):
                pair = self.pair[n] if 0 <= n < len(self.pair) else None
                if pair is None or pair[0] != pair[1] or n in self.shared:
                    continue
                c = pair[0]
                extra = len(self.cop.keys[c]) - len(self.orig.keys[n])
                if self.at_home(i, c) and extra >= len(self.orig.keys[i]) / 2:
                    self.pair[i] = pair
                    self.shared.update((i, n))
                    break

    def lost_marks(self, i: int) -> bool:
        """True when the words of quotation ``i`` are in the copy without marks, and the quotation
        is long enough for that not to be chance (a word or two recur in any text)."""
        found = self.unquoted.get(i)
        return found is not None and found[0] >= INDIRECT_MIN and len(self.orig.keys[i]) >= _SHORT_KEY

    def at_home(self, i: int, c: int) -> bool:
        """True when copy quotation ``c`` stands in the copy sentences aligned with quotation ``i``."""
        home = self.home[i]
        return home is not None and _overlaps(home, self.cop.starts[c], self.cop.ends[c])

    def gain(self, i: int, c: int) -> float:
        """How good a pair by position is: any quotation in the aligned sentences beats any in the
        sentences around them (the alignment of short sentences can be off by one); 0: no pair."""
        region = self.region[i]
        if region is None or not _overlaps(region, self.cop.starts[c], self.cop.ends[c]):
            return 0.0
        score = 1.0 + _similarity(self.orig.keys[i], self.cop.keys[c])
        return score + 101.0 if self.at_home(i, c) else score


def _similarity(a: str, b: str) -> float:
    return 100.0 if a == b else fuzz.ratio(a, b)


def _threshold(a: str, b: str) -> float:
    return SHORT_ALTERED_MIN if min(len(a), len(b)) < _SHORT_KEY else ALTERED_MIN


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]
