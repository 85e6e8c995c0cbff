"""Date check: every date and time of the original body keeps its value in the copy.

Dates are compared by their fields (:mod:`textguard.extract.dates`), so "Tue" and "Tuesday",
"14 June" and "June 14", "9.30pm" and "21:30" are the same. Each body sentence that the copy
kept is compared with its counterpart, the way :mod:`textguard.checks.numbers` compares figures:

1. a date pairs with a date of the counterpart that says at least as much ("14 June 2025" for
   "14 June"), read leniently: a bare "May" or "2025" of the copy may stand for the original's
   "in May" or "in 2025"; then with one copy sentence more on each side, since copies split and
   merge sentences;
2. a date left over pairs with a left-over copy date of the same kind (weekday, calendar date,
   year, clock time, relative day), read strictly: ``date-altered``, with the copy's span;
3. a relative day written as a weekday or a date ("yesterday" as "on Monday") may be right, but
   only the publication date tells: ``date-altered`` as a warning;
4. a date still left over is ``date-missing``.

Sentences the copy lost altogether are left to the structural checks.
"""

from __future__ import annotations

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
    copy_dates = extract_dates(ctx.copy.text, loose=True)
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

    findings: list[Finding | None] = []
    for i, group in sorted(by_sentence.items()):
        s = ctx.original.sentences[i]
        near = within(ctx.counterpart(s.start, s.end))
        wide = within(ctx.counterpart(s.start, s.end, context=1))
        free = list(near)
        left: list[DateMention] = []
        for d in group:
            j = next((j for j in free if copy_dates[j].covers(d)), None)
            if j is None:
                left.append(d)
            else:
                free.remove(j)
        near_set = set(near)
        still = [d for d in left if not any(copy_dates[j].covers(d) for j in wide if j not in near_set)]
        for d in still:
            findings.append(_judge(ctx, d, [j for j in free if not copy_dates[j].loose], copy_dates, free))
    return [f for f in findings if f is not None]


def _judge(
    ctx: CheckContext, d: DateMention, strict: list[int], copy_dates: list[DateMention], free: list[int]
) -> Finding | None:
    """``date-altered`` against the first free copy date of the same kind (or a relative day's
    partner), else ``date-missing``; the copy date taken is removed from ``free``."""
    original = ctx.original_span(d.start, d.end)
    same = next((j for j in strict if copy_dates[j].kind == d.kind), None)
    severity = Severity.ERROR
    if same is None and d.kind in _RELATIVE_PARTNERS:
        partners = _RELATIVE_PARTNERS if d.kind == "relative" else {"relative"}
        same = next((j for j in strict if copy_dates[j].kind in partners), None)
        severity = Severity.WARNING
    if same is None:
        message = f"date '{d.text}' ({d.shown}) is missing from the copy"
        return ctx.finding("date-missing", Severity.ERROR, message, original=original)
    free.remove(same)
    c = copy_dates[same]
    message = f"date '{d.text}' ({d.shown}) appears as '{c.text}' ({c.shown})"
    if severity is Severity.WARNING:
        message += ": a relative day written another way, check it against the publication date"
    return ctx.finding("date-altered", severity, message, original=original, copy=ctx.copy_span(c.start, c.end))


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
