"""Text rendering of hand-built reports: verdict line, line:col, context lines, marks, cuts, colour."""

from __future__ import annotations

import re

import pytest

from textguard.findings import Finding, Severity, Span
from textguard.render.text import (
    locate,
    render_context,
    render_scan_error,
    render_scan_line,
    render_summary,
    render_text,
)
from textguard.report import Report, Stats, TextInfo

ORIGINAL = "Headline\n\nPutin met Witkoff in Moscow.\nHe said: “No deal.”\n"
COPY = "Putin met Witkeov in Moscow.\r\nReuters/Jane DoeHe said: “No deal.”\r\nRead more at example.com\r\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


def finding(
    kind: str, severity: Severity, message: str, *, original: str | None, copy: str | None
) -> Finding:
    return Finding(
        kind,
        severity,
        message,
        span(ORIGINAL, original) if original else None,
        span(COPY, copy) if copy else None,
    )


def make_report(
    findings: tuple[Finding, ...] = (),
    *,
    paths: tuple[str | None, str | None] = ("orig.txt", "copy.txt"),
    original: str = ORIGINAL,
    copy: str = COPY,
    fail_on: Severity = Severity.ERROR,
) -> Report:
    return Report(
        original=TextInfo.of(original, paths[0]),
        copy=TextInfo.of(copy, paths[1]),
        findings=findings,
        stats=Stats(coverage=0.974, quotes=1, entities=2, numbers=0, elapsed_ms=3.14159),
        fail_on=fail_on,
        original_text=original,
        copy_text=copy,
    )


FINDINGS = (
    finding(
        "entity-altered",
        Severity.ERROR,
        "entity 'Witkoff' appears as 'Witkeov'",
        original="Witkoff",
        copy="Witkeov",
    ),
    finding(
        "inline-credit",
        Severity.WARNING,
        "photo credit glued into the body",
        original=None,
        copy="Reuters/Jane Doe",
    ),
    finding(
        "stray-footer", Severity.INFO, "text after the body", original=None, copy="Read more at example.com"
    ),
    finding("paragraph-missing", Severity.ERROR, "paragraph missing", original="Headline", copy=None),
)


def test_full_rendering() -> None:
    assert render_text(make_report(FINDINGS)) == "\n".join(
        [
            "FAIL copy.txt against orig.txt: 2 errors, 1 warning, 1 info",
            "",
            "error    entity-altered  copy 1:11 / original 3:11",
            "    entity 'Witkoff' appears as 'Witkeov'",
            "    copy     │ Putin met «Witkeov» in Moscow.",
            "    original │ Putin met «Witkoff» in Moscow.",
            "",
            "warning  inline-credit  copy 2:1",
            "    photo credit glued into the body",
            "    copy     │ «Reuters/Jane Doe»He said: “No deal.”",
            "",
            "info     stray-footer  copy 3:1",
            "    text after the body",
            "    copy     │ «Read more at example.com»",
            "",
            "error    paragraph-missing  original 1:1",
            "    paragraph missing",
            "    original │ «Headline»",
            "",
            "stats: coverage 97%, 1 quote, 2 entities, 0 numbers, 3.1 ms",
        ]
    )


def test_pass_without_findings_and_without_paths_or_timing() -> None:
    text = render_text(make_report(paths=(None, None)), timing=False)
    assert (
        text == "PASS copy against original: 0 errors, 0 warnings, 0 info\n\nstats: "
        "coverage 97%, 1 quote, 2 entities, 0 numbers"
    )


def test_verdict_follows_fail_on() -> None:
    warning_only = (FINDINGS[1],)
    assert render_text(make_report(warning_only)).startswith("PASS ")
    assert render_text(make_report(warning_only, fail_on=Severity.WARNING)).startswith("FAIL ")


def test_rendering_is_deterministic_apart_from_timing() -> None:
    a = render_text(make_report(FINDINGS), timing=False)
    assert a == render_text(make_report(FINDINGS), timing=False)
    assert " ms" not in a


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc", 3, (1, 4)),
        ("a\nbc", 3, (2, 2)),
        ("a\r\nbc", 3, (2, 1)),
        ("a\rb\rc", 4, (3, 1)),
        ("\n\n\nx", 3, (4, 1)),
    ],
    ids=["start", "end", "lf", "crlf", "cr", "blank-lines"],
)
def test_locate(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert locate(text, offset) == expected


def test_context_is_the_line_of_the_span_with_tabs_as_spaces() -> None:
    text = "before\nA\tquote «inside» here\tend\nafter"
    assert render_context(text, span(text, "quote")) == "A «quote» «inside» here end"


def test_long_lines_are_cut_around_the_span() -> None:
    text = "x" * 300 + " NEEDLE " + "y" * 300
    shown = render_context(text, span(text, "NEEDLE"))
    assert "«NEEDLE»" in shown
    assert shown.startswith("…x") and shown.endswith("y…")
    assert 95 <= len(shown) <= 105


def test_context_near_a_line_start_gives_the_room_to_the_other_side() -> None:
    text = "Start " + "y" * 300
    shown = render_context(text, span(text, "Start"))
    assert shown.startswith("«Start» yyy") and shown.endswith("…")
    assert 95 <= len(shown) <= 105


def test_long_span_is_shortened_in_the_middle() -> None:
    text = "a " + "word " * 40 + "end"
    s = Span.of(text, 2, len(text))
    shown = render_context(text, s)
    inner = shown[shown.index("«") + 1 : shown.index("»")]
    assert inner.startswith("word word") and inner.endswith("word end") and "…" in inner
    assert len(inner) <= 60


def test_span_running_past_its_line_is_marked_as_continuing() -> None:
    text = "one two\nthree four"
    assert render_context(text, Span.of(text, 4, 13)) == "one «two…»"


def test_empty_span_marks_a_point() -> None:
    text = "He said no."
    assert render_context(text, Span.of(text, 7, 7)) == "He said«» no."


def test_missing_sides_show_no_context_line() -> None:
    text = render_text(make_report((FINDINGS[3],)))
    assert "    copy     │" not in text
    assert "    original │ «Headline»" in text


def test_finding_without_any_span_has_no_location() -> None:
    bare = Finding("truncated", Severity.ERROR, "the copy stops early", None, None)
    lines = render_text(make_report((bare,))).splitlines()
    assert lines[2:4] == ["error    truncated", "    the copy stops early"]


def test_multiline_message_is_indented() -> None:
    f = Finding("quote-altered", Severity.ERROR, "words differ:\n- No\n+ Yes", None, span(COPY, "No deal"))
    lines = render_text(make_report((f,))).splitlines()
    assert lines[3:6] == ["    words differ:", "    - No", "    + Yes"]


def test_color_only_adds_ansi_codes() -> None:
    report = make_report(FINDINGS)
    colored = render_text(report, color=True)
    assert "\x1b[" in colored
    assert ANSI.sub("", colored) == render_text(report)
    line = render_scan_line("a/b", report, color=True)
    assert ANSI.sub("", line) == render_scan_line("a/b", report)


def test_scan_lines_and_summary() -> None:
    assert (
        render_scan_line("art/copy", make_report(FINDINGS), width=12)
        == "FAIL art/copy      2 errors, 1 warning"
    )
    assert render_scan_line("art/ok", make_report()) == "PASS art/ok  0 errors, 0 warnings"
    assert (
        render_scan_error("art/bad", "bad.txt: not valid UTF-8") == "ERROR art/bad: bad.txt: not valid UTF-8"
    )
    assert render_summary(passed=1, failed=3, unjudged=0) == "4 copies: 1 passed, 3 failed, 0 unjudged"
    assert render_summary(passed=0, failed=0, unjudged=1) == "1 copy: 0 passed, 0 failed, 1 unjudged"


@pytest.mark.parametrize(
    ("coverage", "shown"),
    [(1.0, "100%"), (0.999, "99%"), (0.0, "0%"), (0.5, "50%")],
    ids=["full", "almost", "none", "half"],
)
def test_coverage_is_never_rounded_up_to_full(coverage: float, shown: str) -> None:
    report = make_report()
    report = Report(report.original, report.copy, (), Stats(coverage=coverage))
    assert f"coverage {shown}," in render_text(report)


def test_the_text_report_passes_no_control_characters_from_a_copy_to_the_terminal() -> None:
    from textguard import check

    original = "The council met on Monday. It approved the plan.\n"
    copy = (
        "The council met on \x1b]0;pwned\x07Monday. It approved the \x1b[2Jplan.\nEvil\x9b footer \x1b[31m\n"
    )
    text = render_text(check(original, copy), color=False)
    assert "stray-footer" in text and "footer" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
