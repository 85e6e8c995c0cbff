"""Sentence check: a sentence of the original dropped from a paragraph the copy otherwise kept.

Paragraph checks see a paragraph as kept as soon as one of its sentences has a counterpart, so a
sentence cut from the middle of a paragraph ("Staff have been told.") would pass unseen, and with
it the figure, name, date or quotation it carried. This check reports ``sentence-missing`` for
each run of consecutive body sentences that have no counterpart, when

- another sentence of the same paragraph has one (a paragraph lost whole is ``paragraph-missing``);
- a sentence before it and a sentence after it in the body have one (a copy that stops early is
  ``truncated``; one that starts late has lost its head, which the structural checks judge);
- its words are not in the copy between the counterparts of its neighbours: the copy did not
  merge it into a neighbour ("The ward closed, and staff were told") or split it in pieces that
  the alignment paired with a neighbour, and no copy sentence that is nobody's counterpart stands
  there instead (a rewording too free for the alignment to pair). A sentence the alignment paired with the very copy
  sentence a neighbour has, when that copy sentence is too short to hold both, is missing too.

It is a warning, and an error when the sentence carried a figure, a name, a date or a quotation
that the copy then lacks (the figure or date anywhere between the neighbours' counterparts, the
name or the quotation's words anywhere in the copy). Those items are named in the message and
are implied by the finding: ``sentence-missing`` marks a gap (:attr:`~textguard.registry.Kind.marks_gap`),
so a ``quote-missing`` inside it is not repeated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..engine.context import CheckContext
from ..extract.dates import DateMention, extract_dates
from ..extract.numbers import Figure
from ..findings import Finding, Severity, excerpt
from ..registry import Check, Kind
from ..text.lexicon import STOPWORDS
from ..text.spelling import spelling_key

__all__ = ["CHECK", "check_sentences"]

#: Share of a sentence's own content words (those its neighbours do not have) that must be found
#: between the neighbours' counterparts for the copy to have merged it there.
_MERGED = 0.6
#: ... and the copy there must be at least this share of the sentence longer than the neighbours.
_ROOM = 0.5
#: A copy sentence that matches an original one this well is that sentence, and holds no other.
_VERBATIM = 97.0
#: Content words are compared by their first letters, as alignment does ("closes"/"closed").
_STEM = 5
@dataclass(frozen=True)
class _Words:
    """The folded words of a stretch of text: all of them, and the stems of its content words."""

    keys: tuple[str, ...]

    @cached_property
    def content(self) -> frozenset[str]:
        return frozenset(k[:_STEM] for k in self.keys if k not in STOPWORDS and (len(k) > 1 or k.isdigit()))


@dataclass
class _Copy:
    """What the copy has, computed on first use (most copies drop no sentence)."""

    ctx: CheckContext
    _names: frozenset[str] | None = field(default=None, repr=False)

    @cached_property
    def figures(self) -> list[Figure]:
        return self.ctx.copy_figures

    @cached_property
    def dates(self) -> list[DateMention]:
        """The copy's dates, read leniently: a date of the original is there if one says as much."""
        return extract_dates(self.ctx.copy.text, loose=True)

    @cached_property
    def joined(self) -> str:
        """The copy's word keys, space-separated and padded: a quotation's words are looked for
        in it as a phrase."""
        return " " + " ".join(self.ctx.copy_tokens.keys) + " "

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(spelling_key(w.key) for w in self.ctx.copy_words)

    def words(self, start: int, end: int) -> _Words:
        toks = self.ctx.copy_tokens
        return _Words(tuple(toks.keys[j] for j in toks.between(start, end)))


def check_sentences(ctx: CheckContext) -> list[Finding]:
    """Every ``sentence-missing`` finding of the copy."""
    body = ctx.alignment.original_sentences
    matches = ctx.alignment.matches
    kept = [i for i in body if i in matches]
    if not kept:
        return []
    first, last = kept[0], kept[-1]
    lost = set(body) - set(kept)
    lost.update(_crowded_out(ctx))
    copy = _Copy(ctx)
    findings: list[Finding | None] = []
    for run in _runs(ctx, sorted(i for i in lost if first < i < last)):
        findings.append(_judge(ctx, run, lost, copy))
    return [f for f in findings if f is not None]


def _runs(ctx: CheckContext, lost: list[int]) -> Iterable[list[int]]:
    """Consecutive lost sentences of one paragraph, in paragraphs that kept another sentence."""
    seg = ctx.original
    run: list[int] = []
    for i in lost:
        if run and (i != run[-1] + 1 or seg.sentences[i].paragraph != seg.sentences[run[-1]].paragraph):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def _crowded_out(ctx: CheckContext) -> set[int]:
    """Sentences the alignment paired with copy text that other sentences have: copy sentences
    that are each the near-verbatim counterpart of another original sentence, or a copy sentence
    a neighbour has too and too short to hold both (then the one that matches it worse is not
    there)."""
    seg = ctx.original
    matches = ctx.alignment.matches
    owner = {m.copy_first: i for i, m in matches.items() if m.copy_first == m.copy_last and m.score >= _VERBATIM}
    out: set[int] = set()
    for i, m in matches.items():
        if all(owner.get(c, i) != i for c in range(m.copy_first, m.copy_last + 1)):
            out.add(i)
    for i, m in matches.items():
        n = matches.get(i + 1)
        if n is None or n.copy_first > m.copy_last or m.copy_first > n.copy_last:
            continue
        lo = min(m.copy_first, n.copy_first)
        hi = max(m.copy_last, n.copy_last)
        room = _count_words(ctx, ctx.copy.sentences[lo].start, ctx.copy.sentences[hi].end, copy=True)
        a = _count_words(ctx, seg.sentences[i].start, seg.sentences[i].end)
        b = _count_words(ctx, seg.sentences[i + 1].start, seg.sentences[i + 1].end)
        if room < max(a, b) + _ROOM * min(a, b):
            out.add(i if m.score < n.score else i + 1)
    return out


def _count_words(ctx: CheckContext, start: int, end: int, *, copy: bool = False) -> int:
    toks = ctx.copy_tokens if copy else ctx.original_tokens
    return len(toks.between(start, end))


def _original_words(ctx: CheckContext, start: int, end: int) -> _Words:
    toks = ctx.original_tokens
    return _Words(tuple(toks.keys[j] for j in toks.between(start, end)))


def _neighbours(ctx: CheckContext, run: list[int], lost: set[int]) -> tuple[int | None, int | None]:
    """The nearest sentences before and after ``run`` that the copy kept."""
    matches = ctx.alignment.matches
    before = next((i for i in range(run[0] - 1, -1, -1) if i in matches and i not in lost), None)
    after = next(
        (i for i in range(run[-1] + 1, len(ctx.original.sentences)) if i in matches and i not in lost), None
    )
    return before, after


def _judge(ctx: CheckContext, run: list[int], lost: set[int], copy: _Copy) -> Finding | None:
    seg = ctx.original
    paragraph = seg.paragraphs[seg.sentences[run[0]].paragraph]
    others = set(range(paragraph.first_sentence, paragraph.first_sentence + paragraph.sentence_count))
    if not any(i in ctx.alignment.matches and i not in lost for i in others - set(run)):
        return None  # the whole paragraph is gone: paragraph-missing says so
    before, after = _neighbours(ctx, run, lost)
    if before is None or after is None:
        return None
    start, end = seg.sentences[run[0]].start, seg.sentences[run[-1]].end
    words = _original_words(ctx, start, end)
    if not words.keys:
        return None
    region = _between(ctx, before, after)
    if region is not None and (
        _merged(ctx, words, before, after, region, copy) or _rewritten(ctx, words, before, after)
    ):
        return None
    lacking = _lacking(ctx, start, end, region, copy)
    n = len(run)
    message = (
        f"{n} sentence{'s' if n != 1 else ''} of the original {'have' if n != 1 else 'has'} no "
        f"counterpart in the copy, inside a paragraph it kept: '{excerpt(seg.text[start:end])}'"
    )
    if lacking:
        message += "; the copy lacks " + ", ".join(lacking)
    severity = Severity.ERROR if lacking else Severity.WARNING
    return ctx.finding("sentence-missing", severity, message, original=ctx.original_span(start, end))


def _between(ctx: CheckContext, before: int, after: int) -> tuple[int, int] | None:
    """The copy from the counterpart of ``before`` to that of ``after``, when they are in order."""
    m, n = ctx.alignment.matches[before], ctx.alignment.matches[after]
    if m.copy_first > n.copy_last:
        return None
    sentences = ctx.copy.sentences
    return sentences[m.copy_first].start, sentences[n.copy_last].end


def _merged(
    ctx: CheckContext, words: _Words, before: int, after: int, region: tuple[int, int], copy: _Copy
) -> bool:
    """Whether the copy between the neighbours' counterparts holds the lost words too: room for
    them beyond the neighbours' own length, and most of the content words only they have."""
    seg = ctx.original
    a = _original_words(ctx, seg.sentences[before].start, seg.sentences[before].end)
    b = _original_words(ctx, seg.sentences[after].start, seg.sentences[after].end)
    there = copy.words(*region)
    if len(there.keys) < len(a.keys) + len(b.keys) + _ROOM * len(words.keys):
        return False
    own = words.content - a.content - b.content
    if not own:
        return True
    return len(own & there.content) >= _MERGED * len(own)


def _rewritten(ctx: CheckContext, words: _Words, before: int, after: int) -> bool:
    """Whether copy sentences that are no counterpart of anything stand between the neighbours'
    counterparts, about as long as what is lost: the copy rewrote it beyond recognition ("We
    don't know what offer he brings." as "The nature of his proposal is unknown."), which is a
    rewording, not a dropped sentence."""
    m, n = ctx.alignment.matches[before], ctx.alignment.matches[after]
    free = [c for c in range(m.copy_last + 1, n.copy_first) if c not in ctx.alignment.covered]
    sentences = ctx.copy.sentences
    there = sum(_count_words(ctx, sentences[c].start, sentences[c].end, copy=True) for c in free)
    return there >= _ROOM * len(words.keys)


def _lacking(
    ctx: CheckContext, start: int, end: int, region: tuple[int, int] | None, copy: _Copy
) -> list[str]:
    """The figures, names, dates and quotations of ``[start, end)`` that the copy lacks."""
    out: list[str] = []
    lo, hi = region if region is not None else (0, len(ctx.copy.text))
    dates = [d for d in ctx.analysis.dates if start <= d.start < end]
    near = {f.value for f in copy.figures if lo <= f.start < hi}
    for f in ctx.analysis.figures:
        if start <= f.start < end and f.value not in near and not _inside(f.start, f.end, dates):
            out.append(f"figure '{f.text}'")
    near_dates = [c for c in copy.dates if lo <= c.start < hi]
    for d in dates:
        if not any(c.covers(d) for c in near_dates):
            out.append(f"date '{' '.join(d.text.split())}'")
    seen: set[tuple[str, ...]] = set()
    for e in ctx.analysis.entities:
        for x in e.mentions:
            if start <= x.start < end and x.words not in seen:
                seen.add(x.words)
                if any(spelling_key(w) not in copy.names for w in x.words):
                    out.append(f"name '{' '.join(x.text.split())}'")
    toks = ctx.original_tokens
    for q in ctx.analysis.quotations:
        if start <= q.start < end and q.kind == "speech":
            keys = [toks.keys[j] for j in toks.between(q.start, q.end)]
            if keys and f" {' '.join(keys)} " not in copy.joined:
                out.append(f"quotation '{excerpt(q.text, 40)}'")
    return out


def _inside(start: int, end: int, dates: list[DateMention]) -> bool:
    """Whether ``[start, end)`` is part of a date (its day or year): the date names it."""
    return any(d.start <= start and end <= d.end for d in dates)


CHECK = Check(
    "sentences",
    kinds=(
        Kind(
            "sentence-missing",
            Severity.WARNING,
            ("#e7f5ff", "#1864ab"),
            "a sentence of the original has no counterpart inside a paragraph that is otherwise kept",
            implied_by_gaps=True,
            marks_gap=True,
        ),
    ),
    run=check_sentences,
)
