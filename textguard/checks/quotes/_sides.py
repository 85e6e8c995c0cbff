"""The quotations of each text as the quote check sees them, and where a quotation's place is.

The pairing steps and the reporting both look quotations up by position and compare their word
keys; both also need a place in the copy for a quotation whose sentences the alignment left
without a counterpart. One module for those shared views keeps the two from growing apart.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...engine.context import CheckContext
from ...extract.quotes import Quotation

__all__ = ["QuoteSide", "place_around", "place_gap", "quote_side"]

#: Original sentences looked at on each side of a quotation without a counterpart, for one with.
_NEIGHBOURS = 3


@dataclass(frozen=True, slots=True)
class QuoteSide:
    """Quotations of one text with their word keys, and their positions for bisection."""

    quotes: list[Quotation]
    keys: list[str]
    starts: list[int]
    ends: list[int]

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the quotations whose marks overlap ``[start, end)``."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


def quote_side(ctx: CheckContext, quotes: list[Quotation], *, copy: bool) -> QuoteSide:
    """The quotations of the original (``copy=False``) or the copy, with their word keys."""
    tokens = ctx.copy_tokens if copy else ctx.original_tokens
    keys = []
    for q in quotes:
        words = [tokens.keys[j] for s, e in q.parts for j in tokens.between(s, e)]
        keys.append(" ".join(words))
    return QuoteSide(quotes, keys, [q.outer_start for q in quotes], [q.outer_end for q in quotes])


def place_around(ctx: CheckContext, q: Quotation) -> tuple[int, int] | None:
    """Where a quotation whose sentences have no counterpart would be: the copy sentences from
    the counterpart of the nearest matched sentence before it to that of the nearest one after
    it (the copy may have merged it into one of them, or reworded it beyond alignment)."""
    seg = ctx.original
    found = seg.sentences_overlapping(q.outer_start, q.outer_end)
    if not found:
        return None
    matches = ctx.alignment.matches
    before = next(
        (matches[j] for j in range(found[0] - 1, found[0] - 1 - _NEIGHBOURS, -1) if j in matches), None
    )
    after = next(
        (matches[j] for j in range(found[-1] + 1, found[-1] + 1 + _NEIGHBOURS) if j in matches), None
    )
    last = len(ctx.copy.sentences) - 1
    if before is None and after is None:
        return None
    lo = before.copy_last if before is not None else max(0, after.copy_first - 1)  # type: ignore[union-attr]
    hi = after.copy_first if after is not None else min(last, before.copy_last + 1)  # type: ignore[union-attr]
    lo, hi = min(lo, hi), max(lo, hi)
    sentences = ctx.copy.sentences
    return sentences[lo].start, sentences[hi].end


def place_gap(ctx: CheckContext, q: Quotation) -> tuple[int, int] | None:
    """The copy sentences strictly between the counterparts of the sentences right before and
    after the quotation's: where it stood, reworded beyond alignment; ``None`` if none."""
    found = ctx.original.sentences_overlapping(q.outer_start, q.outer_end)
    matches = ctx.alignment.matches
    before, after = matches.get(found[0] - 1), matches.get(found[-1] + 1)
    if before is None or after is None or after.copy_first - before.copy_last < 2:
        return None
    sentences = ctx.copy.sentences
    return sentences[before.copy_last + 1].start, sentences[after.copy_first - 1].end
