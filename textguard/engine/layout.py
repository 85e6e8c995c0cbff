"""The :class:`~textguard.layout.Layout` of a check: what renderers need from its context."""

from __future__ import annotations

from collections import defaultdict

from ..layout import Layout, Stretch
from .context import CheckContext

__all__ = ["layout_of"]


def layout_of(ctx: CheckContext) -> Layout:
    """The paragraphs of ``ctx``'s texts, the original's body and the text their paragraphs share.

    Each sentence match links the original sentence's paragraph with every copy paragraph its
    counterpart spans, weighted by the sentence's length split evenly over them.
    """
    oseg, cseg = ctx.original, ctx.copy
    shared: dict[tuple[int, int], float] = defaultdict(float)
    for m in ctx.alignment.matches.values():
        sentence = oseg.sentences[m.original]
        i = sentence.paragraph
        targets = sorted({cseg.sentences[c].paragraph for c in range(m.copy_first, m.copy_last + 1)})
        for j in targets:
            shared[i, j] += max(1, sentence.end - sentence.start) / len(targets)
    return Layout(
        tuple(Stretch(p.start, p.end) for p in oseg.paragraphs),
        tuple(Stretch(p.start, p.end) for p in cseg.paragraphs),
        frozenset(ctx.body.paragraphs),
        dict(shared),
    )
