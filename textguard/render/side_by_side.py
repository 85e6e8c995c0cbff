"""Pair the paragraphs of the original with those of the copy, for a side-by-side view.

The alignment says which copy *sentences* each original sentence became; a person reading two
texts next to each other wants *paragraphs* in rows, each column in its own reading order. So the
sentence matches become weighted links between paragraphs, and the rows are the heaviest chain
of links that never cross: both columns stay in order, a paragraph split or merged by the copy
shares a row with its counterparts, and what is left over gets a row of its own with a gap on the
other side: a paragraph missing from the copy, one it added, or one it moved (which is linked to
where it went, but cannot sit next to it without breaking the order of one of the columns).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..layout import Layout

__all__ = ["ParagraphPairing", "Row", "pair_paragraphs"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the view: paragraphs of the original next to paragraphs of the copy.

    Either side may be empty (a gap); both hold consecutive paragraph indices in order.
    """

    original: tuple[int, ...]
    copy: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ParagraphPairing:
    """The rows of the view, and every paragraph link (including those of moved paragraphs)."""

    rows: tuple[Row, ...]
    #: Copy paragraphs each original paragraph has text in, and the reverse.
    original_links: dict[int, tuple[int, ...]]
    copy_links: dict[int, tuple[int, ...]]


def pair_paragraphs(layout: Layout, *, links: Iterable[tuple[int, int]] = ()) -> ParagraphPairing:
    """The rows of a side-by-side view of the texts ``layout`` describes.

    ``links`` are extra ``(original offset, copy offset)`` pairs known to correspond, such as the
    two places of a finding: they let the original's page furniture sit next to the copy's
    reproduction of it, which the alignment (of body sentences only) does not link. An offset
    between paragraphs counts for the next paragraph.

    >>> import textguard
    >>> report = textguard.check("The council met on Monday.\\n\\nIt agreed to build a tram line.\\n",
    ...                          "Breaking news\\n\\nThe council met on Monday.\\n")
    >>> pair_paragraphs(report.layout).rows
    (Row(original=(), copy=(0,)), Row(original=(0,), copy=(1,)), Row(original=(1,), copy=()))
    """
    weights: dict[tuple[int, int], float] = defaultdict(float, layout.shared)
    original_ends = [p.end for p in layout.original_paragraphs]
    copy_ends = [p.end for p in layout.copy_paragraphs]
    for ostart, cstart in links:
        if original_ends and copy_ends:
            i = min(bisect_right(original_ends, ostart), len(original_ends) - 1)
            j = min(bisect_right(copy_ends, cstart), len(copy_ends) - 1)
            weights[i, j] += 1.0

    original_links: dict[int, list[int]] = defaultdict(list)
    copy_links: dict[int, list[int]] = defaultdict(list)
    for i, j in sorted(weights):
        original_links[i].append(j)
        copy_links[j].append(i)

    chain = _heaviest_chain(weights)
    rows = _rows(chain, len(layout.original_paragraphs), len(layout.copy_paragraphs))
    return ParagraphPairing(
        tuple(rows),
        {i: tuple(js) for i, js in original_links.items()},
        {j: tuple(is_) for j, is_ in copy_links.items()},
    )


def _heaviest_chain(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The links of greatest total weight such that none crosses another: for any two of them,
    ``(i, j)`` and ``(k, l)``, ``i <= k`` and ``j <= l`` or the reverse. Near-linear: a Fenwick
    tree over ``j`` keeps the best chain ending at or before each copy paragraph.

    >>> _heaviest_chain({(0, 0): 5.0, (1, 3): 5.0, (2, 1): 1.0, (3, 2): 1.0, (3, 3): 1.0})
    [(0, 0), (1, 3), (3, 3)]
    """
    edges = sorted(weights)
    if not edges:
        return []
    size = max(j for _, j in edges) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)

    def best_up_to(j: int) -> tuple[float, int]:
        found = (0.0, -1)
        k = j + 1
        while k > 0:
            found = max(found, tree[k])
            k -= k & -k
        return found

    def offer(j: int, value: tuple[float, int]) -> None:
        k = j + 1
        while k <= size:
            tree[k] = max(tree[k], value)
            k += k & -k

    previous: list[int] = []
    totals: list[float] = []
    for n, (i, j) in enumerate(edges):
        total, before = best_up_to(j)
        totals.append(total + weights[i, j])
        previous.append(before)
        offer(j, (totals[n], n))
    n = max(range(len(edges)), key=lambda k: (totals[k], -k))
    chain: list[tuple[int, int]] = []
    while n >= 0:
        chain.append(edges[n])
        n = previous[n]
    return chain[::-1]


def _rows(chain: list[tuple[int, int]], originals: int, copies: int) -> list[Row]:
    """Rows from a non-crossing chain: links that share a paragraph make one block, spanning the
    paragraphs between its first and last on each side; the rest get rows of their own, the
    original's first, then the copy's."""
    blocks: list[tuple[int, int, int, int]] = []  # first and last original, first and last copy
    for i, j in chain:
        if blocks and (blocks[-1][1] == i or blocks[-1][3] == j):
            o0, _, c0, _ = blocks[-1]
            blocks[-1] = (o0, i, c0, j)
        else:
            blocks.append((i, i, j, j))
    rows: list[Row] = []
    next_original = next_copy = 0
    for o0, o1, c0, c1 in [*blocks, (originals, originals - 1, copies, copies - 1)]:
        rows.extend(Row((i,), ()) for i in range(next_original, o0))
        rows.extend(Row((), (j,)) for j in range(next_copy, c0))
        if o0 <= o1:
            rows.append(Row(tuple(range(o0, o1 + 1)), tuple(range(c0, c1 + 1))))
        next_original, next_copy = o1 + 1, c1 + 1
    return rows
