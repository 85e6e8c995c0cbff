"""A name's words side by side in a copy region: the walk and the search by positions agree.

``EntityMatcher.together`` walks a short region word by word and searches a long one by the
positions of the name's words; both must give the same answer on every text. Texts are fictional.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from textguard.checks.entities._index import Variants, _keys
from textguard.checks.entities._matching import _Positions, _together_by_position, _together_walk
from textguard.extract.words import scan_words

# Name words, their derived forms ("Italy", "Italian"), connectors, single capitals, common words.
_TOKENS = (
    "Italy Italian Harbour Board harbour board Westmere Westmerian of and the J. K. Lindqvist "
    "said ferry council"
).split()
_GAPS = (" ", " ", " ", "-", ", ", ". ", "\n", "\n\n", " & ", "'s ")


@st.composite
def _texts(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 60))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(_TOKENS)))
        parts.append(draw(st.sampled_from(_GAPS)))
    return "".join(parts)


@given(
    _texts(),
    st.lists(st.sampled_from(["italy", "harbour", "board", "westmere", "lindqvist", "of", "k"]), min_size=1, max_size=3),
    st.data(),
)
@example("Harbour Board said. Harbour Board, Harbour of Board", ["harbour", "board"], None)
@example("Italian Board and the Italy-Board", ["italy", "board"], None)
def test_search_by_positions_is_the_walk(text: str, name: list[str], data: st.DataObject | None) -> None:
    words = scan_words(text)
    keys = _keys(words, Variants.of(()))
    if data is None:
        span = range(0, len(words))
    else:
        start = data.draw(st.integers(0, len(words)))
        span = range(start, data.draw(st.integers(start, len(words))))
    positions = _Positions(words, keys)
    name_words = tuple(name)
    assert _together_by_position(words, keys, positions, name_words, span) == _together_walk(
        words, keys, name_words, span
    )


def test_the_explicit_examples_find_what_they_name() -> None:
    # Guards the property's premise: the texts do contain whole names and broken ones.
    words = scan_words("Harbour Board said. Harbour Board, Harbour of Board")
    keys = _keys(words, Variants.of(()))
    span = range(0, len(words))
    assert _together_walk(words, keys, ("harbour", "board"), span) == (3, ())
    words = scan_words("the Harbour said")
    keys = _keys(words, Variants.of(()))
    assert _together_walk(words, keys, ("harbour", "board"), range(0, 3)) == (0, ("harbour",))
