"""textguard's syrupy extension: what a snapshot of a report holds, and what it leaves out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from textguard import Severity, check
from textguard.findings import Finding, Span
from textguard.report import Report, Stats, TextInfo
from textguard.testing.snapshot import TextguardSnapshotExtension, format_snapshot

from .articles import ORIGINAL, PARAGRAPHS, copy_of

ORIGINAL_TEXT = "First line.\nHe met Smiht in Leeds.\n"
COPY_TEXT = "Breaking\nFirst line.\nHe met Smith in Leeds.\n"


def make_report(findings: list[Finding], *, elapsed_ms: float = 3.2, path: str | None = None) -> Report:
    return Report(
        original=TextInfo.of(ORIGINAL_TEXT, path=path),
        copy=TextInfo.of(COPY_TEXT, path=path),
        findings=tuple(findings),
        stats=Stats(coverage=0.996, quotes=1, entities=2, numbers=0, elapsed_ms=elapsed_ms),
        original_text=ORIGINAL_TEXT,
        copy_text=COPY_TEXT,
    )


HEADER = Finding(
    "stray-header",
    Severity.INFO,
    "a headline added by the publisher: 'Breaking'",
    None,
    Span.of(COPY_TEXT, 0, 8),
)
ALTERED = Finding(
    "entity-altered",
    Severity.ERROR,
    "entity 'Smiht' appears as 'Smith'\n(similarity 0.8)",
    Span.of(ORIGINAL_TEXT, 19, 24),
    Span.of(COPY_TEXT, 28, 33),
)


def test_the_format_is_a_head_and_one_line_per_finding() -> None:
    assert format_snapshot(make_report([HEADER, ALTERED])) == (
        "verdict fail (fail on error): 1 error, 0 warnings, 1 info\n"
        "stats: coverage 99%, 1 quote, 2 entities, 0 numbers\n"
        "\n"
        "info     stray-header       copy 1:1-1:9  a headline added by the publisher: 'Breaking'\n"
        "error    entity-altered     copy 3:8-3:13, original 2:8-2:13  entity 'Smiht' appears as 'Smith' (similarity 0.8)\n"
    )


def test_volatile_fields_are_left_out() -> None:
    a = format_snapshot(make_report([ALTERED], elapsed_ms=1.0))
    b = format_snapshot(make_report([ALTERED], elapsed_ms=999.0, path="/home/someone/copy.txt"))
    assert a == b
    for volatile in ("ms", "0.1.0", "/home", "sha", "chars"):
        assert volatile not in a


def test_never_claims_full_coverage_that_is_not() -> None:
    report = make_report([])
    assert "coverage 99%" in format_snapshot(replace(report, stats=replace(report.stats, coverage=0.9999)))
    assert "coverage 100%" in format_snapshot(replace(report, stats=replace(report.stats, coverage=1.0)))


def test_an_edit_on_one_line_changes_one_line() -> None:
    copy = copy_of(PARAGRAPHS, tail=["12 Comments", "Share this article"])
    before = format_snapshot(check(ORIGINAL, copy)).splitlines()
    for old, new in (
        ("would take thousands", "would take many thousands"),
        ("12 Comments", "1,024 Comments"),
    ):
        edited = copy.replace(old, new)
        assert edited != copy
        after = format_snapshot(check(ORIGINAL, edited)).splitlines()
        assert len(before) == len(after)
        assert sum(a != b for a, b in zip(before, after, strict=True)) <= 1  # positions are line:column


def test_a_report_dict_is_shown_with_offsets() -> None:
    text = format_snapshot(make_report([HEADER, ALTERED]).to_dict())
    assert text.splitlines()[0] == "verdict fail: 1 error, 0 warnings, 1 info"
    assert "copy 28-33, original 19-24  entity 'Smiht' appears as 'Smith' (similarity 0.8)" in text


def test_text_is_kept_as_it_is() -> None:
    assert format_snapshot("already rendered") == "already rendered\n"
    assert format_snapshot("") == ""


def test_anything_else_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes a textguard Report, its to_dict\\(\\), or a str, not list"):
        format_snapshot([1, 2])  # type: ignore[arg-type]


def test_the_extension_is_syrupys_single_file_extension_with_another_serializer() -> None:
    extension = TextguardSnapshotExtension()
    assert TextguardSnapshotExtension.file_extension == "txt"
    assert extension.serialize(make_report([HEADER])) == format_snapshot(make_report([HEADER]))
    assert extension.matches(serialized_data="a\n", snapshot_data="a\n")


def test_textguard_does_not_import_syrupy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, textguard, textguard.testing, textguard.pytest_plugin\n"
        "assert 'syrupy' not in sys.modules, 'syrupy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
