"""Partial similarity with a bounded cost (textguard.text.similarity). Texts are fictional."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from textguard.text import similarity
from textguard.text.similarity import EXACT_UP_TO, partial_alignment, partial_ratio

_VOCABULARY = (
    "the council said harbour ferry timetable would change after winter storms damaged "
    "northern pier engineers expect repairs to last until spring while passengers use buses"
).split()


def _words(draw: st.DrawFn, chars: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(draw(st.sampled_from(_VOCABULARY)))
    return " ".join(words)[:chars]


@st.composite
def _short_pair(draw: st.DrawFn) -> tuple[str, str]:
    return _words(draw, draw(st.integers(0, EXACT_UP_TO))), _words(draw, draw(st.integers(0, 900)))


@st.composite
def _long_pair(draw: st.DrawFn) -> tuple[str, str]:
    needle = _words(draw, draw(st.integers(EXACT_UP_TO + 1, 420)))
    return needle, _words(draw, draw(st.integers(len(needle), 1300)))


@given(_short_pair())
def test_short_texts_get_rapidfuzz_exact_answer(pair: tuple[str, str]) -> None:
    a, b = pair
    assert partial_ratio(a, b) == fuzz.partial_ratio(a, b)
    assert partial_ratio(b, a) == fuzz.partial_ratio(b, a)
    found, exact = partial_alignment(a, b), fuzz.partial_ratio_alignment(a, b)
    assert (found.score, found.src_start, found.src_end, found.dest_start, found.dest_end) == tuple(exact)


@given(_long_pair())
def test_long_texts_never_score_above_rapidfuzz(pair: tuple[str, str]) -> None:
    # The same windows, fewer of them: a lower bound, never a better match than there is.
    a, b = pair
    assert partial_ratio(a, b) <= fuzz.partial_ratio(a, b) + 1e-9
    assert partial_ratio(b, a) == partial_ratio(a, b)


@given(
    st.data(),
    st.integers(EXACT_UP_TO + 1, 1200),
    st.integers(0, 3000),
    st.integers(0, 3000),
)
def test_a_verbatim_long_text_is_found_exactly_where_it_stands(
    data: st.DataObject, length: int, before: int, after: int
) -> None:
    needle = "X" + _words(data.draw, length - 2) + "Y"  # capitals the vocabulary never has
    head, tail = _words(data.draw, before), _words(data.draw, after)
    haystack = head + needle + tail
    found = partial_alignment(needle, haystack)
    assert found.score == 100.0
    assert (found.src_start, found.src_end) == (0, len(needle))
    assert haystack[found.dest_start : found.dest_end] == needle
    # Swapped, the window is reported on the first text, as rapidfuzz does.
    swapped = partial_alignment(haystack, needle)
    assert swapped.score == 100.0
    assert haystack[swapped.src_start : swapped.src_end] == needle
    assert (swapped.dest_start, swapped.dest_end) == (0, len(needle))


def test_a_lightly_edited_long_text_is_found_near_where_it_stands() -> None:
    sentence = (
        "Engineers from the harbour board said on Tuesday that the northern pier, closed since the "
        "January storms, would reopen to foot passengers in the spring, once divers had checked the "
        "piles that the waves had loosened and the timber deck had been replaced along its whole "
        "length, a job the board put at eleven weeks and a little under two million pounds."
    )  # fictional
    edited = sentence.replace("Tuesday", "Monday").replace("eleven", "twelve")
    filler = " ".join(_VOCABULARY) + ". "
    haystack = filler * 9 + edited + " " + filler * 7
    exact = fuzz.partial_ratio_alignment(sentence, haystack)
    found = partial_alignment(sentence, haystack)
    assert found.score == pytest.approx(exact.score, abs=1.0)
    assert abs(found.dest_start - haystack.index(edited)) <= 2


def test_score_below_the_cutoff_is_zero() -> None:
    a = " ".join(_VOCABULARY) * 2
    b = "entirely different words about a village fete and its cake stall, repeated " * 12
    assert len(a) > EXACT_UP_TO
    assert 0 < partial_ratio(a, b) < 90
    assert partial_ratio(a, b, score_cutoff=90) == 0.0
    assert partial_alignment(a, b, score_cutoff=90) == (0.0, 0, 0, 0, 0)


def test_a_long_text_costs_a_bounded_number_of_window_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    # Linear cost: about eight windows per length of the shorter text along the longer one, then a
    # narrowing of the step (a logarithm), however the texts read.
    calls = 0
    ratio = fuzz.ratio

    def counting(a: str, b: str, **kwargs: float) -> float:
        nonlocal calls
        calls += 1
        return ratio(a, b, **kwargs)

    monkeypatch.setattr(similarity.fuzz, "ratio", counting)
    needle = " ".join(_VOCABULARY)[: EXACT_UP_TO * 2]
    for copies in (4, 16, 64):
        calls = 0
        haystack = " ".join(reversed(_VOCABULARY)) * copies
        partial_ratio(needle, haystack)
        n, m = len(needle), len(haystack)
        windows = (m - n) // (n // 8) + 2
        assert calls <= windows + 1 + 2 * math.ceil(math.log2(n // 8))
