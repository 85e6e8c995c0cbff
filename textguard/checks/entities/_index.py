"""Word indexes for the entity check: accepted spellings, and which name words a text has.

The check asks "is this name word here, in some form?" thousands of times per copy, so each text
is scanned once into canonical keys (British and American spellings, configured variants,
hyphenated compounds joined), and a region of the copy answers from a set, not by rescanning.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ...extract.words import Word, scan_words
from ...text.names import is_derived_name
from ...text.spelling import spelling_key

__all__ = ["Variants", "Vocabulary", "WordIndex"]

@dataclass(frozen=True, slots=True)
class Variants:
    """Accepted spellings: each word and each phrase mapped to one canonical form.

    The groups of ``Config.entity_variants`` come first; then the British and American spellings
    of common words (:func:`textguard.text.spelling.spelling_key`), which never touch a proper
    name: "Okafor" respelt "Okafour" is another name."""

    words: dict[str, str]
    phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, groups: Iterable[Sequence[str]]) -> Variants:
        words: dict[str, str] = {}
        phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        for group in groups:
            forms = [tuple(w.key for w in scan_words(str(g))) for g in group]
            forms = [f for f in forms if f]
            if not forms:
                continue
            if all(len(f) == 1 for f in forms):
                for f in forms:
                    words[f[0]] = spelling_key(forms[0][0])
            else:
                for f in forms:
                    phrases[f] = tuple(forms)
        return cls(words, phrases)

    def canon(self, key: str) -> str:
        """The canonical spelling of a word key."""
        known = self.cache.get(key)
        if known is None:
            known = self.words.get(key)
            if known is None:
                known = spelling_key(key)
            self.cache[key] = known
        return known

    def forms(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        return self.phrases.get(words, (words,))


@dataclass(slots=True)
class WordIndex:
    """The words of one text, the keys of each (canonical spelling, and hyphenated compounds
    joined), its vocabulary and the words it uses in lower case."""

    words: list[Word]
    starts: list[int]
    keys: list[tuple[str, ...]]
    vocabulary: Vocabulary
    lower: set[str]

    @classmethod
    def of(cls, words: list[Word], variants: Variants) -> WordIndex:
        keys = _keys(words, variants)
        lower = {w.key for w in words if not w.capital and w.key.isalpha()}
        vocabulary = Vocabulary(k for ks in keys for k in ks)
        return cls(words, [w.start for w in words], keys, vocabulary, lower)

    def between(self, start: int, end: int) -> range:
        return range(bisect_left(self.starts, start), bisect_right(self.starts, end - 1))


#: A hyphenated compound is joined up to this many parts ("Stratford-upon-Avon"); a longer chain
#: ("a-a-a-...") is no name, and joining it all would cost quadratic time and memory.
_MAX_PARTS = 4


def _keys(words: Sequence[Word], variants: Variants) -> list[tuple[str, ...]]:
    """For each word, its canonical key, and the compound it ends when hyphenated ("Mid-Wales" is
    also ``midwales``)."""
    out: list[tuple[str, ...]] = []
    alone: dict[str, tuple[str]] = {}  # one tuple per distinct key: texts repeat their words
    joined = ""
    parts = 0
    for i, w in enumerate(words):
        key = variants.canon(w.key)
        if w.link == "-" and i and parts < _MAX_PARTS:
            joined = (joined or words[i - 1].key) + w.key
            parts = max(parts, 1) + 1
            out.append((key, variants.canon(joined)))
        else:
            joined = ""
            parts = 0
            found = alone.get(key)
            if found is None:
                found = alone[key] = (key,)
            out.append(found)
    return out


#: Up to this many keys, :meth:`Vocabulary.has` scans them rather than build an index by prefix:
#: the matcher makes a vocabulary for every copy region it looks at, and their indexes were a
#: tenth of a check's peak memory (issue 16).
_SCAN = 64


class Vocabulary:
    """A set of word keys that answers "is this name word here, in some form?"."""

    __slots__ = ("_by_prefix", "keys")

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = frozenset(keys)
        self._by_prefix: dict[str, list[str]] | None = None

    def has(self, key: str) -> bool:
        """Present as written or as a derived form ("Italian" for "Italy")."""
        if key in self.keys:
            return True
        if len(self.keys) <= _SCAN:  # a copy region's few words: a scan costs less than an index
            head = key[:3]
            return any(k[:3] == head and is_derived_name(key, k) for k in self.keys)
        if self._by_prefix is None:
            self._by_prefix = {}
            for k in self.keys:
                self._by_prefix.setdefault(k[:3], []).append(k)
        return any(is_derived_name(key, k) for k in self._by_prefix.get(key[:3], ()))
