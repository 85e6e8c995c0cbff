"""The quotation check on small fictional articles: what is fine, what is altered, what is missing."""

from __future__ import annotations

import pytest

from textguard import Config, Severity
from textguard import check as check_texts
from textguard.checks.quotes import check_quotes
from textguard.engine.pipeline import build_context
from textguard.findings import Finding
from textguard.testing import assert_quotes_preserved

from .articles import describe, replace_once

PARAGRAPHS = [
    "The Marlow Valley council has approved a plan to reopen the old tram line between Eastgate and the harbour.",
    (
        "Transport officer Delia Rowntree said the project would cost \u00a348 million. "
        '"We have waited long enough for this line, and the town deserves it," she said.'
    ),
    'Local traders called the works "a nightmare" and asked the council for compensation.',
    (
        '"The trams will bring visitors back to the waterfront," said Arun Patel, who runs a caf\u00e9 '
        'on the quay. "We are ready for them."'
    ),
    "A public consultation on the final route will open next month and run until the end of the year.",
]
ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def check(original: str, copy: str, **options: object) -> tuple[list[Finding], int]:
    return check_quotes(build_context(original, copy, Config(**options)))  # type: ignore[arg-type]


def replaced(old: str, new: str, text: str = ORIGINAL) -> str:
    return replace_once(text, old, new)


# --- copies that keep every quotation ---------------------------------------------------------

KEPT = {
    "verbatim": ORIGINAL,
    "curly-marks": ORIGINAL.replace(' "', " \u201c").replace('"', "\u201d").replace("\n\u201d", "\n\u201c"),
    "guillemets": ORIGINAL.replace(' "', " \u00ab").replace('"', "\u00bb").replace("\n\u00bb", "\n\u00ab"),
    "crlf-and-nbsp": ORIGINAL.replace("\n", "\r\n").replace(" ", "\u00a0"),
    "blank-lines-and-wrapping": "\n\n".join(p[:60] + "\n" + p[60:] for p in PARAGRAPHS),
    "punctuation-outside-the-marks": replaced('"We are ready for them."', '"We are ready for them".'),
    "case-changed": replaced('"a nightmare"', '"A Nightmare"'),
    "split-by-an-attribution": replaced(
        '"We have waited long enough for this line, and the town deserves it," she said.',
        '"We have waited long enough for this line," she said, "and the town deserves it."',
    ),
    "two-quotations-joined": replaced(
        '"The trams will bring visitors back to the waterfront," said Arun Patel, who runs a caf\u00e9 '
        'on the quay. "We are ready for them."',
        '"The trams will bring visitors back to the waterfront. We are ready for them," said Arun '
        "Patel, who runs a caf\u00e9 on the quay.",
    ),
    "page-furniture-added": "Share this article\n" + ORIGINAL + '"Best coverage in town" - readers\n',
}


@pytest.mark.parametrize("copy", list(KEPT.values()), ids=list(KEPT))
def test_a_copy_that_keeps_the_quotations_has_no_quote_finding(copy: str) -> None:
    findings, checked = check(ORIGINAL, copy)
    assert describe(findings) == []
    assert checked == 4


def test_quotations_in_page_furniture_are_not_checked() -> None:
    original = (
        'Listen to "The Daily Briefing" podcast\n'
        + ORIGINAL
        + 'Copyright 2025 "The Valley Post". All rights reserved.\n'
    )
    findings, checked = check(original, ORIGINAL)
    assert checked == 4 and findings == []


# --- altered -----------------------------------------------------------------------------------

ALTERED = [
    (
        "word-changed",
        replaced("and the town deserves it", "and the city deserves it"),
        "We have waited long enough",
        "the city deserves",
        "[-town-] {+city+}",
    ),
    (
        "negation-added",
        replaced('"We are ready for them."', '"We are not ready for them."'),
        "We are ready for them.",
        "We are not ready",
        "{+not+}",
    ),
    (
        "word-dropped",
        replaced("waited long enough", "waited enough"),
        "waited long enough",
        "waited enough",
        "[-long-]",
    ),
    (
        "word-pulled-inside",
        replaced('called the works "a nightmare" and', 'called the "works a nightmare" and'),
        "a nightmare",
        "works a nightmare",
        "{+works+}",
    ),
    (
        "boundary-moved",
        replaced(
            'called the works "a nightmare" and asked',
            'called "the works a nightmare" and asked',
        ),
        "a nightmare",
        "the works a nightmare",
        "{+the works+}",
    ),
    (
        "scare-quote-synonym",
        replaced('"a nightmare"', '"a disaster"'),
        "a nightmare",
        "a disaster",
        "[-nightmare-] {+disaster+}",
    ),
    (
        "paraphrased-in-marks",
        replaced(
            '"We have waited long enough for this line, and the town deserves it,"',
            '"This line has been awaited for long and the town has earned it,"',
        ),
        "We have waited long enough",
        "This line has been awaited",
        None,
    ),
]


@pytest.mark.parametrize(
    ("copy", "original_part", "copy_part", "diff"), [c[1:] for c in ALTERED], ids=[c[0] for c in ALTERED]
)
def test_a_changed_quotation_is_altered_with_a_word_diff(
    copy: str, original_part: str, copy_part: str, diff: str | None
) -> None:
    findings, _ = check(ORIGINAL, copy)
    assert [f.kind for f in findings] == ["quote-altered"], describe(findings)
    (f,) = findings
    assert f.original is not None and f.copy is not None
    assert original_part in f.original.text and copy_part in f.copy.text
    assert ORIGINAL[f.original.start : f.original.end] == f.original.text
    assert copy[f.copy.start : f.copy.end] == f.copy.text
    if diff is not None:
        assert diff in f.message


def test_the_original_span_is_the_quotation_without_its_marks() -> None:
    (f,), _ = check(ORIGINAL, replaced("and the town deserves it", "and the city deserves it"))
    assert f.original is not None and f.copy is not None
    assert f.original.text == "We have waited long enough for this line, and the town deserves it,"
    assert f.copy.text == "We have waited long enough for this line, and the city deserves it,"
    assert f.severity is Severity.ERROR
    assert f.message.startswith("quotation changed: ")


def test_a_changed_scare_quote_is_a_warning() -> None:
    (f,), _ = check(ORIGINAL, replaced('"a nightmare"', '"a disaster"'))
    assert f.severity is Severity.WARNING and f.message.startswith("quoted phrase changed")


def test_the_speaker_is_named_when_visible() -> None:
    (f,), _ = check(ORIGINAL, replaced("back to the waterfront", "back to the harbour"))
    assert f.message.startswith("quotation of Arun Patel changed: ")


def test_synonyms_in_a_row_of_scare_quotes_pair_by_position() -> None:
    original = 'Critics called the plan "reckless", "costly" and "a vanity project" on Monday.\nThe vote is next week.\n'
    copy = 'Critics called the plan "careless", "costly" and "a pet project" on Monday.\nThe vote is next week.\n'
    findings, checked = check(original, copy)
    assert checked == 3
    assert [(f.kind, f.original.text, f.copy.text) for f in findings if f.original and f.copy] == [
        ("quote-altered", "reckless", "careless"),
        ("quote-altered", "a vanity project", "a pet project"),
    ]


def test_a_quotation_the_copy_merged_with_the_next_one_is_altered_at_its_place() -> None:
    original = (
        'The paper said: "A collision seems unavoidable."\n'
        '"The two trains are speeding towards each other," it added.\n'
        "Nobody expects a deal soon.\n"
    )
    copy = (
        'The paper said: "A crash is now certain. Both trains race towards each other on one track."\n'
        "Nobody expects a deal soon.\n"
    )
    findings, _ = check(original, copy)
    assert [f.kind for f in findings] == ["quote-altered", "quote-altered"], describe(findings)
    assert findings[0].copy is not None and findings[0].copy.text == "A crash is now certain."


# --- missing -----------------------------------------------------------------------------------

MISSING = [
    (
        "marks-removed",
        replaced(
            '"We have waited long enough for this line, and the town deserves it," she said.',
            "We have waited long enough for this line, and the town deserves it, she said.",
        ),
        "We have waited long enough",
        "We have waited long enough",
        "without quotation marks",
    ),
    (
        "indirect-speech",
        replaced(
            '"We have waited long enough for this line, and the town deserves it," she said.',
            "She said they had waited long enough for this line and that the town deserves it.",
        ),
        "We have waited long enough",
        "waited long enough for this line",
        "quotation",
    ),
    (
        "reported-speech",
        replaced(
            '"We are ready for them."',
            "He added that businesses on the quay were prepared.",
        ),
        "We are ready for them.",
        "businesses on the quay were prepared",
        "not in the copy",
    ),
    (
        "scare-marks-removed",
        replaced('"a nightmare"', "a nightmare"),
        "a nightmare",
        "a nightmare",
        "quoted phrase",
    ),
]


@pytest.mark.parametrize(
    ("copy", "original_part", "copy_part", "message"), [c[1:] for c in MISSING], ids=[c[0] for c in MISSING]
)
def test_a_quotation_without_marks_in_the_copy_is_missing(
    copy: str, original_part: str, copy_part: str, message: str
) -> None:
    findings, _ = check(ORIGINAL, copy)
    assert [f.kind for f in findings] == ["quote-missing"], describe(findings)
    (f,) = findings
    assert f.original is not None and original_part in f.original.text
    assert f.copy is not None and copy_part in f.copy.text
    assert message in f.message


def test_a_quotation_whose_passage_is_gone_is_missing_without_a_copy_span() -> None:
    copy = "\n".join(p for p in PARAGRAPHS if "nightmare" not in p) + "\n"
    (f,), _ = check(ORIGINAL, copy)
    assert f.kind == "quote-missing" and f.copy is None
    assert f.original is not None and f.original.text == "a nightmare"
    assert f.severity is Severity.WARNING


def test_an_empty_copy_misses_every_quotation() -> None:
    findings, checked = check(ORIGINAL, "")
    assert checked == 4
    assert [f.kind for f in findings] == ["quote-missing"] * 4


def test_an_original_without_quotations_checks_nothing() -> None:
    assert check("Nothing was said.\nNobody spoke.\n", 'Nothing was said.\n"Nobody" spoke.\n') == ([], 0)


# --- thousands of quotations in one sentence ---------------------------------------------------
# Each quotation is compared with the copy quotations near its place, not with all of its
# region's: these take a fraction of a second, and took over a minute when that cost was quadratic.


def test_many_quotations_in_one_sentence() -> None:
    text = '"a" ' * 5_000
    assert check_texts(text, text).verdict == "pass"


def test_many_attributed_quotations_in_one_sentence() -> None:
    text = '"x," said ' * 5_000
    assert check_texts(text, text).verdict == "pass"


ONE_AMONG_MANY = [
    ("attributed", '"x," said ', '"y," said ', "x,", "y,"),
    ("reworded", '"We agree," said Bob, ', '"We disagree," said Bob, ', "We agree,", "We disagree,"),
    ("scare-quote", '"a" ', '"b" ', "a", "b"),
]


@pytest.mark.parametrize(
    ("unit", "changed", "original_text", "copy_text"),
    [c[1:] for c in ONE_AMONG_MANY],
    ids=[c[0] for c in ONE_AMONG_MANY],
)
def test_one_altered_quotation_among_thousands_is_found_at_its_place(
    unit: str, changed: str, original_text: str, copy_text: str
) -> None:
    original = unit * 2_000
    at = 1_234 * len(unit)
    copy = original[:at] + changed + original[at + len(unit) :]
    findings = [f for f in check_texts(original, copy).findings if f.kind.startswith("quote-")]
    assert [f.kind for f in findings] == ["quote-altered"], describe(findings)
    (f,) = findings
    assert f.original is not None and f.copy is not None
    assert (f.original.start, f.original.text) == (at + 1, original_text)
    assert (f.copy.start, f.copy.text) == (at + 1, copy_text)


# --- configuration -----------------------------------------------------------------------------


def test_disabled_kinds_are_not_reported() -> None:
    copy = replaced("and the town deserves it", "and the city deserves it")
    assert check(ORIGINAL, copy, disabled=["quote-altered"])[0] == []


def test_configured_severities_apply_to_speech_and_scare_quotes() -> None:
    copy = replaced("and the town deserves it", "and the city deserves it")
    copy = replaced('"a nightmare"', '"a disaster"', copy)
    findings, _ = check(ORIGINAL, copy, severities={"quote-altered": "info"})
    assert [f.severity for f in findings] == [Severity.INFO, Severity.INFO]


# --- the assertion helper ----------------------------------------------------------------------


def test_assert_quotes_preserved_passes_a_faithful_copy() -> None:
    assert_quotes_preserved(ORIGINAL, KEPT["curly-marks"])


def test_assert_quotes_preserved_lists_an_altered_quotation_with_its_diff() -> None:
    with pytest.raises(AssertionError) as exc:
        assert_quotes_preserved(ORIGINAL, replaced("and the town deserves it", "and the city deserves it"))
    message = str(exc.value)
    assert message.startswith("quotations were not preserved: 1 finding")
    assert "[-town-] {+city+}" in message


def test_a_quote_edited_into_its_neighbours_words_is_altered_not_the_neighbour_missing() -> None:
    # Shrunk by Hypothesis from test_quotes_properties (operation 'drop'); fictional names.
    original = "Abbot called it 'The the.' Brennan called it 'the' today. The the the Castellanos. The the the Delacroix.\n"
    copy = original.replace("'The the.'", "'the.'")
    found = [(f.kind, f.original.text if f.original else None) for f in check_texts(original, copy).findings]
    assert found == [("quote-altered", "The the.")]


# Fictional: a list of headlines, one of them cut before its closing mark, then a quoted sentence.
_HEADLINES = (
    "The council met on Tuesday to hear the residents of the valley.\n"
    "Ferry Timetable Changes for the Winter Season\n"
    "Bakers Warn of Shortage of 'Heritage Flour\n"
    "Harbour 'Lantern Walk' Draws Record Crowd of Visitors\n"
    "\u201cWe want the lanterns back every year,\u201d Mara Ellison told the meeting. The vote is next week.\n"
)


def test_a_one_line_copy_reads_quotations_as_the_original_breaks_its_lines() -> None:
    copy = " ".join(_HEADLINES.split("\n")).strip() + "\n"
    assert [f for f in check_texts(_HEADLINES, copy).findings if f.severity >= Severity.WARNING] == []


def test_a_one_line_copy_with_a_quotation_changed_is_still_altered() -> None:
    copy = " ".join(_HEADLINES.split("\n")).strip().replace("back every year", "back next year") + "\n"
    found = [(f.kind, f.original.text if f.original else None) for f in check_texts(_HEADLINES, copy).findings]
    assert found == [("quote-altered", "We want the lanterns back every year,")]


def test_a_single_mark_nothing_closes_may_be_lost_when_the_words_stay() -> None:
    # Fictional: a headline cut after its opening mark; the copy typed that mark as an apostrophe.
    copy = _HEADLINES.replace("'Heritage Flour", "\u2019Heritage Flour")
    assert [f for f in check_texts(_HEADLINES, copy).findings if f.severity >= Severity.WARNING] == []


def test_a_closed_single_quotation_without_its_marks_is_still_missing() -> None:
    copy = _HEADLINES.replace("'Lantern Walk'", "Lantern Walk")
    assert [f.kind for f in check_texts(_HEADLINES, copy).findings] == ["quote-missing"]
