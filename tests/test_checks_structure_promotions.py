"""A paragraph added inside the article that prompts or promotes is an error, not a warning: the
default gate stops advertising slipped between paragraphs. Fictional texts written for these tests."""

from __future__ import annotations

import pytest

from textguard import Finding, Severity, check

from .articles import ORIGINAL, PARAGRAPHS, copy_of


def added(line: str) -> list[Finding]:
    copy = copy_of([*PARAGRAPHS[:4], line, *PARAGRAPHS[4:]])
    return [f for f in check(ORIGINAL, copy).findings if f.kind == "content-added"]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Heading to the coast? Gullholm Cabins is offering readers 15% off weekend stays this autumn. "
            "Quote HARBOUR15 when you book.",
            id="offer-and-code",
        ),
        pytest.param(
            "Tram fans can get £5 off the Marlow Valley heritage tour this month. Book online before Friday; "
            "terms and conditions apply.",
            id="money-off-book-online",
        ),
        pytest.param(
            "Our readers get a discount at the Eastgate Bakery all week: use the code at the till.",
            id="discount-use-code",
        ),
        pytest.param("Use code TRAMS20 for 20% off", id="short-line-not-a-subheading"),
        pytest.param(
            "Sign up for our morning newsletter to get the Marlow Valley's transport stories in your inbox "
            "every day, along with the best of our weekend reading, local sport and the week's events.",
            id="long-subscribe-prompt",
        ),
    ],
)
def test_a_promotion_added_inside_the_article_is_an_error(line: str) -> None:
    found = added(line)
    assert [(f.kind, f.severity) for f in found] == [("content-added", Severity.ERROR)], [f.message for f in found]
    assert found[0].copy is not None and found[0].copy.text == line
    assert check(ORIGINAL, copy_of([*PARAGRAPHS[:4], line, *PARAGRAPHS[4:]])).verdict == "fail"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Shops along the harbour said they had cut prices by 20% off the winter range to win back customers.",
            id="offer-reported-no-call",
        ),
        pytest.param(
            "The Eastgate ticket office said riders should book online when the line opens, as it did in 1987.",
            id="call-without-offer",
        ),
    ],
)
def test_added_prose_that_reports_an_offer_stays_a_warning(line: str) -> None:
    found = added(line)
    assert [(f.kind, f.severity) for f in found] == [("content-added", Severity.WARNING)], [f.message for f in found]


def test_a_promotion_before_the_article_is_left_to_the_header_rules() -> None:
    line = "Gullholm Cabins: 15% off weekend stays, quote HARBOUR15 when you book."
    found = check(ORIGINAL, copy_of(PARAGRAPHS, head=[line])).findings
    assert [f.kind for f in found] == ["stray-header"]


def test_the_configured_severity_still_wins() -> None:
    from textguard import Config

    line = "Gullholm Cabins is offering readers 15% off weekend stays. Quote HARBOUR15 when you book."
    copy = copy_of([*PARAGRAPHS[:4], line, *PARAGRAPHS[4:]])
    report = check(ORIGINAL, copy, config=Config(severities={"content-added": "info"}))
    assert [(f.kind, f.severity) for f in report.findings] == [("content-added", Severity.INFO)]
