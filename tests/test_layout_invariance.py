"""Layout never makes a finding: a copy that differs from its original only in how its text is laid
out (lines joined or split, re-wrapped, all on one line, blank lines, separators) or typed (NFD,
NBSP, quote styles, spaces inside quote marks) passes with no error or warning.

Every text here is fictional, written for these tests.
"""

from __future__ import annotations

import pytest

from textguard import Severity, check

from .articles import ORIGINAL, PARAGRAPHS


def problems(original: str, copy: str) -> list[str]:
    """The errors and warnings of ``copy`` against ``original``, readably."""
    return [
        f"{f.severity.value} {f.kind}: {f.message}"
        for f in check(original, copy).findings
        if f.severity is not Severity.INFO
    ]


# --- separators and other paragraphs without a word ---------------------------------------------

FICTIONAL = (
    "The council met on Tuesday to discuss the budget for next year.\n"
    "Key points:\n"
    "The council will raise fares by ten percent from March.\n"
    "Residents were not consulted about the change, officials said.\n"
)


@pytest.mark.parametrize("separator", ["* * *", "___", "---", "\u2022 \u2022 \u2022", "~~~~", "\x1b\x07"])
def test_a_separator_the_copy_drops_or_adds_is_no_finding(separator: str) -> None:
    with_separator = FICTIONAL.replace("Key points:\n", f"{separator}\nKey points:\n")
    assert problems(with_separator, FICTIONAL) == []
    assert problems(FICTIONAL, with_separator) == []


def test_a_separator_at_the_end_is_not_the_end_of_the_article() -> None:
    assert problems(FICTIONAL + "* * *\n", FICTIONAL) == []


def test_a_paragraph_missing_still_is_one_next_to_a_separator() -> None:
    original = FICTIONAL.replace("Key points:\n", "* * *\nKey points:\n")
    copy = original.replace("Residents were not consulted about the change, officials said.\n", "")
    assert [p.split(":")[0] for p in problems(original, copy)] == ["error truncated"]


CONTROLS = "".join(chr(c) for c in range(0x0E, 0x1C)) + "\n\x7f\x80\x81\n" + "".join(map(chr, range(0x86, 0xA0)))


def test_an_identical_copy_with_lines_of_control_characters_passes() -> None:
    text = ORIGINAL.replace("\n", "\n" + CONTROLS + "\n", 3)
    assert problems(text, text) == []
