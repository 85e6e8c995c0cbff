"""Quotations that lost their marks: their words found outside the copy's quotation marks.

A copy that turns a quotation into indirect speech keeps its words but drops the marks; telling
that apart from a quotation that is gone is a search of its own (a partial alignment of words),
with its own thresholds, used by the pairing and quoted by the messages.
"""

from __future__ import annotations

from ...engine.context import CheckContext
from ...text.similarity import partial_alignment
from ._sides import QuoteSide

__all__ = ["INDIRECT_MIN", "REPORTED_MIN", "search_unquoted"]

#: Similarity (rapidfuzz partial ratio) from which a quotation's words are found *without* marks
#: in the copy: a quotation turned into indirect speech keeps nearly all its words.
INDIRECT_MIN = 85.0
#: A weaker match of the words outside marks: enough to point at the sentence that reports the
#: quotation, not to explain it.
REPORTED_MIN = 60.0
#: The share of a quotation's characters that such a match must cover; at most half of the words
#: it covers may be inside the copy's marks (see :data:`INDIRECT_MIN`).
_COVERAGE = 0.8
#: ... and the share of its distinct words that must be there at all before it is looked for.
_MIN_SHARED = 0.5


def search_unquoted(
    ctx: CheckContext, cop: QuoteSide, key: str, region: tuple[int, int]
) -> tuple[float, tuple[int, int]] | None:
    """The best match of ``key`` among the copy's words in ``region``, when most of the matched
    words stand outside quotation marks: ``(score, copy span)``, else ``None``."""
    tokens = ctx.copy_tokens
    words = tokens.between(*region)
    keys = tokens.keys[words.start : words.stop]
    # Most quotations left here are paraphrased or gone: when not even half of their words are
    # in the region, no alignment is needed to say they are not there.
    wanted = set(key.split())
    if not keys or len(wanted.intersection(keys)) < _MIN_SHARED * len(wanted):
        return None
    found = partial_alignment(key, " ".join(keys))
    if found.dest_end - found.dest_start < _COVERAGE * len(key):
        return None
    # Back from characters to tokens.
    first = last = -1
    pos = 0
    for j, word in enumerate(keys):
        if pos >= found.dest_end:
            break
        if pos + len(word) > found.dest_start:
            first = j if first < 0 else first
            last = j
        pos += len(word) + 1
    if first < 0:
        return None
    first += words.start
    last += words.start
    start, end = tokens.starts[first], tokens.ends[last]
    quoted = 0
    for c in cop.overlapping(start, end):
        inside = tokens.between(cop.starts[c], cop.ends[c])
        quoted += max(0, min(inside.stop, last + 1) - max(inside.start, first))
    if 2 * quoted > last - first + 1:
        return None
    return found.score, (start, end)
