"""Assertions for tests of a republishing pipeline: ``assert_passes(original, copy)`` and friends.

Each runs :func:`textguard.check` and raises :class:`AssertionError` listing the findings of its
kinds, each with its place and text in both versions and, where a wording changed, a word diff.
They set ``__tracebackhide__`` so pytest points at the caller's line, not at textguard's.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..api import check
from ..config import Config
from ..findings import Finding, Severity, Span, excerpt
from ..report import Report
from ..text.diff import format_word_diff

__all__ = [
    "assert_entities_unchanged",
    "assert_no_stray_footer",
    "assert_numbers_preserved",
    "assert_passes",
    "assert_quotes_preserved",
    "format_findings",
]

_QUOTES = ("quote-missing", "quote-altered")
_ENTITIES = ("entity-missing", "entity-altered")
_NUMBERS = ("number-missing", "number-altered")
_FURNITURE = ("stray-header", "stray-footer", "inline-credit")


def assert_passes(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Assert that ``copy`` passes as a republication of ``original``; return the report."""
    __tracebackhide__ = True
    report = check(original, copy, config=config)
    if report.verdict != "pass":
        failing = [f for f in report.findings if f.severity.rank >= report.fail_on.rank]
        raise AssertionError(_message("the copy fails", report, failing))
    return report


def assert_quotes_preserved(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Assert that every quotation of ``original`` is in ``copy``, word for word."""
    __tracebackhide__ = True
    return _assert_none(original, copy, _QUOTES, "quotations were not preserved", config)


def assert_entities_unchanged(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Assert that every named entity of ``original`` appears in ``copy`` as written."""
    __tracebackhide__ = True
    return _assert_none(original, copy, _ENTITIES, "named entities changed", config)


def assert_numbers_preserved(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Assert that every figure of ``original`` appears in ``copy`` with its value."""
    __tracebackhide__ = True
    return _assert_none(original, copy, _NUMBERS, "figures changed", config)


def assert_no_stray_footer(original: str, copy: str, *, config: Config | None = None) -> Report:
    """Assert that ``copy`` picked up no page furniture: no stray header, footer or glued credit
    (at warning or above; an added headline is fine)."""
    __tracebackhide__ = True
    return _assert_none(original, copy, _FURNITURE, "page furniture in the copy", config, Severity.WARNING)


def _assert_none(
    original: str,
    copy: str,
    kinds: tuple[str, ...],
    title: str,
    config: Config | None,
    at_least: Severity = Severity.INFO,
) -> Report:
    __tracebackhide__ = True
    report = check(original, copy, config=config)
    found = [f for f in report.findings if f.kind in kinds and f.severity.rank >= at_least.rank]
    if found:
        raise AssertionError(_message(title, report, found))
    return report


def _message(title: str, report: Report, findings: list[Finding]) -> str:
    n = len(findings)
    return f"{title}: {n} finding{'s' if n != 1 else ''}\n" + format_findings(findings, report)


def format_findings(findings: Iterable[Finding], report: Report) -> str:
    """Findings as an indented list a person can act on: kind, severity, where, both texts, diff.

    Stays readable for many findings: one block of at most four lines each.
    """
    blocks = []
    for f in findings:
        lines = [f"  {f.severity.value} {f.kind}: {f.message}"]
        if f.original is not None:
            lines.append(f"    original {_where(report.original_text, f.original)}: {_show(f.original.text)}")
        if f.copy is not None:
            lines.append(f"    copy     {_where(report.copy_text, f.copy)}: {_show(f.copy.text)}")
        if f.original is not None and f.copy is not None and f.kind.endswith("-altered"):
            lines.append(f"    diff     {format_word_diff(f.original.text, f.copy.text)}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _where(text: str, span: Span) -> str:
    line = text.count("\n", 0, span.start) + 1
    column = span.start - (text.rfind("\n", 0, span.start) + 1) + 1
    return f"{line}:{column}"


def _show(text: str, limit: int = 160) -> str:
    return repr(excerpt(text, limit))
