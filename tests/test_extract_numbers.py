"""Figures of a text (textguard.extract.numbers). Texts are fictional."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from textguard.extract import numbers
from textguard.text.scan import matches

_FIGURE_PIECES = (
    "14", "3", "2,500", "1.5", "9.30", "21:05", "pm", "a.m.", "£", "$", "€", "¥", "%", "per cent", "bn",
    "million", "K", "th", "\u0663", "\u00b2", "x", "Words", "_", "/", ".", ",", "-", "'", "  ", "\n", " ",
)


@given(
    st.lists(st.sampled_from(_FIGURE_PIECES), max_size=40).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
@example("It cost £2,500 at 9.30pm, up 3 per cent", 0, 200)
@example("¥3 and €4.5bn, $7 or 1,000", 0, 200)
def test_scanning_from_the_initials_finds_what_finditer_finds(text: str, a: int, b: int) -> None:
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    expected = [(m.span(), m.groupdict()) for m in numbers._DIGITS.finditer(text, start, stop)]
    found = matches(numbers._DIGITS, numbers._DIGITS_INITIALS, text, start, stop)
    assert [(m.span(), m.groupdict()) for m in found] == expected
