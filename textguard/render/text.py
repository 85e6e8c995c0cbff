"""Human-readable text renderings of reports, for terminals and CI logs.

The JSON report is for machines; this is what a person reads when a copy fails. It leads with the
verdict, then shows each finding where it is: ``line:column`` in each text and one line of context
from each side, with the span marked ``«like this»``, so an editor can find the place without a tool.

The output is deterministic (snapshot it): the only figure that varies between runs is the elapsed
time on the final ``stats:`` line, and ``timing=False`` leaves it out. ``color=True`` only *adds*
ANSI colour codes; with them stripped the text is identical to ``color=False``.

Lines are counted at ``\\n``, ``\\r\\n`` and lone ``\\r``; columns count characters, both from 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..findings import Finding, Severity, Span
from ..report import Report

__all__ = [
    "locate",
    "render_context",
    "render_findings",
    "render_gate",
    "render_scan_error",
    "render_scan_line",
    "render_summary",
    "render_text",
]

#: About how many characters of context each context line shows.
CONTEXT_WIDTH = 100
#: A span longer than this is shown as its start and end with "…" between.
_SPAN_WIDTH = 60
_ELLIPSIS = "…"
_OPEN, _CLOSE = "«", "»"

_RESET = "\x1b[0m"
_STYLE = {
    "pass": "\x1b[1;32m",
    "fail": "\x1b[1;31m",
    "unjudged": "\x1b[1;35m",
    Severity.ERROR: "\x1b[31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[36m",
    "span": "\x1b[1;4m",
    "dim": "\x1b[2m",
}


def _paint(text: str, style: object, color: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if color and text else text


def render_text(report: Report, *, color: bool = False, timing: bool = True) -> str:
    """The whole report as text: a verdict line, one block per finding, then a ``stats:`` line.

    The result has no trailing newline.
    """
    lines = [_verdict_line(report, color=color)]
    for finding in report.findings:
        lines.append("")
        lines.extend(_finding_block(finding, report, color=color))
    lines.append("")
    lines.append(_stats_line(report, timing=timing))
    return "\n".join(lines)


def render_scan_line(name: str, report: Report, *, color: bool = False, width: int = 0) -> str:
    """One line for a copy in ``textguard scan``: ``FAIL article/copy  2 errors, 1 warning``.

    ``width`` pads the name so that the counts of several lines align.
    """
    counts = report.counts()
    label = _paint(report.verdict.upper(), report.verdict, color)
    tally = f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}"
    return f"{label} {name.ljust(width)}  {tally}"


def render_findings(
    findings: Iterable[Finding], report: Report, *, color: bool = False, indent: int = 0
) -> str:
    """Findings of ``report`` as :func:`render_text` shows them (kind, where, message, both texts),
    each line indented by ``indent`` spaces: what ``scan`` prints under an unexpected result."""
    pad = " " * indent
    blocks = ["\n".join(pad + line for line in _finding_block(f, report, color=color)) for f in findings]
    return "\n".join(blocks)


def render_gate(*, unexpected: list[str], unjudged: int, color: bool = False) -> str:
    """The gate line that ends ``textguard scan``: whether every copy met what ``article.toml``
    records for it (the exit status says the same: 0, 1 or 2).

    >>> render_gate(unexpected=[], unjudged=0)
    'gate: pass (every copy as recorded in article.toml)'
    >>> render_gate(unexpected=["a/x", "b/y"], unjudged=1)
    'gate: fail (2 unexpected: a/x, b/y; 1 unjudged)'
    """
    if not unexpected and not unjudged:
        return f"gate: {_paint('pass', 'pass', color)} (every copy as recorded in article.toml)"
    parts = []
    if unexpected:
        parts.append(f"{len(unexpected)} unexpected: {', '.join(_no_controls(n) for n in unexpected)}")
    if unjudged:
        parts.append(f"{unjudged} unjudged")
    return f"gate: {_paint('fail', 'fail', color)} ({'; '.join(parts)})"


def render_scan_error(name: str, reason: str, *, color: bool = False) -> str:
    """The line for a copy ``textguard scan`` could not judge: ``ERROR article/copy: reason``."""
    return f"{_paint('ERROR', 'unjudged', color)} {_no_controls(name)}: {_no_controls(reason)}"


def render_summary(*, passed: int, failed: int, unjudged: int) -> str:
    """The last line of ``textguard scan``.

    >>> render_summary(passed=1, failed=3, unjudged=0)
    '4 copies: 1 passed, 3 failed, 0 unjudged'
    """
    total = passed + failed + unjudged
    return f"{_plural(total, 'copy', 'copies')}: {passed} passed, {failed} failed, {unjudged} unjudged"


def locate(text: str, offset: int) -> tuple[int, int]:
    """The 1-based ``(line, column)`` of ``offset`` in ``text``; ``\\r\\n`` is one line break.

    >>> locate("ab\\r\\ncd\\ref", 5)
    (2, 2)
    >>> locate("ab\\r\\ncd\\ref", 8)
    (3, 2)
    """
    prefix = text[:offset]
    line = prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1
    start = max(prefix.rfind("\n"), prefix.rfind("\r")) + 1
    return line, offset - start + 1


def render_context(text: str, span: Span, *, width: int = CONTEXT_WIDTH, color: bool = False) -> str:
    """The line of ``text`` holding the start of ``span``, cut to about ``width`` characters around
    the span, with the span marked ``«…»``. Tabs and other control characters show as spaces; a span
    that runs past the end of its line ends in ``…»``.

    >>> text = "First line.\\nHe met Smiht in Leeds.\\n"
    >>> render_context(text, Span.of(text, 19, 24))
    'He met «Smiht» in Leeds.'
    """
    start = min(max(span.start, 0), len(text))
    end = min(max(span.end, start), len(text))
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = min(_find(text, "\n", start), _find(text, "\r", start))
    if start == line_end and end > start:  # a span that starts with its line break
        line_end = min(_find(text, "\n", start + 1), _find(text, "\r", start + 1))
    marked = _clean(text[start : min(end, line_end)])
    if len(marked) > _SPAN_WIDTH:
        half = (_SPAN_WIDTH - 1) // 2
        marked = marked[:half] + _ELLIPSIS + marked[-half:]
    continues = end > line_end
    before = _clean(text[line_start:start])
    after = "" if continues else _clean(text[end:line_end])
    room = max(width - len(marked), 20)
    left = min(len(before), max(room // 2, room - len(after)))
    right = min(len(after), room - left)
    before = (_ELLIPSIS + before[len(before) - left + 1 :]) if left < len(before) else before
    after = (after[: right - 1] + _ELLIPSIS) if right < len(after) else after
    inner = marked + (_ELLIPSIS if continues else "")
    return f"{before}{_OPEN}{_paint(inner, 'span', color)}{_CLOSE}{after}"


def _find(text: str, char: str, start: int) -> int:
    at = text.find(char, start)
    return len(text) if at < 0 else at


def _clean(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)


#: Control characters (C0 but tab, DEL, C1): from a copy they could drive the reader's terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _no_controls(text: str) -> str:
    """``text`` with every control character shown as a space, as the excerpts show them."""
    return _CONTROLS.sub(" ", text)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _verdict_line(report: Report, *, color: bool) -> str:
    counts = report.counts()
    copy = report.copy.path or "copy"
    original = report.original.path or "original"
    tally = (
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, {counts['info']} info"
    )
    return f"{_paint(report.verdict.upper(), report.verdict, color)} {copy} against {original}: {tally}"


def _finding_block(finding: Finding, report: Report, *, color: bool) -> list[str]:
    sides = [
        (label, span, text)
        for label, span, text in (
            ("copy", finding.copy, report.copy_text),
            ("original", finding.original, report.original_text),
        )
        if span is not None
    ]
    where = " / ".join("{} {}:{}".format(label, *locate(text, span.start)) for label, span, text in sides)
    severity = _paint(finding.severity.value, finding.severity, color)
    pad = " " * (7 - len(finding.severity.value))
    head = f"{severity}{pad}  {finding.kind}" + (f"  {where}" if where else "")
    lines = [head]
    lines.extend(f"    {_no_controls(line)}" for line in (finding.message.splitlines() or [""]))
    for label, span, text in sides:
        bar = _paint("│", "dim", color)
        lines.append(f"    {label:<8} {bar} {render_context(text, span, color=color)}")
    return lines


def _stats_line(report: Report, *, timing: bool) -> str:
    stats = report.stats
    percent = round(stats.coverage * 100)
    if percent == 100 and stats.coverage < 1:
        percent = 99  # never claim full coverage that is not
    parts = [
        f"coverage {percent}%",
        _plural(stats.quotes, "quote"),
        _plural(stats.entities, "entity", "entities"),
        _plural(stats.numbers, "number"),
    ]
    if timing:
        parts.append(f"{stats.elapsed_ms:.1f} ms")
    return "stats: " + ", ".join(parts)
