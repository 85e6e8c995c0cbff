"""The order in which a check runs: segment, find the original's body, align, then each check."""

from __future__ import annotations

import gc
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from ..config import Config
from ..findings import Finding, sort_findings
from ..layout import Layout
from ..registry import checks, kinds
from ..text.segment import segment
from ..text.tokens import tokenize
from .align import align
from .analysis import AnalysisCache, OriginalAnalysis, analyses
from .context import CheckContext
from .layout import layout_of

__all__ = ["CheckResult", "full_check", "run_checks"]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What :func:`run_checks` found, before it is wrapped into a report."""

    findings: tuple[Finding, ...]
    coverage: float
    body: tuple[int, int]
    quotes: int = 0
    entities: int = 0
    numbers: int = 0
    layout: Layout | None = None


def build_context(
    original: str,
    copy: str,
    config: Config,
    *,
    cache: AnalysisCache | None = None,
    analysis: OriginalAnalysis | None = None,
) -> CheckContext:
    """Segment both texts, find the original's body and align the copy with it.

    The original's half of the work comes from ``analysis``, else from ``cache`` (default: the
    process-wide :data:`~textguard.engine.analysis.analyses`), so copies of one original share it.
    """
    side = analysis if analysis is not None else (cache if cache is not None else analyses).get(original, config)
    cseg = segment(copy)
    ctoks = tokenize(copy)
    alignment = align(
        side.segmentation,
        cseg,
        sentences=side.sentences,
        threshold=config.match_threshold,
        original_tokens=side.tokens,
        copy_tokens=ctoks,
        derived=side.derived,
    )
    return CheckContext(side.segmentation, cseg, side.body, alignment, config, ctoks, side)


def run_checks(original: str, copy: str, config: Config) -> CheckResult:
    """Run every registered check (:mod:`textguard.registry`) of ``copy`` against ``original``.

    A copy equal to its original, character for character, is answered from the original's
    analysis: the full path runs once per original and config and its result is given again
    (:meth:`~textguard.engine.analysis.OriginalAnalysis.self_check`), so the report is exactly
    the full path's, findings included (an original compared with itself may still carry some).
    A copy that differs only by normalization (line endings, spaces, Unicode forms) takes the
    full path: its spans index another text.
    """
    with gc_paused():
        analysis = analyses.get(original, config)
        if copy == original:
            result = analysis.self_check(
                config, checks(), lambda: full_check(original, original, config, analysis=analysis)
            )
            return _own_layout(result)
        return full_check(original, copy, config, analysis=analysis)


_gc_lock = threading.Lock()
_gc_depth = 0  # checks running now, in any thread
_gc_was_enabled = False  # the collector's state when the first of them started


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold CPython's cyclic garbage collector off while a check runs, and put it back as it was.

    Why: a check allocates one small tracked object per word or sentence (tens of thousands on a
    long text) and frees nearly all of them by reference counting when it returns; but every 700
    allocations the collector walks the young ones, and now and then every tracked object of the
    process (the cached analyses of earlier originals too). On a 32x input that walking was 10 to
    20% of a check's time and made its cost grow faster than the text (docs/performance.md).
    Why it is safe: a check makes no reference cycles (``tests/test_engine_pipeline.py`` collects
    after checks with the collector off and finds no garbage), so holding the collector off
    cannot make a check hold more memory; and it is the same as Mercurial's ``util.nogc``.

    Threads: the collector is one switch for the whole process. The first check to start turns it
    off, the last one to end puts back the state the first one found (a counter under a lock), so
    checks in several threads never switch it on under each other, and a program that runs with
    the collector off finds it off afterwards. A program that turns the collector on or off while
    a check runs in another thread gets the state from before that check when the last check ends.
    ``gc.collect()`` still collects at any time.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


def _own_layout(result: CheckResult) -> CheckResult:
    """``result`` with a layout whose mutable ``shared`` mapping is its own, so that no caller can
    change another report's layout through a cached result."""
    if result.layout is None:
        return result
    return replace(result, layout=replace(result.layout, shared=dict(result.layout.shared)))


def full_check(
    original: str, copy: str, config: Config, *, analysis: OriginalAnalysis | None = None
) -> CheckResult:
    """:func:`run_checks` without its fast path: every stage, every check."""
    ctx = build_context(original, copy, config, analysis=analysis)
    findings: list[Finding] = []
    counts: dict[str, int] = {}
    for check in checks():
        found, count = check.findings(ctx)
        findings.extend(found)
        if check.stat is not None:
            counts[check.stat] = count
    return CheckResult(
        tuple(sort_findings(_not_implied(findings))),
        _coverage(ctx),
        (ctx.body.start, ctx.body.end),
        quotes=counts.get("quotes", 0),
        entities=counts.get("entities", 0),
        numbers=counts.get("numbers", 0),
        layout=layout_of(ctx),
    )


def _not_implied(findings: list[Finding]) -> list[Finding]:
    """Drop what a finding that marks a gap (``truncated``, ``paragraph-missing``,
    ``sentence-missing``) already says: a quotation, name or figure missing because the text that
    held it is gone is not news to the reader. Which kinds mark gaps and which are implied by them
    is the registry's (:attr:`~textguard.registry.Kind.marks_gap`,
    :attr:`~textguard.registry.Kind.implied_by_gaps`). A kind may be both: a dropped sentence
    marks a gap, and is itself implied by a paragraph or an end the copy lost, never by itself."""
    marks = {k.name for k in kinds() if k.marks_gap}
    implied_kinds = {k.name for k in kinds() if k.implied_by_gaps}
    gaps: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        if (f.kind in marks or _left_out(f)) and f.original is not None:
            gaps.setdefault(f.kind, []).append((f.original.start, f.original.end))
    if not gaps:
        return findings
    merged = {kind: _merged(spans) for kind, spans in gaps.items()}
    starts = {kind: [start for start, _ in spans] for kind, spans in merged.items()}

    def implied(f: Finding) -> bool:
        if f.kind not in implied_kinds or f.original is None:
            return False
        for kind, gone in merged.items():
            if kind == f.kind:
                continue
            k = bisect_right(starts[kind], f.original.start) - 1
            if k >= 0 and f.original.end <= gone[k][1]:
                return True
        return False

    return [f for f in findings if not implied(f)]


#: Kinds that name the original's page furniture: with no copy span, a stretch the copy need not carry.
_FURNITURE_KINDS = frozenset({"stray-header", "stray-footer", "content-added"})


def _left_out(f: Finding) -> bool:
    """Whether ``f`` says a stretch of the original is its page furniture, which the copy leaves
    out as it should: what that stretch holds (names, figures, quotations) is not missing either."""
    return f.copy is None and f.kind in _FURNITURE_KINDS


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _coverage(ctx: CheckContext) -> float:
    """Share of the body's sentence characters whose sentence has a counterpart in the copy."""
    seg = ctx.original
    total = 0
    covered = 0
    for i in ctx.alignment.original_sentences:
        s = seg.sentences[i]
        total += s.end - s.start
        if i in ctx.alignment.matches:
            covered += s.end - s.start
    return covered / total if total else 1.0
