"""Self-contained HTML reports: the original and the copy side by side, every finding marked.

When a copy fails the gate an editor has to see why in seconds, and JSON is not that. A page
leads with the verdict, then shows the original body and the copy in two columns, paragraph next
to paragraph (:mod:`textguard.render.side_by_side`), with every finding highlighted on both sides in its
kind's colour and numbered, and the list of findings beside them linking to each place. Stray
headers, footers and credits are labelled on the copy side; a paragraph missing from the copy is
a gap on the copy side, one the copy added a gap on the original side.

The page is one file that works offline and without JavaScript: inline CSS, no script, no font,
image or link fetched, and a Content Security Policy that forbids all of them in case anything
slipped through. All text from the articles (and from file names and messages) is escaped, so an
article containing ``<script>`` or ``</textarea>`` shows it as text. Carriage returns are kept as
character references, so the text of every highlight in the page's DOM is exactly the span of its
finding within that paragraph.

Rendering is pure (``Report`` in, ``str`` out); writing files is the command line's business.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from heapq import heapify, heappop, heappush
from urllib.parse import quote

from .._version import __version__
from ..errors import UsageError
from ..findings import Finding, Span, excerpt
from ..layout import Layout, Stretch
from ..registry import kind, kind_names
from ..report import Report
from .html_style import kind_class, stylesheet
from .side_by_side import ParagraphPairing, Row, pair_paragraphs
from .text import locate, render_summary

__all__ = ["IndexEntry", "render_html", "render_index"]

#: Kinds that are page furniture in the copy, labelled on its paragraphs.
_FURNITURE = {"stray-header": "stray header", "stray-footer": "stray footer", "inline-credit": "photo credit"}


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """A line of the index of a scan: a copy, its page (``None`` when it has none) and its report,
    or the reason it could not be judged."""

    article: str
    copy: str | None
    page: str | None = None
    report: Report | None = None
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.article}/{self.copy}" if self.copy is not None else self.article


def render_html(report: Report, *, index: str | None = None) -> str:
    """The report as one self-contained HTML page.

    The page lays the texts out from the report's :attr:`~textguard.report.Report.layout` (the
    paragraphs and the alignment the check made), so it needs a report made by
    :func:`textguard.check` or :func:`textguard.check_files`. ``index`` is the address of an index
    page to link back to (see :func:`render_index`).
    """
    layout = report.layout
    if layout is None:
        raise UsageError("this report carries no layout to show: make it with textguard.check()")
    findings = report.findings
    # A gap finding (truncated, paragraph-missing) points at where text is missing, not at its
    # counterpart: it must not pull a lost paragraph into the row of a kept one.
    links = [
        (f.original.start, f.copy.start) for f in findings if f.original and f.copy and not _marks_gap(f)
    ]
    pairing = pair_paragraphs(layout, links=links)
    copy_name = report.copy.path or "copy"
    original_name = report.original.path or "original"
    parts = [
        _head(f"{report.verdict.upper()} {copy_name}"),
        _banner(report, copy_name, original_name, index=index),
        _legend(findings),
        '<div class="layout"><main>',
        _table(report, layout, pairing, original_name, copy_name),
        "</main>",
        _finding_list(report),
        "</div>",
        _foot(),
    ]
    return "".join(parts)


def render_index(entries: Sequence[IndexEntry], *, title: str = "textguard scan") -> str:
    """An index page for a scan: the summary on top, then one line per copy with its verdict, its
    counts by severity and by kind, and a link to its page."""
    passed = sum(1 for e in entries if e.report is not None and e.report.passed)
    failed = sum(1 for e in entries if e.report is not None and not e.report.passed)
    unjudged = len(entries) - passed - failed
    verdict = "pass" if not failed and not unjudged else "fail"
    rows = []
    for e in entries:
        name = _esc(e.name)
        if e.page is not None:
            name = f'<a href="{_esc(quote(e.page))}">{name}</a>'
        if e.report is None:
            rows.append(
                f'<tr class="unjudged"><td><span class="pill unjudged">ERROR</span></td><td>{name}</td>'
                f'<td colspan="4" class="reason">{_esc(e.error or "could not be judged")}</td></tr>'
            )
            continue
        counts = e.report.counts()
        kinds = Counter(f.kind for f in e.report.findings)
        chips = " ".join(
            f'<span class="chip {kind_class(k)}">{_esc(k)} <b>{kinds[k]}</b></span>'
            for k in _ordered_kinds(kinds)
        )
        rows.append(
            f'<tr class="{e.report.verdict}"><td><span class="pill {e.report.verdict}">'
            f"{e.report.verdict.upper()}</span></td><td>{name}</td>"
            f'<td class="num">{counts["error"]}</td><td class="num">{counts["warning"]}</td>'
            f'<td class="num">{counts["info"]}</td><td class="kinds">{chips}</td></tr>'
        )
    summary = render_summary(passed=passed, failed=failed, unjudged=unjudged)
    return "".join(
        [
            _head(title),
            f'<header class="banner {verdict}"><h1><span class="verdict">{verdict.upper()}</span> '
            f'{_esc(title)}</h1><p class="summary">{_esc(summary)}</p></header>',
            '<main class="index"><table class="copies"><thead><tr><th>verdict</th><th>copy</th>'
            '<th class="num">errors</th><th class="num">warnings</th><th class="num">info</th>'
            "<th>findings by kind</th></tr></thead><tbody>",
            *rows,
            "</tbody></table></main>",
            _foot(),
        ]
    )


# --- page parts ---------------------------------------------------------------------------------


def _head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="textguard {_esc(__version__)}">'
        f"<title>{_esc(title)} - textguard</title><style>{stylesheet()}</style></head><body>"
    )


def _foot() -> str:
    return f'<footer class="foot">textguard {_esc(__version__)}</footer></body></html>\n'


def _banner(report: Report, copy_name: str, original_name: str, *, index: str | None) -> str:
    counts = report.counts()
    stats = report.stats
    percent = round(stats.coverage * 100)
    if percent == 100 and stats.coverage < 1:
        percent = 99
    tally = "".join(
        f'<span class="count {sev}">{_plural(counts[sev], sev)}</span>'
        for sev in ("error", "warning", "info")
    )
    back = f'<a class="back" href="{_esc(quote(index))}">all copies</a>' if index else ""
    return (
        f'<header class="banner {report.verdict}">{back}'
        f'<h1><span class="verdict">{report.verdict.upper()}</span> {_esc(copy_name)}</h1>'
        f'<p class="against">checked against {_esc(original_name)}</p>'
        f'<p class="tally">{tally}<span class="stats">fails on {_esc(report.fail_on.value)} · '
        f"coverage {percent}% · {_plural(stats.quotes, 'quote')} · "
        f"{_plural(stats.entities, 'entity', 'entities')} · {_plural(stats.numbers, 'number')}"
        "</span></p></header>"
    )


def _legend(findings: Sequence[Finding]) -> str:
    kinds = Counter(f.kind for f in findings)
    if not kinds:
        return '<nav class="legend"><span class="none">No findings.</span></nav>'
    keys = "".join(
        f'<li class="{kind_class(k)}"><span class="swatch"></span>{_esc(k)} <b>{kinds[k]}</b></li>'
        for k in _ordered_kinds(kinds)
    )
    return f'<nav class="legend"><ul>{keys}</ul></nav>'


def _finding_list(report: Report) -> str:
    items = []
    for n, f in enumerate(report.findings, 1):
        where = []
        for side, label in (("copy", "copy"), ("orig", "original")):
            span = f.copy if side == "copy" else f.original
            if span is not None:
                text = report.copy_text if side == "copy" else report.original_text
                line, column = locate(text, span.start)
                where.append(f'<a href="#f{n}-{side}">{label} {line}:{column}</a>')
        items.append(
            f'<li id="f{n}" class="finding {kind_class(f.kind)} sev-{f.severity.value}">'
            f'<div class="what"><span class="n">{n}</span><span class="sev">{f.severity.value}</span>'
            f'<span class="kind">{_esc(f.kind)}</span></div>'
            f'<div class="msg">{_message(f.message)}</div><div class="where">{" ".join(where)}</div></li>'
        )
    title = _plural(len(report.findings), "finding")
    body = f"<ol>{''.join(items)}</ol>" if items else '<p class="none">Nothing to report.</p>'
    return f'<aside class="findings"><h2>{title}</h2>{body}</aside>'


_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def _message(message: str) -> str:
    """A finding's message, its word diff (``[-old-] {+new+}``) shown as deletions and insertions."""
    out = []
    pos = 0
    for m in _DIFF.finditer(message):
        out.append(_esc(message[pos : m.start()]))
        if m.group(1) is not None:
            out.append(f"<del>{_esc(m.group(1))}</del>")
        else:
            out.append(f"<ins>{_esc(m.group(2))}</ins>")
        pos = m.end()
    out.append(_esc(message[pos:]))
    return "".join(out)


# --- the two columns ----------------------------------------------------------------------------


def _table(
    report: Report, layout: Layout, pairing: ParagraphPairing, original_name: str, copy_name: str
) -> str:
    marks = {
        "orig": _SideMarks(report.original_text, layout.original_paragraphs, report.findings, "orig"),
        "copy": _SideMarks(report.copy_text, layout.copy_paragraphs, report.findings, "copy"),
    }
    rows = [
        '<table class="sbs"><colgroup><col><col></colgroup><thead><tr>'
        f'<th>Original <span class="path">{_esc(original_name)}</span></th>'
        f'<th>Copy <span class="path">{_esc(copy_name)}</span></th></tr></thead><tbody>'
    ]
    # Where the copy stops: the first body paragraph of the original after the copy's last row.
    last_copy_row = max((n for n, row in enumerate(pairing.rows) if row.copy), default=-1)
    cut = next(
        (
            n
            for n, row in enumerate(pairing.rows)
            if n > last_copy_row and row.original and layout.in_body(row.original[0])
        ),
        None,
    )
    for n, row in enumerate(pairing.rows):
        rows.append(_row(row, layout, pairing, marks, cut=n == cut))
    rows.append("</tbody></table>")
    return "".join(rows)


def _row(
    row: Row, layout: Layout, pairing: ParagraphPairing, marks: dict[str, _SideMarks], *, cut: bool = False
) -> str:
    if row.original and row.copy:
        kind = "pair"
    elif row.original:
        kind = "chrome" if not layout.in_body(row.original[0]) else "missing"
    else:
        kind = "added"
    if row.original:
        left = "".join(_original_paragraph(i, layout, marks["orig"]) for i in row.original)
        left = f'<td class="orig">{left}</td>'
    else:
        (j,) = row.copy
        moved = pairing.copy_links.get(j)
        if moved:
            note = f"moved here from {_paragraph_links('o', moved, marks['orig'])}"
        else:
            note = "not in the original"
        left = f'<td class="gap added">{note}</td>'
    if row.copy:
        right = "".join(_copy_paragraph(j, marks["copy"]) for j in row.copy)
        right = f'<td class="copy">{right}</td>'
    else:
        (i,) = row.original
        moved = pairing.original_links.get(i)
        if kind == "chrome":
            note = "the original's page furniture: not expected in the copy"
        elif moved and not cut:
            note = f"moved: see {_paragraph_links('c', moved, marks['copy'])}"
        else:
            note = "missing from the copy"
        if cut:
            note = '<span class="cut">✂ the copy stops here:</span> ' + note
        right = f'<td class="gap {kind}">{note}</td>'
    classes = f"{kind} cut" if cut else kind
    return f'<tr class="{classes}">{left}{right}</tr>'


def _paragraph_links(prefix: str, paragraphs: Iterable[int], marks: _SideMarks) -> str:
    label = "original" if marks.side == "orig" else "copy"
    return ", ".join(f'<a href="#{prefix}-p{k + 1}">{label} line {marks.line(k)}</a>' for k in paragraphs)


def _marks_gap(finding: Finding) -> bool:
    """Whether ``finding`` reports text missing from the copy (its copy span marks the place)."""
    declared = kind(finding.kind)
    return declared is not None and declared.marks_gap


def _original_paragraph(i: int, layout: Layout, marks: _SideMarks) -> str:
    chrome = not layout.in_body(i)
    badge = '<span class="badge chrome">page furniture, not part of the body</span>' if chrome else ""
    cls = "para chrome" if chrome else "para"
    return f'<div id="o-p{i + 1}" class="{cls}" data-n="{marks.line(i)}">{badge}<p dir="auto">{marks.render(i)}</p></div>'


def _copy_paragraph(j: int, marks: _SideMarks) -> str:
    labels = sorted({_FURNITURE[kind] for kind in marks.kinds_in(j) if kind in _FURNITURE})
    badges = "".join(f'<span class="badge furniture">{_esc(label)}</span>' for label in labels)
    cls = "para furniture" if labels else "para"
    return f'<div id="c-p{j + 1}" class="{cls}" data-n="{marks.line(j)}">{badges}<p dir="auto">{marks.render(j)}</p></div>'


class _SideMarks:
    """The highlights of one side, cut at paragraph ends and nested where findings overlap."""

    def __init__(self, text: str, paragraphs: Sequence[Stretch], findings: Sequence[Finding], side: str):
        self.text = text
        self.paragraphs = paragraphs
        self.findings = findings
        self.side = side
        self.pieces: dict[int, list[tuple[int, int, int]]] = {}  # paragraph -> (start, end, finding)
        self.first: dict[int, tuple[int, int]] = {}  # finding -> (paragraph, start) of its anchor
        ends = [p.end for p in paragraphs]
        for n, f in enumerate(findings, 1):
            span = f.copy if side == "copy" else f.original
            if span is None or not paragraphs:
                continue
            if side == "copy" and _marks_gap(f):  # the place text went missing, not a defect: a point
                span = Span(span.end, span.end, "")
            k = min(bisect_right(ends, span.start), len(paragraphs) - 1)  # the first ending after it
            while k < len(paragraphs) and paragraphs[k].start < span.end:
                start, end = max(span.start, paragraphs[k].start), min(span.end, paragraphs[k].end)
                if start < end:
                    self.pieces.setdefault(k, []).append((start, end, n))
                    self.first.setdefault(n, (k, start))
                k += 1
            if n not in self.first:  # an empty span, or one between paragraphs: a point where it starts
                k = min(bisect_right(ends, span.start), len(paragraphs) - 1)
                at = min(max(span.start, paragraphs[k].start), paragraphs[k].end)
                self.pieces.setdefault(k, []).append((at, at, n))
                self.first[n] = (k, at)

    def line(self, index: int) -> int:
        """The line of the file where paragraph ``index`` starts: paragraphs are numbered as the
        findings' ``line:column`` places are, one numbering scheme on the page."""
        return locate(self.text, self.paragraphs[index].start)[0]

    def kinds_in(self, index: int) -> set[str]:
        """The kinds of the findings highlighted in paragraph ``index``."""
        return {self.findings[n - 1].kind for _, _, n in self.pieces.get(index, [])}

    def render(self, index: int) -> str:
        """Paragraph ``index`` as HTML: escaped text with ``<mark>`` highlights and anchors."""
        p = self.paragraphs[index]
        pieces = self.pieces.get(index, [])
        points = [(s, 0, 0, n) for s, e, n in pieces if s == e]
        spans = [(s, 1, -e, n) for s, e, n in _nest([(s, e, n) for s, e, n in pieces if s < e])]
        out: list[str] = []
        pos = p.start
        open_ends: list[int] = []
        for start, is_span, negative_end, n in sorted(points + spans):
            while open_ends and open_ends[-1] <= start:
                end = open_ends.pop()
                out.append(_esc(self.text[pos:end]) + "</mark>")
                pos = end
            out.append(_esc(self.text[pos:start]))
            pos = start
            if self.first[n] == (index, start):  # the finding's first piece on this side
                out.append(self._anchor(n))
            out.append(self._open(n, point=not is_span))
            if is_span:
                open_ends.append(-negative_end)
            else:
                out.append("</mark>")
        while open_ends:
            end = open_ends.pop()
            out.append(_esc(self.text[pos:end]) + "</mark>")
            pos = end
        out.append(_esc(self.text[pos : p.end]))
        return "".join(out)

    def _anchor(self, n: int) -> str:
        kind = self.findings[n - 1].kind
        return (
            f'<a class="ref {kind_class(kind)}" id="f{n}-{self.side}" href="#f{n}" data-n="{n}" '
            f'aria-label="finding {n}"></a>'
        )

    def _open(self, n: int, *, point: bool) -> str:
        f = self.findings[n - 1]
        title = f"{n}. {f.kind} ({f.severity.value}): {excerpt(f.message, 200)}"
        classes = f"{kind_class(f.kind)} sev-{f.severity.value}" + (" point" if point else "")
        return f'<mark class="{classes}" data-f="f{n}" title="{_esc(title)}">'


def _nest(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Cut overlapping spans so that any two are nested or apart, sorted by start, longest first.

    >>> _nest([(0, 10, 1), (5, 15, 2), (6, 8, 3)])
    [(0, 10, 1), (5, 10, 2), (6, 8, 3), (10, 15, 2)]
    """
    heap = [(s, -e, n) for s, e, n in spans]
    heapify(heap)
    out: list[tuple[int, int, int]] = []
    open_ends: list[int] = []
    while heap:
        start, negative_end, n = heappop(heap)
        end = -negative_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and open_ends[-1] < end:  # crosses the end of the innermost open span
            heappush(heap, (open_ends[-1], negative_end, n))
            end = open_ends[-1]
        out.append((start, end, n))
        open_ends.append(end)
    return out


# --- helpers ------------------------------------------------------------------------------------

_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def _esc(text: str) -> str:
    """``text`` escaped for HTML text and attribute values. Carriage returns become references, so
    the parser keeps them (it would turn ``\\r\\n`` into ``\\n``); NUL and lone surrogates, which
    HTML cannot carry, become U+FFFD, one character for one.

    >>> _esc('<script>alert("x")</script>\\r\\n&')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#13;\\n&amp;'
    """
    return html.escape(_UNSAFE.sub("\ufffd", text), quote=True).replace("\r", "&#13;")


def _ordered_kinds(kinds: Iterable[str]) -> list[str]:
    """The kinds in the vocabulary's order, any unknown ones after them by name."""
    known = {k: i for i, k in enumerate(kind_names())}
    return sorted(set(kinds), key=lambda k: (known.get(k, len(known)), k))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``n`` and ``word``, in the plural unless ``n`` is 1 ("info" has no plural)."""
    return f"{n} {word if n == 1 or word == 'info' else plural or word + 's'}"
