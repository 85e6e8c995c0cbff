"""Meaning flips: a negation added or dropped is reported; paraphrases are left alone."""

from __future__ import annotations

import pytest

from textguard import Config, Severity
from textguard.checks.meaning import check_meaning
from textguard.engine.pipeline import build_context
from textguard.findings import Finding

from .articles import replace_once

PARAGRAPHS = [
    "The harbour board said the new timetable was a success and would stay in place.",
    "Passengers had not been consulted before the change, according to the users' group.",
    "The chair, Ines Calder, said the board had shown no interest in their views and had ignored letters.",
    "The board said fares would never rise above the national average.",
    "A public meeting will be held in the community hall next month.",
    "The two sides did not meet or speak again before the vote.",
]
ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def check(copy: str, original: str = ORIGINAL, **options: object) -> list[Finding]:
    return check_meaning(build_context(original, copy, Config(**options)))  # type: ignore[arg-type]


def replaced(old: str, new: str, text: str = ORIGINAL) -> str:
    return replace_once(text, old, new)


@pytest.mark.parametrize(
    ("old", "new", "copy_word"),
    [
        pytest.param("was a success", "was not a success", "not", id="not-added"),
        pytest.param("was a success", "wasn't a success", "wasn't", id="contraction-added"),
        pytest.param("would stay in place", "would never stay in place", "never", id="never-added"),
    ],
)
def test_an_added_negation_is_a_flip_pointing_at_the_negation(old: str, new: str, copy_word: str) -> None:
    found = check(replaced(old, new))
    assert [(f.kind, f.severity, f.copy.text if f.copy else None) for f in found] == [
        ("meaning-flipped", Severity.ERROR, copy_word)
    ]
    assert found[0].original is not None and found[0].original.text == PARAGRAPHS[0]
    assert "added" in found[0].message and "{+" in found[0].message


@pytest.mark.parametrize(
    ("old", "new", "original_word"),
    [
        pytest.param("had not been consulted", "had been consulted", "not", id="not-dropped"),
        pytest.param("would never rise", "would rise", "never", id="never-dropped"),
    ],
)
def test_a_dropped_negation_is_a_flip_pointing_at_the_original_negation(
    old: str, new: str, original_word: str
) -> None:
    found = check(replaced(old, new))
    assert [(f.kind, f.original.text if f.original else None) for f in found] == [
        ("meaning-flipped", original_word)
    ]
    assert "dropped" in found[0].message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("had not been consulted", "were not consulted", id="negation-kept-reworded"),
        pytest.param("had not been consulted", "had never been consulted", id="one-negation-for-another"),
        pytest.param(
            "did not meet or speak",
            "did not meet or did not speak",
            id="negation-already-covering-the-clause",
        ),
        pytest.param(
            "had shown no interest in their views and had ignored letters",
            "had shown no interest in their views and had not answered letters",
            id="negation-with-other-words-changed",
        ),
        pytest.param(
            "was a success and would stay in place",
            "was a success and would stay in place unless nobody used it",
            id="negation-in-an-added-clause",
        ),
        pytest.param("would never rise above", "would stay below", id="antonym-rewording"),
        pytest.param(
            "The harbour board said the new timetable was a success and would stay in place.",
            "According to the harbour board, nothing will change: the timetable works and will remain.",
            id="paraphrase-with-a-negation",
        ),
    ],
)
def test_rewordings_are_not_flips(old: str, new: str) -> None:
    assert check(replaced(old, new)) == []


def test_a_verbatim_copy_has_no_flip() -> None:
    assert check(ORIGINAL) == []


def test_a_lost_sentence_is_not_a_flip() -> None:
    assert check("\n".join(PARAGRAPHS[:1] + PARAGRAPHS[2:]) + "\n") == []


def test_flips_respect_configured_severities_and_disabled_kinds() -> None:
    copy = replaced("was a success", "was not a success")
    assert [f.severity for f in check(copy, severities={"meaning-flipped": "warning"})] == [Severity.WARNING]
    assert check(copy, disabled=["meaning-flipped"]) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("was a success", "was \uff4e\uff4f\uff54 a success", id="fullwidth"),
        pytest.param("was a success", "was n\u00adot a success", id="soft-hyphen-inside"),
        pytest.param("was a success", "wasn\u2019t a success", id="curly-apostrophe"),
    ],
)
def test_a_negation_that_only_folding_reveals_is_still_seen(old: str, new: str) -> None:
    # The check passes over sentences without a hint of negation; folding must not hide one.
    (finding,) = check(replaced(old, new))
    assert finding.kind == "meaning-flipped"


# --- severity and negations beside negations (issue 14) -------------------------------------------


def test_a_flip_in_a_sentence_also_reworded_is_a_warning() -> None:
    found = check(replaced("said the new timetable was a success", "stated the new timetable was not a success"))
    assert [(f.kind, f.severity) for f in found] == [("meaning-flipped", Severity.WARNING)]
    assert "also reworded" in found[0].message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("had shown no interest in their views and had ignored letters",
                     "had shown no interest in their views and had not ignored letters",
                     id="not-beside-an-earlier-negation"),
        pytest.param("had not been consulted", "had not not been consulted", id="double-negative"),
    ],
)
def test_a_negation_added_beside_another_is_a_flip(old: str, new: str) -> None:
    found = check(replaced(old, new))
    assert [(f.kind, f.severity) for f in found] == [("meaning-flipped", Severity.ERROR)]


@pytest.mark.parametrize("where", ["last-clause", "first-clause"])
def test_a_negation_covered_by_an_earlier_one_in_its_clause_is_not_a_flip(where: str) -> None:
    """'did not meet or did not speak' says what 'did not meet or speak' says, in whichever clause
    of the sentence it stands (a test that mutation testing asked for)."""
    sentence = "The two sides did not meet or speak again before the vote."
    if where == "first-clause":
        sentence = "The two sides did not meet or speak again, the chair said in the hall."
    original = ORIGINAL.replace(PARAGRAPHS[-1], sentence)
    copy = original.replace("did not meet or speak", "did not meet or did not speak")
    assert check(copy, original) == []


def test_a_negation_added_in_another_clause_is_a_flip() -> None:
    found = check(replaced("before the change, according", "before the change, not according"))
    assert [(f.kind, f.copy.text if f.copy else None) for f in found] == [("meaning-flipped", "not")]
