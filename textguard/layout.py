"""How a check read the two texts, as plain data for renderers.

A :class:`~textguard.report.Report` made by :func:`textguard.check` carries a :class:`Layout`: the
paragraphs of both texts, which of the original's paragraphs are its body, and how much text each
original paragraph shares with each copy paragraph (from the sentence alignment). A renderer lays
the texts out from it without running any part of the check again. It is not part of the JSON
report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["Layout", "Stretch"]


class Stretch(NamedTuple):
    """A paragraph: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Layout:
    """The paragraphs of both texts and the text they share.

    ``shared[i, j]`` is the weight (characters of original sentences, split evenly over the copy
    paragraphs a sentence went to) of the text original paragraph ``i`` shares with copy
    paragraph ``j``.
    """

    original_paragraphs: tuple[Stretch, ...]
    copy_paragraphs: tuple[Stretch, ...]
    body_paragraphs: frozenset[int]
    shared: Mapping[tuple[int, int], float] = field(default_factory=dict)

    def in_body(self, paragraph: int) -> bool:
        """True when paragraph number ``paragraph`` of the original is part of its body."""
        return paragraph in self.body_paragraphs
