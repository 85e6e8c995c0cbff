"""Tests that kill the surviving mutants of the meaning check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

import pytest

from .test_checks_meaning import check

FERRY = "The ferry did not sail on Monday, and the crew worked on the pier all week.\n"


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(FERRY.replace("crew worked", "crew never worked"), id="never-after-a-comma-and-and"),
        pytest.param(
            FERRY.replace("Monday, and the crew worked", "Monday; the crew never worked"),
            id="after-a-semicolon",
        ),
    ],
)
def test_a_negation_of_an_earlier_clause_does_not_cover_one_added_in_the_next(copy: str) -> None:
    # A comma or semicolon starts a clause (``_Words.of`` numbers them): the first clause's "not"
    # says nothing about the second's verb, so "never" there is a flip.
    [f] = check(copy, original=FERRY)
    assert f.kind == "meaning-flipped"
    assert f.copy is not None and f.copy.text == "never"
