"""Entity check: every named entity of the original body survives in the copy, spelt as written.

Each mention of each entity (:func:`textguard.extract.entities.extract_entities`) is looked for
where the alignment says its sentence went (the counterpart, widened by one copy sentence each
side), never in the whole copy:

- **present**: every word of the name is there. Case does not count ("Unesco"/"UNESCO"), nor an
  accepted variant (British and American spellings such as "Theatre"/"Theater", plus the groups
  of ``Config.entity_variants``), nor a derived form ("Italian" for "Italy"). A name shortened to
  part of itself ("Lindqvist" for "Vera Lindqvist") is present too.
- **re-cased**: the name is there, but only in lower case ("the example institute"):
  ``entity-altered`` as a warning, since the facts did not change.
- **misspelt or transliterated**: a capitalised copy word that the original never uses looks like
  a missing word of the name (edit distance, Jaro-Winkler, or the same consonant skeleton:
  "Petrovsky" as "Petrovskiy" or "Pyetrovski"), or stands where the missing word stood, right next
  to the rest of the name ("Vera Lindkvist"): ``entity-altered``, with the copy's form and span.
- **swapped**: the name is gone, and another capitalised name stands between the same
  neighbouring words ("partners such as Spain and Italy" for "such as France and Italy"):
  ``entity-altered``.
- otherwise the mention is **lost** there. An entity is ``entity-missing`` only when none of its
  mentions survives anywhere in the copy (a per-copy index of words answers that), and at least one
  of its mentions sits in a sentence the copy kept (a paragraph the copy lost is already reported).

Every distinct altered form of an entity is one finding, at its first place in the copy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from ..context import CheckContext
from ..extract.entities import (
    CONNECTORS,
    TITLES,
    Entity,
    Mention,
    Word,
    extract_entities,
    is_derived_name,
    scan_words,
)
from ..findings import Finding, Severity
from ..lexicon import STOPWORDS

__all__ = ["check_entities", "is_similar_name", "name_similarity", "original_entities"]

_MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
#: British and American spellings of the same word, by ending and as whole words.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("isation", "ization"),
    ("our", "or"),
    ("tre", "ter"),
    ("yse", "yze"),
)
_SPELLINGS: dict[str, str] = {
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "program": "programme",
    "catalog": "catalogue",
    "gray": "grey",
    "aluminum": "aluminium",
    "jewelry": "jewellery",
}
_LABELS = {"person": "person", "organisation": "organisation", "place": "place", "publication": "publication"}


def _plain(key: str) -> str:
    """A key without accents, for comparing spellings."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


_DIGRAPHS = (
    ("tch", "k"),
    ("ck", "k"),
    ("ch", "k"),
    ("kh", "k"),
    ("ph", "f"),
    ("sh", "s"),
    ("zh", "s"),
    ("ts", "s"),
    ("wh", "w"),
    ("th", "t"),
    ("gh", "g"),
    ("x", "ks"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("v", "f"),
    ("w", "f"),
    ("j", "y"),
)
_VOWELS = re.compile(r"[aeiouyh]")
_REPEATS = re.compile(r"(.)\1+")


def _skeleton(key: str) -> str:
    """The consonants of a name as transliterations keep them: "Chekhov" and "Tchekov" are both
    ``kf``, "Petrovsky" and "Pyetrovski" both ``ptrfsk``."""
    s = _plain(key)
    for old, new in _DIGRAPHS:
        s = s.replace(old, new)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", s))


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0-1 (the better of Jaro-Winkler and normalized edit distance),
    case and accents ignored.

    >>> round(name_similarity("Petrovsky", "Petrovskiy"), 2)
    0.98
    """
    a, b = _plain(a.casefold()), _plain(b.casefold())
    return max(JaroWinkler.similarity(a, b), Levenshtein.normalized_similarity(a, b))


def is_similar_name(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` misspelt or transliterated differently.

    One edit from four letters on, two from five on, a high Jaro-Winkler score with the same first
    letter, or the same consonant skeleton with a fair Jaro-Winkler score.

    >>> [is_similar_name("Petrovsky", x) for x in ("Petrovskiy", "Pyetrovski", "Petersen")]
    [True, True, False]
    """
    a, b = _plain(a.casefold()), _plain(b.casefold())
    if a == b:
        return False
    n = min(len(a), len(b))
    if n < 3:
        return False
    edits = min(Levenshtein.distance(a, b), OSA.distance(a, b))
    if (edits <= 1 and n >= 4) or (edits <= 2 and n >= 5):
        return True
    jw = JaroWinkler.similarity(a, b)
    if a[0] == b[0] and jw >= 0.84:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    return len(sa) >= 2 and sa == sb and jw >= 0.65


@dataclass(frozen=True, slots=True)
class _Variants:
    """Accepted spellings: each word and each phrase mapped to one canonical form."""

    words: dict[str, str]
    phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, groups: Iterable[Sequence[str]]) -> _Variants:
        words: dict[str, str] = dict(_SPELLINGS)
        phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        for group in groups:
            forms = [tuple(w.key for w in scan_words(str(g))) for g in group]
            forms = [f for f in forms if f]
            if not forms:
                continue
            if all(len(f) == 1 for f in forms):
                for f in forms[1:]:
                    words[f[0]] = forms[0][0]
            else:
                for f in forms:
                    phrases[f] = tuple(forms)
        return cls(words, phrases)

    def canon(self, key: str) -> str:
        """The canonical spelling of a word key."""
        known = self.cache.get(key)
        if known is None:
            known = self.words.get(key, key)
            for old, new in _ENDINGS:
                if known.endswith(new) and len(known) > len(new) + 2:
                    known = known[: -len(new)] + old
                    break
            self.cache[key] = known
        return known

    def forms(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return self.phrases.get(words, (words,))


@dataclass(slots=True)
class _Index:
    """The words of one text, the keys of each (canonical spelling, and hyphenated compounds
    joined), its vocabulary and the words it uses in lower case."""

    words: list[Word]
    starts: list[int]
    keys: list[tuple[str, ...]]
    vocabulary: _Vocabulary
    lower: set[str]

    @classmethod
    def of(cls, words: list[Word], variants: _Variants) -> _Index:
        keys = _keys(words, variants)
        lower = {w.key for w in words if not w.capital and w.key.isalpha()}
        vocabulary = _Vocabulary(k for ks in keys for k in ks)
        return cls(words, [w.start for w in words], keys, vocabulary, lower)

    def between(self, start: int, end: int) -> range:
        return range(bisect_left(self.starts, start), bisect_right(self.starts, end - 1))


def _keys(words: Sequence[Word], variants: _Variants) -> list[tuple[str, ...]]:
    """For each word, its canonical key, and the compound it ends when hyphenated ("Mid-Wales" is
    also ``midwales``)."""
    out: list[tuple[str, ...]] = []
    joined = ""
    for i, w in enumerate(words):
        key = variants.canon(w.key)
        if w.link == "-" and i:
            joined = (joined or words[i - 1].key) + w.key
            out.append((key, variants.canon(joined)))
        else:
            joined = ""
            out.append((key,))
    return out


class _Vocabulary:
    """A set of word keys that answers "is this name word here, in some form?"."""

    __slots__ = ("_by_prefix", "keys")

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = frozenset(keys)
        self._by_prefix: dict[str, list[str]] | None = None

    def has(self, key: str) -> bool:
        """Present as written or as a derived form ("Italian" for "Italy")."""
        if key in self.keys:
            return True
        if self._by_prefix is None:
            self._by_prefix = {}
            for k in self.keys:
                self._by_prefix.setdefault(k[:3], []).append(k)
        return any(is_derived_name(key, k) for k in self._by_prefix.get(key[:3], ()))


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What became of one mention: ``how`` is present, recased, altered, swapped, lost or
    unaligned; ``span`` is the copy's form for recased, altered and swapped, and ``changed`` the
    keys of the copy words that differ (one finding per distinct change)."""

    how: str
    span: tuple[int, int] | None = None
    changed: tuple[str, ...] = ()


@dataclass
class _EntityCheck:
    ctx: CheckContext
    variants: _Variants
    original: _Index
    copy: _Index
    _regions: dict[range, _Vocabulary] = field(default_factory=dict)
    _positions: dict[int, int] = field(default_factory=dict)

    def region(self, span: range) -> _Vocabulary:
        region = self._regions.get(span)
        if region is None:
            region = _Vocabulary(k for ks in self.copy.keys[span.start : span.stop] for k in ks)
            self._regions[span] = region
        return region

    def canon(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.variants.canon(w) for w in words)

    # --- one mention -------------------------------------------------------------------------

    def judge(self, m: Mention, *, absent: bool) -> _Outcome:
        """What became of mention ``m``; ``absent`` says whether its entity is nowhere in the copy
        (only then may another name in its place be a swap rather than a rewording)."""
        ctx = self.ctx
        sentence = ctx.original.sentence_at(m.start)
        wide = ctx.counterpart(m.start, m.end, context=1)
        if sentence is None or sentence not in ctx.alignment.matches or wide is None:
            return _Outcome("unaligned")
        span = self.copy.between(*wide)
        region = self.region(span)
        words: tuple[str, ...] = ()
        found: tuple[str, ...] = ()
        for form in self.variants.forms(m.words):
            form = self.canon(form)
            have = tuple(w for w in form if region.has(w))
            if len(have) == len(form):
                recased = self.recased(form, span)
                if recased is None:
                    return _Outcome("present")
                return _Outcome("recased", recased, (self.ctx.copy.text[recased[0] : recased[1]],))
            if not words or len(have) > len(found):
                words, found = form, have
        missing = [w for w in words if w not in found]
        altered = self.misspelt(words, missing, span) or self.beside(words, missing, span)
        if altered:
            return altered
        if len(words) >= 2 and 2 * len(found) >= len(words):
            return _Outcome("present")  # a shortened form: "Lindqvist" for "Vera Lindqvist"
        return (self.swapped(m, span) if absent else None) or _Outcome("lost")

    def candidate(self, w: Word) -> bool:
        """A copy word that may be a changed form of a name: capitalised, never used by the
        original, and not a common word of the copy."""
        return (
            w.capital
            and self.variants.canon(w.key) not in self.original.vocabulary.keys
            and w.key not in self.copy.lower
            and w.key not in STOPWORDS
            and w.key not in _MONTHS_DAYS
            and w.key not in TITLES
            and len(w.key) >= 3
        )

    def misspelt(self, words: tuple[str, ...], missing: list[str], span: range) -> _Outcome | None:
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

    def beside(self, words: tuple[str, ...], missing: list[str], span: range) -> _Outcome | None:
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
                    if j is None or not self.candidate(cw[j]):
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

    def swapped(self, m: Mention, span: range) -> _Outcome | None:
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
                    return _Outcome("swapped", (cw[lo].start, cw[hi - 1].end), changed)
        return None

    def swap_word(self, w: Word) -> bool:
        """A copy word that can be part of a name standing in for another."""
        if not w.capital or w.key in _MONTHS_DAYS or w.key in TITLES:
            return False
        if w.acronym:
            return True
        return w.key not in STOPWORDS and not (w.initial and w.key in self.copy.lower)

    def altered(self, hits: list[int], words: tuple[str, ...], span: range) -> _Outcome:
        changed = tuple(sorted({self.copy.words[i].key for i in hits}))
        return _Outcome("altered", self.grow(hits, words, span), changed)

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
        if all(w in self.original.lower for w in words):
            return None
        cw = self.copy.words
        found: tuple[int, int] | None = None
        for i in span:
            if self.variants.canon(cw[i].key) != words[0]:
                continue
            j, k = i, 0
            while j < span.stop and k < len(words):
                key = self.variants.canon(cw[j].key)
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

    # --- one entity --------------------------------------------------------------------------

    def findings(self, entity: Entity, reported: set[tuple[int, int]]) -> list[Finding | None]:
        ctx = self.ctx
        label = _LABELS.get(entity.kind, "name")
        absent = not self.anywhere(entity)
        out: list[Finding | None] = []
        survived = False
        lost: Mention | None = None
        forms: set[tuple[str, tuple[str, ...]]] = set()
        for m in entity.mentions:
            o = self.judge(m, absent=absent)
            survived = survived or o.how in ("present", "recased", "altered", "swapped")
            if o.how == "lost" and lost is None:
                lost = m
            if o.span is None or o.span in reported:
                continue
            form = " ".join(ctx.copy.text[o.span[0] : o.span[1]].split())
            name = " ".join(m.text.split())
            if (o.how, o.changed) in forms:
                continue
            forms.add((o.how, o.changed))
            reported.add(o.span)
            spans = {"original": ctx.original_span(m.start, m.end), "copy": ctx.copy_span(*o.span)}
            if o.how == "recased":
                message = f"{label} '{name}' appears re-cased as '{form}'"
                out.append(ctx.finding("entity-altered", Severity.WARNING, message, **spans))
            elif o.how == "altered":
                message = (
                    f"{label} '{name}' appears as '{form}' (similarity {name_similarity(name, form):.2f})"
                )
                out.append(ctx.finding("entity-altered", Severity.ERROR, message, **spans))
            else:
                message = f"{label} '{name}' replaced by '{form}'"
                out.append(ctx.finding("entity-altered", Severity.ERROR, message, **spans))
        if not survived and lost is not None and absent:
            message = f"{label} '{entity.name}' is missing from the copy"
            span = ctx.original_span(lost.start, lost.end)
            out.append(ctx.finding("entity-missing", Severity.ERROR, message, original=span))
        return out

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


def original_entities(ctx: CheckContext, *, words: list[Word] | None = None) -> list[Entity]:
    """The entities of the original's body: from the spaCy pipeline named by the config's
    ``spacy_model`` when there is one, else from the built-in rules (``words``: the body's
    :func:`~textguard.extract.entities.scan_words`, when the caller has them)."""
    text, start, end = ctx.original.text, ctx.body.start, ctx.body.end
    model = getattr(ctx.config, "spacy_model", None)
    if model:
        from ..extract.spacy_backend import extract_entities_with, load_pipeline

        return extract_entities_with(load_pipeline(model), text, start=start, end=end)
    return extract_entities(text, start=start, end=end, words=words)


def check_entities(ctx: CheckContext) -> tuple[list[Finding], int]:
    """Every entity finding of the copy, and the number of entities in the original's body."""
    body = scan_words(ctx.original.text, start=ctx.body.start, end=ctx.body.end)
    entities = original_entities(ctx, words=body)
    variants = _Variants.of(getattr(ctx.config, "entity_variants", ()))
    copy = _Index.of(scan_words(ctx.copy.text), variants)
    check = _EntityCheck(ctx, variants, _Index.of(body, variants), copy)
    reported: set[tuple[int, int]] = set()
    findings = [f for e in entities for f in check.findings(e, reported)]
    return [f for f in findings if f is not None], len(entities)
