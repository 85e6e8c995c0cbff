"""A copy of the original's whole page: its furniture is judged line by line against the page.

A copy that is the page but for a local change (a line altered or left out, the end cut away)
keeps the rest of the page's furniture as the page's (``info``), while a copy that picks some
furniture out of the page has picked up junk (``error``). The original's own headline and
standfirst are the article's title, never junk. Lines inserted next to the original's furniture
are added content, not stray lines. Every text here is fictional, written for these tests.
"""

from __future__ import annotations

import pytest

from textguard import Config, Finding, Severity, check

from .articles import PARAGRAPHS

HEAD = [
    "Skip to main content",
    "Valley Courier",
    "TRANSPORT",
    "Trams to return to the Marlow Valley after 40 years",
    "Councillors back a £48 million plan to reopen the harbour line.",
    "By Ana Ferreira, Transport Correspondent",
    "Published 4 March 2025, 18:22",
    "Share this article",
]
AD = "Advertisement"
TAIL = [
    "Sign up for our morning newsletter",
    "More from Transport",
    "Bus fares to rise in April",
    "© 2025 Valley Courier Ltd. All rights reserved.",
]
# The body is pinned, so that every line of HEAD and TAIL is furniture whatever its shape.
CONFIG = Config(body_starts_with=PARAGRAPHS[0][:40], body_ends_with=PARAGRAPHS[-1][-40:])
#: A paragraph of another (fictional) article, inserted by the tests.
FOREIGN = (
    "The ferry company said its new timetable would add two crossings a day in summer, and that "
    "fares for residents would stay at their current level until the end of next year."
)


def lines(*parts: list[str] | str) -> str:
    out: list[str] = []
    for part in parts:
        out.extend([part] if isinstance(part, str) else part)
    return "\n".join(out) + "\n"


PAGE = lines(HEAD, PARAGRAPHS[:4], AD, PARAGRAPHS[4:], TAIL)


def findings(copy: str, original: str = PAGE, config: Config = CONFIG) -> list[Finding]:
    return list(check(original, copy, config=config).findings)


def flagged(found: list[Finding]) -> list[tuple[str, str]]:
    """Errors and warnings as ``(kind, copy text)``."""
    return [(f.kind, f.copy.text if f.copy else "") for f in found if f.severity != Severity.INFO]


def test_the_page_itself_has_only_notes() -> None:
    assert flagged(findings(PAGE)) == []


def test_one_altered_furniture_line_is_the_only_finding() -> None:
    found = findings(PAGE.replace("4 March 2025", "5 March 2025"))
    assert flagged(found) == [("stray-header", "Published 5 March 2025, 18:22")]
    notes = [f.message for f in found if f.severity == Severity.INFO]
    assert notes and all("reproduces the original page, changes aside" in m for m in notes), notes


def test_a_page_cut_early_keeps_its_header_as_the_pages() -> None:
    found = findings(lines(HEAD, PARAGRAPHS[:4], AD, PARAGRAPHS[4:6]))
    assert [kind for kind, _ in flagged(found)] == ["truncated"]


def test_a_page_missing_a_line_with_no_cue_of_its_own_is_still_the_page() -> None:
    # "Bus fares to rise in April" is furniture only by its place (outside the pinned body).
    found = findings(lines(HEAD, PARAGRAPHS[:4], AD, PARAGRAPHS[4:], TAIL[:2], TAIL[3]))
    assert flagged(found) == []


@pytest.mark.parametrize(
    "copy",
    [
        # Furniture picked out of the page: the prompts between the kept lines left out.
        pytest.param(lines(HEAD[:5], PARAGRAPHS, TAIL[2:]), id="picked-lines"),
        # The whole body and the whole footer, no header: not cut, the header was dropped.
        pytest.param(lines(PARAGRAPHS[:4], AD, PARAGRAPHS[4:], TAIL), id="header-dropped"),
        # The whole header and the whole body, no footer: the copy stopped where the article did.
        pytest.param(lines(HEAD, PARAGRAPHS[:4], AD, PARAGRAPHS[4:]), id="footer-dropped"),
        # Two lines with no cue of their own left out, the rest kept: picked, not one change.
        pytest.param(lines(HEAD[0], HEAD[3:], PARAGRAPHS[:4], AD, PARAGRAPHS[4:], TAIL), id="two-lines-dropped"),
        # The whole header, a footer line with a cue of its own left out between two kept ones.
        pytest.param(lines(HEAD, PARAGRAPHS[:4], AD, PARAGRAPHS[4:], TAIL[0], TAIL[2:]), id="prompt-dropped"),
    ],
)
def test_a_copy_that_picks_furniture_out_of_the_page_has_picked_up_junk(copy: str) -> None:
    found = findings(copy)
    errors = [f for f in found if f.severity == Severity.ERROR and f.kind in ("stray-header", "stray-footer")]
    assert errors, [f.message for f in found]
    assert not any("reproduces the original page" in f.message for f in found)


def test_the_originals_headline_and_standfirst_are_its_title_not_junk() -> None:
    found = findings(lines(HEAD[1:5], PARAGRAPHS))
    by_text = {f.copy.text: f for f in found if f.copy is not None}
    headline, standfirst = by_text[HEAD[3]], by_text[HEAD[4]]
    assert (headline.kind, headline.severity) == ("stray-header", Severity.INFO)
    assert "the original's own headline" in headline.message
    assert (standfirst.kind, standfirst.severity) == ("stray-header", Severity.INFO)
    assert "the original's own standfirst" in standfirst.message
    # The masthead and the section label above the title are the page's, and stay errors.
    assert by_text["Valley Courier"].severity == by_text["TRANSPORT"].severity == Severity.ERROR


def test_a_standfirst_with_no_headline_above_it_is_not_taken_for_the_title() -> None:
    page = lines(HEAD[:3], HEAD[4:], PARAGRAPHS)
    found = findings(lines(HEAD[4], PARAGRAPHS), original=page)
    assert flagged(found) == [("stray-header", HEAD[4])]


def test_a_section_label_is_not_a_headline() -> None:
    page = lines(HEAD[:3], HEAD[5:], PARAGRAPHS)
    found = findings(lines("TRANSPORT", PARAGRAPHS), original=page)
    assert flagged(found) == [("stray-header", "TRANSPORT")]


def test_a_headline_kept_after_the_article_is_still_stray() -> None:
    found = findings(lines(PARAGRAPHS, HEAD[3]))
    assert flagged(found) == [("stray-footer", HEAD[3])]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(HEAD + PARAGRAPHS[:4] + [AD] + PARAGRAPHS[4:], TAIL, id="before-the-footer"),
        pytest.param(HEAD, PARAGRAPHS[:4] + [AD] + PARAGRAPHS[4:] + TAIL, id="after-the-header"),
    ],
)
def test_a_paragraph_inserted_next_to_the_originals_furniture_is_added_content(
    before: list[str], after: list[str]
) -> None:
    found = findings(lines(before, FOREIGN, after))
    assert flagged(found) == [("content-added", FOREIGN)]
    assert "between lines of the original" in found[[f.copy.text if f.copy else "" for f in found].index(FOREIGN)].message


def test_a_paragraph_added_before_everything_the_copy_keeps_is_still_a_stray_header() -> None:
    found = findings(lines(FOREIGN, PARAGRAPHS))
    assert flagged(found) == [("stray-header", FOREIGN)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Nothing has changed on the line so far. Engineers expect delays, officials", id="two-sentences"),
        pytest.param("* Ticket prices (such as the day rover), are being replaced by zones", id="list-item"),
        pytest.param("- Night trams will run at weekends from the first summer", id="dash-item"),
    ],
)
def test_a_line_added_inside_the_article_that_reads_as_text_is_no_subheading(line: str) -> None:
    found = check("\n".join(PARAGRAPHS) + "\n", lines(PARAGRAPHS[:3], line, PARAGRAPHS[3:])).findings
    assert [(f.kind, f.severity, f.copy.text if f.copy else None) for f in found] == [
        ("content-added", Severity.WARNING, line)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "What the reopening means for the harbour",
        "Who pays? The council, for now",
        "Mr. Rowntree and the tram plan",
        "1. The route",
    ],
)
def test_a_subheading_added_inside_the_article_is_a_note(line: str) -> None:
    found = check("\n".join(PARAGRAPHS) + "\n", lines(PARAGRAPHS[:3], line, PARAGRAPHS[3:])).findings
    assert [(f.kind, f.severity) for f in found] == [("content-added", Severity.INFO)]
    assert "a subheading added" in found[0].message
