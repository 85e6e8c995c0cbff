"""Tests that kill the surviving mutants of the figure check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

from .articles import describe
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


def test_a_changed_figure_moved_past_an_equal_one_is_altered_into_the_figure_with_its_word() -> None:
    # The copy moved the percentage to the front, so the beds' figure can no longer pair by its
    # place; it pairs with a left-over copy figure of its sort, the one followed by the same word
    # ("beds") rather than the first one ("12 nurses").
    original = "The ward has 40 beds and its budget rose by 7% this year.\n"
    copy = "Its budget rose by 7% this year, and the ward, which hired 12 nurses, has 45 beds.\n"
    assert describe(check(copy, original=original)) == [("number-altered", "40", "45")]


def test_a_figure_read_as_a_day_of_the_month_changed_into_a_count_is_altered() -> None:
    # "12 march" reads as a day of the month (a bare month word beside it) though no date stands
    # there: such a figure and a count can stand for each other, so the change is reported.
    original = "The union held 12 march rallies in the city last year.\n"
    copy = "The union held 15 rallies in the city last year.\n"
    assert describe(check(copy, original=original)) == [("number-altered", "12", "15")]


TALLIES = "The tallies read " + ", ".join(str(n) for n in range(1, 111)) + " in the end.\n"


def test_a_sentence_of_very_many_figures_is_checked_by_longest_runs() -> None:
    # Past 10,000 pairs of figures a sentence is aligned by difflib's longest runs, not the full
    # table: every figure kept pairs with its copy, a changed one is still altered.
    assert check(TALLIES, original=TALLIES) == []
    copy = TALLIES.replace(" 57,", " 58,")
    assert describe(check(copy, original=TALLIES)) == [("number-altered", "57", "58")]
