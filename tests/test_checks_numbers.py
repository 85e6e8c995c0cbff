"""Figures: reading them in every form, and the figure check on a small fictional article."""

from __future__ import annotations

from fractions import Fraction

import pytest

from textguard import Config, Severity
from textguard import check as check_text
from textguard.checks.numbers import check_numbers
from textguard.engine.pipeline import build_context
from textguard.extract.numbers import extract_numbers
from textguard.findings import Finding
from textguard.testing import assert_numbers_preserved

from .articles import describe, replace_once

# --- extraction ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("counted 23 males", [("23", 23, "count")], id="digits"),
        pytest.param("signed by 2,146 people", [("2,146", 2146, "count")], id="thousands-separator"),
        pytest.param("a 3.5% rise", [("3.5%", Fraction(7, 2), "percent")], id="decimal-percent"),
        pytest.param("up 40 per cent", [("40 per cent", 40, "percent")], id="per-cent"),
        pytest.param("cost £1.2 million", [("£1.2 million", 1_200_000, "money")], id="money-million"),
        pytest.param("about £24m", [("£24m", 24_000_000, "money")], id="money-m"),
        pytest.param("a $5bn deal", [("$5bn", 5_000_000_000, "money")], id="money-bn"),
        pytest.param("2.3 million journeys", [("2.3 million", 2_300_000, "count")], id="scale-word"),
        pytest.param("a 50-day ultimatum", [("50", 50, "count")], id="hyphenated-unit"),
        pytest.param("a 50 -day ultimatum", [("50", 50, "count")], id="spaced-hyphen"),
        pytest.param("since 1998", [("1998", 1998, "year")], id="year"),
        pytest.param("on 21 March", [("21", 21, "date")], id="day-of-month"),
        pytest.param("the 24th regiment", [("24th", 24, "ordinal")], id="ordinal-digits"),
        pytest.param("at 6.30pm", [("6.30pm", 18 * 60 + 30, "time")], id="time-pm"),
        pytest.param("at 18:30", [("18:30", 18 * 60 + 30, "time")], id="time-24h"),
        pytest.param("ten days", [("ten", 10, "count")], id="word"),
        pytest.param("twenty-one days", [("twenty-one", 21, "count")], id="hyphenated-word"),
        pytest.param("three hundred and five", [("three hundred and five", 305, "count")], id="hundred-and"),
        pytest.param("a million people", [("a million", 1_000_000, "count")], id="a-million"),
        pytest.param(
            "four-and-a-half years", [("four-and-a-half", Fraction(9, 2), "count")], id="half-hyphens"
        ),
        pytest.param("two and a half years", [("two and a half", Fraction(5, 2), "count")], id="half-spaces"),
        pytest.param("the fourth time", [("fourth", 4, "ordinal")], id="ordinal-word"),
        pytest.param("the twenty-first century", [("twenty-first", 21, "ordinal")], id="compound-ordinal"),
        pytest.param("Lindqvist's second term", [("second", 2, "ordinal")], id="second-after-possessive"),
        pytest.param("roughly one in four", [("one", 1, "count"), ("four", 4, "count")], id="one-in-four"),
        pytest.param("ten per cent", [("ten per cent", 10, "percent")], id="word-percent"),
        pytest.param("three and four", [("three", 3, "count"), ("four", 4, "count")], id="two-numbers"),
    ],
)
def test_figures_are_read_with_their_value_and_kind(
    text: str, expected: list[tuple[str, object, str]]
) -> None:
    assert [(f.text, f.value, f.kind) for f in extract_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("one of them said one by one", id="one-as-pronoun"),
        pytest.param("at first it waited a second", id="first-and-second-not-ordinals"),
        pytest.param("the N7 bus and code SAVE20", id="codes"),
        pytest.param("it was 5m tall", id="metres-not-millions"),
        pytest.param("hundreds of people", id="vague-plural"),
    ],
)
def test_words_that_only_look_like_figures_are_not_read(text: str) -> None:
    assert [f.text for f in extract_numbers(text) if f.text != "5"] == []


def test_spans_point_into_the_text_and_respect_the_range() -> None:
    text = "Skip 7 lines. The fare rose from £3.40 to £4.00 on 1 April."
    start = text.index("The")
    figures = extract_numbers(text, start=start, end=len(text) - 1)
    assert [text[f.start : f.end] for f in figures] == ["£3.40", "£4.00", "1"]
    assert [f.shown for f in figures] == ["£3.4", "£4", "1"]


# --- the check ---------------------------------------------------------------------------------

PARAGRAPHS = [
    "Ferry fares between Port Velden and the island of Carrow will rise by 18% from 1 April, the harbour board said.",
    "A standard adult return will go from £3.40 to £4.00, and about 1,200 commuters will pay £73 a month.",
    "The board has held fares for four-and-a-half years, and the two older vessels will be replaced within ten years.",
    "Around 2.3 million journeys were made last year, the first rise since 2019.",
]
ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def check(copy: str, original: str = ORIGINAL, **options: object) -> list[Finding]:
    findings, _ = check_numbers(build_context(original, copy, Config(**options)))  # type: ignore[arg-type]
    return findings


def replaced(old: str, new: str, text: str = ORIGINAL) -> str:
    return replace_once(text, old, new)


def test_the_check_counts_the_figures_of_the_body() -> None:
    texts = [f.text for f in extract_numbers(ORIGINAL)]
    assert texts == [
        "18%", "1", "£3.40", "£4.00", "1,200", "£73", "four-and-a-half", "two", "ten", "2.3 million", "first", "2019"
    ]  # fmt: skip
    _, count = check_numbers(build_context(ORIGINAL, ORIGINAL, Config()))
    assert count == len(texts)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("ten years", "10 years", id="digits-for-words"),
        pytest.param("18%", "18 per cent", id="per-cent-for-sign"),
        pytest.param("four-and-a-half years", "four and a half years", id="half-without-hyphens"),
        pytest.param("four-and-a-half years", "4.5 years", id="half-as-decimal"),
        pytest.param("2.3 million", "2,300,000", id="million-as-digits"),
        pytest.param("£4.00", "£4", id="money-without-pence"),
        pytest.param("1 April", "April 1", id="date-order"),
        pytest.param("1,200 commuters", "1200 commuters", id="no-thousands-separator"),
        pytest.param("the first rise", "the 1st rise", id="ordinal-digits"),
    ],
)
def test_the_same_value_in_another_form_is_not_a_change(old: str, new: str) -> None:
    assert check(replaced(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("18%", "16%", ("18%", "16%"), id="percent"),
        pytest.param("£3.40", "£3.60", ("£3.40", "£3.60"), id="money"),
        pytest.param("four-and-a-half years", "three years", ("four-and-a-half", "three"), id="duration"),
        pytest.param("2.3 million", "3.2 million", ("2.3 million", "3.2 million"), id="million"),
        pytest.param("about 1,200", "about 2,100", ("1,200", "2,100"), id="count"),
    ],
)
def test_another_value_is_number_altered_with_the_copys_figure(
    old: str, new: str, expected: tuple[str, str]
) -> None:
    found = check(replaced(old, new))
    assert describe(found) == [("number-altered", *expected)]
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("since 2019", "since 2018", id="year-after-since"),
        pytest.param("1 April", "2 April", id="day-of-month"),
        pytest.param("1 April", "", id="dropped-date"),
    ],
)
def test_dates_are_left_to_the_date_check(old: str, new: str) -> None:
    # One changed date gives one finding: the date check's (tests/test_checks_dates.py).
    assert check(replaced(old, new)) == []


def test_a_year_outside_a_date_is_still_a_figure() -> None:
    text = ORIGINAL + "The harbour expects 2019 visitors a day.\n"
    found = check(replaced("2019 visitors", "2018 visitors", text), text)
    assert describe(found) == [("number-altered", "2019", "2018")]


def test_an_altered_figure_pairs_with_the_figure_of_the_same_sort() -> None:
    # The money figure changed, the count did not: "£73" pairs with "£75", not with "1,200".
    assert describe(check(replaced("£73", "£75"))) == [("number-altered", "£73", "£75")]


def test_a_dropped_figure_is_number_missing() -> None:
    found = check(replaced("and about 1,200 commuters", "and commuters"))
    assert describe(found) == [("number-missing", "1,200", None)]
    assert found[0].severity is Severity.ERROR


def test_a_dropped_small_number_in_words_is_only_a_warning() -> None:
    found = check(replaced("the two older vessels", "the older vessels"))
    assert describe(found) == [("number-missing", "two", None)]
    assert found[0].severity is Severity.WARNING


def test_a_figure_moved_to_the_next_sentence_is_not_missing() -> None:
    copy = replaced(
        "Around 2.3 million journeys were made last year, the first rise since 2019.",
        "Journeys rose for the first time since 2019. Around 2.3 million were made last year.",
    )
    assert check(copy) == []


def test_a_lost_paragraph_is_left_to_the_structural_checks() -> None:
    assert check("\n".join(PARAGRAPHS[:3]) + "\n") == []


def test_findings_respect_configured_severities_and_disabled_kinds() -> None:
    copy = replaced("18%", "16%")
    assert [f.severity for f in check(copy, severities={"number-altered": "warning"})] == [Severity.WARNING]
    assert check(copy, disabled=["number-altered"]) == []


def test_assert_numbers_preserved_lists_an_altered_figure() -> None:
    with pytest.raises(AssertionError) as exc:
        assert_numbers_preserved(ORIGINAL, replaced("18%", "16%"))
    assert "16%" in str(exc.value)


# --- figures beside equal figures (issue 14) ------------------------------------------------------

#: Fictional: the ward and its figures are made up.
WARD = "The ward has 40 beds and 40 nurses. It also has 40 cots for newborns.\n"


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        pytest.param(
            "The ward has 40 beds and 12 nurses.\n", "The ward has 12 nurses and 40 beds.\n", id="two-counts-swapped"
        ),
        pytest.param(
            "The ward opened its third wing for 40 patients.\n",
            "For 40 patients the ward opened its third wing.\n",
            id="ordinal-and-count-swapped",
        ),
    ],
)
def test_figures_only_reordered_in_their_sentence_are_not_changed(original: str, copy: str) -> None:
    assert check(copy, original) == []


def test_a_dropped_count_is_not_changed_into_a_left_over_ordinal() -> None:
    # Fictional. A rank is not an amount: "40" left over does not pair with the copy's "fifth".
    original = "The harbour board counted 40 ferries on the first day.\n"
    copy = "The harbour board counted ferries on the fifth day, and the first ones were late.\n"
    assert [(f.kind, f.original.text) for f in check(copy, original)] == [("number-missing", "40")]


def test_an_ordinal_does_not_take_the_place_of_a_count() -> None:
    original = "The ward opened its third wing for 40 patients.\n"
    found = check("The ward opened its third wing for 45 patients.\n", original)
    assert [(f.kind, f.original.text, f.copy.text) for f in found] == [("number-altered", "40", "45")]


@pytest.mark.parametrize(
    ("copy", "at"),
    [
        pytest.param("The ward has 45 beds and 40 nurses. It also has 40 cots for newborns.\n", 13, id="first-of-two"),
        pytest.param("The ward has 40 beds and 45 nurses. It also has 40 cots for newborns.\n", 25, id="second-of-two"),
        pytest.param("The ward has 40 beds and 40 nurses. It also has 45 cots for newborns.\n", 48, id="equal-figure-nearby"),
    ],
)
def test_a_changed_figure_beside_an_equal_one_is_found_at_its_place(copy: str, at: int) -> None:
    found = check(copy, WARD)
    assert [(f.kind, f.original.start, f.copy.text) for f in found] == [("number-altered", at, "45")]


def test_a_figure_changed_next_to_an_equal_figure_in_the_next_sentence_is_found() -> None:
    original = "The ward has 40 beds. It has 40 nurses.\n"
    found = check("The ward has 45 beds. It has 40 nurses.\n", original)
    assert [(f.kind, f.original.text, f.copy.text) for f in found] == [("number-altered", "40", "45")]


@pytest.mark.parametrize("gap", ["-\n", "-  \n", "\u2010\n"])
def test_spelled_out_figure_split_after_its_hyphen_is_one_figure(gap: str) -> None:
    # A re-wrap may break a line after the hyphen of "two-hundred": the same word, the same figure.
    figures = extract_numbers(f"About two{gap}hundred people came.")
    assert [f.value for f in figures] == [Fraction(200)]


def test_hyphen_before_a_blank_line_does_not_join_paragraphs() -> None:
    assert [f.value for f in extract_numbers("We counted two-\n\nHundred more came later.")] == [Fraction(2)]


# --- a count in a definite noun phrase (issue 18: "the two presidents" was reported missing) -------
# Fictional sentences, written for these tests.

DEFINITE = (
    "Ministers met on Monday in the harbour town.\n"
    "In a call that month the two ministers talked about visiting each other's countries.\n"
    "The rest of the story follows here with a few more words.\n"
)


@pytest.mark.parametrize(
    "copy_phrase",
    ["the ministers talked", "Lindqvist and Moreau talked", "these ministers talked"],
    ids=["same-phrase", "as-many-names", "other-determiner"],
)
def test_a_count_that_only_points_back_is_not_missing(copy_phrase: str) -> None:
    copy = DEFINITE.replace("the two ministers talked", copy_phrase)
    assert [f.kind for f in check_text(DEFINITE, copy).findings] == []


@pytest.mark.parametrize(
    "copy_phrase",
    ["ministers talked", "Lindqvist, Moreau and Berg talked", "the officials talked"],
    ids=["no-determiner", "three-names", "other-noun"],
)
def test_a_count_whose_phrase_changed_is_still_missing(copy_phrase: str) -> None:
    copy = DEFINITE.replace("the two ministers talked", copy_phrase)
    found = check_text(DEFINITE, copy).findings
    assert [(f.kind, f.severity.value, f.original.text) for f in found if f.kind == "number-missing"] == [
        ("number-missing", "warning", "two")
    ]


def test_an_indefinite_count_is_still_missing() -> None:
    original = DEFINITE.replace("the two ministers", "two ministers")
    copy = DEFINITE.replace("the two ministers", "ministers")
    assert [f.kind for f in check_text(original, copy).findings] == ["number-missing"]


@pytest.mark.parametrize(
    ("original_sentence", "copy_sentence", "missing"),
    [
        # Kept: the phrase without the count, whatever its case, up to twelve, a four-letter noun.
        ("The two ministers talked about a visit.", "The ministers talked about a visit.", False),
        ("Later the twelve ministers talked about a visit.", "Later the ministers talked about a visit.", False),
        ("Later the two cars drove away from the harbour.", "Later the cars drove away from the harbour.", False),
        # Lost: figures in digits, a count with no determiner before it, more than twelve.
        ("Later the 2 ministers talked about a visit.", "Later the ministers talked about a visit.", True),
        ("Two ministers talked about a visit.", "Ministers talked about a visit.", True),
        ("Later the thirteen ministers talked about a visit.", "Later the ministers talked about a visit.", True),
    ],
    ids=["sentence-start", "twelve", "short-noun", "digits", "no-determiner", "thirteen"],
)
def test_where_a_definite_count_stops_being_a_rewording(
    original_sentence: str, copy_sentence: str, missing: bool
) -> None:
    original = DEFINITE.replace("In a call that month the two ministers talked about visiting each other's countries.", original_sentence)
    copy = original.replace(original_sentence, copy_sentence)
    kinds = [f.kind for f in check_text(original, copy).findings]
    assert kinds == (["number-missing"] if missing else [])
