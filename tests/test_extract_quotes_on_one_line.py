"""Apostrophes, inch marks and quotations whose paragraph breaks were lost. The article is
fictional, written for this file."""

from __future__ import annotations

import textwrap

import pytest

import textguard
from textguard.extract.quotes import extract_quotes

ARTICLE = """\
The airline's 787 jets will stay on the ground until March, its chief executive said on Tuesday.
"We will not fly an aircraft we are not sure of," said Dana Whitlow, who runs the carrier. "Not one."
Engineers found cracks in a part of the wing that the maker calls 'the spar cap'. The airlines' 787 jets are the newest.
A passenger who bought a 70" TV at the airport shop said she had been stuck for six hours.
'It was the worst day of the '90s all over again,' said Mr O'Neill, a frequent flyer. 'Nobody told us anything.'
"The airline has let us down," said one pilot. "It knew about the cracks in May.
"And it said nothing until the papers found out."
The pilots' union said its members were "relieved" and that the crews' schedules would be reworked.
"""

EXPECTED = [
    "We will not fly an aircraft we are not sure of,",
    "Not one.",
    "the spar cap",
    "It was the worst day of the '90s all over again,",
    "Nobody told us anything.",
    "The airline has let us down,",
    "It knew about the cracks in May.\n\"And it said nothing until the papers found out.",
    "relieved",
]


def test_quotations_of_the_article() -> None:
    assert [q.text for q in extract_quotes(ARTICLE)] == EXPECTED


def test_one_line_reads_the_same_quotations() -> None:
    one = " ".join(ARTICLE.split())
    got = [" ".join(q.text.split()) for q in extract_quotes(one)]
    assert got == [" ".join(t.split()) for t in EXPECTED]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We bought a 70" TV," she said.', ['We bought a 70" TV,']),
        ('"The score was 3-1" and nothing more.', ["The score was 3-1"]),
        ("the airline ’s 787 jets 'were grounded', he said.", ["were grounded"]),
        ("'We loved the '80s,' she said.", ["We loved the '80s,"]),
    ],
)
def test_inch_marks_and_split_apostrophes(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text)] == quoted


@pytest.mark.parametrize("variant", ["one-line", "wrap-45", "wrap-72"])
def test_an_identical_copy_passes_however_its_lines_run(variant: str) -> None:
    if variant == "one-line":
        copy = " ".join(ARTICLE.split())
    else:
        copy = textwrap.fill(ARTICLE, int(variant.split("-")[1]))
    report = textguard.check(ARTICLE, copy)
    assert [(f.kind, f.message) for f in report.findings if f.severity.value != "info"] == []
