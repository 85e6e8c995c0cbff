"""The copy's passages as the quote check reads them: cut where the original breaks paragraphs,
even inside one copy sentence.

:attr:`~textguard.engine.context.CheckContext.copy_passages` cuts the copy where two original
paragraphs meet, but only between copy sentences. Lines without a full stop (headlines, list items,
lines of code) that a copy runs together on one line make one copy sentence, and a quotation mark
that the original's line break closed, or left open, then pairs with a mark lines further on. So
where two original paragraphs land in one copy sentence, the copy is cut too, between the last
words of the first and the first words of the second, found in order: a one-line copy is read like
the same text with its line breaks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ...engine.context import CheckContext

__all__ = ["quote_passages"]

#: Words of each side of an original paragraph break looked for, in order, in the copy.
_EDGE = 3
#: Copy words looked through for them past the original sentence's length: a copy that has the
#: break's words further away than that rewrote the passage, and is left as it is.
_SLACK = 24


def quote_passages(ctx: CheckContext) -> tuple[tuple[int, int], ...]:
    """The copy's passages, further cut where two original paragraphs meet inside one sentence."""
    passages = ctx.copy_passages
    cuts = list(_cuts(ctx))
    return _cut(passages, cuts) if cuts else passages


def _cuts(ctx: CheckContext) -> Iterator[tuple[int, int]]:
    """(end of one passage, start of the next) inside copy sentences, in order."""
    seg, copy = ctx.original, ctx.copy
    ot, ct = ctx.original_tokens, ctx.copy_tokens
    matches = ctx.alignment.matches
    text = copy.text
    last = -1  # the copy token from which the next break is looked for
    for i in sorted(matches):
        m, after = matches[i], matches.get(i + 1)
        if after is None or seg.sentences[i].paragraph == seg.sentences[i + 1].paragraph:
            continue
        if after.copy_first > m.copy_last or after.copy_first < m.copy_first:
            continue  # apart already (or out of order: nothing to cut)
        before_words = ot.between(seg.sentences[i].start, seg.sentences[i].end)
        after_words = ot.between(seg.sentences[i + 1].start, seg.sentences[i + 1].end)
        if not before_words or not after_words:
            continue
        tail = ot.keys[max(before_words.start, before_words.stop - _EDGE) : before_words.stop]
        head = ot.keys[after_words.start : min(after_words.stop, after_words.start + _EDGE)]
        sentence = copy.sentences[after.copy_first]
        inside = ct.between(sentence.start, sentence.end)
        lo = max(inside.start, last)
        hi = min(inside.stop, lo + len(before_words) + len(head) + _SLACK)
        at = _find(ct.keys, (*tail, *head), lo, hi)
        if at is None:
            continue
        first = at + len(tail)
        a, b = ct.ends[first - 1], ct.starts[first]
        gap = text[a:b]
        spaces = [k for k, ch in enumerate(gap) if ch.isspace()]
        last = first
        if spaces:
            yield a + spaces[0], a + spaces[-1] + 1


def _find(keys: Sequence[str], seq: tuple[str, ...], lo: int, hi: int) -> int | None:
    """The first index in ``[lo, hi)`` where ``keys`` holds ``seq`` word for word."""
    n = len(seq)
    for k in range(lo, hi - n + 1):
        if keys[k] == seq[0] and tuple(keys[k : k + n]) == seq:
            return k
    return None


def _cut(passages: Sequence[tuple[int, int]], cuts: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """``passages`` with each (end, start) of ``cuts`` that falls inside one cut there."""
    out = list(passages)
    for end, start in sorted(cuts, reverse=True):
        k = bisect_right(out, (end, 1 << 62)) - 1
        if k < 0:
            continue
        lo, hi = out[k]
        if lo < end and start < hi:
            out[k : k + 1] = [(lo, end), (start, hi)]
    return tuple(out)
