"""The value that quotation extraction returns, and the span helper its parts share.

Kept apart from the scanner so that the modules which read marks, cues and paragraphs can all
build and inspect a :class:`Quotation` without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["SCARE_MAX_WORDS", "Quotation", "QuoteKind", "strip_span"]

QuoteKind = Literal["speech", "scare"]

#: A quotation of at most this many words is a scare quote or a title ("reforms", "a done deal"),
#: unless a cue or a sentence end shows it is speech ("No," she said).
SCARE_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: ``text[start:end]`` are its words (marks excluded), ``text[outer_start:
    outer_end]`` the same with its marks.

    ``parts`` are the spans of its words in each paragraph (one span unless it runs over several
    paragraphs). ``closed`` is ``False`` when no closing mark was found and the quotation was cut
    at the end of its paragraph, or of the quotation around it. ``nested`` are the quotations
    inside this one (recorded, not checked on their own). ``speaker`` and ``cue`` (the span of
    the attribution, such as ``she said``) are ``None`` where the text shows none next to the marks.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    text: str
    kind: QuoteKind = "speech"
    speaker: str | None = None
    cue: tuple[int, int] | None = None
    nested: tuple[Quotation, ...] = ()
    parts: tuple[tuple[int, int], ...] = ()
    closed: bool = True

    @property
    def words(self) -> int:
        """The number of words of the quotation (runs of characters with a letter or digit)."""
        return sum(1 for w in self.text.split() if any(c.isalnum() for c in w))


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` without the spaces at either end of ``text[s:e]``."""
    chunk = text[s:e]
    left = chunk.lstrip()
    s += len(chunk) - len(left)
    return s, s + len(left.rstrip())
