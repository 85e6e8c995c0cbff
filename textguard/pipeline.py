"""The order in which a check runs: segment, find the original's body, align, then each check."""

from __future__ import annotations

from dataclasses import dataclass

from .align import align, tokenize
from .body import find_body
from .checks import check_structure
from .checks.entities import check_entities
from .checks.meaning import check_meaning
from .checks.numbers import check_numbers
from .checks.quotes import check_quotes
from .config import Config
from .context import CheckContext
from .findings import Finding, sort_findings
from .segment import segment

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


def build_context(original: str, copy: str, config: Config) -> CheckContext:
    """Segment both texts, find the original's body and align the copy with it."""
    oseg = segment(original)
    cseg = segment(copy)
    body = find_body(
        oseg,
        starts_with=config.body_starts_with,
        ends_with=config.body_ends_with,
        extra_patterns=config.footer_regexes,
    )
    members = set(body.paragraphs)
    sentences = [s.index for s in oseg.sentences if s.paragraph in members]
    otoks = tokenize(original)
    ctoks = tokenize(copy)
    alignment = align(
        oseg,
        cseg,
        sentences=sentences,
        threshold=config.match_threshold,
        original_tokens=otoks,
        copy_tokens=ctoks,
    )
    return CheckContext(oseg, cseg, body, alignment, config, otoks, ctoks)


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
    )


#: Findings that a missing stretch of the original already explains.
_IMPLIED_KINDS = frozenset({"quote-missing", "entity-missing", "number-missing"})


def _not_implied(findings: list[Finding], structure: list[Finding]) -> list[Finding]:
    """Drop what a ``truncated`` or ``paragraph-missing`` finding already says: a quotation, name
    or figure missing because the text that held it is gone is not news to the reader."""
    gone = [
        (f.original.start, f.original.end)
        for f in structure
        if f.kind in ("truncated", "paragraph-missing") and f.original is not None
    ]
    if not gone:
        return findings
    return [
        f
        for f in findings
        if not (
            f.kind in _IMPLIED_KINDS
            and f.original is not None
            and any(start <= f.original.start and f.original.end <= end for start, end in gone)
        )
    ]


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
