"""Rough types of entities (person, organisation, place, publication), from cheap cues.

A finding that says "person 'Vera Lindqvist'" reads better than "name", and a title or a verb of
saying is enough to tell; no statistical model is needed. Each mention votes, and an entity takes
the most common type other than "other".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Literal

from .name_words import (
    CONNECTORS,
    ORGANISATION_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    PUBLICATION_CUES,
    PUBLICATION_WORDS,
    SPEECH_VERBS,
    TITLES,
)
from .runs import Run
from .words import OPENING_QUOTES, Word

__all__ = ["EntityKind", "guess_kind", "settle_kind"]

EntityKind = Literal["person", "organisation", "place", "publication", "other"]

#: Abbreviations of countries and unions of states that are places, not organisations: general
#: vocabulary, like the place words of name_words.
_COUNTRY_ACRONYMS = frozenset({"us", "usa", "uk", "uae", "ussr", "prc", "drc"})


def settle_kind(votes: Counter[str]) -> EntityKind:
    """The type of an entity from its mentions' votes: the commonest one that says something."""
    for kind, _ in votes.most_common():
        if kind != "other":
            return kind  # type: ignore[return-value]
    return "other"


def guess_kind(
    text: str, words: Sequence[Word], positions: dict[int, int], names: list[Word], run: Run
) -> str:
    """The rough type of one mention, from cheap cues around it."""
    keys = {w.key for w in names}
    first = positions[names[0].start] - len(run.title)
    last = positions[names[-1].start]
    before = [words[k].key for k in range(max(0, first - 2), first)]
    after = [words[k].key for k in range(last + 1, min(len(words), last + 3))]
    units = 1 + sum(w.link != "-" for w in names[1:])
    # "the Skerrin Maid": a person's name takes no article (a ship, a building, a work does).
    article = before[-1:] == ["the"] and not run.title
    if run.title and any(t.key not in ("chief", "deputy", "acting", "state") for t in run.title):
        return "person"
    if set(before) & PUBLICATION_CUES or (
        before[-1:] == ["the"] and after[:1] and after[0] in PUBLICATION_CUES
    ):
        return "publication"
    if keys & PUBLICATION_WORDS and units > 1:
        return "publication"
    if keys & ORGANISATION_WORDS:
        return "organisation"
    if keys & PLACE_WORDS:
        return "place"
    plain = not any(w.acronym for w in names) and all(w.key not in CONNECTORS for w in names)
    quoted = names[0].start > 0 and text[names[0].start - 1] in OPENING_QUOTES
    if plain and not article and 2 <= units <= 4 and (set(before[-1:]) | set(after[:1])) & SPEECH_VERBS:
        return "person"
    if before[-1:] and before[-1] in PLACE_PREPOSITIONS and units <= 3:
        return "place"
    if plain and not article and 2 <= units <= 3 and not quoted:
        return "person"
    if len(names) == 1 and names[0].key in _COUNTRY_ACRONYMS:
        return "place"
    if all(w.key in TITLES for w in names):
        return "other"  # a role with no name after it ("the MP", "the Health Secretary")
    if all(w.acronym for w in names):
        return "organisation"
    return "other"
