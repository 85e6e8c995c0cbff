"""Date check: every date and time of the original body keeps its value in the copy.

Dates are compared by their fields (:mod:`textguard.extract.dates`), so "Tue" and "Tuesday",
"14 June" and "June 14", "9.30pm" and "21:30" are the same. Each body sentence that the copy
kept is compared with its counterpart, the way :mod:`textguard.checks.numbers` compares figures:

1. a date pairs with a date of the counterpart that says at least as much ("14 June 2025" for
   "14 June"), read leniently: a bare "May" or "2025" of the copy may stand for the original's
   "in May" or "in 2025"; once every sentence has taken its own, a date left over may pair
   with a date the copy left over one sentence away, since copies split and merge
   sentences (a copy sentence shared by two original ones may serve both);
2. a date left over pairs with a left-over copy date of the same kind (weekday, calendar date,
   year, clock time, relative day): ``date-altered``, with the copy's span. A copy date read
   only leniently counts when it stands where the original's stood (the same word before or
   after it: "November marked" as "August marked");
3. a relative day written as a weekday or a date ("yesterday" as "on Monday") may be right, but
   only the publication date tells: ``date-altered`` as a warning;
4. a date still left over is ``date-missing``.

Sentences the copy lost altogether are left to the structural checks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..engine.context import CheckContext
from ..extract.dates import DateMention, extract_dates
from ..findings import Finding, Severity
from ..registry import Check, Kind

__all__ = ["CHECK", "check_dates"]

#: Kinds that may stand for each other once rewritten, though no rule can tell whether rightly.
_RELATIVE_PARTNERS = frozenset({"relative", "weekday", "date"})


def check_dates(ctx: CheckContext) -> list[Finding]:
    """Every date finding of the copy."""
    otext, ctext = ctx.original.text, ctx.copy.text
    copy_dates = extract_dates(ctext, loose=True)
    starts = [d.start for d in copy_dates]

    def within(span: tuple[int, int] | None) -> list[int]:
        if span is None:
            return []
        return list(range(bisect_left(starts, span[0]), bisect_right(starts, span[1] - 1)))

    by_sentence: dict[int, list[DateMention]] = {}
    for d in ctx.analysis.dates:
        i = ctx.original.sentence_at(d.start)
        if i is not None and i in ctx.alignment.matches:
            by_sentence.setdefault(i, []).append(d)

    # First every sentence takes the copy dates of its own counterpart, so that a date of the
    # next sentence does not stand in for one that changed here.
    taken: dict[int, int] = {}  # copy date -> the original sentence that took it
    pending: list[tuple[int, list[int], list[DateMention]]] = []
    for i, group in sorted(by_sentence.items()):
        s = ctx.original.sentences[i]
        near = within(ctx.counterpart(s.start, s.end))
        left: list[DateMention] = []
        for d in group:
            j = next((j for j in near if j not in taken and copy_dates[j].covers(d)), None)
            if j is None:
                left.append(d)
            else:
                taken[j] = i
        if left:
            pending.append((i, near, left))

    findings: list[Finding | None] = []
    for i, near, left in pending:
        s = ctx.original.sentences[i]
        # A copy sentence that stands for two original ones (merged, or a repeated line) may
        # serve both; a neighbouring copy sentence lends only the dates its own sentence left.
        near_set = set(near)
        wide = [
            j
            for j in within(ctx.counterpart(s.start, s.end, context=1))
            if j not in taken or (j in near_set and taken[j] != i)
        ]
        for d in left:
            j = next((j for j in wide if copy_dates[j].covers(d)), None)
            if j is not None:
                taken.setdefault(j, i)
                continue
            if _written_across_lines(otext[d.start : d.end], ctext, ctx.counterpart(s.start, s.end, context=1)):
                continue  # the same words, a line break (a blank line) between them: layout only
            free = [j for j in near if j not in taken]
            candidates = [j for j in free if not copy_dates[j].loose or _same_place(otext, d, ctext, copy_dates[j])]
            finding, used = _judge(ctx, d, candidates, copy_dates)
            if used is not None:
                taken[used] = i
            findings.append(finding)
    return [f for f in findings if f is not None]


_WORD = re.compile(r"[^\W\d_]+")


def _written_across_lines(date: str, ctext: str, span: tuple[int, int] | None) -> bool:
    """Whether the words of ``date`` stand in the copy span, in a row, with a line break among the
    whitespace that separates them (a blank line a re-wrap put between "this" and "week"): dates
    are read within a paragraph, but a copy's paragraph breaks may be layout. On one line they
    would have been read as a date of the copy: there they are another date's words ("January
    2026" in the next sentence's "21 January 2026"), not this one's."""
    words = date.split()
    if span is None or len(words) < 2:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"  # "this week", not "this weekend"
    found = re.compile(pattern, re.IGNORECASE).finditer(ctext, span[0], span[1])
    return any(len(m.group().splitlines()) > 1 for m in found)  # str.splitlines: every line break


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    before = _WORD.findall(text, max(0, start - 30), start)
    after = _WORD.findall(text, end, min(len(text), end + 30))
    return (before[-1].casefold() if before else "", after[0].casefold() if after else "")


def _same_place(otext: str, d: DateMention, ctext: str, c: DateMention) -> bool:
    """Whether a copy date read only leniently ("August marked ...") stands where the original's
    date stood: the same word right before it or right after it."""
    mine, theirs = _neighbours(otext, d.start, d.end), _neighbours(ctext, c.start, c.end)
    return any(a and a == b for a, b in zip(mine, theirs))


def _judge(
    ctx: CheckContext, d: DateMention, candidates: list[int], copy_dates: list[DateMention]
) -> tuple[Finding | None, int | None]:
    """``date-altered`` against the first candidate copy date of the same kind (or a relative
    day's partner), else ``date-missing``; and the copy date it took."""
    original = ctx.original_span(d.start, d.end)
    same = next((j for j in candidates if copy_dates[j].kind == d.kind), None)
    severity = Severity.ERROR
    if same is None and d.kind in _RELATIVE_PARTNERS:
        partners = _RELATIVE_PARTNERS if d.kind == "relative" else {"relative"}
        same = next((j for j in candidates if copy_dates[j].kind in partners), None)
        severity = Severity.WARNING
    if same is None:
        message = f"date '{d.text}' ({d.shown}) is missing from the copy"
        return ctx.finding("date-missing", Severity.ERROR, message, original=original), None
    c = copy_dates[same]
    message = f"date '{d.text}' ({d.shown}) appears as '{c.text}' ({c.shown})"
    if severity is Severity.WARNING:
        message += ": a relative day written another way, check it against the publication date"
    finding = ctx.finding("date-altered", severity, message, original=original, copy=ctx.copy_span(c.start, c.end))
    return finding, same


CHECK = Check(
    "dates",
    kinds=(
        Kind(
            "date-missing",
            Severity.ERROR,
            ("#ffa94d", "#d9480f"),
            'a date or time of the original (weekday, month, full date, year, clock time, "yesterday") is absent',
            implied_by_gaps=True,
        ),
        Kind(
            "date-altered",
            Severity.ERROR,
            ("#ffd43b", "#e67700"),
            'it appears as another date or time ("on Tuesday" as "on Monday", "14 June" as "15 June")',
        ),
    ),
    run=check_dates,
)
