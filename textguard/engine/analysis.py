"""An original's analysis, and the cache that keeps it across copies.

A syndication pipeline checks many copies of one original, so everything that depends on the
original alone (its segmentation, its body, its tokens, its quotations, figures and names) is
worked out once, in an :class:`OriginalAnalysis`, and kept in an :class:`AnalysisCache` keyed by
the text and by the few config fields that change the analysis (:class:`AnalysisKey`): checking
the same original with another ``fail_on`` or ``match_threshold`` reuses it.

The expensive parts are computed on first use, so a check that is disabled costs nothing. An
analysis is shared between threads: each lazy part is computed under a lock, once.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from ..config import Config
from ..extract.dates import DateMention, extract_dates
from ..extract.entities import Entity, extract_entities
from ..extract.numbers import Figure, extract_numbers
from ..extract.quotes import Quotation, extract_quotes
from ..extract.words import Word, scan_words
from ..text.segment import Segmentation, segment
from ..text.tokens import Tokens, tokenize
from .body import Body, find_body

__all__ = ["AnalysisCache", "AnalysisKey", "OriginalAnalysis", "analyses"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class AnalysisKey:
    """The config fields that change what is derived from an original alone."""

    body_starts_with: str | None = None
    body_ends_with: str | None = None
    footer_patterns: tuple[str, ...] = ()
    scare_quote_max_words: int = 3
    entity_variants: tuple[tuple[str, ...], ...] = ()
    spacy_model: str | None = None

    @classmethod
    def of(cls, config: Config) -> AnalysisKey:
        return cls(
            body_starts_with=config.body_starts_with,
            body_ends_with=config.body_ends_with,
            footer_patterns=config.footer_patterns,
            scare_quote_max_words=config.scare_quote_max_words,
            entity_variants=config.entity_variants,
            spacy_model=config.spacy_model,
        )


class OriginalAnalysis:
    """What every check derives from the original and an :class:`AnalysisKey`, never the copy.

    ``segmentation``, ``body``, ``sentences`` (the indices of the body's sentences) and ``tokens``
    are made at once; ``quotations``, ``figures``, ``dates``, ``entities`` and ``body_words`` on first
    use.
    :meth:`derived` keeps what a check builds from them (its own indexes) for as long as the
    analysis lives.
    """

    def __init__(self, text: str, key: AnalysisKey) -> None:
        self.text = text
        self.key = key
        self.segmentation: Segmentation = segment(text)
        self.body: Body = find_body(
            self.segmentation,
            starts_with=key.body_starts_with,
            ends_with=key.body_ends_with,
            extra_patterns=tuple(re.compile(p, re.IGNORECASE) for p in key.footer_patterns),
        )
        members = set(self.body.paragraphs)
        self.sentences: tuple[int, ...] = tuple(
            s.index for s in self.segmentation.sentences if s.paragraph in members
        )
        self.tokens: Tokens = tokenize(text)
        self._lock = threading.RLock()
        self._derived: dict[str, Any] = {}
        self._self_checks: list[tuple[tuple[Config, tuple[Any, ...]], Any]] = []

    @cached_property
    def quotations(self) -> list[Quotation]:
        """The direct quotations of the body."""
        body = [self.segmentation.paragraphs[p] for p in self.body.paragraphs]
        return extract_quotes(
            self.text,
            start=self.body.start,
            end=self.body.end,
            paragraphs=[(p.start, p.end) for p in body],
            scare_max_words=self.key.scare_quote_max_words,
        )

    @cached_property
    def figures(self) -> list[Figure]:
        """The figures of the body."""
        return extract_numbers(self.text, start=self.body.start, end=self.body.end)

    @cached_property
    def dates(self) -> list[DateMention]:
        """The dates and times of the body, read by the strict rules."""
        return extract_dates(self.text, start=self.body.start, end=self.body.end)

    @cached_property
    def body_words(self) -> list[Word]:
        """The words of the body, as the entity rules read them."""
        return scan_words(self.text, start=self.body.start, end=self.body.end)

    @cached_property
    def entities(self) -> list[Entity]:
        """The named entities of the body: from the spaCy pipeline named by ``spacy_model`` when
        there is one, else from the built-in rules."""
        if self.key.spacy_model:
            from ..extract.spacy_backend import extract_entities_with, load_pipeline

            pipeline = load_pipeline(self.key.spacy_model)
            return extract_entities_with(pipeline, self.text, start=self.body.start, end=self.body.end)
        return extract_entities(self.text, start=self.body.start, end=self.body.end, words=self.body_words)

    def derived(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``name`` for as long as this analysis lives.

        For what a check builds from the original alone (an index of its words, say): ``compute``
        must not read the copy.
        """
        try:
            return self._derived[name]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if name not in self._derived:
                self._derived[name] = compute()
            return self._derived[name]  # type: ignore[no-any-return]

    def self_check(self, config: Config, checks: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()`` (the result of checking this original against itself under ``config``
        with the registered ``checks``), remembered for the few configs it was asked with.

        A copy identical to its original is the commonest copy of all, and its report depends
        only on the original, the whole config (not only the :class:`AnalysisKey`: severities,
        disabled kinds and the threshold shape it too) and the checks that run (a check may be
        registered for a while), so it is worked out once, by the full path, and given again.
        ``Config`` holds a dict, so the key is compared, not hashed.
        """
        key = (config, checks)
        with self._lock:
            for known, result in self._self_checks:
                if known == key:
                    return result  # type: ignore[no-any-return]
        result = compute()  # outside the lock: other copies of this original need not wait
        with self._lock:
            self._self_checks.append((key, result))
            del self._self_checks[:-_SELF_CHECKS]
        return result


#: How many configs' self-checks an analysis keeps (a pipeline uses one or two).
_SELF_CHECKS = 4


class AnalysisCache:
    """A small, thread-safe, least-recently-used cache of originals' analyses.

    It holds at most ``max_originals`` analyses and ``max_total_chars`` characters of originals,
    and never an original longer than ``max_chars`` (an analysis takes about 50 bytes per
    character: at most about 50 MB by default). A hit gives the same analysis a miss would make.
    """

    def __init__(
        self, *, max_originals: int = 8, max_chars: int = 250_000, max_total_chars: int = 1_000_000
    ) -> None:
        self.max_originals = max_originals
        self.max_chars = max_chars
        self.max_total_chars = max_total_chars
        self._items: OrderedDict[tuple[str, AnalysisKey], OriginalAnalysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, original: str, config: Config) -> OriginalAnalysis:
        """The analysis of ``original`` under ``config``, from the cache or made now."""
        key = AnalysisKey.of(config)
        if len(original) > self.max_chars:
            return OriginalAnalysis(original, key)
        with self._lock:
            found = self._items.get((original, key))
            if found is not None:
                self._items.move_to_end((original, key))
                return found
        made = OriginalAnalysis(original, key)
        with self._lock:
            self._items[original, key] = made
            while len(self._items) > self.max_originals or self.chars() > self.max_total_chars:
                self._items.popitem(last=False)
        return made

    def chars(self) -> int:
        """Characters of originals held."""
        return sum(len(text) for text, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


#: The cache :func:`textguard.check` uses.
analyses = AnalysisCache()
