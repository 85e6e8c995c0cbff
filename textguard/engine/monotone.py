"""Pair two ordered lists so that pairs never cross, maximising the total gain.

Used where a stretch of the original and a stretch of the copy must be matched *in order*: the
sentences of a rewritten passage (alignment) and the quotations of a passage (quote check).
A small dynamic programme, quadratic in the lengths of the two stretches, which callers keep
short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["pair_in_order"]

A = TypeVar("A")
B = TypeVar("B")


def pair_in_order(
    left: Sequence[A], right: Sequence[B], gain_of: Callable[[A, B], float]
) -> list[tuple[A, B]]:
    """Pairs ``(a, b)`` of ``left`` and ``right``, both in order, with the largest total gain.

    ``gain_of(a, b)`` is the value of pairing ``a`` with ``b``; 0 (or less) means they may not pair.

    >>> pair_in_order("abc", "xbc", lambda a, b: float(a == b))
    [('b', 'b'), ('c', 'c')]
    >>> len(pair_in_order([1, 2], [20, 10], lambda a, b: float(b == 10 * a)))  # the pairs would cross
    1
    """
    u, v = len(left), len(right)
    if not u or not v:
        return []
    gain = [[max(0.0, gain_of(a, b)) for b in right] for a in left]
    total = [[0.0] * (v + 1) for _ in range(u + 1)]
    for x in range(u - 1, -1, -1):
        for y in range(v - 1, -1, -1):
            take = gain[x][y] + total[x + 1][y + 1] if gain[x][y] else 0.0
            total[x][y] = max(total[x + 1][y], total[x][y + 1], take)
    pairs: list[tuple[A, B]] = []
    x = y = 0
    while x < u and y < v:
        if gain[x][y] and total[x][y] == gain[x][y] + total[x + 1][y + 1]:
            pairs.append((left[x], right[y]))
            x += 1
            y += 1
        elif total[x][y] == total[x + 1][y]:
            x += 1
        else:
            y += 1
    return pairs
