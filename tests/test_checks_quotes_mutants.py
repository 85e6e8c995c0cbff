"""Tests that kill the surviving mutants of the quote check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

import pytest

from .test_checks_quotes import ORIGINAL, check


def test_a_quotation_whose_sentence_the_copy_merged_into_the_one_before_is_found_there() -> None:
    # The traders' sentence has no counterpart (the copy ran it into the sentence before): its
    # quotation is looked for between the counterparts of its neighbours (``place_around``).
    copy = ORIGINAL.replace(
        'and the town deserves it," she said.\n'
        'Local traders called the works "a nightmare" and asked the council for compensation.',
        'and the town deserves it," she said, while traders spoke of "a nightmare".',
    )
    assert check(ORIGINAL, copy)[0] == []


def test_a_quotation_moved_two_sentences_away_word_for_word_is_kept() -> None:
    # Beyond the sentence on each side of its counterpart, a copy quotation with the very same
    # words still pairs, up to three sentences away (``pair_verbatim_nearby``).
    original = (
        'Local traders called the works "a nightmare" and asked the council for compensation. '
        "The council said it would consider it. The works start in June. They will last a year.\n"
    )
    copy = original.replace('called the works "a nightmare" and asked', "asked").replace(
        "The works start in June.", 'The works start in June. One trader said the works were "a nightmare".'
    )
    assert check(original, copy)[0] == []


@pytest.mark.parametrize("times", [1, 20], ids=["once", "repeated-20-times"])
def test_two_quotations_joined_into_one_in_a_crowded_sentence_are_kept(times: int) -> None:
    # A sentence of 70 quotations is a crowded region (over 64 copy quotations): there the joined
    # pair is ranked by whether it stands at home and by its distance from its place, and when
    # the copy has the joined words many times, only the 16 nearest its place are considered.
    items = ", ".join(f'"site {n}"' for n in range(1, 71))
    original = f"The survey named {items} as places to watch.\nIt ends in May.\n"
    copy = original.replace('"site 10", "site 11"', ", ".join(['"site 10, site 11"'] * times))
    assert check(original, copy)[0] == []
