"""The quotation check: what became of each direct quotation of the original in the copy.

A quotation is the one part of an article that must survive republishing word for word: a copy
may rewrite the reporter's prose, never what somebody said. For each quotation of the original's
body (:func:`textguard.extract.extract_quotes`) the check looks at the copy *where the alignment
puts its passage* (:meth:`~textguard.context.CheckContext.counterpart`, widened by a sentence on
each side) and decides, in this order:

1. **Kept or altered.** Each copy quotation in that region (or a run of up to :data:`MAX_RUN`
   consecutive ones: a copy may split a quotation with an attribution) is scored against it with
   :func:`rapidfuzz.fuzz.ratio` on their word keys. Pairs are taken best first, each copy quotation
   once; a quotation still alone then takes a copy quotation with the very same words a little
   further away. Words that are the same after normalization (case, Unicode form, quote style,
   punctuation) are fine; any other pair is ``quote-altered``, with a word diff.
2. **Unquoted.** A quotation left without a partner whose words stand in the region *outside*
   quotation marks lost its marks (indirect speech): ``quote-missing``.
3. **By position.** Quotations still without a partner pair, in order, with the copy quotations
   left in the copy sentences they were aligned with (or, failing that, next to them), however
   different: a short quotation replaced by a synonym ("dreadful" for "shocking") has nothing
   in common with its original but its place. Such a pair is ``quote-altered``. A quotation the
   copy joined with its neighbour's shares the neighbour's partner, compared at its own place.
4. Anything left is ``quote-missing``: paraphrased as reported speech, or gone (then its ``copy``
   is ``None`` when the alignment has no place for it).

Scare quotes and titles (:attr:`~textguard.extract.Quotation.kind` ``"scare"``) are checked the
same way at a lower severity (:data:`SCARE_SEVERITY`). Cost: the copy's quotations are extracted
once and found by position (bisection), so each quotation looks at a few sentences only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..context import CheckContext
from ..diff import format_word_diff
from ..extract.quotes import SCARE_MAX_WORDS, Quotation, extract_quotes
from ..findings import Finding, Severity, Span
from ..pairing import pair_in_order

__all__ = [
    "ALTERED_MIN",
    "INDIRECT_MIN",
    "MAX_RUN",
    "REPORTED_MIN",
    "SCARE_SEVERITY",
    "SHORT_ALTERED_MIN",
    "check_quotes",
]

#: Similarity (0-100, rapidfuzz ratio of the word keys) from which a copy quotation near the
#: original's place is taken as its counterpart. Unrelated sentences of the same length score
#: 30-45; a translated or paraphrased quotation that keeps its subject and half its words, 50-80.
ALTERED_MIN = 50.0
#: The same for short quotations (keys under :data:`_SHORT_KEY` characters on either side): two
#: unrelated single words easily share half their letters ("illegal", "ideal": 67).
SHORT_ALTERED_MIN = 70.0
_SHORT_KEY = 20
#: Similarity (rapidfuzz partial ratio) from which a quotation's words are found *without* marks
#: in the copy: a quotation turned into indirect speech keeps nearly all its words.
INDIRECT_MIN = 85.0
#: A weaker match of the words outside marks: enough to point at the sentence that reports the
#: quotation, not to explain it.
REPORTED_MIN = 60.0
#: A quotation may be split over this many consecutive copy quotations ("We understand," she
#: said, "but ...").
MAX_RUN = 3
#: Copy sentences on each side of the aligned ones where a counterpart is looked for.
_CONTEXT = 1
#: ... and where a copy quotation with the very same words is looked for (sentences, or characters
#: around a place guessed from the neighbours).
_WIDE = 3
_WIDE_CHARS = 600
#: Original sentences looked at on each side of a quotation without a counterpart, for one with.
_NEIGHBOURS = 3
#: Default severity of findings about scare quotes and titles (speech: error).
SCARE_SEVERITY = Severity.WARNING
#: The share of a quotation's characters that such a match must cover; at most half of the words
#: it covers may be inside the copy's marks (see :data:`INDIRECT_MIN`).
_COVERAGE = 0.8
#: ... and the share of its distinct words that must be there at all before it is looked for.
_MIN_SHARED = 0.5
_SHOWN = 60


@dataclass(frozen=True, slots=True)
class _Side:
    """Quotations of one text with their word keys, and their positions for bisection."""

    quotes: list[Quotation]
    keys: list[str]
    starts: list[int]
    ends: list[int]

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the quotations whose marks overlap ``[start, end)``."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


def _side(ctx: CheckContext, quotes: list[Quotation], *, copy: bool) -> _Side:
    tokens = ctx.copy_tokens if copy else ctx.original_tokens
    keys = []
    for q in quotes:
        words = [tokens.keys[j] for s, e in q.parts for j in tokens.between(s, e)]
        keys.append(" ".join(words))
    return _Side(quotes, keys, [q.outer_start for q in quotes], [q.outer_end for q in quotes])


def check_quotes(ctx: CheckContext) -> tuple[list[Finding], int]:
    """Check every quotation of the original's body against the copy.

    Returns the findings and the number of quotations checked (the report's ``quotes`` count).
    """
    scare_words = getattr(ctx.config, "scare_quote_max_words", SCARE_MAX_WORDS)
    body = [ctx.original.paragraphs[p] for p in ctx.body.paragraphs]
    original = extract_quotes(
        ctx.original.text,
        start=ctx.body.start,
        end=ctx.body.end,
        paragraphs=[(p.start, p.end) for p in body],
        scare_max_words=scare_words,
    )
    if not original:
        return [], 0
    copy = extract_quotes(
        ctx.copy.text, paragraphs=[(p.start, p.end) for p in ctx.copy.paragraphs], scare_max_words=scare_words
    )
    matcher = _Matcher(ctx, _side(ctx, original, copy=False), _side(ctx, copy, copy=True))
    return matcher.findings(), len(original)


class _Matcher:
    """Pairs original quotations with copy quotations, then reports the pairs and the rest."""

    def __init__(self, ctx: CheckContext, orig: _Side, cop: _Side) -> None:
        self.ctx = ctx
        self.orig = orig
        self.cop = cop
        n = len(orig.quotes)
        self.home: list[tuple[int, int] | None] = []
        self.region: list[tuple[int, int] | None] = []
        #: Quotations whose sentences have no counterpart (their place is guessed from neighbours),
        #: with the unmatched copy sentences between those neighbours, if any.
        self.guessed: dict[int, tuple[int, int] | None] = {}
        for i, q in enumerate(orig.quotes):
            home = ctx.counterpart(q.outer_start, q.outer_end)
            region = ctx.counterpart(q.outer_start, q.outer_end, context=_CONTEXT)
            if home is None:
                home = region = self.around(q)
                self.guessed[i] = self.gap(q)
            self.home.append(home)
            self.region.append(region)
        #: The copy quotations (first, last) each original quotation became.
        self.pair: list[tuple[int, int] | None] = [None] * n
        self.taken: set[int] = set()
        #: Original quotations that share their copy quotation with a neighbour.
        self.shared: set[int] = set()
        #: Where the words of a still unpaired quotation stand outside marks: (score, copy span).
        self.unquoted: dict[int, tuple[float, tuple[int, int]]] = {}

    def around(self, q: Quotation) -> tuple[int, int] | None:
        """Where a quotation whose sentences have no counterpart would be: the copy sentences from
        the counterpart of the nearest matched sentence before it to that of the nearest one after
        it (the copy may have merged it into one of them, or reworded it beyond alignment)."""
        seg = self.ctx.original
        found = seg.sentences_overlapping(q.outer_start, q.outer_end)
        if not found:
            return None
        matches = self.ctx.alignment.matches
        before = next(
            (matches[j] for j in range(found[0] - 1, found[0] - 1 - _NEIGHBOURS, -1) if j in matches), None
        )
        after = next(
            (matches[j] for j in range(found[-1] + 1, found[-1] + 1 + _NEIGHBOURS) if j in matches), None
        )
        last = len(self.ctx.copy.sentences) - 1
        if before is None and after is None:
            return None
        lo = before.copy_last if before is not None else max(0, after.copy_first - 1)  # type: ignore[union-attr]
        hi = after.copy_first if after is not None else min(last, before.copy_last + 1)  # type: ignore[union-attr]
        lo, hi = min(lo, hi), max(lo, hi)
        sentences = self.ctx.copy.sentences
        return sentences[lo].start, sentences[hi].end

    def gap(self, q: Quotation) -> tuple[int, int] | None:
        """The copy sentences strictly between the counterparts of the sentences right before and
        after the quotation's: where it stood, reworded beyond alignment; ``None`` if none."""
        found = self.ctx.original.sentences_overlapping(q.outer_start, q.outer_end)
        matches = self.ctx.alignment.matches
        before, after = matches.get(found[0] - 1), matches.get(found[-1] + 1)
        if before is None or after is None or after.copy_first - before.copy_last < 2:
            return None
        sentences = self.ctx.copy.sentences
        return sentences[before.copy_last + 1].start, sentences[after.copy_first - 1].end

    # --- pairing ------------------------------------------------------------------------------

    def candidates(self, i: int) -> range:
        r = self.region[i]
        return self.cop.overlapping(*r) if r is not None else range(0)

    def findings(self) -> list[Finding]:
        self.pair_by_similarity()
        self.pair_verbatim_nearby()
        self.find_unquoted()
        self.pair_by_position()
        self.share_joined()
        out: list[Finding] = []
        for i in range(len(self.orig.quotes)):
            f = self.report(i)
            if f is not None:
                out.append(f)
        return out

    def pair_by_similarity(self) -> None:
        """Step 1: the most similar pairs first, each copy quotation at most once."""
        orig, cop = self.orig, self.cop
        # (-score, away from its place, distance from its place, original run, copy run): equal
        # scores go to the copy quotation where the original one stands in its sentence.
        options: list[tuple[float, int, int, int, int, int, int]] = []
        seg = self.ctx.original
        for i, q in enumerate(orig.quotes):
            cands = self.candidates(i)
            home = self.home[i]
            sentence = seg.sentences_overlapping(q.outer_start, q.outer_start + 1)
            offset = q.outer_start - (seg.sentences[sentence[0]].start if sentence else q.outer_start)
            for first in cands:
                key = ""
                distance = abs(cop.starts[first] - (home[0] if home else 0) - offset)
                for last in range(first, min(first + MAX_RUN, cands.stop)):
                    key = f"{key} {cop.keys[last]}" if key else cop.keys[last]
                    score = _similarity(orig.keys[i], key)
                    if score >= _threshold(orig.keys[i], key):
                        away = 0 if home and _overlaps(home, cop.starts[first], cop.ends[last]) else 1
                        options.append((-score, away, distance, i, i, first, last))
            # Two original quotations that the copy joined into one, word for word.
            if i + 1 < len(orig.quotes):
                joined = f"{orig.keys[i]} {orig.keys[i + 1]}"
                for c in cands:
                    if cop.keys[c] == joined:
                        options.append((-100.0, 0, 0, i, i + 1, c, c))
        options.sort()
        for _score, _away, _distance, i, j, first, last in options:
            span = range(first, last + 1)
            if any(self.pair[k] is not None for k in range(i, j + 1)) or any(c in self.taken for c in span):
                continue
            for k in range(i, j + 1):
                self.pair[k] = (first, last)
            self.taken.update(span)

    def pair_verbatim_nearby(self) -> None:
        """Step 1b: a quotation still unpaired takes a free copy quotation with the very same words
        a little further away: the alignment of short or repetitive sentences can be off by a few."""
        for i, q in enumerate(self.orig.quotes):
            home = self.home[i]
            if self.pair[i] is not None or home is None:
                continue
            wide = self.ctx.counterpart(q.outer_start, q.outer_end, context=_WIDE)
            if wide is None:
                wide = (max(0, home[0] - _WIDE_CHARS), home[1] + _WIDE_CHARS)
            same = [
                c
                for c in self.cop.overlapping(*wide)
                if c not in self.taken and self.cop.keys[c] == self.orig.keys[i]
            ]
            if same:
                c = min(same, key=lambda c: abs(self.cop.starts[c] - home[0]))
                self.pair[i] = (c, c)
                self.taken.add(c)

    def find_unquoted(self) -> None:
        """Step 2: the words of each unpaired quotation outside the copy's marks, near its place."""
        for i, r in enumerate(self.region):
            if self.pair[i] is None and r is not None:
                found = self.search_unquoted(self.orig.keys[i], r)
                if found is not None:
                    self.unquoted[i] = found

    def search_unquoted(self, key: str, region: tuple[int, int]) -> tuple[float, tuple[int, int]] | None:
        """The best match of ``key`` among the copy's words in ``region``, when most of the matched
        words stand outside quotation marks: ``(score, copy span)``, else ``None``."""
        tokens = self.ctx.copy_tokens
        words = tokens.between(*region)
        keys = tokens.keys[words.start : words.stop]
        # Most quotations left here are paraphrased or gone: when not even half of their words are
        # in the region, no alignment is needed to say they are not there.
        wanted = set(key.split())
        if not keys or len(wanted.intersection(keys)) < _MIN_SHARED * len(wanted):
            return None
        found = fuzz.partial_ratio_alignment(key, " ".join(keys))
        if found is None or found.dest_end - found.dest_start < _COVERAGE * len(key):
            return None
        # Back from characters to tokens.
        first = last = -1
        pos = 0
        for j, word in enumerate(keys):
            if pos >= found.dest_end:
                break
            if pos + len(word) > found.dest_start:
                first = j if first < 0 else first
                last = j
            pos += len(word) + 1
        if first < 0:
            return None
        first += words.start
        last += words.start
        start, end = tokens.starts[first], tokens.ends[last]
        quoted = 0
        for c in self.cop.overlapping(start, end):
            inside = tokens.between(self.cop.starts[c], self.cop.ends[c])
            quoted += max(0, min(inside.stop, last + 1) - max(inside.start, first))
        if 2 * quoted > last - first + 1:
            return None
        return found.score, (start, end)

    def pair_by_position(self) -> None:
        """Step 3: in each run of unpaired quotations between paired ones, pair them in order
        with the unpaired copy quotations of the sentences they were aligned with. (Copy quotations
        are not required to lie between the partners of the run's neighbours: where repeated or
        very short sentences confuse the alignment, a verbatim neighbour may have taken a partner
        out of order.)"""
        n = len(self.orig.quotes)
        i = 0
        while i < n:
            if self.pair[i] is not None:
                i += 1
                continue
            j = i
            while j < n and self.pair[j] is None:
                j += 1
            for group in self.local_groups([k for k in range(i, j) if not self.lost_marks(k)]):
                near = {c for k in group for c in self.cop.overlapping(*self.region[k])}  # type: ignore[misc]
                for k, c in pair_in_order(group, sorted(near - self.taken), self.gain):
                    self.pair[k] = (c, c)
                    self.taken.add(c)
            i = j

    def local_groups(self, run: list[int]) -> list[list[int]]:
        """``run`` cut where the regions of consecutive quotations stop overlapping, so that each
        group is paired on its own and the cost stays linear in the number of quotations."""
        groups: list[list[int]] = []
        reach = -1
        for k in run:
            region = self.region[k]
            if region is None:
                continue
            if groups and region[0] < reach:
                groups[-1].append(k)
                reach = max(reach, region[1])
            else:
                groups.append([k])
                reach = region[1]
        return groups

    def share_joined(self) -> None:
        """Step 4: a quotation still unpaired shares the copy quotation of a neighbour when the copy
        joined both into one: it stands in this quotation's sentences too and holds clearly more
        than the neighbour's words."""
        for i in range(len(self.orig.quotes)):
            if self.pair[i] is not None or self.lost_marks(i):
                continue
            for n in (i - 1, i + 1):
                pair = self.pair[n] if 0 <= n < len(self.pair) else None
                if pair is None or pair[0] != pair[1] or n in self.shared:
                    continue
                c = pair[0]
                extra = len(self.cop.keys[c]) - len(self.orig.keys[n])
                if self.at_home(i, c) and extra >= len(self.orig.keys[i]) / 2:
                    self.pair[i] = pair
                    self.shared.update((i, n))
                    break

    def lost_marks(self, i: int) -> bool:
        """True when the words of quotation ``i`` are in the copy without marks, and the quotation
        is long enough for that not to be chance (a word or two recur in any text)."""
        found = self.unquoted.get(i)
        return found is not None and found[0] >= INDIRECT_MIN and len(self.orig.keys[i]) >= _SHORT_KEY

    def at_home(self, i: int, c: int) -> bool:
        """True when copy quotation ``c`` stands in the copy sentences aligned with quotation ``i``."""
        home = self.home[i]
        return home is not None and _overlaps(home, self.cop.starts[c], self.cop.ends[c])

    def gain(self, i: int, c: int) -> float:
        """How good a pair by position is: any quotation in the aligned sentences beats any in the
        sentences around them (the alignment of short sentences can be off by one); 0: no pair."""
        region = self.region[i]
        if region is None or not _overlaps(region, self.cop.starts[c], self.cop.ends[c]):
            return 0.0
        score = 1.0 + _similarity(self.orig.keys[i], self.cop.keys[c])
        return score + 101.0 if self.at_home(i, c) else score

    # --- reporting ----------------------------------------------------------------------------

    def report(self, i: int) -> Finding | None:
        ctx = self.ctx
        q = self.orig.quotes[i]
        severity = Severity.ERROR if q.kind == "speech" else _scare_severity(ctx)
        label = _label(q)
        original = ctx.original_span(q.start, q.end)
        pair = self.pair[i]
        if pair is not None:
            first, last = pair
            if " ".join(self.cop.keys[first : last + 1]) == self.orig.keys[i]:
                return None
            if _joined_with_neighbour(self, i, pair):
                return None
            quotes = self.cop.quotes[first : last + 1]
            copy = ctx.copy_span(quotes[0].start, quotes[-1].end)
            copy_text = " ".join(c.text for c in quotes)
            home = self.home[i]
            if i in self.shared and home is not None:
                # The copy joined this quotation with a neighbour: compare the part at its place.
                s, e = max(home[0], copy.start), min(home[1], copy.end)
                words = [ctx.copy_tokens.keys[j] for j in ctx.copy_tokens.between(s, e)]
                if words:
                    if " ".join(words) == self.orig.keys[i]:
                        return None
                    copy = ctx.copy_span(*_strip(ctx.copy.text, s, e))
                    copy_text = copy.text
            diff = format_word_diff(q.text, copy_text)
            return ctx.finding(
                "quote-altered", severity, f"{label} changed: {diff}", original=original, copy=copy
            )
        shown = _shorten(q.text)
        unquoted = self.unquoted.get(i)
        if unquoted is not None and unquoted[0] >= REPORTED_MIN:
            score, (s, e) = unquoted
            how = "its words appear without quotation marks" if score >= INDIRECT_MIN else "it is reported"
            return ctx.finding(
                "quote-missing",
                severity,
                f"{label} {shown!r} is not quoted in the copy: {how} (similarity {score:.0f}%)",
                original=original,
                copy=self.sentences_around(s, e),
            )
        home = self.guessed[i] if i in self.guessed else self.home[i]
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

    def sentences_around(self, start: int, end: int) -> Span:
        seg = self.ctx.copy
        found = seg.sentences_overlapping(start, end)
        if not found:
            return self.ctx.copy_span(start, end)
        return self.ctx.copy_span(seg.sentences[found[0]].start, seg.sentences[found[-1]].end)


def _joined_with_neighbour(m: _Matcher, i: int, pair: tuple[int, int]) -> bool:
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


def _similarity(a: str, b: str) -> float:
    return 100.0 if a == b else fuzz.ratio(a, b)


def _threshold(a: str, b: str) -> float:
    return SHORT_ALTERED_MIN if min(len(a), len(b)) < _SHORT_KEY else ALTERED_MIN


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def _scare_severity(ctx: CheckContext) -> Severity:
    # Read from the config once it has the field; the module default until then.
    return Severity.parse(getattr(ctx.config, "scare_quote_severity", SCARE_SEVERITY))


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "one"})


def _label(q: Quotation) -> str:
    if q.kind == "scare":
        return "quoted phrase"
    if q.speaker and q.speaker.lower() not in _PRONOUNS:
        return f"quotation of {q.speaker}"
    return "quotation"


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    chunk = text[s:e]
    left = chunk.lstrip()
    s += len(chunk) - len(left)
    return s, s + len(left.rstrip())


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "\u2026"
