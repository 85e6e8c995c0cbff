"""Tests that kill the surviving mutants of the figure check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

from .test_checks_numbers import check

WARD = (
    "The ward has 40 beds. It opened in the spring. The staff were told on Monday. "
    "Nobody was surprised by the news.\n"
)


def test_a_figure_two_sentences_away_in_the_copy_is_not_the_one_that_moved() -> None:
    # A figure left over is forgiven when the copy has its value one sentence beside the
    # counterpart (``context=1``: a split or reordered sentence); two sentences away it is another
    # figure, and the original's is missing.
    copy = WARD.replace("has 40 beds", "has many beds").replace("on Monday.", "on Monday by 40 letters.")
    assert [(f.kind, f.original.text) for f in check(copy, original=WARD)] == [("number-missing", "40")]


def test_a_one_digit_figure_ending_the_last_sentence_without_a_full_stop_is_kept() -> None:
    # A copy figure counts for the sentence when it starts anywhere before the span's end, its
    # last character included (``bisect_right(starts, span[1] - 1)``): a one-digit figure there
    # is the copy's own, so an identical copy has no finding.
    text = "Staff were told about the change on Monday.\n"
    text += "The ward opened in the spring and its beds numbered 4\n"
    assert check(text, original=text) == []
