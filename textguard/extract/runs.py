"""Runs of capitalised words, and the name inside each: the shape rules of entity extraction.

English marks names with capitals, so a name starts as a maximal run of capitalised words, joined
by hyphens, particles ("van der Berg") or institution joins ("Academy of Arts"). Trimming then
takes off what a run holds that is not the name: function words, titles kept apart ("President
Lindqvist"), and sentence openers the text does not otherwise capitalise ("Meanwhile Vera ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text.lexicon import STOPWORDS
from .name_words import (
    CONNECTORS,
    INSTITUTION_JOINS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PARTICLES,
    PLACE_WORDS,
    PUBLICATION_WORDS,
    SENTENCE_ADVERBS,
    TITLES,
    WEAK_TITLES,
)
from .words import Word

__all__ = ["Run", "find_runs", "trim_run"]


@dataclass(slots=True)
class Run:
    words: list[Word]
    title: list[Word]


def _is_name_word(w: Word) -> bool:
    return w.capital and w.key not in NOT_NAMES and w.key[:1].isalpha()


def find_runs(words: Sequence[Word]) -> list[Run]:
    """Maximal runs of capitalised words, with hyphens, particles and institution joins."""
    runs: list[Run] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if not _is_name_word(w) and not (
            w.key in PARTICLES and i + 1 < n and words[i + 1].link == "-" and _is_name_word(words[i + 1])
        ):
            i += 1
            continue
        run = [w]
        j = i + 1
        while j < n:
            nxt = words[j]
            last = run[-1]
            if not nxt.link:
                break
            if last.possessive:
                # "St Aldhelm's Hospital", "King's College London": an institution word right
                # after a possessive name goes on with that name; anything else ends it.
                # Not through a connector: "Britain's Ministry of Defence" stays two names.
                if not (_is_name_word(nxt) and nxt.key in ORGANISATION_WORDS | PLACE_WORDS):
                    break
                k = j
                while k < n and words[k].link == " " and _is_name_word(words[k]) and not words[k].initial:
                    k += 1
                    if words[k - 1].possessive:
                        break
                if (
                    k + 1 < n
                    and words[k].key in CONNECTORS
                    and words[k].link
                    and not words[k].capital
                    and _is_name_word(words[k + 1])
                ):
                    break
                run.extend(words[j:k])
                j = k
                break
            if nxt.link == "-":
                if _is_name_word(nxt) or (nxt.key in PARTICLES and j + 1 < n and words[j + 1].link == "-"):
                    run.append(nxt)
                    j += 1
                    continue
                break
            if _is_name_word(nxt) and not nxt.initial:
                run.append(nxt)
                j += 1
                continue
            # Connectors: "Academy of Arts", "Bank of the North", "van der Berg".
            k = j
            while (
                k < n and k - j < 2 and not words[k].capital and words[k].key in CONNECTORS and words[k].link
            ):
                k += 1
            if k == j or k >= n or not _is_name_word(words[k]) or not words[k].link or words[k].link == "-":
                break
            joins = [x.key for x in words[j:k]]
            if (
                all(x in INSTITUTION_JOINS for x in joins)
                and last.key not in ORGANISATION_WORDS | PLACE_WORDS
            ):
                break
            run.extend(words[j : k + 1])
            j = k + 1
        # A hyphenated word with a lower-case tail ("Lindqvist-backed"): keep the head only.
        while run and (not run[-1].capital or run[-1].key in CONNECTORS):
            if run[-1].link == "-" or run[-1].key in CONNECTORS:
                run.pop()
            else:
                break
        if run:
            runs.append(Run(run, []))
        i = max(j, i + 1)
    return runs


def trim_run(run: Run, midcap: set[str], lower: set[str]) -> list[Word]:
    """The name inside a run: leading function words, titles and unproven sentence starts off."""
    words = run.words
    i, n = 0, len(words)  # words[i:] is what is left; slicing it once keeps a long run linear
    while i < n:
        first = words[i]
        units = _unit_end(words, i) - i
        if (first.key in STOPWORDS and not first.acronym) or first.key in CONNECTORS:
            i += units
            continue
        titles = _titles(words[i:]) if first.key in TITLES else 0
        if titles:
            run.title.extend(words[i : i + titles])
            i += titles
            continue
        if first.initial and units == 1 and n - i > 1 and _opener(first, midcap, lower, words[i + 1 : n]):
            i += 1
            continue
        break
    while n > i and words[n - 1].key in CONNECTORS:
        n -= 1
    # Connectors left at the front by a dropped word ("of Arts" after "Academy" went).
    while i < n and words[i].key in CONNECTORS and words[i].link != "-":
        i += 1
    return list(words[i:n])


def _titles(words: list[Word]) -> int:
    """How many words at the start of a run are titles of the person named after them."""
    t = 0
    while t < len(words) - 1 and words[t].key in TITLES and words[t + 1].link == " ":
        t += 1
    if not t or all(w.key not in WEAK_TITLES for w in words[:t]):
        return t
    rest = words[t:]
    person = (
        len(rest) >= 2
        and all(w.link == " " and not w.acronym for w in rest[1:])
        and not {w.key for w in rest} & (ORGANISATION_WORDS | PLACE_WORDS | PUBLICATION_WORDS)
    )
    return t if person else 0


def _opener(w: Word, midcap: set[str], lower: set[str], rest: Sequence[Word] = ()) -> bool:
    """Whether the first word of a sentence, before another name, is not part of the name: the
    text uses it in lower case, or it is a sentence adverb ("Meanwhile Vera Lindqvist ...").
    A word the text also capitalises mid-sentence, or an acronym, is part of the name, and so is
    a word before a lone institution word ("Forestry Department", "Health Ministry"): an
    institution is named by what it does, and its name starts sentences like any other."""
    if w.acronym or (w.key in midcap and w.key not in lower):
        return False
    if w.key in SENTENCE_ADVERBS or w.key.endswith("ly"):
        return True
    if len(rest) == 1 and rest[0].key in ORGANISATION_WORDS and w.key not in STOPWORDS:
        return False
    return w.key in lower


def _unit_end(words: Sequence[Word], i: int) -> int:
    """Index after the hyphenated unit that starts at ``i``."""
    j = i + 1
    while j < len(words) and words[j].link == "-":
        j += 1
    return j
