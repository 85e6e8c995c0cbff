"""Figure check: every figure of the original body keeps its value in the copy.

Figures are compared by value (:mod:`textguard.extract.numbers`), so "12" for "twelve", "30 -day"
for "30-day" and "four and a half" for "four-and-a-half" are the same figure. Each body
sentence that the copy kept is compared with its counterpart:

1. the figures of the sentence and of its counterpart are aligned in order, so that equal values
   pair up and a figure of the same sort at the same place is a changed one ("40 beds and 40
   nurses" as "45 beds and 40 nurses": the first, even when "40" is also in the next sentence);
2. figures of equal value pair up (the counterpart first, then one copy sentence more on each
   side, since copies split and merge sentences); in the copy, "one" and a bare "first" count
   too, since they may stand for the original's "1" and "1st";
3. a figure left over pairs with a left-over copy figure of the same sort (money in the same
   currency, a percentage, a year, a time, an ordinal, or a count or day of the month), preferring
   one with the same word after it ("years", "hectares"): ``number-altered``, with the copy's
   figure and span;
4. a figure still left over is ``number-missing``.

A missing small number written in words is often a rewording rather than a lost fact, so it is a
warning; other missing figures are errors. In a definite noun phrase ("the two ministers") the
count only points back at people or things the reader already knows: when the copy's counterpart
keeps the phrase without it ("the ministers") or names as many of them ("Lindqvist and Moreau"),
nothing is lost and nothing is reported. Sentences the copy lost altogether are left to the
structural checks.

Clock times and the figures inside a date ("14 June 2025", "14/06/2025", "in 1987") belong to
:mod:`textguard.checks.dates`, which reads them with their month and weekday: this check leaves
them out on both sides, so that one changed date gives one finding.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict, deque
from dataclasses import dataclass
from difflib import SequenceMatcher
from fractions import Fraction
from itertools import islice

from ..engine.context import CheckContext
from ..extract.dates import DateMention, extract_dates
from ..extract.numbers import Figure
from ..findings import Finding, Severity
from ..registry import Check, Kind

__all__ = ["CHECK", "check_numbers"]

#: A figure written in words up to this value is a warning when missing, not an error.
_SMALL_SPELLED = 12
#: How many free copy figures of its sort a changed figure is compared with (the first ones).
_CANDIDATES = 8
_NEXT_WORD = re.compile(r"[\s\-]*([^\W\d_]+)")
#: Determiners that make "the two ministers" a reference to a set already known.
_DEFINITE = frozenset({"the", "these", "those"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\-]*$")
#: A list of capitalised names joined by commas and a final "and": "Lindqvist and Moreau".
_NAME = r"[A-Z][^\W\d_]*(?:[’'\-][^\W\d_]+)?"
_NAME_LIST = re.compile(rf"\b{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME}\b")


def _sort(f: Figure) -> str:
    """Figures that can stand for each other when one was changed into the other. An ordinal
    ("the first rise") is a rank, not an amount: it never stands for a count or a sum, which a
    copy that reorders a sentence would otherwise make look changed ("40" as "first")."""
    if f.kind == "money":
        return "money" + f.unit
    if f.kind in ("count", "date"):
        return "count"
    return f.kind


def _next_word(text: str, f: Figure) -> str:
    m = _NEXT_WORD.match(text, f.end, min(len(text), f.end + 30))
    return m.group(1).lower() if m else ""


def _undated(figures: list[Figure], dates: list[DateMention]) -> list[Figure]:
    """The figures that are not part of a date or a time (those are the date check's)."""
    spans = [(d.start, d.end) for d in dates]
    starts = [s for s, _ in spans]
    out = []
    for f in figures:
        k = bisect_right(starts, f.start) - 1
        inside = k >= 0 and spans[k][1] > f.start or (k + 1 < len(spans) and spans[k + 1][0] < f.end)
        if not inside:
            out.append(f)
    return out


def _definite_count_kept(otext: str, f: Figure, copy_text: str) -> bool:
    """Whether a small count in a definite noun phrase ("the two ministers") survives in the copy's
    counterpart ``copy_text`` as the same phrase without it ("the ministers") or as a list of that
    many names ("Lindqvist and Moreau"): a rewording, not a lost figure."""
    if not (f.spelled and f.kind == "count" and 2 <= f.value <= _SMALL_SPELLED):
        return False
    before = _WORD_BEFORE.search(otext, max(0, f.start - 30), f.start)
    if before is None or before.group(1).lower() not in _DEFINITE:
        return False
    noun = _next_word(otext, f)
    if not (len(noun) > 3 and noun.endswith("s")):  # the count stands right before a plural noun
        return False
    if re.search(rf"\b(?:the|these|those)\s+{re.escape(noun)}\b", copy_text, re.IGNORECASE):
        return True
    return any(len(re.findall(_NAME, m.group())) == f.value for m in _NAME_LIST.finditer(copy_text))


def check_numbers(ctx: CheckContext) -> tuple[list[Finding], int]:
    """Every figure finding of the copy, and the number of figures in the original's body."""
    otext, ctext = ctx.original.text, ctx.copy.text
    figures = ctx.of_original("numbers.undated", lambda: _undated(ctx.analysis.figures, ctx.analysis.dates))
    copy_figures = _undated(ctx.copy_figures, extract_dates(ctext))
    starts = [f.start for f in copy_figures]

    def within(span: tuple[int, int] | None) -> list[int]:
        if span is None:
            return []
        return list(range(bisect_left(starts, span[0]), bisect_right(starts, span[1] - 1)))

    by_sentence: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        i = ctx.original.sentence_at(f.start)
        if i is not None and i in ctx.alignment.matches:
            by_sentence[i].append(f)

    findings: list[Finding | None] = []
    for i, group in sorted(by_sentence.items()):
        s = ctx.original.sentences[i]
        counterpart = ctx.counterpart(s.start, s.end)
        near = within(counterpart)
        wide = within(ctx.counterpart(s.start, s.end, context=1))
        free = set(near)
        # Figures pair by their place in the sentence first, so that a changed figure beside an
        # equal one ("40 beds and 40 nurses" as "45 beds and 40 nurses") is the one reported.
        unpaired, altered = _by_position(group, [copy_figures[j] for j in near])
        for k, c in altered:
            f, j = group[k], near[c]
            free.discard(j)
            findings.append(_altered(ctx, f, copy_figures[j]))
        for c in range(len(near)):
            if c not in unpaired.copy:
                free.discard(near[c])
        by_value: dict[Fraction, deque[int]] = defaultdict(deque)  # the free ones, in order
        for j in near:
            if j in free:
                by_value[copy_figures[j].value].append(j)
        left: list[Figure] = []
        for k in unpaired.original:
            f = group[k]
            same = by_value.get(f.value)
            if same:
                free.discard(same.popleft())
            else:
                left.append(f)
        near_set = set(near)
        around = {copy_figures[j].value for j in wide if j not in near_set}
        still = [f for f in left if f.value not in around]
        by_sort: dict[str, deque[int]] = defaultdict(deque)  # unambiguous copy figures, in order
        for j in near:
            if not copy_figures[j].ambiguous:
                by_sort[_sort(copy_figures[j])].append(j)
        copy_text = ctext[counterpart[0] : counterpart[1]] if counterpart else ""
        for f in still:
            line = by_sort.get(_sort(f), deque())
            while line and line[0] not in free:
                line.popleft()
            candidates = [j for j in islice(line, _CANDIDATES) if j in free]
            original = ctx.original_span(f.start, f.end)
            if candidates:
                word = _next_word(otext, f)
                j = next(
                    (j for j in candidates if word and _next_word(ctext, copy_figures[j]) == word),
                    candidates[0],
                )
                free.discard(j)
                findings.append(_altered(ctx, f, copy_figures[j]))
            elif not _definite_count_kept(otext, f, copy_text):
                severity = Severity.WARNING if f.spelled and f.value <= _SMALL_SPELLED else Severity.ERROR
                message = f"figure '{f.text}' ({f.shown}) is missing from the copy"
                findings.append(ctx.finding("number-missing", severity, message, original=original))
    return [f for f in findings if f is not None], len(ctx.analysis.figures)


@dataclass(frozen=True, slots=True)
class _Unpaired:
    """Positions, in the sentence's figures and in its counterpart's, left without a partner."""

    original: list[int]
    copy: set[int]


#: Past this many pairs of figures in one sentence, equal values are paired by longest runs
#: (difflib) rather than by the full alignment, which is quadratic.
_MAX_CELLS = 10_000


def _by_position(group: list[Figure], near: list[Figure]) -> tuple[_Unpaired, list[tuple[int, int]]]:
    """Pair the figures of a sentence with those of its counterpart in order (an alignment of the
    two sequences where a figure of the same sort at the same place scores 1 and an equal value
    scores more than all of those together), so that a changed figure beside an equal one is
    paired with the one at its place, and a sentence whose figures were only reordered keeps
    every equal pair (two changed pairs never outweigh one equal pair).
    Returns what is left on each side, and the changed pairs ``(original position, copy
    position)``."""
    n, m = len(group), len(near)
    if n * m > _MAX_CELLS:
        return _by_runs(group, near)
    equal = min(n, m) + 1

    def gain(k: int, c: int) -> int:
        if group[k].value == near[c].value:
            return equal
        return 1 if not near[c].ambiguous and _sort(group[k]) == _sort(near[c]) else 0

    best = [[0] * (m + 1) for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):
        for c in range(m - 1, -1, -1):
            g = gain(k, c)
            best[k][c] = max(best[k + 1][c], best[k][c + 1], best[k + 1][c + 1] + g if g else 0)
    left: list[int] = []
    copy_left = set(range(m))
    altered: list[tuple[int, int]] = []
    k = c = 0
    while k < n and c < m:
        g = gain(k, c)
        if g and best[k][c] == best[k + 1][c + 1] + g:
            copy_left.discard(c)
            if g < equal:
                altered.append((k, c))
            k, c = k + 1, c + 1
        elif best[k][c] == best[k + 1][c]:
            left.append(k)
            k += 1
        else:
            c += 1
    left.extend(range(k, n))
    return _Unpaired(left, copy_left), altered


def _by_runs(group: list[Figure], near: list[Figure]) -> tuple[_Unpaired, list[tuple[int, int]]]:
    """Equal values paired by difflib's longest runs; no changed pairs."""
    matcher = SequenceMatcher(None, [f.value for f in group], [c.value for c in near], autojunk=False)
    left: list[int] = []
    copy_left: set[int] = set()
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            left.extend(range(i1, i2))
            copy_left.update(range(j1, j2))
    return _Unpaired(left, copy_left), []


def _altered(ctx: CheckContext, f: Figure, c: Figure) -> Finding | None:
    message = f"figure '{f.text}' ({f.shown}) appears as '{c.text}' ({c.shown})"
    return ctx.finding(
        "number-altered",
        Severity.ERROR,
        message,
        original=ctx.original_span(f.start, f.end),
        copy=ctx.copy_span(c.start, c.end),
    )


CHECK = Check(
    "numbers",
    kinds=(
        Kind(
            "number-missing",
            Severity.ERROR,
            ("#99e9f2", "#1098ad"),
            "a figure of the original (count, duration, date, money, percentage) is absent",
            implied_by_gaps=True,
        ),
        Kind(
            "number-altered",
            Severity.ERROR,
            ("#a5d8ff", "#1c7ed6"),
            'it appears with a different value ("three-and-a-half years" as "three years")',
        ),
    ),
    run=check_numbers,
    stat="numbers",
)
