"""Matching for the entity check: what became of each mention of a name in the copy.

Kept apart from the findings it leads to: matching decides, for one mention, whether the copy has
it as written, re-cased, misspelt, replaced by another name or not at all (see
:mod:`textguard.checks.entities` for the rules); reporting turns those outcomes into findings.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from ...engine.context import CheckContext
from ...extract.dates import CALENDAR_WORDS
from ...extract.entities import CONNECTORS, TITLES, Entity, Mention
from ...extract.name_words import WEAK_TITLES
from ...extract.words import Word
from ...text.lexicon import STOPWORDS
from ...text.names import is_derived_name, is_similar_name, name_similarity
from ._index import Variants, Vocabulary, WordIndex

__all__ = ["EntityMatcher", "Outcome"]

#: A copy sentence that matches an original one this well is that sentence.
_VERBATIM = 97.0
#: Share of their words (difflib's ratio) that paired sentences must have in common for a word
#: replaced between them to be read as replaced in place (unless that word is their only
#: difference: "Westmere Board." as "Royal Board.").
_SIDE_BY_SIDE = 0.6


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one mention: ``how`` is present, recased, altered, swapped, lost or
    unaligned; ``span`` is the copy's form for recased, altered and swapped, and ``changed`` the
    keys of the copy words that differ (one finding per distinct change)."""

    how: str
    span: tuple[int, int] | None = None
    changed: tuple[str, ...] = ()


@dataclass
class EntityMatcher:
    """Finds what became of each mention in the copy; caches the copy regions it has indexed."""

    ctx: CheckContext
    variants: Variants
    original: WordIndex
    copy: WordIndex
    _regions: dict[range, Vocabulary] = field(default_factory=dict)
    _positions: dict[int, int] = field(default_factory=dict)
    #: The original's entities (for how many mentions of a name a region should have).
    entities: tuple[Entity, ...] = ()
    _mentions: dict[str, list[Mention]] | None = None
    _placed: dict[str, tuple[list[int], list[tuple[int, frozenset[str]]]]] = field(default_factory=dict)

    @cached_property
    def lowercase(self) -> frozenset[str]:
        """The canonical keys of the copy's words written in lower case: a name whose first word
        is not among them cannot have been re-cased."""
        return frozenset(
            ks[0] for w, ks in zip(self.copy.words, self.copy.keys, strict=True) if not w.capital
        )

    def region(self, span: range) -> Vocabulary:
        region = self._regions.get(span)
        if region is None:
            region = Vocabulary(k for ks in self.copy.keys[span.start : span.stop] for k in ks)
            self._regions[span] = region
        return region

    def canon(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.variants.canon(w) for w in words)

    # --- one mention -------------------------------------------------------------------------

    def judge(self, m: Mention, *, absent: bool, person: bool = False) -> Outcome:
        """What became of mention ``m``; ``absent`` says whether its entity is nowhere in the copy
        (only then may another name in its place be a swap rather than a rewording); ``person``
        whether it names a person (a title beside a person's name is no changed word)."""
        ctx = self.ctx
        sentence = ctx.original.sentence_at(m.start)
        wide = ctx.counterpart(m.start, m.end, context=1)
        if sentence is None or sentence not in ctx.alignment.matches or wide is None or self.elsewhere(sentence):
            return Outcome("unaligned")
        span = self.copy.between(*wide)
        region = self.region(span)
        words: tuple[str, ...] = ()
        found: tuple[str, ...] = ()
        for form in self.variants.forms(m.words):
            form = self.canon(form)
            have = tuple(w for w in form if region.has(w))
            if len(have) == len(form):
                # Every word of the name counts: scattered over the region ("Midwives" in a
                # quotation next to "Royal College of Nursing") they are not the name, and
                # where the original names it twice the copy must have it whole twice.
                complete, have = self.together(form, span)
                if complete >= self.mentions_in_region(m, wide):
                    have = form
            if len(have) == len(form):
                recased = self.recased(form, span)
                if recased is None:
                    return Outcome("present")
                return Outcome("recased", recased, (self.ctx.copy.text[recased[0] : recased[1]],))
            if not words or len(have) > len(found):
                words, found = form, have
        missing = [w for w in words if w not in found]
        altered = (
            self.misspelt(words, missing, span)
            or self.beside(words, missing, span, sentence=sentence, person=person)
            or self.substituted(words, span, sentence=sentence, person=person)
            or self.in_place(m, words, span, sentence=sentence, person=person)
        )
        if altered:
            return altered
        if len(words) >= 2 and 2 * len(found) >= len(words):
            return Outcome("present")  # a shortened form: "Lindqvist" for "Vera Lindqvist"
        return (self.swapped(m, span) if absent else None) or Outcome("lost")

    @cached_property
    def _original_capitals(self) -> frozenset[str]:
        """The keys of the words the original capitalises mid-sentence: names of its own."""
        return frozenset(
            ks[0] for w, ks in zip(self.original.words, self.original.keys, strict=True) if w.capital and not w.initial
        )

    @cached_property
    def _verbatim(self) -> dict[int, int]:
        """Copy sentences that are the near-verbatim counterpart of one original sentence."""
        return {
            m.copy_first: i
            for i, m in self.ctx.alignment.matches.items()
            if m.copy_first == m.copy_last and m.score >= _VERBATIM
        }

    def elsewhere(self, sentence: int) -> bool:
        """Whether the alignment paired ``sentence`` with copy sentences that are each another
        original sentence word for word: then it has no counterpart of its own (a heading paired
        with its neighbour's in a copy that lost it), and nothing there is a changed name."""
        m = self.ctx.alignment.matches[sentence]
        owners = self._verbatim
        return all(owners.get(c, sentence) != sentence for c in range(m.copy_first, m.copy_last + 1))

    def together(self, words: tuple[str, ...], span: range) -> tuple[int, tuple[str, ...]]:
        """How many times every word of the name stands side by side in the copy region (joined
        by spaces, hyphens or connectors, in any order: "Oxford University" for "University of
        Oxford"), and the most words of it that do so where not all of them do, in the name's
        order."""
        if len(span) > _WALK_UP_TO and words:
            return _together_by_position(self.copy.words, self.copy.keys, self._copy_positions, words, span)
        return _together_walk(self.copy.words, self.copy.keys, words, span)

    @cached_property
    def _copy_positions(self) -> _Positions:
        return _Positions(self.copy.words, self.copy.keys)

    def mentions_in_region(self, m: Mention, wide: tuple[int, int]) -> int:
        """How many mentions with every word of ``m`` ("Lindqvist" in "Vera Lindqvist" too) the
        original has whose counterparts lie in the copy region ``wide`` (one or more: the region
        was found from ``m``)."""
        lo, hi = wide
        words = set(m.words)
        count = 0
        if m.words:
            # Only mentions whose counterpart starts inside the region can count: a bisection, not
            # a walk over every mention of a name a long text repeats.
            starts, places = self._places(m.words[0])
            for k in range(bisect_left(starts, lo), len(starts)):
                if starts[k] > hi:
                    break
                end, x_words = places[k]
                if end <= hi and words <= x_words:
                    count += 1
        return max(count, 1)

    def _places(self, word: str) -> tuple[list[int], list[tuple[int, frozenset[str]]]]:
        """The counterparts of the mentions with ``word`` that have one, sorted by where they
        start in the copy: their starts, and their ends with the mentions' words."""
        found = self._placed.get(word)
        if found is None:
            placed = []
            for x in self._by_word().get(word, ()):
                place = self.ctx.counterpart(x.start, x.end)
                if place is not None:
                    placed.append((place[0], place[1], frozenset(x.words)))
            placed.sort(key=lambda p: p[0])
            found = self._placed[word] = ([p[0] for p in placed], [(p[1], p[2]) for p in placed])
        return found

    def _by_word(self) -> dict[str, list[Mention]]:
        if self._mentions is None:
            self._mentions = {}
            for e in self.entities:
                for x in e.mentions:
                    for w in set(x.words):
                        self._mentions.setdefault(w, []).append(x)
        return self._mentions

    def candidate(self, w: Word) -> bool:
        """A copy word that may be a changed form of a name: capitalised, never used by the
        original, and not a common word of the copy."""
        return (
            w.capital
            and self.variants.canon(w.key) not in self.original.vocabulary.keys
            and w.key not in self.copy.lower
            and w.key not in STOPWORDS
            and w.key not in CALENDAR_WORDS
            and w.key not in TITLES
            and len(w.key) >= 3
        )

    def misspelt(self, words: tuple[str, ...], missing: list[str], span: range) -> Outcome | None:
        """Copy words that look like the missing words of the name."""
        hits: list[int] = []
        for key in missing:
            scored = [
                (name_similarity(key, self.copy.words[i].key), i)
                for i in span
                if self.candidate(self.copy.words[i]) and is_similar_name(key, self.copy.words[i].key)
            ]
            if scored:
                hits.append(max(scored)[1])
        return self.altered(hits, words, span) if hits else None

    def replacement(self, at: int, span: range, sentence: int, *, person: bool) -> bool:
        """A copy word that may stand in place of a word of a name, right beside the rest of it:
        capitalised, not a function word, and new there: the original never uses it, or uses it
        only as a common word and fewer times around the name's sentence than the copy's region
        does ("National" for "Federal" where the original speaks of "national security"). A word
        the original capitalises mid-sentence is a name of its own, never a replacement: pages
        full of menus and headings make that the safer side. A word
        that is a title only sometimes ("General", "State") counts beside the name of something
        other than a person."""
        w = self.copy.words[at]
        if not self.swapped_in(w, person=person):
            return False
        key = self.variants.canon(w.key)
        if key not in self.original.vocabulary.keys:
            return True
        if key in self._original_capitals:
            return False  # a name word of the original's own: it stands for itself
        sentences = self.ctx.original.sentences
        lo = sentences[max(0, sentence - 1)].start
        hi = sentences[min(len(sentences) - 1, sentence + 1)].end
        had = sum(key in self.original.keys[i] for i in self.original.between(lo, hi))
        has = sum(key in self.copy.keys[i] for i in span)
        return has > had

    def beside(
        self, words: tuple[str, ...], missing: list[str], span: range, *, sentence: int, person: bool
    ) -> Outcome | None:
        """A missing word replaced in place: the copy word next to the rest of the name
        ("Vera Lindkvist"), over connectors ("Institute for Ocean Science")."""
        cw = self.copy.words
        for k, key in enumerate(words):
            if key not in missing:
                continue
            for step in (-1, 1):
                if not 0 <= k + step < len(words) or words[k + step] in missing:
                    continue
                for i in span:
                    if not cw[i].capital or self.variants.canon(cw[i].key) != words[k + step]:
                        continue
                    j = self.next_word(i, -step, span)
                    if j is None or not self.replacement(j, span, sentence, person=person):
                        continue
                    # "National Heritage Fund" for "Wetlands Restoration Fund": the words further
                    # out that stand for the other missing words.
                    hits = [j]
                    while len(hits) < len(missing):
                        x = self.next_word(hits[-1], -step, span)
                        if x is None or not self.swap_word(cw[x]):
                            break
                        hits.append(x)
                    return self.altered(hits, words, span)
        return None

    def substituted(
        self, words: tuple[str, ...], span: range, *, sentence: int, person: bool
    ) -> Outcome | None:
        """The name written whole but for one word, in its order ("Raspberry Central
        Foundation" for "Raspberry Pi Foundation"), wherever it stands in the region."""
        if len(words) < 2:
            return None
        cw, keys = self.copy.words, self.copy.keys
        runs: list[list[int]] = [[]]
        for i in span:
            w = cw[i]
            if not w.link or not (w.capital or w.key in CONNECTORS):
                runs.append([])
            if w.capital:
                runs[-1].append(i)
        n = len(words)
        for run in runs:
            for at in range(len(run) - n + 1):
                window = run[at : at + n]
                if any(not cw[window[k]].link for k in range(1, n)):
                    continue
                odd = [i for i, word in zip(window, words, strict=True) if word not in keys[i]]
                if len(odd) == 1 and self.replacement(odd[0], span, sentence, person=person):
                    return self.altered(odd, words, span)
        return None

    def in_place(
        self, m: Mention, words: tuple[str, ...], span: range, *, sentence: int, person: bool
    ) -> Outcome | None:
        """Words of a multi-word name replaced at their very place in the paired sentence: the
        original sentence and its counterpart compared word by word, the rest of the name kept
        beside them ("Royal Health Trust" for "Westmere Health Trust"). There a replacement that
        the page also uses as a name of its own ("Royal", "National") is still a changed word:
        the side-by-side comparison, not the page's vocabulary, says what stood in its place."""
        if len(words) < 2:
            return None
        ctx = self.ctx
        match = ctx.alignment.matches[sentence]
        s = ctx.original.sentences[sentence]
        first, last = ctx.copy.sentences[match.copy_first], ctx.copy.sentences[match.copy_last]
        ow, cw = self.original.words, self.copy.words
        oi, ci = self.original.between(s.start, s.end), self.copy.between(first.start, last.end)
        name = {k for k, i in enumerate(oi) if m.start <= ow[i].start < m.end}
        if len(name) < 2:
            return None
        a = [self.original.keys[i][0] for i in oi]
        b = [self.copy.keys[j][0] for j in ci]
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        ops = matcher.get_opcodes()
        if sum(op != "equal" for op, *_ in ops) > 1 and matcher.ratio() < _SIDE_BY_SIDE:
            return None  # sentences paired by their topic, not written word for word alike
        kept = {k for op, i1, i2, _, _ in ops if op == "equal" for k in range(i1, i2)} & name
        for op, i1, i2, j1, j2 in ops:
            if op != "replace" or i2 - i1 != j2 - j1 or not set(range(i1, i2)) <= name:
                continue
            if not kept or len(kept) + i2 - i1 != len(name):
                continue  # the whole name is elsewhere, or more of it changed than this
            old = [ow[oi[k]] for k in range(i1, i2)]
            new = [ci[j] for j in range(j1, j2)]
            # At the very place of a word of an organisation's name, a title is no title
            # ("the Vice Health Trust" for "the Vire Health Trust"); beside a person's name it may be.
            if all(w.capital for w in old) and all(
                self.swapped_in(cw[j], person=person, titles=not person) for j in new
            ):
                return self.altered(new, words, span)
        return None

    def swapped_in(self, w: Word, *, person: bool, titles: bool = False) -> bool:
        """A copy word that may stand in a name in place of one of its words: capitalised, not a
        function word, a month or weekday, nor a title beside a person's name (nor, unless
        ``titles``, a title that is always one)."""
        if not w.capital or len(w.key) < 2 or w.key in STOPWORDS or w.key in CALENDAR_WORDS:
            return False
        if titles:
            return True
        return not (w.key in TITLES and (person or w.key not in WEAK_TITLES))

    def next_word(self, i: int, step: int, span: range) -> int | None:
        """The copy word after (``step`` 1) or before (-1) word ``i`` in the same name, over
        connectors; ``None`` at punctuation."""
        cw = self.copy.words
        j = i
        for _ in range(3):
            if not (j + step) in span or not cw[max(j, j + step)].link:
                return None
            j += step
            if cw[j].capital or cw[j].key not in CONNECTORS:
                return j
        return None

    def swapped(self, m: Mention, span: range) -> Outcome | None:
        """Another name between the mention's neighbouring words."""
        ow = self.original.words
        a = self._position(m.start)
        b = a
        while b < len(ow) and ow[b].start < m.end:
            b += 1
        cw = self.copy.words
        keys = [cw[i].key for i in span]
        longest = b - a + 1
        for anchor, direction in ((_anchor(ow, a, -1), -1), (_anchor(ow, b, 1), 1)):
            for p in _find(keys, anchor) if anchor else ():
                if direction < 0:  # the name follows the anchor
                    lo = hi = span.start + p + len(anchor)
                    while hi < span.stop and hi - lo < longest and cw[hi].link and self.swap_word(cw[hi]):
                        hi += 1
                else:  # the name precedes the anchor
                    lo = hi = span.start + p
                    while (
                        lo > span.start and hi - lo < longest and cw[lo].link and self.swap_word(cw[lo - 1])
                    ):
                        lo -= 1
                if lo < hi and not set(m.words) <= {cw[i].key for i in range(lo, hi)}:
                    changed = tuple(cw[i].key for i in range(lo, hi))
                    return Outcome("swapped", (cw[lo].start, cw[hi - 1].end), changed)
        return None

    def swap_word(self, w: Word) -> bool:
        """A copy word that can be part of a name standing in for another."""
        if not w.capital or w.key in CALENDAR_WORDS or w.key in TITLES:
            return False
        if w.acronym:
            return True
        return w.key not in STOPWORDS and not (w.initial and w.key in self.copy.lower)

    def altered(self, hits: list[int], words: tuple[str, ...], span: range) -> Outcome:
        changed = tuple(sorted({self.copy.words[i].key for i in hits}))
        return Outcome("altered", self.grow(hits, words, span), changed)

    def grow(self, hits: list[int], words: tuple[str, ...], span: range) -> tuple[int, int]:
        """The copy's form of the name around the changed words: the changed words plus the
        neighbouring words of the name (and connectors between them)."""
        cw = self.copy.words
        names = set(words)
        lo, hi = min(hits), max(hits)
        if any(not cw[i].link for i in range(lo + 1, hi + 1)) or hi - lo > len(words) + 1:
            lo = hi = hits[0]

        def part(i: int) -> bool:
            return cw[i].capital and self.variants.canon(cw[i].key) in names

        def reach(i: int, step: int) -> int:
            # from word i, the farthest word of the name in direction step, over connectors
            j = i + step
            while j in span and cw[max(j, j - step)].link and not cw[j].capital and cw[j].key in CONNECTORS:
                j += step
            return j if j in span and cw[max(j, j - step)].link and part(j) else i

        while (nxt := reach(lo, -1)) != lo:
            lo = nxt
        while (nxt := reach(hi, 1)) != hi:
            hi = nxt
        return cw[lo].start, cw[hi].end

    def recased(self, words: tuple[str, ...], span: range) -> tuple[int, int] | None:
        """The copy's span of the name when the copy has it only in lower case."""
        if all(w in self.original.lower for w in words) or words[0] not in self.lowercase:
            return None
        cw = self.copy.words
        keys = self.copy.keys
        found: tuple[int, int] | None = None
        for i in span:
            if keys[i][0] != words[0]:
                continue
            j, k = i, 0
            while j < span.stop and k < len(words):
                key = keys[j][0]
                if key == words[k]:
                    k += 1
                elif key not in ("of", "for", "the", "de", "van", "von"):
                    break
                j += 1
            if k < len(words):
                continue
            if any(cw[x].capital for x in range(i, j)):
                return None
            found = found or (cw[i].start, cw[j - 1].end)
        return found

    def _position(self, start: int) -> int:
        if not self._positions:
            self._positions = {w.start: i for i, w in enumerate(self.original.words)}
        return self._positions.get(start, bisect_left(self.original.starts, start))

    def anywhere(self, entity: Entity) -> bool:
        """Whether some mention of the entity is somewhere in the copy, all its words present."""
        for words in {m.words for m in entity.mentions}:
            for form in self.variants.forms(words):
                if all(self.copy.vocabulary.has(w) for w in self.canon(form)):
                    return True
        return False


def _anchor(words: list[Word], at: int, direction: int) -> tuple[str, ...]:
    """The words next to a mention (before it for ``direction`` -1, after for 1) that can find its
    place in the copy: two or three, with a content word among them, within one clause."""
    keys: list[str] = []
    i = at - 1 if direction < 0 else at
    while 0 <= i < len(words) and len(keys) < 3:
        w = words[i]
        if direction > 0 and not w.link and keys:
            break
        keys.append(w.key)
        if len(keys) >= 2 and any(k not in STOPWORDS for k in keys):
            break
        if direction < 0 and not w.link:
            break
        i += direction
    if len(keys) < 2 or not any(k not in STOPWORDS for k in keys):
        return ()
    return tuple(reversed(keys)) if direction < 0 else tuple(keys)


def _find(keys: list[str], anchor: tuple[str, ...]) -> Iterable[int]:
    n = len(anchor)
    for p in range(len(keys) - n + 1):
        if tuple(keys[p : p + n]) == anchor:
            yield p


#: A copy region longer than this many words is searched for a name's words by their positions
#: (:class:`_Positions`) instead of word by word: the regions of one text overlap, and a text that
#: the alignment could not cut into small regions (a page of short lines, a list flattened into
#: one "sentence") made the walk cost the region's length for each of its thousands of mentions.
_WALK_UP_TO = 2000


def _together_walk(
    cw: list[Word], keys: list[tuple[str, ...]], words: tuple[str, ...], span: range
) -> tuple[int, tuple[str, ...]]:
    """:meth:`EntityMatcher.together`, one word of ``span`` at a time."""
    # One pass over the region's words, with the closing of a run written out: this loop runs
    # for every mention, so its per-word cost is most of the entity check's. Closing an empty
    # run changes nothing (its capitals are empty too), except for a name of no words.
    wanted = set(words)
    size = len(wanted)
    best: set[str] = set()
    run: set[str] = set()
    capitals: set[str] = set()  # the words of the run written with a capital, as names are
    complete = 0
    first = span.start
    for i in span:
        w = cw[i]
        if (not w.link or i == first) and (run or not size):
            if len(run) == size:
                complete += 1
            elif len(capitals) > len(best):
                best = capitals
            run, capitals = set(), set()
        ks = keys[i]
        hit = None
        for k in ks:
            if k in wanted:
                hit = k
                break
        if hit is None and w.capital:
            k0 = ks[0]
            head = k0[:3]
            for k in wanted:  # a derived form shares its first three letters with its name
                if k[:3] == head and is_derived_name(k, k0):
                    hit = k
                    break
        if hit is not None:
            if hit in run and len(run) == size:  # the name again, right after itself
                complete += 1
                run, capitals = set(), set()
            run.add(hit)
            if w.capital:
                capitals.add(hit)
        elif (run or not size) and not (
            (w.key in CONNECTORS and not w.capital) or (len(w.key) == 1 and w.capital)
        ):
            if len(run) == size:
                complete += 1
            elif len(capitals) > len(best):
                best = capitals
            run, capitals = set(), set()
    if len(run) == size:
        complete += 1
    elif len(capitals) > len(best):
        best = capitals
    return complete, tuple(w for w in words if w in best)


def _closes_run(w: Word) -> bool:
    """Whether a word that is not part of the name ends a run of its words: anything but a
    connector ("of", "and") or a single capital letter, and any word after punctuation."""
    return not w.link or not ((w.key in CONNECTORS and not w.capital) or (len(w.key) == 1 and w.capital))


def _hit(w: Word, ks: tuple[str, ...], wanted: set[str]) -> str | None:
    """The word of the name that ``w`` (with keys ``ks``) is, as :func:`_together_walk` reads it."""
    for k in ks:
        if k in wanted:
            return k
    if w.capital:
        k0 = ks[0]
        head = k0[:3]
        for k in wanted:
            if k[:3] == head and is_derived_name(k, k0):
                return k
    return None


class _Positions:
    """Where each key stands in a text's words, where each capitalised word's first three letters
    do (the derived forms of a name), and a running count of the words that end a run."""

    def __init__(self, words: list[Word], keys: list[tuple[str, ...]]) -> None:
        self.by_key: dict[str, list[int]] = {}
        self.by_head: dict[str, list[int]] = {}
        self.closing = array("l", [0])
        count = 0
        for i, (w, ks) in enumerate(zip(words, keys, strict=True)):
            for k in ks:
                self.by_key.setdefault(k, []).append(i)
            if w.capital and ks:
                self.by_head.setdefault(ks[0][:3], []).append(i)
            count += _closes_run(w)
            self.closing.append(count)

    def within(self, found: dict[str, list[int]], key: str, span: range) -> list[int]:
        at = found.get(key)
        return at[bisect_left(at, span.start) : bisect_left(at, span.stop)] if at else []


def _together_by_position(
    cw: list[Word], keys: list[tuple[str, ...]], positions: _Positions, words: tuple[str, ...], span: range
) -> tuple[int, tuple[str, ...]]:
    """:meth:`EntityMatcher.together` from the positions of the name's words in ``span``: the same
    answer as :func:`_together_walk` (a name of at least one word), at the cost of those words."""
    wanted = set(words)
    size = len(wanted)
    candidates: set[int] = set()
    for k in wanted:
        candidates.update(positions.within(positions.by_key, k, span))
        candidates.update(positions.within(positions.by_head, k[:3], span))
    closing = positions.closing
    best: set[str] = set()
    run: set[str] = set()
    capitals: set[str] = set()
    complete = 0
    last = -1  # the last word of the name met
    first = span.start
    for i in sorted(candidates):
        w = cw[i]
        hit = _hit(w, keys[i], wanted)
        if hit is None:
            continue  # no word of the name: counted in ``closing`` like any other word
        # Closed since the last word of the name: by a word between them that ends a run, or by
        # punctuation before this one (the walk closes a run at most once: then it is empty).
        if run and (closing[i] - closing[last + 1] > 0 or not w.link or i == first):
            if len(run) == size:
                complete += 1
            elif len(capitals) > len(best):
                best = capitals
            run, capitals = set(), set()
        if hit in run and len(run) == size:  # the name again, right after itself
            complete += 1
            run, capitals = set(), set()
        run.add(hit)
        if w.capital:
            capitals.add(hit)
        last = i
    if len(run) == size:
        complete += 1
    elif len(capitals) > len(best):
        best = capitals
    return complete, tuple(w for w in words if w in best)
