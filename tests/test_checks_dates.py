"""The date check on a small fictional article, and its properties.

Every text here is fictional, written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import textguard
from textguard import Config, Severity
from textguard import check as check_pair
from textguard.checks.dates import check_dates
from textguard.engine.pipeline import build_context
from textguard.findings import Finding
from textguard.testing.strategies import sentences

from .articles import describe, replace_once

PARAGRAPHS = [
    "The Carrow harbour board voted on Tuesday to raise fares from 14 June 2025, the first rise since 2019.",
    "A public meeting will be held at the Carrow Community Hall on 21 March at 6.30pm. Written objections can be sent until 28 March.",
    "The chair, Delia May, said yesterday that the board may review the rise in October.",
    "Traders plan to march to the harbour office next week. They last met the board on Wed 3 May.",
    "The first ferry at the new price leaves at 6.10am, and the last at 21:30, the timetable dated 14/06/2025 says.",
    "November marked the start of the storm season, and the crossings were cut twice.",
]
ORIGINAL = "\n".join(PARAGRAPHS) + "\n"


def check(copy: str, original: str = ORIGINAL, **options: object) -> list[Finding]:
    return check_dates(build_context(original, copy, Config(**options)))  # type: ignore[arg-type]


def replaced(old: str, new: str, text: str = ORIGINAL) -> str:
    return replace_once(text, old, new)


def test_an_identical_copy_has_no_date_finding() -> None:
    assert check(ORIGINAL) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("on Tuesday", "on Tue 10 June", id="weekday-abbreviated-with-a-date"),
        pytest.param("from 14 June 2025", "from June 14, 2025", id="american-order"),
        pytest.param("from 14 June 2025", "from 2025-06-14", id="iso"),
        pytest.param("at 6.30pm", "at 18:30", id="twenty-four-hours"),
        pytest.param("on 21 March", "on March 21st", id="ordinal"),
        pytest.param("in October", "in October 2025", id="more-precise"),
        pytest.param("since 2019", "since the start of 2019", id="reworded-year"),
        pytest.param("the board may review", "the board could review", id="modal-may-changed"),
        pytest.param("plan to march", "plan to walk", id="verb-march-changed"),
    ],
)
def test_the_same_date_in_another_form_is_not_a_change(old: str, new: str) -> None:
    assert check(replaced(old, new)) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param("on Tuesday", "on Monday", ("Tuesday", "Monday"), id="weekday"),
        pytest.param("in October", "in November", ("October", "November"), id="month"),
        pytest.param("in October", "in May", ("October", "May"), id="month-to-may"),
        pytest.param("on 21 March", "on 22 March", ("21 March", "22 March"), id="day"),
        pytest.param("from 14 June 2025", "from 14 June 2026", ("14 June 2025", "14 June 2026"), id="year-of-a-date"),
        pytest.param("since 2019", "since 2018", ("2019", "2018"), id="year"),
        pytest.param("at 6.30pm", "at 7.30pm", ("6.30pm", "7.30pm"), id="time"),
        pytest.param("at 21:30", "at 20:30", ("21:30", "20:30"), id="twenty-four-hour-time"),
        pytest.param("dated 14/06/2025", "dated 15/06/2025", ("14/06/2025", "15/06/2025"), id="numeric"),
        pytest.param("next week", "this week", ("next week", "this week"), id="relative"),
        pytest.param("on Wed 3 May", "on Thu 3 May", ("Wed", "Thu"), id="abbreviated-weekday"),
        pytest.param("November marked", "August marked", ("November", "August"), id="bare-month-same-place"),
    ],
)
def test_another_date_is_date_altered_with_both_spans(old: str, new: str, expected: tuple[str, str]) -> None:
    found = check(replaced(old, new))
    assert describe(found) == [("date-altered", *expected)]
    assert found[0].severity is Severity.ERROR


def test_a_relative_day_written_as_a_weekday_is_a_warning_to_check() -> None:
    found = check(replaced("said yesterday", "said on Monday"))
    assert describe(found) == [("date-altered", "yesterday", "Monday")]
    assert found[0].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(" on Tuesday", "", "Tuesday", id="weekday"),
        pytest.param(" in October", "", "October", id="month"),
        pytest.param(" at 6.30pm", "", "6.30pm", id="time"),
        pytest.param(" yesterday", "", "yesterday", id="relative"),
        pytest.param(", the first rise since 2019", "", "2019", id="year"),
    ],
)
def test_a_dropped_date_is_date_missing(old: str, new: str, expected: str) -> None:
    found = check(replaced(old, new))
    assert describe(found) == [("date-missing", expected, None)]
    assert found[0].severity is Severity.ERROR


def test_one_changed_date_gives_one_finding_not_a_figure_finding_too() -> None:
    for old, new in (("at 6.30pm", "at 7.30pm"), ("on 21 March", "on 22 March"), ("14/06/2025", "15/06/2025")):
        report = textguard.check(ORIGINAL, replaced(old, new))
        assert [f.kind for f in report.findings] == ["date-altered"], (old, report.findings)


def test_a_changed_weekday_is_found_beside_the_same_weekday_in_the_next_sentence() -> None:
    original = "The board met on Friday. The traders met on Friday too.\n"
    copy = "The board met on Monday. The traders met on Friday too.\n"
    assert describe(check(copy, original)) == [("date-altered", "Friday", "Monday")]


def test_a_changed_weekday_is_found_beside_the_same_weekday_in_its_own_sentence() -> None:
    original = "On one Saturday noon the board met, as it always did on Saturdays.\n"
    copy = "On one Monday noon the board met, as it always did on Saturdays.\n"
    assert [f.kind for f in check(copy, original)] == ["date-altered"]


def test_a_date_moved_to_the_next_sentence_of_a_split_is_kept() -> None:
    original = "The board met on Friday and it agreed to raise the fares for the summer season.\n"
    copy = "The board met and it agreed to raise the fares. That was on Friday, for the summer season.\n"
    assert check(copy, original) == []


def test_dates_of_a_lost_paragraph_are_left_to_the_structural_checks() -> None:
    copy = "\n".join(p for p in PARAGRAPHS if "public meeting" not in p) + "\n"
    report = textguard.check(ORIGINAL, copy)
    assert not [f for f in report.findings if f.kind.startswith("date-")]
    assert "paragraph-missing" in {f.kind for f in report.findings}


def test_a_disabled_kind_is_not_reported() -> None:
    assert check(replaced("on Tuesday", "on Monday"), disabled=("date-altered",)) == []


def test_the_date_kinds_follow_the_figure_kinds() -> None:
    kinds = list(textguard.KINDS)
    assert kinds.index("date-missing") == kinds.index("number-altered") + 1
    assert kinds.index("date-altered") == kinds.index("date-missing") + 1


# --- properties ---------------------------------------------------------------------------------

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
#: Sentences with one weekday ({W}) or month ({M}) each, in the shapes news prose uses.
_TEMPLATES = (
    "The council met on {W} and agreed the plan.",
    "Work on the line will start in {M}, the board said.",
    "Fares rise on 14 {M} at the harbour.",
    "The hearing was moved to {M} 3, 2026, after a delay.",
    "Traders said on {W} that the works had cost them customers.",
    "By the end of {M} the first trams should run.",
    "She told the Examiner last {W} that she may march with the traders.",
    "Objections can be sent until 21 {M} 2026.",
    "{W} was the busiest day at the harbour.",
    "{M} 2026 is when the bridge reopens.",
)


@st.composite
def dated_articles(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, tuple[str, ...]]]]:
    """An article whose sentences mix filler prose with dated ones; and where each weekday or
    month of it is, with the names it may be replaced by. Each template is used once: a copy
    with two identical sentences may align both with one, which is the alignment's business."""
    templates = list(draw(st.permutations(_TEMPLATES)))
    parts: list[str] = []
    slots: list[tuple[int, int, tuple[str, ...]]] = []
    offset = 0
    for _ in range(draw(st.integers(1, 4))):
        paragraph: list[str] = []
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.booleans()):
                paragraph.append(draw(sentences(min_size=4, max_size=10)))
                continue
            template = templates.pop()
            names = _WEEKDAYS if "{W}" in template else _MONTHS
            name = draw(st.sampled_from(names))
            head = template.split("{")[0]
            start = offset + sum(len(s) + 1 for s in paragraph) + len(head)
            slots.append((start, start + len(name), names))
            paragraph.append(template.replace("{W}", name).replace("{M}", name))
        text = " ".join(paragraph)
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts) + "\n", slots


class _Replay:
    """Stands for ``st.data()`` in an ``@example``: each ``draw`` returns the next value given."""

    def __init__(self, values: list[object]) -> None:
        self.values = values

    def draw(self, _strategy: object) -> object:
        return self.values.pop(0)


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.original is not None and finding.original.start < end and start < finding.original.end


@SETTINGS
@given(data=st.data(), article=dated_articles())
# Found by `make fuzz` (2026-12-06): "January 2026" changed to "February 2026" passed, its words read as
# written across lines inside the next sentence's "21 January 2026" (a layout rule that now needs
# a line break among the words).
@example(
    data=_Replay([(0, 7, _MONTHS), "February"]),
    article=(
        "January 2026 is when the bridge reopens. Objections can be sent until 21 January 2026.\n",
        [(0, 7, _MONTHS), (73, 80, _MONTHS)],
    ),
)
def test_any_weekday_or_month_replaced_by_another_is_date_altered_there(
    data: st.DataObject, article: tuple[str, list[tuple[int, int, tuple[str, ...]]]]
) -> None:
    text, slots = article
    if not slots:
        return
    start, end, names = data.draw(st.sampled_from(slots))
    new = data.draw(st.sampled_from([n for n in names if n != text[start:end]]))
    copy = text[:start] + new + text[end:]
    found = textguard.check(text, copy).findings
    hits = [f for f in found if f.kind == "date-altered" and _overlaps(f, start, end)]
    assert hits, found
    assert hits[0].copy is not None and new in hits[0].copy.text


@SETTINGS
@given(article=dated_articles())
def test_an_identical_copy_never_gets_a_date_finding(article: tuple[str, list[tuple[int, int, tuple[str, ...]]]]) -> None:
    text, _ = article
    assert not [f for f in textguard.check(text, text).findings if f.kind.startswith("date-")]


_VERB_SENTENCES = (
    "The board {may} raise the fares again, a spokesman said.",
    "{May} the traders {march} to the office, they asked.",
    "Residents will {march} through the town, and some {may} stay overnight.",
    "It {may} be that the crossings close early.",
)


@SETTINGS
@given(
    template=st.sampled_from(_VERB_SENTENCES),
    filler=sentences(min_size=4, max_size=10),
    verbs=st.tuples(st.sampled_from(("might", "could", "will")), st.sampled_from(("walk", "parade", "go"))),
)
def test_may_and_march_as_verbs_never_give_a_date_finding(template: str, filler: str, verbs: tuple[str, str]) -> None:
    original = filler + " " + template.format(may="may", May="May", march="march") + "\n"
    copy = filler + " " + template.format(may=verbs[0], May=verbs[0].capitalize(), march=verbs[1]) + "\n"
    for a, b in ((original, copy), (copy, original), (original, original)):
        assert not [f for f in textguard.check(a, b).findings if f.kind.startswith("date-")]


def test_a_relative_date_split_by_a_blank_line_is_kept_but_a_longer_one_is_not() -> None:
    # Fictional. A re-wrap with blank lines may put "this" and "week" in two paragraphs.
    original = "The mayor will visit the harbour this week to open the new quay for the ferries.\n"
    split = "The mayor will visit the harbour this\n\nweek to open the new quay for the ferries.\n"
    assert [f.kind for f in check_pair(original, split).findings if f.kind.startswith("date")] == []
    longer = "The mayor will visit the harbour this\n\nweekend to open the new quay for the ferries.\n"
    assert [f.kind for f in check_pair(original, longer).findings if f.kind.startswith("date")] in (
        ["date-altered"],
        ["date-missing"],
    )
