"""What every check gets to look at: both texts, segmented and aligned, plus the config."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from ..config import Config
from ..extract.numbers import Figure, extract_numbers
from ..extract.words import Word, scan_words
from ..findings import Finding, Severity, Span
from ..text.segment import Segmentation
from ..text.tokens import Tokens
from .align import Alignment
from .analysis import OriginalAnalysis
from .body import Body

__all__ = ["CheckContext"]

T = TypeVar("T")


@dataclass(frozen=True)
class CheckContext:
    """The shared, read-only state of one check. Built once by :func:`textguard.engine.pipeline.run_checks`."""

    original: Segmentation
    copy: Segmentation
    body: Body
    alignment: Alignment
    config: Config
    copy_tokens: Tokens = field(repr=False)
    #: The original's analysis (its segmentation, body, tokens, quotations, figures and names),
    #: shared by every context built for the same original and analysis-relevant config.
    analysis: OriginalAnalysis = field(repr=False, compare=False)

    @property
    def original_tokens(self) -> Tokens:
        return self.analysis.tokens

    def of_original(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``name`` for as long as the original's analysis lives
        (:meth:`~textguard.engine.analysis.OriginalAnalysis.derived`). ``compute`` must not read
        the copy."""
        return self.analysis.derived(name, compute)

    # --- convenient views ----------------------------------------------------------------------

    def original_span(self, start: int, end: int) -> Span:
        return Span.of(self.original.text, start, end)

    def copy_span(self, start: int, end: int) -> Span:
        return Span.of(self.copy.text, start, end)

    def counterpart(self, start: int, end: int, *, context: int = 0) -> tuple[int, int] | None:
        """The span of the copy that the original span ``[start, end)`` became, by the alignment.

        It covers the counterparts of every original sentence that overlaps the span (``None``
        when none of them has one), widened by ``context`` copy sentences on each side, which
        lets a check look a little further when a copy splits or reorders sentences. The cost
        does not depend on the length of the texts.
        """
        lo: int | None = None
        hi: int | None = None
        for i in self.original.sentences_overlapping(start, max(end, start + 1)):
            m = self.alignment.matches.get(i)
            if m is not None:
                lo = m.copy_first if lo is None else min(lo, m.copy_first)
                hi = m.copy_last if hi is None else max(hi, m.copy_last)
        if lo is None or hi is None:
            return None
        sentences = self.copy.sentences
        lo, hi = max(0, lo - context), min(len(sentences) - 1, hi + context)
        return sentences[lo].start, sentences[hi].end

    # --- the copy read once, for every check that needs it -------------------------------------

    @cached_property
    def copy_words(self) -> list[Word]:
        """The copy's words as the entity rules read them (:func:`~textguard.extract.words.scan_words`).
        Shared: do not change the list."""
        return scan_words(self.copy.text)

    @cached_property
    def copy_figures(self) -> list[Figure]:
        """The copy's figures, ambiguous ones included (``extract_numbers(..., ambiguous=True)``).
        Shared: do not change the list."""
        return extract_numbers(self.copy.text, ambiguous=True)

    @cached_property
    def matched_original_paragraphs(self) -> frozenset[int]:
        """Original paragraphs with at least one sentence that has a counterpart in the copy."""
        seg = self.original
        return frozenset(seg.sentences[i].paragraph for i in self.alignment.matches)

    @cached_property
    def matched_copy_paragraphs(self) -> frozenset[int]:
        """Copy paragraphs with at least one sentence that is the counterpart of an original one."""
        return frozenset(self.copy.sentences[c].paragraph for c in self.alignment.covered)

    @cached_property
    def copy_passages(self) -> tuple[tuple[int, int], ...]:
        """The copy cut into passages where the original has its paragraph breaks.

        Paragraph breaks are layout as much as structure: a copy may break a sentence in its middle
        (lines broken in the wrong places, blank lines between them) or run paragraphs together
        (the whole text on one line). What reads text paragraph by paragraph (quotations, which a
        paragraph break ends or continues) must read the copy's text as the original's paragraphs
        cut it. So the copy's paragraphs are joined where one original sentence runs across them,
        and cut where two original paragraphs that follow each other meet inside one of them.
        """
        copy, original = self.copy, self.original
        if not copy.sentences:
            return ()
        joined_to_next = [False] * len(copy.paragraphs)
        cut_before: set[int] = set()
        matches = self.alignment.matches
        for i, m in matches.items():
            for k in range(copy.sentences[m.copy_first].paragraph, copy.sentences[m.copy_last].paragraph):
                joined_to_next[k] = True
            after = matches.get(i + 1)
            if (
                after is not None
                and original.sentences[i].paragraph != original.sentences[i + 1].paragraph
                and m.copy_first < after.copy_first
            ):
                cut_before.add(after.copy_first)
        spans: list[list[int]] = []
        for c, sentence in enumerate(copy.sentences):
            p = sentence.paragraph
            opens = copy.paragraphs[p].first_sentence == c and not (p and joined_to_next[p - 1])
            if not spans or opens or c in cut_before:
                spans.append([sentence.start, sentence.end])
            else:
                spans[-1][1] = sentence.end
        return tuple((s, e) for s, e in spans)

    def finding(
        self,
        kind: str,
        default: Severity,
        message: str,
        *,
        original: Span | None = None,
        copy: Span | None = None,
    ) -> Finding | None:
        """A finding at its configured severity, or ``None`` when its kind is disabled."""
        if kind in self.config.disabled:
            return None
        return Finding(kind, self.config.severity_of(kind, default), message, original, copy)
