"""Findings: spans, severities, the contract's JSON shape of a finding, and the stable sort order."""

from __future__ import annotations

import random

import pytest

from textguard.findings import KINDS, Finding, Severity, Span, sort_findings

TEXT = "Putin said: “We will see.”\r\nTrump — ok."


# --- Span ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 0), (0, 5), (12, 26), (len(TEXT), len(TEXT)), (0, len(TEXT)), (26, 28)],
    ids=["empty-at-start", "first-word", "quotation", "empty-at-end", "whole-text", "crlf"],
)
def test_span_of_covers_exactly_the_slice(start: int, end: int) -> None:
    span = Span.of(TEXT, start, end)
    assert (span.start, span.end) == (start, end)
    assert span.text == TEXT[start:end]


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (5, 4), (0, len(TEXT) + 1), (len(TEXT) + 1, len(TEXT) + 1)],
    ids=["negative-start", "end-before-start", "end-past-text", "start-past-text"],
)
def test_span_of_rejects_out_of_bounds(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=rf"span \[{start}, {end}\) is outside a text of {len(TEXT)}"):
        Span.of(TEXT, start, end)


def test_span_to_dict() -> None:
    assert Span.of(TEXT, 0, 5).to_dict() == {"start": 0, "end": 5, "text": "Putin"}


def test_span_is_frozen() -> None:
    span = Span.of(TEXT, 0, 5)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


# --- Severity -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("info", Severity.INFO),
        ("warning", Severity.WARNING),
        ("error", Severity.ERROR),
        ("ERROR", Severity.ERROR),
        ("  Warning\n", Severity.WARNING),
        (Severity.INFO, Severity.INFO),
    ],
    ids=["info", "warning", "error", "upper-case", "padded-mixed-case", "already-a-severity"],
)
def test_severity_parse(value: str | Severity, expected: Severity) -> None:
    assert Severity.parse(value) is expected


@pytest.mark.parametrize(
    "value", ["fatal", "", "warn", None, 2], ids=["unknown-word", "empty", "abbreviation", "none", "int"]
)
def test_severity_parse_rejects_unknown_names_listing_valid_ones(value: object) -> None:
    with pytest.raises(ValueError, match="unknown severity") as exc:
        Severity.parse(value)  # type: ignore[arg-type]
    assert "expected one of info, warning, error" in str(exc.value)


def test_severity_rank_orders_info_warning_error() -> None:
    assert Severity.INFO.rank < Severity.WARNING.rank < Severity.ERROR.rank
    assert sorted(Severity, key=lambda s: s.rank) == [Severity.INFO, Severity.WARNING, Severity.ERROR]


def test_severity_values_are_the_contract_names() -> None:
    assert [s.value for s in Severity] == ["info", "warning", "error"]
    assert Severity.ERROR == "error"  # a str enum: compares and serializes as its name


# --- Finding ------------------------------------------------------------------------------------


def test_kinds_are_the_contract_vocabulary() -> None:
    assert KINDS == (
        "quote-missing",
        "quote-altered",
        "entity-missing",
        "entity-altered",
        "number-missing",
        "number-altered",
        "date-missing",
        "date-altered",
        "stray-header",
        "stray-footer",
        "inline-credit",
        "truncated",
        "paragraph-missing",
        "content-added",
        "meaning-flipped",
        "sentence-missing",
    )


@pytest.mark.parametrize(
    ("original", "copy", "expected_original", "expected_copy"),
    [
        (
            Span(1423, 1430, "Witkoff"),
            Span(1398, 1405, "Witkeov"),
            {"start": 1423, "end": 1430, "text": "Witkoff"},
            {"start": 1398, "end": 1405, "text": "Witkeov"},
        ),
        (None, Span(10, 21, "12 Comments"), None, {"start": 10, "end": 21, "text": "12 Comments"}),
        (Span(0, 4, "Kyiv"), None, {"start": 0, "end": 4, "text": "Kyiv"}, None),
        # An empty span is still a side that exists (e.g. the point where something was cut off).
        (
            Span(7, 7, ""),
            Span(3, 3, ""),
            {"start": 7, "end": 7, "text": ""},
            {"start": 3, "end": 3, "text": ""},
        ),
    ],
    ids=["both-sides", "copy-only", "original-only", "empty-spans"],
)
def test_finding_to_dict_matches_the_contract(
    original: Span | None, copy: Span | None, expected_original: object, expected_copy: object
) -> None:
    finding = Finding("entity-altered", Severity.ERROR, "a message", original, copy)
    data = finding.to_dict()
    assert list(data) == ["kind", "severity", "message", "original", "copy"]
    assert data == {
        "kind": "entity-altered",
        "severity": "error",
        "message": "a message",
        "original": expected_original,
        "copy": expected_copy,
    }
    assert type(data["severity"]) is str


# --- sort_findings ------------------------------------------------------------------------------


def make(name: str, *, copy: int | None, original: int | None, length: int = 1) -> Finding:
    """A finding whose message is ``name``, at the given start offsets (``None``: that side is absent)."""
    c = Span(copy, copy + length, "x" * length) if copy is not None else None
    o = Span(original, original + length, "x" * length) if original is not None else None
    return Finding("content-added", Severity.WARNING, name, o, c)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([make("b", copy=9, original=0), make("a", copy=2, original=50)], ["a", "b"]),
        ([make("b", copy=5, original=9), make("a", copy=5, original=1)], ["a", "b"]),
        ([make("b", copy=None, original=0), make("a", copy=99, original=None)], ["a", "b"]),
        ([make("b", copy=3, original=None), make("a", copy=3, original=0)], ["a", "b"]),
        (
            [
                make("c", copy=None, original=None),
                make("b", copy=None, original=7),
                make("a", copy=0, original=7),
            ],
            ["a", "b", "c"],
        ),
        ([make("b", copy=4, original=4, length=3), make("a", copy=4, original=4, length=1)], ["a", "b"]),
    ],
    ids=[
        "copy-position-first",
        "then-original-position",
        "missing-copy-side-last",
        "missing-original-side-last-among-equal-copy",
        "both-absent-last-of-all",
        "shorter-span-first-at-same-start",
    ],
)
def test_sort_findings_order(findings: list[Finding], expected: list[str]) -> None:
    assert [f.message for f in sort_findings(findings)] == expected


def test_sort_findings_is_stable_for_equal_keys() -> None:
    span = Span(0, 1, "x")
    first = Finding("stray-footer", Severity.ERROR, "same", None, span)
    second = Finding("stray-footer", Severity.INFO, "same", None, span)
    assert sort_findings([first, second]) == [first, second]
    assert sort_findings([second, first]) == [second, first]


def test_sort_findings_gives_one_order_whatever_the_input_order() -> None:
    findings = [
        make(f"m{i}", copy=c, original=o)
        for i, (c, o) in enumerate([(5, 1), (None, 3), (2, None), (2, 8), (None, None), (0, 9), (5, 0)])
    ]
    expected = sort_findings(findings)
    rng = random.Random(1234)
    for _ in range(20):
        shuffled = findings[:]
        rng.shuffle(shuffled)
        assert sort_findings(shuffled) == expected


def test_sort_findings_accepts_a_tuple_and_does_not_mutate_a_list() -> None:
    findings = [make("b", copy=2, original=0), make("a", copy=1, original=0)]
    before = findings[:]
    assert [f.message for f in sort_findings(tuple(findings))] == ["a", "b"]
    sort_findings(findings)
    assert findings == before
