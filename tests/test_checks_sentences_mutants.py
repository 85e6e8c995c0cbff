"""Tests that kill the surviving mutants of the sentence check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The article is fictional.
"""

from __future__ import annotations

from .test_checks_sentences import findings

FARES = (
    "The harbour board will raise ferry fares in spring, its chair said on Friday. "
    "The rise is the first in six years.\n"
    "Fares for cars will go up by a tenth. Foot passengers will pay the same as before. "
    "Season tickets are not affected.\n"
    "A meeting about the fares will be held at the town hall next month.\n"
)


def test_a_paragraph_s_first_sentence_dropped_after_the_last_of_the_one_before() -> None:
    # The nearest kept sentence before a lost run is searched one sentence at a time, past the
    # lost last sentence of the previous paragraph (``_neighbours``).
    copy = FARES.replace(" The rise is the first in six years.", "")
    copy = copy.replace("Fares for cars will go up by a tenth. ", "")
    assert [f.original.text for f in findings(copy, original=FARES)] == [
        "The rise is the first in six years.",
        "Fares for cars will go up by a tenth.",
    ]


def test_a_dropped_sentence_names_the_date_it_took_with_it_as_written() -> None:
    # The message quotes a date of several words with single spaces between them.
    original = (
        "The harbour board will raise ferry fares in spring, its chair said on Friday. "
        "The last rise came on 14 June. "
        "The board meets again soon.\nA meeting about the fares will be held at the town hall next month.\n"
    )
    [f] = findings(original.replace(" The last rise came on 14 June.", ""), original=original)
    assert f.message.endswith("the copy lacks date '14 June'")
