"""Tests that kill the surviving mutants of the sentence check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The article is fictional.
"""

from __future__ import annotations

from textguard import Severity

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


def test_a_sentence_dropped_between_neighbours_the_copy_lengthened_is_still_missing() -> None:
    # Room between the neighbours' counterparts is not enough to call the sentence merged: its own
    # content words ("voted", "close") must be there too (``_merged``).
    original = (
        "The council met on Tuesday to talk about the old library on Mill Street and its leaking roof. "
        "The council voted to close the library on Mill Street. The building will be sold next year.\n"
        "A public meeting will take place next month.\n"
    )
    copy = original.replace("The council voted to close the library on Mill Street. ", "").replace(
        "sold next year.",
        "sold next year, once the builders, the surveyors and the lawyers of the town have finished "
        "their long and careful work on it.",
    )
    assert [f.original.text for f in findings(copy, original=original)] == [
        "The council voted to close the library on Mill Street."
    ]


#: A sentence said twice: once in the first paragraph, once in the last.
REPEATED = "Foot passengers will pay the same as before."
TOLLS = (
    "The harbour board will raise ferry fares in spring. " + REPEATED + "\n"
    "Fares for cars will go up by 12 per cent. Season tickets are not affected.\n"
    "The chair spoke to reporters at the quay on Friday afternoon.\n"
    "Lorries will pay 12 per cent more too, she said. " + REPEATED + " A meeting will be held next month.\n"
)


def test_a_repeated_sentence_dropped_at_its_first_place_is_missing_though_the_copy_keeps_it_later() -> None:
    # The alignment pairs both sayings with the one copy sentence, which is the verbatim
    # counterpart of the second: the first has no counterpart of its own (``_crowded_out``).
    copy = TOLLS.replace(" " + REPEATED + "\n", "\n", 1)
    assert [f.original.text for f in findings(copy, original=TOLLS)] == [REPEATED]


def test_what_a_dropped_sentence_lacks_is_looked_for_between_its_kept_neighbours() -> None:
    # The sentence before the dropped one is the repeated sentence, itself dropped there: the
    # kept neighbour is the one before it, so the copy between the neighbours lacks the figure
    # (which it has only further on, in another sentence): an error that names it (``_neighbours``).
    copy = TOLLS.replace(" " + REPEATED + "\nFares for cars will go up by 12 per cent. ", "\n", 1)
    found = findings(copy, original=TOLLS)
    assert [(f.original.text, f.severity) for f in found] == [
        (REPEATED, Severity.WARNING),
        ("Fares for cars will go up by 12 per cent.", Severity.ERROR),
    ]
    assert found[1].message.endswith("the copy lacks figure '12 per cent'")


def test_a_copy_that_starts_late_has_no_missing_sentence_before_its_first_kept_one() -> None:
    # The body's first sentence is said again later, where the copy keeps it: at the start it has
    # no counterpart, nor has the next one, so the copy starts late (the structural checks'
    # business) and no kept sentence stands before the dropped one (``_judge``).
    original = (
        REPEATED + " Fares for cars will go up by 12 per cent. Season tickets are not affected.\n"
        "The chair spoke to reporters at the quay on Friday afternoon.\n"
        "Lorries will pay more too, she said. " + REPEATED + " A meeting will be held next month.\n"
    )
    copy = original.replace(REPEATED + " Fares for cars will go up by 12 per cent. ", "", 1)
    assert findings(copy, original=original) == []
