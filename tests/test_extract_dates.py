"""Dates and times of a raw text: every common form, and the words that are dates only sometimes.

Every line here is fictional, written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textguard.extract import dates
from textguard.extract.dates import extract_dates
from textguard.text.scan import matches


def read(text: str, *, loose: bool = False) -> list[tuple[str, str, str]]:
    return [(d.text, d.kind, d.shown) for d in extract_dates(text, loose=loose)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("met on Tuesday", [("Tuesday", "weekday", "Tuesday")], id="weekday"),
        pytest.param("met on Tuesday.", [("Tuesday", "weekday", "Tuesday")], id="weekday-before-full-stop"),
        pytest.param("shut on Mondays", [("Mondays", "weekday", "Monday")], id="plural-weekday"),
        pytest.param("on Tue 14 June", [("Tue", "weekday", "Tuesday"), ("14 June", "date", "14 June")], id="abbreviated-weekday"),
        pytest.param("last Friday", [("last Friday", "weekday", "last Friday")], id="last-friday"),
        pytest.param("in October", [("October", "date", "October")], id="month"),
        pytest.param("14 June 2025", [("14 June 2025", "date", "14 June 2025")], id="day-month-year"),
        pytest.param("June 14, 2025", [("June 14, 2025", "date", "14 June 2025")], id="month-day-year"),
        pytest.param("the 14th of June", [("the 14th of June", "date", "14 June")], id="ordinal-of"),
        pytest.param("the first of June", [("the first of June", "date", "1 June")], id="ordinal-word-of"),
        pytest.param("June 14th", [("June 14th", "date", "14 June")], id="month-ordinal"),
        pytest.param("Sept. 5", [("Sept. 5", "date", "5 September")], id="abbreviated-month"),
        pytest.param("June 2025", [("June 2025", "date", "June 2025")], id="month-year"),
        pytest.param("14-15 June", [("14-15 June", "date", "14-15 June")], id="day-range"),
        pytest.param("on 14/06/2025", [("14/06/2025", "date", "14 June 2025")], id="slashes"),
        pytest.param("on 14.06.2025", [("14.06.2025", "date", "14 June 2025")], id="dots"),
        pytest.param("on 2025-06-14", [("2025-06-14", "date", "14 June 2025")], id="iso"),
        pytest.param("since 1987", [("1987", "year", "1987")], id="year-after-since"),
        pytest.param("at 9.30am", [("9.30am", "time", "09:30")], id="am"),
        pytest.param("at 9:30 p.m.", [("9:30 p.m.", "time", "21:30")], id="p-m-with-dots"),
        pytest.param("at 21:30", [("21:30", "time", "21:30")], id="24-hour"),
        pytest.param("at 10:16\npm", [("10:16\npm", "time", "22:16")], id="rewrapped-time"),
        pytest.param("by noon", [("noon", "time", "12:00")], id="noon"),
        pytest.param("at midnight", [("midnight", "time", "00:00")], id="midnight"),
        pytest.param("said yesterday", [("yesterday", "relative", "yesterday")], id="yesterday"),
        pytest.param("next week", [("next week", "relative", "next week")], id="next-week"),
        pytest.param("in mid-March", [("March", "date", "March")], id="mid-month"),
        pytest.param("an Ash Wednesday-like smear", [("Wednesday", "weekday", "Wednesday")], id="hyphen-after"),
        pytest.param("Jo PikeLast month, it", [("Last month", "relative", "last month")], id="glued-to-a-credit"),
        pytest.param("Tues\u200bday", [("Tues\u200bday", "weekday", "Tuesday")], id="invisible-inside"),
        pytest.param("on\u00a014\nJune", [("14\nJune", "date", "14 June")], id="nbsp-and-line-break"),
    ],
)
def test_dates_are_read_with_their_value(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("on Tuesday", "on Tue 3 May", id="weekday-abbreviation"),
        pytest.param("on 14 June", "on June 14", id="day-month-order"),
        pytest.param("14 June 2025", "2025-06-14", id="iso"),
        pytest.param("14 June 2025", "06/14/2025", id="american-numeric"),
        pytest.param("at 9.30pm", "at 21:30", id="twelve-and-twenty-four-hours"),
        pytest.param("at noon", "at 12pm", id="noon"),
        pytest.param("in 2025", "in June 2025", id="year-inside-a-date"),
    ],
)
def test_a_date_written_another_way_covers_the_first(a: str, b: str) -> None:
    first, second = extract_dates(a)[0], extract_dates(b)
    assert any(d.covers(first) for d in second)


def test_a_date_does_not_cover_another_value() -> None:
    tuesday, monday = extract_dates("on Tuesday")[0], extract_dates("on Monday")[0]
    assert not monday.covers(tuesday)
    june14, june = extract_dates("on 14 June")[0], extract_dates("in June")[0]
    assert june14.covers(june) and not june.covers(june14)
    assert not extract_dates("last Friday")[0].covers(extract_dates("next Friday")[0])


def test_an_ambiguous_numeric_date_has_both_readings() -> None:
    (d,) = extract_dates("on 03/04/2025")
    assert len(d.readings) == 2
    assert d.covers(extract_dates("on 3 April 2025")[0]) and d.covers(extract_dates("on 4 March 2025")[0])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The council may decide later.", id="may-the-modal"),
        pytest.param("May I ask a question?", id="may-at-sentence-start"),
        pytest.param("They will march to the harbour.", id="march-the-verb"),
        pytest.param("March the crowd to the square, he said.", id="march-capitalised-verb"),
        pytest.param("Councillor Delia May said it was late.", id="may-a-surname"),
        pytest.param("The visit of Ivy March was short.", id="march-a-surname"),
        pytest.param("June Okafor opened the hall.", id="june-a-first-name"),
        pytest.param("an august body of councillors", id="august-the-adjective"),
        pytest.param("August bodies rarely agree.", id="august-capitalised-adjective"),
        pytest.param("The Sun reported it first.", id="sun-the-newspaper"),
        pytest.param("They wed in a small chapel.", id="wed-the-verb"),
        pytest.param("Wed to the idea, she stayed.", id="wed-capitalised"),
        pytest.param("She sat on the committee.", id="sat-the-verb"),
        pytest.param("Jan Novak chaired the meeting.", id="jan-a-first-name"),
        pytest.param("It was installed in 2000 homes.", id="year-like-count-before-a-plural"),
        pytest.param("A total of 1500 people came.", id="year-like-count-after-of"),
        pytest.param("The line carried 2019 passengers.", id="bare-four-digits"),
        pytest.param("Version 1.5.10 is out.", id="version-number"),
        pytest.param("It costs £3.40 and 18% more.", id="money-and-percent"),
        pytest.param("to their dismay", id="month-inside-a-word"),
        pytest.param("Ruiz and May agreed the terms.", id="may-a-name-after-and"),
        pytest.param("The board wrote to May about it.", id="may-a-name-after-to"),
    ],
)
def test_words_that_are_not_dates_here_are_not_read(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("It opened in May.", "May", id="in-may"),
        pytest.param("The works start in March, the board said.", "March", id="in-march"),
        pytest.param("It will close by the end of May.", "May", id="end-of-may"),
        pytest.param("Fares rise on 1 April.", "1 April", id="day-before-april"),
        pytest.param("Fares rise on May 5.", "May 5", id="may-before-a-day"),
        pytest.param("It opened in August 2024.", "August 2024", id="august-before-a-year"),
        pytest.param("Since June, nothing changed.", "June", id="since-june"),
        pytest.param("Tuesday's vote was close.", "Tuesday", id="possessive"),
        pytest.param("Even this past January was mild.", "January", id="this-past"),
        pytest.param("The hearing is set for August.", "August", id="for-august"),
        pytest.param("Its release has been moved to January.", "January", id="name-month-alone"),
        pytest.param("In April Ruiz said no.", "April", id="name-month-after-a-cue"),
    ],
)
def test_ambiguous_months_with_a_cue_are_dates(text: str, expected: str) -> None:
    assert [d.text for d in extract_dates(text)] == [expected]


def test_a_joiner_after_another_date_is_a_cue() -> None:
    assert [d.text for d in extract_dates("from March to May, and between 2019 and 2021")] == [
        "March", "May", "2019", "2021"
    ]  # fmt: skip


def test_loose_reading_adds_what_the_strict_rules_leave_out_and_marks_it() -> None:
    text = "Councillor Delia May spoke on the Sun 2 May, then in 2000 homes."
    strict = [d.text for d in extract_dates(text)]
    loose = {d.text: d.loose for d in extract_dates(text, loose=True)}
    assert strict == ["Sun", "2 May"]
    assert loose == {"May": True, "Sun": False, "2 May": False, "2000": True}


def test_spans_point_into_the_raw_text() -> None:
    text = "Zero\u200b-width: on Tues\u00adday 14 June at 9.30pm, and yesterday."
    for d in extract_dates(text):
        assert text[d.start : d.end] == d.text
    assert [d.shown for d in extract_dates(text, start=text.index("14 June"))] == ["14 June", "21:30", "yesterday"]


# --- the scan tries each pattern only where it can begin (text.scan.matches) ---------------------

_SCAN_PIECES = (
    "14", "3", "2025", "9.30", "21:05", "pm", "a.m.", "noon", "Midnight", "the", "of", "June", "JUNE",
    "Sept.", "Tues", "Thursday's", "last", "Next", "this", "yesterday", "Tonight", "twenty-first",
    "Third", "mid", "LamarkMarch", "dateMay", "\u017fept", "\u212aelvin", "\u0663", "\u00a32025", "$3",
    "/", ".", ",", "-", "'", "\u2019", "  ", "\n", "\r\n", " ",
)


@given(
    st.lists(st.sampled_from(_SCAN_PIECES), max_size=40).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
@example("On Tue 14 June 2025 at 9.30pm", 0, 200)
@example("x" + " " * 50 + "LamarkMarch 3", 1, 200)
def test_scanning_from_the_initials_finds_what_finditer_finds(text: str, a: int, b: int) -> None:
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    for pattern in dates._INITIALS:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, stop)]
        found = matches(pattern, dates._INITIALS[pattern], text, start, stop)
        assert [(m.span(), m.groupdict()) for m in found] == expected

