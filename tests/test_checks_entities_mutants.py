"""Tests that kill the surviving mutants of the entity check found by mutation testing (issue 18;
docs/quality.md "Mutation testing"). Each names what the mutant broke. The sentences are fictional.
"""

from __future__ import annotations

from textguard import Severity

from .articles import describe
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


def test_each_distinct_misspelling_of_a_name_is_reported_though_an_earlier_one_repeats() -> None:
    # Three mentions paragraphs apart: the second repeats the first one's misspelling (reported
    # already, skipped); the third has another, a finding of its own (``_findings`` goes on).
    original = (
        "Vera Lindqvist opened the new ferry terminal on Friday.\n"
        "The old one had stood by the quay for forty years. Its roof leaked.\n"
        "Lindqvist said the harbour needed it.\n"
        "Ferries will now dock on both sides of the pier. Work starts in spring.\n"
        "The terminal cost less than planned, Lindqvist added.\n"
    )
    copy = original.replace("Vera Lindqvist", "Vera Lindkvist").replace("Lindqvist said", "Lindkvist said")
    copy = copy.replace("Lindqvist added", "Lindquist added")
    assert describe(check(copy, original=original)) == [
        ("entity-altered", "Vera Lindqvist", "Vera Lindkvist"),
        ("entity-altered", "Lindqvist", "Lindquist"),
    ]


def test_a_hyphenated_name_is_joined_into_one_word_up_to_four_parts() -> None:
    # "Saint-Jean-Pied-Port" is the name written solid; a chain of five parts is joined no
    # further than four (``_keys``: longer chains are no name, and joining them costs quadratic
    # time), so the solid name of five parts is not found in it.
    for solid, hyphenated, expected in [
        ("Saintjeanpiedport", "Saint-Jean-Pied-Port", []),
        ("Saintjeanpiedporthaut", "Saint-Jean-Pied-Port-Haut", [("entity-altered", "Saintjeanpiedporthaut", "Saint")]),
    ]:
        original = f"The festival moved to {solid} this summer, its organisers said.\nIt will return next year.\n"
        assert describe(check(original.replace(solid, hyphenated), original=original)) == expected


def test_a_misspelt_name_of_words_and_a_connector_is_reported_whole() -> None:
    # Both changed words are hits, three words apart over the connector: the copy's form runs
    # from the first to the last (``grow`` keeps them together within the name's length + 1).
    original = "The Institute for Ocean Science opened a lab in the harbour on Friday.\nIt will study the tides.\n"
    copy = original.replace("Institute for Ocean Science", "Instutite for Ocean Sciense")
    assert describe(check(copy, original=original)) == [
        ("entity-altered", "Institute for Ocean Science", "Instutite for Ocean Sciense")
    ]


def test_a_name_word_replaced_in_place_counts_in_a_sentence_three_fifths_alike() -> None:
    # Five words each side, three kept: difflib's ratio is exactly 0.6, which is alike enough
    # (``in_place`` gives up only below 0.6). "Royal" is a name of the page's own, so nothing but
    # the word-for-word comparison reports it.
    original = "The Royal Bank paid for the new ferry.\nWestmere Health Trust closed wards.\nIt will reopen them in May.\n"
    copy = original.replace("Westmere Health Trust closed wards", "Royal Health Trust shut wards")
    assert describe(check(copy, original=original)) == [
        ("entity-altered", "Westmere Health Trust", "Royal Health Trust")
    ]


def test_a_misspelt_name_moved_into_the_next_copy_sentence_is_altered_not_missing() -> None:
    # A mention is looked for in its counterpart widened by one copy sentence on each side.
    original = "Vera Lindqvist opened the terminal on Friday. The harbour board paid for it.\n"
    copy = "The terminal opened on Friday. Vera Lindkvist said the harbour board paid for it.\n"
    assert describe(check(copy, original=original)) == [("entity-altered", "Vera Lindqvist", "Vera Lindkvist")]


def test_a_weak_title_for_a_person_s_first_name_is_no_changed_word() -> None:
    # "General" may be a name word beside an organisation, but beside a person's name it is a
    # title (``substituted`` too is told that the name is a person's).
    original = "Vera Lindqvist said on Friday that the ferry would run all year.\n"
    assert check(original.replace("Vera Lindqvist said", "General Lindqvist said"), original=original) == []


def test_a_name_of_words_and_of_written_in_lower_case_is_re_cased() -> None:
    # "of" between the words of the name is read over, as in "University of Eastmere".
    original = "The University of Eastmere opened a campus in Westby.\nIt has a new library.\n"
    copy = original.replace("University of Eastmere", "university of eastmere")
    found = check(copy, original=original)
    assert [(f.kind, f.severity, f.copy.text if f.copy else None) for f in found] == [
        ("entity-altered", Severity.WARNING, "university of eastmere")
    ]


def test_a_word_the_original_uses_as_often_just_before_the_name_is_no_replacement() -> None:
    # "national" stands twice in the sentence before the name in the original, and twice in the
    # copy's region: it is the page's own word, not one put in place of "Federal" (``replacement``
    # counts the original's uses from the sentence before the name's to the one after it).
    original = (
        "The national debt and the national budget were discussed. The Federal Reserve Board met on Tuesday.\n"
        "It will meet again soon.\n"
    )
    copy = original.replace(
        "The national debt and the national budget were discussed. The Federal Reserve Board met on Tuesday.",
        "The national debt was discussed. On Tuesday the National Reserve Board held its meeting.",
    )
    assert check(copy, original=original) == []


def test_a_name_swapped_as_the_last_words_of_the_text_is_found_by_the_words_before_it() -> None:
    # No word follows the name at all: looking for words after it stops at the end of the text.
    original = "The ferry was named on Friday by the harbour master Tom Reed.\n"
    assert describe(check(original.replace("Tom Reed", "Ann Bell"), original=original)) == [
        ("entity-altered", "Tom Reed", "Ann Bell")
    ]


def test_a_capitalised_word_put_inside_a_name_changes_it() -> None:
    # The words of the name no longer stand side by side: "Eastmere" between them is no connector
    # nor an initial (``together`` closes the run there), so the copy's form is a changed name.
    original = "Nurses from the Royal College of Nursing met in Westby on Friday.\nThey asked for more staff.\n"
    copy = original.replace("Royal College of Nursing", "Royal Eastmere College of Nursing")
    assert describe(check(copy, original=original)) == [
        ("entity-altered", "Royal College of Nursing", "Royal Eastmere College of Nursing")
    ]
