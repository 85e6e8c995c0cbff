"""The report: verdict, counts, and the JSON object of the report contract (v1)."""

from __future__ import annotations

import hashlib
import json

import pytest

from textguard import __version__
from textguard.findings import Finding, Severity, Span
from textguard.report import Report, Stats, TextInfo

ORIGINAL = "Witkoff met Putin.\n"
COPY = "Witkeov met Putin.\n\n12 Comments\n"


def finding(severity: Severity, *, at: int = 0, kind: str = "content-added") -> Finding:
    return Finding(kind, severity, f"{severity.value} at {at}", None, Span.of(COPY, at, at + 1))


def report(*severities: Severity, fail_on: Severity = Severity.ERROR, stats: Stats | None = None) -> Report:
    return Report(
        original=TextInfo.of(ORIGINAL),
        copy=TextInfo.of(COPY),
        findings=tuple(finding(s, at=i) for i, s in enumerate(severities)),
        stats=stats or Stats(coverage=1.0),
        fail_on=fail_on,
        original_text=ORIGINAL,
        copy_text=COPY,
    )


# --- verdict ------------------------------------------------------------------------------------

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@pytest.mark.parametrize(
    ("severities", "fail_on", "verdict"),
    [
        ((), ERR, "pass"),
        ((), WARN, "pass"),
        ((INFO,), ERR, "pass"),
        ((INFO,), WARN, "pass"),
        ((INFO, INFO, INFO), WARN, "pass"),
        ((WARN,), ERR, "pass"),
        ((WARN,), WARN, "fail"),
        ((INFO, WARN), WARN, "fail"),
        ((ERR,), ERR, "fail"),
        ((ERR,), WARN, "fail"),
        ((INFO, WARN, ERR), ERR, "fail"),
    ],
    ids=[
        "no-findings/fail-on-error",
        "no-findings/fail-on-warning",
        "info/fail-on-error",
        "info/fail-on-warning",
        "many-infos/fail-on-warning",
        "warning/fail-on-error",
        "warning/fail-on-warning",
        "info-and-warning/fail-on-warning",
        "error/fail-on-error",
        "error/fail-on-warning",
        "all-three/fail-on-error",
    ],
)
def test_verdict(severities: tuple[Severity, ...], fail_on: Severity, verdict: str) -> None:
    r = report(*severities, fail_on=fail_on)
    assert r.verdict == verdict
    assert r.passed is (verdict == "pass")


def test_default_fail_on_is_error() -> None:
    assert report(WARN).verdict == "pass"
    assert report(ERR).verdict == "fail"


# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severities", "expected"),
    [
        ((), {"error": 0, "warning": 0, "info": 0}),
        ((WARN,), {"error": 0, "warning": 1, "info": 0}),
        ((ERR, INFO, ERR, WARN, INFO, INFO), {"error": 2, "warning": 1, "info": 3}),
    ],
    ids=["none", "one-warning", "mixed"],
)
def test_counts_has_every_severity(severities: tuple[Severity, ...], expected: dict[str, int]) -> None:
    counts = report(*severities).counts()
    assert counts == expected
    assert list(counts) == ["error", "warning", "info"]


# --- TextInfo -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "plain ascii", "café “quoted” — Київ", "emoji 👍 is one char", "crlf\r\nkept\r\n"],
    ids=["empty", "ascii", "non-ascii", "astral", "crlf"],
)
def test_textinfo_of_is_sha256_of_utf8_and_chars_in_code_points(text: str) -> None:
    info = TextInfo.of(text)
    assert info == TextInfo(None, hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text))
    assert info.to_dict() == {"path": None, "sha256": info.sha256, "chars": len(text)}


def test_textinfo_of_keeps_a_given_path_and_digest() -> None:
    info = TextInfo.of("abc", path="a.txt", sha256="f" * 64)
    assert info == TextInfo("a.txt", "f" * 64, 3)


# --- to_dict: the contract's JSON object --------------------------------------------------------


def full_report() -> Report:
    stats = Stats(coverage=0.973456, quotes=14, entities=31, numbers=9, elapsed_ms=3.14159)
    findings = (
        Finding(
            "entity-altered",
            Severity.ERROR,
            "entity 'Witkoff' appears as 'Witkeov' (similarity 0.83)",
            Span.of(ORIGINAL, 0, 7),
            Span.of(COPY, 0, 7),
        ),
        Finding(
            "stray-footer",
            Severity.ERROR,
            "a comment counter or prompt after the article: '12 Comments'",
            None,
            Span.of(COPY, 20, 31),
        ),
    )
    return Report(
        original=TextInfo.of(ORIGINAL),
        copy=TextInfo.of(COPY),
        findings=findings,
        stats=stats,
        original_text=ORIGINAL,
        copy_text=COPY,
    )


def test_to_dict_is_exactly_the_contract_object() -> None:
    data = full_report().to_dict()
    assert data == {
        "textguard_version": __version__,
        "original": {"path": None, "sha256": hashlib.sha256(ORIGINAL.encode()).hexdigest(), "chars": 19},
        "copy": {"path": None, "sha256": hashlib.sha256(COPY.encode()).hexdigest(), "chars": 32},
        "verdict": "fail",
        "stats": {"coverage": 0.9735, "quotes": 14, "entities": 31, "numbers": 9, "elapsed_ms": 3.142},
        "findings": [
            {
                "kind": "entity-altered",
                "severity": "error",
                "message": "entity 'Witkoff' appears as 'Witkeov' (similarity 0.83)",
                "original": {"start": 0, "end": 7, "text": "Witkoff"},
                "copy": {"start": 0, "end": 7, "text": "Witkeov"},
            },
            {
                "kind": "stray-footer",
                "severity": "error",
                "message": "a comment counter or prompt after the article: '12 Comments'",
                "original": None,
                "copy": {"start": 20, "end": 31, "text": "12 Comments"},
            },
        ],
    }


def test_to_dict_key_order_follows_the_contract() -> None:
    data = full_report().to_dict()
    assert list(data) == ["textguard_version", "original", "copy", "verdict", "stats", "findings"]
    assert list(data["original"]) == list(data["copy"]) == ["path", "sha256", "chars"]
    assert list(data["stats"]) == ["coverage", "quotes", "entities", "numbers", "elapsed_ms"]


def test_to_dict_round_trips_through_json() -> None:
    data = full_report().to_dict()
    assert json.loads(json.dumps(data)) == data


def test_to_dict_spans_index_the_texts() -> None:
    r = full_report()
    texts = {"original": r.original_text, "copy": r.copy_text}
    for f in r.to_dict()["findings"]:
        for side in ("original", "copy"):
            if f[side] is not None:
                assert texts[side][f[side]["start"] : f[side]["end"]] == f[side]["text"]


def test_to_dict_without_findings_has_an_empty_list_and_passes() -> None:
    data = report().to_dict()
    assert data["findings"] == []
    assert data["verdict"] == "pass"


@pytest.mark.parametrize(
    ("stats", "expected"),
    [
        (Stats(coverage=1.0), {"coverage": 1.0, "quotes": 0, "entities": 0, "numbers": 0, "elapsed_ms": 0.0}),
        (
            Stats(coverage=0.0, quotes=1, entities=2, numbers=3, elapsed_ms=0.00049),
            {"coverage": 0.0, "quotes": 1, "entities": 2, "numbers": 3, "elapsed_ms": 0.0},
        ),
        (
            Stats(coverage=0.123449, elapsed_ms=1234.5678),
            {"coverage": 0.1234, "quotes": 0, "entities": 0, "numbers": 0, "elapsed_ms": 1234.568},
        ),
    ],
    ids=["defaults", "zero-coverage", "rounding"],
)
def test_stats_to_dict(stats: Stats, expected: dict[str, float]) -> None:
    assert stats.to_dict() == expected


# --- with_paths ---------------------------------------------------------------------------------


def test_with_paths_names_the_files_and_changes_nothing_else() -> None:
    r = full_report()
    named = r.with_paths("a/original.txt", "a/copies/x.txt")
    assert named.original == TextInfo("a/original.txt", r.original.sha256, r.original.chars)
    assert named.copy == TextInfo("a/copies/x.txt", r.copy.sha256, r.copy.chars)
    assert named.findings == r.findings
    assert named.stats == r.stats
    assert named.fail_on == r.fail_on
    assert (named.original_text, named.copy_text) == (r.original_text, r.copy_text)
    data, before = named.to_dict(), r.to_dict()
    assert data["original"]["path"] == "a/original.txt"
    assert data["copy"]["path"] == "a/copies/x.txt"
    data["original"]["path"] = data["copy"]["path"] = None
    assert data == before


def test_with_paths_returns_a_new_report() -> None:
    r = full_report()
    r.with_paths("o.txt", "c.txt")
    assert r.original.path is None and r.copy.path is None


def test_with_paths_can_clear_paths() -> None:
    named = full_report().with_paths("o.txt", "c.txt").with_paths(None, None)
    assert named.to_dict()["original"]["path"] is None
    assert named.to_dict()["copy"]["path"] is None
