"""Tests that kill the surviving mutants of the date check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

from .test_checks_dates import check, describe


def test_a_bare_month_after_the_same_word_is_altered_though_the_next_word_differs() -> None:
    # A copy date read only leniently counts where the original's stood: the same word right
    # before it is enough (``_neighbours`` reads the word before as well as the one after).
    original = "The crew marked November as the start of the storm season.\n"
    copy = "The crew marked August on the chart of the storm season.\n"
    assert describe(check(copy, original=original)) == [("date-altered", "November", "August")]
