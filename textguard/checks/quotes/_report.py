"""The quote check's findings: what the reader is told about each quotation and its pair.

Pairing decides which copy quotation a quotation became; this module decides whether that is
worth a finding, how severe, and how it reads (a word diff, or where the words went), so that the
wording of the messages, which the snapshots pin, is apart from the pairing logic.
"""

from __future__ import annotations

from ...engine.context import CheckContext
from ...extract._quotation import strip_span
from ...extract._quote_marks import MARKS, SINGLE
from ...extract.quotes import Quotation
from ...findings import Finding, Severity, Span, excerpt
from ...text.diff import format_word_diff
from ._matching import QuotePairing
from ._unquoted import INDIRECT_MIN, REPORTED_MIN

__all__ = ["SCARE_SEVERITY", "report_quote", "report_quotes"]

#: Default severity of findings about scare quotes and titles (speech: error).
SCARE_SEVERITY = Severity.WARNING
_SHOWN = 60


def report_quotes(m: QuotePairing) -> list[Finding]:
    """The findings about every quotation of the original, in order, once ``m`` has run."""
    out: list[Finding] = []
    kept = _kept_unchanged(m)
    for i in range(len(m.orig.quotes)):
        f = report_quote(m, i, kept=kept)
        if f is not None:
            out.append(f)
    return out


def report_quote(
    m: QuotePairing, i: int, *, kept: dict[str, list[tuple[int, int, int | None]]] | None = None
) -> Finding | None:
    """The finding about quotation ``i`` of the original, or ``None`` when the copy kept it.

    ``kept`` holds the word keys of the quotations the copy kept unchanged, with their places: a
    quotation the original repeats word for word (a pull quote) is not missing when the copy kept
    another occurrence of it, from another sentence, *at its place* (the alignment put both
    occurrences' passages on the one the copy has) or when its passage is gone: the reader loses
    nothing. Its passage kept
    without the quotation is still reported.
    """
    ctx = m.ctx
    q = m.orig.quotes[i]
    severity = Severity.ERROR if q.kind == "speech" else _scare_severity(ctx)
    label = _label(q)
    original = ctx.original_span(q.start, q.end)
    pair = m.pair[i]
    if pair is not None:
        first, last = pair
        if " ".join(m.cop.keys[first : last + 1]) == m.orig.keys[i]:
            return None
        if _joined_with_neighbour(m, i, pair):
            return None
        quotes = m.cop.quotes[first : last + 1]
        copy = ctx.copy_span(quotes[0].start, quotes[-1].end)
        copy_text = " ".join(c.text for c in quotes)
        home = m.home[i]
        if i in m.shared and home is not None:
            # The copy joined this quotation with a neighbour: compare the part at its place.
            s, e = max(home[0], copy.start), min(home[1], copy.end)
            words = [ctx.copy_tokens.keys[j] for j in ctx.copy_tokens.between(s, e)]
            if words:
                if " ".join(words) == m.orig.keys[i]:
                    return None
                copy = ctx.copy_span(*strip_span(ctx.copy.text, s, e))
                copy_text = copy.text
        diff = format_word_diff(q.text, copy_text)
        return ctx.finding(
            "quote-altered", severity, f"{label} changed: {diff}", original=original, copy=copy
        )
    shown = excerpt(q.text, _SHOWN)
    unquoted = m.unquoted.get(i)
    if unquoted is not None and unquoted[0] >= INDIRECT_MIN and _lone_single_mark(ctx, q):
        return None  # its words are there; the mark may have been an apostrophe or a cut headline's
    if unquoted is not None and unquoted[0] >= REPORTED_MIN:
        score, (s, e) = unquoted
        how = "its words appear without quotation marks" if score >= INDIRECT_MIN else "it is reported"
        return ctx.finding(
            "quote-missing",
            severity,
            f"{label} {shown!r} is not quoted in the copy: {how} (similarity {score:.0f}%)",
            original=original,
            copy=_sentences_around(ctx, s, e),
        )
    home = m.guessed[i] if i in m.guessed else m.home[i]
    places = (kept or {}).get(m.orig.keys[i]) if m.orig.keys[i] else None
    own = ctx.original.sentence_at(q.start)
    if places and (home is None or any(s < home[1] and home[0] < e and k != own for s, e, k in places)):
        return None  # another occurrence of the very words is there, quoted: a pull quote dropped
    if home is not None:
        return ctx.finding(
            "quote-missing",
            severity,
            f"{label} {shown!r} is not in the copy: its passage has no quotation there",
            original=original,
            copy=ctx.copy_span(*home),
        )
    return ctx.finding(
        "quote-missing",
        severity,
        f"{label} {shown!r} is not in the copy: its passage is missing",
        original=original,
    )


def _kept_unchanged(m: QuotePairing) -> dict[str, list[tuple[int, int, int | None]]]:
    """The word keys of the original's quotations that the copy kept unchanged, with where the
    copy has them and the original sentence they stand in."""
    kept: dict[str, list[tuple[int, int, int | None]]] = {}
    for k, pair in enumerate(m.pair):
        key = m.orig.keys[k]
        if pair is not None and key and " ".join(m.cop.keys[pair[0] : pair[1] + 1]) == key:
            sentence = m.ctx.original.sentence_at(m.orig.quotes[k].start)
            kept.setdefault(key, []).append((m.cop.quotes[pair[0]].start, m.cop.quotes[pair[1]].end, sentence))
    return kept


def _sentences_around(ctx: CheckContext, start: int, end: int) -> Span:
    seg = ctx.copy
    found = seg.sentences_overlapping(start, end)
    if not found:
        return ctx.copy_span(start, end)
    return ctx.copy_span(seg.sentences[found[0]].start, seg.sentences[found[-1]].end)


def _joined_with_neighbour(m: QuotePairing, i: int, pair: tuple[int, int]) -> bool:
    """True when ``i`` and a neighbour share the copy quotation that is both of them, joined."""
    for a, b in ((i - 1, i), (i, i + 1)):
        if (
            0 <= a
            and b < len(m.orig.quotes)
            and m.pair[a] == m.pair[b] == pair
            and f"{m.orig.keys[a]} {m.orig.keys[b]}" == m.cop.keys[pair[0]]
        ):
            return True
    return False


def _lone_single_mark(ctx: CheckContext, q: Quotation) -> bool:
    """Whether ``q`` opens with a single mark that nothing closes ("Fail to Stop 'Superbug Outbreaks"
    at the end of a cut headline): as likely an apostrophe, whose loss takes nothing from the words."""
    return not q.closed and MARKS.get(ctx.original.text[q.outer_start], (None, 0))[0] == SINGLE


def _scare_severity(ctx: CheckContext) -> Severity:
    # Read from the config once it has the field; the module default until then.
    return ctx.config.scare_quote_severity


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "one"})


def _label(q: Quotation) -> str:
    if q.kind == "scare":
        return "quoted phrase"
    if q.speaker and q.speaker.lower() not in _PRONOUNS:
        return f"quotation of {q.speaker}"
    return "quotation"
