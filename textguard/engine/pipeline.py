"""The order in which a check runs: segment, find the original's body, align, then each check."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from ..checks import check_structure
from ..checks.entities import check_entities
from ..checks.meaning import check_meaning
from ..checks.numbers import check_numbers
from ..checks.quotes import check_quotes
from ..config import Config
from ..findings import Finding, sort_findings
from ..layout import Layout
from ..text.segment import Segmentation, segment
from .align import Tokens, align, tokenize
from .body import Body, find_body
from .context import CheckContext
from .layout import layout_of

__all__ = ["CheckResult", "run_checks"]


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


#: How many originals' analyses are kept, up to which length an original is worth keeping, and
#: how many characters of originals the cache holds at most (an analysis takes about 50 bytes
#: per character: at most about 50 MB).
_CACHED_ORIGINALS = 8
_CACHED_MAX_CHARS = 250_000
_CACHED_TOTAL_CHARS = 1_000_000


@dataclass(frozen=True)
class _Original:
    """What a check derives from the original and the config alone."""

    seg: Segmentation
    body: Body
    sentences: tuple[int, ...]
    tokens: Tokens
    memo: dict[str, Any] = field(default_factory=dict)


_originals: OrderedDict[tuple[str, str], _Original] = OrderedDict()
_originals_lock = threading.Lock()


def _analyse_original(original: str, config: Config) -> _Original:
    seg = segment(original)
    body = find_body(
        seg,
        starts_with=config.body_starts_with,
        ends_with=config.body_ends_with,
        extra_patterns=config.footer_regexes,
    )
    members = set(body.paragraphs)
    sentences = tuple(s.index for s in seg.sentences if s.paragraph in members)
    return _Original(seg, body, sentences, tokenize(original))


def _original(original: str, config: Config) -> _Original:
    """The analysis of ``original`` under ``config``, from a small cache of recent originals.

    A syndication pipeline checks many copies of one original, so the original's half of the work
    is done once. The cache is keyed by the text itself and every config field, holds a few
    originals and never a very long one; a hit gives the same analysis a miss would compute.
    """
    if len(original) > _CACHED_MAX_CHARS:
        return _analyse_original(original, config)
    key = (original, _config_key(config))
    with _originals_lock:
        found = _originals.get(key)
        if found is not None:
            _originals.move_to_end(key)
            return found
    made = _analyse_original(original, config)
    with _originals_lock:
        _originals[key] = made
        while len(_originals) > _CACHED_ORIGINALS or sum(len(k[0]) for k in _originals) > _CACHED_TOTAL_CHARS:
            _originals.popitem(last=False)
    return made


def _config_key(config: Config) -> str:
    return repr([(f.name, getattr(config, f.name)) for f in fields(config)])


def build_context(original: str, copy: str, config: Config) -> CheckContext:
    """Segment both texts, find the original's body and align the copy with it."""
    side = _original(original, config)
    cseg = segment(copy)
    ctoks = tokenize(copy)
    alignment = align(
        side.seg,
        cseg,
        sentences=side.sentences,
        threshold=config.match_threshold,
        original_tokens=side.tokens,
        copy_tokens=ctoks,
        memo=side.memo,
    )
    return CheckContext(side.seg, cseg, side.body, alignment, config, side.tokens, ctoks, side.memo)


def run_checks(original: str, copy: str, config: Config) -> CheckResult:
    """Run every enabled check of ``copy`` against ``original``."""
    ctx = build_context(original, copy, config)
    structure = check_structure(ctx)
    quote_findings, quotes = check_quotes(ctx)
    entity_findings, entities = check_entities(ctx)
    number_findings, numbers = check_numbers(ctx)
    content = _not_implied(quote_findings + entity_findings + number_findings, structure)
    findings = structure + content + check_meaning(ctx)
    return CheckResult(
        tuple(sort_findings(findings)),
        _coverage(ctx),
        (ctx.body.start, ctx.body.end),
        quotes=quotes,
        entities=entities,
        numbers=numbers,
        layout=layout_of(ctx),
    )


#: Findings that a missing stretch of the original already explains.
_IMPLIED_KINDS = frozenset({"quote-missing", "entity-missing", "number-missing"})


def _not_implied(findings: list[Finding], structure: list[Finding]) -> list[Finding]:
    """Drop what a ``truncated`` or ``paragraph-missing`` finding already says: a quotation, name
    or figure missing because the text that held it is gone is not news to the reader."""
    gone = _merged(
        (f.original.start, f.original.end)
        for f in structure
        if f.kind in ("truncated", "paragraph-missing") and f.original is not None
    )
    if not gone:
        return findings
    starts = [start for start, _ in gone]

    def implied(f: Finding) -> bool:
        if f.kind not in _IMPLIED_KINDS or f.original is None:
            return False
        k = bisect_right(starts, f.original.start) - 1
        return k >= 0 and f.original.end <= gone[k][1]

    return [f for f in findings if not implied(f)]


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
