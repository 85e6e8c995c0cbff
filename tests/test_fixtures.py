"""Regression tests over every fixture family: each copy behaves as its ``article.toml`` says, and
every original survives the benign variants a republisher may apply.

Expectations are separate test items, so a failure names the one that broke
(``putin-trump-locomotives/round-trip/inline-credit:Oliver/EPA``); known gaps run as strict xfails,
so a check that starts working is noticed.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from textguard import Severity, check
from textguard.corpus import Article, CopyCase, Expectation, find_articles
from textguard.report import Report
from textguard.segment import segment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = find_articles(FIXTURES)
CASES = [(a, c) for a in ARTICLES for c in a.copies]

_reports: dict[tuple[str, str], Report] = {}


def report_for(article: Article, case: CopyCase) -> Report:
    key = (article.name, case.name)
    if key not in _reports:
        _reports[key] = check(article.read_original(), case.read(), config=article.config())
    return _reports[key]


def describe(report: Report) -> str:
    return (
        "\n".join(f"  {f.severity.value:7} {f.kind:17} {f.message}" for f in report.findings)
        or "  (no findings)"
    )


def test_there_are_several_families() -> None:
    # Nothing may be tuned to one article: the bundled one and at least two written for the suite.
    assert len(ARTICLES) >= 3
    assert any(a.name == "putin-trump-locomotives" for a in ARTICLES)


@pytest.mark.parametrize(("article", "case"), CASES, ids=[a.case_id(c) for a, c in CASES])
def test_copy_verdict_and_ceiling(article: Article, case: CopyCase) -> None:
    report = report_for(article, case)
    if case.verdict is not None:
        assert report.verdict == case.verdict, f"{case.description}\nfindings:\n{describe(report)}"
    if case.max_severity is not None:
        above = [f for f in report.findings if f.severity.rank > case.max_severity.rank]
        assert not above, f"findings above {case.max_severity.value}:\n{describe(report)}"


FORBIDS = [(a, c, e) for a, c in CASES for e in c.forbid]


@pytest.mark.parametrize(
    ("article", "case", "forbidden"),
    FORBIDS,
    ids=[f"{a.case_id(c)}/no-{e.describe()}" for a, c, e in FORBIDS],
)
def test_forbidden_findings_are_absent(article: Article, case: CopyCase, forbidden: Expectation) -> None:
    report = report_for(article, case)
    hits = [f for f in report.findings if forbidden.matches(f)]
    assert not hits, f"{forbidden.where}: {forbidden.describe()} was reported:\n{describe(report)}"


def _expectation_params() -> list[object]:
    params: list[object] = []
    for a, c in CASES:
        for e in c.expect:
            marks = [pytest.mark.xfail(reason=e.xfail, strict=True)] if e.xfail else []
            params.append(pytest.param(a, c, e, marks=marks, id=f"{a.case_id(c)}/{e.describe()}"))
    return params


@pytest.mark.parametrize(("article", "case", "expected"), _expectation_params())
def test_expected_finding_is_reported(article: Article, case: CopyCase, expected: Expectation) -> None:
    report = report_for(article, case)
    assert any(expected.matches(f) for f in report.findings), (
        f"{expected.where}: expected {expected.describe()}\nfindings:\n{describe(report)}"
    )


# --- benign variants of every original pass ---------------------------------------------------


def _curly(text: str) -> str:
    out, opened = [], False
    for ch in text:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        elif ch == "\n":
            opened = False
            out.append(ch)
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


VARIANTS = {
    "itself": lambda t: t,
    "body-only": lambda t: t,  # replaced below: the body depends on the article's config
    "curly-quotes": _curly,
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "blank-lines": lambda t: "\n\n".join(t[p.start : p.end] for p in segment(t).paragraphs),
}

VARIANT_CASES = [(a, name) for a in ARTICLES for name in VARIANTS]


@pytest.mark.parametrize(
    ("article", "variant"), VARIANT_CASES, ids=[f"{a.name}/{v}" for a, v in VARIANT_CASES]
)
def test_benign_variant_of_the_original_passes(article: Article, variant: str) -> None:
    original = article.read_original()
    if variant == "body-only":
        start, end = check(original, original, config=article.config()).body
        copy = original[start:end]
    else:
        copy = VARIANTS[variant](original)
    report = check(original, copy, config=article.config())
    problems = [f for f in report.findings if f.severity is not Severity.INFO]
    assert report.verdict == "pass" and not problems, describe(report)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_findings_point_into_the_texts(article: Article) -> None:
    original = article.read_original()
    for case in article.copies:
        copy = case.read()
        for f in report_for(article, case).findings:
            if f.original is not None:
                assert original[f.original.start : f.original.end] == f.original.text
            if f.copy is not None:
                assert copy[f.copy.start : f.copy.end] == f.copy.text
