"""The quote check's pairing: which copy quotation each quotation of the original became.

Four steps, each taking what the ones before left (see :mod:`textguard.checks.quotes`): by
similarity, verbatim a little further away, by position in order, and shared with a neighbour the
copy joined it with. The result is a pairing; what it means for the reader is said in
:mod:`._quote_report`.

Cost: each quotation is scored against the copy quotations of a few sentences around its place,
which in real articles hold a few. A region can still hold thousands (one sentence that lists
quotations), so in one with more than :data:`_MANY`, each quotation scores only the
:data:`_NEAREST` nearest its place and as many with its very words (found by key, not by
comparing), and the quotations left are paired by position a few at a time; the free copy
quotations with the same words are found by key and bisection too. The cost is thus linear in the
number of quotations (with a logarithm for sorting and bisection), however they are spread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rapidfuzz import fuzz

from ...engine.context import CheckContext
from ...engine.monotone import pair_in_order
from ._sides import QuoteSide, place_around, place_gap
from ._unquoted import INDIRECT_MIN, search_unquoted

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
#: Regions of real articles hold a few copy quotations, and every one is considered. In a region
#: with more than this many (a sentence that lists thousands), a quotation is scored only against
#: the :data:`_NEAREST` around its place and the :data:`_NEAREST` nearest with its very words, and
#: runs of quotations are paired by position :data:`_NEAREST` at a time, each with the copy
#: quotations around their places: so each quotation costs a constant.
_MANY = 64
_NEAREST = 16
#: In a region longer than twice this many characters, the words of an unpaired quotation are
#: looked for outside marks only this far from its place (else each would read the whole region).
_SEARCH_CHARS = 2000


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
        #: Where each quotation would stand in the copy: as far into its aligned sentences as it
        #: stands into its own sentence.
        self.place: list[int] = []
        seg = ctx.original
        for i, q in enumerate(orig.quotes):
            home = ctx.counterpart(q.outer_start, q.outer_end)
            region = ctx.counterpart(q.outer_start, q.outer_end, context=_CONTEXT)
            if home is None:
                home = region = place_around(ctx, q)
                self.guessed[i] = place_gap(ctx, q)
            self.home.append(home)
            self.region.append(region)
            sentence = seg.sentences_overlapping(q.outer_start, q.outer_start + 1)
            offset = q.outer_start - (seg.sentences[sentence[0]].start if sentence else q.outer_start)
            self.place.append((home[0] if home else 0) + offset)
        #: The copy quotations with each word key, in order: quotations with the same words are
        #: found by key rather than by comparing each with all.
        self.by_key: dict[str, list[int]] = {}
        for c, key in enumerate(cop.keys):
            self.by_key.setdefault(key, []).append(c)
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

    def nearby(self, cands: range, place: int, key: str) -> Sequence[int]:
        """The copy quotations of ``cands`` that a quotation with words ``key``, at ``place`` in the
        copy, is scored against: all of them, or when they are more than :data:`_MANY`, the
        :data:`_NEAREST` nearest ``place`` and the :data:`_NEAREST` nearest it with the very words."""
        if len(cands) <= _MANY:
            return cands
        around = _nearest(cands, 0, len(cands), place, self.cop.starts)
        return sorted({*around, *self.same_words(cands, place, key)})

    def same_words(self, cands: range, place: int, key: str) -> Sequence[int]:
        """The copy quotations of ``cands`` with the words ``key``, in order; when ``cands`` are
        more than :data:`_MANY`, only the :data:`_NEAREST` of them nearest ``place``."""
        same = self.by_key.get(key, [])
        lo, hi = bisect_left(same, cands.start), bisect_left(same, cands.stop)
        if len(cands) <= _MANY:
            return same[lo:hi]
        return _nearest(same, lo, hi, place, self.cop.starts)

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
        for i in range(len(orig.quotes)):
            cands = self.candidates(i)
            home, place = self.home[i], self.place[i]
            for first in self.nearby(cands, place, orig.keys[i]):
                key = ""
                distance = abs(cop.starts[first] - place)
                for last in range(first, min(first + MAX_RUN, cands.stop)):
                    key = f"{key} {cop.keys[last]}" if key else cop.keys[last]
                    score = _similarity(orig.keys[i], key)
                    if score >= _threshold(orig.keys[i], key):
                        # A run is at home only when each of its pieces is: else its last piece may
                        # be the very words of the next quotation, at that one's place.
                        at_home = home is not None and all(
                            _overlaps(home, cop.starts[c], cop.ends[c]) for c in range(first, last + 1)
                        )
                        away = 0 if at_home else 1
                        options.append((-score, away, distance, i, i, first, last))
            # Two original quotations that the copy joined into one, word for word: that comes
            # first, unless the region is crowded; there the same words a little further away are
            # likely another quotation, and the pair is ranked by its distance like the others.
            if i + 1 < len(orig.quotes):
                joined = f"{orig.keys[i]} {orig.keys[i + 1]}"
                crowded = len(cands) > _MANY
                for c in self.same_words(cands, place, joined):
                    away = 0 if not crowded or (home and _overlaps(home, cop.starts[c], cop.ends[c])) else 1
                    options.append(
                        (-100.0, away, abs(cop.starts[c] - place) if crowded else 0, i, i + 1, c, c)
                    )
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
        a little further away: the alignment of short or repetitive sentences can be off by a few.
        The free copy quotations with its words are found by key, the nearest by bisection."""
        starts = self.cop.starts
        free: dict[str, list[int]] | None = None
        for i, q in enumerate(self.orig.quotes):
            home = self.home[i]
            if self.pair[i] is not None or home is None:
                continue
            if free is None:
                free = {k: [c for c in cs if c not in self.taken] for k, cs in self.by_key.items()}
            same = free.get(self.orig.keys[i])
            if not same:
                continue
            wide = self.ctx.counterpart(q.outer_start, q.outer_end, context=_WIDE)
            if wide is None:
                wide = (max(0, home[0] - _WIDE_CHARS), home[1] + _WIDE_CHARS)
            inside = self.cop.overlapping(*wide)
            lo, hi = bisect_left(same, inside.start), bisect_left(same, inside.stop)
            if lo == hi:
                continue
            # Starts grow with the index: the nearest is on one side or the other of ``home[0]``,
            # the earlier one on a tie.
            at = bisect_left(same, home[0], lo, hi, key=starts.__getitem__)
            near = [k for k in (at - 1, at) if lo <= k < hi]
            k = min(near, key=lambda k: abs(starts[same[k]] - home[0]))
            c = same.pop(k)
            self.pair[i] = (c, c)
            self.taken.add(c)

    def find_unquoted(self) -> None:
        """Step 2: the words of each unpaired quotation outside the copy's marks, near its place."""
        for i, r in enumerate(self.region):
            if self.pair[i] is None and r is not None:
                if r[1] - r[0] > 2 * _SEARCH_CHARS:
                    q = self.orig.quotes[i]
                    at = min(max(self.place[i], r[0]), r[1])
                    r = (
                        max(r[0], at - _SEARCH_CHARS),
                        min(r[1], at + q.outer_end - q.outer_start + _SEARCH_CHARS),
                    )
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
                spans = self.spans(group)
                if len(group) <= _MANY and sum(b - a for a, b in spans) <= _MANY:
                    pieces = [(group, spans)]
                else:
                    # Thousands of quotations in one sentence, or a long chain of sentences with
                    # one altered quotation each: pair them a few at a time, each few with the copy
                    # quotations around their places, so that the cost stays linear.
                    pieces = []
                    for p in range(0, len(group), _NEAREST):
                        piece = group[p : p + _NEAREST]
                        pieces.append((piece, self.spans(piece, around=True)))
                for piece, near in pieces:
                    free = [c for a, b in near for c in range(a, b) if c not in self.taken]
                    for k, c in pair_in_order(piece, free, self.gain):
                        self.pair[k] = (c, c)
                        self.taken.add(c)
            i = j

    def spans(self, group: list[int], *, around: bool = False) -> list[tuple[int, int]]:
        """The copy quotations in the regions of ``group``, as ranges of indices (merged, in
        order); with ``around``, only the :data:`_NEAREST` on each side of their places."""
        lo, hi = 0, len(self.cop.quotes)
        if around:
            at = [bisect_left(self.cop.starts, self.place[k]) for k in group]
            lo, hi = max(0, min(at) - _NEAREST), max(at) + _NEAREST
        merged: list[tuple[int, int]] = []
        for start, stop in sorted((max(r.start, lo), min(r.stop, hi)) for r in map(self.candidates, group)):
            if start >= stop:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
            else:
                merged.append((start, stop))
        return merged

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


def _nearest(found: Sequence[int], lo: int, hi: int, place: int, starts: Sequence[int]) -> Sequence[int]:
    """``found[lo:hi]`` (copy quotations, in order), or when that is more than :data:`_NEAREST`,
    the :data:`_NEAREST` of them around the one nearest ``place``."""
    if hi - lo <= _NEAREST:
        return found[lo:hi]
    at = bisect_left(found, place, lo, hi, key=starts.__getitem__)
    first = min(max(lo, at - _NEAREST // 2), hi - _NEAREST)
    return found[first : first + _NEAREST]
