"""Regression tests over every fixture family, beyond what ``article.toml`` says.

The expectations of each copy (verdict, ``max_severity``, ``expect`` and ``forbid``, known gaps
as strict xfails) and its snapshot are checked by the pytest plugin's zero-code suite, which
collects ``fixtures/`` with no test code (items ``fixtures/<article>::<copy>``; see
``textguard.testing.suite``). This module adds what no label can say: every original survives
the benign variants a republisher may apply, and every finding points into its texts.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from textguard import Severity, check
from textguard.articles.model import Article, CopyCase, find_articles
from textguard.report import Report
from textguard.testing.snapshot import format_snapshot
from textguard.text.segment import segment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = find_articles(FIXTURES)


def report_for(article: Article, case: CopyCase) -> Report:
    return check(article.read_original(), case.read(), config=article.config())


def describe(report: Report) -> str:
    return (
        "\n".join(f"  {f.severity.value:7} {f.kind:17} {f.message}" for f in report.findings)
        or "  (no findings)"
    )


def test_there_are_several_families() -> None:
    # Nothing may be tuned to one article: the bundled one and at least two written for the suite.
    assert len(ARTICLES) >= 3
    assert any(a.name == "putin-trump-locomotives" for a in ARTICLES)


def test_the_plugin_collects_every_copy(pytestconfig: pytest.Config) -> None:
    from textguard.pytest_plugin import state_of

    state = state_of(pytestconfig)
    assert state.collect and state.fixtures is not None and state.fixtures.resolve() == FIXTURES
    assert sum(len(a.copies) for a in state.articles()) == sum(len(a.copies) for a in ARTICLES)


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


@pytest.mark.parametrize(
    ("article", "case"),
    [(a, c) for a in ARTICLES for c in a.copies],
    ids=[f"{a.name}/{c.name}" for a in ARTICLES for c in a.copies],
)
def test_report_matches_its_snapshot(article: Article, case: CopyCase) -> None:
    """The same comparison the plugin's fixture items make, as a test with a node id that can be
    selected on its own (pytest refuses ``fixtures/<article>::<copy>`` as an argument, so mutation
    testing, which selects tests by id, could not run those items)."""
    stored = (article.path / "__snapshots__" / "copies" / f"{case.name}.txt").read_text(encoding="utf-8")
    assert format_snapshot(report_for(article, case)) == stored
