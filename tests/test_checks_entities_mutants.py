"""Tests that kill the surviving mutants of the entity check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

from .test_checks_entities import check


def test_a_name_swapped_at_the_end_of_its_sentence_is_found_by_the_words_before_it() -> None:
    # Nothing follows the name but the full stop, so only the words before it ("harbour master",
    # read backwards from the name: ``_anchor(..., -1)``) can find where the other name stands.
    original = (
        "The new ferry was named on Friday by the harbour master Tom Reed.\n"
        "It will sail to the islands twice a day from May.\n"
    )
    found = check(original.replace("Tom Reed", "Ann Bell"), original=original)
    assert [(f.kind, f.original.text, f.copy.text if f.copy else None) for f in found] == [
        ("entity-altered", "Tom Reed", "Ann Bell")
    ]
