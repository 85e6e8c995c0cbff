"""Align the sentences of the original body with spans of the copy.

Every other check asks "what became of this part of the original?", so alignment has to be robust
to what republishing does to text: reflowed lines, blank lines, added headlines and subheadings,
moved paragraphs, sentences merged or split, light rewording and translation, and junk glued to
paragraphs. It also has to stay near-linear in the length of the texts:

1. **Tokens.** Both texts are cut into words with raw offsets; each word gets its matching key
   (:func:`textguard.text.normalize.fold_word`), so quote styles, case and Unicode forms do not matter.
2. **Candidates.** An inverted index maps each content word of the copy to the copy sentences that
   contain it. An original sentence looks up its own content words, weighted by rarity, and keeps
   the few copy sentences that share the most: no sentence is ever compared with the whole copy.
   Very common words (in more than :data:`_MAX_POSTINGS` sentences) are skipped.
3. **Backbone.** Pairs that are each other's best candidate with a high score are anchors; the
   longest increasing chain of anchors is the backbone of the alignment.
4. **Gaps.** Each remaining original sentence is scored with rapidfuzz against the copy sentences
   between its neighbours' anchors (alone, and merged with the next one), so a reworded sentence
   is found where it should be. A strong match far away is kept too: paragraphs move.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from ..text.lexicon import STOPWORDS
from ..text.normalize import normalize
from ..text.segment import Segmentation
from ..text.similarity import partial_ratio
from ..text.tokens import Tokens, tokenize
from .monotone import pair_in_order

__all__ = ["Alignment", "SentenceMatch", "align"]

#: Content words in more copy sentences than this are not used to find candidates: they would
#: make the cost quadratic in the length of the copy and say little.
_MAX_POSTINGS = 24
#: How many candidate copy sentences each original sentence scores, and the share of the best
#: candidate's shared weight a candidate needs to be scored at all.
_CANDIDATES = 4
_CANDIDATE_SHARE = 0.4
#: A candidate that scores this well is taken without scoring the ones that share less with it.
_CLEAR_WINNER = 90.0
#: Score (0-100) above which a mutual best pair is an anchor.
_ANCHOR = 80.0
#: A match this good is kept even when it is out of order (a moved paragraph).
_MOVED = 88.0
#: A sentence between matched neighbours is taken as reworded from this score, when it shares a
#: content word with the copy sentence where it should be.
_REWORDED = 30.0
#: Alone between matched neighbours, a sentence pairs with the lone copy sentence there from this
#: score even without a content word in common ("There's no guarantee." / "No promises.").
_POSITIONAL = 40.0
#: ... or whatever the score, when both have at most this many words.
_SHORT = 6
#: Gaps between matches longer than this are not paired by position.
_MAX_GAP = 16
#: Copy sentences right after the previous anchor that are always scored.
_NEAR = 2
#: An original sentence is looked for *inside* a longer copy sentence only from this length on:
#: short needles find a partial match almost anywhere.
_MIN_PARTIAL = 40
#: A merge with a neighbouring copy sentence must gain this much, or make the match near-exact
#: (from :data:`_NEAR_EXACT`) with at least :data:`_FRAGMENT_GAIN`.
_MERGE_GAIN = 6.0
_FRAGMENT_GAIN = 2.0
_NEAR_EXACT = 97.0
#: A sentence is looked for in at most this many consecutive copy sentences.
_MAX_PIECES = 4
#: How much better a copy sentence already matched must score than a free one to be shared.
_TAKEN_PENALTY = 8.0
#: Share of a sentence's content words that must be found in a longer copy sentence for the copy
#: to have merged it there.
_CONTAINED = 0.75


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """Original sentence ``original`` corresponds to copy sentences ``copy_first..copy_last``."""

    original: int
    copy_first: int
    copy_last: int
    score: float
    #: "anchor", "match" (found by similarity), "moved" (out of order) or "reworded" (weak, but
    #: where the neighbours say it should be).
    how: str


@dataclass(frozen=True)
class Alignment:
    """Which copy sentences each original body sentence became."""

    matches: dict[int, SentenceMatch]
    #: Original body sentences considered (global sentence indices of the original).
    original_sentences: tuple[int, ...]
    #: Copy sentences that are the counterpart of some original sentence.
    covered: frozenset[int]


#: A heading has at most this many words; its similarity to prose counts this much.
_HEADING_WORDS = 14
_HEADING_FACTOR = 0.75
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")

#: Content words are compared by their first letters, a crude stemmer that lets "harbour"
#: meet "harbours" and "stop" meet "stopping", in any language with suffixes.
_STEM = 4


@dataclass(slots=True)
class _Side:
    keys: list[tuple[str, ...]]
    strings: list[str]
    content: list[frozenset[str]]
    #: Whether each sentence is a heading: a short paragraph of its own with no sentence end.
    headings: list[bool]


def _side(seg: Segmentation, tokens: Tokens, sentences: Iterable[int]) -> _Side:
    keys: list[tuple[str, ...]] = []
    strings: list[str] = []
    headings: list[bool] = []
    for i in sentences:
        s = seg.sentences[i]
        words = tuple(tokens.keys[j] for j in tokens.between(s.start, s.end))
        keys.append(words)
        strings.append(" ".join(words) if words else _wordless(seg.text[s.start : s.end]))
        p = seg.paragraphs[s.paragraph]
        headings.append(
            p.sentence_count == 1
            and len(words) <= _HEADING_WORDS
            and not _ENDS_SENTENCE.search(seg.text, s.start, s.end)
        )
    stems: dict[str, str] = {}  # one string per distinct stem: texts repeat their words
    return _Side(keys, strings, [_content(ks, stems) for ks in keys], headings)


def _wordless(text: str) -> str:
    """The matching string of a sentence without words ("}", "*", "});"): its symbols, marked so
    that it never equals the string of a sentence with words. Code and lists repeat such lines,
    and each must pair with its own counterpart, in order, like any other sentence."""
    symbols = "".join(normalize(text).text.split())
    return f"\x00{symbols}" if symbols else ""


def _content(keys: tuple[str, ...], stems: dict[str, str] | None = None) -> frozenset[str]:
    """The stems of the content words among ``keys`` (see :func:`textguard.text.lexicon.is_content_word`)."""
    found = (k[:_STEM] for k in set(keys).difference(STOPWORDS) if len(k) > 1 or k.isdigit())
    return frozenset(found if stems is None else (stems.setdefault(k, k) for k in found))


def align(
    original: Segmentation,
    copy: Segmentation,
    *,
    sentences: Sequence[int] | None = None,
    threshold: float = 55.0,
    original_tokens: Tokens | None = None,
    copy_tokens: Tokens | None = None,
    derived: Callable[[str, Callable[[], Any]], Any] | None = None,
) -> Alignment:
    """Align ``sentences`` of ``original`` (default: all) with the sentences of ``copy``.

    ``threshold`` is the similarity (0-100) from which a copy sentence counts as a counterpart.
    ``derived`` is :meth:`textguard.engine.analysis.OriginalAnalysis.derived` of the original's
    analysis, when there is one: what alignment derives from the original alone is kept there.
    """
    wanted = tuple(range(len(original.sentences))) if sentences is None else tuple(sentences)
    otoks = original_tokens or tokenize(original.text)
    ctoks = copy_tokens or tokenize(copy.text)
    if derived is None:
        orig = _side(original, otoks, wanted)
    else:
        orig = derived("align", lambda: _side(original, otoks, wanted))
    cop = _side(copy, ctoks, range(len(copy.sentences)))
    m = len(cop.keys)
    n = len(wanted)
    if not n or not m:
        return Alignment({}, wanted, frozenset())

    scorer = _Scorer(orig, cop)
    postings: dict[str, list[int]] = defaultdict(list)
    for c, words in enumerate(cop.content):
        for w in words:
            postings[w].append(c)
    cap = _MAX_POSTINGS
    weight = {w: math.log(1.0 + m / len(p)) for w, p in postings.items() if len(p) <= cap}

    # Candidates and best scores. A sentence the copy kept word for word (the usual case) is found
    # by its key string at once.
    # The k-th occurrence of a sentence in the original pairs with its k-th occurrence in the copy,
    # when it occurs as often in both: otherwise position has to decide ("The." twice, "the." once).
    exact: dict[str, deque[int]] = defaultdict(deque)
    for c, text in enumerate(cop.strings):
        if text:
            exact[text].append(c)
    in_original = Counter(orig.strings)
    for text in [t for t, cs in exact.items() if len(cs) != in_original.get(t, 0)]:
        del exact[text]
    best: list[tuple[float, int, int]] = []  # (score, first, last) per original sentence
    candidates: list[list[int]] = []
    for i in range(n):
        same = exact.get(orig.strings[i])
        if same:
            c = same.popleft()
            best.append((100.0, c, c))
            candidates.append([c])
            continue
        acc: dict[int, float] = defaultdict(float)
        for w in orig.content[i]:
            wt = weight.get(w)
            if wt is not None:
                for c in postings[w]:
                    acc[c] += wt
        cands = sorted(acc, key=lambda c: (-acc[c], c))[:_CANDIDATES]
        if cands:  # candidates that share far less than the best one are not worth scoring
            floor = _CANDIDATE_SHARE * acc[cands[0]]
            cands = [c for c in cands if acc[c] >= floor]
        candidates.append(cands)
        best.append(scorer.best(i, cands, ranked=True))

    # Anchors: mutual best pairs with a high score, then the longest increasing chain of them.
    # Two original sentences tied for one copy sentence (a sentence the original repeats) are
    # ambiguous: neither is an anchor, and the gaps place them in reading order.
    best_for_copy: dict[int, tuple[float, int]] = {}
    tied: set[int] = set()
    for i, (score, first, _last) in enumerate(best):
        if score < _ANCHOR:
            continue
        held = best_for_copy.get(first)
        if held is None or held[0] < score:
            best_for_copy[first] = (score, i)
            tied.discard(first)
        elif held[0] == score:
            tied.add(first)
    anchors = sorted(
        i
        for i, (score, first, _l) in enumerate(best)
        if score >= _ANCHOR and first not in tied and best_for_copy[first][1] == i
    )
    chain = _longest_increasing(anchors, key=lambda i: best[i][1])

    matches: dict[int, SentenceMatch] = {}
    for i in chain:
        score, first, last = best[i]
        matches[i] = SentenceMatch(wanted[i], first, last, score, "anchor")

    # Gaps between anchors: search the copy sentences between the neighbours' counterparts.
    anchored = {c for i in chain for c in range(best[i][1], best[i][2] + 1)}
    held = {best[i][1]: best[i][0] for i in chain if best[i][1] == best[i][2]}  # copy sentence -> score
    previous: int | None = None  # where the counterpart of the previous original sentence ends
    for i in range(n):
        if i in matches:
            previous = matches[i].copy_last
            continue
        lo, hi = _window(chain, best, i, m)
        if previous is not None and lo <= previous <= hi:
            lo = previous  # the gap narrows as its sentences are found, in order
        # The candidates that lie in the gap, and the first few sentences of the gap, where the
        # next sentence usually is.
        window = sorted({c for c in candidates[i] if lo <= c <= hi} | set(range(lo, min(hi, lo + _NEAR) + 1)))
        score, first, last = scorer.best(i, window, ranked=True)
        if first in anchored:
            # A copy sentence an anchor already holds is the counterpart only if clearly better
            # than a free one: two original sentences rarely become one.
            free = scorer.best(i, [c for c in window if c not in anchored], exclude=anchored)
            if free[0] >= score - _TAKEN_PENALTY:
                score, first, last = free
            elif score < _MOVED and all(held.get(c, 0.0) >= _NEAR_EXACT for c in range(first, last + 1)):
                score = 0.0  # copy sentences that are another sentence word for word hold no other
        if score >= threshold:
            matches[i] = SentenceMatch(wanted[i], first, last, score, "match")
            anchored.update(range(first, last + 1))
            previous = last
        elif best[i][0] >= _MOVED:
            score, first, last = best[i]
            matches[i] = SentenceMatch(wanted[i], first, last, score, "moved")

    # Rewrites: runs of sentences still unmatched, between two matched neighbours close together,
    # are paired in order with the uncovered copy sentences between those neighbours.
    spans = {i: (sm.copy_first, sm.copy_last) for i, sm in matches.items()}
    order = _longest_increasing(sorted(spans), key=lambda i: spans[i][0])
    taken = {c for first, last in spans.values() for c in range(first, last + 1)}
    for k in range(1, len(order)):
        run = [i for i in range(order[k - 1] + 1, order[k]) if i not in matches]
        lo, hi = spans[order[k - 1]][1] + 1, spans[order[k]][0] - 1
        if not run or hi < lo or hi - lo > _MAX_GAP or len(run) > _MAX_GAP:
            continue
        free = [c for c in range(lo, hi + 1) if c not in taken]
        for i, c, score in _pair_in_order(scorer, run, free):
            matches[i] = SentenceMatch(wanted[i], c, c, score, "reworded")
            taken.add(c)

    # Words of the original between consecutive sentences of ``wanted`` (its furniture lines).
    between = [0] + [
        len(otoks.between(original.sentences[a].end, original.sentences[b].start)) for a, b in zip(wanted, wanted[1:])
    ]
    _verbatim(matches, wanted, orig, copy, ctoks, between)
    covered = frozenset(c for sm in matches.values() for c in range(sm.copy_first, sm.copy_last + 1))
    return Alignment({sm.original: sm for sm in matches.values()}, wanted, covered)


#: A sentence is looked for word for word in at most this many copy words around its place.
_VERBATIM_WINDOW = 600
#: ... or right after the words of the sentence before it, with at most this many copy words
#: between: further on, a short line ("0.4%", "Name") would find another line's words.
_CURSOR_SLACK = 2
#: How many words of sentences not found after the cursor it may lose sight of (a reworded
#: cell or line) before it is lost.
_MAX_SKIPPED = 40


def _verbatim(
    matches: dict[int, SentenceMatch],
    wanted: Sequence[int],
    orig: _Side,
    copy: Segmentation,
    ctoks: Tokens,
    between: Sequence[int],
) -> None:
    """Give every original sentence whose words the copy has word for word, near where the
    alignment puts it, the copy sentences that hold those words.

    Lines joined or split move sentence ends: a heading joined to the sentence after it ("Key
    points: The council will ...") has no copy sentence of its own, and a sentence split by a line
    break in its middle leaves a fragment ("day.") that no similarity scores well. Their words are
    still there, in order, between the counterparts of their neighbours: that is a match, whatever
    the sentence boundaries. Cost: a bounded window of copy words per sentence not matched exactly.
    """
    n, m = len(wanted), len(copy.sentences)
    if not m:
        return
    first_token: list[int] = []  # the first token of each copy sentence (and the end)
    for sentence in copy.sentences:
        first_token.append(ctoks.between(sentence.start, sentence.end).start)
    first_token.append(len(ctoks.keys))
    claims = Counter(c for sm in matches.values() for c in range(sm.copy_first, sm.copy_last + 1))
    # Where the words of the previous original sentence end in the copy, when known: the next
    # sentence's words usually follow right there. That finds the short lines a copy ran together
    # into one long sentence (a table, a list of headings, the whole text on one line), where the
    # copy sentences around a sentence hold far more words than a window takes.
    cursor: int | None = 0  # the first sentence usually opens the copy
    skipped = 0  # words of the sentences since the cursor that were not found after it
    for i in range(n):
        words = orig.keys[i]
        if between[i]:  # lines of the original that are not aligned (its furniture) stand here
            cursor, skipped = _advance(cursor, skipped, None, between[i])
        if not words:
            continue
        found = matches.get(i)
        own = range(found.copy_first, found.copy_last + 1) if found is not None else range(0)
        after: int | None = None  # where the words stand right after the cursor
        if cursor is not None:
            hi = min(len(ctoks.keys), cursor + skipped + len(words) + _CURSOR_SLACK)
            after = next(_find_words(ctoks.keys, cursor, hi, words), None)
        # A match word for word is kept, unless another sentence holds its copy sentences too (a
        # sentence the original repeats, matched twice to one occurrence while another is free).
        if found is not None and found.score >= 100.0 and all(claims[c] == 1 for c in own):
            end = after + len(words) if after is not None else _located(ctoks.keys, first_token, found, words, cursor)
            cursor, skipped = _advance(cursor, skipped, end, len(words))
            continue
        ranges: list[tuple[int, int]] = [] if after is None else [(after, after + len(words))]
        window = _verbatim_window(matches, i, n, m, found)
        if window is not None:
            lo, hi = first_token[window[0]], first_token[window[1] + 1]
            if hi - lo <= _VERBATIM_WINDOW + 4 * len(words):
                ranges.append((lo, hi))
        best: tuple[int, int] | None = None
        at_best = -1
        for lo, hi in ranges:
            for at in _find_words(ctoks.keys, lo, hi, words):
                c1 = bisect_right(first_token, at) - 1
                c2 = bisect_right(first_token, at + len(words) - 1) - 1
                free = all(claims[c] - (c in own) == 0 for c in range(c1, c2 + 1))
                if best is None or free:
                    best, at_best = (c1, c2), at
                if free:
                    break
            if best is not None:
                break
        if best is None:
            end = _located(ctoks.keys, first_token, found, words, cursor) if found is not None else None
            cursor, skipped = _advance(cursor, skipped, end, len(words))
            continue
        cursor, skipped = at_best + len(words), 0
        if found is not None and best == (found.copy_first, found.copy_last):
            continue
        if (
            found is not None
            and not free
            and all(claims[c] == 1 for c in own)
            and (found.score >= _MOVED or _out_of_order(matches, i, n, best))
        ):
            # A close match of its own beats an occurrence another sentence holds, and so does a
            # match of its own in reading order when that occurrence stands before the previous
            # sentence's counterpart or after the next one's: a line the original repeats
            # ("Retrieved 2 May 2016.") that the copy changed in one place is not the other line.
            continue
        claims.subtract(own)
        claims.update(range(best[0], best[1] + 1))
        matches[i] = SentenceMatch(wanted[i], best[0], best[1], 100.0, found.how if found else "match")


def _out_of_order(matches: dict[int, SentenceMatch], i: int, n: int, at: tuple[int, int]) -> bool:
    """Whether copy sentences ``at`` lie wholly before the counterpart of the nearest matched
    sentence before ``i``, or wholly after that of the nearest one after it."""
    before = next((matches[k] for k in range(i - 1, max(-1, i - 1 - _MAX_PIECES), -1) if k in matches), None)
    after = next((matches[k] for k in range(i + 1, min(n, i + 1 + _MAX_PIECES)) if k in matches), None)
    return (before is not None and at[1] < before.copy_first) or (after is not None and at[0] > after.copy_last)


def _advance(cursor: int | None, skipped: int, end: int | None, length: int) -> tuple[int | None, int]:
    """The cursor after a sentence of ``length`` words whose words end at ``end`` in the copy
    (``None``: not found). A sentence not found leaves the cursor where it was, with its words
    counted as skipped, until more than :data:`_MAX_SKIPPED` words were."""
    if end is not None:
        return end, 0
    if cursor is None or skipped + length > _MAX_SKIPPED:
        return None, 0
    return cursor, skipped + length


def _located(
    keys: Sequence[str], first_token: list[int], found: SentenceMatch, words: tuple[str, ...], cursor: int | None
) -> int | None:
    """Where ``words`` end inside the copy sentences of ``found`` (from ``cursor`` on when it is
    inside them), or ``None``: the cursor of :func:`_verbatim`. Each search starts where the last
    one ended, so sentences that share one long copy sentence cost its length once."""
    lo, hi = first_token[found.copy_first], first_token[found.copy_last + 1]
    if cursor is not None and lo <= cursor <= hi:
        lo = cursor
    if hi - lo == len(words):
        return hi
    at = next(_find_words(keys, lo, hi, words), None)
    return None if at is None else at + len(words)


def _verbatim_window(
    matches: dict[int, SentenceMatch], i: int, n: int, m: int, found: SentenceMatch | None
) -> tuple[int, int] | None:
    """The copy sentences where original sentence ``i`` may stand: around its match, or between
    its matched neighbours' counterparts (``None`` when they are missing or far apart)."""
    if found is not None:
        return max(0, found.copy_first - _MAX_PIECES), min(m - 1, found.copy_last + _MAX_PIECES)
    before = next((matches[k] for k in range(i - 1, max(-1, i - 1 - _MAX_PIECES), -1) if k in matches), None)
    after = next((matches[k] for k in range(i + 1, min(n, i + 1 + _MAX_PIECES)) if k in matches), None)
    if before is None and after is None and m > _MAX_PIECES:
        return None
    # With no neighbour matched, a short copy is searched whole ("A.\nA." as "A. A.").
    lo = before.copy_last if before is not None else max(0, after.copy_first - _MAX_PIECES) if after else 0
    hi = after.copy_first if after is not None else min(m - 1, lo + _MAX_PIECES)
    if hi < lo or hi - lo > 2 * _MAX_PIECES:
        return None
    return lo, hi


def _find_words(keys: Sequence[str], lo: int, hi: int, words: tuple[str, ...]) -> Iterator[int]:
    """The positions in ``keys[lo:hi]`` where ``words`` stand in a row, in order."""
    k = len(words)
    head = words[0]
    for p in range(lo, hi - k + 1):
        if keys[p] == head and tuple(keys[p : p + k]) == words:
            yield p


def _pair_in_order(scorer: _Scorer, run: list[int], free: list[int]) -> list[tuple[int, int, float]]:
    """Pair original sentences ``run`` with copy sentences ``free``, both in order, maximising the
    total score of acceptable pairs."""
    one_to_one = len(run) == 1 and len(free) == 1

    def gain(i: int, c: int) -> float:
        s = scorer.score(i, c, c)
        if one_to_one and (s >= _POSITIONAL or scorer.both_short(i, c)):
            return max(s, 1.0)
        return s if s >= _REWORDED and scorer.shares_content(i, c) else 0.0

    return [(i, c, scorer.score(i, c, c)) for i, c in pair_in_order(run, free, gain)]


def _window(chain: list[int], best: list[tuple[float, int, int]], i: int, m: int) -> tuple[int, int]:
    """The copy sentences between the counterparts of the anchors around original sentence ``i``."""
    k = bisect_right(chain, i)
    lo = best[chain[k - 1]][2] if k > 0 else 0
    hi = best[chain[k]][1] if k < len(chain) else m - 1
    return (lo, hi) if lo <= hi else (hi, lo)


class _Scorer:
    """Scores an original sentence against copy sentences, alone or merged with a neighbour."""

    def __init__(self, orig: _Side, cop: _Side) -> None:
        self.orig = orig
        self.cop = cop
        self._memo: dict[tuple[int, int, int], float] = {}

    def score(self, i: int, first: int, last: int) -> float:
        """Similarity (0-100) of original sentence ``i`` and copy sentences ``first..last``."""
        key = (i, first, last)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._score(i, first, last)
        return found

    def _score(self, i: int, first: int, last: int) -> float:
        score = self._similarity(i, first, last)
        # Publishers' subheadings paraphrase the text around them: a heading is a poor
        # counterpart of a sentence of prose, and prose of a heading.
        if first == last and self.cop.headings[first] != self.orig.headings[i]:
            score *= _HEADING_FACTOR
        return score

    def _similarity(self, i: int, first: int, last: int) -> float:
        a = self.orig.strings[i]
        b = self.cop.strings[first] if first == last else " ".join(self.cop.strings[first : last + 1])
        if not a or not b:
            return 0.0
        s = max(fuzz.ratio(a, b), self._content_score(i, first, last))
        if len(b) > 1.6 * len(a) and len(a) >= _MIN_PARTIAL and s < 95.0:
            # The copy merged this sentence into a longer one: look for it inside, locally. Only a
            # partial score that beats ``s`` counts, and rapidfuzz gives up early below it.
            s = max(s, 0.95 * partial_ratio(a, b, score_cutoff=s / 0.95))
        return s

    def _content_score(self, i: int, first: int, last: int) -> float:
        """Content words in common, which survives reordering and light rewording: their Dice
        coefficient, or, when the copy merged this sentence into a longer one, the share of the
        sentence's content found there (containment, from three content words on)."""
        a = self.orig.content[i]
        if len(a) < 3:
            return 0.0
        b = (
            self.cop.content[first]
            if first == last
            else frozenset().union(*self.cop.content[first : last + 1])
        )
        if not b:
            return 0.0
        common = len(a & b)
        score = 90.0 * 2 * common / (len(a) + len(b))
        if len(b) > len(a) and common / len(a) >= _CONTAINED:
            score = max(score, 85.0 * common / len(a))
        return score

    def part_of(self, c: int, i: int) -> bool:
        """True when copy sentence ``c`` is a short piece all of whose words are in original ``i``
        (the tail of a sentence a line break cut off: "a.")."""
        words = self.cop.keys[c]
        return 0 < len(words) <= _SHORT and set(words) <= set(self.orig.keys[i])

    def both_short(self, i: int, c: int) -> bool:
        """True when both sentences are short (a few words): rewording leaves them nothing in common."""
        return len(self.orig.keys[i]) <= _SHORT and len(self.cop.keys[c]) <= _SHORT

    def shares_content(self, i: int, c: int) -> bool:
        """True when the two sentences have a content word in common."""
        return bool(self.orig.content[i] & self.cop.content[c])

    def best(
        self,
        i: int,
        window: Iterable[int],
        *,
        merges: bool = True,
        ranked: bool = False,
        exclude: Collection[int] = (),
    ) -> tuple[float, int, int]:
        """The best copy sentence (or run of neighbours, when ``merges``) in ``window``.

        With ``ranked`` the window is ordered best-first (candidates by shared content), and the
        search stops at the first clear winner. Merges never take in a sentence of ``exclude``.
        """
        top = (0.0, -1, -1)
        m = len(self.cop.strings)
        for c in window:
            if 0 <= c < m:
                s = self.score(i, c, c)
                if s > top[0]:
                    top = (s, c, c)
                    if ranked and s >= _CLEAR_WINNER:
                        break
        c = top[1]
        # The copy may have merged this sentence with a neighbour, or split it in two (a line break
        # in the wrong place leaves a fragment). A merge must earn its place: a clear gain, or a
        # small one that makes the match near-exact.
        if merges and c >= 0 and top[0] < 100.0:
            single = top[0]
            for first, last in ((c, c + 1), (c - 1, c)):
                if 0 <= first and last < m and first not in exclude and last not in exclude:
                    s2 = self.score(i, first, last)
                    gain = s2 - single
                    if s2 > top[0] and (
                        gain >= _MERGE_GAIN or (s2 >= _NEAR_EXACT and gain >= _FRAGMENT_GAIN)
                    ):
                        top = (s2, first, last)
            # A sentence broken into several pieces: keep extending while it clearly helps.
            while top[1] != top[2] and top[2] - top[1] + 1 < _MAX_PIECES:
                grown = max(
                    [
                        (self.score(i, f, l), f, l)
                        for f, l in ((top[1] - 1, top[2]), (top[1], top[2] + 1))
                        if 0 <= f and l < m and f not in exclude and l not in exclude
                    ]
                    or [(0.0, 0, 0)]
                )
                added = grown[1] if grown[1] < top[1] else grown[2]
                if grown[0] < top[0] + _FRAGMENT_GAIN and not (grown[0] >= top[0] and self.part_of(added, i)):
                    break
                top = grown
        if top[1] < 0:
            return (0.0, 0, 0)
        return top


def _longest_increasing(items: list[int], *, key: Callable[[int], int]) -> list[int]:
    """The longest subsequence of ``items`` whose ``key`` strictly increases (patience sorting)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev: dict[int, int | None] = {}
    for it in items:
        k = key(it)
        pos = bisect_left(tails, k)
        prev[it] = tail_idx[pos - 1] if pos > 0 else None
        if pos == len(tails):
            tails.append(k)
            tail_idx.append(it)
        else:
            tails[pos] = k
            tail_idx[pos] = it
    out: list[int] = []
    cur = tail_idx[-1] if tail_idx else None
    while cur is not None:
        out.append(cur)
        cur = prev[cur]
    return out[::-1]
